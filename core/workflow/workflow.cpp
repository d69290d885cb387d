#include "workflow.h"

#include "audit/signer.h"
#include "audit/verifier.h"
#include "audit_facts.h"
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

Workflow::Workflow(store::Database& db, store::OrderStore& orders, Clock clock, WorkflowPolicy policy)
    : m_db(db), m_orders(orders), m_clock(std::move(clock)), m_policy(std::move(policy)), m_audit(db)
{}

QDate Workflow::today() const
{
    return m_clock().toLocalTime().date();
}

Status Workflow::permit(const Actor& actor, Permission permission) const
{
    const Operator& who = actor.who;
    if (who.id.isEmpty() || who.certificateReference.isEmpty()) {
        return Error{tr("No operator is logged in: log in with your token first."), {}};
    }
    // The entry must be signed by the key of the certificate that names the operator.
    if (audit::certificateReference(actor.signer.certificateDer()) != who.certificateReference) {
        return Error{tr("The signing key is not the one of %1's certificate: log in again.").arg(who.name),
                     actor.signer.keyReference()};
    }
    // A training certificate acts on demo data only: nothing real may be done with it.
    if (who.training) {
        auto training = m_db.isTraining();
        if (!training) {
            return training.error();
        }
        if (!*training) {
            return Error{tr("%1 holds a TRAINING certificate: it may act only on demo data, never on real "
                            "dossiers. Log in with your own token.")
                             .arg(who.name),
                         {}};
        }
    }
    if (who.may(permission)) {
        return {};
    }
    QStringList roles;
    for (Role role : allRoles) {
        if (roleAllows(role, permission)) {
            roles.append(label(role));
        }
    }
    const QString needed = roles.join(QStringLiteral(" / "));
    switch (permission) {
    case Permission::ImportDossier:
        return Error{tr("%1 may not import dossiers: that needs the role %2.").arg(who.name, needed), {}};
    case Permission::VerifyDossier:
        return Error{tr("%1 may not verify dossiers: that needs the role %2.").arg(who.name, needed), {}};
    case Permission::SendForSignature:
        return Error{
            tr("%1 may not send contracts for signature: that needs the role %2.").arg(who.name, needed), {}};
    case Permission::ValidateOrder:
        return Error{tr("%1 may not validate orders: that needs the role %2.").arg(who.name, needed), {}};
    case Permission::Notify:
        return Error{tr("%1 may not send notifications: that needs the role %2.").arg(who.name, needed), {}};
    case Permission::DeliverCertificate:
        return Error{tr("%1 may not deliver certificates: that needs the role %2.").arg(who.name, needed),
                     {}};
    }
    return Error{tr("%1 may not do this.").arg(who.name), {}};
}

