#include "enrol/issuer_support.h"

#include "enrol/certificate_authority.h"

#include <openssl/err.h>
#include <openssl/pem.h>

using namespace Qt::StringLiterals;

namespace guichet::enrol::detail {

QString openSslErrors(const char* function)
{
    QStringList errors;
    const char* data = nullptr;
    int flags = 0;
    while (const unsigned long code = ERR_get_error_all(nullptr, nullptr, nullptr, &data, &flags)) {
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        QString error = QString::fromLatin1(text);
        if (data != nullptr && (flags & ERR_TXT_STRING) != 0 && *data != '\0') {
            error += u" ("_s + QString::fromUtf8(data) + u')';
        }
        errors.append(error);
    }
    const QString name = QString::fromLatin1(function);
    if (errors.isEmpty()) {
        return name + u": failed"_s;
    }
    return name + u": "_s + errors.join(u"; "_s);
}

token::X509Ptr readCertificate(const QByteArray& derOrPem)
{
    if (derOrPem.trimmed().startsWith("-----BEGIN")) {
        const token::BioPtr bio(BIO_new_mem_buf(derOrPem.constData(), static_cast<int>(derOrPem.size())));
        return token::X509Ptr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    }
    const auto* in = reinterpret_cast<const unsigned char*>(derOrPem.constData());
    token::X509Ptr certificate(d2i_X509(nullptr, &in, static_cast<long>(derOrPem.size())));
    // Trailing bytes after the certificate: not a certificate as given.
    if (certificate && in != reinterpret_cast<const unsigned char*>(derOrPem.constData()) + derOrPem.size()) {
        certificate.reset();
    }
    return certificate;
}

QByteArray derOf(const X509* certificate)
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

token::X509StackPtr readCertificates(const QList<QByteArray>& derOrPem)
{
    token::X509StackPtr stack(sk_X509_new_null());
    if (!stack) {
        return {};
    }
    for (const QByteArray& bytes : derOrPem) {
        token::X509Ptr certificate = readCertificate(bytes);
        if (!certificate || sk_X509_push(stack.get(), certificate.get()) == 0) {
            return {};
        }
        certificate.release(); // the stack owns it now
    }
    return stack;
}

QString nameText(const X509_NAME* name)
{
    const token::BioPtr bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, static_cast<qsizetype>(length));
}

token::X509NamePtr subjectName(const SubjectFields& subject)
{
    token::X509NamePtr name(X509_NAME_new());
    if (!name) {
        return {};
    }
    for (const auto& [nid, value] :
         {std::pair{NID_countryName, subject.country}, std::pair{NID_organizationName, subject.organization},
          std::pair{NID_organizationalUnitName, subject.organizationalUnit},
          std::pair{NID_organizationIdentifier, subject.organizationIdentifier},
          std::pair{NID_title, subject.title}, std::pair{NID_surname, subject.surname},
          std::pair{NID_givenName, subject.givenName}, std::pair{NID_commonName, subject.commonName},
          std::pair{NID_pkcs9_emailAddress, subject.emailAddress}}) {
        if (value.isEmpty()) {
            continue;
        }
        const QByteArray utf8 = value.toUtf8();
        if (X509_NAME_add_entry_by_NID(name.get(), nid, MBSTRING_UTF8,
                                       reinterpret_cast<const unsigned char*>(utf8.constData()),
                                       static_cast<int>(utf8.size()), -1, 0) != 1) {
            return {};
        }
    }
    return name;
}

QByteArray publicKeyDerOf(EVP_PKEY* key)
{
    const int length = key != nullptr ? i2d_PUBKEY(key, nullptr) : 0;
    if (length <= 0) {
        return {};
    }
    QByteArray der(length, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    i2d_PUBKEY(key, &out);
    return der;
}

} // namespace guichet::enrol::detail
