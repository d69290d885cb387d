#include "catch_qt.h"
#include "enrol/certificate_authority.h"
#include "token/openssl_handles.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <openssl/bn.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>
#include <sys/stat.h>

using namespace guichet;
using namespace guichet::enrol;
using namespace guichet::token;
using namespace Qt::StringLiterals;

namespace {

X509Ptr parse(const QByteArray& der)
{
    const auto* in = reinterpret_cast<const unsigned char*>(der.constData());
    X509Ptr certificate(d2i_X509(nullptr, &in, static_cast<long>(der.size())));
    REQUIRE(certificate);
    return certificate;
}

QByteArray publicKeyDer(EVP_PKEY* key)
{
    QByteArray der(i2d_PUBKEY(key, nullptr), Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    i2d_PUBKEY(key, &out);
    return der;
}

CertificateAuthority makeCa(KeyType type = KeyType::EcP256)
{
    Result<CertificateAuthority> ca = CertificateAuthority::create(
        {u"AC de test"_s, u"Guichet TEST"_s, u"FR"_s, type, QDateTime(), QDateTime()});
    INFO((ca ? QString() : ca.error().toString()).toStdString());
    REQUIRE(ca.ok());
    return *ca;
}

/// X509_verify_cert of `der` against `caDer` as the only trust anchor, at `at` (default now):
/// X509_V_OK or the error code.
int verify(const QByteArray& der, const QByteArray& caDer, std::optional<QDateTime> at = {})
{
    const X509Ptr certificate = parse(der);
    const X509Ptr anchor = parse(caDer);
    const X509StorePtr store(X509_STORE_new());
    REQUIRE(X509_STORE_add_cert(store.get(), anchor.get()) == 1);
    const X509StoreCtxPtr context(X509_STORE_CTX_new());
    REQUIRE(X509_STORE_CTX_init(context.get(), store.get(), certificate.get(), nullptr) == 1);
    if (at) {
        X509_STORE_CTX_set_time(context.get(), 0, static_cast<time_t>(at->toSecsSinceEpoch()));
    }
    const int ok = X509_verify_cert(context.get());
    const int error = X509_STORE_CTX_get_error(context.get());
    CHECK((ok == 1) == (error == X509_V_OK));
    return error;
}

QString entry(X509* certificate, int nid)
{
    X509_NAME* name = X509_get_subject_name(certificate);
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0) {
        return {};
    }
    unsigned char* utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)));
    REQUIRE(length >= 0);
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

bool isCritical(X509* certificate, int nid)
{
    const int index = X509_get_ext_by_NID(certificate, nid, -1);
    REQUIRE(index >= 0);
    return X509_EXTENSION_get_critical(X509_get_ext(certificate, index)) == 1;
}

QByteArray octets(const ASN1_OCTET_STRING* string)
{
    REQUIRE(string != nullptr);
    return QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(string)),
                      ASN1_STRING_length(string));
}

QByteArray serialOf(X509* certificate)
{
    const BignumPtr number(ASN1_INTEGER_to_BN(X509_get0_serialNumber(certificate), nullptr));
    REQUIRE(number);
    REQUIRE_FALSE(BN_is_negative(number.get()));
    QByteArray bytes(BN_num_bytes(number.get()), Qt::Uninitialized);
    BN_bn2bin(number.get(), reinterpret_cast<unsigned char*>(bytes.data()));
    return bytes;
}

CertificateRequest operatorRequest(EVP_PKEY* key)
{
    CertificateRequest request;
    request.publicKeyDer = publicKeyDer(key);
    request.subject.commonName = u"Camille Martin"_s;
    request.subject.givenName = u"Camille"_s;
    request.subject.surname = u"Martin"_s;
    request.subject.organization = u"Guichet TEST"_s;
    request.subject.organizationalUnit = u"Autorité d'enregistrement"_s;
    request.subject.title = u"AEA"_s;
    request.subject.organizationIdentifier = u"NTRFR-123456789"_s;
    request.subject.emailAddress = u"camille.martin@example.org"_s;
    request.subject.country = u"FR"_s;
    request.profile = Profile::Operator;
    return request;
}

} // namespace

