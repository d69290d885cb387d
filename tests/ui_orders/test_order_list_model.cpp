// OrderListModel on a real store of demo orders: the model tester, paging, sorting through the
// store, filters and search, checklists computed for shown rows only, and changes announced by
// the session.

#include "desk_fixture.h"
#include "orders/checklist_digest.h"
#include "orders/checklist_digests.h"
#include "orders/order_list_model.h"
#include "rules/checklist.h"
#include "store/order_store.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace guichet;
using namespace Qt::StringLiterals;
using namespace guichet::ui;
using namespace guichet::ui::test;
using Column = OrderListModel::Column;

namespace {

QVariant cell(const OrderListModel& model, int row, Column column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, int(column)), role);
}

/// The store's own first rows for a query.
QList<store::OrderSummary> storeRows(DeskSession& session, store::OrderQuery query, int offset, int limit)
{
    query.offset = offset;
    query.limit = limit;
    auto rows = session.orders().find(query);
    REQUIRE(rows.ok());
    return *rows;
}

/// The store's folding for name sorts (core/store/text_fold.cpp), to check the order of names.
QString folded(const QString& text)
{
    QString result;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.category() != QChar::Mark_NonSpacing) {
            result.append(c);
        }
    }
    return result.toCaseFolded().replace(QChar(0x0153), QStringLiteral("oe")).simplified();
}

int phaseRank(const QString& code)
{
    return int(fromCode<Phase>(code).value_or(Phase::Cancelled));
}

} // namespace

TEST_CASE("the order list model passes QAbstractItemModelTester through queries", "[orders][model]")
{
    DeskFixture fixture;
    ModelTesterWarnings warnings;
    OrderListModel model(*fixture.session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);

    CHECK(model.rowCount() == demoOrders);
    CHECK(model.columnCount() == OrderListModel::columnTotal);
    model.sort(int(Column::Holder), Qt::AscendingOrder);
    OrderFilter filter;
    filter.phase = Phase::Verification;
    model.setFilter(filter);
    filter.text = QStringLiteral("zzzz-nobody");
    model.setFilter(filter);
    CHECK(model.rowCount() == 0);
    model.reload();
    model.setFilter({});
    CHECK(model.rowCount() == demoOrders);
    CHECK(warnings.messages().isEmpty());
    INFO(warnings.messages().join(u'\n').toStdString());
}

TEST_CASE("rows are read a page at a time, when shown", "[orders][model]")
{
    DeskFixture fixture;
    OrderListModel model(*fixture.session);
    CHECK(model.statistics().countQueries == 1);
    CHECK(model.statistics().pageQueries == 0);
    CHECK(model.rowCount() == demoOrders);
    CHECK(model.statistics().pageQueries == 0); // counting reads no rows

    const auto first = storeRows(*fixture.session, store::OrderQuery{}, 0, 1).constFirst();
    const auto last = storeRows(*fixture.session, store::OrderQuery{}, demoOrders - 1, 1).constFirst();

    CHECK(cell(model, 0, Column::Number).toString() == first.number);
    CHECK(cell(model, 0, Column::Holder).toString() == first.holderName);
    CHECK(cell(model, 0, Column::Siren).toString() == first.siren);
    CHECK(cell(model, 0, Column::Organisation).toString() == first.organisationName);
    CHECK(cell(model, 0, Column::Portal).toString() == first.portal);
    CHECK(cell(model, 0, Column::Phase).toString() == label(first.phase));
    CHECK(cell(model, 0, Column::Type).toString() == toCode(first.type));
    CHECK(cell(model, 0, Column::Date, OrderListModel::DateRole).toDate() == first.date);
    CHECK(model.orderFromIndex(model.index(0, 3)) == first.id);
    CHECK(model.statistics().pageQueries == 1);
    for (int row = 1; row < 200; ++row) {
        (void)cell(model, row, Column::Holder);
    }
    CHECK(model.statistics().pageQueries == 1); // the first page holds 200 rows

    CHECK(cell(model, demoOrders - 1, Column::Number).toString() == last.number);
    CHECK(model.orderFromIndex(model.index(demoOrders - 1, 0)) == last.id);
    CHECK(model.statistics().pageQueries == 2);

    // Known rows can be found by order; rows never read cannot (without asking the store).
    CHECK(model.indexFromOrder(last.id).row() == demoOrders - 1);
    CHECK(model.indexFromOrder(first.id, Column::Phase) == model.index(0, int(Column::Phase)));
    const auto middle = storeRows(*fixture.session, store::OrderQuery{}, 1500, 1).constFirst();
    CHECK_FALSE(model.indexFromOrder(middle.id).isValid());
    CHECK(model.orderFromIndex({}) == 0);
}

