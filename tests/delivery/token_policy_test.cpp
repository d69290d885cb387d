// The RA's policy for holder tokens, read from the settings the desk and the CLI share ([delivery]):
// a real INI file, every key, the defaults, and every value refused with the key named.

#include "delivery/token_preparation.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace guichet;
using namespace guichet::delivery;

namespace {

Result<TokenPolicy> policyFrom(const QTemporaryDir& dir, const QByteArray& ini)
{
    const QString path = dir.filePath(u"guichet.conf"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(ini);
    file.close();
    QSettings settings(path, QSettings::IniFormat);
    return TokenPolicy::fromSettings(settings);
}

} // namespace

TEST_CASE("Without a [delivery] group the token policy is the house's default", "[delivery][policy]")
{
    QTemporaryDir dir;
    const auto policy = policyFrom(dir, "[workflow]\nfourEyes=true\n");
    REQUIRE(policy.ok());
    CHECK(policy->soPinLength == 16);
    CHECK(policy->temporaryPinLength == 8);
    CHECK(policy->minimumPinLength == 6);
}

TEST_CASE("The RA sets the lengths of the SO PIN, the temporary PIN and the typed PIN", "[delivery][policy]")
{
    QTemporaryDir dir;
    const auto policy =
        policyFrom(dir, "[delivery]\nsoPinLength=24\ntemporaryPinLength=10\nminimumPinLength= 8\n");
    REQUIRE(policy.ok());
    CHECK(policy->soPinLength == 24);
    CHECK(policy->temporaryPinLength == 10);
    CHECK(policy->minimumPinLength == 8);

    // The SO PIN generated under this policy has the length asked.
    const auto soPin = TokenPreparation::randomSecret(policy->soPinLength, "ABCDEFGH23456789");
    REQUIRE(soPin.ok());
    CHECK(soPin->size() == 24);
}

TEST_CASE("A token policy the PIN letter or the token could not honour is refused, the key named",
          "[delivery][policy]")
{
    QTemporaryDir dir;
    const struct
    {
        const char* ini;
        const char* named;
    } wrong[] = {
        {"[delivery]\nsoPinLength=6\n", "delivery/soPinLength"},  // too weak a PUK
        {"[delivery]\nsoPinLength=33\n", "delivery/soPinLength"}, // longer than the letter prints
        {"[delivery]\ntemporaryPinLength=eight\n", "delivery/temporaryPinLength"},
        {"[delivery]\nminimumPinLength=3\n", "delivery/minimumPinLength"},
        {"[delivery]\ntemporaryPinLength=6\nminimumPinLength=8\n", "delivery/minimumPinLength"},
    };
    for (const auto& each : wrong) {
        INFO(each.ini);
        const auto policy = policyFrom(dir, each.ini);
        REQUIRE_FALSE(policy.ok());
        CHECK(policy.error().message.contains(QString::fromLatin1(each.named)));
    }
}

TEST_CASE("PINs a token would refuse are refused before the token is touched", "[delivery][policy]")
{
    // A card that takes PINs of 4 to 8 characters (as many do), and the house's default policy.
    token::TokenInfo card;
    card.minimumPinLength = 4;
    card.maximumPinLength = 8;
    TokenPolicy policy;
    policy.soPinLength = 8;

    CHECK(TokenPreparation::checkPinLengths(card, policy, std::size_t(6)).ok());
    CHECK(TokenPreparation::checkPinLengths(card, policy, std::nullopt).ok()); // temporary PIN: 8 digits

    const Status tooLong = TokenPreparation::checkPinLengths(card, policy, std::size_t(12));
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().message ==
          u"The PIN typed has 12 characters. This token accepts PINs of 4 to 8 characters. The holder types "
          "another PIN."_s);
    CHECK_FALSE(TokenPreparation::checkPinLengths(card, policy, std::size_t(3)).ok());

    policy.soPinLength = 16; // the default: more than this card takes
    const Status soPin = TokenPreparation::checkPinLengths(card, policy, std::size_t(6));
    REQUIRE_FALSE(soPin.ok());
    CHECK(soPin.error().message.contains(u"delivery/soPinLength"_s));

    policy.soPinLength = 8;
    policy.temporaryPinLength = 10;
    const Status temporary = TokenPreparation::checkPinLengths(card, policy, std::nullopt);
    REQUIRE_FALSE(temporary.ok());
    CHECK(temporary.error().message.contains(u"delivery/temporaryPinLength"_s));
    // A typed PIN does not need the temporary one to fit.
    CHECK(TokenPreparation::checkPinLengths(card, policy, std::size_t(8)).ok());

    // A token that states no maximum (0) takes any length from its minimum up.
    card.maximumPinLength = 0;
    CHECK(TokenPreparation::checkPinLengths(card, policy, std::size_t(64)).ok());
}
