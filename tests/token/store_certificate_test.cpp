#include "softhsm_fixture.h"
#include "token/pkcs11_error.h"
#include "token/token_key.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <p11-kit/pkcs11.h>

using namespace guichet;
using namespace guichet::token;
using namespace guichet::token::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray keyId = QByteArray::fromHex("a1b2c3d4e5f60718");
// High bit set: the DER INTEGER needs a leading zero byte, which a careless encoder drops.
const QByteArray serialBytes = QByteArray::fromHex("c0ffee0123456789abcdef0123456789");

QByteArray derOf(X509* certificate)
{
    QByteArray der(i2d_X509(certificate, nullptr), Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    i2d_X509(certificate, &out);
    return der;
}

// A certificate for `publicKeyDer` (SubjectPublicKeyInfo), signed by a throwaway software issuer.
QByteArray certificateFor(const QByteArray& publicKeyDer)
{
    const auto* in = reinterpret_cast<const unsigned char*>(publicKeyDer.constData());
    const EvpPkeyPtr subjectKey(d2i_PUBKEY(nullptr, &in, publicKeyDer.size()));
    REQUIRE(subjectKey);
    const EvpPkeyPtr issuerKey(EVP_EC_gen("P-256"));
    REQUIRE(issuerKey);
    const X509Ptr certificate(X509_new());
    X509_set_version(certificate.get(), X509_VERSION_3);
    BIGNUM* serial = BN_bin2bn(reinterpret_cast<const unsigned char*>(serialBytes.constData()),
                               static_cast<int>(serialBytes.size()), nullptr);
    REQUIRE(BN_to_ASN1_INTEGER(serial, X509_get_serialNumber(certificate.get())) != nullptr);
    BN_free(serial);
    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), 0);
    X509_gmtime_adj(X509_getm_notAfter(certificate.get()), 3600);
    X509_NAME* subject = X509_get_subject_name(certificate.get());
    X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>("Camille Martin"), -1, -1, 0);
    X509_NAME* issuer = X509_get_issuer_name(certificate.get());
    X509_NAME_add_entry_by_txt(issuer, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>("AC de test"), -1, -1, 0);
    X509_set_pubkey(certificate.get(), subjectKey.get());
    REQUIRE(X509_sign(certificate.get(), issuerKey.get(), EVP_sha256()) > 0);
    return derOf(certificate.get());
}

QString pkcs11ToolObjects(bool login)
{
    QStringList arguments{u"--module"_s, SoftHsm::modulePath(), u"-O"_s};
    if (login) {
        arguments << u"--login"_s << u"--pin"_s << QString::fromLatin1(userPin);
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"pkcs11-tool"_s, arguments);
    REQUIRE(process.waitForFinished(30000));
    const QString output = QString::fromUtf8(process.readAll());
    INFO(output.toStdString());
    REQUIRE(process.exitCode() == 0);
    return output;
}

} // namespace

