#include "softhsm_fixture.h"
#include "token/pkcs11_error.h"
#include "token/token_key.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <p11-kit/pkcs11.h>

using namespace guichet;
using namespace guichet::token;
using namespace guichet::token::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray keyId("\x4F\x70", 2);

TokenSession loggedInSessionWithKey(Pkcs11Module& module)
{
    TokenSession session = openTheSession(module);
    REQUIRE(session.login(Pin::fromUtf8(userPin)).ok());
    const Status generated = session.generateRsaKeyPair(2048, u"Opérateur"_s, keyId);
    INFO((generated ? QString() : generated.error().toString()).toStdString());
    REQUIRE(generated.ok());
    return session;
}

// A self-signed P-256 certificate, DER.
QByteArray selfSignedCertificate()
{
    const EvpPkeyPtr key(EVP_EC_gen("P-256"));
    REQUIRE(key);
    const X509Ptr certificate(X509_new());
    X509_set_version(certificate.get(), X509_VERSION_3);
    ASN1_INTEGER_set(X509_get_serialNumber(certificate.get()), 42);
    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), 0);
    X509_gmtime_adj(X509_getm_notAfter(certificate.get()), 3600);
    X509_NAME* name = X509_get_subject_name(certificate.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>("Opérateur AE"), -1, -1, 0);
    X509_set_issuer_name(certificate.get(), name);
    X509_set_pubkey(certificate.get(), key.get());
    REQUIRE(X509_sign(certificate.get(), key.get(), EVP_sha256()) > 0);
    QByteArray der(i2d_X509(certificate.get(), nullptr), Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    i2d_X509(certificate.get(), &out);
    return der;
}

} // namespace

TEST_CASE("A key generated on the token is listed with its id, label and URI", "[token][softhsm][keys]")
{
    SoftHsm softhsm;
    softhsm.initToken();
    const auto module = openModule();
    TokenSession session = loggedInSessionWithKey(*module);

    const Result<QList<TokenObject>> keys = session.privateKeys();
    REQUIRE(keys.ok());
    REQUIRE(keys->size() == 1);
    CHECK(keys->first().id == keyId);
    CHECK(keys->first().label == u"Opérateur"_s);
    CHECK(keys->first().uri.toString() ==
          session.token().uri().toString() + u";id=%4F%70;object=Op%C3%A9rateur;type=private"_s);
    const Result<QList<TokenCertificate>> certificates = session.certificates();
    REQUIRE(certificates.ok());
    CHECK(certificates->isEmpty());
}

TEST_CASE("A signature made on the token verifies with its public key", "[token][softhsm][keys]")
{
    SoftHsm softhsm;
    softhsm.initToken();
    const auto module = openModule();
    TokenSession session = loggedInSessionWithKey(*module);

    const Result<TokenKey> key = session.privateKey(keyId);
    REQUIRE(key.ok());
    CHECK(EVP_PKEY_get_base_id(key->evpPkey()) == EVP_PKEY_RSA);
    const QByteArray challenge = "login challenge 2026-03-01T08:00:00Z";
    const Result<QByteArray> signature = key->sign(challenge);
    INFO((signature ? QString() : signature.error().toString()).toStdString());
    REQUIRE(signature.ok());
    CHECK(signature->size() == 256);

    const Result<QByteArray> publicKey = key->publicKeyDer();
    REQUIRE(publicKey.ok());
    CHECK(verifySha256(*publicKey, challenge, *signature));
    CHECK_FALSE(verifySha256(*publicKey, QByteArray("another challenge"), *signature));

    // The key's URI, parsed back, names the same key.
    const Result<Pkcs11Uri> uri = Pkcs11Uri::parse(key->object().uri.toString());
    REQUIRE(uri.ok());
    const Result<TokenKey> again = session.privateKey(*uri);
    REQUIRE(again.ok());
    CHECK(again->object().id == keyId);
}

TEST_CASE("A key outlives the session handle it came from", "[token][softhsm][keys]")
{
    SoftHsm softhsm;
    softhsm.initToken();
    const auto module = openModule();
    std::optional<TokenKey> key;
    {
        TokenSession session = loggedInSessionWithKey(*module);
        Result<TokenKey> taken = session.privateKey(keyId);
        REQUIRE(taken.ok());
        key.emplace(std::move(taken).value());
    }
    const Result<QByteArray> signature = key->sign("still logged in");
    INFO((signature ? QString() : signature.error().toString()).toStdString());
    CHECK(signature.ok());
}

TEST_CASE("Private keys stay out of reach until login", "[token][softhsm][keys]")
{
    SoftHsm softhsm;
    softhsm.initToken();
    const auto module = openModule();
    {
        TokenSession session = loggedInSessionWithKey(*module);
        REQUIRE(session.logout().ok());
        const Result<QList<TokenObject>> keys = session.privateKeys();
        REQUIRE(keys.ok());
        CHECK(keys->isEmpty());
        const Result<TokenKey> key = session.privateKey(keyId);
        REQUIRE_FALSE(key.ok());
        CHECK(key.error().message == ckrSentence(CKR_USER_NOT_LOGGED_IN));
        CHECK(key.error().detail.startsWith(u"PKCS11_enumerate_keys: no private key matches pkcs11:"_s));
    }
    TokenSession session = openTheSession(*module);
    REQUIRE_FALSE(session.isLoggedIn());
    const Status generated = session.generateRsaKeyPair(2048, u"x"_s, QByteArray("\x01", 1));
    REQUIRE_FALSE(generated.ok());
    CHECK(generated.error().detail == u"PKCS11_generate_key: CKR_USER_NOT_LOGGED_IN (0x101)"_s);
}

TEST_CASE("Certificates on the token are listed with id, label and DER", "[token][softhsm][keys]")
{
    SoftHsm softhsm;
    softhsm.initToken();
    // Written by OpenSC's pkcs11-tool, as a certificate the RA issued would be, before the module
    // under test is loaded (SoftHSM reads its token folder at C_Initialize).
    const QByteArray der = selfSignedCertificate();
    const QTemporaryDir dir;
    QFile file(dir.filePath(u"operator.der"_s));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(der);
    file.close();
    run(u"pkcs11-tool"_s, {u"--module"_s, SoftHsm::modulePath(), u"--login"_s, u"--pin"_s,
                           QString::fromLatin1(userPin), u"--write-object"_s, file.fileName(), u"--type"_s,
                           u"cert"_s, u"--id"_s, u"4f70"_s, u"--label"_s, u"Operator certificate"_s});

    const auto module = openModule();
    const TokenSession session = openTheSession(*module);
    const Result<QList<TokenCertificate>> certificates = session.certificates();
    REQUIRE(certificates.ok());
    REQUIRE(certificates->size() == 1);
    const TokenCertificate& certificate = certificates->first();
    CHECK(certificate.object.id == keyId);
    CHECK(certificate.object.label == u"Operator certificate"_s);
    CHECK(certificate.der == der);
    CHECK(
        certificate.object.uri.toString().endsWith(u";id=%4F%70;object=Operator%20certificate;type=cert"_s));
}
