#include "search_sql.h"

#include "search_text.h"
#include "sql_support.h"

#include <QStringList>
#include <algorithm>

namespace guichet::store {
namespace {

/// The same expression as the index orders_by_phase_rank (schema_v2.cpp): SQLite uses an
/// expression index only for an equivalent expression.
constexpr auto phaseRank = "(CASE phase WHEN 'data-entry' THEN 0 WHEN 'verification' THEN 1 "
                           "WHEN 'awaiting-signature' THEN 2 WHEN 'validation' THEN 3 "
                           "WHEN 'generation' THEN 4 WHEN 'delivered' THEN 5 ELSE 6 END)";

/// `column op ?`, plain and behind "+".
SearchCondition comparison(const char* column, const char* op, const QVariant& value, bool servesSort)
{
    const QString test = QString::fromLatin1(column) + u' ' + QString::fromLatin1(op) + u" ?";
    return SearchCondition{test, u'+' + test, {value}, false, servesSort, true, {}};
}

/// Each sort ends with the row id, so that paging is stable among equal keys; each matches an
/// index (schema_v1.cpp, schema_v2.cpp), so that an unfiltered first page needs no sorting.
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

} // namespace

QString SearchSql::where(Drive drive) const
{
    QStringList tests;
    for (const auto& condition : conditions) {
        bool indexed = true;
        switch (drive) {
        case Drive::Natural:
            break;
        case Drive::ByText:
            indexed = condition.isText;
            break;
        case Drive::ByOrder:
            indexed = condition.servesSort;
            break;
        case Drive::ByFilter:
            indexed = !condition.isText;
            break;
        }
        tests << (indexed ? condition.indexed : condition.unindexed);
    }
    return tests.isEmpty() ? QString() : u" WHERE " + tests.join(u" AND ");
}

const SearchCondition* SearchSql::text() const
{
    const auto it = std::find_if(conditions.cbegin(), conditions.cend(),
                                 [](const SearchCondition& condition) { return condition.isText; });
    return it == conditions.cend() ? nullptr : &*it;
}

bool SearchSql::hasIndexedFilter() const
{
    return std::any_of(conditions.cbegin(), conditions.cend(), [](const SearchCondition& condition) {
        return !condition.isText && condition.hasIndex;
    });
}

QString SearchSql::probe() const
{
    if (const auto* condition = text(); condition && !condition->probe.isEmpty()) {
        return condition->probe;
    }
    return u"SELECT count(*) FROM (SELECT 1 FROM orders o" + where(Drive::Natural) + u" LIMIT ?)";
}

QVariantList SearchSql::values() const
{
    QVariantList all;
    for (const auto& condition : conditions) {
        all << condition.values;
    }
    return all;
}

bool SearchSql::sortServedByFilters() const
{
    return std::all_of(conditions.cbegin(), conditions.cend(),
                       [](const SearchCondition& condition) { return condition.servesSort; });
}

SearchCondition exactNumberCondition(qint64 orderId)
{
    // One row: nothing to sort, nothing to probe.
    return SearchCondition{
        QStringLiteral("o.id = ?"), QStringLiteral("o.id = ?"), {orderId}, true, true, true, {}};
}

SearchCondition exactSiretCondition(const QString& siret)
{
    // A SIRET starts with its SIREN, which is indexed.
    const QVariantList values{siret.left(9), siret};
    return SearchCondition{
        QStringLiteral("o.siren = ? AND o.siret = ?"),
        QStringLiteral("+o.siren = ? AND +o.siret = ?"),
        values,
        true,
        false,
        true,
        QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM orders WHERE siren = ? AND siret = ? "
                       "LIMIT ?)")};
}

QString siretIn(const QString& text)
{
    QString digits = text;
    digits.remove(u' ');
    const bool allDigits =
        std::all_of(digits.cbegin(), digits.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    return digits.size() == 14 && allDigits ? digits : QString();
}

SearchSql searchSql(const OrderQuery& query, const std::optional<SearchCondition>& exact)
{
    // Within one phase, the workflow order is the date order, which the (phase, date) index gives.
    const OrderSort sort = query.phase && query.sort == OrderSort::Phase ? OrderSort::Date : query.sort;
    const bool byDate = sort == OrderSort::Date;

    SearchSql sql;
    sql.orderBy = orderBy(sort, query.descending);
    if (exact) {
        sql.conditions << *exact;
    } else if (const TextSearch text = analyseText(query.text); !text.match.isEmpty()) {
        const QString test =
            QStringLiteral("o.id IN (SELECT rowid FROM order_search WHERE order_search MATCH ?)");
        sql.conditions << SearchCondition{
            test,
            u'+' + test,
            {text.match},
            true,
            false,
            true,
            QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM order_search WHERE order_search MATCH ? "
                           "LIMIT ?)")};
    } else if (!text.numberPrefix.isEmpty()) {
        // A range on the number's index. The column compares without case (COLLATE NOCASE, kept
        // behind "+"), and U+FFFF sorts after every character an order number holds.
        sql.conditions << SearchCondition{QStringLiteral("o.number >= ? AND o.number < ?"),
                                          QStringLiteral("+o.number >= ? AND +o.number < ?"),
                                          {text.numberPrefix, QString(text.numberPrefix + QChar(0xFFFF))},
                                          true,
                                          sort == OrderSort::Number,
                                          true,
                                          QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM orders "
                                                         "WHERE number >= ? AND number < ? LIMIT ?)")};
    }
    if (query.phase) {
        // (phase, date) gives the date order.
        sql.conditions << comparison("o.phase", "=", toCode(*query.phase), byDate);
    }
    if (!query.portal.isEmpty()) {
        // (portal, date) gives the date order, and the portal order.
        sql.conditions << comparison("o.portal", "=", query.portal, byDate || sort == OrderSort::Portal);
    }
    if (query.type) {
        // Two values, no index: never a reason to drive the query.
        sql.conditions << SearchCondition{QStringLiteral("o.type = ?"),
                                          QStringLiteral("o.type = ?"),
                                          {toCode(*query.type)},
                                          false,
                                          true,
                                          false,
                                          {}};
    }
    if (query.from.isValid()) {
        sql.conditions << comparison("o.date", ">=", sql::date(query.from), byDate);
    }
    if (query.to.isValid()) {
        sql.conditions << comparison("o.date", "<=", sql::date(query.to), byDate);
    }
    return sql;
}

} // namespace guichet::store
