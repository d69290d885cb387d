#include "test_signer.h"

#include "audit/verifier.h"

#include <catch2/catch.hpp>

namespace guichet::testing {

SoftwareSigner::SoftwareSigner(const char* commonName)
{
    m_key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    REQUIRE(m_key);
    token::X509Ptr certificate(X509_new());
    REQUIRE(certificate);
    X509_set_version(certificate.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(certificate.get()), 1);
    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), 0);
    X509_gmtime_adj(X509_getm_notAfter(certificate.get()), 3600);
    X509_set_pubkey(certificate.get(), m_key.get());
    X509_NAME* name = X509_get_subject_name(certificate.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(commonName),
                               -1, -1, 0);
    X509_set_issuer_name(certificate.get(), name);
    REQUIRE(X509_sign(certificate.get(), m_key.get(), EVP_sha256()) > 0);
    unsigned char* der = nullptr;
    const int length = i2d_X509(certificate.get(), &der);
    REQUIRE(length > 0);
    m_certificate = QByteArray(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
}

Result<QByteArray> SoftwareSigner::sign(const QByteArray& digestInput)
{
    if (failNextSignature) {
        failNextSignature = false;
        return Error{QStringLiteral("token removed"), {}};
    }
    token::EvpMdCtxPtr context(EVP_MD_CTX_new());
    size_t length = 0;
    const auto* data = reinterpret_cast<const unsigned char*>(digestInput.constData());
    if (!context || EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) != 1 ||
        EVP_DigestSign(context.get(), nullptr, &length, data, size_t(digestInput.size())) != 1) {
        return Error{QStringLiteral("EVP_DigestSign failed"), {}};
    }
    QByteArray signature(qsizetype(length), '\0');
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(signature.data()), &length, data,
                       size_t(digestInput.size())) != 1) {
        return Error{QStringLiteral("EVP_DigestSign failed"), {}};
    }
    signature.resize(qsizetype(length));
    ++signatures;
    return signature;
}

Operator testOperator(const audit::Signer& signer, const QString& id, QList<Role> roles)
{
    Operator who;
    who.id = id;
    who.name = id;
    who.organisation = QStringLiteral("AE de test");
    who.certificateDer = signer.certificateDer();
    who.certificateReference = audit::certificateReference(who.certificateDer);
    who.roles = std::move(roles);
    return who;
}

} // namespace guichet::testing
