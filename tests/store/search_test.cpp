// OrderStore's list: free-text search, filters, sorts, paging, counts and the activity summary.

#include "store/search_text.h"
#include "store/text_fold.h"
#include "store_fixture.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace guichet;
using namespace guichet::store;
using namespace guichet::store::test;
using namespace Qt::StringLiterals;

namespace {

/// Seven orders covering the filters and sorts; numbers in brackets are what the tests expect.
struct SearchStore : TempStore
{
    SearchStore()
    {
        const QString rhone = QStringLiteral("BPOI-Rhône");
        const QString nord = QStringLiteral("CCI-Nord");
        QList<Dossier> dossiers{
            listDossier(u"A-0001"_s, QDate(2024, 1, 10), u"Hélène"_s, u"Lefèvre"_s, u"Crème Brûlée SARL"_s,
                        u"552100554"_s, Phase::Verification, rhone),
            listDossier(u"A-0002"_s, QDate(2024, 2, 5), u"Jean"_s, u"Dupont"_s, u"Acme Industries"_s,
                        u"732829320"_s, Phase::Validation, rhone, DossierType::Paper),
            listDossier(u"A-0003"_s, QDate(2024, 2, 20), u"Helene"_s, u"Dupuis"_s, u"Mairie de Lyon"_s,
                        u"130005481"_s, Phase::Verification, nord),
            listDossier(u"B-0004"_s, QDate(2024, 3, 1), u"Émile"_s, u"Zola"_s, u"Éditions Fasquelle"_s,
                        u"552100554"_s, Phase::Generation, nord),
            listDossier(u"B-0005"_s, QDate(2024, 3, 15), u"Lætitia"_s, u"Cœur"_s, u"Œuvres Sociales"_s,
                        u"732829320"_s, Phase::AwaitingSignature, rhone, DossierType::Paper),
            listDossier(u"C-0006"_s, QDate(2023, 12, 31), u"Jean-Pierre"_s, u"Martin"_s, u"Martin & Fils"_s,
                        u"130005481"_s, Phase::Delivered, nord),
            listDossier(u"12-0007"_s, QDate(2024, 1, 1), u"Ana"_s, u"Li"_s, u"Li Corp"_s, QString(),
                        Phase::DataEntry, u"Est"_s),
        };
        auto status = orders->insertDossiers(dossiers);
        REQUIRE(status.ok());
    }

    /// The numbers found, in the order found.
    QStringList numbers(const OrderQuery& query)
    {
        auto found = orders->find(query);
        INFO((found.ok() ? QString() : found.error().toString()).toStdString());
        REQUIRE(found.ok());
        QStringList result;
        for (const auto& row : *found) {
            result.append(row.number);
        }
        // Whatever the list shows, count agrees with it when there is no paging.
        if (query.offset == 0 && (query.limit < 0 || result.size() < query.limit)) {
            auto counted = orders->count(query);
            REQUIRE(counted.ok());
            CHECK(*counted == result.size());
        }
        return result;
    }

    /// The numbers found by `text`, sorted.
    QStringList search(const QString& text)
    {
        OrderQuery query;
        query.text = text;
        QStringList found = numbers(query);
        found.sort();
        return found;
    }
};

QStringList list(std::initializer_list<const char*> numbers)
{
    QStringList result;
    for (const char* number : numbers) {
        result.append(QString::fromLatin1(number));
    }
    return result;
}

} // namespace

TEST_CASE("Folding removes case, accents and ligatures")
{
    CHECK(foldForSearch(u"  Hélène   LEFÈVRE "_s) == u"helene lefevre"_s);
    CHECK(foldForSearch(u"Lætitia Cœur, Œuvres"_s) == u"laetitia coeur, oeuvres"_s);
    CHECK(foldForSearch(u"Ærø Straße Ç ñ ﬁ Łukasz"_s) == u"aero strasse c n fi lukasz"_s);
    CHECK(holderSearchKey(u"Émile"_s, u"Zola"_s) == u"zola emile"_s);
}