TEST_CASE("A new certification authority is self-signed with CA constraints", "[enrol][ca]")
{
    const KeyType type = GENERATE(KeyType::EcP256, KeyType::Rsa3072);
    const CertificateAuthority ca = makeCa(type);
    const X509Ptr certificate = parse(ca.certificateDer());
    CHECK(verify(ca.certificateDer(), ca.certificateDer()) == X509_V_OK);
    CHECK(X509_check_ca(certificate.get()) == 1);
    CHECK(isCritical(certificate.get(), NID_basic_constraints));
    CHECK(isCritical(certificate.get(), NID_key_usage));
    CHECK(X509_get_key_usage(certificate.get()) == (KU_KEY_CERT_SIGN | KU_CRL_SIGN));
    CHECK(X509_get0_subject_key_id(certificate.get()) != nullptr);
    CHECK(ca.subject() == u"CN=AC de test,O=Guichet TEST,C=FR"_s);
    EVP_PKEY* key = X509_get0_pubkey(certificate.get());
    if (type == KeyType::EcP256) {
        CHECK(EVP_PKEY_get_base_id(key) == EVP_PKEY_EC);
        CHECK(EVP_PKEY_get_bits(key) == 256);
    } else {
        CHECK(EVP_PKEY_get_base_id(key) == EVP_PKEY_RSA);
        CHECK(EVP_PKEY_get_bits(key) == 3072);
    }
    CHECK(ca.certificatePem().startsWith("-----BEGIN CERTIFICATE-----\n"));
}

TEST_CASE("An operator certificate carries the requested subject and extensions", "[enrol][ca]")
{
    const CertificateAuthority ca = makeCa(GENERATE(KeyType::EcP256, KeyType::Rsa3072));
    const EvpPkeyPtr key(EVP_EC_gen("P-256"));
    const CertificateRequest request = operatorRequest(key.get());
    const Result<QByteArray> issued = ca.issue(request);
    INFO((issued ? QString() : issued.error().toString()).toStdString());
    REQUIRE(issued.ok());
    CHECK(verify(*issued, ca.certificateDer()) == X509_V_OK);

    const X509Ptr certificate = parse(*issued);
    CHECK(entry(certificate.get(), NID_commonName) == u"Camille Martin"_s);
    CHECK(entry(certificate.get(), NID_givenName) == u"Camille"_s);
    CHECK(entry(certificate.get(), NID_surname) == u"Martin"_s);
    CHECK(entry(certificate.get(), NID_organizationName) == u"Guichet TEST"_s);
    CHECK(entry(certificate.get(), NID_organizationalUnitName) == u"Autorité d'enregistrement"_s);
    CHECK(entry(certificate.get(), NID_title) == u"AEA"_s);
    CHECK(entry(certificate.get(), NID_organizationIdentifier) == u"NTRFR-123456789"_s);
    CHECK(entry(certificate.get(), NID_pkcs9_emailAddress) == u"camille.martin@example.org"_s);
    CHECK(entry(certificate.get(), NID_countryName) == u"FR"_s);
    CHECK(X509_NAME_cmp(X509_get_issuer_name(certificate.get()),
                        X509_get_subject_name(parse(ca.certificateDer()).get())) == 0);
    CHECK(publicKeyDer(X509_get0_pubkey(certificate.get())) == request.publicKeyDer);

    CHECK(X509_check_ca(certificate.get()) == 0);
    CHECK(isCritical(certificate.get(), NID_basic_constraints));
    CHECK(isCritical(certificate.get(), NID_key_usage));
    CHECK(X509_get_key_usage(certificate.get()) == (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION));
    CHECK_FALSE(isCritical(certificate.get(), NID_ext_key_usage));
    CHECK(X509_get_extended_key_usage(certificate.get()) == (XKU_SSL_CLIENT | XKU_SMIME));
    CHECK(X509_check_email(certificate.get(), "camille.martin@example.org", 0, 0) == 1);
    // The authority key identifier is the CA's subject key identifier.
    const X509Ptr caCertificate = parse(ca.certificateDer());
    CHECK(octets(X509_get0_authority_key_id(certificate.get())) ==
          octets(X509_get0_subject_key_id(caCertificate.get())));
    CHECK(X509_get0_subject_key_id(certificate.get()) != nullptr);

    // Default serial: 16 random bytes, positive; default validity: about two years from now.
    CHECK(serialOf(certificate.get()).size() == 16);
    int days = 0;
    int seconds = 0;
    REQUIRE(ASN1_TIME_diff(&days, &seconds, X509_get0_notBefore(certificate.get()),
                           X509_get0_notAfter(certificate.get())) == 1);
    CHECK((days >= 730 && days <= 731));
}

