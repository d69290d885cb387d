#include "identity/operator_certificate.h"

#include "audit/verifier.h"
#include "identity/trust_anchors.h"
#include "token/openssl_handles.h"

#include <QLocale>
#include <QTimeZone>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/x509v3.h>

using namespace Qt::StringLiterals;

namespace guichet::identity {

namespace {

QString text(const char* source)
{
    return QCoreApplication::translate("guichet::identity", source);
}

QDateTime toDateTime(const ASN1_TIME* time)
{
    struct tm parts = {};
    if (time == nullptr || ASN1_TIME_to_tm(time, &parts) != 1) {
        return {};
    }
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), QTimeZone::utc());
}

QString serialHex(const X509* certificate)
{
    BIGNUM* number = ASN1_INTEGER_to_BN(X509_get0_serialNumber(certificate), nullptr);
    if (number == nullptr) {
        return {};
    }
    char* hex = BN_bn2hex(number);
    QString result = hex != nullptr ? QString::fromLatin1(hex) : QString();
    OPENSSL_free(hex);
    BN_free(number);
    return result;
}

QString nameOf(const X509* certificate)
{
    const DistinguishedName subject = DistinguishedName::fromX509(X509_get_subject_name(certificate));
    return subject.commonName().isEmpty() ? subject.toString() : subject.commonName();
}

QString day(const QDateTime& at)
{
    return QLocale().toString(at.toUTC().date(), QLocale::LongFormat);
}

token::X509Ptr parse(const QByteArray& der)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(der.constData());
    token::X509Ptr certificate(d2i_X509(nullptr, &bytes, long(der.size())));
    // Trailing bytes after the certificate: not the DER of one certificate.
    if (certificate && bytes != reinterpret_cast<const unsigned char*>(der.constData()) + der.size()) {
        certificate.reset();
    }
    ERR_clear_error();
    return certificate;
}

/// The sentence for a failed X509_verify_cert, naming the operator's certificate (`subject`) and,
/// when the problem is higher in the chain, the CA's certificate (`current`).
QString verifyFailure(int error, int depth, const X509* current, const QString& subject)
{
    const QString currentName = current != nullptr ? nameOf(current) : QString();
    const bool operatorItself = depth == 0 || current == nullptr;
    switch (error) {
    case X509_V_ERR_CERT_HAS_EXPIRED:
        if (operatorItself) {
            return text("The certificate of %1 expired on %2. Ask the RA for a new certificate.")
                .arg(subject, day(toDateTime(X509_get0_notAfter(current))));
        }
        return text("The certificate of the CA %1, which issued the certificate of %2, expired on %3.")
            .arg(currentName, subject, day(toDateTime(X509_get0_notAfter(current))));
    case X509_V_ERR_CERT_NOT_YET_VALID:
        if (operatorItself) {
            return text("The certificate of %1 is not valid yet: it is valid from %2. Check the computer's "
                        "date, or wait until then.")
                .arg(subject, day(toDateTime(X509_get0_notBefore(current))));
        }
        return text("The certificate of the CA %1, which issued the certificate of %2, is not valid before "
                    "%3.")
            .arg(currentName, subject, day(toDateTime(X509_get0_notBefore(current))));
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    case X509_V_ERR_CERT_UNTRUSTED:
        return text("The certificate of %1 is not issued by a CA this RA trusts.").arg(subject);
    case X509_V_ERR_CERT_SIGNATURE_FAILURE:
    case X509_V_ERR_UNABLE_TO_DECRYPT_CERT_SIGNATURE:
        return text("The signature on the certificate of %1 is not valid: the certificate was altered, or "
                    "it is not issued by a CA this RA trusts.")
            .arg(subject);
    case X509_V_ERR_INVALID_CA:
    case X509_V_ERR_PATH_LENGTH_EXCEEDED:
    case X509_V_ERR_KEYUSAGE_NO_CERTSIGN:
        return text("The certificate of %1 is issued by %2, which is not allowed to issue certificates.")
            .arg(subject, currentName);
    default:
        return text("The certificate of %1 could not be verified. Contact support with the details below.")
            .arg(subject);
    }
}

} // namespace

QString certificateName(const QByteArray& der)
{
    const token::X509Ptr certificate = parse(der);
    return certificate ? nameOf(certificate.get()) : QString();
}

