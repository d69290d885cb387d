#include "softhsm_fixture.h"
#include "token/pkcs11_error.h"

#include <catch2/catch.hpp>
#include <optional>
#include <p11-kit/pkcs11.h>

using namespace guichet;
using namespace guichet::token;
using namespace guichet::token::test;
using namespace Qt::StringLiterals;

namespace {

/// SoftHSM's spare slot: the one whose token is not initialised.
unsigned long spareSlot(Pkcs11Module& module)
{
    const Result<QList<SlotInfo>> slotList = module.listSlots();
    REQUIRE(slotList.ok());
    std::optional<unsigned long> spare;
    for (const SlotInfo& slot : *slotList) {
        if (slot.token && !slot.token->initialized) {
            spare = slot.id;
        }
    }
    REQUIRE(spare);
    return *spare;
}

} // namespace

TEST_CASE("A blank token is initialised, gets its user PIN and takes a login", "[token][softhsm][admin]")
{
    SoftHsm softhsm;
    const auto module = openModule();
    const unsigned long slot = spareSlot(*module);
    const Status initialised = module->initToken(slot, u"Porteur Léa"_s, Pin::fromUtf8("so-secret"));
    INFO((initialised ? QString() : initialised.error().toString()).toStdString());
    REQUIRE(initialised.ok());

    const Result<TokenInfo> token = module->tokenInfo(slot);
    REQUIRE(token.ok());
    CHECK(token->initialized);
    CHECK(token->label == u"Porteur Léa"_s);
    CHECK_FALSE(token->userPinInitialized);

    Result<TokenSession> session = module->openSession(token->uri());
    REQUIRE(session.ok());
    // The user PIN cannot be set with a wrong SO PIN.
    const Status wrongSo = session->initUserPin(Pin::fromUtf8("not-the-so"), Pin::fromUtf8("2468"));
    REQUIRE_FALSE(wrongSo.ok());
    CHECK(wrongSo.error().detail == u"C_Login(CKU_SO): CKR_PIN_INCORRECT (0xa0)"_s);

    const Status pinSet = session->initUserPin(Pin::fromUtf8("so-secret"), Pin::fromUtf8("2468"));
    INFO((pinSet ? QString() : pinSet.error().toString()).toStdString());
    REQUIRE(pinSet.ok());
    CHECK(module->tokenInfo(slot)->userPinInitialized);
    CHECK_FALSE(session->isLoggedIn()); // the SO logged out again

    const Status wrong = session->login(Pin::fromUtf8("1357"));
    REQUIRE_FALSE(wrong.ok());
    const Status login = session->login(Pin::fromUtf8("2468"));
    INFO((login ? QString() : login.error().toString()).toStdString());
    REQUIRE(login.ok());
    REQUIRE(session->generateRsaKeyPair(2048, u"k"_s, QByteArray("\x01", 1)).ok());

    // The user is logged in: the SO cannot log in beside them.
    const Status whileLoggedIn = session->initUserPin(Pin::fromUtf8("so-secret"), Pin::fromUtf8("9999"));
    REQUIRE_FALSE(whileLoggedIn.ok());
    CHECK(whileLoggedIn.error().detail.startsWith(u"C_Login(CKU_SO): CKR_USER_ANOTHER_ALREADY_LOGGED_IN"_s));
}

TEST_CASE("Initialising a token refuses a long label and a token in use", "[token][softhsm][admin]")
{
    SoftHsm softhsm;
    softhsm.initToken();
    const auto module = openModule();
    CHECK(Pkcs11Module::loaded(SoftHsm::modulePath()) == module);

    const unsigned long spare = spareSlot(*module);
    const Status tooLong = module->initToken(spare, u"ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ"_s, Pin::fromUtf8(soPin)); // 34 bytes
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().detail == u"C_InitToken not called: label of 34 bytes"_s);

    // The token in use (an open session) cannot be wiped.
    const TokenSession session = openTheSession(*module);
    const Status inUse = module->initToken(session.token().slotId, u"Other"_s, Pin::fromUtf8(soPin));
    REQUIRE_FALSE(inUse.ok());
    CHECK(inUse.error().detail == u"C_InitToken: CKR_SESSION_EXISTS (0xb6)"_s);
}

TEST_CASE("No module instance is reported loaded once released", "[token][softhsm][admin]")
{
    SoftHsm softhsm;
    {
        const auto module = openModule();
        CHECK(Pkcs11Module::loaded(SoftHsm::modulePath()) != nullptr);
    }
    CHECK(Pkcs11Module::loaded(SoftHsm::modulePath()) == nullptr);
}
