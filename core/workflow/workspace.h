#pragma once

// An open store and everything that works on it: the database, the blob store, the order store,
// the workflow and the audit log. What guichet-cli and the desk open first; tests build the same.
// After each act the workflow commits, the workspace writes the audit log's head to
// `<store>.audit-head` (audit/audit_anchor.h).

#include "model/result.h"

#include <QDate>
#include <QString>
#include <memory>

namespace guichet::audit {
class AuditLog;
}
namespace guichet::store {
class BlobStore;
class Database;
class OrderStore;
} // namespace guichet::store

namespace guichet::workflow {

class Workflow;

class Workspace
{
public:
    /// Opens (creating and migrating if needed) the store at `path`.
    static Result<std::unique_ptr<Workspace>> open(const QString& path);
    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    store::Database& database() { return *m_db; }
    store::OrderStore& orders() { return *m_orders; }
    Workflow& workflow() { return *m_workflow; }
    audit::AuditLog& auditLog() { return *m_audit; }

    /// Where the audit log's head is kept outside the store (`<store>.audit-head`); empty for a
    /// store in memory.
    QString auditAnchorPath() const;
    /// Whether the head could be written after the last act (the act is committed either way; a
    /// head left behind only detects less, see docs/audit.md).
    const Status& anchorStatus() const { return m_anchorStatus; }

    /// The id of the order numbered `number`; an error saying so plainly when there is none.
    Result<qint64> orderId(const QString& number);

    /// Writes the dossier archive an RA downloads (*Télécharger le dossier*) to `path`: the order
    /// and its documents, the checklist as of the workflow's today, the decisions and the
    /// notifications, in the dossier package format. Atomic: nothing is left on failure.
    Status exportDossier(qint64 orderId, const QString& path);

private:
    Workspace() = default;
    void writeAnchor();

    Status m_anchorStatus;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<store::BlobStore> m_blobs;
    std::unique_ptr<store::OrderStore> m_orders;
    std::unique_ptr<Workflow> m_workflow;
    std::unique_ptr<audit::AuditLog> m_audit;
};

} // namespace guichet::workflow
