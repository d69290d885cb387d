// OrderListView driven as an operator would, by object name: keyboard, Enter to open, Ctrl+F to
// search, a filter set from outside, header state kept, errors shown; and a screenshot.

#include "desk_fixture.h"
#include "orders/checklist_digests.h"
#include "orders/order_filter_bar.h"
#include "orders/order_list_model.h"
#include "orders/order_list_view.h"
#include "store/database.h"
#include "store/order_store.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace guichet;
using namespace guichet::ui;
using namespace guichet::ui::test;
using namespace Qt::StringLiterals;
using Column = OrderListModel::Column;

namespace {

template <typename T> T* child(QWidget& parent, const char* name)
{
    T* widget = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

qint64 storeRowId(DeskSession& session, int offset)
{
    store::OrderQuery query;
    query.offset = offset;
    query.limit = 1;
    auto rows = session.orders().find(query);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    return rows->constFirst().id;
}

/// A view on screen (offscreen), active, as the desk shows it.
void show(QWidget& widget)
{
    widget.resize(1400, 640);
    widget.show();
    widget.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&widget));
}

} // namespace

TEST_CASE("arrows move, Enter opens the order on the current row", "[orders][view]")
{
    DeskFixture fixture;
    OrderListView view(*fixture.session);
    show(view);
    auto* table = child<QTableView>(view, "orderTable");
    QSignalSpy activated(&view, &OrderListView::orderActivated);
    QSignalSpy current(&view, &OrderListView::currentOrderChanged);

    view.focusList();
    REQUIRE_EVENTUALLY(table->hasFocus());
    CHECK(table->currentIndex().row() == 0);
    REQUIRE(current.count() == 1);
    CHECK(current.constLast().at(0).toLongLong() == storeRowId(*fixture.session, 0));

    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Down);
    CHECK(view.currentOrder() == storeRowId(*fixture.session, 2));
    CHECK(current.constLast().at(0).toLongLong() == storeRowId(*fixture.session, 2));
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(activated.count() == 1);
    CHECK(activated.constLast().at(0).toLongLong() == storeRowId(*fixture.session, 2));

    // PageDown goes a screenful further, reading the rows it lands on.
    QTest::keyClick(table, Qt::Key_PageDown);
    const int row = table->currentIndex().row();
    CHECK(row > 10);
    QTest::keyClick(table, Qt::Key_Enter);
    REQUIRE(activated.count() == 2);
    CHECK(activated.constLast().at(0).toLongLong() == storeRowId(*fixture.session, row));

    // Ctrl+End reaches the last of the orders.
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    CHECK(table->currentIndex().row() == demoOrders - 1);
    CHECK(view.currentOrder() == storeRowId(*fixture.session, demoOrders - 1));
}

TEST_CASE("a double-click opens the order too, and Ctrl+C copies its number", "[orders][view]")
{
    DeskFixture fixture;
    OrderListView view(*fixture.session);
    show(view);
    auto* table = child<QTableView>(view, "orderTable");
    QSignalSpy activated(&view, &OrderListView::orderActivated);
    const QRect rect = table->visualRect(table->model()->index(3, int(Column::Holder)));
    // A double-click is a click then a double-click event, as a real mouse sends them.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    REQUIRE(activated.count() == 1);
    CHECK(activated.constLast().at(0).toLongLong() == storeRowId(*fixture.session, 3));

    table->setFocus();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    CHECK(QApplication::clipboard()->text() ==
          table->model()->index(3, int(Column::Number)).data().toString());
}

TEST_CASE("Ctrl+F goes to the search, typing filters, Down comes back to the list", "[orders][view]")
{
    DeskFixture fixture;
    OrderListView view(*fixture.session);
    view.filterBar()->setSearchDelay(50);
    show(view);
    auto* table = child<QTableView>(view, "orderTable");
    auto* search = child<QLineEdit>(view, "orderSearch");
    auto* count = child<QLabel>(view, "orderCount");
    CHECK(count->text() == QStringLiteral("%1 orders").arg(QLocale().toString(demoOrders)));

    view.focusList();
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    REQUIRE_EVENTUALLY(search->hasFocus());

    store::OrderQuery query;
    query.offset = 777;
    query.limit = 1;
    const auto sample = fixture.session->orders().find(query)->constFirst();
    QTest::keyClicks(search, sample.siren);
    store::OrderQuery bySiren;
    bySiren.text = sample.siren;
    const qint64 expected = *fixture.session->orders().count(bySiren);
    REQUIRE_EVENTUALLY((view.model()->rowCount()) == (int(expected)));
    CHECK(count->text() == (expected == 1 ? u"1 order"_s : QStringLiteral("%1 orders").arg(expected)));

    QSignalSpy activated(&view, &OrderListView::orderActivated);
    QTest::keyClick(search, Qt::Key_Down);
    REQUIRE_EVENTUALLY(table->hasFocus());
    CHECK(table->currentIndex().row() == 0);
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(activated.count() == 1);
    CHECK(table->model()->index(0, int(Column::Siren)).data().toString() == sample.siren);
}

