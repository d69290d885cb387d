// How list queries are driven (search_sql.h): whichever way, the same answers; and the ways
// really use the indexes they are meant to.

#include "store/search_sql.h"
#include "store/text_fold.h"
#include "store_fixture.h"

#include <QSqlQuery>
#include <algorithm>
#include <catch2/catch.hpp>
#include <functional>

using namespace guichet;
using namespace guichet::store;
using namespace guichet::store::test;
using namespace Qt::StringLiterals;

namespace {

QString plan(Database& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.prepare(u"EXPLAIN QUERY PLAN " + sql));
    for (qsizetype i = 0; i < values.size(); ++i) {
        query.bindValue(int(i), values.at(i));
    }
    REQUIRE(query.exec());
    QStringList lines;
    while (query.next()) {
        lines << query.value(3).toString();
    }
    return lines.join(u" | ");
}

QString listPlan(Database& db, const OrderQuery& query, Drive drive)
{
    const SearchSql search = searchSql(query, std::nullopt);
    return plan(db, u"SELECT o.id FROM orders o" + search.where(drive) + search.orderBy + u" LIMIT 100",
                search.values());
}

/// 4,500 orders: three in four held by a Dupont, two phases, three portals, both types.
struct Row
{
    qint64 id;
    QString number;
    QDate date;
    QString holderKey;
    bool dupont;
    Phase phase;
    QString portal;
    DossierType type;
};

struct LargeStore : TempStore
{
    static constexpr int size = 4500;
    QList<Row> rows;

    LargeStore()
    {
        QList<Dossier> dossiers;
        for (int i = 0; i < size; ++i) {
            const bool dupont = i % 4 != 0;
            const QString given = QStringLiteral("Jean%1").arg(i % 97);
            const QString surname = dupont ? QStringLiteral("Dupont") : QStringLiteral("Martin%1").arg(i);
            Dossier dossier = listDossier(
                QStringLiteral("N-%1").arg(i, 4, 10, QChar(u'0')), QDate(2020, 1, 1).addDays(i * 7 % 1000),
                given, surname, QStringLiteral("Org %1").arg(i % 13), QStringLiteral("552100554"),
                i % 2 ? Phase::Verification : Phase::Validation, QStringLiteral("P%1").arg(i % 3),
                i % 5 ? DossierType::Dematerialised : DossierType::Paper);
            dossiers.append(dossier);
            rows.append(Row{i + 1, dossier.order.number, dossier.order.date, holderSearchKey(given, surname),
                            dupont, dossier.order.phase, dossier.order.portal, dossier.order.type});
        }
        REQUIRE(orders->insertDossiers(dossiers).ok());
    }

    /// The numbers `query` should list, computed here from the rows.
    QStringList expected(const std::function<bool(const Row&)>& matches, OrderSort sort, bool descending,
                         int offset, int limit) const
    {
        QList<Row> selected;
        std::copy_if(rows.cbegin(), rows.cend(), std::back_inserter(selected), matches);
        std::sort(selected.begin(), selected.end(), [&](const Row& a, const Row& b) {
            const auto key = [sort](const Row& row) {
                return sort == OrderSort::HolderName ? row.holderKey : row.date.toString(Qt::ISODate);
            };
            const auto left = std::make_pair(key(a), a.id);
            const auto right = std::make_pair(key(b), b.id);
            return descending ? right < left : left < right;
        });
        QStringList numbers;
        for (qsizetype i = offset; i < std::min<qsizetype>(selected.size(), offset + limit); ++i) {
            numbers << selected.at(i).number;
        }
        return numbers;
    }

    QStringList found(const OrderQuery& query)
    {
        auto result = orders->find(query);
        REQUIRE(result.ok());
        QStringList numbers;
        for (const auto& row : *result) {
            numbers << row.number;
        }
        return numbers;
    }

    qint64 counted(const OrderQuery& query)
    {
        auto result = orders->count(query);
        REQUIRE(result.ok());
        return *result;
    }

    qint64 expectedCount(const std::function<bool(const Row&)>& matches) const
    {
        return std::count_if(rows.cbegin(), rows.cend(), matches);
    }
};

} // namespace

TEST_CASE("An unfiltered list comes from an index in every sort, both ways")
{
    TempStore store;
    for (auto sort : {OrderSort::Number, OrderSort::Date, OrderSort::HolderName, OrderSort::Organisation,
                      OrderSort::Phase, OrderSort::Portal}) {
        for (bool descending : {false, true}) {
            OrderQuery query;
            query.sort = sort;
            query.descending = descending;
            const QString used = listPlan(*store.db, query, Drive::Natural);
            INFO(used.toStdString());
            CHECK_FALSE(used.contains(u"TEMP B-TREE"_s));
            CHECK(used.contains(u"INDEX"_s));
        }
    }
}

