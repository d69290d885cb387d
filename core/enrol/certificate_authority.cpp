#include "enrol/certificate_authority.h"

#include "token/openssl_handles.h"

#include <QFile>
#include <QSaveFile>
#include <algorithm>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

using namespace Qt::StringLiterals;
using guichet::token::BignumPtr;
using guichet::token::BioPtr;
using guichet::token::EvpPkeyPtr;
using guichet::token::X509ExtensionPtr;
using guichet::token::X509Ptr;

namespace guichet::enrol {

struct CertificateAuthority::State
{
    X509Ptr certificate;
    EvpPkeyPtr key;
};

namespace {

struct GeneralNamesDeleter
{
    void operator()(GENERAL_NAMES* names) const { GENERAL_NAMES_free(names); }
};
using GeneralNamesPtr = std::unique_ptr<GENERAL_NAMES, GeneralNamesDeleter>;

/// Empties OpenSSL's error queue into a detail: "function: first error's text".
QString openSslDetail(const char* function)
{
    const unsigned long first = ERR_get_error();
    ERR_clear_error();
    if (first == 0) {
        return QString::fromLatin1(function) + u": failed"_s;
    }
    char text[256];
    ERR_error_string_n(first, text, sizeof text);
    return QString::fromLatin1(function) + u": "_s + QString::fromLatin1(text);
}

QByteArray derOf(X509* certificate)
{
    const int length = i2d_X509(certificate, nullptr);
    if (length <= 0) {
        return {};
    }
    QByteArray der(length, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    i2d_X509(certificate, &out);
    return der;
}

QByteArray bioContents(BIO* bio)
{
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(length));
}

BioPtr memoryBio(const QByteArray& bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())));
}

QString nameText(const X509_NAME* name)
{
    const BioPtr bio(BIO_new(BIO_s_mem()));
    // RFC 2253, but UTF-8 left as it is rather than escaped byte by byte.
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    return QString::fromUtf8(bioContents(bio.get()));
}

Status setValidity(X509* certificate, const QDateTime& notBefore, const QDateTime& notAfter)
{
    if (notBefore >= notAfter) {
        return Error{CertificateAuthority::tr("The certificate's validity ends before it begins."),
                     u"notBefore "_s + notBefore.toString(Qt::ISODate) + u" >= notAfter "_s +
                         notAfter.toString(Qt::ISODate)};
    }
    if (ASN1_TIME_set(X509_getm_notBefore(certificate), static_cast<time_t>(notBefore.toSecsSinceEpoch())) ==
            nullptr ||
        ASN1_TIME_set(X509_getm_notAfter(certificate), static_cast<time_t>(notAfter.toSecsSinceEpoch())) ==
            nullptr) {
        return Error{CertificateAuthority::tr("The certificate's validity dates cannot be encoded."),
                     openSslDetail("ASN1_TIME_set")};
    }
    return {};
}

Status addEntry(X509_NAME* name, int nid, const QString& value)
{
    if (value.isEmpty()) {
        return {};
    }
    const QByteArray utf8 = value.toUtf8();
    if (X509_NAME_add_entry_by_NID(name, nid, MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char*>(utf8.constData()),
                                   static_cast<int>(utf8.size()), -1, 0) != 1) {
        return Error{CertificateAuthority::tr("The name field %1 cannot hold \"%2\".")
                         .arg(QString::fromLatin1(OBJ_nid2ln(nid)), value),
                     openSslDetail("X509_NAME_add_entry_by_NID")};
    }
    return {};
}

/// One X.509v3 extension in OpenSSL's configuration syntax ("critical,CA:TRUE").
Status addExtension(X509* certificate, X509V3_CTX& context, int nid, const char* value)
{
    const X509ExtensionPtr extension(X509V3_EXT_nconf_nid(nullptr, &context, nid, value));
    if (!extension || X509_add_ext(certificate, extension.get(), -1) != 1) {
        return Error{CertificateAuthority::tr("The certificate's extensions cannot be encoded."),
                     openSslDetail("X509V3_EXT_nconf_nid") + u" ("_s + QString::fromLatin1(OBJ_nid2sn(nid)) +
                         u" = "_s + QString::fromLatin1(value) + u')'};
    }
    return {};
}

