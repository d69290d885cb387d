#pragma once

// What a PKCS#11 module says about its slots (readers) and tokens (cards, USB keys), read with
// C_GetSlotInfo / C_GetTokenInfo at the moment of the call: PIN flags are as fresh as the listing
// that produced them, so list again to refresh them.

#include "model/result.h"
#include "token/pkcs11_uri.h"

#include <QString>
#include <optional>

namespace guichet::token {

/// The user PIN's CKF_USER_PIN_* flags.
struct PinFlags
{
    bool countLow = false;    ///< a wrong PIN was entered since the last good one
    bool finalTry = false;    ///< one more wrong PIN locks the token
    bool locked = false;      ///< locked: only the security officer can unlock it
    bool toBeChanged = false; ///< set by the issuer or expired: change it before use

    friend bool operator==(const PinFlags&, const PinFlags&) = default;
};

struct TokenInfo
{
    unsigned long slotId = 0;
    QString label;
    QString manufacturer;
    QString model;
    QString serial;
    bool initialized = false;        ///< CKF_TOKEN_INITIALIZED (SoftHSM's spare slot holds one that is not)
    bool loginRequired = false;      ///< CKF_LOGIN_REQUIRED
    bool userPinInitialized = false; ///< CKF_USER_PIN_INITIALIZED
    bool writeProtected = false;     ///< CKF_WRITE_PROTECTED
    /// CKF_PROTECTED_AUTHENTICATION_PATH: the PIN is typed on the reader's own pad, not in Guichet.
    bool protectedAuthenticationPath = false;
    PinFlags userPin;
    /// ulMinPinLen, ulMaxPinLen: the lengths the token accepts for its PINs (user and SO), in bytes.
    unsigned long minimumPinLength = 0;
    unsigned long maximumPinLength = 0;

    /// pkcs11:model=...;manufacturer=...;serial=...;token=...
    Pkcs11Uri uri() const { return Pkcs11Uri::forToken(*this); }
};

struct SlotInfo
{
    unsigned long id = 0;
    QString description;
    QString manufacturer;
    bool removable = false;         ///< CKF_REMOVABLE_DEVICE
    bool hardware = false;          ///< CKF_HW_SLOT
    std::optional<TokenInfo> token; ///< none when the slot is empty (a reader without a card)
    /// Set when the slot says a token is present but C_GetTokenInfo fails: a card being removed, or
    /// (SoftHSM) a token deleted while the module was loaded, which then answers CKR_GENERAL_ERROR.
    std::optional<Error> tokenProblem;
};

} // namespace guichet::token