TEST_CASE("A holder certificate is for e-mail protection only, and serials are random", "[enrol][ca]")
{
    const CertificateAuthority ca = makeCa();
    const EvpPkeyPtr key(EVP_RSA_gen(2048));
    CertificateRequest request;
    request.publicKeyDer = publicKeyDer(key.get());
    request.subject.commonName = u"Léa Dupont"_s;
    request.profile = Profile::Holder;
    const Result<QByteArray> first = ca.issue(request);
    const Result<QByteArray> second = ca.issue(request);
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(verify(*first, ca.certificateDer()) == X509_V_OK);
    const X509Ptr certificate = parse(*first);
    CHECK(entry(certificate.get(), NID_commonName) == u"Léa Dupont"_s);
    CHECK(entry(certificate.get(), NID_organizationName).isEmpty());
    CHECK(X509_get_key_usage(certificate.get()) == (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION));
    CHECK(X509_get_extended_key_usage(certificate.get()) == XKU_SMIME);
    CHECK(X509_get_ext_by_NID(certificate.get(), NID_subject_alt_name, -1) < 0); // no e-mail, no SAN
    CHECK(serialOf(certificate.get()) != serialOf(parse(*second).get()));
}

TEST_CASE("Expired and not yet valid certificates can be issued for tests", "[enrol][ca]")
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // A CA valid since five years, so that the past is within its own validity.
    const Result<CertificateAuthority> created = CertificateAuthority::create(
        {u"AC ancienne"_s, u"Guichet TEST"_s, {}, KeyType::EcP256, now.addYears(-5), now.addYears(5)});
    REQUIRE(created.ok());
    const CertificateAuthority& ca = *created;
    CHECK(verify(ca.certificateDer(), ca.certificateDer(), now.addYears(-4)) == X509_V_OK);
    CHECK(verify(ca.certificateDer(), ca.certificateDer(), now.addYears(-6)) ==
          X509_V_ERR_CERT_NOT_YET_VALID);
    const EvpPkeyPtr key(EVP_EC_gen("P-256"));
    CertificateRequest request = operatorRequest(key.get());

    request.notBefore = now.addYears(-3);
    request.notAfter = now.addDays(-1);
    const Result<QByteArray> expired = ca.issue(request);
    REQUIRE(expired.ok());
    CHECK(verify(*expired, ca.certificateDer()) == X509_V_ERR_CERT_HAS_EXPIRED);
    CHECK(verify(*expired, ca.certificateDer(), now.addYears(-2)) == X509_V_OK);

    request.notBefore = now.addDays(1);
    request.notAfter = now.addYears(1);
    const Result<QByteArray> future = ca.issue(request);
    REQUIRE(future.ok());
    CHECK(verify(*future, ca.certificateDer()) == X509_V_ERR_CERT_NOT_YET_VALID);

    // Past 2049: GeneralizedTime, still fine.
    request.notBefore = now;
    request.notAfter = QDateTime(QDate(2061, 1, 1), QTime(0, 0), Qt::UTC);
    const Result<QByteArray> late = ca.issue(request);
    REQUIRE(late.ok());
    CHECK(ASN1_TIME_to_tm(X509_get0_notAfter(parse(*late).get()), nullptr) == 1);
    CHECK(ASN1_STRING_type(X509_get0_notAfter(parse(*late).get())) == V_ASN1_GENERALIZEDTIME);

    request.notBefore = now;
    request.notAfter = now;
    const Result<QByteArray> empty = ca.issue(request);
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().message == u"The certificate's validity ends before it begins."_s);
}

