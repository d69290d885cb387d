#pragma once

// Logging an operator in: the token's PIN, then the operator's certificate (the one on the token
// that has its private key) verified against the RA's trust anchors (chain, validity, key usage),
// then proof of possession (a fresh random challenge signed on the token and checked with the
// certificate), then the roles from the RA's mapping. The result is an OperatorSession: who the
// operator is, and the token key that signs their audit entries.
//
// Calls block on the token: run them off the GUI thread.

#include "audit/signer.h"
#include "model/operator.h"
#include "model/result.h"
#include "token/pin.h"
#include "token/pin_policy.h"
#include "token/token_session.h"

#include <QDateTime>
#include <QString>
#include <memory>

namespace guichet::identity {

class TrustAnchors;
class RoleMapping;

/// The logged-in operator. Its signer signs on the token; it fails (and the desk locks) once the
/// token is removed or the operator logged out. Destroying the session logs out of the token.
class OperatorSession
{
public:
    virtual ~OperatorSession() = default;
    virtual const Operator& who() const = 0;
    /// Signs audit entries with the operator's token key and certificate.
    virtual std::shared_ptr<audit::Signer> signer() const = 0;
    /// The token the operator logged in with (pkcs11:... URI), for messages and for the lock.
    virtual token::Pkcs11Uri tokenUri() const = 0;
    /// An error saying what happened when the token was removed or the login was lost.
    virtual Status checkPresent() const = 0;
    /// Logs out of the token (the session is unusable afterwards: checkPresent() and the signer
    /// refuse). Safe to call more than once.
    virtual void logOut() = 0;
};

/// What a login checks the operator against.
struct LoginPolicy
{
    const TrustAnchors& anchors;
    const RoleMapping& roles;
    QDateTime at; ///< when the certificate must be valid (normally now, UTC; invalid = now)
};

/// Logs in to `session` with `pin` (wiped, whatever happens), then verifies the operator as above.
/// A token still logged in (PKCS#11 logins belong to the process) is logged out first, so that the
/// PIN is always checked, and the session of the token's previous login is over (its signer and
/// checkPresent() refuse; destroying it does not log the new login out). On any refusal the token is left
/// logged out. The operator's certificate is the certificate on the token whose CKA_ID a private key shares;
/// with several, the first that passes every check, and when none does the error lists each one and why it
/// was refused.
Result<std::shared_ptr<OperatorSession>> logIn(token::TokenSession session, token::Pin pin,
                                               token::FinalTry confirmation, const LoginPolicy& policy);
/// The same on a reader with a PIN pad.
Result<std::shared_ptr<OperatorSession>>
logInWithPinPad(token::TokenSession session, token::FinalTry confirmation, const LoginPolicy& policy);
/// The checks after the PIN, on a session the caller logged in (e.g. with
/// TokenSession::loginWithPinPadInBackground): the caller vouches for the PIN. Refused when the
/// session is not logged in; on a refusal the token is logged out.
Result<std::shared_ptr<OperatorSession>> identify(token::TokenSession session, const LoginPolicy& policy);

} // namespace guichet::identity
