#include "token/pkcs11_error.h"

#include <QCoreApplication>
#include <array>
#include <libp11.h>
#include <openssl/err.h>
#include <optional>
#include <p11-kit/pkcs11.h>
#include <utility>

using namespace Qt::StringLiterals;

namespace guichet::token {

namespace {

// Every return code of PKCS#11 v2.40 that p11-kit's header defines.
#define GUICHET_CKR(name) std::pair<unsigned long, const char*>(name, #name)
constexpr std::array ckrNames{
    GUICHET_CKR(CKR_OK),
    GUICHET_CKR(CKR_CANCEL),
    GUICHET_CKR(CKR_HOST_MEMORY),
    GUICHET_CKR(CKR_SLOT_ID_INVALID),
    GUICHET_CKR(CKR_GENERAL_ERROR),
    GUICHET_CKR(CKR_FUNCTION_FAILED),
    GUICHET_CKR(CKR_ARGUMENTS_BAD),
    GUICHET_CKR(CKR_NO_EVENT),
    GUICHET_CKR(CKR_NEED_TO_CREATE_THREADS),
    GUICHET_CKR(CKR_CANT_LOCK),
    GUICHET_CKR(CKR_ATTRIBUTE_READ_ONLY),
    GUICHET_CKR(CKR_ATTRIBUTE_SENSITIVE),
    GUICHET_CKR(CKR_ATTRIBUTE_TYPE_INVALID),
    GUICHET_CKR(CKR_ATTRIBUTE_VALUE_INVALID),
    GUICHET_CKR(CKR_ACTION_PROHIBITED),
    GUICHET_CKR(CKR_DATA_INVALID),
    GUICHET_CKR(CKR_DATA_LEN_RANGE),
    GUICHET_CKR(CKR_DEVICE_ERROR),
    GUICHET_CKR(CKR_DEVICE_MEMORY),
    GUICHET_CKR(CKR_DEVICE_REMOVED),
    GUICHET_CKR(CKR_ENCRYPTED_DATA_INVALID),
    GUICHET_CKR(CKR_ENCRYPTED_DATA_LEN_RANGE),
    GUICHET_CKR(CKR_FUNCTION_CANCELED),
    GUICHET_CKR(CKR_FUNCTION_NOT_PARALLEL),
    GUICHET_CKR(CKR_FUNCTION_NOT_SUPPORTED),
    GUICHET_CKR(CKR_KEY_HANDLE_INVALID),
    GUICHET_CKR(CKR_KEY_SIZE_RANGE),
    GUICHET_CKR(CKR_KEY_TYPE_INCONSISTENT),
    GUICHET_CKR(CKR_KEY_NOT_NEEDED),
    GUICHET_CKR(CKR_KEY_CHANGED),
    GUICHET_CKR(CKR_KEY_NEEDED),
    GUICHET_CKR(CKR_KEY_INDIGESTIBLE),
    GUICHET_CKR(CKR_KEY_FUNCTION_NOT_PERMITTED),
    GUICHET_CKR(CKR_KEY_NOT_WRAPPABLE),
    GUICHET_CKR(CKR_KEY_UNEXTRACTABLE),
    GUICHET_CKR(CKR_MECHANISM_INVALID),
    GUICHET_CKR(CKR_MECHANISM_PARAM_INVALID),
    GUICHET_CKR(CKR_OBJECT_HANDLE_INVALID),
    GUICHET_CKR(CKR_OPERATION_ACTIVE),
    GUICHET_CKR(CKR_OPERATION_NOT_INITIALIZED),
    GUICHET_CKR(CKR_PIN_INCORRECT),
    GUICHET_CKR(CKR_PIN_INVALID),
    GUICHET_CKR(CKR_PIN_LEN_RANGE),
    GUICHET_CKR(CKR_PIN_EXPIRED),
    GUICHET_CKR(CKR_PIN_LOCKED),
    GUICHET_CKR(CKR_SESSION_CLOSED),
    GUICHET_CKR(CKR_SESSION_COUNT),
    GUICHET_CKR(CKR_SESSION_HANDLE_INVALID),
    GUICHET_CKR(CKR_SESSION_PARALLEL_NOT_SUPPORTED),
    GUICHET_CKR(CKR_SESSION_READ_ONLY),
    GUICHET_CKR(CKR_SESSION_EXISTS),
    GUICHET_CKR(CKR_SESSION_READ_ONLY_EXISTS),
    GUICHET_CKR(CKR_SESSION_READ_WRITE_SO_EXISTS),
    GUICHET_CKR(CKR_SIGNATURE_INVALID),
    GUICHET_CKR(CKR_SIGNATURE_LEN_RANGE),
    GUICHET_CKR(CKR_TEMPLATE_INCOMPLETE),
    GUICHET_CKR(CKR_TEMPLATE_INCONSISTENT),
    GUICHET_CKR(CKR_TOKEN_NOT_PRESENT),
    GUICHET_CKR(CKR_TOKEN_NOT_RECOGNIZED),
    GUICHET_CKR(CKR_TOKEN_WRITE_PROTECTED),
    GUICHET_CKR(CKR_UNWRAPPING_KEY_HANDLE_INVALID),
    GUICHET_CKR(CKR_UNWRAPPING_KEY_SIZE_RANGE),
    GUICHET_CKR(CKR_UNWRAPPING_KEY_TYPE_INCONSISTENT),
    GUICHET_CKR(CKR_USER_ALREADY_LOGGED_IN),
    GUICHET_CKR(CKR_USER_NOT_LOGGED_IN),
    GUICHET_CKR(CKR_USER_PIN_NOT_INITIALIZED),
    GUICHET_CKR(CKR_USER_TYPE_INVALID),
    GUICHET_CKR(CKR_USER_ANOTHER_ALREADY_LOGGED_IN),
    GUICHET_CKR(CKR_USER_TOO_MANY_TYPES),
    GUICHET_CKR(CKR_WRAPPED_KEY_INVALID),
    GUICHET_CKR(CKR_WRAPPED_KEY_LEN_RANGE),
    GUICHET_CKR(CKR_WRAPPING_KEY_HANDLE_INVALID),
    GUICHET_CKR(CKR_WRAPPING_KEY_SIZE_RANGE),
    GUICHET_CKR(CKR_WRAPPING_KEY_TYPE_INCONSISTENT),
    GUICHET_CKR(CKR_RANDOM_SEED_NOT_SUPPORTED),
    GUICHET_CKR(CKR_RANDOM_NO_RNG),
    GUICHET_CKR(CKR_DOMAIN_PARAMS_INVALID),
    GUICHET_CKR(CKR_CURVE_NOT_SUPPORTED),
    GUICHET_CKR(CKR_BUFFER_TOO_SMALL),
    GUICHET_CKR(CKR_SAVED_STATE_INVALID),
    GUICHET_CKR(CKR_INFORMATION_SENSITIVE),
    GUICHET_CKR(CKR_STATE_UNSAVEABLE),
    GUICHET_CKR(CKR_CRYPTOKI_NOT_INITIALIZED),
    GUICHET_CKR(CKR_CRYPTOKI_ALREADY_INITIALIZED),
    GUICHET_CKR(CKR_MUTEX_BAD),
    GUICHET_CKR(CKR_MUTEX_NOT_LOCKED),
    GUICHET_CKR(CKR_NEW_PIN_MODE),
    GUICHET_CKR(CKR_NEXT_OTP),
    GUICHET_CKR(CKR_EXCEEDED_MAX_ITERATIONS),
    GUICHET_CKR(CKR_FIPS_SELF_TEST_FAILED),
    GUICHET_CKR(CKR_LIBRARY_LOAD_FAILED),
    GUICHET_CKR(CKR_PIN_TOO_WEAK),
    GUICHET_CKR(CKR_PUBLIC_KEY_INVALID),
    GUICHET_CKR(CKR_FUNCTION_REJECTED),
};
#undef GUICHET_CKR

} // namespace

QString ckrName(unsigned long code)
{
    for (const auto& [value, name] : ckrNames) {
        if (value == code) {
            return QString::fromLatin1(name);
        }
    }
    if (code >= CKR_VENDOR_DEFINED) {
        return u"CKR_VENDOR_DEFINED+0x"_s + QString::number(code - CKR_VENDOR_DEFINED, 16);
    }
    return u"CKR_0x"_s + QString::number(code, 16);
}

QString ckrSentence(unsigned long code)
{
    switch (code) {
    case CKR_OK:
        return QCoreApplication::translate("guichet::token", "The token reported success.");
    case CKR_PIN_INCORRECT:
        return QCoreApplication::translate(
            "guichet::token",
            "The PIN is incorrect. Check it and try again: the token locks itself after too many "
            "wrong PINs.");
    case CKR_PIN_LOCKED:
        return QCoreApplication::translate(
            "guichet::token",
            "The token's PIN is locked after too many wrong tries. Ask your security officer to "
            "unlock it; Guichet cannot.");
    case CKR_PIN_EXPIRED:
        return QCoreApplication::translate(
            "guichet::token",
            "The token's PIN has expired. Change it with the token's own tool, then log in again.");
    case CKR_PIN_INVALID:
        return QCoreApplication::translate(
            "guichet::token", "The PIN contains characters this token does not accept. Check the PIN.");
    case CKR_PIN_LEN_RANGE:
        return QCoreApplication::translate("guichet::token",
                                           "The PIN is too short or too long for this token. Check the PIN.");
    case CKR_USER_PIN_NOT_INITIALIZED:
        return QCoreApplication::translate(
            "guichet::token", "This token has no user PIN yet. Ask your security officer to initialise it.");
    case CKR_TOKEN_NOT_PRESENT:
    case CKR_DEVICE_REMOVED:
        return QCoreApplication::translate("guichet::token",
                                           "The token was removed. Insert it again, then log in.");
    case CKR_TOKEN_NOT_RECOGNIZED:
        return QCoreApplication::translate(
            "guichet::token",
            "The card in the reader is not recognised. Check that it is your RA token and that "
            "it is inserted the right way.");
    case CKR_SLOT_ID_INVALID:
        return QCoreApplication::translate(
            "guichet::token", "The reader is no longer connected. Plug it in again, then log in.");
    case CKR_SESSION_HANDLE_INVALID:
    case CKR_SESSION_CLOSED:
    case CKR_OBJECT_HANDLE_INVALID:
    case CKR_KEY_HANDLE_INVALID:
        return QCoreApplication::translate(
            "guichet::token",
            "The connection to the token was lost: it was probably removed or reset. Insert it "
            "again, then log in.");
    case CKR_USER_NOT_LOGGED_IN:
        return QCoreApplication::translate("guichet::token", "Log in to the token first.");
    case CKR_USER_ANOTHER_ALREADY_LOGGED_IN:
        return QCoreApplication::translate(
            "guichet::token",
            "Another user is logged in to this token. Log out in the other program, then try "
            "again.");
    case CKR_FUNCTION_CANCELED:
    case CKR_CANCEL:
        return QCoreApplication::translate("guichet::token", "The operation was cancelled on the reader.");
    case CKR_TOKEN_WRITE_PROTECTED:
    case CKR_SESSION_READ_ONLY:
        return QCoreApplication::translate("guichet::token",
                                           "The token is write-protected: nothing can be stored on it.");
    case CKR_DEVICE_MEMORY:
        return QCoreApplication::translate(
            "guichet::token", "The token is full. Remove unused keys or certificates with its own tool.");
    case CKR_MECHANISM_INVALID:
    case CKR_MECHANISM_PARAM_INVALID:
    case CKR_KEY_TYPE_INCONSISTENT:
    case CKR_KEY_FUNCTION_NOT_PERMITTED:
    case CKR_KEY_SIZE_RANGE:
    case CKR_CURVE_NOT_SUPPORTED:
        return QCoreApplication::translate(
            "guichet::token",
            "The token cannot do this with this key. Contact support with the details below.");
    case CKR_CRYPTOKI_NOT_INITIALIZED:
    case CKR_LIBRARY_LOAD_FAILED:
        return QCoreApplication::translate(
            "guichet::token",
            "The token's middleware is not ready. Restart Guichet; if this persists, reinstall "
            "the middleware.");
    case CKR_SESSION_COUNT:
        return QCoreApplication::translate(
            "guichet::token",
            "The token has too many open sessions. Close other programs using it and try again.");
    case CKR_DEVICE_ERROR:
    case CKR_GENERAL_ERROR:
    case CKR_FUNCTION_FAILED:
    case CKR_HOST_MEMORY:
        return QCoreApplication::translate(
            "guichet::token",
            "The token or its reader failed. Remove the token, insert it again and retry; if "
            "this persists, contact support with the details below.");
    default:
        return QCoreApplication::translate(
            "guichet::token",
            "The token reported an unexpected error. Contact support with the details below.");
    }
}

bool isBenign(unsigned long code)
{
    return code == CKR_OK || code == CKR_CRYPTOKI_ALREADY_INITIALIZED || code == CKR_USER_ALREADY_LOGGED_IN ||
           code == CKR_TOKEN_NOT_PRESENT;
}

QString Pkcs11Error::detail() const
{
    return function + u": "_s + ckrName(code) + u" (0x"_s + QString::number(code, 16) + u')';
}

Error Pkcs11Error::toError() const
{
    return Error{ckrSentence(code), detail()};
}

Error Pkcs11Error::toError(const QString& message) const
{
    return Error{message, detail()};
}

Error openSslFailure(const QString& function, const QString& fallback)
{
    // The run-time library number of libp11's PKCS#11 errors; never a constant (see the header).
    const int ckrLibrary = ERR_get_CKR_code();
    unsigned long first = 0;
    std::optional<unsigned long> ckr;
    while (const unsigned long error = ERR_get_error()) {
        if (first == 0) {
            first = error;
        }
        // OpenSSL 3 keeps 23 bits of reason: every standard CKR fits; vendor codes would not, and
        // then fall through to OpenSSL's text below.
        if (!ckr && !ERR_SYSTEM_ERROR(error) && ERR_GET_LIB(error) == ckrLibrary) {
            ckr = static_cast<unsigned long>(ERR_GET_REASON(error));
        }
    }
    if (ckr) {
        return Pkcs11Error{function, *ckr}.toError();
    }
    if (first == 0) {
        return Error{fallback, function + u": failed without an OpenSSL error"_s};
    }
    char text[256];
    ERR_error_string_n(first, text, sizeof text);
    return Error{fallback, function + u": "_s + QString::fromLatin1(text)};
}

void clearOpenSslErrors()
{
    ERR_clear_error();
}

} // namespace guichet::token