TEST_CASE("A given serial is used, and bad requests are refused", "[enrol][ca]")
{
    const CertificateAuthority ca = makeCa();
    const EvpPkeyPtr key(EVP_EC_gen("P-256"));
    CertificateRequest request = operatorRequest(key.get());

    request.serial = QByteArray::fromHex("8001");
    const Result<QByteArray> issued = ca.issue(request);
    REQUIRE(issued.ok());
    CHECK(serialOf(parse(*issued).get()) == QByteArray::fromHex("8001")); // positive: 0x8001, not -0x7fff

    request.serial = QByteArray(2, '\0');
    CHECK_FALSE(ca.issue(request).ok());
    request.serial = QByteArray(21, '\x01');
    CHECK_FALSE(ca.issue(request).ok());
    request.serial.clear();

    CertificateRequest badKey = request;
    badKey.publicKeyDer = "not a key";
    const Result<QByteArray> refused = ca.issue(badKey);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message == u"The request's public key cannot be read."_s);
    CHECK(refused.error().detail.startsWith(u"d2i_PUBKEY: "_s));

    CertificateRequest noName = request;
    noName.subject = {};
    CHECK_FALSE(ca.issue(noName).ok());

    CertificateRequest badCountry = request;
    badCountry.subject.country = u"France"_s;
    const Result<QByteArray> country = ca.issue(badCountry);
    REQUIRE_FALSE(country.ok());
    CHECK(country.error().message.contains(u"countryName"_s));

    CertificateRequest badEmail = request;
    badEmail.subject.emailAddress = u"léa@exemple.fr"_s;
    CHECK_FALSE(ca.issue(badEmail).ok());
}

TEST_CASE("A certification authority saved and loaded again issues the same way", "[enrol][ca]")
{
    const QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString certificatePath = dir.filePath(u"ca.pem"_s);
    const QString keyPath = dir.filePath(u"ca.key"_s);
    const CertificateAuthority ca = makeCa(GENERATE(KeyType::EcP256, KeyType::Rsa3072));
    const Status saved = ca.save(certificatePath, keyPath);
    INFO((saved ? QString() : saved.error().toString()).toStdString());
    REQUIRE(saved.ok());

    struct stat keyStat
    {};
    REQUIRE(::stat(QFile::encodeName(keyPath).constData(), &keyStat) == 0);
    CHECK((keyStat.st_mode & 0777) == 0600);
    QFile keyFile(keyPath);
    REQUIRE(keyFile.open(QIODevice::ReadOnly));
    CHECK(keyFile.readAll().startsWith("-----BEGIN PRIVATE KEY-----\n"));

    const Result<CertificateAuthority> loaded = CertificateAuthority::load(certificatePath, keyPath);
    INFO((loaded ? QString() : loaded.error().toString()).toStdString());
    REQUIRE(loaded.ok());
    CHECK(loaded->certificateDer() == ca.certificateDer());
    const EvpPkeyPtr key(EVP_EC_gen("P-256"));
    const Result<QByteArray> issued = loaded->issue(operatorRequest(key.get()));
    REQUIRE(issued.ok());
    CHECK(verify(*issued, ca.certificateDer()) == X509_V_OK);

    // Saving over existing files replaces them, and the key file stays private.
    const CertificateAuthority other = makeCa();
    REQUIRE(other.save(certificatePath, keyPath).ok());
    REQUIRE(::stat(QFile::encodeName(keyPath).constData(), &keyStat) == 0);
    CHECK((keyStat.st_mode & 0777) == 0600);
    const Result<CertificateAuthority> replaced = CertificateAuthority::load(certificatePath, keyPath);
    REQUIRE(replaced.ok());
    CHECK(replaced->certificateDer() == other.certificateDer());
}

