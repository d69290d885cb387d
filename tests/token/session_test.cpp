#include "memory_scan.h"
#include "softhsm_fixture.h"
#include "token/pkcs11_error.h"

#include <catch2/catch.hpp>
#include <openssl/crypto.h>
#include <p11-kit/pkcs11.h>

using namespace guichet;
using namespace guichet::token;
using namespace guichet::token::test;
using namespace Qt::StringLiterals;

TEST_CASE("Slots are listed with their tokens: SoftHSM shows one spare empty slot", "[token][softhsm]")
{
    SoftHsm softhsm;
    softhsm.initToken();
    const auto module = openModule();
    CHECK(module->manufacturer() == u"SoftHSM"_s);

    const Result<QList<SlotInfo>> slotList = module->listSlots();
    REQUIRE(slotList.ok());
    REQUIRE(slotList->size() == 2);
    REQUIRE(slotList->at(0).token);
    REQUIRE(slotList->at(1).token);
    const SlotInfo& used = slotList->at(0).token->initialized ? slotList->at(0) : slotList->at(1);
    const SlotInfo& spare = slotList->at(0).token->initialized ? slotList->at(1) : slotList->at(0);
    REQUIRE(used.token);
    CHECK(used.token->label == QString::fromLatin1(tokenLabel));
    CHECK(used.token->manufacturer == u"SoftHSM project"_s);
    CHECK(used.token->model == u"SoftHSM v2"_s);
    CHECK(used.token->serial.size() == 16);
    CHECK(used.token->loginRequired);
    CHECK(used.token->userPinInitialized);
    CHECK_FALSE(used.token->protectedAuthenticationPath);
    CHECK(used.token->userPin == PinFlags{});
    CHECK_FALSE(used.tokenProblem);
    // SoftHSM's spare slot holds a blank token rather than none.
    REQUIRE(spare.token);
    CHECK_FALSE(spare.token->initialized);
}

TEST_CASE("A token's URI, built and parsed back, finds the same token", "[token][softhsm]")
{
    SoftHsm softhsm;
    softhsm.initToken();
    const auto module = openModule();
    const Pkcs11Uri uri = theTokenUri(*module);
    CHECK(uri.toString().startsWith(u"pkcs11:model=SoftHSM%20v2;manufacturer=SoftHSM%20project;serial="_s));
    CHECK(uri.toString().endsWith(u";token=Guichet%20Test"_s));

    const Result<Pkcs11Uri> parsed = Pkcs11Uri::parse(uri.toString());
    REQUIRE(parsed.ok());
    const Result<TokenInfo> found = module->findToken(*parsed);
    REQUIRE(found.ok());
    CHECK(found->uri() == uri);
    CHECK(found->label == QString::fromLatin1(tokenLabel));
}

TEST_CASE("Login with the right PIN, then logout", "[token][softhsm]")
{
    SoftHsm softhsm;
    softhsm.initToken();
    const auto module = openModule();
    TokenSession session = openTheSession(*module);
    CHECK_FALSE(session.isLoggedIn());
    const Status login = session.login(Pin::fromUtf8(userPin));
    INFO((login ? QString() : login.error().toString()).toStdString());
    REQUIRE(login.ok());
    CHECK(session.isLoggedIn());
    // A second session on the same token shares the login (PKCS#11 logins are per process).
    const Result<TokenSession> again = module->openSession(session.token().uri());
    REQUIRE(again.ok());
    CHECK(again->isLoggedIn());
    CHECK(session.login(Pin::fromUtf8("not even checked")).ok()); // logged in already
    REQUIRE(session.logout().ok());
    CHECK_FALSE(session.isLoggedIn());
    CHECK_FALSE(again->isLoggedIn());
}

