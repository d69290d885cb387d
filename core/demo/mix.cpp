#include "mix.h"

#include "random.h"

#include <array>
#include <utility>

namespace guichet::demo {
namespace {

constexpr int batchA = 0;  // slots 0-11
constexpr int batchB = 12; // slots 12-19
constexpr int laPosteFirst = 20;
constexpr int ownAgentFirst = 23;
constexpr int singlesFirst = 27;

struct Group
{
    int first;
    int size;
};

Group groupOf(int slot)
{
    if (slot < batchB) {
        return {batchA, batchB - batchA};
    }
    if (slot < laPosteFirst) {
        return {batchB, laPosteFirst - batchB};
    }
    return {slot, 1};
}

OrganisationKind kindOf(quint64 seed, quint64 block, int slot)
{
    const Group group = groupOf(slot);
    if (group.size > 1) {
        DemoRandom random(seed, Stream::Mix, {block, quint64(group.first)});
        return random.chance(60) ? OrganisationKind::Company : OrganisationKind::PublicBody;
    }
    if (slot >= laPosteFirst && slot < ownAgentFirst) {
        return OrganisationKind::Company;
    }
    // One single organisation in four is a public body; a fixed pattern, so that every block has
    // at least 55 companies for its Kbis cases whatever the seed.
    return (quint64(slot) * 7 + block) % 4 == 0 ? OrganisationKind::PublicBody : OrganisationKind::Company;
}

std::array<Scenario, mixBlockSize> blockScenarios(quint64 seed, quint64 block)
{
    std::array<Scenario, mixBlockSize> scenarios{};
    std::size_t at = 0;
    for (const ScenarioShare& share : scenarioMix) {
        for (int i = 0; i < share.perHundred; ++i) {
            scenarios[at++] = share.scenario;
        }
    }
    Q_ASSERT(at == scenarios.size());

    DemoRandom random(seed, Stream::Mix, {block, 0xb10cULL});
    for (int i = mixBlockSize - 1; i > 0; --i) {
        std::swap(scenarios[std::size_t(i)], scenarios[std::size_t(random.between(0, i))]);
    }
    // A Kbis can only be outdated for a company: move the case to the next company slot.
    for (int slot = 0; slot < mixBlockSize; ++slot) {
        if (scenarios[std::size_t(slot)] != Scenario::KbisOutdated ||
            kindOf(seed, block, slot) == OrganisationKind::Company) {
            continue;
        }
        for (int step = 1; step < mixBlockSize; ++step) {
            const int other = (slot + step) % mixBlockSize;
            if (scenarios[std::size_t(other)] != Scenario::KbisOutdated &&
                kindOf(seed, block, other) == OrganisationKind::Company) {
                std::swap(scenarios[std::size_t(slot)], scenarios[std::size_t(other)]);
                break;
            }
        }
    }
    return scenarios;
}

} // namespace

QString toCode(Scenario scenario)
{
    switch (scenario) {
    case Scenario::ToVerify:
        return QStringLiteral("to-verify");
    case Scenario::ReadyToValidate:
        return QStringLiteral("ready-to-validate");
    case Scenario::Validated:
        return QStringLiteral("validated");
    case Scenario::Delivered:
        return QStringLiteral("delivered");
    case Scenario::CniFifteenYearRule:
        return QStringLiteral("cni-fifteen-year-rule");
    case Scenario::MissingDocument:
        return QStringLiteral("missing-document");
    case Scenario::ExpiredId:
        return QStringLiteral("expired-id");
    case Scenario::KbisOutdated:
        return QStringLiteral("kbis-outdated");
    case Scenario::NameMismatch:
        return QStringLiteral("name-mismatch");
    case Scenario::BirthDateMismatch:
        return QStringLiteral("birth-date-mismatch");
    case Scenario::SiretMismatch:
        return QStringLiteral("siret-mismatch");
    case Scenario::SirenCheckDigit:
        return QStringLiteral("siren-check-digit");
    case Scenario::LandlineOtp:
        return QStringLiteral("landline-otp");
    case Scenario::AwaitingSignature:
        return QStringLiteral("awaiting-signature");
    case Scenario::PaymentPending:
        return QStringLiteral("payment-pending");
    }
    Q_UNREACHABLE();
}

bool hasValidPieces(Scenario scenario)
{
    switch (scenario) {
    case Scenario::MissingDocument:
    case Scenario::ExpiredId:
    case Scenario::KbisOutdated:
    case Scenario::NameMismatch:
    case Scenario::BirthDateMismatch:
    case Scenario::SiretMismatch:
    case Scenario::SirenCheckDigit:
        return false;
    default:
        return true;
    }
}

SlotPlan planSlot(quint64 seed, int index)
{
    Q_ASSERT(index >= 0);
    SlotPlan plan;
    plan.block = quint64(index) / mixBlockSize;
    // Consecutive indexes visit the block's slots in a scattered order (37 is coprime with 100, so
    // this is a permutation): the first orders of a store show every portal and kind of dossier,
    // not one agent's batch of twelve, while each block of 100 keeps its exact mix.
    static_assert(mixBlockSize == 100);
    plan.slot = int((quint64(index % mixBlockSize) * 37 + 13) % mixBlockSize);
    plan.scenario = blockScenarios(seed, plan.block)[std::size_t(plan.slot)];
    const Group group = groupOf(plan.slot);
    plan.group = group.first;
    plan.groupSize = group.size;
    plan.agent = group.size > 1 || (plan.slot >= ownAgentFirst && plan.slot < singlesFirst);
    plan.laPoste = plan.slot >= laPosteFirst && plan.slot < ownAgentFirst;
    plan.kind = kindOf(seed, plan.block, plan.slot);
    return plan;
}

} // namespace guichet::demo
