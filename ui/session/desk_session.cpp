#include "desk_session.h"

#include "audit/signer.h"
#include "store/database.h"
#include "store/order_store.h"
#include "workflow/actor.h"
#include "workflow/workflow.h"
#include "workflow/workspace.h"

namespace guichet::ui {

DeskSession::DeskSession(QObject* parent) : QObject(parent) {}

DeskSession::~DeskSession() = default;

Result<std::unique_ptr<DeskSession>> DeskSession::open(const QString& storePath, QObject* parent)
{
    auto workspace = workflow::Workspace::open(storePath);
    if (!workspace) {
        return workspace.error();
    }
    std::unique_ptr<DeskSession> session(new DeskSession(parent));
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
workflow::Workspace& DeskSession::workspace()
{
    return *m_workspace;
}

QString DeskSession::storePath() const
{
    return m_workspace->database().path();
}

QDate DeskSession::today() const
{
    return m_workspace->workflow().today();
}

void DeskSession::setOperator(Operator who, std::shared_ptr<audit::Signer> signer)
{
    m_operator = std::move(who);
    m_signer = std::move(signer);
    emit operatorChanged();
}

void DeskSession::clearOperator()
{
    const bool changed = m_operator.has_value();
    m_operator.reset();
    m_signer.reset();
    if (changed) {
        emit operatorChanged();
    }
}

std::optional<Operator> DeskSession::currentOperator() const
{
    return m_operator;
}

QString DeskSession::operatorId() const
{
    return m_operator ? m_operator->id : QString();
}

Result<Order> DeskSession::order(qint64 orderId)
{
    return orders().order(orderId);
}

Result<Dossier> DeskSession::dossier(qint64 orderId)
{
    return orders().dossier(orderId);
}

Error DeskSession::noOperator() const
{
    return Error{tr("Nobody is logged in: log in with your token first."), {}};
}

Status DeskSession::announce(qint64 orderId, Status status)
{
    if (status) {
        emit orderChanged(orderId);
    }
    return status;
}

Result<qint64> DeskSession::importDossier(const Dossier& dossier)
{
    if (!m_operator || !m_signer) {
        return noOperator();
    }
    auto id = workflow().importDossier(dossier, {*m_operator, *m_signer});
    if (id) {
        emit ordersReset();
    }
    return id;
}

Status DeskSession::confirm(qint64 orderId, const QString& itemId)
{
    if (!m_operator || !m_signer) {
        return noOperator();
    }
    return announce(orderId, workflow().confirm(orderId, itemId, {*m_operator, *m_signer}));
}

Status DeskSession::recordIdentity(qint64 orderId, const IdentityRecord& identity)
{
    if (!m_operator || !m_signer) {
        return noOperator();
    }
    return announce(orderId, workflow().recordIdentity(orderId, identity, {*m_operator, *m_signer}));
}

Status DeskSession::sendForSignature(qint64 orderId)
{
    if (!m_operator || !m_signer) {
        return noOperator();
    }
    return announce(orderId, workflow().sendForSignature(orderId, {*m_operator, *m_signer}));
}

Status DeskSession::recordSignature(qint64 orderId, DocumentKind kind)
{
    if (!m_operator || !m_signer) {
        return noOperator();
    }
    return announce(orderId, workflow().recordSignature(orderId, kind, {*m_operator, *m_signer}));
}

Status DeskSession::validate(qint64 orderId)
{
    if (!m_operator || !m_signer) {
        return noOperator();
    }
    return announce(orderId, workflow().validate(orderId, {*m_operator, *m_signer}));
}

Result<qint64> DeskSession::notify(qint64 orderId, const Notification& notification)
{
    if (!m_operator || !m_signer) {
        return noOperator();
    }
    auto id = workflow().notify(orderId, notification, {*m_operator, *m_signer});
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
