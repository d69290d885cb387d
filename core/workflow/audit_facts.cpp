#include "audit_facts.h"

#include <map>

namespace guichet::workflow::facts {

QJsonObject operatorFacts(const Operator& who)
{
    QJsonArray roles;
    for (Role role : who.roles) {
        roles.append(toCode(role));
    }
    return QJsonObject{
        {QStringLiteral("id"), who.id},
        {QStringLiteral("name"), who.name},
        {QStringLiteral("organisation"), who.organisation},
        {QStringLiteral("certificate"), who.certificateReference},
        {QStringLiteral("roles"), roles},
        {QStringLiteral("training"), who.training},
    };
}

QJsonObject choices(const Order& order)
{
    return QJsonObject{
        {QStringLiteral("product"), order.product.code},
        {QStringLiteral("productLabel"), order.product.label},
        {QStringLiteral("validityYears"), order.product.durationYears},
        {QStringLiteral("dossierType"), toCode(order.type)},
        {QStringLiteral("delivery"),
         order.agent ? QStringLiteral("certification-agent") : QStringLiteral("holder")},
        {QStringLiteral("paymentMethod"), order.payment.method},
        {QStringLiteral("portal"), order.portal},
        {QStringLiteral("process"), order.process},
    };
}

namespace {

bool selected(const Document& document, const QList<DocumentKind>& kinds)
{
    return kinds.isEmpty() ? document.hasContent() : kinds.contains(document.kind);
}

} // namespace

QJsonArray documents(const Order& order, const QList<DocumentKind>& kinds)
{
    QJsonArray result;
    for (const Document& document : order.documents) {
        if (!selected(document, kinds)) {
            continue;
        }
        QJsonObject entry{
            {QStringLiteral("kind"), toCode(document.kind)},
            {QStringLiteral("status"), toCode(document.status)},
        };
        const IdentityRecord& identity = document.facts.identity;
        if (isIdentityDocument(document.kind) && !identity.isEmpty()) {
            entry.insert(QStringLiteral("idDocument"),
                         QJsonObject{{QStringLiteral("type"), toCode(identity.kind)},
                                     {QStringLiteral("number"), identity.number}});
        }
        result.append(entry);
    }
    return result;
}

QJsonObject storage(const Order& order, const QList<DocumentKind>& kinds)
{
    QJsonArray copies;
    for (const Document& document : order.documents) {
        if (!selected(document, kinds) || !document.hasContent()) {
            continue;
        }
        copies.append(QJsonObject{
            {QStringLiteral("document"), toCode(document.kind)},
            {QStringLiteral("sha256"), document.sha256},
            {QStringLiteral("size"), document.size},
            {QStringLiteral("mediaType"), document.mediaType},
        });
    }
    return QJsonObject{
        {QStringLiteral("location"), QStringLiteral("this-store")},
        {QStringLiteral("copies"), copies},
    };
}

QJsonObject checklistState(const rules::Checklist& checklist)
{
    QJsonObject items;
    std::map<QString, int> counts;
    for (const auto& item : checklist.items) {
        const QString state = rules::toCode(item.state);
        items.insert(item.id, state);
        ++counts[state];
    }
    QJsonObject countByState;
    for (const auto& [state, count] : counts) {
        countByState.insert(state, count);
    }
    return QJsonObject{
        {QStringLiteral("reviewDate"), checklist.reviewDate.toString(Qt::ISODate)},
        {QStringLiteral("canValidate"), checklist.allPassed()},
        {QStringLiteral("counts"), countByState},
        {QStringLiteral("items"), items},
    };
}

QJsonObject checksOf(const rules::Checklist& checklist, DocumentKind kind)
{
    QJsonObject checks;
    for (const auto& item : checklist.items) {
        if (!item.operatorItem && item.document == kind) {
            checks.insert(item.id, rules::toCode(item.state));
        }
    }
    return checks;
}

} // namespace guichet::workflow::facts