/// Sets the serial: `bytes` (big-endian), or 16 random bytes, positive and with no leading zero.
Status setSerial(X509* certificate, QByteArray bytes)
{
    if (bytes.isEmpty()) {
        bytes.resize(16);
        if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), static_cast<int>(bytes.size())) != 1) {
            return Error{CertificateAuthority::tr("No random serial number could be drawn."),
                         openSslDetail("RAND_bytes")};
        }
        bytes[0] = static_cast<char>((bytes[0] & 0x7F) | 0x40);
    }
    if (bytes.size() > 20 || bytes.count('\0') == bytes.size()) {
        return Error{
            CertificateAuthority::tr("The serial number must be positive and at most 20 bytes long."),
            u"serial "_s + QString::fromLatin1(bytes.toHex())};
    }
    const BignumPtr number(BN_bin2bn(reinterpret_cast<const unsigned char*>(bytes.constData()),
                                     static_cast<int>(bytes.size()), nullptr));
    if (!number || BN_to_ASN1_INTEGER(number.get(), X509_get_serialNumber(certificate)) == nullptr) {
        return Error{CertificateAuthority::tr("The serial number cannot be encoded."),
                     openSslDetail("BN_to_ASN1_INTEGER")};
    }
    return {};
}

/// subjectAltName with one rfc822Name (built as a structure: no configuration syntax to escape).
Status addEmailAlternativeName(X509* certificate, const QString& email)
{
    const QString invalid = CertificateAuthority::tr("The e-mail address \"%1\" cannot go in a certificate.");
    const bool printable = std::all_of(email.begin(), email.end(),
                                       [](QChar c) { return c.unicode() >= 0x21 && c.unicode() <= 0x7E; });
    if (email.isEmpty() || !printable) {
        return Error{invalid.arg(email), u"rfc822Name must be printable ASCII"_s};
    }
    const QByteArray ascii = email.toLatin1();
    const GeneralNamesPtr names(sk_GENERAL_NAME_new_null());
    GENERAL_NAME* name = GENERAL_NAME_new();
    ASN1_IA5STRING* value = ASN1_IA5STRING_new();
    if (!names || name == nullptr || value == nullptr ||
        ASN1_STRING_set(value, ascii.constData(), static_cast<int>(ascii.size())) != 1) {
        GENERAL_NAME_free(name);
        ASN1_IA5STRING_free(value);
        return Error{invalid.arg(email), openSslDetail("ASN1_STRING_set")};
    }
    GENERAL_NAME_set0_value(name, GEN_EMAIL, value); // the name owns the value
    if (sk_GENERAL_NAME_push(names.get(), name) == 0) {
        GENERAL_NAME_free(name);
        return Error{invalid.arg(email), openSslDetail("sk_GENERAL_NAME_push")};
    }
    if (X509_add1_ext_i2d(certificate, NID_subject_alt_name, names.get(), 0, X509V3_ADD_DEFAULT) != 1) {
        return Error{invalid.arg(email), openSslDetail("X509_add1_ext_i2d")};
    }
    return {};
}

Status sign(X509* certificate, EVP_PKEY* key)
{
    if (X509_sign(certificate, key, EVP_sha256()) <= 0) {
        return Error{CertificateAuthority::tr("The certificate could not be signed."),
                     openSslDetail("X509_sign")};
    }
    return {};
}

Result<QByteArray> readFile(const QString& path, const QString& what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{CertificateAuthority::tr("The %1 %2 cannot be read.").arg(what, path),
                     file.errorString()};
    }
    return file.readAll();
}

} // namespace

