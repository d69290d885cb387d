#pragma once

// Checks the signatures of audit entries against certificates the caller trusts (the operators'
// certificates, obtained outside the store: a certificate in the store proves nothing).

#include "model/result.h"
#include "token/openssl_handles.h"

#include <QByteArray>
#include <QString>
#include <map>

namespace guichet::audit {

/// How an entry names its signer's certificate: "sha256:" + the lower-case hex SHA-256 of its DER.
QString certificateReference(const QByteArray& certificateDer);

class Verifier
{
public:
    virtual ~Verifier() = default;
    /// Succeeds when `signature` is a valid SHA-256 signature of `data` by the certificate that
    /// `signerReference` names.
    virtual Status verify(const QString& signerReference, const QByteArray& data,
                          const QByteArray& signature) const = 0;
};

/// A Verifier over a set of trusted certificates (EVP_DigestVerify, SHA-256; RSA or EC keys).
class CertificateVerifier : public Verifier
{
public:
    /// Trusts `certificateDer` (an X.509 certificate, DER).
    Status addCertificate(const QByteArray& certificateDer);
    Status verify(const QString& signerReference, const QByteArray& data,
                  const QByteArray& signature) const override;

private:
    std::map<QString, token::EvpPkeyPtr> m_keys; ///< by certificate reference
};

} // namespace guichet::audit
