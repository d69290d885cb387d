// OrderStore: the order list (search, filters, sorts, paging), its count and the activity summary.
//
// Every filter and sort of OrderQuery has an index (schema_v1.cpp, schema_v2.cpp); free text goes
// through the FTS5 trigram index (search_text.h); search_sql.h says how a query is driven.
// Measured on 1,000,000 orders: see README.md.

#include "database.h"
#include "order_columns.h"
#include "order_store.h"
#include "search_sql.h"
#include "search_text.h"
#include "sql_support.h"

#include <QSqlQuery>
#include <QStringList>

namespace guichet::store {
namespace {

/// Up to this many matches a query is driven from its matches (fetched, then sorted); beyond, from
/// the sort index. Sorting 2,000 scattered rows takes a few milliseconds; walking the sort index
/// past at most 500 rows per row shown (at a density of 1 in 500) takes about as long.
constexpr int probeLimit = 2000;

void bindAll(QSqlQuery& query, const QVariantList& values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        query.bindValue(int(i), values.at(i));
    }
}

/// Runs a query answering one number.
Result<qint64> number(Database& db, const QString& sql, const QVariantList& values, const char* where)
{
    QSqlQuery query(db.connection());
    if (auto status = sql::prepare(query, sql, where); !status) {
        return status.error();
    }
    bindAll(query, values);
    if (auto status = sql::exec(query, where); !status) {
        return status.error();
    }
    if (!query.next()) {
        return queryError(query, where);
    }
    return query.value(0).toLongLong();
}

/// Whether `sql` (with `values`) finds a row.
Result<bool> exists(Database& db, const QString& sql, const QVariantList& values, const char* where)
{
    QSqlQuery query(db.connection());
    if (auto status = sql::prepare(query, sql, where); !status) {
        return status.error();
    }
    bindAll(query, values);
    if (auto status = sql::exec(query, where); !status) {
        return status.error();
    }
    return query.next();
}

/// The condition for a text naming an order number or a SIRET that some order has (search_sql.h).
Result<std::optional<SearchCondition>> exactCondition(Database& db, const QString& text, const char* where)
{
    const QString candidate = text.trimmed();
    if (candidate.isEmpty()) {
        return std::optional<SearchCondition>();
    }
    if (!candidate.contains(u' ')) {
        QSqlQuery query(db.connection());
        if (auto status =
                sql::prepare(query, QStringLiteral("SELECT id FROM orders WHERE number = ?"), where);
            !status) {
            return status.error();
        }
        query.bindValue(0, candidate);
        if (auto status = sql::exec(query, where); !status) {
            return status.error();
        }
        if (query.next()) {
            return std::optional(exactNumberCondition(query.value(0).toLongLong()));
        }
    }
    if (const QString siret = siretIn(candidate); !siret.isEmpty()) {
        auto found = exists(db, QStringLiteral("SELECT 1 FROM orders WHERE siren = ? AND siret = ?"),
                            {siret.left(9), siret}, where);
        if (!found) {
            return found.error();
        }
        if (*found) {
            return std::optional(exactSiretCondition(siret));
        }
    }
    return std::optional<SearchCondition>();
}

/// How many rows the probe counts, up to probeLimit + 1.
Result<qint64> probe(Database& db, const SearchSql& search, const char* where)
{
    const SearchCondition* text = search.text();
    QVariantList values = text && !text->probe.isEmpty() ? text->values : search.values();
    values << probeLimit + 1;
    return number(db, search.probe(), values, where);
}

} // namespace

Result<QList<OrderSummary>> OrderStore::find(const OrderQuery& query)
{
    constexpr auto where = "OrderStore::find";
    auto exact = exactCondition(m_db, query.text, where);
    if (!exact) {
        return exact.error();
    }
    const SearchSql search = searchSql(query, *exact);
    Drive drive = Drive::Natural;
    if (!search.sortServedByFilters()) {
        auto matches = probe(m_db, search, where);
        if (!matches) {
            return matches.error();
        }
        drive = *matches > probeLimit ? Drive::ByOrder : search.text() ? Drive::ByText : Drive::Natural;
    }
    const QString sql = u"SELECT o.id, o.number, o.date, o.holder_given_names, o.holder_surname, "
                        u"o.organisation_name, o.siren, o.process, o.phase, o.type, o.portal FROM orders o" +
                        search.where(drive) + search.orderBy + QStringLiteral(" LIMIT ? OFFSET ?");
    QSqlQuery statement(m_db.connection());
    statement.setForwardOnly(true);
    if (auto status = sql::prepare(statement, sql, where); !status) {
        return status.error();
    }
    bindAll(statement, search.values() << (query.limit < 0 ? -1 : query.limit) << std::max(query.offset, 0));
    if (auto status = sql::exec(statement, where); !status) {
        return status.error();
    }
    QList<OrderSummary> rows;
    while (statement.next()) {
        const auto phase = fromCode<Phase>(statement.value(8).toString());
        const auto type = fromCode<DossierType>(statement.value(9).toString());
        if (!phase || !type) {
            return columns::unknownCode("phase/type",
                                        statement.value(8).toString() + u'/' + statement.value(9).toString());
        }
        OrderSummary row;
        row.id = statement.value(0).toLongLong();
        row.number = statement.value(1).toString();
        row.date = sql::toDate(statement.value(2));
        row.holderName =
            QString(statement.value(3).toString() + u' ' + statement.value(4).toString()).trimmed();
        row.organisationName = statement.value(5).toString();
        row.siren = statement.value(6).toString();
        row.process = statement.value(7).toString();
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
    // By phase and portal only: the activity counts kept by triggers answer at once.
    if (analyseText(query.text).isEmpty() && !query.type && !query.from.isValid() && !query.to.isValid()) {
        QStringList tests{QStringLiteral("1")};
        QVariantList values;
        if (query.phase) {
            tests << QStringLiteral("phase = ?");
            values << toCode(*query.phase);
        }
        if (!query.portal.isEmpty()) {
            tests << QStringLiteral("portal = ?");
            values << query.portal;
        }
        return number(m_db,
                      u"SELECT coalesce(sum(orders), 0) FROM order_counts WHERE " + tests.join(u" AND "),
                      values, where);
    }
    auto exact = exactCondition(m_db, query.text, where);
    if (!exact) {
        return exact.error();
    }
    const SearchSql search = searchSql(query, *exact);
    const SearchCondition* text = search.text();
    Drive drive = Drive::Natural;
    if (text && !text->probe.isEmpty()) {
        if (search.conditions.size() == 1) {
            // The text alone: its own index counts it without touching the orders.
            return number(m_db, text->probe, QVariantList(text->values) << -1, where); // LIMIT -1: all
        }
        // Many matches and another indexed filter: walk that filter's index and test each row's id
        // against the matches, rather than fetch every match.
        auto matches = probe(m_db, search, where);
        if (!matches) {
            return matches.error();
        }
        drive = *matches > probeLimit && search.hasIndexedFilter() ? Drive::ByFilter : Drive::ByText;
    }
    return number(m_db, u"SELECT count(*) FROM orders o" + search.where(drive), search.values(), where);
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