Status Workflow::fourEyes(const Order& order, const Actor& actor)
{
    if (!m_policy.fourEyes) {
        return {};
    }
    const QString& id = actor.who.id;
    bool verified =
        std::any_of(order.confirmations.begin(), order.confirmations.end(),
                    [&id](const Confirmation& confirmation) { return confirmation.operatorId == id; });
    if (!verified) {
        auto decisions = m_orders.decisions(order.id);
        if (!decisions) {
            return decisions.error();
        }
        verified = std::any_of(decisions->begin(), decisions->end(), [&id](const Decision& decision) {
            return decision.operatorId == id &&
                   (decision.action == u"confirm" || decision.action == u"record-identity");
        });
    }
    if (verified) {
        return Error{tr("Four-eyes rule: %1 verified order %2 and cannot also validate it. Another operator "
                        "must validate it.")
                         .arg(actor.who.name, order.number),
                     {}};
    }
    return {};
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

Status Workflow::record(const Order& before, const Actor& actor, Record act)
{
    m_appended.reset();
    Decision decision;
    decision.action = act.action;
    decision.operatorId = actor.who.id;
    decision.at = m_clock();
    decision.fromPhase = before.phase;
    decision.toPhase = act.toPhase;
    decision.detail = act.detail;
    decision.checklistJson =
        QJsonDocument(rules::buildChecklist(before, today()).toJson()).toJson(QJsonDocument::Compact);
    if (act.toPhase != before.phase) {
        if (auto moved = m_orders.setPhase(before.id, act.toPhase); !moved) {
            return moved;
        }
    }
    auto added = m_orders.addDecision(before.id, decision);
    if (!added) {
        return added.error();
    }

    // Last, so that a signature that fails (token removed) leaves nothing: the caller's transaction
    // rolls back the decision and the change with it.
    act.facts.insert(QStringLiteral("operator"), facts::operatorFacts(actor.who));
    audit::AuditEntry entry;
    entry.at = decision.at;
    entry.event = act.action;
    entry.orderNumber = before.number;
    entry.operatorId = actor.who.id;
    entry.authority = m_policy.authority;
    entry.payload = QJsonDocument(act.facts).toJson(QJsonDocument::Compact);
    auto appended = m_audit.append(std::move(entry), actor.signer);
    if (!appended) {
        return appended.error();
    }
    m_appended = std::move(*appended);
    return {};
}

Status Workflow::finish(store::Transaction& transaction)
{
    std::optional<audit::AuditEntry> appended = std::move(m_appended);
    m_appended.reset();
    if (auto committed = transaction.commit(); !committed) {
        return committed;
    }
    if (appended && m_committed) {
        m_committed(*appended);
    }
    return {};
}

Result<qint64> Workflow::importDossier(const Dossier& dossier, const Actor& actor)
{
    if (auto allowed = permit(actor, Permission::ImportDossier); !allowed) {
        return allowed.error();
    }
    store::Transaction transaction(m_db);
    auto id = m_orders.insertDossier(dossier);
    if (!id) {
        return id.error();
    }
    Order stored = dossier.order;
    stored.id = *id;
    QJsonObject facts{
        {QStringLiteral("documents"), facts::documents(stored)},
        {QStringLiteral("storage"), facts::storage(stored)},
        {QStringLiteral("choices"), facts::choices(stored)},
        {QStringLiteral("validation"),
         QJsonObject{
             {QStringLiteral("method"), QStringLiteral("package-import")},
             {QStringLiteral("checklist"), facts::checklistState(rules::buildChecklist(stored, today()))}}},
    };
    if (auto recorded = record(stored, actor, {QStringLiteral("import"), stored.phase, {}, std::move(facts)});
        !recorded) {
        return recorded.error();
    }
    if (auto committed = finish(transaction); !committed) {
        return committed.error();
    }
    return id;
}

Status Workflow::confirm(qint64 orderId, const QString& itemId, const Actor& actor)
{
    if (auto allowed = permit(actor, Permission::VerifyDossier); !allowed) {
        return allowed;
    }
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
    if (auto added = m_orders.addConfirmation(orderId, {itemId, actor.who.id, m_clock()}); !added) {
        return added;
    }

    QJsonObject validation{
        {QStringLiteral("method"), QStringLiteral("operator-confirmation")},
        {QStringLiteral("item"), itemId},
    };
    QJsonObject facts;
    if (item && item->document) {
        const QList<DocumentKind> piece{*item->document};
        facts.insert(QStringLiteral("documents"), facts::documents(*order, piece));
        facts.insert(QStringLiteral("storage"), facts::storage(*order, piece));
        validation.insert(QStringLiteral("checks"), facts::checksOf(checklist, *item->document));
    } else {
        validation.insert(QStringLiteral("checklist"), facts::checklistState(checklist));
    }
    facts.insert(QStringLiteral("validation"), validation);
    if (auto recorded =
            record(*order, actor, {QStringLiteral("confirm"), order->phase, itemId, std::move(facts)});
        !recorded) {
        return recorded;
    }
    return finish(transaction);
}

Status Workflow::recordIdentity(qint64 orderId, const IdentityRecord& identity, const Actor& actor)
{
    if (auto allowed = permit(actor, Permission::VerifyDossier); !allowed) {
        return allowed;
    }
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
    // The decision keeps the document type, the number stays in the order; the audit entry keeps
    // both, as REG-6.4.5-04 asks (the audit log is in the store, with the order).
    const Document* holderId = order->document(DocumentKind::HolderId);
    const rules::Checklist checklist = rules::buildChecklist(*order, today());
    QJsonObject presented{
        {QStringLiteral("kind"), toCode(DocumentKind::HolderId)},
        {QStringLiteral("idDocument"),
         QJsonObject{{QStringLiteral("type"), toCode(clean.kind)}, {QStringLiteral("number"), clean.number}}},
    };
    QJsonObject facts{
        {QStringLiteral("documents"), QJsonArray{presented}},
        {QStringLiteral("storage"), facts::storage(*order, {DocumentKind::HolderId})},
        {QStringLiteral("validation"),
         QJsonObject{
             {QStringLiteral("method"), QStringLiteral("operator-recorded")},
             {QStringLiteral("matchesDocument"), holderId != nullptr && holderId->facts.identity == clean},
             {QStringLiteral("checks"), facts::checksOf(checklist, DocumentKind::HolderId)},
         }},
    };
    if (auto recorded =
            record(*order, actor,
                   {QStringLiteral("record-identity"), order->phase, toCode(clean.kind), std::move(facts)});
        !recorded) {
        return recorded;
    }
    return finish(transaction);
}

Status Workflow::sendForSignature(qint64 orderId, const Actor& actor)
{
    if (auto allowed = permit(actor, Permission::SendForSignature); !allowed) {
        return allowed;
    }
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
    QList<DocumentKind> contracts;
    for (auto kind : rules::requiredDocuments(*order)) {
        if (isContractual(kind)) {
            contracts.append(kind);
        }
    }
    QJsonObject facts{
        {QStringLiteral("documents"), facts::documents(*order, contracts)},
        {QStringLiteral("choices"), facts::choices(*order)},
        {QStringLiteral("validation"),
         QJsonObject{{QStringLiteral("method"), QStringLiteral("supporting-pieces-verified")},
                     {QStringLiteral("checklist"), facts::checklistState(checklist)}}},
    };
    if (auto recorded =
            record(*order, actor,
                   {QStringLiteral("send-for-signature"), Phase::AwaitingSignature, {}, std::move(facts)});
        !recorded) {
        return recorded;
    }
    return finish(transaction);
}

Status Workflow::recordSignature(qint64 orderId, DocumentKind kind, const Actor& actor)
{
    if (auto allowed = permit(actor, Permission::VerifyDossier); !allowed) {
        return allowed;
    }
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
    Order signedOrder = *order;
    signedOrder.document(kind)->status = DocumentStatus::Signed;
    QJsonObject facts{
        {QStringLiteral("documents"), facts::documents(signedOrder, {kind})},
        {QStringLiteral("storage"), facts::storage(signedOrder, {kind})},
        {QStringLiteral("choices"), facts::choices(signedOrder)},
        {QStringLiteral("validation"),
         QJsonObject{{QStringLiteral("method"), QStringLiteral("signed-document-received")},
                     {QStringLiteral("allSigned"), allSigned}}},
    };
    if (auto recorded = record(*order, actor,
                               {QStringLiteral("signature-received"), next, toCode(kind), std::move(facts)});
        !recorded) {
        return recorded;
    }
    return finish(transaction);
}

Status Workflow::validate(qint64 orderId, const Actor& actor)
{
    if (auto allowed = permit(actor, Permission::ValidateOrder); !allowed) {
        return allowed;
    }
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
    if (auto allowed = fourEyes(*order, actor); !allowed) {
        return allowed;
    }
    QJsonObject facts{
        {QStringLiteral("documents"), facts::documents(*order)},
        {QStringLiteral("storage"), facts::storage(*order)},
        {QStringLiteral("choices"), facts::choices(*order)},
        {QStringLiteral("validation"),
         QJsonObject{{QStringLiteral("method"), QStringLiteral("checklist-passed")},
                     {QStringLiteral("fourEyes"), m_policy.fourEyes},
                     {QStringLiteral("checklist"), facts::checklistState(checklist)}}},
    };
    if (auto recorded =
            record(*order, actor, {QStringLiteral("validate"), Phase::Generation, {}, std::move(facts)});
        !recorded) {
        return recorded;
    }
    return finish(transaction);
}

Result<qint64> Workflow::notify(qint64 orderId, Notification notification, const Actor& actor)
{
    if (auto allowed = permit(actor, Permission::Notify); !allowed) {
        return allowed.error();
    }
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
    notification.operatorId = actor.who.id;
    notification.createdAt = m_clock();
    notification.sentAt = {};
    auto id = m_orders.addNotification(orderId, notification);
    if (!id) {
        return id.error();
    }
    QJsonObject facts{
        {QStringLiteral("notification"),
         QJsonObject{{QStringLiteral("id"), *id}, {QStringLiteral("kind"), toCode(notification.kind)}}},
    };
    if (auto recorded =
            record(*order, actor,
                   {QStringLiteral("notify"), order->phase, toCode(notification.kind), std::move(facts)});
        !recorded) {
        return recorded.error();
    }
    if (auto committed = finish(transaction); !committed) {
        return committed.error();
    }
    return id;
}

Result<Order> Workflow::loadDeliverable(qint64 orderId)
{
    auto order = m_orders.order(orderId);
    if (!order) {
        return order.error();
    }
    if (order->phase == Phase::Delivered) {
        return Error{tr("Order %1's certificate is already delivered.").arg(order->number), {}};
    }
    if (order->phase != Phase::Generation) {
        return Error{
            tr("Order %1 is not validated for delivery (phase: %2).").arg(order->number, label(order->phase)),
            {}};
    }
    return order;
}

Status Workflow::recordDeliveryStep(qint64 orderId, const QString& event, QJsonObject facts,
                                    const Actor& actor)
{
    if (auto allowed = permit(actor, Permission::DeliverCertificate); !allowed) {
        return allowed;
    }
    if (!event.startsWith(u"delivery-")) {
        return Error{tr("This is not a step of a delivery."), event};
    }
    store::Transaction transaction(m_db);
    auto order = loadDeliverable(orderId);
    if (!order) {
        return order.error();
    }
    if (auto recorded = record(*order, actor, {event, order->phase, {}, std::move(facts)}); !recorded) {
        return recorded;
    }
    return finish(transaction);
}

Status Workflow::recordDelivery(qint64 orderId, QJsonObject facts, const Actor& actor)
{
    if (auto allowed = permit(actor, Permission::DeliverCertificate); !allowed) {
        return allowed;
    }
    store::Transaction transaction(m_db);
    auto order = loadDeliverable(orderId);
    if (!order) {
        return order.error();
    }
    if (auto recorded =
            record(*order, actor, {QStringLiteral("deliver"), Phase::Delivered, {}, std::move(facts)});
        !recorded) {
        return recorded;
    }
    return finish(transaction);
}

} // namespace guichet::workflow
