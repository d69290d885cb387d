// OrderStore: the order list (search, filters, sorts, paging), its count and the activity summary.
//
// Every filter and sort of OrderQuery has an index (schema_v1.cpp, schema_v2.cpp); free text goes
// through the FTS5 trigram index (search_text.h). Measured on 1,000,000 orders, see the README.

#include "database.h"
#include "order_columns.h"
#include "order_store.h"
#include "search_text.h"
#include "sql_support.h"

#include <QSqlQuery>
#include <QStringList>
#include <map>

namespace guichet::store {
namespace {

/// The same expression as the index orders_by_phase_rank (schema_v2.cpp), word for word: SQLite
/// uses an expression index only for the identical expression.
constexpr auto phaseRank =
    "(CASE phase WHEN 'data-entry' THEN 0\n"
    "        WHEN 'verification' THEN 1 WHEN 'awaiting-signature' THEN 2 WHEN 'validation' THEN 3\n"
    "        WHEN 'generation' THEN 4 WHEN 'delivered' THEN 5 ELSE 6 END)";

/// FROM and WHERE of a query, with the values of its placeholders in order.
struct Selection
{
    QString from = QStringLiteral("orders o");
    QStringList conditions;
    QVariantList values;

    QString sql() const
    {
        return u" FROM " + from + (conditions.isEmpty() ? QString() : u" WHERE " + conditions.join(u" AND "));
    }
};

Selection selection(const OrderQuery& query)
{
    Selection selection;
    const TextSearch text = analyseText(query.text);
    if (!text.match.isEmpty()) {
        selection.conditions << QStringLiteral(
            "o.id IN (SELECT rowid FROM order_search WHERE order_search MATCH ?)");
        selection.values << text.match;
    } else if (!text.numberPrefix.isEmpty()) {
        // A range on the number's index. The column compares without case (COLLATE NOCASE), and
        // U+FFFF sorts after every character an order number holds.
        selection.conditions << QStringLiteral("o.number >= ? AND o.number < ?");
        selection.values << text.numberPrefix << QString(text.numberPrefix + QChar(0xFFFF));
    }
    if (query.phase) {
        selection.conditions << QStringLiteral("o.phase = ?");
        selection.values << toCode(*query.phase);
    }
    if (query.type) {
        selection.conditions << QStringLiteral("o.type = ?");
        selection.values << toCode(*query.type);
    }
    if (!query.portal.isEmpty()) {
        selection.conditions << QStringLiteral("o.portal = ?");
        selection.values << query.portal;
    }
    if (query.from.isValid()) {
        selection.conditions << QStringLiteral("o.date >= ?");
        selection.values << sql::date(query.from);
    }
    if (query.to.isValid()) {
        selection.conditions << QStringLiteral("o.date <= ?");
        selection.values << sql::date(query.to);
    }
    return selection;
}

/// Each sort ends with the row id, so that paging is stable among equal keys; each matches an
/// index, so that the first page of an unfiltered list needs no sorting.
QString orderBy(OrderSort sort, bool descending)
{
    QStringList keys;
    switch (sort) {
    case OrderSort::Number:
        keys = {QStringLiteral("o.number")};
        break;
    case OrderSort::Date:
        keys = {QStringLiteral("o.date")};
        break;
    case OrderSort::HolderName:
        keys = {QStringLiteral("o.search_holder")};
        break;
    case OrderSort::Organisation:
        keys = {QStringLiteral("o.search_organisation")};
        break;
    case OrderSort::Phase:
        keys = {QString::fromLatin1(phaseRank), QStringLiteral("o.date")};
        break;
    case OrderSort::Portal:
        keys = {QStringLiteral("o.portal"), QStringLiteral("o.date")};
        break;
    }
    keys << QStringLiteral("o.id");
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    return u" ORDER BY " + keys.join(direction + u", ") + direction;
}

void bindAll(QSqlQuery& query, const QVariantList& values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        query.bindValue(int(i), values.at(i));
    }
}

} // namespace

