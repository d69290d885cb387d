#include "qt_wait.h"
#include "token/pin_policy.h"

#include <catch2/catch.hpp>

using namespace guichet::token;

namespace {

TokenInfo usableToken(PinFlags flags = {})
{
    TokenInfo token;
    token.initialized = true;
    token.userPinInitialized = true;
    token.loginRequired = true;
    token.userPin = flags;
    return token;
}

} // namespace

TEST_CASE("The PIN state is the most severe of the PIN flags", "[token][pin]")
{
    CHECK(pinState({}) == PinState::Ok);
    CHECK(pinState({.toBeChanged = true}) == PinState::ToBeChanged);
    CHECK(pinState({.countLow = true, .toBeChanged = true}) == PinState::CountLow);
    CHECK(pinState({.countLow = true, .finalTry = true}) == PinState::FinalTry);
    CHECK(pinState({.countLow = true, .finalTry = true, .locked = true}) == PinState::Locked);
    CHECK(pinStateText(PinState::Ok).isEmpty());
    for (const PinState state :
         {PinState::ToBeChanged, PinState::CountLow, PinState::FinalTry, PinState::Locked}) {
        CHECK_FALSE(pinStateText(state).isEmpty());
    }
}

TEST_CASE("Login policy: proceed, warn when tries were wasted, confirm the final try, refuse when locked",
          "[token][pin]")
{
    CHECK(loginAdvice(usableToken()).verdict == LoginVerdict::Proceed);
    CHECK(loginAdvice(usableToken()).message.isEmpty());

    const LoginAdvice low = loginAdvice(usableToken({.countLow = true}));
    CHECK(low.verdict == LoginVerdict::ProceedWithWarning);
    CHECK(low.message == pinStateText(PinState::CountLow));

    CHECK(loginAdvice(usableToken({.toBeChanged = true})).verdict == LoginVerdict::ProceedWithWarning);

    const LoginAdvice last = loginAdvice(usableToken({.countLow = true, .finalTry = true}));
    CHECK(last.verdict == LoginVerdict::ConfirmFinalTry);
    CHECK(last.message.contains(QStringLiteral("One try is left")));

    const LoginAdvice locked = loginAdvice(usableToken({.locked = true}));
    CHECK(locked.verdict == LoginVerdict::Refuse);
    CHECK(locked.message.contains(QStringLiteral("security officer")));
}

TEST_CASE("Login policy refuses blank tokens and tokens without a user PIN", "[token][pin]")
{
    TokenInfo blank = usableToken();
    blank.initialized = false;
    CHECK(loginAdvice(blank).verdict == LoginVerdict::Refuse);
    TokenInfo noPin = usableToken();
    noPin.userPinInitialized = false;
    CHECK(loginAdvice(noPin).verdict == LoginVerdict::Refuse);
}
