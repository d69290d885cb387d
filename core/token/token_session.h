#pragma once

// A session on one token: log in (PIN typed in Guichet, or on the reader's PIN pad), list the
// certificates and private keys, take a key to sign with. TokenSession is a handle: copies share the
// session, which ends (logging out) when the last handle and the last TokenKey taken from it go.
// Calls block on the token: run them off the GUI thread (the PIN pad waits for the operator).

#include "model/result.h"
#include "token/pin.h"
#include "token/pin_policy.h"
#include "token/token_info.h"

#include <QByteArray>
#include <QFuture>
#include <QList>
#include <QString>
#include <memory>

namespace guichet::token {

class SessionCore;
class TokenKey;

/// An object on the token, as a list shows it.
struct TokenObject
{
    QByteArray id; ///< CKA_ID: a certificate and its private key share it
    QString label; ///< CKA_LABEL
    Pkcs11Uri uri; ///< pkcs11:...;id=...;object=...;type=...
};

/// Elliptic curves a token key can be generated on.
enum class EcCurve
{
    P256, ///< prime256v1 / secp256r1
    P384, ///< secp384r1
};

/// Where a private key came from, as the token reports it (PKCS#11 key attributes).
struct KeyOrigin
{
    bool local = false;            ///< CKA_LOCAL: generated on the token (not imported)
    bool sensitive = false;        ///< CKA_SENSITIVE
    bool alwaysSensitive = false;  ///< CKA_ALWAYS_SENSITIVE: sensitive since it exists
    bool extractable = true;       ///< CKA_EXTRACTABLE
    bool neverExtractable = false; ///< CKA_NEVER_EXTRACTABLE: never was extractable

    /// Generated on the device and never able to leave it: what a qualified certificate's key needs.
    bool generatedOnToken() const
    {
        return local && sensitive && alwaysSensitive && !extractable && neverExtractable;
    }
};

struct TokenCertificate
{
    TokenObject object;
    QByteArray der; ///< the X.509 certificate, DER
};

class TokenSession
{
public:
    /// The token as it was when the session opened (for its identity; PIN flags: refresh()).
    const TokenInfo& token() const;
    /// The token as it is now: fresh PIN flags, or an error if it was removed.
    Result<TokenInfo> refresh() const;
    /// An error saying what happened if the token was removed or replaced since the session opened.
    Status checkPresent() const;

    /// Logs in with `pin`, which is wiped when this returns, whatever the outcome. Refuses (without
    /// sending the PIN) when the PIN is locked, and on the final try unless the operator confirmed
    /// it (loginAdvice() says what to ask). A wrong PIN reports CKR_PIN_INCORRECT, with what the
    /// token now says about the PIN when it is the last try or locked. Logged in already: succeeds.
    Status login(Pin pin, FinalTry confirmation = FinalTry::NotConfirmed);
    /// Logs in on a reader with a PIN pad (protected authentication path): blocks until the operator
    /// has typed the PIN on the reader. Refused on a token without one.
    Status loginWithPinPad(FinalTry confirmation = FinalTry::NotConfirmed);
    /// loginWithPinPad() on a thread of its own; continue with `.then(context, ...)`.
    QFuture<Status> loginWithPinPadInBackground(FinalTry confirmation = FinalTry::NotConfirmed) const;
    Status logout();
    /// Asked of the token, not remembered: false once the token was removed.
    bool isLoggedIn() const;

    /// Private keys visible now (all of them only once logged in).
    Result<QList<TokenObject>> privateKeys() const;
    Result<QList<TokenCertificate>> certificates() const;
    /// The private key with CKA_ID `id` (log in first), as an EVP_PKEY that signs on the token.
    Result<TokenKey> privateKey(const QByteArray& id) const;
    /// The private key an object URI names (by id, else by label).
    Result<TokenKey> privateKey(const Pkcs11Uri& uri) const;
    /// Generates an RSA key pair on the token (log in first). libp11 0.4.12 can only make RSA keys.
    Status generateRsaKeyPair(unsigned int bits, const QString& label, const QByteArray& id);
    /// Generates an EC key pair on the token (log in first) with C_GenerateKeyPair: the private key
    /// sensitive and not extractable, for signing; both halves with CKA_ID `id` and CKA_LABEL `label`.
    /// privateKey(id) then finds it like any other key.
    Status generateEcKeyPair(EcCurve curve, const QString& label, const QByteArray& id);
    /// What the token says about the private key with CKA_ID `id` (log in first): check
    /// generatedOnToken() before asking a CA to certify it.
    Result<KeyOrigin> keyOrigin(const QByteArray& id) const;

    /// Writes an X.509 certificate (DER) to the token as a public token object (CKO_CERTIFICATE,
    /// CKC_X_509) with the attributes PKCS#11 applications and NSS look for: CKA_ID (give it its
    /// private key's id), CKA_LABEL, CKA_SUBJECT, CKA_ISSUER, CKA_SERIAL_NUMBER (a DER INTEGER) and
    /// CKA_VALUE. libp11 0.4.12's PKCS11_store_certificate leaves the serial out, which hides the
    /// certificate from NSS, so this is a C_CreateObject of Guichet's own. Refused when a certificate
    /// with the same id is already on the token. Cards usually want a login first; SoftHSM does not.
    Status storeCertificate(const QByteArray& der, const QByteArray& id, const QString& label);
    /// The certificate (DER) with CKA_ID `id`, read from the token now (not from libp11's cache).
    Result<QByteArray> readCertificate(const QByteArray& id) const;

    /// Destroys every object with CKA_ID `id` (private and public key, certificate): to clean a
    /// holder's token of what an interrupted delivery made (log in first, or private objects stay
    /// hidden). Returns how many objects were destroyed. A TokenKey taken before for `id` stops working.
    Result<int> destroyObjects(const QByteArray& id);

    /// Sets the user PIN as the security officer (C_Login CKU_SO, C_InitPIN, C_Logout): for a
    /// token just initialised, or to unlock one. Refused while the user is logged in. Both PINs are
    /// wiped when this returns.
    Status initUserPin(Pin soPin, Pin userPin);

private:
    explicit TokenSession(std::shared_ptr<SessionCore> core) : m_core(std::move(core)) {}
    std::shared_ptr<SessionCore> m_core;
    friend class Pkcs11Module;
};

} // namespace guichet::token
