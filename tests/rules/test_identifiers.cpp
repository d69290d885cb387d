// SIREN, SIRET and identity document numbers, on numbers published by INSEE and on the ID card
// specimens' numbers.

#include "rules/identifiers.h"

#include <catch2/catch.hpp>

using namespace guichet;
using namespace guichet::rules;

TEST_CASE("luhnValid on known numbers", "[rules][siren]")
{
    CHECK(luhnValid(u"79927398713")); // the classic example of the Luhn formula
    CHECK_FALSE(luhnValid(u"79927398710"));
    CHECK(luhnValid(u"552100554"));
    CHECK_FALSE(luhnValid(u"552100555"));
    CHECK(luhnValid(u"0"));
    CHECK_FALSE(luhnValid(u""));
    CHECK_FALSE(luhnValid(u"55210055a"));
    CHECK_FALSE(luhnValid(u"552 100 554")); // compaction is the caller's business
}

TEST_CASE("compactIdentifier removes spaces and dots only", "[rules][siren]")
{
    CHECK(compactIdentifier(u"552 100 554") == u"552100554");
    CHECK(compactIdentifier(u"552.100.554") == u"552100554");
    CHECK(compactIdentifier(u"552\u00A0100\u202F554") == u"552100554");
    CHECK(compactIdentifier(u"552-100") == u"552-100");
}

TEST_CASE("checkSiren", "[rules][siren]")
{
    // Published SIRENs: INSEE's example 732 829 320, 552 100 554, La Poste's 356 000 000.
    CHECK(checkSiren(QStringLiteral("732829320")));
    CHECK(checkSiren(QStringLiteral("552 100 554")));
    CHECK(checkSiren(QStringLiteral("552\u00A0100\u00A0554")));
    CHECK(checkSiren(QStringLiteral("356 000 000")));

    const Verdict shortOne = checkSiren(QStringLiteral("55210055"));
    CHECK_FALSE(shortOne);
    CHECK(shortOne.reason == u"The SIREN must have 9 digits; it has 8.");

    const Verdict wrongKey = checkSiren(QStringLiteral("552 100 555"));
    CHECK_FALSE(wrongKey);
    CHECK(wrongKey.reason == u"The SIREN's check digit is wrong.");

    // Two digits swapped: Luhn catches adjacent transpositions.
    CHECK_FALSE(checkSiren(QStringLiteral("551200554")));
    CHECK(checkSiren(QStringLiteral("55210O554")).reason == u"The SIREN may only contain digits.");
    CHECK(checkSiren(QStringLiteral("  ")).reason == u"The SIREN is missing.");
    CHECK(checkSiren(QStringLiteral("5521005540")).reason == u"The SIREN must have 9 digits; it has 10.");
}

TEST_CASE("checkSiret with the La Poste exception", "[rules][siren]")
{
    CHECK(checkSiret(QStringLiteral("732 829 320 00074")));
    CHECK(checkSiret(QStringLiteral("55210055400013")));
    const Verdict wrongKey = checkSiret(QStringLiteral("73282932000075"));
    CHECK_FALSE(wrongKey);
    CHECK(wrongKey.reason == u"The SIRET's check digit is wrong.");
    CHECK(checkSiret(QStringLiteral("7328293200007")).reason == u"The SIRET must have 14 digits; it has 13.");

    // La Poste's head office has a Luhn key (its digits add up to 26, not a multiple of 5)...
    CHECK(checkSiret(QStringLiteral("356 000 000 00048")));
    // ...an establishment does not (Luhn fails) but its digits add up to 25.
    CHECK_FALSE(luhnValid(u"35600000024221"));
    CHECK(checkSiret(QStringLiteral("356 000 000 24221")));
    // Sum 26: neither rule.
    CHECK_FALSE(checkSiret(QStringLiteral("35600000024222")));
    // The digit-sum rule is La Poste's alone: this SIRET's digits add up to 30 but its key is wrong.
    CHECK_FALSE(checkSiret(QStringLiteral("55210055400012")));
}

