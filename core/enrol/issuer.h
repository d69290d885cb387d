#pragma once

// Issuing the holder's certificate, the moment of the face-to-face delivery when a CA certifies the
// key just generated on the holder's token (docs/issuance.md). An Issuer takes an IssuanceRequest —
// the holder's token key (which signs the proof of possession on the token), the subject and the
// product's profile, and how the request is protected — and returns the certificate, checked
// against the request (checkIssuedCertificate) before it is handed back.
//
//   CmpIssuer (cmp_issuer.h)  the RA's CA over CMP (RFC 4210), OpenSSL's CMP client
//   TrainingIssuer            the training CA (enrol::CertificateAuthority), in training mode only
//
// issue() blocks (a CMP exchange, token signatures): call it off the GUI thread.

#include "enrol/certificate_authority.h"
#include "enrol/certificate_profile.h"
#include "enrol/issued_check.h"
#include "model/result.h"
#include "token/secure_buffer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <variant>

namespace guichet::token {
class TokenKey;
}

namespace guichet::enrol {

/// The request is signed by the operator's token key (CMP signature protection); their certificate
/// (and its chain) travel in the message's extraCerts for the CA to verify.
struct OperatorProtection
{
    const token::TokenKey* key = nullptr; ///< not owned; must outlive issue()
    QByteArray certificateDer;
    QList<QByteArray> chainDer; ///< intermediate CA certificates, if the CA needs them
};

/// The request is protected with a secret shared with the CA (CMP password-based MAC, PBM), as the
/// CA's configuration gives it: a reference (the senderKID) and the secret itself.
struct SharedSecretProtection
{
    QByteArray reference;
    token::SecureBuffer secret; ///< wiped when the request goes; never a QString
};

using RequestProtection = std::variant<OperatorProtection, SharedSecretProtection>;

struct IssuanceRequest
{
    /// The key generated on the holder's token: signs the proof of possession there. Not owned.
    const token::TokenKey* holderKey = nullptr;
    /// A plain copy of its public key (TokenKey::publicKeyDer()): what the certificate must hold.
    /// The token's EVP_PKEY itself never goes into an object OpenSSL copies.
    QByteArray holderPublicKeyDer;
    SubjectFields subject; ///< holderSubject(order)
    CertificateProfile profile;
    RequestProtection protection;
};

struct IssuedCertificate
{
    QByteArray der;
    /// CA certificates that came with it (CMP caPubs and extraCerts), DER.
    QList<QByteArray> caCertificates;
    CertificateSummary summary;
    /// Who issued it, for the audit trail: "CMP http://ca.example:8080/pkix/" or "training CA ...".
    QString issuedBy;
};

class Issuer
{
public:
    virtual ~Issuer() = default;
    /// The certificate for `request`, already checked against it and against the issuer's CA
    /// certificates; or an Error whose message is a plain sentence for the operator (the CA is
    /// unreachable, too slow, not a CA, refused the request and why, issued a certificate that does
    /// not match) and whose detail carries OpenSSL's errors for support.
    virtual Result<IssuedCertificate> issue(const IssuanceRequest& request) = 0;
    /// For messages and the audit trail: "CMP http://host:port/path", "training CA ...".
    virtual QString description() const = 0;
};

/// What checkIssuedCertificate() should hold a certificate issued for `request` to, under the CA
/// certificates `caCertificates` (DER or PEM).
ExpectedCertificate expectedFor(const IssuanceRequest& request, const QList<QByteArray>& caCertificates);

/// Issues with the training CA, locally: the demo delivers end to end without a real CA. It refuses
/// unless the desk is in training mode and the CA is the training CA (organisation "Guichet
/// FORMATION"), and marks the certificates it issues (OU "FORMATION / TRAINING"). Like a CA, it
/// wants the holder's token to prove possession of the key, and the operator's certificate (when the
/// request is signed) to be a training certificate whose key signed.
class TrainingIssuer final : public Issuer
{
    Q_DECLARE_TR_FUNCTIONS(guichet::enrol::TrainingIssuer)

public:
    /// `trainingMode`: the desk runs in training mode (LoginConfig::trainingMode, Operator::training).
    TrainingIssuer(CertificateAuthority ca, bool trainingMode);

    Result<IssuedCertificate> issue(const IssuanceRequest& request) override;
    QString description() const override;

private:
    CertificateAuthority m_ca;
    bool m_trainingMode = false;
};

} // namespace guichet::enrol
