// rules::checkPresentedIdentity: the ID shown at the counter, typed or read from its MRZ (TD1, TD3,
// the old French card), against the dossier, on the day.

#include "rules/identity_check.h"
#include "sample_order.h"

#include <catch2/catch.hpp>

using namespace guichet;
using namespace guichet::rules;
using namespace Qt::StringLiterals;

namespace {

const QDate today(2026, 11, 21);

PresentedIdentity scanned(const QStringList& mrz)
{
    PresentedIdentity presented;
    presented.mrz = mrz;
    presented.faceMatches = true;
    return presented;
}

QStringList holderTd1(const Order& order, const QString& number = u"X4RTBPFW4"_s,
                      const QDate& expiry = QDate(2032, 5, 31))
{
    return testing::td1Mrz(number, order.holder.surname, order.holder.givenNames, order.holder.birthDate,
                           u'F', expiry);
}

} // namespace

TEST_CASE("The holder's ID card read from its MRZ passes and names the document presented",
          "[delivery][identity]")
{
    const Order order = testing::sampleOrder(today);
    const IdentityCheck check = checkPresentedIdentity(order, scanned(holderTd1(order)), today);
    INFO((check.ok() ? QString() : check.status().error().toString()).toStdString());
    REQUIRE(check.ok());
    CHECK(check.readFromMrz);
    CHECK(check.presented == IdentityRecord{IdDocumentKind::NationalIdCard, u"X4RTBPFW4"_s});
    CHECK(check.effectiveExpiry == QDate(2032, 5, 31));

    // A scanner types the lines as one string with line breaks.
    const IdentityCheck oneString =
        checkPresentedIdentity(order, scanned({holderTd1(order).join(u'\n') + u'\n'}), today);
    CHECK(oneString.ok());
}

TEST_CASE("Typed kind and number, without an MRZ, are checked against the record and the copy's dates",
          "[delivery][identity]")
{
    const Order order = testing::sampleOrder(today);
    PresentedIdentity typed;
    typed.document = {IdDocumentKind::NationalIdCard, u" x4rt bpfw4 "_s};
    typed.faceMatches = true;
    const IdentityCheck check = checkPresentedIdentity(order, typed, today);
    REQUIRE(check.ok());
    CHECK_FALSE(check.readFromMrz);
    CHECK(check.effectiveExpiry == QDate(2032, 5, 31)); // from the dossier's copy of the same card

    SECTION("another document")
    {
        typed.document = {IdDocumentKind::Passport, u"19FV12345"_s};
        const IdentityCheck other = checkPresentedIdentity(order, typed, today);
        REQUIRE_FALSE(other.ok());
        CHECK(other.has(u"document-number"_s));
        // Nothing says how long this passport is valid: not accepted either.
        CHECK(other.has(u"expired"_s));
    }
    SECTION("nothing typed")
    {
        const IdentityCheck none =
            checkPresentedIdentity(order, PresentedIdentity{{}, {}, {}, {}, true}, today);
        REQUIRE_FALSE(none.ok());
        CHECK(none.has(u"no-document"_s));
    }
}

TEST_CASE("The face must be attested by the operator", "[delivery][identity]")
{
    const Order order = testing::sampleOrder(today);
    PresentedIdentity presented = scanned(holderTd1(order));
    presented.faceMatches = false;
    const IdentityCheck check = checkPresentedIdentity(order, presented, today);
    REQUIRE_FALSE(check.ok());
    REQUIRE(check.mismatches.size() == 1);
    CHECK(check.mismatches.front().code == u"face-not-attested"_s);
    CHECK(check.status().error().message.startsWith(
        u"The identity check failed: The operator has not attested"_s));
}