Result<QList<OrderSummary>> OrderStore::find(const OrderQuery& query)
{
    constexpr auto where = "OrderStore::find";
    const Selection selection = ::guichet::store::selection(query);
    const QString sql = u"SELECT o.id, o.number, o.date, o.holder_given_names, o.holder_surname, "
                        u"o.organisation_name, o.siren, o.process, o.phase, o.type, o.portal" +
                        selection.sql() + orderBy(query.sort, query.descending) +
                        QStringLiteral(" LIMIT %1 OFFSET %2")
                            .arg(query.limit < 0 ? -1 : query.limit)
                            .arg(std::max(query.offset, 0));
    QSqlQuery statement(m_db.connection());
    statement.setForwardOnly(true);
    if (auto status = sql::prepare(statement, sql, where); !status) {
        return status.error();
    }
    bindAll(statement, selection.values);
    if (auto status = sql::exec(statement, where); !status) {
        return status.error();
    }
    QList<OrderSummary> rows;
    while (statement.next()) {
        OrderSummary row;
        row.id = statement.value(0).toLongLong();
        row.number = statement.value(1).toString();
        row.date = sql::toDate(statement.value(2));
        row.holderName =
            QString(statement.value(3).toString() + u' ' + statement.value(4).toString()).trimmed();
        row.organisationName = statement.value(5).toString();
        row.siren = statement.value(6).toString();
        row.process = statement.value(7).toString();
        const auto phase = fromCode<Phase>(statement.value(8).toString());
        const auto type = fromCode<DossierType>(statement.value(9).toString());
        if (!phase || !type) {
            return columns::unknownCode("phase/type",
                                        statement.value(8).toString() + u'/' + statement.value(9).toString());
        }
        row.phase = *phase;
        row.type = *type;
        row.portal = statement.value(10).toString();
        rows.append(row);
    }
    return rows;
}

Result<qint64> OrderStore::count(const OrderQuery& query)
{
    constexpr auto where = "OrderStore::count";
    const Selection selection = ::guichet::store::selection(query);
    QSqlQuery statement(m_db.connection());
    if (auto status = sql::prepare(statement, u"SELECT count(*)" + selection.sql(), where); !status) {
        return status.error();
    }
    bindAll(statement, selection.values);
    if (auto status = sql::exec(statement, where); !status) {
        return status.error();
    }
    if (!statement.next()) {
        return queryError(statement, where);
    }
    return statement.value(0).toLongLong();
}

Result<QList<PortalActivity>> OrderStore::activity()
{
    constexpr auto where = "OrderStore::activity";
    // order_counts is kept by triggers (schema_v3.cpp): a few dozen rows, whatever the order count.
    QSqlQuery statement(m_db.connection());
    if (auto status = sql::prepare(statement,
                                   QStringLiteral("SELECT portal, phase, orders FROM order_counts "
                                                  "WHERE orders > 0 ORDER BY portal"),
                                   where);
        !status) {
        return status.error();
    }
    if (auto status = sql::exec(statement, where); !status) {
        return status.error();
    }
    QList<PortalActivity> activities;
    while (statement.next()) {
        const QString portal = statement.value(0).toString();
        if (activities.isEmpty() || activities.constLast().portal != portal) {
            activities.append(PortalActivity{portal});
        }
        PortalActivity& activity = activities.last();
        const int orders = statement.value(2).toInt();
        // A phase code this build does not know (a newer Guichet's) counts in none of the four.
        switch (fromCode<Phase>(statement.value(1).toString()).value_or(Phase::Cancelled)) {
        case Phase::Verification:
            activity.toVerify = orders;
            break;
        case Phase::AwaitingSignature:
            activity.awaitingSignature = orders;
            break;
        case Phase::Validation:
            activity.toValidate = orders;
            break;
        case Phase::Generation:
            activity.toGenerate = orders;
            break;
        case Phase::DataEntry:
        case Phase::Delivered:
        case Phase::Cancelled:
            break; // nothing for the RA to do; the portal is still listed
        }
    }
    return activities;
}

Result<QStringList> OrderStore::portals()
{
    constexpr auto where = "OrderStore::portals";
    QSqlQuery statement(m_db.connection());
    if (auto status = sql::prepare(statement,
                                   QStringLiteral("SELECT DISTINCT portal FROM order_counts WHERE orders > 0 "
                                                  "ORDER BY portal"),
                                   where);
        !status) {
        return status.error();
    }
    if (auto status = sql::exec(statement, where); !status) {
        return status.error();
    }
    QStringList portals;
    while (statement.next()) {
        portals.append(statement.value(0).toString());
    }
    return portals;
}

} // namespace guichet::store