TEST_CASE("A key generated on the token gets its certificate with the full attribute set",
          "[token][softhsm][certificates]")
{
    SoftHsm softhsm;
    softhsm.initToken();
    const auto module = openModule();
    TokenSession session = openTheSession(*module);
    REQUIRE(session.login(Pin::fromUtf8(userPin)).ok());
    const Status generated = session.generateRsaKeyPair(2048, u"Clé opérateur"_s, keyId);
    INFO((generated ? QString() : generated.error().toString()).toStdString());
    REQUIRE(generated.ok());
    const Result<TokenKey> key = session.privateKey(keyId);
    REQUIRE(key.ok());
    const Result<QByteArray> publicKey = key->publicKeyDer();
    REQUIRE(publicKey.ok());
    const QByteArray der = certificateFor(*publicKey);

    const Status stored = session.storeCertificate(der, keyId, u"Certificat opérateur"_s);
    INFO((stored ? QString() : stored.error().toString()).toStdString());
    REQUIRE(stored.ok());

    // Read back directly, and through the listing.
    const Result<QByteArray> readBack = session.readCertificate(keyId);
    REQUIRE(readBack.ok());
    CHECK(*readBack == der);
    const Result<QList<TokenCertificate>> certificates = session.certificates();
    REQUIRE(certificates.ok());
    REQUIRE(certificates->size() == 1);
    CHECK(certificates->first().der == der);
    CHECK(certificates->first().object.id == keyId);
    CHECK(certificates->first().object.label == u"Certificat opérateur"_s);

    // Another PKCS#11 application (OpenSC's pkcs11-tool, another process) sees the certificate with
    // its serial (decoded from CKA_SERIAL_NUMBER as a DER INTEGER: raw bytes would show 0211...),
    // and the key with the same id.
    const QString objects = pkcs11ToolObjects(true);
    INFO(objects.toStdString());
    CHECK(objects.contains(u"Certificate Object; type = X.509 cert"_s));
    CHECK(objects.contains(u"label:      Certificat opérateur"_s));
    CHECK(objects.contains(u"serial:     C0FFEE0123456789ABCDEF0123456789"_s, Qt::CaseInsensitive));
    CHECK(objects.contains(u"Private Key Object; RSA"_s));
    CHECK(objects.count(u"ID:         a1b2c3d4e5f60718"_s) >= 2); // private key, certificate (+ public key)
}

TEST_CASE("A stored certificate is public and survives the session", "[token][softhsm][certificates]")
{
    SoftHsm softhsm;
    softhsm.initToken();
    const QByteArray der = certificateFor([] {
        const EvpPkeyPtr key(EVP_EC_gen("P-256"));
        QByteArray spki(i2d_PUBKEY(key.get(), nullptr), Qt::Uninitialized);
        auto* out = reinterpret_cast<unsigned char*>(spki.data());
        i2d_PUBKEY(key.get(), &out);
        return spki;
    }());
    {
        const auto module = openModule();
        TokenSession session = openTheSession(*module);
        REQUIRE(session.login(Pin::fromUtf8(userPin)).ok());
        REQUIRE(session.storeCertificate(der, keyId, u"Holder"_s).ok());
    }
    // Not logged in, in a fresh module instance: a public object is readable.
    const auto module = openModule();
    const TokenSession session = openTheSession(*module);
    REQUIRE_FALSE(session.isLoggedIn());
    const Result<QByteArray> readBack = session.readCertificate(keyId);
    REQUIRE(readBack.ok());
    CHECK(*readBack == der);
    // pkcs11-tool without login too.
    CHECK(pkcs11ToolObjects(false).contains(u"serial:     C0FFEE0123456789ABCDEF0123456789"_s,
                                            Qt::CaseInsensitive));
}