TEST_CASE("days waiting counts from the order date to the session's today", "[orders][model]")
{
    DeskFixture fixture;
    OrderListModel model(*fixture.session);
    const QDate today = fixture.session->today();
    for (int row = 0; row < 300; row += 7) {
        const QDate date = cell(model, row, Column::Date, OrderListModel::DateRole).toDate();
        const auto phase =
            fromCode<Phase>(cell(model, row, Column::Phase, OrderListModel::PhaseCodeRole).toString());
        REQUIRE(phase);
        const QVariant days = cell(model, row, Column::DaysWaiting);
        if (*phase == Phase::Delivered || *phase == Phase::Cancelled) {
            CHECK_FALSE(days.isValid());
        } else {
            CHECK(days.toLongLong() == date.daysTo(today));
        }
    }
}

TEST_CASE("each sortable column sorts through the store, both ways", "[orders][model]")
{
    DeskFixture fixture;
    OrderListModel model(*fixture.session);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const int rows = 60;

    for (int c = 0; c < OrderListModel::columnTotal; ++c) {
        const auto column = Column(c);
        const auto storeSort = OrderListModel::storeSort(column);
        if (!storeSort) {
            const int before = int(resets.count());
            model.sort(c, Qt::AscendingOrder);
            CHECK(resets.count() == before); // not sortable: nothing happens
            continue;
        }
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            INFO("column " << c << (order == Qt::AscendingOrder ? " ascending" : " descending"));
            const int before = int(resets.count());
            model.sort(c, order);
            CHECK(resets.count() == before + 1);
            CHECK(model.sortColumn() == column);
            CHECK(model.sortOrder() == order);
            CHECK(model.rowCount() == demoOrders);

            store::OrderQuery query;
            query.sort = *storeSort;
            query.descending = order == Qt::DescendingOrder;
            const auto expected = storeRows(*fixture.session, query, 0, rows);
            const int sign = order == Qt::AscendingOrder ? 1 : -1;
            for (int row = 0; row < rows; ++row) {
                REQUIRE(model.orderFromIndex(model.index(row, 0)) == expected.at(row).id);
                if (row == 0) {
                    continue;
                }
                // The rows are in order on what the column shows.
                int comparison = 0;
                switch (column) {
                case Column::Number:
                    comparison = cell(model, row - 1, column)
                                     .toString()
                                     .compare(cell(model, row, column).toString(), Qt::CaseInsensitive);
                    break;
                case Column::Date: {
                    const QDate a = cell(model, row - 1, column, OrderListModel::DateRole).toDate();
                    const QDate b = cell(model, row, column, OrderListModel::DateRole).toDate();
                    comparison = a < b ? -1 : a > b ? 1 : 0;
                    break;
                }
                case Column::Organisation:
                    comparison = folded(cell(model, row - 1, column).toString())
                                     .compare(folded(cell(model, row, column).toString()));
                    break;
                case Column::Phase:
                    comparison =
                        phaseRank(cell(model, row - 1, column, OrderListModel::PhaseCodeRole).toString()) -
                        phaseRank(cell(model, row, column, OrderListModel::PhaseCodeRole).toString());
                    break;
                case Column::Portal:
                    comparison =
                        cell(model, row - 1, column).toString().compare(cell(model, row, column).toString());
                    break;
                default:
                    break; // the holder sorts on the surname: the same rows as the store is enough
                }
                CHECK(comparison * sign <= 0);
            }
        }
    }
}

