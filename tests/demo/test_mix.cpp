// The mix of scenarios: exact counts per 1000 orders, phases and document statuses consistent with
// each scenario, and the RA checklist (rules::buildChecklist) failing exactly the items each
// scenario spoils, no more, no less.

#include "demo/demo_generator.h"
#include "demo_test_support.h"
#include "rules/checklist.h"

#include <QSet>
#include <catch2/catch.hpp>
#include <map>

using namespace guichet;
using namespace guichet::demo;
using guichet::demo::test::today;

namespace {

constexpr int sampleSize = 1000;

QString failureReasons(const rules::Checklist& checklist)
{
    QStringList reasons;
    for (const rules::ChecklistItem* item : checklist.failedItems()) {
        reasons.append(item->id + u": " + item->reason);
    }
    return reasons.join(u'\n');
}

QSet<QString> failedIds(const rules::Checklist& checklist)
{
    QSet<QString> ids;
    for (const rules::ChecklistItem* item : checklist.failedItems()) {
        ids.insert(item->id);
    }
    return ids;
}

/// What the checklist must fail for `order` of `scenario`, from the scenario's definition.
QSet<QString> expectedFailures(const Order& order, Scenario scenario)
{
    QSet<QString> ids;
    if (order.phase == Phase::Verification) {
        ids << QStringLiteral("holder.identity-recorded"); // step 4 is the operator's, still to do
        if (order.type == DossierType::Dematerialised) {
            ids << QStringLiteral("contracts.sent") << QStringLiteral("contracts.signed");
        }
    }
    switch (scenario) {
    case Scenario::MissingDocument: {
        ids << QStringLiteral("documents.imported");
        for (const Document& d : order.documents) {
            if (d.status != DocumentStatus::NotImported) {
                continue;
            }
            const QString code = toCode(d.kind);
            ids << u"confirm." + code;
            if (isIdentityDocument(d.kind)) {
                ids << code + u".number" << code + u".valid" << code + u".mrz";
            } else {
                ids << QStringLiteral("registration.siren-matches");
                if (d.kind == DocumentKind::KbisExtract) {
                    ids << QStringLiteral("kbis.recent");
                }
            }
        }
        break;
    }
    case Scenario::ExpiredId:
        ids << QStringLiteral("holder-id.valid");
        break;
    case Scenario::KbisOutdated:
        ids << QStringLiteral("kbis.recent");
        break;
    case Scenario::NameMismatch:
    case Scenario::BirthDateMismatch:
        ids << QStringLiteral("holder-id.mrz");
        break;
    case Scenario::SiretMismatch:
        ids << QStringLiteral("organisation.siret");
        break;
    case Scenario::SirenCheckDigit:
        ids << QStringLiteral("organisation.siren") << QStringLiteral("organisation.siret")
            << QStringLiteral("registration.siren-matches");
        break;
    case Scenario::LandlineOtp:
        ids << QStringLiteral("holder.otp-contact");
        break;
    case Scenario::AwaitingSignature:
        ids << QStringLiteral("contracts.signed");
        break;
    case Scenario::PaymentPending:
        ids << QStringLiteral("payment.received");
        break;
    default:
        break;
    }
    return ids;
}

} // namespace

TEST_CASE("Every block of 100 has the documented mix", "[demo][mix]")
{
    int total = 0;
    for (const ScenarioShare& share : scenarioMix) {
        total += share.perHundred;
    }
    REQUIRE(total == mixBlockSize);

    for (const quint64 seed : {quint64(1), quint64(20260316), quint64(0xdeadbeef)}) {
        const DemoGenerator generator(seed);
        std::map<Scenario, int> counts;
        for (int index = 0; index < sampleSize; ++index) {
            ++counts[generator.scenario(index)];
        }
        for (const ScenarioShare& share : scenarioMix) {
            INFO("seed " << seed << " " << toCode(share.scenario).toStdString());
            CHECK(counts[share.scenario] == share.perHundred * sampleSize / mixBlockSize);
        }
    }
}