TEST_CASE("A wrong PIN gives CKR_PIN_INCORRECT, and the PIN state then says count low", "[token][softhsm]")
{
    SoftHsm softhsm;
    softhsm.initToken();
    const auto module = openModule();
    TokenSession session = openTheSession(*module);

    const Status wrong = session.login(Pin::fromUtf8("000000"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().message == ckrSentence(CKR_PIN_INCORRECT));
    CHECK(wrong.error().detail == u"C_Login: CKR_PIN_INCORRECT (0xa0)"_s);
    CHECK_FALSE(session.isLoggedIn());

    // Listing again reads the flags afresh.
    const Result<TokenInfo> now = module->findToken(session.token().uri());
    REQUIRE(now.ok());
    CHECK(now->userPin.countLow);
    CHECK(pinState(now->userPin) == PinState::CountLow);
    CHECK(loginAdvice(*now).verdict == LoginVerdict::ProceedWithWarning);
    CHECK(session.refresh()->userPin.countLow);

    // The right PIN still works, and clears the warning.
    REQUIRE(session.login(Pin::fromUtf8(userPin)).ok());
    CHECK(pinState(session.refresh()->userPin) == PinState::Ok);
}

TEST_CASE("No token: a label no reader holds, a blank token", "[token][softhsm]")
{
    SoftHsm softhsm;
    softhsm.initToken();
    const auto module = openModule();

    Pkcs11Uri elsewhere = theTokenUri(*module);
    elsewhere.token = u"Not Here"_s;
    const Result<TokenSession> missing = module->openSession(elsewhere);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(u"Not Here"_s));
    CHECK(missing.error().message.contains(u"Insert it"_s));
    CHECK(missing.error().detail == u"no token matches "_s + elsewhere.toString());

    // The spare slot's blank token is not a token one can open a session on.
    Pkcs11Uri blank;
    blank.token = QString();
    CHECK_FALSE(module->openSession(blank).ok());
}

TEST_CASE("Login wipes the Pin: no copy of the PIN is left in the process's memory", "[token][softhsm][pin]")
{
    // The PIN only ever exists in clear inside softhsm2-util and inside Pin buffers: the test keeps
    // it in ROT13 and decodes it straight into the buffer.
    const auto rot13 = [](char c) -> char {
        if (c >= 'a' && c <= 'z') {
            return static_cast<char>('a' + (c - 'a' + 13) % 26);
        }
        if (c >= 'A' && c <= 'Z') {
            return static_cast<char>('A' + (c - 'A' + 13) % 26);
        }
        return c;
    };
#ifdef __SANITIZE_ADDRESS__
    WARN("Skipped under AddressSanitizer: its allocator keeps freed memory in quarantine, and its "
         "shadow memory cannot be scanned");
    return;
#endif
    const char hidden[] = "Mdk8Jd3Hqv";
    SoftHsm softhsm;
    run(u"sh"_s, {u"-c"_s, u"softhsm2-util --init-token --free --label 'Guichet Test' --so-pin 87654321 "
                           "--pin \"$(printf %s '"_s +
                               QString::fromLatin1(hidden) + u"' | tr A-Za-z N-ZA-Mn-za-m)\" >/dev/null"_s});
    const auto module = openModule();
    TokenSession session = openTheSession(*module);

    Pin needle; // the PIN to look for, in a buffer the scan leaves out
    for (const char c : std::string_view(hidden)) {
        needle.appendCodePoint(static_cast<unsigned char>(rot13(c)));
    }
    const auto needleBytes =
        std::span(reinterpret_cast<const unsigned char*>(needle.bytes().data()), needle.size());
    const auto needleStorage = needle.bytes().storageForTesting();

    Pin pin;
    for (const char c : std::string_view(hidden)) {
        pin.appendCodePoint(static_cast<unsigned char>(rot13(c)));
    }
    REQUIRE(occurrencesInMemory(needleBytes, needleStorage) == 1); // the Pin about to be used
    {
        // The scan does see the heap: a copy there is found (and then wiped).
        QByteArray copy(needle.bytes().data(), static_cast<qsizetype>(needle.size()));
        CHECK(occurrencesInMemory(needleBytes, needleStorage) == 2);
        OPENSSL_cleanse(copy.data(), static_cast<std::size_t>(copy.size()));
    }
    const Status login = session.login(std::move(pin));
    INFO((login ? QString() : login.error().toString()).toStdString());
    REQUIRE(login.ok());
    CHECK(occurrencesInMemory(needleBytes, needleStorage) == 0);
}