TEST_CASE("filters and search run a new query: one reset, no row signals", "[orders][model]")
{
    DeskFixture fixture;
    OrderListModel model(*fixture.session);
    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy counts(&model, &OrderListModel::matchCountChanged);

    const auto expectQuery = [&](const OrderFilter& filter) {
        const int before = int(resets.count());
        model.setFilter(filter);
        CHECK(aboutToReset.count() == before + 1);
        CHECK(resets.count() == before + 1);
        const auto expected = fixture.session->orders().count(filter.toQuery(store::OrderSort::Date, true));
        REQUIRE(expected.ok());
        CHECK(model.rowCount() == int(*expected));
        REQUIRE(counts.count() > 0);
        CHECK(counts.constLast().at(0).toInt() == int(*expected));
    };

    OrderFilter filter;
    filter.phase = Phase::Verification;
    expectQuery(filter);
    CHECK(model.rowCount() > 0);
    CHECK(model.rowCount() < demoOrders);
    for (int row = 0; row < std::min(model.rowCount(), 100); ++row) {
        CHECK(cell(model, row, Column::Phase, OrderListModel::PhaseCodeRole).toString() == u"verification");
    }

    filter.type = DossierType::Paper;
    expectQuery(filter);
    CHECK(cell(model, 0, Column::Type).toString() == u"P");

    const auto portals = fixture.session->orders().portals();
    REQUIRE(portals.ok());
    REQUIRE_FALSE(portals->isEmpty());
    filter = {};
    filter.portal = portals->constFirst();
    expectQuery(filter);
    CHECK(cell(model, 0, Column::Portal).toString() == portals->constFirst());

    const QDate today = fixture.session->today();
    filter = {};
    filter.from = today.addDays(-20);
    filter.to = today.addDays(-10);
    expectQuery(filter);
    CHECK(model.rowCount() > 0);
    for (int row = 0; row < std::min(model.rowCount(), 100); ++row) {
        const QDate date = cell(model, row, Column::Date, OrderListModel::DateRole).toDate();
        CHECK(date >= filter.from);
        CHECK(date <= filter.to);
    }

    // Search: a surname (full text), a SIREN, an order number.
    const auto sample = storeRows(*fixture.session, store::OrderQuery{}, 1234, 1).constFirst();
    filter = {};
    filter.text = sample.holderName.section(u' ', -1);
    expectQuery(filter);
    CHECK(model.rowCount() >= 1);
    filter.text = sample.siren;
    expectQuery(filter);
    CHECK(model.rowCount() >= 1);
    CHECK(cell(model, 0, Column::Siren).toString() == sample.siren);
    filter.text = u"  "_s + sample.number + u" "_s; // pasted with spaces around
    expectQuery(filter);
    CHECK(model.rowCount() == 1);
    CHECK(model.orderFromIndex(model.index(0, 0)) == sample.id);

    // The same filter again: no query.
    const int before = int(resets.count());
    model.setFilter(filter);
    CHECK(resets.count() == before);

    CHECK(inserted.count() == 0);
    CHECK(removed.count() == 0);
}

TEST_CASE("checklists are computed only for rows shown, a moment later", "[orders][model]")
{
    DeskFixture fixture;
    OrderListModel model(*fixture.session);
    model.checklists().setDelay(5);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // Rows 0-9 of the default list, as a view would paint them.
    int checked = 0;
    for (int row = 0; row < 10; ++row) {
        const QVariant text = cell(model, row, Column::Checklist);
        const auto phase =
            fromCode<Phase>(cell(model, row, Column::Phase, OrderListModel::PhaseCodeRole).toString());
        if (*phase == Phase::Generation || *phase == Phase::Delivered) {
            CHECK(text.toString() == u"Validated");
        } else if (*phase == Phase::Cancelled) {
            CHECK_FALSE(text.isValid());
        } else {
            CHECK(text.toString() == u"…");
            ++checked;
        }
    }
    REQUIRE(checked > 0);
    CHECK(model.checklists().computedCount() == 0); // nothing computed while painting
    REQUIRE_EVENTUALLY((model.checklists().computedCount()) == (checked));
    REQUIRE_EVENTUALLY(changed.count() >= 1);
    for (const auto& signal : changed) {
        const auto topLeft = signal.at(0).value<QModelIndex>();
        CHECK(topLeft.column() == int(Column::Checklist));
        CHECK(topLeft.row() < 10);
    }

    // The digest is the rules' checklist of the full order, as of the session's today.
    for (int row = 0; row < 10; ++row) {
        const qint64 orderId = model.orderFromIndex(model.index(row, 0));
        const auto order = fixture.session->order(orderId);
        REQUIRE(order.ok());
        if (order->isValidated() || order->phase == Phase::Cancelled) {
            continue;
        }
        const auto digest = ChecklistDigest::of(rules::buildChecklist(*order, fixture.session->today()));
        CHECK(cell(model, row, Column::Checklist).toString() == digest.text());
        CHECK(cell(model, row, Column::Checklist, Qt::ToolTipRole).toString() == digest.toolTip());
        CHECK(cell(model, row, Column::Checklist, Qt::DecorationRole).value<QIcon>().isNull() == false);
    }
    CHECK(model.checklists().computedCount() == checked); // asked again: cached
}

