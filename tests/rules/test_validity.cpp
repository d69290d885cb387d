// Identity documents' validity on a day, with the French ID card's 15-year rule, and the Kbis
// extract's 3 months.

#include "rules/validity.h"

#include <catch2/catch.hpp>

using namespace guichet;
using namespace guichet::rules;

namespace {

const QString oldCardNumber = QStringLiteral("050692310285"); // issued June 2005
const QString newCardNumber = QStringLiteral("X4RTBPFW4");
const QDate adultBirth(1970, 3, 4);

DocumentFacts card(const QDate& issued, const QDate& printedExpiry, const QString& number = oldCardNumber)
{
    DocumentFacts facts;
    facts.identity = {IdDocumentKind::NationalIdCard, number};
    facts.issueDate = issued;
    facts.expiryDate = printedExpiry;
    return facts;
}

DocumentFacts passport(const QDate& issued, const QDate& printedExpiry)
{
    DocumentFacts facts;
    facts.identity = {IdDocumentKind::Passport, QStringLiteral("05AB12345")};
    facts.issueDate = issued;
    facts.expiryDate = printedExpiry;
    return facts;
}

} // namespace

TEST_CASE("An adult's card issued in 2005 is valid until 2020, not 2015", "[rules][validity]")
{
    const DocumentFacts facts = card(QDate(2005, 6, 10), QDate(2015, 6, 9));
    CHECK(effectiveExpiry(facts, adultBirth) == QDate(2020, 6, 9));
    CHECK(checkIdValidOn(facts, adultBirth, QDate(2016, 1, 1)));
    CHECK(checkIdValidOn(facts, adultBirth, QDate(2020, 6, 9)));
    const Verdict expired = checkIdValidOn(facts, adultBirth, QDate(2020, 6, 10));
    CHECK_FALSE(expired);
    CHECK(expired.reason.contains(u"five extra years"));
}

TEST_CASE("A minor's card issued in 2005 is not extended", "[rules][validity]")
{
    const DocumentFacts facts = card(QDate(2005, 6, 10), QDate(2015, 6, 9));
    const QDate minorBirth(1990, 1, 1); // 15 on the issue date
    CHECK(effectiveExpiry(facts, minorBirth) == QDate(2015, 6, 9));
    CHECK_FALSE(checkIdValidOn(facts, minorBirth, QDate(2016, 1, 1)));
    // 18 on the very day of issue counts as an adult; the day before 18 does not.
    CHECK(effectiveExpiry(facts, QDate(1987, 6, 10)) == QDate(2020, 6, 9));
    CHECK(effectiveExpiry(facts, QDate(1987, 6, 11)) == QDate(2015, 6, 9));
    // Birth date unknown: adulthood is not established, no extension.
    CHECK(effectiveExpiry(facts, QDate()) == QDate(2015, 6, 9));
}

TEST_CASE("The rule covers issues from 2 January 2004 to 31 December 2013", "[rules][validity]")
{
    CHECK(effectiveExpiry(card(QDate(2004, 1, 1), QDate(2013, 12, 31), QStringLiteral("040175012345")),
                          adultBirth) == QDate(2013, 12, 31));
    CHECK(effectiveExpiry(card(QDate(2004, 1, 2), QDate(2014, 1, 1), QStringLiteral("040175012345")),
                          adultBirth) == QDate(2019, 1, 1));
    CHECK(effectiveExpiry(card(QDate(2013, 12, 31), QDate(2023, 12, 30), QStringLiteral("131275012345")),
                          adultBirth) == QDate(2028, 12, 30));
    CHECK(effectiveExpiry(card(QDate(2014, 1, 2), QDate(2029, 1, 1), QStringLiteral("140175012345")),
                          adultBirth) == QDate(2029, 1, 1));
}

TEST_CASE("2021 cards and passports are never extended", "[rules][validity]")
{
    // A 2021-model number with an issue date in the window is contradictory: no extension either.
    CHECK(effectiveExpiry(card(QDate(2010, 5, 1), QDate(2020, 4, 30), newCardNumber), adultBirth) ==
          QDate(2020, 4, 30));
    CHECK(effectiveExpiry(card(QDate(2022, 5, 1), QDate(2032, 4, 30), newCardNumber), adultBirth) ==
          QDate(2032, 4, 30));
    const DocumentFacts oldPassport = passport(QDate(2010, 5, 1), QDate(2020, 4, 30));
    CHECK(effectiveExpiry(oldPassport, adultBirth) == QDate(2020, 4, 30));
    CHECK_FALSE(checkIdValidOn(oldPassport, adultBirth, QDate(2021, 1, 1)));
}