TEST_CASE("The orders show their scenario in phases and statuses and agents and payment", "[demo][mix]")
{
    const DemoGenerator generator(20260316);
    std::map<Phase, int> phases;
    int withAgent = 0;
    int notImported = 0;
    int unpaid = 0;
    int paper = 0;
    int publicBodies = 0;
    for (int index = 0; index < sampleSize; ++index) {
        const Order order = generator.order(index, today());
        const Scenario scenario = generator.scenario(index);
        INFO(index << " " << toCode(scenario).toStdString());
        ++phases[order.phase];
        withAgent += order.agent ? 1 : 0;
        paper += order.type == DossierType::Paper ? 1 : 0;
        unpaid += order.payment.received ? 0 : 1;
        publicBodies += order.organisation.kind == OrganisationKind::PublicBody ? 1 : 0;
        // Exactly the required documents, in the platform's order.
        QList<DocumentKind> kinds;
        for (const Document& d : order.documents) {
            kinds.append(d.kind);
            notImported += d.status == DocumentStatus::NotImported ? 1 : 0;
            CHECK((d.status == DocumentStatus::Signed || d.status == DocumentStatus::Unsigned) ==
                  isContractual(d.kind));
        }
        CHECK(kinds == rules::requiredDocuments(order));
        CHECK(order.isValidated() == (scenario == Scenario::Validated || scenario == Scenario::Delivered));
        if (scenario == Scenario::KbisOutdated) {
            CHECK(order.organisation.kind == OrganisationKind::Company);
        }
        if (order.phase == Phase::Verification) {
            CHECK(order.recordedIdentity.isEmpty());
            CHECK(order.confirmations.isEmpty());
        } else {
            CHECK(order.recordedIdentity == order.document(DocumentKind::HolderId)->facts.identity);
            CHECK_FALSE(order.confirmations.isEmpty());
        }
    }
    CHECK(phases[Phase::Verification] == 160 + 60 + 100 + 60 + 60 + 50 + 40 + 40 + 30 + 60);
    CHECK(phases[Phase::AwaitingSignature] == 80);
    CHECK(phases[Phase::Validation] == 120 + 40);
    CHECK(phases[Phase::Generation] == 60);
    CHECK(phases[Phase::Delivered] == 40);
    CHECK(withAgent == 240);   // two batches (12 + 8) and 4 single orders with an agent per 100
    CHECK(notImported == 100); // one missing supporting document per MissingDocument order
    CHECK(unpaid == 40);
    CHECK(paper > 0);
    CHECK(paper < 150);
    CHECK(publicBodies > 100);
    CHECK(publicBodies < 450);
}

TEST_CASE("The RA checklist fails exactly what each scenario spoils", "[demo][mix][checklist]")
{
    for (const quint64 seed : {quint64(20260316), quint64(77)}) {
        const DemoGenerator generator(seed);
        for (int index = 0; index < sampleSize; ++index) {
            const Order order = generator.order(index, today());
            const Scenario scenario = generator.scenario(index);
            const rules::Checklist checklist = rules::buildChecklist(order, today());
            const QSet<QString> failed = failedIds(checklist);
            const QSet<QString> expected = expectedFailures(order, scenario);
            INFO("seed " << seed << " order " << index << " " << toCode(scenario).toStdString() << " "
                         << toCode(order.type).toStdString() << "\nfailed:   "
                         << QStringList(failed.values()).join(QLatin1Char(' ')).toStdString()
                         << "\nexpected: "
                         << QStringList(expected.values()).join(QLatin1Char(' ')).toStdString() << "\n"
                         << failureReasons(checklist).toStdString());
            CHECK(failed == expected);
            if (scenario == Scenario::Validated || scenario == Scenario::Delivered) {
                CHECK(checklist.allPassed());
            }
            if (scenario == Scenario::ReadyToValidate) {
                CHECK(checklist.supportingPiecesVerified());
                CHECK(checklist.count(rules::ItemState::AwaitingConfirmation) ==
                      2); // payment OK, dossier complete
            }
        }
    }
}