TEST_CASE("a decision refreshes its row's phase and checklist in place", "[orders][model]")
{
    DeskFixture fixture;
    const qint64 orderId = insertSample(*fixture.session, QStringLiteral("CMD-2026-9000001"), true);
    OrderListModel model(*fixture.session);
    OrderFilter filter;
    filter.phase = Phase::Validation;
    filter.text = QStringLiteral("CMD-2026-9000001");
    model.setFilter(filter);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.orderFromIndex(model.index(0, 0)) == orderId);
    model.checklists().setDelay(0);
    (void)cell(model, 0, Column::Checklist);
    REQUIRE_EVENTUALLY(cell(model, 0, Column::Checklist).toString() != u"…");
    const auto before = ChecklistDigest::of(
        rules::buildChecklist(*fixture.session->order(orderId), fixture.session->today()));
    REQUIRE(before.level() == ChecklistDigest::Level::Ready);
    CHECK(cell(model, 0, Column::Checklist).toString() == before.text());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    REQUIRE(fixture.session->validate(orderId).ok());
    REQUIRE(changed.count() == 1);
    CHECK(changed.at(0).at(0).value<QModelIndex>() == model.index(0, 0));
    CHECK(changed.at(0).at(1).value<QModelIndex>() == model.index(0, OrderListModel::columnTotal - 1));
    CHECK(resets.count() == 0);
    // It no longer matches "validation" but stays until the next query, showing its new phase.
    CHECK(model.rowCount() == 1);
    CHECK(cell(model, 0, Column::Phase).toString() == label(Phase::Generation));
    CHECK(cell(model, 0, Column::Checklist).toString() == u"Validated");
    model.reload();
    CHECK(model.rowCount() == 0);
}

TEST_CASE("a confirmation updates the checklist counts of its row", "[orders][model]")
{
    DeskFixture fixture;
    const qint64 orderId = insertSample(*fixture.session, QStringLiteral("CMD-2026-9000002"), false);
    OrderListModel model(*fixture.session);
    OrderFilter filter;
    filter.text = QStringLiteral("CMD-2026-9000002");
    model.setFilter(filter);
    REQUIRE(model.rowCount() == 1);
    model.checklists().setDelay(0);
    (void)cell(model, 0, Column::Checklist);
    REQUIRE_EVENTUALLY(cell(model, 0, Column::Checklist).toString() != u"…");
    const QString before = cell(model, 0, Column::Checklist).toString();
    CHECK(before.contains(u"to confirm"));

    const auto order = fixture.session->order(orderId);
    REQUIRE(order.ok());
    REQUIRE(fixture.session->confirm(orderId, rules::operatorItemIds(*order).constFirst()).ok());
    const QString after = cell(model, 0, Column::Checklist).toString();
    CHECK(after != before);
    const auto expected = ChecklistDigest::of(
        rules::buildChecklist(*fixture.session->order(orderId), fixture.session->today()));
    CHECK(after == expected.text());
}

TEST_CASE("a change to an order not read yet costs nothing", "[orders][model]")
{
    DeskFixture fixture;
    const qint64 orderId = insertSample(*fixture.session, QStringLiteral("CMD-2026-9000003"), false);
    OrderListModel model(*fixture.session);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const auto order = fixture.session->order(orderId);
    REQUIRE(fixture.session->confirm(orderId, rules::operatorItemIds(*order).constFirst()).ok());
    CHECK(changed.count() == 0);
    CHECK(model.statistics().pageQueries == 0);
}

TEST_CASE("ordersReset reloads the list", "[orders][model]")
{
    DeskFixture fixture;
    OrderListModel model(*fixture.session);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    (void)cell(model, 0, Column::Number);
    insertSample(*fixture.session, QStringLiteral("CMD-2026-9000004"), true);
    CHECK(model.rowCount() == demoOrders); // not announced yet
    emit fixture.session->ordersReset();
    CHECK(resets.count() == 1);
    CHECK(model.rowCount() == demoOrders + 1);
    CHECK(model.statistics().countQueries == 2);
}