// ---- Reading certificates --------------------------------------------------------------------------

namespace {

QDateTime dateTimeOf(const ASN1_TIME* time)
{
    tm parts{};
    if (time == nullptr || ASN1_TIME_to_tm(time, &parts) != 1) {
        return {};
    }
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

} // namespace

Result<CertificateSummary> describeCertificate(const QByteArray& derOrPem)
{
    ERR_clear_error();
    X509Ptr certificate;
    if (derOrPem.startsWith("-----BEGIN")) {
        const BioPtr bio = memoryBio(derOrPem);
        certificate.reset(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    } else {
        const auto* in = reinterpret_cast<const unsigned char*>(derOrPem.constData());
        certificate.reset(d2i_X509(nullptr, &in, static_cast<long>(derOrPem.size())));
    }
    if (!certificate) {
        return Error{CertificateAuthority::tr("This is not a certificate."), openSslDetail("d2i_X509")};
    }
    CertificateSummary summary;
    summary.subject = nameText(X509_get_subject_name(certificate.get()));
    summary.issuer = nameText(X509_get_issuer_name(certificate.get()));
    const BignumPtr serial(ASN1_INTEGER_to_BN(X509_get0_serialNumber(certificate.get()), nullptr));
    if (serial) {
        char* hex = BN_bn2hex(serial.get());
        summary.serialHex = QString::fromLatin1(hex);
        OPENSSL_free(hex);
    }
    summary.notBefore = dateTimeOf(X509_get0_notBefore(certificate.get()));
    summary.notAfter = dateTimeOf(X509_get0_notAfter(certificate.get()));
    return summary;
}

// ---- Creating, saving, loading --------------------------------------------------------------------

Result<CertificateAuthority> CertificateAuthority::create(const CaOptions& options)
{
    auto state = std::make_shared<State>();
    ERR_clear_error();
    state->key.reset(options.keyType == KeyType::Rsa3072 ? EVP_RSA_gen(3072) : EVP_EC_gen("P-256"));
    if (!state->key) {
        return Error{tr("The certification authority's key could not be generated."),
                     openSslDetail(options.keyType == KeyType::Rsa3072 ? "EVP_RSA_gen" : "EVP_EC_gen")};
    }
    X509* certificate = X509_new();
    state->certificate.reset(certificate);
    if (certificate == nullptr || X509_set_version(certificate, X509_VERSION_3) != 1) {
        return Error{tr("The certification authority's certificate could not be made."),
                     openSslDetail("X509_new")};
    }
    if (Status serial = setSerial(certificate, {}); !serial) {
        return serial.error();
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime notBefore = options.notBefore.isValid() ? options.notBefore : now;
    const QDateTime notAfter = options.notAfter.isValid() ? options.notAfter : now.addYears(10);
    if (Status validity = setValidity(certificate, notBefore, notAfter); !validity) {
        return validity.error();
    }
    if (options.commonName.isEmpty()) {
        return Error{tr("The certification authority needs a name."), u"CaOptions::commonName is empty"_s};
    }
    X509_NAME* name = X509_get_subject_name(certificate);
    for (const auto& [nid, value] :
         {std::pair{NID_countryName, options.country}, std::pair{NID_organizationName, options.organization},
          std::pair{NID_commonName, options.commonName}}) {
        if (Status added = addEntry(name, nid, value); !added) {
            return added.error();
        }
    }
    if (X509_set_issuer_name(certificate, name) != 1 || X509_set_pubkey(certificate, state->key.get()) != 1) {
        return Error{tr("The certification authority's certificate could not be made."),
                     openSslDetail("X509_set_pubkey")};
    }
    X509V3_CTX context;
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    for (const auto& [nid, value] : {std::pair{NID_basic_constraints, "critical,CA:TRUE"},
                                     std::pair{NID_key_usage, "critical,keyCertSign,cRLSign"},
                                     std::pair{NID_subject_key_identifier, "hash"}}) {
        if (Status added = addExtension(certificate, context, nid, value); !added) {
            return added.error();
        }
    }
    if (Status signature = sign(certificate, state->key.get()); !signature) {
        return signature.error();
    }
    return CertificateAuthority(std::move(state));
}

Result<CertificateAuthority> CertificateAuthority::load(const QString& certificatePath,
                                                        const QString& keyPath)
{
    const QString certificateWhat = tr("certification authority's certificate");
    const QString keyWhat = tr("certification authority's key");
    Result<QByteArray> certificatePem = readFile(certificatePath, certificateWhat);
    if (!certificatePem) {
        return certificatePem.error();
    }
    Result<QByteArray> keyPem = readFile(keyPath, keyWhat);
    if (!keyPem) {
        return keyPem.error();
    }
    auto state = std::make_shared<State>();
    ERR_clear_error();
    {
        const BioPtr bio = memoryBio(*certificatePem);
        state->certificate.reset(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    }
    if (!state->certificate) {
        return Error{tr("The file %1 holds no PEM certificate.").arg(certificatePath),
                     openSslDetail("PEM_read_bio_X509")};
    }
    {
        const BioPtr bio = memoryBio(*keyPem);
        // No passphrase callback: an encrypted key fails here instead of prompting on a terminal.
        state->key.reset(PEM_read_bio_PrivateKey(
            bio.get(), nullptr, [](char*, int, int, void*) { return 0; }, nullptr));
        OPENSSL_cleanse(keyPem->data(), static_cast<std::size_t>(keyPem->size()));
    }
    if (!state->key) {
        return Error{tr("The file %1 holds no unencrypted PEM private key.").arg(keyPath),
                     openSslDetail("PEM_read_bio_PrivateKey")};
    }
    if (X509_check_private_key(state->certificate.get(), state->key.get()) != 1) {
        return Error{
            tr("The key in %1 does not belong to the certificate in %2.").arg(keyPath, certificatePath),
            openSslDetail("X509_check_private_key")};
    }
    if (X509_check_ca(state->certificate.get()) != 1) {
        ERR_clear_error();
        return Error{tr("The certificate in %1 is not a certification authority's.").arg(certificatePath),
                     u"X509_check_ca: no basicConstraints CA:TRUE"_s};
    }
    return CertificateAuthority(std::move(state));
}

Status CertificateAuthority::save(const QString& certificatePath, const QString& keyPath) const
{
    ERR_clear_error();
    const BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (!keyBio || PEM_write_bio_PrivateKey(keyBio.get(), m_state->key.get(), nullptr, nullptr, 0, nullptr,
                                            nullptr) != 1) {
        return Error{tr("The certification authority's key cannot be written."),
                     openSslDetail("PEM_write_bio_PrivateKey")};
    }
    QSaveFile keyFile(keyPath);
    // The temporary file is made 0600 before the key goes in; the rename keeps the mode.
    if (!keyFile.open(QIODevice::WriteOnly) ||
        !keyFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return Error{tr("The certification authority's key cannot be written to %1.").arg(keyPath),
                     keyFile.errorString()};
    }
    char* keyData = nullptr;
    const long keyLength = BIO_get_mem_data(keyBio.get(), &keyData);
    if (keyFile.write(keyData, keyLength) != keyLength || !keyFile.commit()) {
        return Error{tr("The certification authority's key cannot be written to %1.").arg(keyPath),
                     keyFile.errorString()};
    }
    QSaveFile certificateFile(certificatePath);
    const QByteArray pem = certificatePem();
    if (!certificateFile.open(QIODevice::WriteOnly) || certificateFile.write(pem) != pem.size() ||
        !certificateFile.commit()) {
        return Error{
            tr("The certification authority's certificate cannot be written to %1.").arg(certificatePath),
            certificateFile.errorString()};
    }
    return {};
}

QByteArray CertificateAuthority::certificateDer() const
{
    return derOf(m_state->certificate.get());
}

QByteArray CertificateAuthority::certificatePem() const
{
    const BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), m_state->certificate.get());
    return bioContents(bio.get());
}

QString CertificateAuthority::subject() const
{
    return nameText(X509_get_subject_name(m_state->certificate.get()));
}

// ---- Issuing --------------------------------------------------------------------------------------

Result<QByteArray> CertificateAuthority::issue(const CertificateRequest& request) const
{
    ERR_clear_error();
    const auto* in = reinterpret_cast<const unsigned char*>(request.publicKeyDer.constData());
    const EvpPkeyPtr subjectKey(d2i_PUBKEY(nullptr, &in, static_cast<long>(request.publicKeyDer.size())));
    if (!subjectKey) {
        return Error{tr("The request's public key cannot be read."), openSslDetail("d2i_PUBKEY")};
    }
    const X509Ptr certificate(X509_new());
    if (!certificate || X509_set_version(certificate.get(), X509_VERSION_3) != 1) {
        return Error{tr("The certificate could not be made."), openSslDetail("X509_new")};
    }
    if (Status serial = setSerial(certificate.get(), request.serial); !serial) {
        return serial.error();
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime notBefore = request.notBefore.isValid() ? request.notBefore : now;
    const QDateTime notAfter = request.notAfter.isValid() ? request.notAfter : now.addYears(2);
    if (Status validity = setValidity(certificate.get(), notBefore, notAfter); !validity) {
        return validity.error();
    }

    const SubjectFields& fields = request.subject;
    X509_NAME* name = X509_get_subject_name(certificate.get());
    for (const auto& [nid, value] :
         {std::pair{NID_countryName, fields.country}, std::pair{NID_organizationName, fields.organization},
          std::pair{NID_organizationalUnitName, fields.organizationalUnit},
          std::pair{NID_organizationIdentifier, fields.organizationIdentifier},
          std::pair{NID_title, fields.title}, std::pair{NID_surname, fields.surname},
          std::pair{NID_givenName, fields.givenName}, std::pair{NID_commonName, fields.commonName},
          std::pair{NID_pkcs9_emailAddress, fields.emailAddress}}) {
        if (Status added = addEntry(name, nid, value); !added) {
            return added.error();
        }
    }
    if (X509_NAME_entry_count(name) == 0) {
        return Error{tr("The certificate needs a subject name."), u"CertificateRequest::subject is empty"_s};
    }
    if (X509_set_issuer_name(certificate.get(), X509_get_subject_name(m_state->certificate.get())) != 1 ||
        X509_set_pubkey(certificate.get(), subjectKey.get()) != 1) {
        return Error{tr("The certificate could not be made."), openSslDetail("X509_set_pubkey")};
    }

    X509V3_CTX context;
    X509V3_set_ctx(&context, m_state->certificate.get(), certificate.get(), nullptr, nullptr, 0);
    const char* extendedUsage =
        request.profile == Profile::Operator ? "clientAuth,emailProtection" : "emailProtection";
    for (const auto& [nid, value] :
         {std::pair{NID_basic_constraints, "critical,CA:FALSE"},
          std::pair{NID_key_usage, "critical,digitalSignature,nonRepudiation"},
          std::pair{NID_ext_key_usage, extendedUsage}, std::pair{NID_subject_key_identifier, "hash"},
          std::pair{NID_authority_key_identifier, "keyid:always"}}) {
        if (Status added = addExtension(certificate.get(), context, nid, value); !added) {
            return added.error();
        }
    }
    if (!fields.emailAddress.isEmpty()) {
        if (Status added = addEmailAlternativeName(certificate.get(), fields.emailAddress); !added) {
            return added.error();
        }
    }
    if (Status signature = sign(certificate.get(), m_state->key.get()); !signature) {
        return signature.error();
    }
    return derOf(certificate.get());
}

} // namespace guichet::enrol
