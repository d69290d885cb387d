#include "order_pager.h"

#include <algorithm>
#include <limits>

namespace guichet::ui {

OrderPager::OrderPager(store::OrderStore& store, int pageSize, int maxPages)
    : m_store(store), m_pageSize(std::max(pageSize, 1)), m_maxPages(std::max(maxPages, 2))
{}

Status OrderPager::reset(const store::OrderQuery& query)
{
    clear();
    m_query = query;
    ++m_statistics.countQueries;
    auto counted = m_store.count(query);
    if (!counted) {
        return counted.error();
    }
    // Qt's models count rows in int; no RA holds two billion orders.
    m_count = int(std::min<qint64>(*counted, std::numeric_limits<int>::max()));
    return {};
}

void OrderPager::clear()
{
    m_pages.clear();
    m_count = 0;
    m_error.reset();
}

const store::OrderSummary* OrderPager::row(int row)
{
    if (row < 0 || row >= m_count) {
        return nullptr;
    }
    Page* page = cachedPage(row / m_pageSize);
    if (!page) {
        page = fetch(row / m_pageSize);
    }
    if (!page) {
        return nullptr;
    }
    page->lastUse = ++m_clock;
    const int offset = row % m_pageSize;
    // A page can come back short if orders were removed since the count.
    return offset < page->rows.size() ? &page->rows.at(offset) : nullptr;
}

const store::OrderSummary* OrderPager::cachedRow(int row) const
{
    if (row < 0 || row >= m_count) {
        return nullptr;
    }
    const Page* page = cachedPage(row / m_pageSize);
    const int offset = row % m_pageSize;
    return page && offset < page->rows.size() ? &page->rows.at(offset) : nullptr;
}

int OrderPager::cachedRowOf(qint64 orderId) const
{
    for (const Page& page : m_pages) {
        for (qsizetype i = 0; i < page.rows.size(); ++i) {
            if (page.rows.at(i).id == orderId) {
                return page.index * m_pageSize + int(i);
            }
        }
    }
    return -1;
}

int OrderPager::replace(const store::OrderSummary& summary)
{
    for (Page& page : m_pages) {
        for (qsizetype i = 0; i < page.rows.size(); ++i) {
            if (page.rows.at(i).id == summary.id) {
                page.rows[i] = summary;
                return page.index * m_pageSize + int(i);
            }
        }
    }
    return -1;
}

std::optional<Error> OrderPager::takeError()
{
    return std::exchange(m_error, std::nullopt);
}

OrderPager::Page* OrderPager::cachedPage(int index)
{
    const auto it =
        std::find_if(m_pages.begin(), m_pages.end(), [index](const Page& p) { return p.index == index; });
    return it == m_pages.end() ? nullptr : &*it;
}

const OrderPager::Page* OrderPager::cachedPage(int index) const
{
    const auto it =
        std::find_if(m_pages.cbegin(), m_pages.cend(), [index](const Page& p) { return p.index == index; });
    return it == m_pages.cend() ? nullptr : &*it;
}

OrderPager::Page* OrderPager::fetch(int index)
{
    store::OrderQuery query = m_query;
    const int first = index * m_pageSize;
    const int size = std::min(m_pageSize, m_count - first);
    // SQLite walks past every skipped row of an OFFSET, so a page near the end of a million rows
    // costs a walk through the whole index. Past the middle, the same rows are read in the reverse
    // order from the other end, which halves the worst case. Every sort ends with the order id, so
    // the reverse order is exactly the forward order reversed.
    const bool fromEnd = first > m_count / 2;
    if (fromEnd) {
        query.descending = !query.descending;
        query.offset = m_count - first - size;
    } else {
        query.offset = first;
    }
    query.limit = size;
    ++m_statistics.pageQueries;
    auto found = m_store.find(query);
    if (!found) {
        m_error = found.error();
        return nullptr;
    }
    if (fromEnd) {
        std::reverse(found->begin(), found->end());
    }
    if (int(m_pages.size()) >= m_maxPages) {
        const auto oldest =
            std::min_element(m_pages.begin(), m_pages.end(),
                             [](const Page& a, const Page& b) { return a.lastUse < b.lastUse; });
        m_pages.erase(oldest);
    }
    m_pages.push_back(Page{index, std::move(found).value(), ++m_clock});
    return &m_pages.back();
}

} // namespace guichet::ui
