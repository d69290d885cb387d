#include "order_columns.h"

#include "sql_support.h"
#include "text_fold.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

namespace guichet::store::columns {
namespace {

QString joined(std::initializer_list<const char*> names)
{
    QStringList list;
    for (const char* name : names) {
        list.append(QString::fromLatin1(name));
    }
    return list.join(u", ");
}

/// Reads the enum stored as a code in column `index`.
template <typename Enum> Result<Enum> code(const QSqlQuery& query, int index, const char* column)
{
    const QString stored = query.value(index).toString();
    if (const auto value = fromCode<Enum>(stored)) {
        return *value;
    }
    return unknownCode(column, stored);
}

} // namespace

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(u", ");
}

Error unknownCode(const char* column, const QString& code)
{
    return Error{QCoreApplication::translate("guichet::store::OrderStore",
                                             "The local store holds a value this version of Guichet does not "
                                             "know."),
                 QStringLiteral("%1 = \"%2\"").arg(QString::fromLatin1(column), code)};
}

// Orders ------------------------------------------------------------------------------------------

const QString& orderColumns()
{
    static const QString list = joined({
        "number",
        "date",
        "phase",
        "type",
        "portal",
        "process", // 0-5
        "product_code",
        "product_label",
        "product_duration_years", // 6-8
        "requester_name",
        "requester_email", // 9-10
        "holder_given_names",
        "holder_surname",
        "holder_birth_date",
        "holder_email",       // 11-14
        "holder_otp_contact", // 15
        "organisation_kind",
        "organisation_name",
        "siren",
        "siret", // 16-19
        "legal_given_names",
        "legal_surname",
        "legal_birth_date",
        "legal_email", // 20-23
        "agent_present",
        "agent_given_names",
        "agent_surname",
        "agent_birth_date",
        "agent_email", // 24-28
        "payment_received",
        "payment_method",
        "payment_reference",
        "payment_amount_cents", // 29-32
        "recorded_id_kind",
        "recorded_id_number", // 33-34
        "search_holder",
        "search_organisation", // 35-36
    });
    return list;
}

QVariantList orderValues(const Order& order)
{
    using sql::text;
    const CertificationAgent agent = order.agent.value_or(CertificationAgent{});
    return {
        text(order.number),
        sql::date(order.date),
        toCode(order.phase),
        toCode(order.type),
        text(order.portal),
        text(order.process),
        text(order.product.code),
        text(order.product.label),
        order.product.durationYears,
        text(order.requester.name),
        text(order.requester.email),
        text(order.holder.givenNames),
        text(order.holder.surname),
        sql::date(order.holder.birthDate),
        text(order.holder.email),
        text(order.holder.otpContact),
        toCode(order.organisation.kind),
        text(order.organisation.name),
        text(order.organisation.siren),
        text(order.organisation.siret),
        text(order.legalRepresentative.givenNames),
        text(order.legalRepresentative.surname),
        sql::date(order.legalRepresentative.birthDate),
        text(order.legalRepresentative.email),
        order.agent.has_value() ? 1 : 0,
        text(agent.givenNames),
        text(agent.surname),
        sql::date(agent.birthDate),
        text(agent.email),
        order.payment.received ? 1 : 0,
        text(order.payment.method),
        text(order.payment.reference),
        order.payment.amountCents,
        toCode(order.recordedIdentity.kind),
        text(order.recordedIdentity.number),
        holderSearchKey(order.holder.givenNames, order.holder.surname),
        foldForSearch(order.organisation.name),
    };
}

Result<Order> readOrder(const QSqlQuery& q)
{
    // Column i of orderColumns() is value i + 1 (value 0 is the id).
    const auto value = [&q](int column) {
        return q.value(column + 1);
    };
    const auto string = [&q](int column) {
        return q.value(column + 1).toString();
    };

    Order order;
    order.id = q.value(0).toLongLong();
    order.number = string(0);
    order.date = sql::toDate(value(1));
    auto phase = code<Phase>(q, 3, "phase");
    auto type = code<DossierType>(q, 4, "type");
    auto organisationKind = code<OrganisationKind>(q, 17, "organisation_kind");
    auto idKind = code<IdDocumentKind>(q, 34, "recorded_id_kind");
    if (!phase || !type || !organisationKind || !idKind) {
        return !phase              ? phase.error()
               : !type             ? type.error()
               : !organisationKind ? organisationKind.error()
                                   : idKind.error();
    }
    order.phase = *phase;
    order.type = *type;
    order.portal = string(4);
    order.process = string(5);
    order.product = Product{string(6), string(7), value(8).toInt()};
    order.requester = Requester{string(9), string(10)};
    order.holder.givenNames = string(11);
    order.holder.surname = string(12);
    order.holder.birthDate = sql::toDate(value(13));
    order.holder.email = string(14);
    order.holder.otpContact = string(15);
    order.organisation = Organisation{*organisationKind, string(17), string(18), string(19)};
    order.legalRepresentative.givenNames = string(20);
    order.legalRepresentative.surname = string(21);
    order.legalRepresentative.birthDate = sql::toDate(value(22));
    order.legalRepresentative.email = string(23);
    if (value(24).toInt() == 1) {
        CertificationAgent agent;
        agent.givenNames = string(25);
        agent.surname = string(26);
        agent.birthDate = sql::toDate(value(27));
        agent.email = string(28);
        order.agent = agent;
    }
    order.payment = Payment{value(29).toInt() == 1, string(30), string(31), value(32).toLongLong()};
    order.recordedIdentity = IdentityRecord{*idKind, string(34)};
    return order;
}

// Documents ---------------------------------------------------------------------------------------

const QString& documentColumns()
{
    static const QString list = joined({
        "kind", "position", "status", "file_name", "media_type", "sha256", "size", // 0-6
        "issue_date", "expiry_date", "id_kind", "id_number", "mrz",                // 7-11
        "facts_siren", "facts_organisation_name",                                  // 12-13
    });
    return list;
}

QVariantList documentValues(const Document& document, int position)
{
    using sql::text;
    const DocumentFacts& facts = document.facts;
    return {
        toCode(document.kind),
        position,
        toCode(document.status),
        text(document.fileName),
        text(document.mediaType),
        sql::textOrNull(document.sha256),
        document.size,
        sql::date(facts.issueDate),
        sql::date(facts.expiryDate),
        toCode(facts.identity.kind),
        text(facts.identity.number),
        text(facts.mrz.join(u'\n')),
        text(facts.siren),
        text(facts.organisationName),
    };
}

Result<Document> readDocument(const QSqlQuery& q)
{
    auto kind = code<DocumentKind>(q, 0, "kind");
    auto status = code<DocumentStatus>(q, 2, "status");
    auto idKind = code<IdDocumentKind>(q, 9, "id_kind");
    if (!kind || !status || !idKind) {
        return !kind ? kind.error() : !status ? status.error() : idKind.error();
    }
    Document document;
    document.kind = *kind;
    document.status = *status;
    document.fileName = q.value(3).toString();
    document.mediaType = q.value(4).toString();
    document.sha256 = q.value(5).toString();
    document.size = q.value(6).toLongLong();
    document.facts.issueDate = sql::toDate(q.value(7));
    document.facts.expiryDate = sql::toDate(q.value(8));
    document.facts.identity = IdentityRecord{*idKind, q.value(10).toString()};
    const QString mrz = q.value(11).toString();
    if (!mrz.isEmpty()) {
        document.facts.mrz = mrz.split(u'\n');
    }
    document.facts.siren = q.value(12).toString();
    document.facts.organisationName = q.value(13).toString();
    return document;
}

} // namespace guichet::store::columns
