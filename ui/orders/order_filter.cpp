#include "order_filter.h"

namespace guichet::ui {

store::OrderQuery OrderFilter::toQuery(store::OrderSort sort, bool descending) const
{
    store::OrderQuery query;
    // Spaces around a pasted SIREN or name are not part of what the operator is looking for.
    query.text = text.trimmed();
    query.phase = phase;
    query.type = type;
    query.portal = portal;
    query.from = from;
    query.to = to;
    query.sort = sort;
    query.descending = descending;
    return query;
}

} // namespace guichet::ui
