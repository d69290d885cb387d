#pragma once

// Internal to core/store: the SQL of an OrderQuery, in the forms the search chooses between.
//
// A list query has a filter and an order. SQLite drives it either from the filter (find the
// matching rows, then sort them) or from the order (walk the sort index, test each row). The first
// is right for few matches, the second for many: "dupont" matches 40,000 of a million orders, and
// fetching 40,000 scattered rows to sort them took 200 ms where walking the date index took 10.
// SQLite's planner cannot tell the two cases apart for FTS matches, and still prefers the filter
// index for a filter that matches a fifth of the orders. So OrderSearch first counts the matches
// up to a threshold, then writes each condition either plainly or behind a unary "+", which
// keeps SQLite from using an index for that condition (the comparison and its collation stay the
// same).

#include "store/order_store.h"

#include <QList>
#include <QString>
#include <QVariantList>
#include <optional>

namespace guichet::store {

enum class Drive
{
    Natural,  ///< every condition may use its index: SQLite picks
    ByText,   ///< from the text's matches (few), the other conditions tested on each
    ByOrder,  ///< from the sort index (many matches), the conditions it cannot serve tested on each
    ByFilter, ///< from the other conditions' indexes, the text's matches tested on each (counts)
};

struct SearchCondition
{
    QString indexed;   ///< the test, free to use an index
    QString unindexed; ///< the same test with "+": never drives the query
    QVariantList values;
    bool isText = false;     ///< free text (the FTS index or the number)
    bool servesSort = false; ///< an index for this condition also yields the requested order
    bool hasIndex = true;    ///< false for a test no index helps (the dossier type)
    /// For the text: how many rows it matches, counted up to a limit without touching `orders`:
    /// `SELECT count(*) FROM (... LIMIT ?)`, the limit bound last.
    QString probe;
};

struct SearchSql
{
    QList<SearchCondition> conditions;
    QString orderBy; ///< " ORDER BY ..."

    /// " WHERE ..." (or nothing) for `drive`.
    QString where(Drive drive) const;
    QVariantList values() const;
    /// Whether every condition's index also yields the order, so that SQLite's own choice is right.
    bool sortServedByFilters() const;
    const SearchCondition* text() const;
    /// Whether a condition other than the text has an index to drive from.
    bool hasIndexedFilter() const;
    /// `SELECT count(*) FROM (...  LIMIT ?)`: the text's probe if there is text, else the rows
    /// matching every condition. Bind values() (or the text's values), then the limit.
    QString probe() const;
};

/// The condition of a text that names something exactly, used instead of the FTS index when some
/// order has it: an order number (one row), a 14-digit SIRET (through the SIREN index). Order
/// numbers and SIRETs share most of their trigrams ("CMD-", "000"), which makes them the FTS
/// index's slowest queries. OrderStore looks them up before building the query.
SearchCondition exactNumberCondition(qint64 orderId);
SearchCondition exactSiretCondition(const QString& siret);
/// The SIRET a text spells (14 digits, spaces allowed), or an empty string.
QString siretIn(const QString& text);

/// `exact`: one of the conditions above, replacing the text's FTS condition.
SearchSql searchSql(const OrderQuery& query, const std::optional<SearchCondition>& exact);

} // namespace guichet::store
