#include "desk_session.h"

#include "package/package.h"
#include "rules/checklist.h"
#include "store/blob_store.h"
#include "store/database.h"
#include "store/order_store.h"
#include "workflow/workflow.h"

namespace guichet::ui {

DeskSession::DeskSession(QString operatorId, QObject* parent) : QObject(parent), m_operatorId(std::move(operatorId)) {}

DeskSession::~DeskSession() = default;

Result<std::unique_ptr<DeskSession>> DeskSession::open(const QString& storePath, const QString& operatorId,
                                                       QObject* parent)
{
    auto db = store::Database::open(storePath);
    if (!db) {
        return db.error();
    }
    std::unique_ptr<DeskSession> session(new DeskSession(operatorId, parent));
    session->m_db = std::move(*db);
    session->m_blobs = std::make_unique<store::BlobStore>(*session->m_db);
    session->m_orders = std::make_unique<store::OrderStore>(*session->m_db, *session->m_blobs);
    session->m_workflow = std::make_unique<workflow::Workflow>(*session->m_db, *session->m_orders);
    return session;
}

QString DeskSession::storePath() const { return m_db->path(); }

QDate DeskSession::today() const { return m_workflow->today(); }

Result<Order> DeskSession::order(qint64 orderId) { return m_orders->order(orderId); }

Result<Dossier> DeskSession::dossier(qint64 orderId) { return m_orders->dossier(orderId); }

Status DeskSession::announce(qint64 orderId, Status status)
{
    if (status) {
        emit orderChanged(orderId);
    }
    return status;
}

Status DeskSession::confirm(qint64 orderId, const QString& itemId)
{
    return announce(orderId, m_workflow->confirm(orderId, itemId, m_operatorId));
}

Status DeskSession::recordIdentity(qint64 orderId, const IdentityRecord& identity)
{
    return announce(orderId, m_workflow->recordIdentity(orderId, identity, m_operatorId));
}

Status DeskSession::sendForSignature(qint64 orderId)
{
    return announce(orderId, m_workflow->sendForSignature(orderId, m_operatorId));
}

Status DeskSession::recordSignature(qint64 orderId, DocumentKind kind)
{
    return announce(orderId, m_workflow->recordSignature(orderId, kind, m_operatorId));
}

Status DeskSession::validate(qint64 orderId) { return announce(orderId, m_workflow->validate(orderId, m_operatorId)); }

Result<qint64> DeskSession::notify(qint64 orderId, const Notification& notification)
{
    auto id = m_workflow->notify(orderId, notification, m_operatorId);
    if (id) {
        emit orderChanged(orderId);
    }
    return id;
}

Status DeskSession::exportDossier(qint64 orderId, const QString& path)
{
    auto dossier = m_orders->dossier(orderId);
    if (!dossier) {
        return dossier.error();
    }
    package::ExportExtras extras;
    extras.checklist = rules::buildChecklist(dossier->order, today());
    auto decisions = m_orders->decisions(orderId);
    if (!decisions) {
        return decisions.error();
    }
    auto notifications = m_orders->notifications(orderId);
    if (!notifications) {
        return notifications.error();
    }
    extras.decisions = *decisions;
    extras.notifications = *notifications;
    return package::writePackage(path, *dossier, extras);
}

} // namespace guichet::ui
