// OrderPager: pages read on demand, a bounded LRU cache, and rows past the middle read from the
// other end, identical to the forward order.

#include "desk_fixture.h"
#include "orders/order_pager.h"
#include "store/order_store.h"

using namespace guichet;
using namespace guichet::ui;
using namespace guichet::ui::test;

TEST_CASE("the pager reads only the pages asked for and keeps a bounded number", "[orders][pager]")
{
    DeskFixture fixture;
    OrderPager pager(fixture.session->orders(), 50, 4);
    REQUIRE(pager.reset(store::OrderQuery{}).ok());
    CHECK(pager.count() == demoOrders);
    CHECK(pager.statistics().countQueries == 1);
    CHECK(pager.statistics().pageQueries == 0);

    REQUIRE(pager.row(0));
    REQUIRE(pager.row(49));
    CHECK(pager.statistics().pageQueries == 1);
    CHECK(pager.cachedRow(50) == nullptr);

    for (int page = 1; page < 10; ++page) {
        REQUIRE(pager.row(page * 50));
    }
    CHECK(pager.statistics().pageQueries == 10);
    // Four pages kept: the last four read. Page 0 went first.
    CHECK(pager.cachedRow(0) == nullptr);
    CHECK(pager.cachedRow(9 * 50) != nullptr);
    CHECK(pager.cachedRow(6 * 50) != nullptr);
    CHECK(pager.cachedRow(5 * 50) == nullptr);
    REQUIRE(pager.row(6 * 50 + 7));
    CHECK(pager.statistics().pageQueries == 10);
    REQUIRE(pager.row(0));
    CHECK(pager.statistics().pageQueries == 11);

    CHECK(pager.row(-1) == nullptr);
    CHECK(pager.row(demoOrders) == nullptr);
    CHECK_FALSE(pager.takeError().has_value());
}

TEST_CASE("rows read from the end are the forward order's rows", "[orders][pager]")
{
    DeskFixture fixture;
    for (const auto sort : {store::OrderSort::Date, store::OrderSort::HolderName, store::OrderSort::Phase}) {
        for (const bool descending : {true, false}) {
            store::OrderQuery query;
            query.sort = sort;
            query.descending = descending;
            query.offset = 1400;
            query.limit = -1;
            const auto forward = fixture.session->orders().find(query);
            REQUIRE(forward.ok());
            REQUIRE(forward->size() == demoOrders - 1400);

            OrderPager pager(fixture.session->orders(), 200, 25);
            REQUIRE(pager.reset(query).ok());
            for (int row = 1400; row < demoOrders; ++row) {
                const store::OrderSummary* summary = pager.row(row);
                REQUIRE(summary);
                REQUIRE(summary->id == forward->at(row - 1400).id);
            }
        }
    }
}

TEST_CASE("a changed order is replaced where it is cached", "[orders][pager]")
{
    DeskFixture fixture;
    OrderPager pager(fixture.session->orders(), 100, 3);
    REQUIRE(pager.reset(store::OrderQuery{}).ok());
    store::OrderSummary summary = *pager.row(42);
    CHECK(pager.cachedRowOf(summary.id) == 42);
    summary.phase = Phase::Cancelled;
    CHECK(pager.replace(summary) == 42);
    CHECK(pager.row(42)->phase == Phase::Cancelled);

    summary.id = -5;
    CHECK(pager.replace(summary) == -1);
    CHECK(pager.cachedRowOf(-5) == -1);
}