TEST_CASE("a letter typed in the list starts a search instead of walking the rows", "[orders][view]")
{
    DeskFixture fixture;
    OrderListView view(*fixture.session);
    view.filterBar()->setSearchDelay(20);
    show(view);
    auto* table = child<QTableView>(view, "orderTable");
    auto* search = child<QLineEdit>(view, "orderSearch");
    view.focusList();
    REQUIRE_EVENTUALLY(table->hasFocus());
    const int pagesBefore = view.model()->statistics().pageQueries;

    QTest::keyClick(table, 'X', Qt::ShiftModifier);
    REQUIRE_EVENTUALLY(search->hasFocus());
    CHECK(search->text() == u"X");
    QTest::keyClicks(search, u"yz"_s);
    CHECK(search->text() == u"Xyz");
    REQUIRE_EVENTUALLY((view.model()->filter().text) == (u"Xyz"_s));
    // The table's own keyboard search would have read every page looking for a row starting with X.
    CHECK(view.model()->statistics().pageQueries <= pagesBefore + 1);
}

TEST_CASE("the header's menu shows and hides columns", "[orders][view]")
{
    DeskFixture fixture;
    OrderListView view(*fixture.session);
    show(view);
    QHeaderView* header = child<QTableView>(view, "orderTable")->horizontalHeader();
    const int process = int(Column::Process);
    CHECK(header->isSectionHidden(process)); // the same for nearly every order: hidden at first
    auto* showProcess = header->findChild<QAction*>(QStringLiteral("showColumnAction%1").arg(process));
    REQUIRE(showProcess);
    CHECK_FALSE(showProcess->isChecked());
    showProcess->trigger();
    CHECK_FALSE(header->isSectionHidden(process));
    CHECK(header->sectionSize(process) > 20);

    auto* showSiren =
        header->findChild<QAction*>(QStringLiteral("showColumnAction%1").arg(int(Column::Siren)));
    REQUIRE(showSiren);
    showSiren->trigger();
    CHECK(header->isSectionHidden(int(Column::Siren)));
    const QByteArray state = view.saveState();

    OrderListView other(*fixture.session);
    REQUIRE(other.restoreState(state));
    QHeaderView* otherHeader = other.table()->horizontalHeader();
    CHECK(otherHeader->isSectionHidden(int(Column::Siren)));
    CHECK_FALSE(otherHeader->isSectionHidden(process));
    CHECK(otherHeader->findChild<QAction*>(QStringLiteral("showColumnAction%1").arg(int(Column::Siren)))
              ->isChecked() == false);
}

TEST_CASE("the activity summary's jump shows its filter and puts the keyboard on the list", "[orders][view]")
{
    DeskFixture fixture;
    OrderListView view(*fixture.session);
    show(view);
    const auto portals = fixture.session->orders().portals();
    REQUIRE(portals.ok());
    OrderFilter filter;
    filter.portal = portals->constLast();
    filter.phase = Phase::Verification;
    view.setFilter(filter);

    CHECK(child<QComboBox>(view, "portalFilter")->currentText() == portals->constLast());
    CHECK(child<QComboBox>(view, "phaseFilter")->currentText() == label(Phase::Verification));
    const qint64 expected = *fixture.session->orders().count(filter.toQuery(store::OrderSort::Date, true));
    CHECK(view.model()->rowCount() == int(expected));
    CHECK(view.model()->filter() == filter);
    auto* table = child<QTableView>(view, "orderTable");
    REQUIRE_EVENTUALLY(table->hasFocus());
    CHECK(table->currentIndex().row() == 0);
    CHECK(child<QLabel>(view, "orderCount")->text() == QStringLiteral("%1 orders").arg(expected));
}

