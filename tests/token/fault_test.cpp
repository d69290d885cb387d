#include "softhsm_fixture.h"
#include "token/pkcs11_error.h"

#include <catch2/catch.hpp>
#include <dlfcn.h>
#include <p11-kit/pkcs11.h>

using namespace guichet;
using namespace guichet::token;
using namespace guichet::token::test;
using namespace Qt::StringLiterals;

// SoftHSM never locks a PIN nor has a PIN pad: these tests go through the fault-injection module
// (fault_module.cpp), which forwards to SoftHSM and changes what the test asks for.

namespace {

unsigned long faultCounter(const char* name)
{
    // The module is loaded already (RTLD_NOLOAD): this finds that instance's counters.
    void* handle = dlopen(SoftHsm::faultModulePath().toLocal8Bit().constData(), RTLD_NOW | RTLD_NOLOAD);
    REQUIRE(handle != nullptr);
    const auto counter = reinterpret_cast<unsigned long (*)()>(dlsym(handle, name));
    REQUIRE(counter != nullptr);
    const unsigned long value = counter();
    dlclose(handle);
    return value;
}

unsigned long loginCalls()
{
    return faultCounter("guichet_fault_login_calls");
}

QByteArray flags(unsigned long value)
{
    return "0x" + QByteArray::number(static_cast<qulonglong>(value), 16);
}

} // namespace

TEST_CASE("A locked PIN: login is refused without sending the PIN, and says what to do", "[token][fault]")
{
    SoftHsm softhsm;
    softhsm.initToken();
    const ScopedEnv locked("GUICHET_FAULT_TOKEN_FLAGS", flags(CKF_USER_PIN_LOCKED));
    const auto module = openModule(SoftHsm::faultModulePath());
    TokenSession session = openTheSession(*module);

    CHECK(loginAdvice(session.token()).verdict == LoginVerdict::Refuse);
    const unsigned long before = loginCalls();
    const Status login = session.login(Pin::fromUtf8(userPin), FinalTry::Confirmed);
    REQUIRE_FALSE(login.ok());
    CHECK(login.error().message == pinStateText(PinState::Locked));
    CHECK(loginCalls() == before);
    CHECK_FALSE(session.isLoggedIn());
}

TEST_CASE("The final try needs the operator's explicit confirmation", "[token][fault]")
{
    SoftHsm softhsm;
    softhsm.initToken();
    const ScopedEnv finalTry("GUICHET_FAULT_TOKEN_FLAGS",
                             flags(CKF_USER_PIN_COUNT_LOW | CKF_USER_PIN_FINAL_TRY));
    const auto module = openModule(SoftHsm::faultModulePath());
    TokenSession session = openTheSession(*module);

    const LoginAdvice advice = loginAdvice(*session.refresh());
    CHECK(advice.verdict == LoginVerdict::ConfirmFinalTry);
    const unsigned long before = loginCalls();
    const Status unconfirmed = session.login(Pin::fromUtf8(userPin));
    REQUIRE_FALSE(unconfirmed.ok());
    CHECK(unconfirmed.error().message == advice.message);
    CHECK(loginCalls() == before);

    SECTION("a wrong PIN on the final try says the next one locks the token")
    {
        const Status wrong = session.login(Pin::fromUtf8("999999"), FinalTry::Confirmed);
        REQUIRE_FALSE(wrong.ok());
        CHECK(wrong.error().detail == u"C_Login: CKR_PIN_INCORRECT (0xa0)"_s);
        CHECK(wrong.error().message.startsWith(ckrSentence(CKR_PIN_INCORRECT)));
        CHECK(wrong.error().message.endsWith(pinStateText(PinState::FinalTry)));
    }
    SECTION("confirmed, the right PIN logs in")
    {
        REQUIRE(session.login(Pin::fromUtf8(userPin), FinalTry::Confirmed).ok());
        CHECK(loginCalls() == before + 1);
        CHECK(session.isLoggedIn());
    }
}

TEST_CASE("A PIN locked by the token at login reports CKR_PIN_LOCKED", "[token][fault]")
{
    SoftHsm softhsm;
    softhsm.initToken();
    const ScopedEnv lockedNow("GUICHET_FAULT_LOGIN_RV", flags(CKR_PIN_LOCKED));
    const auto module = openModule(SoftHsm::faultModulePath());
    TokenSession session = openTheSession(*module);
    const Status login = session.login(Pin::fromUtf8(userPin));
    REQUIRE_FALSE(login.ok());
    CHECK(login.error().message == ckrSentence(CKR_PIN_LOCKED));
    CHECK(login.error().detail == u"C_Login: CKR_PIN_LOCKED (0xa4)"_s);
}

TEST_CASE("A reader with a PIN pad logs in without a PIN from Guichet", "[token][fault]")
{
    SoftHsm softhsm;
    softhsm.initToken();
    const ScopedEnv pinPad("GUICHET_FAULT_TOKEN_FLAGS", flags(CKF_PROTECTED_AUTHENTICATION_PATH));
    const auto module = openModule(SoftHsm::faultModulePath());
    TokenSession session = openTheSession(*module);
    REQUIRE(session.token().protectedAuthenticationPath);
    const unsigned long padLogins = faultCounter("guichet_fault_pinpad_logins");

    SECTION("on the calling thread")
    {
        const ScopedEnv typed("GUICHET_FAULT_PINPAD_PIN", userPin);
        REQUIRE(session.loginWithPinPad().ok());
        CHECK(session.isLoggedIn());
    }
    SECTION("in the background, the result coming back to the caller's thread")
    {
        const ScopedEnv typed("GUICHET_FAULT_PINPAD_PIN", userPin);
        std::optional<Status> result;
        QObject context;
        session.loginWithPinPadInBackground().then(&context,
                                                   [&result](const Status& status) { result = status; });
        REQUIRE_EVENTUALLY(result.has_value());
        CHECK(result->ok());
        CHECK(session.isLoggedIn());
    }
    SECTION("cancelled on the pad")
    {
        const Status login = session.loginWithPinPad();
        REQUIRE_FALSE(login.ok());
        CHECK(login.error().detail == u"C_Login: CKR_FUNCTION_CANCELED (0x50)"_s);
    }
    CHECK(faultCounter("guichet_fault_pinpad_logins") == padLogins + 1); // with no PIN, each time
}

TEST_CASE("A token without a PIN pad refuses the PIN-pad login", "[token][softhsm]")
{
    SoftHsm softhsm;
    softhsm.initToken();
    const auto module = openModule();
    TokenSession session = openTheSession(*module);
    const Status login = session.loginWithPinPad();
    REQUIRE_FALSE(login.ok());
    CHECK(login.error().message.contains(u"no PIN pad"_s));
}

TEST_CASE("A slot without a token is listed empty, without an error", "[token][fault]")
{
    SoftHsm softhsm;
    softhsm.initToken();
    const ScopedEnv empty("GUICHET_FAULT_NO_TOKEN", "1");
    const auto module = openModule(SoftHsm::faultModulePath());
    const Result<QList<SlotInfo>> slotList = module->listSlots();
    REQUIRE(slotList.ok());
    REQUIRE_FALSE(slotList->isEmpty());
    for (const SlotInfo& slot : *slotList) {
        CHECK_FALSE(slot.token);
        CHECK_FALSE(slot.tokenProblem);
    }
    Pkcs11Uri uri;
    uri.token = QString::fromLatin1(tokenLabel);
    const Result<TokenSession> session = module->openSession(uri);
    REQUIRE_FALSE(session.ok());
    CHECK(session.error().message.contains(u"is not in any reader"_s));
}