TEST_CASE("Free text becomes an FTS5 expression, or a number prefix when too short")
{
    CHECK(analyseText(u"  "_s).isEmpty());
    CHECK(analyseText(u"Hélène"_s).match == u"\"helene\""_s);
    CHECK(analyseText(u"dupont  Jean"_s).match == u"\"dupont\" AND \"jean\""_s);
    CHECK(analyseText(u"Li Wei"_s).match == u"\"wei\""_s); // "li" cannot be matched by trigrams
    CHECK(analyseText(u"say \"hi\""_s).match == u"\"say\" AND \"\"\"hi\"\"\""_s);
    CHECK(analyseText(u"552 100 554"_s).match == u"\"552100554\""_s);
    const TextSearch shortText = analyseText(u" a1 "_s);
    CHECK(shortText.match.isEmpty());
    CHECK(shortText.numberPrefix == u"a1"_s);
}

TEST_CASE("Names are found with or without accents, in any case and word order")
{
    SearchStore store;
    CHECK(store.search(u"helene"_s) == list({"A-0001", "A-0003"}));
    CHECK(store.search(u"Hélène"_s) == list({"A-0001", "A-0003"}));
    CHECK(store.search(u"HÉLÈNE"_s) == list({"A-0001", "A-0003"}));
    CHECK(store.search(u"lefevre"_s) == list({"A-0001"}));
    CHECK(store.search(u"Hélène Lefèvre"_s) == list({"A-0001"}));
    CHECK(store.search(u"lefevre helene"_s) == list({"A-0001"}));
    CHECK(store.search(u"dup"_s) == list({"A-0002", "A-0003"}));
    CHECK(store.search(u"laetitia"_s) == list({"B-0005"}));
    CHECK(store.search(u"Lætitia cœur"_s) == list({"B-0005"}));
    CHECK(store.search(u"jean"_s) == list({"A-0002", "C-0006"}));
    CHECK(store.search(u"Jean-Pierre"_s) == list({"C-0006"}));
    CHECK(store.search(u"zorro"_s).isEmpty());
    CHECK(store.search(u"he\"lene"_s).isEmpty());       // quotes are text, not syntax
    CHECK(store.search(u"helene OR jean"_s).isEmpty()); // nor are operators
}

TEST_CASE("Organisations, SIREN, SIRET and order numbers are found")
{
    SearchStore store;
    CHECK(store.search(u"creme brulee"_s) == list({"A-0001"}));
    CHECK(store.search(u"Éditions"_s) == list({"B-0004"}));
    CHECK(store.search(u"oeuvres"_s) == list({"B-0005"}));
    CHECK(store.search(u"552100554"_s) == list({"A-0001", "B-0004"}));
    CHECK(store.search(u"552 100 554"_s) == list({"A-0001", "B-0004"}));
    CHECK(store.search(u"73282932000013"_s) == list({"A-0002", "B-0005"}));
    CHECK(store.search(u"A-0002"_s) == list({"A-0002"}));
    CHECK(store.search(u"a-000"_s) == list({"A-0001", "A-0002", "A-0003"}));
    CHECK(store.search(u"0007"_s) == list({"12-0007"}));
}

TEST_CASE("Text under three characters matches the start of order numbers")
{
    SearchStore store;
    CHECK(store.search(u"B"_s) == list({"B-0004", "B-0005"}));
    CHECK(store.search(u"b-"_s) == list({"B-0004", "B-0005"}));
    CHECK(store.search(u"12"_s) == list({"12-0007"}));
    CHECK(store.search(u"Li"_s).isEmpty()); // not a name search: too short for the index
    CHECK(store.search(u"x"_s).isEmpty());
}

