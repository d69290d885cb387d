#include "identity_fixture.h"

#include "token/token_key.h"

#include <catch2/catch.hpp>
#include <openssl/x509v3.h>

using namespace Qt::StringLiterals;

namespace guichet::identity::test {

std::string describe(const Error& error)
{
    return error.toString().toStdString();
}

enrol::CertificateAuthority makeCa(const QString& commonName, const QString& organisation)
{
    enrol::CaOptions options;
    options.commonName = commonName;
    options.organization = organisation;
    options.country = u"FR"_s;
    Result<enrol::CertificateAuthority> ca = enrol::CertificateAuthority::create(options);
    INFO((ca ? std::string() : describe(ca.error())));
    REQUIRE(ca.ok());
    return *ca;
}

TrustAnchors anchorsOf(const enrol::CertificateAuthority& ca)
{
    TrustAnchors anchors;
    const Status added = anchors.add(ca.certificateDer(), u"test CA"_s);
    INFO((added ? std::string() : describe(added.error())));
    REQUIRE(added.ok());
    return anchors;
}

QByteArray operatorCertificate(const enrol::CertificateAuthority& ca, const QByteArray& publicKeyDer,
                               const QString& commonName, const QString& title, const QDateTime& notBefore,
                               const QDateTime& notAfter)
{
    enrol::CertificateRequest request;
    request.publicKeyDer = publicKeyDer;
    request.subject.commonName = commonName;
    request.subject.organization = u"AE Exemple"_s;
    request.subject.title = title;
    request.profile = enrol::Profile::Operator;
    request.notBefore = notBefore;
    request.notAfter = notAfter;
    Result<QByteArray> der = ca.issue(request);
    INFO((der ? std::string() : describe(der.error())));
    REQUIRE(der.ok());
    return *der;
}

RoleMapping testRoles()
{
    const QByteArray json = R"({"version": 1, "rules": [
        {"issuer": {"O": "AE Exemple"}, "subject": {"title": "AEA"}, "roles": ["aea"]},
        {"issuer": {"O": "AE Exemple"}, "subject": {"title": "AET"}, "roles": ["aet"]},
        {"issuer": {"O": "AE Exemple"}, "subject": {"title": "AED"}, "roles": ["aed"]},
        {"subject": {"CN": "Marie Martin"}, "roles": ["aed"], "comment": "also delivers"},
        {"issuer": {"O": "Guichet FORMATION"}, "subject": {"title": "AEA"}, "roles": ["aea"]}
    ]})";
    Result<RoleMapping> roles = RoleMapping::parse(json, u"test roles"_s);
    INFO((roles ? std::string() : describe(roles.error())));
    REQUIRE(roles.ok());
    return *roles;
}

// ---- Hand-made certificates ------------------------------------------------------------------------

QByteArray HandmadeCa::der() const
{
    QByteArray bytes(i2d_X509(certificate.get(), nullptr), Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(bytes.data());
    i2d_X509(certificate.get(), &out);
    return bytes;
}

namespace {

void addExtension(X509* certificate, X509* issuer, int nid, const char* value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    REQUIRE(extension != nullptr);
    REQUIRE(X509_add_ext(certificate, extension, -1) == 1);
    X509_EXTENSION_free(extension);
}

token::X509Ptr newCertificate(const char* commonName, EVP_PKEY* key, long serial)
{
    token::X509Ptr certificate(X509_new());
    REQUIRE(certificate);
    X509_set_version(certificate.get(), X509_VERSION_3);
    ASN1_INTEGER_set(X509_get_serialNumber(certificate.get()), serial);
    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(certificate.get()), 3600L * 24 * 365);
    X509_NAME* name = X509_get_subject_name(certificate.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(commonName),
                               -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>("AE Exemple"),
                               -1, -1, 0);
    X509_set_pubkey(certificate.get(), key);
    return certificate;
}

} // namespace

