#include "workspace.h"

#include "audit/audit_anchor.h"
#include "audit/audit_log.h"
#include "package/package.h"
#include "rules/checklist.h"
#include "store/blob_store.h"
#include "store/database.h"
#include "store/order_store.h"
#include "workflow.h"

namespace guichet::workflow {

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path)
{
    auto db = store::Database::open(path);
    if (!db) {
        return db.error();
    }
    std::unique_ptr<Workspace> workspace(new Workspace);
    workspace->m_db = std::move(*db);
    workspace->m_blobs = std::make_unique<store::BlobStore>(*workspace->m_db);
    workspace->m_orders = std::make_unique<store::OrderStore>(*workspace->m_db, *workspace->m_blobs);
    workspace->m_workflow = std::make_unique<Workflow>(*workspace->m_db, *workspace->m_orders);
    workspace->m_audit = std::make_unique<audit::AuditLog>(*workspace->m_db);
    Workspace* self = workspace.get();
    workspace->m_workflow->setCommitObserver([self](const audit::AuditEntry&) { self->writeAnchor(); });
    return workspace;
}

QString Workspace::auditAnchorPath() const
{
    const QString path = m_db->path();
    if (path.isEmpty() || path == u":memory:") {
        return {};
    }
    return audit::anchorPathFor(path);
}

void Workspace::writeAnchor()
{
    const QString path = auditAnchorPath();
    if (path.isEmpty()) {
        return;
    }
    // The head as the store has it now, which may be past this act's entry if another process
    // appended meanwhile. The anchor never goes back: a head behind the anchor means entries were
    // removed, and the anchor must keep saying so.
    auto head = m_audit->head();
    if (!head) {
        m_anchorStatus = head.error();
    } else if (auto kept = audit::readAnchor(path); kept && *kept && (*kept)->sequence > head->sequence) {
        m_anchorStatus = {};
    } else {
        m_anchorStatus = audit::writeAnchor(path, *head);
    }
    if (!m_anchorStatus) {
        qWarning("guichet: %s (%s)", qPrintable(m_anchorStatus.error().message),
                 qPrintable(m_anchorStatus.error().detail));
    }
}

Workspace::~Workspace() = default;

Result<qint64> Workspace::orderId(const QString& number)
{
    auto order = m_orders->orderByNumber(number);
    if (!order) {
        return order.error();
    }
    return order->id;
}

Status Workspace::exportDossier(qint64 orderId, const QString& path)
{
    auto dossier = m_orders->dossier(orderId);
    if (!dossier) {
        return dossier.error();
    }
    auto decisions = m_orders->decisions(orderId);
    if (!decisions) {
        return decisions.error();
    }
    auto notifications = m_orders->notifications(orderId);
    if (!notifications) {
        return notifications.error();
    }
    package::ExportExtras extras;
    extras.checklist = rules::buildChecklist(dossier->order, m_workflow->today());
    extras.decisions = *decisions;
    extras.notifications = *notifications;
    return package::writePackage(path, *dossier, extras);
}

} // namespace guichet::workflow
