#include "manifest.h"

#include "entry_rules.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace guichet::package {
using namespace Qt::StringLiterals;

namespace {

QJsonValue dateValue(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateTimeValue(const QDateTime& dateTime)
{
    return dateTime.isValid() ? QJsonValue(dateTime.toUTC().toString(Qt::ISODateWithMs))
                              : QJsonValue(QJsonValue::Null);
}

QJsonObject personToJson(const Person& person)
{
    return QJsonObject{
        {u"givenNames"_s, person.givenNames},
        {u"surname"_s, person.surname},
        {u"birthDate"_s, dateValue(person.birthDate)},
        {u"email"_s, person.email},
    };
}

QJsonObject identityToJson(const IdentityRecord& identity)
{
    return QJsonObject{{u"kind"_s, toCode(identity.kind)}, {u"number"_s, identity.number}};
}

QJsonObject factsToJson(const DocumentFacts& facts)
{
    return QJsonObject{
        {u"issueDate"_s, dateValue(facts.issueDate)},
        {u"expiryDate"_s, dateValue(facts.expiryDate)},
        {u"identity"_s, identityToJson(facts.identity)},
        {u"mrz"_s, QJsonArray::fromStringList(facts.mrz)},
        {u"siren"_s, facts.siren},
        {u"organisationName"_s, facts.organisationName},
    };
}

QJsonValue checklistValue(const QByteArray& compactJson)
{
    // Decisions hold the checklist as compact JSON text; the manifest embeds it as an object so
    // that partners read one JSON document, not JSON inside a string.
    if (compactJson.isEmpty()) {
        return QJsonValue(QJsonValue::Null);
    }
    const QJsonDocument document = QJsonDocument::fromJson(compactJson);
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString documentPath(const Document& document)
{
    return documentsFolder + toCode(document.kind) + u'.' + extensionFor(document.mediaType);
}

QJsonObject orderToJson(const Order& order)
{
    QJsonArray confirmations;
    for (const auto& confirmation : order.confirmations) {
        confirmations.append(QJsonObject{
            {u"itemId"_s, confirmation.itemId},
            {u"operatorId"_s, confirmation.operatorId},
            {u"at"_s, dateTimeValue(confirmation.at)},
        });
    }
    QJsonObject holder = personToJson(order.holder);
    holder.insert(u"otpContact"_s, order.holder.otpContact);
    return QJsonObject{
        {u"number"_s, order.number},
        {u"date"_s, dateValue(order.date)},
        {u"phase"_s, toCode(order.phase)},
        {u"type"_s, toCode(order.type)},
        {u"portal"_s, order.portal},
        {u"process"_s, order.process},
        {u"product"_s,
         QJsonObject{
             {u"code"_s, order.product.code},
             {u"label"_s, order.product.label},
             {u"durationYears"_s, order.product.durationYears},
         }},
        {u"requester"_s, QJsonObject{{u"name"_s, order.requester.name}, {u"email"_s, order.requester.email}}},
        {u"holder"_s, holder},
        {u"organisation"_s,
         QJsonObject{
             {u"kind"_s, toCode(order.organisation.kind)},
             {u"name"_s, order.organisation.name},
             {u"siren"_s, order.organisation.siren},
             {u"siret"_s, order.organisation.siret},
         }},
        {u"legalRepresentative"_s, personToJson(order.legalRepresentative)},
        {u"agent"_s, order.agent ? QJsonValue(personToJson(*order.agent)) : QJsonValue(QJsonValue::Null)},
        {u"payment"_s,
         QJsonObject{
             {u"received"_s, order.payment.received},
             {u"method"_s, order.payment.method},
             {u"reference"_s, order.payment.reference},
             {u"amountCents"_s, order.payment.amountCents},
         }},
        {u"recordedIdentity"_s, identityToJson(order.recordedIdentity)},
        {u"confirmations"_s, confirmations},
    };
}

QJsonObject documentToJson(const Document& document, const QString& path)
{
    return QJsonObject{
        {u"kind"_s, toCode(document.kind)},
        {u"status"_s, toCode(document.status)},
        {u"fileName"_s, document.fileName},
        {u"path"_s, path.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(path)},
        {u"mediaType"_s, document.mediaType},
        {u"sha256"_s, document.sha256},
        {u"size"_s, document.size},
        {u"facts"_s, factsToJson(document.facts)},
    };
}

QJsonObject decisionToJson(const Decision& decision)
{
    return QJsonObject{
        {u"action"_s, decision.action},
        {u"operatorId"_s, decision.operatorId},
        {u"at"_s, dateTimeValue(decision.at)},
        {u"fromPhase"_s, toCode(decision.fromPhase)},
        {u"toPhase"_s, toCode(decision.toPhase)},
        {u"detail"_s, decision.detail},
        {u"checklist"_s, checklistValue(decision.checklistJson)},
    };
}

QJsonObject notificationToJson(const Notification& notification)
{
    return QJsonObject{
        {u"kind"_s, toCode(notification.kind)},
        {u"recipient"_s, notification.recipient},
        {u"subject"_s, notification.subject},
        {u"body"_s, notification.body},
        {u"operatorId"_s, notification.operatorId},
        {u"createdAt"_s, dateTimeValue(notification.createdAt)},
        {u"sentAt"_s, dateTimeValue(notification.sentAt)},
    };
}

QJsonObject manifestToJson(const Order& order, const ExportExtras* extras)
{
    QJsonArray documents;
    for (const auto& document : order.documents) {
        documents.append(
            documentToJson(document, document.hasContent() ? documentPath(document) : QString()));
    }
    QJsonObject manifest{
        {u"format"_s, formatName.toString()},
        {u"formatVersion"_s, formatVersion},
        {u"order"_s, orderToJson(order)},
        {u"documents"_s, documents},
    };
    if (extras) {
        QJsonArray decisions;
        for (const auto& decision : extras->decisions) {
            decisions.append(decisionToJson(decision));
        }
        QJsonArray notifications;
        for (const auto& notification : extras->notifications) {
            notifications.append(notificationToJson(notification));
        }
        manifest.insert(u"export"_s, QJsonObject{
                                         {u"checklist"_s, extras->checklist.toJson()},
                                         {u"decisions"_s, decisions},
                                         {u"notifications"_s, notifications},
                                     });
    }
    return manifest;
}

} // namespace guichet::package