TEST_CASE("A query driven by its order walks the sort index, one driven by text the FTS index")
{
    TempStore store;
    OrderQuery query;
    query.phase = Phase::Verification;
    query.sort = OrderSort::HolderName;
    QString used = listPlan(*store.db, query, Drive::ByOrder);
    INFO(used.toStdString());
    CHECK(used.contains(u"orders_by_holder"_s));
    CHECK_FALSE(used.contains(u"TEMP B-TREE"_s));

    query = OrderQuery{};
    query.text = u"dupont"_s;
    query.phase = Phase::Verification; // (phase, date) serves the date order
    used = listPlan(*store.db, query, Drive::ByOrder);
    INFO(used.toStdString());
    CHECK(used.contains(u"orders_by_phase"_s));
    CHECK_FALSE(used.contains(u"TEMP B-TREE FOR ORDER BY"_s));

    used = listPlan(*store.db, query, Drive::ByText);
    INFO(used.toStdString());
    CHECK(used.contains(u"INTEGER PRIMARY KEY"_s));
    CHECK(used.contains(u"VIRTUAL TABLE"_s));
}

TEST_CASE("Large result sets are the same whichever way the query is driven")
{
    LargeStore store;
    const auto dupont = [](const Row& row) {
        return row.dupont;
    };

    // Text with more matches than the probe's limit: driven by the order.
    OrderQuery query;
    query.text = u"dupont"_s;
    CHECK(store.found(query) == store.expected(dupont, OrderSort::Date, true, 0, 100));
    query.offset = 150;
    query.sort = OrderSort::HolderName;
    query.descending = false;
    CHECK(store.found(query) == store.expected(dupont, OrderSort::HolderName, false, 150, 100));
    CHECK(store.counted(query) == store.expectedCount(dupont));

    // With a filter as well.
    query = OrderQuery{};
    query.text = u"dupont"_s;
    query.phase = Phase::Verification;
    query.sort = OrderSort::HolderName;
    query.descending = false;
    query.offset = 1000;
    query.limit = 50;
    const auto dupontVerifying = [](const Row& row) {
        return row.dupont && row.phase == Phase::Verification;
    };
    CHECK(store.found(query) == store.expected(dupontVerifying, OrderSort::HolderName, false, 1000, 50));
    CHECK(store.counted(query) == store.expectedCount(dupontVerifying));

    query.phase.reset();
    query.portal = u"P1"_s;
    query.type = DossierType::Paper;
    const auto dupontPaperP1 = [](const Row& row) {
        return row.dupont && row.portal == u"P1"_s && row.type == DossierType::Paper;
    };
    query.offset = 0;
    CHECK(store.found(query) == store.expected(dupontPaperP1, OrderSort::HolderName, false, 0, 50));
    CHECK(store.counted(query) == store.expectedCount(dupontPaperP1));

    // A filter with many matches and a sort its index does not give.
    query = OrderQuery{};
    query.phase = Phase::Validation;
    query.sort = OrderSort::HolderName;
    query.descending = true;
    const auto validating = [](const Row& row) {
        return row.phase == Phase::Validation;
    };
    CHECK(store.found(query) == store.expected(validating, OrderSort::HolderName, true, 0, 100));
    CHECK(store.counted(query) == store.expectedCount(validating));

    // Text with few matches: driven by the text.
    query = OrderQuery{};
    query.text = u"martin1"_s;
    query.phase = Phase::Validation;
    const auto martin1 = [](const Row& row) {
        return row.holderKey.contains(u"martin1"_s) && row.phase == Phase::Validation;
    };
    CHECK(store.found(query) == store.expected(martin1, OrderSort::Date, true, 0, 100));
    CHECK(store.counted(query) == store.expectedCount(martin1));

    // A short number prefix matching every order, and one matching a quarter of them.
    query = OrderQuery{};
    query.text = u"N-"_s;
    query.sort = OrderSort::HolderName;
    query.descending = false;
    query.limit = 30;
    CHECK(store.found(query) ==
          store.expected([](const Row&) { return true; }, OrderSort::HolderName, false, 0, 30));
    query.text = u"n-1"_s;
    query.sort = OrderSort::Date;
    query.descending = true;
    const auto thousands = [](const Row& row) {
        return row.number.startsWith(u"N-1"_s);
    };
    CHECK(store.found(query) == store.expected(thousands, OrderSort::Date, true, 0, 30));
    CHECK(store.counted(query) == store.expectedCount(thousands));

    // An exact order number finds that order, in any case.
    query = OrderQuery{};
    query.text = u"n-0042"_s;
    CHECK(store.found(query) == QStringList{u"N-0042"_s});
    CHECK(store.counted(query) == 1);

    // Counts by phase and portal come from the activity counts; they agree with the rows.
    query = OrderQuery{};
    CHECK(store.counted(query) == LargeStore::size);
    query.phase = Phase::Verification;
    query.portal = u"P2"_s;
    CHECK(store.counted(query) == store.expectedCount([](const Row& row) {
        return row.phase == Phase::Verification && row.portal == u"P2"_s;
    }));
}
