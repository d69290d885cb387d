#pragma once

// The desk's handle on core: the open store and the workflow, for one operator. Every decision the
// desk takes goes through here (and so through core's workflow), and each one that succeeds is
// announced with orderChanged(), so that the list, the order page and the activity summary follow.

#include "model/decision.h"
#include "model/order.h"
#include "model/result.h"

#include <QDate>
#include <QObject>
#include <memory>

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
    /// Opens (creating and migrating if needed) the store at `storePath`.
    static Result<std::unique_ptr<DeskSession>> open(const QString& storePath, const QString& operatorId,
                                                     QObject* parent = nullptr);
    ~DeskSession() override;

    store::Database& database();
    store::OrderStore& orders();
    workflow::Workflow& workflow();
    QString operatorId() const { return m_operatorId; }
    QString storePath() const;
    /// The day the checklist is computed for (the workflow's today).
    QDate today() const;

    Result<Order> order(qint64 orderId);
    Result<Dossier> dossier(qint64 orderId);

    // Decisions: forwarded to the workflow; orderChanged(orderId) on success.
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

private:
    DeskSession(QString operatorId, QObject* parent);
    Status announce(qint64 orderId, Status status);

    QString m_operatorId;
    std::unique_ptr<workflow::Workspace> m_workspace;
};

} // namespace guichet::ui