TEST_CASE("Each mismatch between the MRZ and the dossier is named", "[delivery][identity]")
{
    const Order order = testing::sampleOrder(today);
    SECTION("another person's card")
    {
        const QStringList mrz = testing::td1Mrz(u"X4RTBPFW4"_s, u"Martin"_s, u"Paule"_s, QDate(1990, 1, 2),
                                                u'F', QDate(2032, 5, 31));
        const IdentityCheck check = checkPresentedIdentity(order, scanned(mrz), today);
        CHECK(check.has(u"surname"_s));
        CHECK(check.has(u"given-names"_s));
        CHECK(check.has(u"birth-date"_s));
        CHECK_FALSE(check.has(u"document-number"_s));
    }
    SECTION("a check digit mistyped")
    {
        QStringList mrz = holderTd1(order);
        mrz[0][14] = mrz[0][14] == u'1' ? u'2' : u'1'; // the document number's check digit
        const IdentityCheck check = checkPresentedIdentity(order, scanned(mrz), today);
        REQUIRE(check.has(u"mrz-check-digit"_s));
    }
    SECTION("a number typed that the MRZ contradicts")
    {
        PresentedIdentity presented = scanned(holderTd1(order));
        presented.document = {IdDocumentKind::NationalIdCard, u"X4RTBPFW5"_s};
        CHECK(checkPresentedIdentity(order, presented, today).has(u"document-number"_s));
    }
    SECTION("a passport's MRZ while an ID card was typed, and not the one recorded")
    {
        const QStringList mrz = testing::td3Mrz(u"19FV12345"_s, order.holder.surname, order.holder.givenNames,
                                                order.holder.birthDate, u'F', QDate(2029, 1, 1));
        PresentedIdentity presented = scanned(mrz);
        presented.document.kind = IdDocumentKind::NationalIdCard;
        const IdentityCheck check = checkPresentedIdentity(order, presented, today);
        CHECK(check.has(u"document-kind"_s));
        CHECK(check.has(u"document-number"_s));
        CHECK_FALSE(check.has(u"surname"_s));
    }
    SECTION("unreadable")
    {
        const IdentityCheck check = checkPresentedIdentity(order, scanned({u"IDFRA<<<garbage"_s}), today);
        CHECK(check.has(u"mrz-unreadable"_s));
    }
}

TEST_CASE("A document expired on the day is refused, the CNI 15-year rule applied", "[delivery][identity]")
{
    Order order = testing::sampleOrder(today);
    SECTION("the holder's card expired")
    {
        const QStringList mrz = holderTd1(order, u"X4RTBPFW4"_s, QDate(2026, 11, 20));
        const IdentityCheck check = checkPresentedIdentity(order, scanned(mrz), today);
        REQUIRE_FALSE(check.ok());
        CHECK(check.has(u"expired"_s));
        CHECK(checkPresentedIdentity(order, scanned(mrz), QDate(2026, 11, 20)).ok());
    }
    SECTION("a passport (TD3) recorded for the holder, valid")
    {
        order.recordedIdentity = {IdDocumentKind::Passport, u"19FV12345"_s};
        const QStringList mrz = testing::td3Mrz(u"19FV12345"_s, order.holder.surname, order.holder.givenNames,
                                                order.holder.birthDate, u'F', QDate(2029, 1, 1));
        const IdentityCheck check = checkPresentedIdentity(order, scanned(mrz), today);
        INFO((check.ok() ? QString() : check.status().error().toString()).toStdString());
        CHECK(check.ok());
        CHECK(check.presented.kind == IdDocumentKind::Passport);
    }
    SECTION("the agent's old card, printed expiry passed, valid 15 years")
    {
        const Order withAgent = testing::sampleOrderWithAgent(today);
        const CertificationAgent& agent = *withAgent.agent;
        const QStringList mrz = testing::frenchIdCardMrz(u"131206912345"_s, agent.surname, agent.givenNames,
                                                         agent.birthDate, u'F');
        const IdentityCheck check = checkAgentIdentity(withAgent, scanned(mrz), today);
        INFO((check.ok() ? QString() : check.status().error().toString()).toStdString());
        CHECK(check.ok());
        CHECK(check.effectiveExpiry == QDate(2028, 12, 9));
        // The holder is not the agent.
        CHECK(checkPresentedIdentity(withAgent, scanned(mrz), today).has(u"surname"_s));
        // After the 15 years, refused.
        CHECK(checkAgentIdentity(withAgent, scanned(mrz), QDate(2028, 12, 10)).has(u"expired"_s));
        // An order without agent.
        CHECK(checkAgentIdentity(order, scanned(mrz), today).has(u"no-document"_s));
    }
}
