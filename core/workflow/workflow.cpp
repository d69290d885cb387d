#include "workflow.h"

#include "rules/checklist.h"
#include "store/database.h"
#include "store/order_store.h"

#include <QJsonDocument>

namespace guichet::workflow {

Clock systemClock()
{
    return [] {
        return QDateTime::currentDateTimeUtc();
    };
}

Workflow::Workflow(store::Database& db, store::OrderStore& orders, Clock clock)
    : m_db(db), m_orders(orders), m_clock(std::move(clock))
{}

QDate Workflow::today() const
{
    return m_clock().toLocalTime().date();
}

Result<Order> Workflow::loadEditable(qint64 orderId)
{
    auto order = m_orders.order(orderId);
    if (!order) {
        return order.error();
    }
    if (order->isValidated()) {
        return Error{tr("Order %1 is validated: it can no longer be changed.").arg(order->number), {}};
    }
    if (order->phase == Phase::Cancelled) {
        return Error{tr("Order %1 is cancelled.").arg(order->number), {}};
    }
    return order;
}

Status Workflow::record(const Order& before, const QString& action, const QString& operatorId, Phase toPhase,
                        const QString& detail)
{
    Decision decision;
    decision.action = action;
    decision.operatorId = operatorId;
    decision.at = m_clock();
    decision.fromPhase = before.phase;
    decision.toPhase = toPhase;
    decision.detail = detail;
    decision.checklistJson =
        QJsonDocument(rules::buildChecklist(before, today()).toJson()).toJson(QJsonDocument::Compact);
    if (toPhase != before.phase) {
        if (auto moved = m_orders.setPhase(before.id, toPhase); !moved) {
            return moved;
        }
    }
    auto added = m_orders.addDecision(before.id, decision);
    if (!added) {
        return added.error();
    }
    return {};
}

Result<qint64> Workflow::importDossier(const Dossier& dossier, const QString& operatorId)
{
    store::Transaction transaction(m_db);
    auto id = m_orders.insertDossier(dossier);
    if (!id) {
        return id.error();
    }
    Order stored = dossier.order;
    stored.id = *id;
    if (auto recorded = record(stored, QStringLiteral("import"), operatorId, stored.phase, {}); !recorded) {
        return recorded.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return id;
}

Status Workflow::confirm(qint64 orderId, const QString& itemId, const QString& operatorId)
{
    store::Transaction transaction(m_db);
    auto order = loadEditable(orderId);
    if (!order) {
        return order.error();
    }
    if (!rules::operatorItemIds(*order).contains(itemId)) {
        return Error{tr("\"%1\" is not something an operator confirms on this order.").arg(itemId), {}};
    }
    if (order->isConfirmed(itemId)) {
        return Error{tr("\"%1\" is already confirmed.").arg(itemId), {}};
    }
    const rules::Checklist checklist = rules::buildChecklist(*order, today());
    const rules::ChecklistItem* item = checklist.item(itemId);
    if (item && item->state == rules::ItemState::Failed) {
        return Error{tr("It cannot be confirmed yet: %1").arg(item->reason), {}};
    }
    if (itemId == u"confirm.dossier-complete") {
        for (const auto& other : checklist.items) {
            if (other.id != itemId && !other.isSettled()) {
                return Error{tr("The dossier is not complete yet: \"%1\" has not passed.").arg(other.title),
                             {}};
            }
        }
    }
    if (auto added = m_orders.addConfirmation(orderId, {itemId, operatorId, m_clock()}); !added) {
        return added;
    }
    if (auto recorded = record(*order, QStringLiteral("confirm"), operatorId, order->phase, itemId);
        !recorded) {
        return recorded;
    }
    return transaction.commit();
}

Status Workflow::recordIdentity(qint64 orderId, const IdentityRecord& identity, const QString& operatorId)
{
    store::Transaction transaction(m_db);
    auto order = loadEditable(orderId);
    if (!order) {
        return order.error();
    }
    if (identity.kind == IdDocumentKind::None || identity.number.trimmed().isEmpty()) {
        return Error{tr("Give the ID document's type and number."), {}};
    }
    IdentityRecord clean{identity.kind, identity.number.trimmed().toUpper()};
    if (auto stored = m_orders.setRecordedIdentity(orderId, clean); !stored) {
        return stored;
    }
    // The trail keeps the document type, not the number: the number stays in the order only.
    if (auto recorded =
            record(*order, QStringLiteral("record-identity"), operatorId, order->phase, toCode(clean.kind));
        !recorded) {
        return recorded;
    }
    return transaction.commit();
}

Status Workflow::sendForSignature(qint64 orderId, const QString& operatorId)
{
    store::Transaction transaction(m_db);
    auto order = loadEditable(orderId);
    if (!order) {
        return order.error();
    }
    if (order->type == DossierType::Paper) {
        return Error{tr("A paper dossier's documents are signed in original: there is nothing to send."), {}};
    }
    if (order->phase != Phase::Verification) {
        return Error{
            tr("Order %1 is not awaiting verification (phase: %2).").arg(order->number, label(order->phase)),
            {}};
    }
    const rules::Checklist checklist = rules::buildChecklist(*order, today());
    if (!checklist.supportingPiecesVerified()) {
        const QStringList pending = checklist.pendingTitles(rules::Step::IdentityRecorded);
        return Error{
            tr("The supporting pieces are not all verified: %1.").arg(pending.join(QStringLiteral("; "))),
            {}};
    }
    if (auto recorded =
            record(*order, QStringLiteral("send-for-signature"), operatorId, Phase::AwaitingSignature, {});
        !recorded) {
        return recorded;
    }
    return transaction.commit();
}

Status Workflow::recordSignature(qint64 orderId, DocumentKind kind, const QString& operatorId)
{
    store::Transaction transaction(m_db);
    auto order = loadEditable(orderId);
    if (!order) {
        return order.error();
    }
    if (!isContractual(kind)) {
        return Error{tr("%1 is not a contractual document.").arg(label(kind)), {}};
    }
    const Document* document = order->document(kind);
    if (!document || !rules::requiredDocuments(*order).contains(kind)) {
        return Error{tr("%1 is not part of this order.").arg(label(kind)), {}};
    }
    if (document->status == DocumentStatus::Signed) {
        return Error{tr("%1 is already signed.").arg(label(kind)), {}};
    }
    if (order->phase != Phase::AwaitingSignature) {
        return Error{tr("The contractual documents have not been sent for signature."), {}};
    }
    if (auto stored = m_orders.setDocumentStatus(orderId, kind, DocumentStatus::Signed); !stored) {
        return stored;
    }
    bool allSigned = true;
    for (auto required : rules::requiredDocuments(*order)) {
        const Document* other = order->document(required);
        if (isContractual(required) && required != kind &&
            (!other || other->status != DocumentStatus::Signed)) {
            allSigned = false;
        }
    }
    const Phase next = allSigned ? Phase::Validation : order->phase;
    if (auto recorded = record(*order, QStringLiteral("signature-received"), operatorId, next, toCode(kind));
        !recorded) {
        return recorded;
    }
    return transaction.commit();
}

Status Workflow::validate(qint64 orderId, const QString& operatorId)
{
    store::Transaction transaction(m_db);
    auto order = loadEditable(orderId);
    if (!order) {
        return order.error();
    }
    if (order->phase == Phase::DataEntry) {
        return Error{tr("Order %1 is still being filled in by the requester.").arg(order->number), {}};
    }
    const rules::Checklist checklist = rules::buildChecklist(*order, today());
    if (!checklist.allPassed()) {
        const QStringList pending = checklist.pendingTitles();
        return Error{
            tr("Order %1 cannot be validated: %2.").arg(order->number, pending.join(QStringLiteral("; "))),
            {}};
    }
    if (auto recorded = record(*order, QStringLiteral("validate"), operatorId, Phase::Generation, {});
        !recorded) {
        return recorded;
    }
    return transaction.commit();
}

Result<qint64> Workflow::notify(qint64 orderId, Notification notification, const QString& operatorId)
{
    store::Transaction transaction(m_db);
    auto order = loadEditable(orderId);
    if (!order) {
        return order.error();
    }
    if (notification.body.trimmed().isEmpty()) {
        return Error{tr("The notification has no text."), {}};
    }
    if (notification.recipient.isEmpty()) {
        notification.recipient = order->requester.email;
    }
    notification.operatorId = operatorId;
    notification.createdAt = m_clock();
    notification.sentAt = {};
    auto id = m_orders.addNotification(orderId, notification);
    if (!id) {
        return id.error();
    }
    if (auto recorded =
            record(*order, QStringLiteral("notify"), operatorId, order->phase, toCode(notification.kind));
        !recorded) {
        return recorded.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return id;
}

} // namespace guichet::workflow
