#pragma once

// What the operator asked the order list to show: the filter bar's state, without sort or paging
// (the list keeps those). Converts to the store's OrderQuery.

#include "model/enums.h"
#include "store/order_store.h"

#include <QDate>
#include <QString>
#include <optional>

namespace guichet::ui {

struct OrderFilter
{
    /// Free text over the store's full-text index: holder, organisation, SIREN/SIRET, number.
    QString text;
    std::optional<Phase> phase;
    std::optional<DossierType> type;
    QString portal; ///< exact; empty = every portal
    QDate from;     ///< order date, inclusive; invalid = unbounded
    QDate to;       ///< inclusive; invalid = unbounded

    bool isEmpty() const { return *this == OrderFilter{}; }
    /// The store query for this filter with the given sort (offset and limit left at 0 and 100).
    store::OrderQuery toQuery(store::OrderSort sort, bool descending) const;

    friend bool operator==(const OrderFilter&, const OrderFilter&) = default;
};

} // namespace guichet::ui
