#pragma once

// What the identity tests share: certification authorities (core/enrol's, plus hand-made ones for
// certificates a real CA would never issue), and a SoftHSM token holding operator keys and
// certificates, in a private SoftHSM configuration.

#include "enrol/certificate_authority.h"
#include "identity/operator_session.h"
#include "identity/role_mapping.h"
#include "identity/trust_anchors.h"
#include "softhsm_fixture.h"
#include "token/openssl_handles.h"
#include "token/token_session.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <memory>
#include <optional>

namespace guichet::identity::test {

/// An EC P-256 CA from core/enrol.
enrol::CertificateAuthority makeCa(const QString& commonName, const QString& organisation);
/// Trust anchors holding `ca`'s certificate.
TrustAnchors anchorsOf(const enrol::CertificateAuthority& ca);
/// An operator certificate for `publicKeyDer` issued by `ca`, valid from `notBefore` to `notAfter`
/// (invalid: now and now + 2 years).
QByteArray operatorCertificate(const enrol::CertificateAuthority& ca, const QByteArray& publicKeyDer,
                               const QString& commonName, const QString& title,
                               const QDateTime& notBefore = {}, const QDateTime& notAfter = {});
/// The tests' role mapping: issuer O "AE Exemple" with title AEA -> aea, AET -> aet, AED -> aed;
/// CN "Marie Martin" -> aed as well; the training CA's AEA -> aea.
RoleMapping testRoles();

/// A CA made directly with OpenSSL, for chains and extensions the enrol CA does not make.
struct HandmadeCa
{
    token::EvpPkeyPtr key;
    token::X509Ptr certificate;
    QByteArray der() const;
};
/// A self-signed root, or a CA issued by `issuer`.
HandmadeCa handmadeCa(const char* commonName, const HandmadeCa* issuer = nullptr);
/// An end-entity certificate for `key` (a fresh EC key when null) with `keyUsage` (OpenSSL's
/// syntax, e.g. "critical,digitalSignature"; none when null).
QByteArray handmadeLeaf(const HandmadeCa& issuer, const char* commonName, const char* keyUsage,
                        EVP_PKEY* key = nullptr);

/// A SoftHSM token ("Guichet Test", PIN 123456) with a session open on it.
class OperatorToken
{
public:
    /// Through `modulePath`: SoftHSM2, or the tests' fault module that forwards to it.
    explicit OperatorToken(const QString& modulePath = token::test::SoftHsm::modulePath());
    ~OperatorToken();

    token::TokenSession& session() { return *m_session; }
    token::Pkcs11Module& module() { return *m_module; }
    token::test::SoftHsm& softhsm() { return m_softhsm; }

    /// Generates an RSA 2048 key with `id` on the token (logging in for it) and returns its public
    /// key, DER.
    QByteArray generateKey(const QByteArray& id, const QString& label = QStringLiteral("Clé opérateur"));
    /// Stores `der` on the token with `id`.
    void storeCertificate(const QByteArray& der, const QByteArray& id,
                          const QString& label = QStringLiteral("Certificat opérateur"));
    /// A key and the operator certificate `ca` issues for it, stored under the same id.
    void provision(const enrol::CertificateAuthority& ca, const QByteArray& id, const QString& commonName,
                   const QString& title, const QDateTime& notBefore = {}, const QDateTime& notAfter = {});
    /// Logs out, as a token is when the operator comes to the desk.
    void logOutAfterSetup();

private:
    token::test::SoftHsm m_softhsm;
    std::shared_ptr<token::Pkcs11Module> m_module;
    std::optional<token::TokenSession> m_session;
};

/// logIn with `pin` against `anchors` and `roles`, now.
Result<std::shared_ptr<OperatorSession>> logInWith(token::TokenSession session, const char* pin,
                                                   const TrustAnchors& anchors, const RoleMapping& roles);

/// The error's text, for INFO().
std::string describe(const Error& error);

} // namespace guichet::identity::test
