#pragma once

// The desk's handle on core: the open store and the workflow, and the operator logged in at the
// desk, if any. Every decision the desk takes goes through here (and so through core's workflow,
// which checks the operator's roles and signs the audit entry with their token key); each one
// that succeeds is announced with orderChanged(), so that the list, the order page and the activity
// summary follow. Without an operator the desk is read-only: decisions are refused.

#include "model/decision.h"
#include "model/operator.h"
#include "model/order.h"
#include "model/result.h"

#include <QDate>
#include <QObject>
#include <memory>
#include <optional>

namespace guichet::audit {
class Signer;
}
namespace guichet::store {
class Database;
class OrderStore;
} // namespace guichet::store
namespace guichet::workflow {
class Workflow;
class Workspace;
} // namespace guichet::workflow

namespace guichet::ui {

class DeskSession : public QObject
{
    Q_OBJECT

public:
    /// Opens (creating and migrating if needed) the store at `storePath`. No operator yet.
    static Result<std::unique_ptr<DeskSession>> open(const QString& storePath, QObject* parent = nullptr);
    ~DeskSession() override;

    store::Database& database();
    store::OrderStore& orders();
    workflow::Workflow& workflow();
    workflow::Workspace& workspace();
    QString storePath() const;
    /// The day the checklist is computed for (the workflow's today).
    QDate today() const;

    /// The operator who takes the decisions from now on, and the key (their token's) that signs
    /// the audit entries. operatorChanged().
    void setOperator(Operator who, std::shared_ptr<audit::Signer> signer);
    /// Nobody is logged in any more (logout, lock): decisions are refused. operatorChanged().
    void clearOperator();
    std::optional<Operator> currentOperator() const;
    /// The current operator's id, empty when nobody is logged in.
    QString operatorId() const;

    Result<Order> order(qint64 orderId);
    Result<Dossier> dossier(qint64 orderId);

    // Decisions: forwarded to the workflow as the current operator; orderChanged(orderId) on
    // success; an error when nobody is logged in.
    Result<qint64> importDossier(const Dossier& dossier);
    Status confirm(qint64 orderId, const QString& itemId);
    Status recordIdentity(qint64 orderId, const IdentityRecord& identity);
    Status sendForSignature(qint64 orderId);
    Status recordSignature(qint64 orderId, DocumentKind kind);
    Status validate(qint64 orderId);
    Result<qint64> notify(qint64 orderId, const Notification& notification);
    /// Writes the dossier archive (documents, today's checklist, decisions, notifications).
    Status exportDossier(qint64 orderId, const QString& path);

signals:
    void orderChanged(qint64 orderId);
    /// Many orders changed at once (an import, demo data): views reload.
    void ordersReset();
    /// Someone logged in, or the operator logged out.
    void operatorChanged();

private:
    explicit DeskSession(QObject* parent);
    Status announce(qint64 orderId, Status status);
    Error noOperator() const;

    std::optional<Operator> m_operator;
    std::shared_ptr<audit::Signer> m_signer;
    std::unique_ptr<workflow::Workspace> m_workspace;
};

} // namespace guichet::ui