TEST_CASE("Filters combine with each other and with text")
{
    SearchStore store;
    OrderQuery query;
    query.limit = -1;
    CHECK(store.numbers(query).size() == 7);

    query.phase = Phase::Verification;
    CHECK(store.numbers(query) == list({"A-0003", "A-0001"})); // newest first by default
    query.text = u"helene"_s;
    query.portal = u"CCI-Nord"_s;
    CHECK(store.numbers(query) == list({"A-0003"}));

    query = OrderQuery{};
    query.type = DossierType::Paper;
    CHECK(store.numbers(query) == list({"B-0005", "A-0002"}));

    query = OrderQuery{};
    query.portal = u"BPOI-Rhône"_s;
    CHECK(store.numbers(query) == list({"B-0005", "A-0002", "A-0001"}));

    query = OrderQuery{};
    query.from = QDate(2024, 2, 5);
    query.to = QDate(2024, 3, 1); // both inclusive
    CHECK(store.numbers(query) == list({"B-0004", "A-0003", "A-0002"}));
    query.to = QDate();
    CHECK(store.numbers(query) == list({"B-0005", "B-0004", "A-0003", "A-0002"}));
    query.text = u"55210"_s;
    CHECK(store.numbers(query) == list({"B-0004"}));
}

TEST_CASE("Every sort works both ways")
{
    SearchStore store;
    OrderQuery query;
    const auto sorted = [&](OrderSort sort, bool descending) {
        query.sort = sort;
        query.descending = descending;
        return store.numbers(query);
    };
    const auto reversed = [](QStringList numbers) {
        std::reverse(numbers.begin(), numbers.end());
        return numbers;
    };
    const auto byDate = list({"C-0006", "12-0007", "A-0001", "A-0002", "A-0003", "B-0004", "B-0005"});
    const auto byNumber = list({"12-0007", "A-0001", "A-0002", "A-0003", "B-0004", "B-0005", "C-0006"});
    // Surnames folded: Cœur, Dupont, Dupuis, Lefèvre, Li, Martin, Zola.
    const auto byHolder = list({"B-0005", "A-0002", "A-0003", "A-0001", "12-0007", "C-0006", "B-0004"});
    // Acme, Crème, Éditions, Li Corp, Mairie, Martin, Œuvres.
    const auto byOrganisation = list({"A-0002", "A-0001", "B-0004", "12-0007", "A-0003", "C-0006", "B-0005"});
    // The workflow's order; equal phases by date.
    const auto byPhase = list({"12-0007", "A-0001", "A-0003", "B-0005", "A-0002", "B-0004", "C-0006"});
    const auto byPortal = list({"A-0001", "A-0002", "B-0005", "C-0006", "A-0003", "B-0004", "12-0007"});

    CHECK(sorted(OrderSort::Date, false) == byDate);
    CHECK(sorted(OrderSort::Date, true) == reversed(byDate));
    CHECK(sorted(OrderSort::Number, false) == byNumber);
    CHECK(sorted(OrderSort::Number, true) == reversed(byNumber));
    CHECK(sorted(OrderSort::HolderName, false) == byHolder);
    CHECK(sorted(OrderSort::HolderName, true) == reversed(byHolder));
    CHECK(sorted(OrderSort::Organisation, false) == byOrganisation);
    CHECK(sorted(OrderSort::Organisation, true) == reversed(byOrganisation));
    CHECK(sorted(OrderSort::Phase, false) == byPhase);
    CHECK(sorted(OrderSort::Phase, true) == reversed(byPhase));
    CHECK(sorted(OrderSort::Portal, false) == byPortal);
    CHECK(sorted(OrderSort::Portal, true) == reversed(byPortal));
}

TEST_CASE("Pages follow each other without gaps or repeats, and count ignores paging")
{
    SearchStore store;
    OrderQuery query;
    query.sort = OrderSort::Date;
    query.descending = false;
    query.limit = 3;
    CHECK(store.numbers(query) == list({"C-0006", "12-0007", "A-0001"}));
    query.offset = 3;
    CHECK(store.numbers(query) == list({"A-0002", "A-0003", "B-0004"}));
    query.offset = 6;
    CHECK(store.numbers(query) == list({"B-0005"}));
    query.offset = 9;
    CHECK(store.numbers(query).isEmpty());
    query.offset = 0;
    query.limit = 1;
    CHECK(*store.orders->count(query) == 7);
}

