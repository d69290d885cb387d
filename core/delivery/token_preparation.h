#pragma once

// The holder's token at the counter: telling it from the operator's, the RA's PIN policy, the PINs
// generated for the PIN letter (never stored), the label made from the holder's name.

#include "model/order.h"
#include "model/result.h"
#include "token/pin.h"
#include "token/pkcs11_module.h"
#include "token/pkcs11_uri.h"
#include "token/secure_buffer.h"
#include "token/token_info.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

class QSettings;

namespace guichet::delivery {

/// The RA's policy for holder tokens.
struct TokenPolicy
{
    Q_DECLARE_TR_FUNCTIONS(guichet::delivery::TokenPolicy)

public:
    int soPinLength = 16;       ///< the SO PIN (the PUK of the PIN letter): generated, letters and digits
    int temporaryPinLength = 8; ///< a generated temporary user PIN: digits
    int minimumPinLength = 6;   ///< a PIN the holder types

    /// The settings' `[delivery]` group (soPinLength, temporaryPinLength, minimumPinLength; the
    /// defaults above when absent). Refused, naming the key: a value that is not a whole number, a
    /// SO PIN shorter than 8 or a PIN shorter than 4, a code longer than the PIN letter prints (32), a
    /// temporary PIN shorter than the minimum the holder must type.
    static Result<TokenPolicy> fromSettings(QSettings& settings);
};

/// How the holder's user PIN is set: typed twice by the holder, or generated (a temporary PIN printed
/// on the PIN letter, to be changed by the holder).
struct HolderPinChoice
{
    std::optional<token::Pin> typed;
    std::optional<token::Pin> confirmation;

    static HolderPinChoice generated() { return {}; }
    static HolderPinChoice typedTwice(token::Pin first, token::Pin second)
    {
        return {std::move(first), std::move(second)};
    }
};

/// The secrets made while preparing the token, for the PIN letter (H7's pin_letter) and nothing else:
/// never stored, never logged. On PKCS#11 tokens the PUK is the SO PIN (it unlocks the user PIN).
struct TokenSecrets
{
    token::SecureBuffer soPin;
    token::SecureBuffer temporaryPin; ///< empty when the holder typed their PIN
};

class TokenPreparation
{
    Q_DECLARE_TR_FUNCTIONS(guichet::delivery::TokenPreparation)

public:
    /// `length` random characters from `alphabet` (OpenSSL's RAND_bytes, without modulo bias).
    static Result<token::SecureBuffer> randomSecret(int length, std::string_view alphabet);
    /// The token's label: the holder's name, at most 32 bytes of UTF-8 (cut at a character).
    static QString labelFor(const Holder& holder);
    /// The tokens that may be the holder's: every token present except the operator's (the one
    /// `operatorToken` names, by its token attributes).
    static Result<QList<token::TokenInfo>> holderTokens(const token::Pkcs11Module& module,
                                                        const token::Pkcs11Uri& operatorToken);
    /// Refuses the operator's own token, an absent one, and one already initialised (it is not blank:
    /// initialising it would need its SO PIN and erase what it holds).
    static Result<token::TokenInfo> blankHolderToken(const token::Pkcs11Module& module, unsigned long slotId,
                                                     const token::Pkcs11Uri& operatorToken);
    /// Checks the holder's typed PIN against the policy and its confirmation.
    static Status checkTypedPin(const HolderPinChoice& choice, const TokenPolicy& policy);
    /// Checks, before the token is touched, that it accepts PINs of the lengths about to be set: the
    /// generated SO PIN, and the holder's PIN (typed, `typedLength`) or the generated temporary one.
    /// A token that would refuse them after C_InitToken would be left initialised without a PIN.
    static Status checkPinLengths(const token::TokenInfo& token, const TokenPolicy& policy,
                                  std::optional<std::size_t> typedLength);
};

} // namespace guichet::delivery
