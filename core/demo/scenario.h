#pragma once

// The demo's mix of dossiers: what is right and what is wrong with each generated order.
//
// Orders come in blocks of 100 consecutive indices. Each block holds exactly the counts below, in
// an order shuffled per block (so a block of 100, and any run of whole blocks, has the exact mix),
// and the same layout of organisations:
//   - slots 0-11: one organisation's batch of 12 orders, all through the same certification agent,
//     placed the same day (consecutive order numbers);
//   - slots 12-19: another batch of 8 with its agent;
//   - slots 20-22: three La Poste establishments (SIREN 356000000, SIRET digit sum a multiple of 5);
//   - slots 23-26: single orders with their own agent;
//   - slots 27-99: single orders without agent.
// Batches are a company or a public body (60/40); single organisations are public bodies one time in
// four. A "Kbis older than 3 months" order is always a company's.

#include <QString>
#include <span>

namespace guichet::demo {

enum class Scenario
{
    // Valid dossiers, at different stages.
    ToVerify,           ///< complete and valid; Verification, contractual documents not sent yet
    ReadyToValidate,    ///< complete, valid, signed and paid; Validation, pieces confirmed
    Validated,          ///< validated (irreversible); Generation
    Delivered,          ///< certificate handed over; Delivered
    CniFifteenYearRule, ///< valid, but the holder's old CNI (issued 2004-2013 to an adult) shows a past
                        ///< date: valid only through the 15-year rule; Verification
                        // Dossiers with something wrong; Verification unless said otherwise.
    MissingDocument,    ///< a required supporting document (an ID, the Kbis or SIRENE notice) not imported
    ExpiredId,          ///< the holder's ID expired (passport, pre-2004 or minor's old CNI, residence permit)
    KbisOutdated,       ///< the Kbis extract is more than 3 months old
    NameMismatch,       ///< the holder's surname in the order differs from the ID's MRZ (typo, other name)
    BirthDateMismatch,  ///< the holder's birth date in the order differs from the ID's MRZ
    SiretMismatch,      ///< the order's SIRET is valid but belongs to another SIREN
    SirenCheckDigit, ///< the order's SIREN has a wrong check digit (a typo; the register shows the right one)
    LandlineOtp,     ///< the holder's OTP contact is a landline: it cannot receive the code
    AwaitingSignature, ///< pieces verified; some contractual documents still unsigned; AwaitingSignature
    PaymentPending,    ///< signed, pieces verified, payment not received yet; Validation
};

struct ScenarioShare
{
    Scenario scenario;
    int perHundred;
};

/// The mix: how many orders of each block of 100 have each scenario (the counts add up to 100).
inline constexpr ScenarioShare scenarioMix[] = {
    {Scenario::ToVerify, 16},         {Scenario::ReadyToValidate, 12},   {Scenario::Validated, 6},
    {Scenario::Delivered, 4},         {Scenario::CniFifteenYearRule, 6}, {Scenario::MissingDocument, 10},
    {Scenario::ExpiredId, 6},         {Scenario::KbisOutdated, 6},       {Scenario::NameMismatch, 5},
    {Scenario::BirthDateMismatch, 4}, {Scenario::SiretMismatch, 4},      {Scenario::SirenCheckDigit, 3},
    {Scenario::LandlineOtp, 6},       {Scenario::AwaitingSignature, 8},  {Scenario::PaymentPending, 4},
};

inline constexpr int mixBlockSize = 100;

/// Stable code ("to-verify", "kbis-outdated"...), for the CLI and the tests.
QString toCode(Scenario scenario);

/// True for the scenarios whose pieces are all valid and match the order.
bool hasValidPieces(Scenario scenario);

} // namespace guichet::demo