TEST_CASE("checkSiretMatchesSiren", "[rules][siren]")
{
    CHECK(checkSiretMatchesSiren(QStringLiteral("552 100 554 00013"), QStringLiteral("552100554")));
    CHECK(checkSiretMatchesSiren(QStringLiteral("35600000024221"), QStringLiteral("356 000 000")));
    const Verdict other =
        checkSiretMatchesSiren(QStringLiteral("73282932000074"), QStringLiteral("552 100 554"));
    CHECK_FALSE(other);
    CHECK(other.reason.contains(u"does not belong to SIREN 552100554"));
    CHECK_FALSE(checkSiretMatchesSiren(QStringLiteral("55210055400013"), QString()));
}

TEST_CASE("Old and 2021 national ID card numbers", "[rules][id-number]")
{
    // The BERTHIER specimens' numbers: issued June 1988 and September 1994, office 923.
    CHECK(isOldNationalIdCardNumber(QStringLiteral("880692310285")));
    CHECK(isOldNationalIdCardNumber(QStringLiteral("940992310285")));
    CHECK(isOldNationalIdCardNumber(QStringLiteral("1710GVA12345")));       // a consulate's letters
    CHECK(isOldNationalIdCardNumber(QStringLiteral("0504 2A1 12345")));     // Corsica, spaces typed
    CHECK_FALSE(isOldNationalIdCardNumber(QStringLiteral("881392310285"))); // month 13
    CHECK_FALSE(isOldNationalIdCardNumber(QStringLiteral("880692310A85")));
    CHECK_FALSE(isOldNationalIdCardNumber(QStringLiteral("X4RTBPFW4")));
    CHECK_FALSE(isOldNationalIdCardNumber(QString()));

    const auto cni = IdDocumentKind::NationalIdCard;
    CHECK(checkIdNumber(cni, QStringLiteral("880692310285")));
    CHECK(checkIdNumber(cni, QStringLiteral("X4RTBPFW4")));
    CHECK(checkIdNumber(cni, QStringLiteral("x4rtbpfw4")));
    const Verdict withO = checkIdNumber(cni, QStringLiteral("X4RTBPFO4"));
    CHECK_FALSE(withO);
    CHECK(withO.reason.contains(u"other than O"));
    CHECK_FALSE(checkIdNumber(cni, QStringLiteral("881392310285")));
    const Verdict ten = checkIdNumber(cni, QStringLiteral("X4RTBPFW42"));
    CHECK_FALSE(ten);
    CHECK(ten.reason.contains(u"this one has 10"));
}

TEST_CASE("Passport and residence permit numbers", "[rules][id-number]")
{
    const auto passport = IdDocumentKind::Passport;
    CHECK(checkIdNumber(passport, QStringLiteral("18AA12345")));
    CHECK(checkIdNumber(passport, QStringLiteral("L898902C3"))); // ICAO specimen
    CHECK(checkIdNumber(passport, QStringLiteral("C01X00T47"))); // German specimen
    CHECK_FALSE(checkIdNumber(passport, QStringLiteral("12345")));
    CHECK_FALSE(checkIdNumber(passport, QStringLiteral("18AA123456")));
    CHECK_FALSE(checkIdNumber(passport, QStringLiteral("18AA-1234")));

    // With the issuing state known, a French passport must have the French form.
    CHECK(checkIdNumber(passport, QStringLiteral("18 AA 12345"), QStringLiteral("FRA")));
    CHECK_FALSE(checkIdNumber(passport, QStringLiteral("L898902C3"), QStringLiteral("FRA")));
    CHECK(checkIdNumber(passport, QStringLiteral("L898902C3"), QStringLiteral("UTO")));

    const auto permit = IdDocumentKind::ResidencePermit;
    CHECK(checkIdNumber(permit, QStringLiteral("AB1234567")));
    CHECK(checkIdNumber(permit, QStringLiteral("7501234567")));
    CHECK_FALSE(checkIdNumber(permit, QStringLiteral("12345678")));
    CHECK_FALSE(checkIdNumber(permit, QStringLiteral("AB12345678")));

    CHECK_FALSE(checkIdNumber(IdDocumentKind::None, QStringLiteral("18AA12345")));
    CHECK(checkIdNumber(passport, QString()).reason == u"The identity document's number is missing.");
}
