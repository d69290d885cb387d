#include "audit/verifier.h"
#include "identity/operator_certificate.h"
#include "identity/operator_session.h"
#include "identity/proof_of_possession.h"
#include "identity/role_mapping.h"
#include "identity/token_signer.h"
#include "identity/trust_anchors.h"
#include "token/token_key.h"

#include <QCoreApplication>
#include <QStringList>
#include <atomic>
#include <map>
#include <mutex>

using namespace Qt::StringLiterals;

namespace guichet::identity {

namespace {

QString text(const char* source)
{
    return QCoreApplication::translate("guichet::identity", source);
}

// PKCS#11 logins belong to the process, one per token: a new login on a token ends the session of
// the previous one, which must neither sign on (its signer is revoked) nor, when it goes, log the
// new login out. Each token's current login is a generation number.
std::mutex loginsMutex;
struct CurrentLogin
{
    quint64 generation = 0;
    std::weak_ptr<TokenSigner> signer;
};
std::map<QString, CurrentLogin> currentLogins; // by token URI
quint64 lastGeneration = 0;

/// Ends the current login on `token`, if any: its signer refuses from now on.
void supersedeLogin(const QString& token)
{
    std::shared_ptr<TokenSigner> previous;
    {
        const std::lock_guard lock(loginsMutex);
        if (const auto found = currentLogins.find(token); found != currentLogins.end()) {
            previous = found->second.signer.lock();
            currentLogins.erase(found);
        }
    }
    if (previous) {
        previous->revoke();
    }
}

quint64 beginLogin(const QString& token, const std::shared_ptr<TokenSigner>& signer)
{
    supersedeLogin(token);
    const std::lock_guard lock(loginsMutex);
    currentLogins[token] = CurrentLogin{++lastGeneration, signer};
    return lastGeneration;
}

bool isCurrentLogin(const QString& token, quint64 generation)
{
    const std::lock_guard lock(loginsMutex);
    const auto found = currentLogins.find(token);
    return found != currentLogins.end() && found->second.generation == generation;
}

/// Forgets the login `generation` on `token`; true when it was still the current one.
bool endLogin(const QString& token, quint64 generation)
{
    const std::lock_guard lock(loginsMutex);
    const auto found = currentLogins.find(token);
    if (found == currentLogins.end() || found->second.generation != generation) {
        return false;
    }
    currentLogins.erase(found);
    return true;
}

class TokenOperatorSession final : public OperatorSession
{
public:
    TokenOperatorSession(token::TokenSession session, Operator who, std::shared_ptr<TokenSigner> signer)
        : m_session(std::move(session)), m_operator(std::move(who)), m_signer(std::move(signer)),
          m_token(m_session.token().uri().toString()), m_generation(beginLogin(m_token, m_signer))
    {}
    ~TokenOperatorSession() override { logOut(); }

    const Operator& who() const override { return m_operator; }
    std::shared_ptr<audit::Signer> signer() const override { return m_signer; }
    token::Pkcs11Uri tokenUri() const override { return m_session.token().uri(); }

    Status checkPresent() const override
    {
        if (m_loggedOut) {
            return Error{text("You are logged out: log in again with your token to continue."),
                         u"OperatorSession: logged out"_s};
        }
        if (!isCurrentLogin(m_token, m_generation)) {
            return Error{text("Someone logged in again with this token: this session is over."),
                         u"OperatorSession: superseded by a new login on "_s + m_token};
        }
        if (Status present = m_session.checkPresent(); !present) {
            return present;
        }
        if (!m_session.isLoggedIn()) {
            return Error{text("The token no longer has you logged in. Log in again with your PIN."),
                         u"C_GetSessionInfo: not in a user state on "_s + m_token};
        }
        return {};
    }