TEST_CASE("Storing a certificate refuses garbage, an empty id and a duplicate id",
          "[token][softhsm][certificates]")
{
    SoftHsm softhsm;
    softhsm.initToken();
    const auto module = openModule();
    TokenSession session = openTheSession(*module);
    REQUIRE(session.login(Pin::fromUtf8(userPin)).ok());

    const Status garbage = session.storeCertificate(QByteArray("not a certificate"), keyId, u"x"_s);
    REQUIRE_FALSE(garbage.ok());
    CHECK(garbage.error().detail == u"storeCertificate: not a DER X.509 certificate"_s);

    const EvpPkeyPtr key(EVP_EC_gen("P-256"));
    QByteArray spki(i2d_PUBKEY(key.get(), nullptr), Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(spki.data());
    i2d_PUBKEY(key.get(), &out);
    const QByteArray der = certificateFor(spki);

    // Trailing bytes after the certificate are not a certificate either.
    const Status trailing = session.storeCertificate(der + QByteArray("\0", 1), keyId, u"x"_s);
    REQUIRE_FALSE(trailing.ok());

    const Status noId = session.storeCertificate(der, QByteArray(), u"x"_s);
    REQUIRE_FALSE(noId.ok());
    CHECK(noId.error().detail == u"storeCertificate: empty CKA_ID"_s);

    REQUIRE(session.storeCertificate(der, keyId, u"first"_s).ok());
    const Status duplicate = session.storeCertificate(der, keyId, u"second"_s);
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().detail ==
          u"storeCertificate: a certificate with CKA_ID a1b2c3d4e5f60718 exists"_s);

    const Result<QByteArray> missing = session.readCertificate(QByteArray::fromHex("0102"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().detail == u"C_FindObjects: no certificate with CKA_ID 0102"_s);
}

TEST_CASE("Storing a certificate on a token that is gone says so", "[token][softhsm][certificates]")
{
    SoftHsm softhsm;
    softhsm.initToken();
    const auto module = openModule();
    TokenSession session = openTheSession(*module);
    REQUIRE(session.login(Pin::fromUtf8(userPin)).ok());
    const EvpPkeyPtr key(EVP_EC_gen("P-256"));
    QByteArray spki(i2d_PUBKEY(key.get(), nullptr), Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(spki.data());
    i2d_PUBKEY(key.get(), &out);
    const QByteArray der = certificateFor(spki);
    softhsm.deleteToken();
    const Status stored = session.storeCertificate(der, keyId, u"x"_s);
    REQUIRE_FALSE(stored.ok());
    CHECK(stored.error().detail == u"C_GetTokenInfo: CKR_GENERAL_ERROR (0x5)"_s);
}

TEST_CASE("NSS sees a certificate stored beside an EC key generated on the token",
          "[token][softhsm][certificates][nss]")
{
    // NSS's tools come with libnss3-tools (packaging/build-deps.txt): the holder's browser sees the
    // token through NSS, so this check must run, never be skipped.
    REQUIRE_FALSE(QStandardPaths::findExecutable(u"certutil"_s).isEmpty());
    REQUIRE_FALSE(QStandardPaths::findExecutable(u"modutil"_s).isEmpty());
    SoftHsm softhsm;
    softhsm.initToken();
    const auto module = openModule();
    TokenSession session = openTheSession(*module);
    REQUIRE(session.login(Pin::fromUtf8(userPin)).ok());
    REQUIRE(session.generateEcKeyPair(EcCurve::P256, u"Holder"_s, keyId).ok());
    const Result<TokenKey> key = session.privateKey(keyId);
    REQUIRE(key.ok());
    const Result<QByteArray> publicKey = key->publicKeyDer();
    REQUIRE(publicKey.ok());
    REQUIRE(session.storeCertificate(certificateFor(*publicKey), keyId, u"Holder certificate"_s).ok());

    const QTemporaryDir nss;
    REQUIRE(nss.isValid());
    const QString database = u"sql:"_s + nss.path();
    run(u"certutil"_s, {u"-N"_s, u"-d"_s, database, u"--empty-password"_s});
    run(u"modutil"_s,
        {u"-dbdir"_s, database, u"-add"_s, u"softhsm"_s, u"-libfile"_s, SoftHsm::modulePath(), u"-force"_s});
    QFile password(nss.filePath(u"pin.txt"_s));
    REQUIRE(password.open(QIODevice::WriteOnly));
    password.write(QByteArray(userPin) + '\n');
    password.close();
    QProcess certutil;
    certutil.setProcessChannelMode(QProcess::MergedChannels);
    certutil.start(u"certutil"_s, {u"-L"_s, u"-d"_s, database, u"-h"_s, QString::fromLatin1(tokenLabel),
                                   u"-f"_s, password.fileName()});
    REQUIRE(certutil.waitForFinished(30000));
    const QString listing = QString::fromUtf8(certutil.readAll());
    INFO(listing.toStdString());
    CHECK(certutil.exitCode() == 0);
    // "u,u,u": NSS paired the certificate with its private key.
    CHECK(listing.contains(QRegularExpression(u"Guichet Test:Holder certificate\\s+u,u,u"_s)));
}