TEST_CASE("A row of the list carries what the list shows")
{
    SearchStore store;
    OrderQuery query;
    query.text = u"A-0001"_s;
    auto found = store.orders->find(query);
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    const OrderSummary& row = found->at(0);
    CHECK(row.id > 0);
    CHECK(row.number == u"A-0001"_s);
    CHECK(row.date == QDate(2024, 1, 10));
    CHECK(row.holderName == u"Hélène Lefèvre"_s);
    CHECK(row.organisationName == u"Crème Brûlée SARL"_s);
    CHECK(row.siren == u"552100554"_s);
    CHECK(row.process == u"Génération Certificat"_s);
    CHECK(row.phase == Phase::Verification);
    CHECK(row.type == DossierType::Dematerialised);
    CHECK(row.portal == u"BPOI-Rhône"_s);
}

TEST_CASE("The activity summary counts what each portal has to verify, validate and generate")
{
    SearchStore store;
    auto portals = store.orders->portals();
    REQUIRE(portals.ok());
    CHECK(*portals == QStringList{u"BPOI-Rhône"_s, u"CCI-Nord"_s, u"Est"_s});

    const auto activityOf = [&](const QString& portal) {
        auto activity = store.orders->activity();
        REQUIRE(activity.ok());
        const auto it = std::find_if(activity->cbegin(), activity->cend(),
                                     [&](const PortalActivity& a) { return a.portal == portal; });
        REQUIRE(it != activity->cend());
        return *it;
    };
    PortalActivity rhone = activityOf(u"BPOI-Rhône"_s);
    CHECK(rhone.toVerify == 1);
    CHECK(rhone.awaitingSignature == 1);
    CHECK(rhone.toValidate == 1);
    CHECK(rhone.toGenerate == 0);
    PortalActivity nord = activityOf(u"CCI-Nord"_s);
    CHECK(nord.toVerify == 1);
    CHECK(nord.awaitingSignature == 0);
    CHECK(nord.toValidate == 0);
    CHECK(nord.toGenerate == 1); // the delivered order is not counted
    PortalActivity est = activityOf(u"Est"_s);
    CHECK(est.toVerify + est.awaitingSignature + est.toValidate + est.toGenerate == 0);

    // The counts follow the workflow.
    const qint64 id = store.orders->orderByNumber(u"A-0002"_s)->id;
    REQUIRE(store.orders->setPhase(id, Phase::Generation).ok());
    rhone = activityOf(u"BPOI-Rhône"_s);
    CHECK(rhone.toValidate == 0);
    CHECK(rhone.toGenerate == 1);
    REQUIRE(
        store.orders
            ->insertDossier(listDossier(u"D-0008"_s, QDate(2024, 4, 1), u"Noé"_s, u"Petit"_s, u"Petit SAS"_s,
                                        u"552100554"_s, Phase::Verification, u"CCI-Nord"_s))
            .ok());
    CHECK(activityOf(u"CCI-Nord"_s).toVerify == 2);
}

TEST_CASE("Fourteen digits find a SIRET exactly, or else any text holding them")
{
    TempStore store;
    QList<Dossier> dossiers{
        listDossier(u"R20240314000117"_s, QDate(2024, 3, 14), u"Ana"_s, u"Roy"_s, u"Mairie"_s, u"130005481"_s,
                    Phase::Verification, u"Est"_s),
        listDossier(u"R2"_s, QDate(2024, 3, 15), u"Bob"_s, u"Roy"_s, u"Mairie annexe"_s, u"130005481"_s,
                    Phase::Verification, u"Est"_s),
    };
    dossiers[1].order.organisation.siret = u"13000548100028"_s; // another establishment
    REQUIRE(store.orders->insertDossiers(dossiers).ok());
    for (const auto& text : {u"13000548100013"_s, u"130 005 481 00013"_s}) {
        OrderQuery query;
        query.text = text;
        auto found = store.orders->find(query);
        REQUIRE(found.ok());
        REQUIRE(found->size() == 1);
        CHECK(found->at(0).number == u"R20240314000117"_s);
        CHECK(*store.orders->count(query) == 1);
    }
    OrderQuery query;
    query.text = u"20240314000117"_s; // no such SIRET: part of an order number
    auto found = store.orders->find(query);
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK(found->at(0).number == u"R20240314000117"_s);
    query.text = u"130005481"_s; // the SIREN: both establishments
    CHECK(*store.orders->count(query) == 2);
}