HandmadeCa handmadeCa(const char* commonName, const HandmadeCa* issuer)
{
    HandmadeCa ca;
    ca.key.reset(EVP_EC_gen("P-256"));
    REQUIRE(ca.key);
    ca.certificate = newCertificate(commonName, ca.key.get(), 1000);
    X509* signer = issuer ? issuer->certificate.get() : ca.certificate.get();
    X509_set_issuer_name(ca.certificate.get(), X509_get_subject_name(signer));
    addExtension(ca.certificate.get(), signer, NID_basic_constraints, "critical,CA:TRUE");
    addExtension(ca.certificate.get(), signer, NID_key_usage, "critical,keyCertSign,cRLSign");
    REQUIRE(X509_sign(ca.certificate.get(), issuer ? issuer->key.get() : ca.key.get(), EVP_sha256()) > 0);
    return ca;
}

QByteArray handmadeLeaf(const HandmadeCa& issuer, const char* commonName, const char* keyUsage, EVP_PKEY* key)
{
    token::EvpPkeyPtr fresh;
    if (key == nullptr) {
        fresh.reset(EVP_EC_gen("P-256"));
        key = fresh.get();
    }
    token::X509Ptr certificate = newCertificate(commonName, key, 2000);
    X509_set_issuer_name(certificate.get(), X509_get_subject_name(issuer.certificate.get()));
    addExtension(certificate.get(), issuer.certificate.get(), NID_basic_constraints, "critical,CA:FALSE");
    if (keyUsage != nullptr) {
        addExtension(certificate.get(), issuer.certificate.get(), NID_key_usage, keyUsage);
    }
    REQUIRE(X509_sign(certificate.get(), issuer.key.get(), EVP_sha256()) > 0);
    QByteArray bytes(i2d_X509(certificate.get(), nullptr), Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(bytes.data());
    i2d_X509(certificate.get(), &out);
    return bytes;
}

// ---- The token ------------------------------------------------------------------------------------

OperatorToken::OperatorToken(const QString& modulePath)
{
    m_softhsm.initToken();
    m_module = token::test::openModule(modulePath);
    m_session = token::test::openTheSession(*m_module);
}

OperatorToken::~OperatorToken()
{
    m_session.reset();
    m_module.reset();
}

QByteArray OperatorToken::generateKey(const QByteArray& id, const QString& label)
{
    REQUIRE(m_session->login(token::Pin::fromUtf8(token::test::userPin)).ok());
    const Status generated = m_session->generateRsaKeyPair(2048, label, id);
    INFO((generated ? std::string() : describe(generated.error())));
    REQUIRE(generated.ok());
    Result<token::TokenKey> key = m_session->privateKey(id);
    INFO((key ? std::string() : describe(key.error())));
    REQUIRE(key.ok());
    Result<QByteArray> publicKey = key->publicKeyDer();
    REQUIRE(publicKey.ok());
    return *publicKey;
}

void OperatorToken::storeCertificate(const QByteArray& der, const QByteArray& id, const QString& label)
{
    const Status stored = m_session->storeCertificate(der, id, label);
    INFO((stored ? std::string() : describe(stored.error())));
    REQUIRE(stored.ok());
}

void OperatorToken::provision(const enrol::CertificateAuthority& ca, const QByteArray& id,
                              const QString& commonName, const QString& title, const QDateTime& notBefore,
                              const QDateTime& notAfter)
{
    const QByteArray publicKey = generateKey(id);
    storeCertificate(operatorCertificate(ca, publicKey, commonName, title, notBefore, notAfter), id);
}

void OperatorToken::logOutAfterSetup()
{
    REQUIRE(m_session->logout().ok());
    REQUIRE_FALSE(m_session->isLoggedIn());
}

Result<std::shared_ptr<OperatorSession>> logInWith(token::TokenSession session, const char* pin,
                                                   const TrustAnchors& anchors, const RoleMapping& roles)
{
    const LoginPolicy policy{anchors, roles, QDateTime::currentDateTimeUtc()};
    return logIn(std::move(session), token::Pin::fromUtf8(pin), token::FinalTry::NotConfirmed, policy);
}

} // namespace guichet::identity::test