Result<VerifiedCertificate> verifyOperatorCertificate(const QByteArray& der, const TrustAnchors& anchors,
                                                      const QDateTime& at,
                                                      const QList<QByteArray>& intermediates)
{
    const token::X509Ptr certificate = parse(der);
    if (!certificate) {
        return Error{text("The certificate on the token cannot be read: it is not an X.509 certificate."),
                     u"d2i_X509 failed on %1 bytes"_s.arg(der.size())};
    }
    const QString subject = nameOf(certificate.get());
    if (X509_check_ca(certificate.get()) != 0) {
        return Error{text("The certificate of %1 is a certification authority's certificate, not an "
                          "operator's: it cannot be used to log in.")
                         .arg(subject),
                     u"X509_check_ca: %1"_s.arg(X509_check_ca(certificate.get()))};
    }
    if (anchors.isEmpty()) {
        return Error{
            text("No trust anchors are configured: Guichet cannot check the certificate of %1.").arg(subject),
            u"TrustAnchors: empty"_s};
    }

    const token::X509StorePtr store(X509_STORE_new());
    const token::X509StackPtr untrusted(sk_X509_new_null());
    const token::X509StoreCtxPtr context(X509_STORE_CTX_new());
    if (!store || !untrusted || !context) {
        return Error{
            text("The certificate of %1 could not be verified. Contact support with the details below.")
                .arg(subject),
            u"X509_STORE_new: out of memory"_s};
    }
    for (const token::X509Ptr& anchor : anchors.x509()) {
        X509_STORE_add_cert(store.get(), anchor.get()); // takes its own reference
    }
    for (const QByteArray& intermediate : intermediates) {
        if (intermediate == der) {
            continue;
        }
        if (token::X509Ptr extra = parse(intermediate)) {
            if (sk_X509_push(untrusted.get(), extra.get()) > 0) {
                extra.release(); // the stack owns it now
            }
        }
    }
    if (X509_STORE_CTX_init(context.get(), store.get(), certificate.get(), untrusted.get()) != 1) {
        ERR_clear_error();
        return Error{
            text("The certificate of %1 could not be verified. Contact support with the details below.")
                .arg(subject),
            u"X509_STORE_CTX_init failed"_s};
    }
    X509_VERIFY_PARAM* parameters = X509_STORE_CTX_get0_param(context.get());
    const QDateTime when = at.isValid() ? at : QDateTime::currentDateTimeUtc();
    X509_VERIFY_PARAM_set_time(parameters, time_t(when.toSecsSinceEpoch()));
    // An anchor need not be a root: an RA may trust only the CA that issues its operators' certificates.
    X509_VERIFY_PARAM_set_flags(parameters, X509_V_FLAG_PARTIAL_CHAIN);

    if (X509_verify_cert(context.get()) != 1) {
        const int error = X509_STORE_CTX_get_error(context.get());
        const int depth = X509_STORE_CTX_get_error_depth(context.get());
        const X509* current = X509_STORE_CTX_get_current_cert(context.get());
        ERR_clear_error();
        return Error{verifyFailure(error, depth, current != nullptr ? current : certificate.get(), subject),
                     u"X509_verify_cert: %1 (error %2 at depth %3, %4; verified at %5)"_s
                         .arg(QString::fromLatin1(X509_verify_cert_error_string(error)))
                         .arg(error)
                         .arg(depth)
                         .arg(current != nullptr
                                  ? DistinguishedName::fromX509(X509_get_subject_name(current)).toString()
                                  : subject)
                         .arg(when.toUTC().toString(Qt::ISODate))};
    }

    // Without a keyUsage extension a key may do anything (RFC 5280); an RA's operator certificates
    // always say what their key is for, and it must be signing.
    const uint32_t flags = X509_get_extension_flags(certificate.get());
    if (!(flags & EXFLAG_KUSAGE) || !(X509_get_key_usage(certificate.get()) & KU_DIGITAL_SIGNATURE)) {
        return Error{text("The certificate of %1 does not allow digital signatures (its key usage lacks "
                          "digitalSignature): it cannot identify an operator.")
                         .arg(subject),
                     (flags & EXFLAG_KUSAGE)
                         ? u"keyUsage: 0x%1"_s.arg(X509_get_key_usage(certificate.get()), 0, 16)
                         : u"no keyUsage extension"_s};
    }

    VerifiedCertificate verified;
    verified.der = der;
    verified.subject = DistinguishedName::fromX509(X509_get_subject_name(certificate.get()));
    verified.issuer = DistinguishedName::fromX509(X509_get_issuer_name(certificate.get()));
    if (verified.subject.commonName().isEmpty()) {
        return Error{text("The certificate %1 has no common name (CN): Guichet cannot name its operator.")
                         .arg(verified.subject.toString()),
                     u"subject without CN"_s};
    }
    verified.serial = serialHex(certificate.get());
    verified.notBefore = toDateTime(X509_get0_notBefore(certificate.get()));
    verified.notAfter = toDateTime(X509_get0_notAfter(certificate.get()));
    verified.fingerprint = audit::certificateReference(der);
    STACK_OF(X509)* chain = X509_STORE_CTX_get0_chain(context.get());
    if (chain != nullptr && sk_X509_num(chain) > 0) {
        const X509* top = sk_X509_value(chain, sk_X509_num(chain) - 1);
        verified.anchor = DistinguishedName::fromX509(X509_get_subject_name(top));
        verified.training =
            verified.anchor.values(NID_organizationName).contains(QString::fromLatin1(trainingOrganisation));
    }
    return verified;
}

} // namespace guichet::identity