TEST_CASE("Without a number, the issue date tells an old card", "[rules][validity]")
{
    CHECK(effectiveExpiry(card(QDate(2006, 2, 3), QDate(2016, 2, 2), QString()), adultBirth) ==
          QDate(2021, 2, 2));
}

TEST_CASE("Without a printed expiry, the nominal duration from the issue date", "[rules][validity]")
{
    // Old card issued to an adult in 2008: 10 years, plus 5.
    CHECK(effectiveExpiry(card(QDate(2008, 3, 10), QDate()), adultBirth) == QDate(2023, 3, 9));
    // Old card issued in 2016: 10 years.
    CHECK(effectiveExpiry(card(QDate(2016, 3, 10), QDate(), QStringLiteral("160375012345")), adultBirth) ==
          QDate(2026, 3, 9));
    // Passport: 10 years for an adult, 5 for a minor or an unknown birth date.
    CHECK(effectiveExpiry(passport(QDate(2020, 1, 10), QDate()), adultBirth) == QDate(2030, 1, 9));
    CHECK(effectiveExpiry(passport(QDate(2020, 1, 10), QDate()), QDate(2010, 1, 1)) == QDate(2025, 1, 9));
    CHECK(effectiveExpiry(passport(QDate(2020, 1, 10), QDate()), QDate()) == QDate(2025, 1, 9));
    // A residence permit's duration depends on the permit: only the printed date says.
    DocumentFacts permit;
    permit.identity = {IdDocumentKind::ResidencePermit, QStringLiteral("AB1234567")};
    permit.issueDate = QDate(2020, 1, 10);
    CHECK_FALSE(effectiveExpiry(permit, adultBirth).isValid());
    const Verdict unknown = checkIdValidOn(permit, adultBirth, QDate(2021, 1, 1));
    CHECK_FALSE(unknown);
    CHECK(unknown.reason.contains(u"unknown"));
    permit.expiryDate = QDate(2030, 1, 9);
    CHECK(checkIdValidOn(permit, adultBirth, QDate(2021, 1, 1)));
    CHECK_FALSE(effectiveExpiry(DocumentFacts{}, adultBirth).isValid());
}

TEST_CASE("checkIdValidOn refuses a document issued after the day", "[rules][validity]")
{
    const Verdict v =
        checkIdValidOn(passport(QDate(2024, 6, 1), QDate(2034, 5, 31)), adultBirth, QDate(2024, 5, 1));
    CHECK_FALSE(v);
    CHECK(v.reason.contains(u"in the future"));
    const Verdict expired =
        checkIdValidOn(passport(QDate(2010, 5, 1), QDate(2020, 4, 30)), adultBirth, QDate(2020, 5, 1));
    CHECK(expired.reason.contains(u"expired on"));
    CHECK_FALSE(expired.reason.contains(u"five extra years"));
}

TEST_CASE("A Kbis extract is accepted up to 3 months old", "[rules][validity]")
{
    const QDate day(2024, 5, 15);
    CHECK(checkKbisRecent(QDate(2024, 5, 15), day));
    CHECK(checkKbisRecent(QDate(2024, 2, 15), day));
    const Verdict old = checkKbisRecent(QDate(2024, 2, 14), day);
    CHECK_FALSE(old);
    CHECK(old.reason.contains(u"more than 3 months old"));
    CHECK(checkKbisRecent(QDate(2024, 5, 16), day).reason.contains(u"after"));
    CHECK(checkKbisRecent(QDate(), day).reason.contains(u"unknown"));
    // At the end of a month, three months back is the last day of a shorter month.
    CHECK(checkKbisRecent(QDate(2024, 2, 29), QDate(2024, 5, 31)));
    CHECK_FALSE(checkKbisRecent(QDate(2024, 2, 28), QDate(2024, 5, 31)));
}
