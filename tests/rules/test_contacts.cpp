// E-mail addresses, SMS-capable phone numbers and the holder's OTP contact.

#include "rules/identifiers.h"

#include <catch2/catch.hpp>

using namespace guichet::rules;

TEST_CASE("Plausible e-mail addresses pass", "[rules][contact]")
{
    const auto address =
        GENERATE(as<QString>(), "jean.dupont@example.fr", "j.o'brien+ra@sub.example.co.uk",
                 "  anna@example.com  ", "elodie_78@mairie-lyon.fr", "contact@xn--bcher-kva.de");
    INFO(address.toStdString());
    CHECK(checkEmail(address));
}

TEST_CASE("An internationalised mailbox passes (RFC 6531)", "[rules][contact]")
{
    CHECK(checkEmail(QStringLiteral("élodie@exemple.fr")));
    CHECK(checkEmail(QStringLiteral("contact@bücher.de")));
}

TEST_CASE("Implausible e-mail addresses fail with a reason", "[rules][contact]")
{
    struct Case
    {
        const char* address;
        const char* reasonPart;
    };
    const auto c = GENERATE(values<Case>({
        {"", "missing"},
        {"jean.dupont", "no @"},
        {"jean@@example.fr", "more than one @"},
        {"jean@dupont@example.fr", "more than one @"},
        {"@example.fr", "nothing before the @"},
        {"jean@", "nothing after the @"},
        {"jean dupont@example.fr", "space"},
        {"jean@example", "has no dot"},
        {".jean@example.fr", "misplaced dot"},
        {"jean..dupont@example.fr", "misplaced dot"},
        {"jean(ra)@example.fr", "contains '('"},
        {"jean@-example.fr", "malformed"},
        {"jean@example..fr", "malformed"},
        {"jean@example.f", "malformed"},
        {"jean@example.123", "malformed"},
        {"jean@exam_ple.fr", "malformed"},
    }));
    const QString address = QString::fromUtf8(c.address);
    INFO(c.address);
    const Verdict v = checkEmail(address);
    CHECK_FALSE(v);
    CHECK(v.reason.contains(QString::fromUtf8(c.reasonPart)));
}

TEST_CASE("E-mail length limits", "[rules][contact]")
{
    CHECK(checkEmail(QString(64, u'a') + u"@example.fr"));
    CHECK_FALSE(checkEmail(QString(65, u'a') + u"@example.fr"));
    CHECK_FALSE(checkEmail(u"a@" + QString(250, u'b') + u".fr"));
}

TEST_CASE("French mobiles and international numbers can take an SMS", "[rules][contact]")
{
    const auto phone =
        GENERATE(as<QString>(), "06 12 34 56 78", "0612345678", "07.12.34.56.78", "07-12-34-56-78",
                 "+33 6 12 34 56 78", "+33 (0)6 12 34 56 78", "+33 06 12 34 56 78", "0033 7 12 34 56 78",
                 "+44 7700 900123", "+49 151 23456789", "0044 7700 900123", "+1 (415) 555-0123");
    INFO(phone.toStdString());
    CHECK(checkSmsPhone(phone));
}

TEST_CASE("Landlines, special numbers and malformed numbers are refused", "[rules][contact]")
{
    struct Case
    {
        const char* phone;
        const char* reasonPart;
    };
    const auto c = GENERATE(values<Case>({
        {"01 23 45 67 89", "landline"},
        {"04 78 12 34 56", "landline"},
        {"09 87 65 43 21", "landline"},
        {"+33 1 42 68 53 00", "landline"},
        {"08 00 12 34 56", "08"},
        {"0033 8 92 12 34 56", "08"},
        {"06 12 34 56 7", "10 digits; this one has 9"},
        {"06 12 34 56 78 9", "10 digits; this one has 11"},
        {"6 12 34 56 78", "French form"},
        {"+33 6 12 34 56 789", "9 digits after +33; this one has 10"},
        {"06 12 34 56 7a", "only contain digits"},
        {"+1234567", "8 to 15 digits"},
        {"+1234567890123456", "8 to 15 digits"},
        {"+06 12 34 56 78", "country code"},
        {"", "missing"},
    }));
    INFO(c.phone);
    const Verdict v = checkSmsPhone(QString::fromUtf8(c.phone));
    CHECK_FALSE(v);
    CHECK(v.reason.contains(QString::fromUtf8(c.reasonPart)));
}

TEST_CASE("toE164", "[rules][contact]")
{
    CHECK(toE164(QStringLiteral("06 12 34 56 78")) == u"+33612345678");
    CHECK(toE164(QStringLiteral("+33 (0)6 12 34 56 78")) == u"+33612345678");
    CHECK(toE164(QStringLiteral("0033 6.12.34.56.78")) == u"+33612345678");
    CHECK(toE164(QStringLiteral("01 23 45 67 89")) == u"+33123456789");
    CHECK(toE164(QStringLiteral("+44 7700 900123")) == u"+447700900123");
    CHECK(toE164(QStringLiteral("0044 7700 900123")) == u"+447700900123");
    // Overseas mobiles have their own country code.
    CHECK(toE164(QStringLiteral("0690 12 34 56")) == u"+590690123456");
    CHECK(toE164(QStringLiteral("0692 12 34 56")) == u"+262692123456");
    CHECK(toE164(QStringLiteral("0696 12 34 56")) == u"+596696123456");
    CHECK(toE164(QStringLiteral("06 12 34 56 7")).isEmpty());
    CHECK(toE164(QStringLiteral("00 00 12 34 56")).isEmpty());
    CHECK(toE164(QStringLiteral("+33 6 12")).isEmpty());
    CHECK(toE164(QStringLiteral("call me")).isEmpty());
    CHECK(toE164(QString()).isEmpty());
}

TEST_CASE("checkOtpContact takes an e-mail or an SMS-capable phone", "[rules][contact]")
{
    CHECK(checkOtpContact(QStringLiteral("anna@example.com")));
    CHECK(checkOtpContact(QStringLiteral("06 12 34 56 78")));
    CHECK(checkOtpContact(QStringLiteral("+44 7700 900123")));
    CHECK(checkOtpContact(QStringLiteral("01 23 45 67 89")).reason.contains(u"landline"));
    CHECK(checkOtpContact(QStringLiteral("anna@example")).reason.contains(u"has no dot"));
    CHECK(checkOtpContact(QStringLiteral(" ")).reason.contains(u"OTP contact is missing"));
}
