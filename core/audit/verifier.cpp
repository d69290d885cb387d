#include "verifier.h"

#include "audit_entry.h"

#include <QCoreApplication>
#include <openssl/err.h>

namespace guichet::audit {

QString certificateReference(const QByteArray& certificateDer)
{
    return QStringLiteral("sha256:") + QString::fromLatin1(sha256(certificateDer).toHex());
}

Status CertificateVerifier::addCertificate(const QByteArray& certificateDer)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(certificateDer.constData());
    token::X509Ptr certificate(d2i_X509(nullptr, &bytes, long(certificateDer.size())));
    token::EvpPkeyPtr key(certificate ? X509_get_pubkey(certificate.get()) : nullptr);
    if (!key) {
        return Error{
            QCoreApplication::translate("guichet::audit", "The operator's certificate could not be read."),
            QStringLiteral("d2i_X509 / X509_get_pubkey")};
    }
    m_keys[certificateReference(certificateDer)] = std::move(key);
    return {};
}

Status CertificateVerifier::verify(const QString& signerReference, const QByteArray& data,
                                   const QByteArray& signature) const
{
    const auto found = m_keys.find(signerReference);
    if (found == m_keys.end()) {
        return Error{
            QCoreApplication::translate("guichet::audit", "The entry was signed by an unknown certificate."),
            signerReference};
    }
    token::EvpMdCtxPtr context(EVP_MD_CTX_new());
    if (!context ||
        EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, found->second.get()) != 1 ||
        EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char*>(signature.constData()),
                         size_t(signature.size()), reinterpret_cast<const unsigned char*>(data.constData()),
                         size_t(data.size())) != 1) {
        ERR_clear_error(); // leave no stale error for the next OpenSSL caller on this thread
        return Error{QCoreApplication::translate("guichet::audit", "The entry's signature is not valid."),
                     signerReference};
    }
    return {};
}

} // namespace guichet::audit