TEST_CASE("only the store's sorts can be chosen from the header", "[orders][view]")
{
    DeskFixture fixture;
    OrderListView view(*fixture.session);
    show(view);
    QHeaderView* header = child<QTableView>(view, "orderTable")->horizontalHeader();
    CHECK(header->sortIndicatorSection() == int(Column::Date));
    CHECK(header->sortIndicatorOrder() == Qt::DescendingOrder);

    header->setSortIndicator(int(Column::Holder), Qt::AscendingOrder);
    CHECK(view.model()->sortColumn() == Column::Holder);
    CHECK(view.model()->sortOrder() == Qt::AscendingOrder);

    header->setSortIndicator(int(Column::DaysWaiting), Qt::AscendingOrder);
    CHECK(view.model()->sortColumn() == Column::Holder);
    CHECK(header->sortIndicatorSection() == int(Column::Holder)); // the arrow stays where the order is
    CHECK(header->sortIndicatorOrder() == Qt::AscendingOrder);
}

TEST_CASE("column widths, order and sort survive saveState and restoreState", "[orders][view]")
{
    DeskFixture fixture;
    QByteArray state;
    {
        OrderListView view(*fixture.session);
        show(view);
        QHeaderView* header = child<QTableView>(view, "orderTable")->horizontalHeader();
        header->resizeSection(int(Column::Organisation), 333);
        header->moveSection(header->visualIndex(int(Column::Portal)), 0);
        header->setSortIndicator(int(Column::Organisation), Qt::AscendingOrder);
        state = view.saveState();
    }
    OrderListView view(*fixture.session);
    show(view);
    REQUIRE(view.restoreState(state));
    QHeaderView* header = child<QTableView>(view, "orderTable")->horizontalHeader();
    CHECK(header->sectionSize(int(Column::Organisation)) == 333);
    CHECK(header->visualIndex(int(Column::Portal)) == 0);
    CHECK(view.model()->sortColumn() == Column::Organisation);
    CHECK(view.model()->sortOrder() == Qt::AscendingOrder);

    CHECK_FALSE(view.restoreState(QByteArray("not a state")));
    CHECK_FALSE(view.restoreState({}));
    CHECK(header->sectionSize(int(Column::Organisation)) == 333);
}

TEST_CASE("a store error is shown as a sentence, not swallowed", "[orders][view]")
{
    DeskFixture fixture;
    OrderListView view(*fixture.session);
    view.filterBar()->setSearchDelay(0);
    show(view);
    auto* error = child<QLabel>(view, "orderListError");
    CHECK_FALSE(error->isVisible());

    // The full-text index disappears under the desk (a damaged file, say).
    QSqlQuery drop(fixture.session->database().connection());
    REQUIRE(drop.exec(QStringLiteral("DROP TABLE order_search")));
    OrderFilter filter;
    filter.text = u"Martin"_s;
    view.setFilter(filter);
    CHECK(error->isVisible());
    CHECK_FALSE(error->text().isEmpty());
    CHECK(error->text() == view.model()->lastError());
    CHECK(view.model()->rowCount() == 0);
    CHECK(child<QLabel>(view, "orderCount")->text() == u"No orders");

    view.setFilter({});
    CHECK_FALSE(error->isVisible());
    CHECK(view.model()->rowCount() == demoOrders);
}

TEST_CASE("screenshot of the order list with demo data", "[orders][view][screenshot]")
{
    DeskFixture fixture;
    OrderListView view(*fixture.session);
    show(view);
    auto* table = child<QTableView>(view, "orderTable");
    view.focusList();
    QTest::keyClick(table, Qt::Key_Down);
    // Wait for the checklists of the rows on screen.
    REQUIRE_EVENTUALLY(!view.model()->checklists().hasPending());
    QTest::qWait(50);
    const QImage image = view.grab().toImage();
    REQUIRE(image.save(QStringLiteral("/tmp/orders-list.png")));
    const int visible = table->rowAt(table->viewport()->height() - 1) + 1;
    CHECK(visible > 10);
    for (int row = 0; row < visible; ++row) {
        CHECK(table->model()->index(row, int(Column::Checklist)).data().toString() != u"…");
    }
}
