#include "desk_session.h"

#include "store/database.h"
#include "store/order_store.h"
#include "workflow/workflow.h"
#include "workflow/workspace.h"

namespace guichet::ui {

DeskSession::DeskSession(QString operatorId, QObject* parent)
    : QObject(parent), m_operatorId(std::move(operatorId))
{}

DeskSession::~DeskSession() = default;

Result<std::unique_ptr<DeskSession>> DeskSession::open(const QString& storePath, const QString& operatorId,
                                                       QObject* parent)
{
    auto workspace = workflow::Workspace::open(storePath);
    if (!workspace) {
        return workspace.error();
    }
    std::unique_ptr<DeskSession> session(new DeskSession(operatorId, parent));
    session->m_workspace = std::move(*workspace);
    return session;
}

store::Database& DeskSession::database()
{
    return m_workspace->database();
}
store::OrderStore& DeskSession::orders()
{
    return m_workspace->orders();
}
workflow::Workflow& DeskSession::workflow()
{
    return m_workspace->workflow();
}

QString DeskSession::storePath() const
{
    return m_workspace->database().path();
}

QDate DeskSession::today() const
{
    return m_workspace->workflow().today();
}

Result<Order> DeskSession::order(qint64 orderId)
{
    return orders().order(orderId);
}

Result<Dossier> DeskSession::dossier(qint64 orderId)
{
    return orders().dossier(orderId);
}

Status DeskSession::announce(qint64 orderId, Status status)
{
    if (status) {
        emit orderChanged(orderId);
    }
    return status;
}

Status DeskSession::confirm(qint64 orderId, const QString& itemId)
{
    return announce(orderId, workflow().confirm(orderId, itemId, m_operatorId));
}

Status DeskSession::recordIdentity(qint64 orderId, const IdentityRecord& identity)
{
    return announce(orderId, workflow().recordIdentity(orderId, identity, m_operatorId));
}

Status DeskSession::sendForSignature(qint64 orderId)
{
    return announce(orderId, workflow().sendForSignature(orderId, m_operatorId));
}

Status DeskSession::recordSignature(qint64 orderId, DocumentKind kind)
{
    return announce(orderId, workflow().recordSignature(orderId, kind, m_operatorId));
}

Status DeskSession::validate(qint64 orderId)
{
    return announce(orderId, workflow().validate(orderId, m_operatorId));
}

Result<qint64> DeskSession::notify(qint64 orderId, const Notification& notification)
{
    auto id = workflow().notify(orderId, notification, m_operatorId);
    if (id) {
        emit orderChanged(orderId);
    }
    return id;
}

Status DeskSession::exportDossier(qint64 orderId, const QString& path)
{
    return m_workspace->exportDossier(orderId, path);
}

} // namespace guichet::ui