    void logOut() override
    {
        if (m_loggedOut.exchange(true)) {
            return;
        }
        m_signer->revoke();
        // Only the token's current login is logged out: after a new login the token is someone
        // else's. A token already removed cannot be logged out, and needs not be: whatever C_Logout
        // answers, this session refuses from now on (revoked signer, checkPresent's error).
        if (endLogin(m_token, m_generation)) {
            (void)m_session.logout();
        }
    }

private:
    token::TokenSession m_session;
    Operator m_operator;
    std::shared_ptr<TokenSigner> m_signer;
    QString m_token;
    quint64 m_generation;
    std::atomic<bool> m_loggedOut = false;
};

struct Rejection
{
    QString name; ///< the certificate's CN, else its label on the token
    Error error;
};

/// Everything after C_Login; on failure the caller logs out.
Result<std::shared_ptr<OperatorSession>> identifyOperator(token::TokenSession& session,
                                                          const LoginPolicy& policy)
{
    const Result<QList<token::TokenCertificate>> certificates = session.certificates();
    if (!certificates) {
        return certificates.error();
    }
    const Result<QList<token::TokenObject>> keys = session.privateKeys();
    if (!keys) {
        return keys.error();
    }
    QList<QByteArray> keyIds;
    for (const token::TokenObject& key : *keys) {
        keyIds.append(key.id);
    }
    QList<QByteArray> onToken; // every certificate on the token may complete a chain, untrusted
    QList<token::TokenCertificate> candidates;
    for (const token::TokenCertificate& certificate : *certificates) {
        onToken.append(certificate.der);
        if (keyIds.contains(certificate.object.id)) {
            candidates.append(certificate);
        }
    }
    if (candidates.isEmpty()) {
        QStringList certificateIds;
        for (const token::TokenCertificate& certificate : *certificates) {
            certificateIds.append(QString::fromLatin1(certificate.object.id.toHex()));
        }
        return Error{text("This token holds no operator certificate: no certificate on it has its private "
                          "key beside it. Ask the RA to check the token."),
                     u"%1 certificate(s) (CKA_ID %2), %3 private key(s): none share a CKA_ID"_s
                         .arg(certificates->size())
                         .arg(certificateIds.join(u',').isEmpty() ? u"-"_s : certificateIds.join(u','))
                         .arg(keys->size())};
    }

    QList<Rejection> rejections;
    for (const token::TokenCertificate& candidate : candidates) {
        QString name = certificateName(candidate.der);
        if (name.isEmpty()) {
            name = candidate.object.label;
        }
        const auto reject = [&](const Error& error) {
            rejections.append({name, error});
        };
        Result<VerifiedCertificate> verified =
            verifyOperatorCertificate(candidate.der, policy.anchors, policy.at, onToken);
        if (!verified) {
            reject(verified.error());
            continue;
        }
        Result<token::TokenKey> key = session.privateKey(candidate.object.id);
        if (!key) {
            return key.error(); // the key was listed a moment ago: the token is the problem
        }
        if (Status proved = provePossession(*key, candidate.der); !proved) {
            if (Status present = session.checkPresent(); !present) {
                return present.error();
            }
            reject(proved.error());
            continue;
        }
        const Result<QList<Role>> roles = policy.roles.rolesFor(*verified);
        if (!roles) {
            reject(roles.error());
            continue;
        }

        Operator who;
        who.id = verified->commonName();
        who.name = verified->commonName();
        who.organisation = verified->organisation();
        who.certificateReference = audit::certificateReference(candidate.der);
        who.certificateDer = candidate.der;
        who.roles = *roles;
        who.training = verified->training;
        auto signer = std::make_shared<TokenSigner>(std::move(*key), candidate.der);
        return std::shared_ptr<OperatorSession>(
            std::make_shared<TokenOperatorSession>(session, std::move(who), std::move(signer)));
    }

    if (rejections.size() == 1) {
        return rejections.first().error;
    }
    QStringList lines{
        text("None of the %1 certificates on this token can be used to log in:").arg(rejections.size())};
    QStringList details;
    for (const Rejection& rejection : rejections) {
        lines.append(u"- "_s + rejection.error.message);
        details.append(rejection.name + u": "_s + rejection.error.detail);
    }
    return Error{lines.join(u'\n'), details.join(u"; "_s)};
}

Result<std::shared_ptr<OperatorSession>> identifyOrLogOut(token::TokenSession& session,
                                                          const LoginPolicy& policy)
{
    Result<std::shared_ptr<OperatorSession>> identified = identifyOperator(session, policy);
    if (!identified) {
        // Nobody is logged in after a refused login.
        if (Status loggedOut = session.logout(); !loggedOut) {
            Error error = identified.error();
            error.detail += u"; then "_s + loggedOut.error().detail;
            return error;
        }
    }
    return identified;
}

/// PKCS#11 logins belong to the process: a token still logged in (a session not logged out) would
/// let any PIN through. Every login checks the PIN, and ends the session of the previous login.
Status startFresh(token::TokenSession& session)
{
    supersedeLogin(session.token().uri().toString());
    if (session.isLoggedIn()) {
        return session.logout();
    }
    return {};
}

} // namespace

Result<std::shared_ptr<OperatorSession>> logIn(token::TokenSession session, token::Pin pin,
                                               token::FinalTry confirmation, const LoginPolicy& policy)
{
    if (Status fresh = startFresh(session); !fresh) {
        pin.clear();
        return fresh.error();
    }
    if (Status loggedIn = session.login(std::move(pin), confirmation); !loggedIn) {
        return loggedIn.error();
    }
    return identifyOrLogOut(session, policy);
}

Result<std::shared_ptr<OperatorSession>>
logInWithPinPad(token::TokenSession session, token::FinalTry confirmation, const LoginPolicy& policy)
{
    if (Status fresh = startFresh(session); !fresh) {
        return fresh.error();
    }
    if (Status loggedIn = session.loginWithPinPad(confirmation); !loggedIn) {
        return loggedIn.error();
    }
    return identifyOrLogOut(session, policy);
}

Result<std::shared_ptr<OperatorSession>> identify(token::TokenSession session, const LoginPolicy& policy)
{
    if (!session.isLoggedIn()) {
        return Error{text("Log in to the token with your PIN first."),
                     u"identify: the token is not logged in"_s};
    }
    return identifyOrLogOut(session, policy);
}

} // namespace guichet::identity
