#pragma once

// The rows of one order query, read from the store a page at a time and kept in a small LRU cache:
// a list over a million orders holds a few thousand rows at most, and only the pages looked at are
// ever read.

#include "model/result.h"
#include "store/order_store.h"

#include <QList>
#include <vector>

namespace guichet::ui {

class OrderPager
{
public:
    /// What the pager asked the store, for tests and benchmarks.
    struct Statistics
    {
        int countQueries = 0;
        int pageQueries = 0;
    };

    explicit OrderPager(store::OrderStore& store, int pageSize = 200, int maxPages = 25);

    /// Counts the orders matching `query` (its sort is the pages' order) and forgets every page.
    /// On failure the pager is empty and the error is returned.
    Status reset(const store::OrderQuery& query);
    /// Empties the pager without asking the store.
    void clear();

    int count() const { return m_count; }
    int pageSize() const { return m_pageSize; }
    const store::OrderQuery& query() const { return m_query; }

    /// Row `row`, its page read from the store if it is not cached. nullptr past the end, or when
    /// the read failed (takeError() then tells why).
    const store::OrderSummary* row(int row);
    /// Row `row` if its page is cached; never reads.
    const store::OrderSummary* cachedRow(int row) const;
    /// The row of `orderId` among the cached pages, or -1.
    int cachedRowOf(qint64 orderId) const;
    /// Replaces the cached row of `summary.id` (after the order changed); its row, or -1 if the
    /// order is on no cached page.
    int replace(const store::OrderSummary& summary);

    /// The last read error, once (so that a failing store is reported once, not once per cell).
    std::optional<Error> takeError();
    Statistics statistics() const { return m_statistics; }

private:
    struct Page
    {
        int index = 0;
        QList<store::OrderSummary> rows;
        quint64 lastUse = 0;
    };

    Page* cachedPage(int index);
    const Page* cachedPage(int index) const;
    Page* fetch(int index);

    store::OrderStore& m_store;
    const int m_pageSize;
    const int m_maxPages;
    store::OrderQuery m_query;
    int m_count = 0;
    // A handful of pages: a linear search beats any map at this size and keeps the LRU trivial.
    std::vector<Page> m_pages;
    quint64 m_clock = 0;
    std::optional<Error> m_error;
    Statistics m_statistics;
};

} // namespace guichet::ui