TEST_CASE("Loading a corrupt or mismatched certification authority says what is wrong", "[enrol][ca]")
{
    const QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString certificatePath = dir.filePath(u"ca.pem"_s);
    const QString keyPath = dir.filePath(u"ca.key"_s);
    const CertificateAuthority ca = makeCa();
    REQUIRE(ca.save(certificatePath, keyPath).ok());
    const auto overwrite = [](const QString& path, const QByteArray& bytes) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    };
    const auto readAll = [](const QString& path) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    };
    const QByteArray goodCertificate = readAll(certificatePath);
    const QByteArray goodKey = readAll(keyPath);

    SECTION("missing file")
    {
        const Result<CertificateAuthority> loaded =
            CertificateAuthority::load(dir.filePath(u"none.pem"_s), keyPath);
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().message.contains(dir.filePath(u"none.pem"_s)));
    }
    SECTION("corrupt certificate")
    {
        QByteArray corrupt = goodCertificate;
        corrupt[40] = corrupt[40] == 'A' ? 'B' : 'A';
        corrupt.remove(60, 20);
        overwrite(certificatePath, corrupt);
        const Result<CertificateAuthority> loaded = CertificateAuthority::load(certificatePath, keyPath);
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().message == u"The file %1 holds no PEM certificate."_s.arg(certificatePath));
        CHECK(loaded.error().detail.startsWith(u"PEM_read_bio_X509: "_s));
    }
    SECTION("not PEM at all")
    {
        overwrite(keyPath, "garbage");
        const Result<CertificateAuthority> loaded = CertificateAuthority::load(certificatePath, keyPath);
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().message == u"The file %1 holds no unencrypted PEM private key."_s.arg(keyPath));
    }
    SECTION("another CA's key")
    {
        const CertificateAuthority other = makeCa();
        REQUIRE(other.save(dir.filePath(u"other.pem"_s), dir.filePath(u"other.key"_s)).ok());
        const Result<CertificateAuthority> loaded =
            CertificateAuthority::load(certificatePath, dir.filePath(u"other.key"_s));
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().message.startsWith(u"The key in "_s));
        CHECK(loaded.error().message.contains(u"does not belong to the certificate"_s));
    }
    SECTION("an end-entity certificate is no CA")
    {
        const EvpPkeyPtr key(EVP_EC_gen("P-256"));
        const Result<QByteArray> issued = ca.issue(operatorRequest(key.get()));
        REQUIRE(issued.ok());
        // Its own key, so that only the CA check can fail.
        const BioPtr keyBio(BIO_new(BIO_s_mem()));
        REQUIRE(PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) ==
                1);
        char* keyData = nullptr;
        const long keyLength = BIO_get_mem_data(keyBio.get(), &keyData);
        overwrite(keyPath, QByteArray(keyData, keyLength));
        const BioPtr certificateBio(BIO_new(BIO_s_mem()));
        REQUIRE(PEM_write_bio_X509(certificateBio.get(), parse(*issued).get()) == 1);
        char* certificateData = nullptr;
        const long certificateLength = BIO_get_mem_data(certificateBio.get(), &certificateData);
        overwrite(certificatePath, QByteArray(certificateData, certificateLength));
        const Result<CertificateAuthority> loaded = CertificateAuthority::load(certificatePath, keyPath);
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().message.contains(u"is not a certification authority's"_s));
    }
    SECTION("the good files still load")
    {
        overwrite(certificatePath, goodCertificate);
        overwrite(keyPath, goodKey);
        CHECK(CertificateAuthority::load(certificatePath, keyPath).ok());
    }
}
