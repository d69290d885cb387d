#include "qt_wait.h"
#include "token/pkcs11_error.h"

#include <catch2/catch.hpp>
#include <libp11.h>
#include <openssl/err.h>
#include <p11-kit/pkcs11.h>

using namespace guichet::token;
using namespace Qt::StringLiterals;

TEST_CASE("CKR codes have their PKCS#11 names", "[token][errors]")
{
    CHECK(ckrName(0xA0) == u"CKR_PIN_INCORRECT"_s);
    CHECK(ckrName(CKR_PIN_LOCKED) == u"CKR_PIN_LOCKED"_s);
    CHECK(ckrName(CKR_TOKEN_NOT_PRESENT) == u"CKR_TOKEN_NOT_PRESENT"_s);
    CHECK(ckrName(CKR_UNWRAPPING_KEY_HANDLE_INVALID) == u"CKR_UNWRAPPING_KEY_HANDLE_INVALID"_s);
    CHECK(ckrName(CKR_VENDOR_DEFINED + 0x12) == u"CKR_VENDOR_DEFINED+0x12"_s);
    CHECK(ckrName(0x7777) == u"CKR_0x7777"_s);
}

TEST_CASE("A PKCS#11 error is a plain sentence plus function and code for support", "[token][errors]")
{
    const Pkcs11Error error{u"PKCS11_login"_s, CKR_PIN_INCORRECT};
    CHECK(error.detail() == u"PKCS11_login: CKR_PIN_INCORRECT (0xa0)"_s);
    const guichet::Error shown = error.toError();
    CHECK(shown.message == ckrSentence(CKR_PIN_INCORRECT));
    CHECK(shown.message.startsWith(u"The PIN is incorrect."_s));
    CHECK(shown.detail == error.detail());
    // Every code gets a sentence, known or not.
    CHECK_FALSE(ckrSentence(0x7777).isEmpty());
}

TEST_CASE("Benign codes are not errors", "[token][errors]")
{
    CHECK(isBenign(CKR_OK));
    CHECK(isBenign(CKR_CRYPTOKI_ALREADY_INITIALIZED));
    CHECK(isBenign(CKR_USER_ALREADY_LOGGED_IN));
    CHECK(isBenign(CKR_TOKEN_NOT_PRESENT));
    CHECK_FALSE(isBenign(CKR_PIN_INCORRECT));
    CHECK_FALSE(isBenign(CKR_DEVICE_REMOVED));
}

// libp11 raises CKR errors under a library number OpenSSL assigns at run time: openSslFailure finds
// them by ERR_get_CKR_code(), among whatever else is queued. (libp11.h declares CKRerr and
// ERR_load_CKR_strings, but 0.4.12's library does not export them: raise it the way libp11 does.)
TEST_CASE("The CKR code libp11 left on OpenSSL's error queue is found", "[token][errors]")
{
    ERR_load_PKCS11_strings(); // assigns the library number, as PKCS11_CTX_new does
    REQUIRE(ERR_get_CKR_code() >= ERR_LIB_USER);
    ERR_clear_error();
    ERR_raise(ERR_LIB_EVP, 0); // unrelated noise before libp11's error
    ERR_raise(ERR_get_CKR_code(), CKR_PIN_INCORRECT);
    const guichet::Error error = openSslFailure(u"PKCS11_login"_s, u"fallback"_s);
    CHECK(error.detail == u"PKCS11_login: CKR_PIN_INCORRECT (0xa0)"_s);
    CHECK(error.message == ckrSentence(CKR_PIN_INCORRECT));
    CHECK(ERR_peek_error() == 0); // the queue was drained
}

TEST_CASE("Without a CKR code, OpenSSL's text is the detail", "[token][errors]")
{
    ERR_clear_error();
    ERR_raise(ERR_LIB_EVP, EVP_R_NO_KEY_SET);
    const guichet::Error error = openSslFailure(u"EVP_DigestSign"_s, u"The token could not sign."_s);
    CHECK(error.message == u"The token could not sign."_s);
    CHECK(error.detail.startsWith(u"EVP_DigestSign: error:"_s));
    const guichet::Error empty = openSslFailure(u"EVP_DigestSign"_s, u"x"_s);
    CHECK(empty.detail == u"EVP_DigestSign: failed without an OpenSSL error"_s);
}
