#include "enrol/issued_check.h"

#include "enrol/issuer_support.h"
#include "token/openssl_handles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QStringList>
#include <algorithm>
#include <cstdlib>
#include <openssl/err.h>
#include <openssl/x509v3.h>

using namespace Qt::StringLiterals;
using guichet::token::EvpPkeyPtr;
using guichet::token::X509Ptr;
using guichet::token::X509StackPtr;
using guichet::token::X509StoreCtxPtr;
using guichet::token::X509StorePtr;

namespace guichet::enrol {

namespace {

struct GeneralNamesDeleter
{
    void operator()(GENERAL_NAMES* names) const { GENERAL_NAMES_free(names); }
};
using GeneralNamesPtr = std::unique_ptr<GENERAL_NAMES, GeneralNamesDeleter>;

/// Clock skew accepted between the CA and this desk.
constexpr qint64 skewSeconds = 5 * 60;
/// How far the end of validity may be from notBefore + the product's years.
constexpr qint64 validityToleranceSeconds = 24 * 3600;

QString utf8Of(const ASN1_STRING* value)
{
    unsigned char* out = nullptr;
    const int length = ASN1_STRING_to_UTF8(&out, value);
    if (length < 0) {
        ERR_clear_error();
        return {};
    }
    QString text = QString::fromUtf8(reinterpret_cast<const char*>(out), length);
    OPENSSL_free(out);
    return text;
}

QDateTime dateTimeOf(const ASN1_TIME* time)
{
    tm parts{};
    if (time == nullptr || ASN1_TIME_to_tm(time, &parts) != 1) {
        return {};
    }
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

QString sha256Of(const QByteArray& bytes)
{
    return u"sha256:"_s +
           QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString label(int nid)
{
    switch (nid) {
    case NID_commonName:
        return QCoreApplication::translate("guichet::enrol::IssuedCheck", "common name");
    case NID_givenName:
        return QCoreApplication::translate("guichet::enrol::IssuedCheck", "given name");
    case NID_surname:
        return QCoreApplication::translate("guichet::enrol::IssuedCheck", "surname");
    case NID_organizationName:
        return QCoreApplication::translate("guichet::enrol::IssuedCheck", "organisation");
    case NID_organizationalUnitName:
        return QCoreApplication::translate("guichet::enrol::IssuedCheck", "organisational unit");
    case NID_organizationIdentifier:
        return QCoreApplication::translate("guichet::enrol::IssuedCheck", "organisation identifier");
    case NID_pkcs9_emailAddress:
        return QCoreApplication::translate("guichet::enrol::IssuedCheck", "e-mail address");
    case NID_countryName:
        return QCoreApplication::translate("guichet::enrol::IssuedCheck", "country");
    case NID_title:
        return QCoreApplication::translate("guichet::enrol::IssuedCheck", "title");
    default:
        return QString::fromLatin1(OBJ_nid2ln(nid));
    }
}

QString shortName(int nid)
{
    return nid == NID_pkcs9_emailAddress ? u"emailAddress"_s : QString::fromLatin1(OBJ_nid2sn(nid));
}

void checkPublicKey(X509* certificate, const ExpectedCertificate& expected, QList<Mismatch>& out)
{
    EVP_PKEY* actual = X509_get0_pubkey(certificate);
    const auto* in = reinterpret_cast<const unsigned char*>(expected.publicKeyDer.constData());
    const EvpPkeyPtr wanted(d2i_PUBKEY(nullptr, &in, static_cast<long>(expected.publicKeyDer.size())));
    if (!wanted) {
        out.append({CheckedItem::PublicKey,
                    {},
                    QCoreApplication::translate("guichet::enrol::IssuedCheck",
                                                "The holder token key's public key cannot be read, so "
                                                "the certificate's key cannot be compared with it."),
                    detail::openSslErrors("d2i_PUBKEY")});
        return;
    }
    if (actual == nullptr || EVP_PKEY_eq(actual, wanted.get()) != 1) {
        ERR_clear_error();
        const QByteArray actualDer = actual != nullptr ? detail::publicKeyDerOf(actual) : QByteArray();
        out.append({CheckedItem::PublicKey,
                    {},
                    QCoreApplication::translate("guichet::enrol::IssuedCheck",
                                                "The certificate is for another key than the one "
                                                "generated on the holder's token."),
                    u"certificate key "_s + sha256Of(actualDer) + u", token key "_s +
                        sha256Of(expected.publicKeyDer)});
    }
}

void checkAttribute(const X509_NAME* name, int nid, const QString& wanted, QList<Mismatch>& out)
{
    if (wanted.isEmpty()) {
        return;
    }
    QStringList values;
    for (int index = X509_NAME_get_index_by_NID(name, nid, -1); index >= 0;
         index = X509_NAME_get_index_by_NID(name, nid, index)) {
        values.append(utf8Of(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index))));
    }
    const QString subject = detail::nameText(name);
    if (values.isEmpty()) {
        // A CA may leave the e-mail address out of the name (ETSI EN 319 412-2 puts it in
        // subjectAltName); checkEmail() holds it to the order there.
        if (nid == NID_pkcs9_emailAddress) {
            return;
        }
        out.append({CheckedItem::Subject, shortName(nid),
                    QCoreApplication::translate("guichet::enrol::IssuedCheck",
                                                "The certificate's subject has no %1 (%2); the order "
                                                "says \"%3\".")
                        .arg(label(nid), shortName(nid), wanted),
                    u"subject "_s + subject});
        return;
    }
    const bool email = nid == NID_pkcs9_emailAddress;
    const auto same = [&](const QString& value) {
        return value.compare(wanted, email ? Qt::CaseInsensitive : Qt::CaseSensitive) == 0;
    };
    if (values.size() > 1 || !same(values.first())) {
        out.append({CheckedItem::Subject, shortName(nid),
                    QCoreApplication::translate("guichet::enrol::IssuedCheck",
                                                "The certificate's %1 (%2) is \"%3\"; the order says "
                                                "\"%4\".")
                        .arg(label(nid), shortName(nid), values.join(u"\", \""_s), wanted),
                    u"subject "_s + subject});
    }
}

void checkSubject(X509* certificate, const SubjectFields& wanted, QList<Mismatch>& out)
{
    const X509_NAME* name = X509_get_subject_name(certificate);
    for (const auto& [nid, value] :
         {std::pair{NID_commonName, wanted.commonName}, std::pair{NID_givenName, wanted.givenName},
          std::pair{NID_surname, wanted.surname}, std::pair{NID_pkcs9_emailAddress, wanted.emailAddress},
          std::pair{NID_organizationName, wanted.organization},
          std::pair{NID_organizationalUnitName, wanted.organizationalUnit},
          std::pair{NID_organizationIdentifier, wanted.organizationIdentifier},
          std::pair{NID_title, wanted.title}, std::pair{NID_countryName, wanted.country}}) {
        checkAttribute(name, nid, value, out);
    }
}

void checkEmail(X509* certificate, const QString& wanted, QList<Mismatch>& out)
{
    if (wanted.isEmpty()) {
        return;
    }
    QStringList addresses;
    const GeneralNamesPtr names(
        static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(certificate, NID_subject_alt_name, nullptr, nullptr)));
    for (int i = 0; names && i < sk_GENERAL_NAME_num(names.get()); ++i) {
        const GENERAL_NAME* name = sk_GENERAL_NAME_value(names.get(), i);
        if (name->type == GEN_EMAIL) {
            addresses.append(utf8Of(name->d.rfc822Name));
        }
    }
    for (const QString& address : addresses) {
        if (address.compare(wanted, Qt::CaseInsensitive) == 0) {
            return;
        }
    }
    if (addresses.isEmpty()) {
        out.append({CheckedItem::Email,
                    {},
                    QCoreApplication::translate("guichet::enrol::IssuedCheck",
                                                "The certificate carries no e-mail address "
                                                "(subjectAltName rfc822Name); the order says \"%1\".")
                        .arg(wanted),
                    u"subjectAltName has no rfc822Name"_s});
        return;
    }
    out.append({CheckedItem::Email,
                {},
                QCoreApplication::translate("guichet::enrol::IssuedCheck",
                                            "The certificate's e-mail address is \"%1\"; the order says "
                                            "\"%2\".")
                    .arg(addresses.join(u"\", \""_s), wanted),
                u"subjectAltName rfc822Name"_s});
}

void checkValidity(X509* certificate, const CertificateProfile& profile, const QDateTime& at,
                   QList<Mismatch>& out)
{
    const QDateTime notBefore = dateTimeOf(X509_get0_notBefore(certificate));
    const QDateTime notAfter = dateTimeOf(X509_get0_notAfter(certificate));
    const QString dates = u"notBefore "_s + notBefore.toString(Qt::ISODate) + u", notAfter "_s +
                          notAfter.toString(Qt::ISODate) + u", checked at "_s + at.toString(Qt::ISODate);
    if (!notBefore.isValid() || !notAfter.isValid()) {
        out.append({CheckedItem::Validity,
                    {},
                    QCoreApplication::translate("guichet::enrol::IssuedCheck",
                                                "The certificate's validity dates cannot be read."),
                    dates});
        return;
    }
    if (notBefore.secsTo(at) < -skewSeconds) {
        out.append({CheckedItem::Validity,
                    {},
                    QCoreApplication::translate("guichet::enrol::IssuedCheck",
                                                "The certificate is not valid yet: it starts on %1.")
                        .arg(notBefore.toString(Qt::ISODate)),
                    dates});
    }
    if (notAfter <= at) {
        out.append({CheckedItem::Validity,
                    {},
                    QCoreApplication::translate("guichet::enrol::IssuedCheck",
                                                "The certificate has already expired: it ended on %1.")
                        .arg(notAfter.toString(Qt::ISODate)),
                    dates});
    }
    const QDateTime expectedEnd = notBefore.addYears(profile.validityYears);
    if (std::abs(expectedEnd.secsTo(notAfter)) > validityToleranceSeconds) {
        out.append({CheckedItem::Validity,
                    {},
                    QCoreApplication::translate("guichet::enrol::IssuedCheck",
                                                "The certificate is valid from %1 to %2 (%3 days); the "
                                                "product says %n year(s).",
                                                nullptr, profile.validityYears)
                        .arg(notBefore.date().toString(Qt::ISODate), notAfter.date().toString(Qt::ISODate))
                        .arg(notBefore.daysTo(notAfter)),
                    dates + u", expected notAfter "_s + expectedEnd.toString(Qt::ISODate)});
    }
}

void checkKeyUsage(X509* certificate, const CertificateProfile& profile, QList<Mismatch>& out)
{
    const int index = X509_get_ext_by_NID(certificate, NID_key_usage, -1);
    const QString wanted = keyUsageText(profile.keyUsage);
    if (index < 0) {
        out.append({CheckedItem::KeyUsage,
                    {},
                    QCoreApplication::translate("guichet::enrol::IssuedCheck",
                                                "The certificate has no key usage; the product says %1.")
                        .arg(wanted),
                    u"no keyUsage extension"_s});
        return;
    }
    const uint32_t usage = X509_get_key_usage(certificate) & 0xFFFFu;
    if (usage != profile.keyUsage) {
        out.append({CheckedItem::KeyUsage,
                    {},
                    QCoreApplication::translate("guichet::enrol::IssuedCheck",
                                                "The certificate's key usage is %1; the product says %2.")
                        .arg(keyUsageText(usage), wanted),
                    u"keyUsage 0x"_s + QString::number(usage, 16) + u", expected 0x"_s +
                        QString::number(profile.keyUsage, 16)});
    }
    if (X509_EXTENSION_get_critical(X509_get_ext(certificate, index)) != 1) {
        out.append({CheckedItem::KeyUsage,
                    {},
                    QCoreApplication::translate("guichet::enrol::IssuedCheck",
                                                "The certificate's key usage is not marked critical."),
                    u"keyUsage not critical"_s});
    }
}

void checkChain(X509* certificate, const ExpectedCertificate& expected, const QDateTime& at,
                QList<Mismatch>& out)
{
    const QString wrongCa = QCoreApplication::translate(
        "guichet::enrol::IssuedCheck", "The certificate does not chain to the configured CA: %1.");
    if (expected.caCertificates.isEmpty()) {
        out.append({CheckedItem::Chain,
                    {},
                    QCoreApplication::translate("guichet::enrol::IssuedCheck",
                                                "No CA certificate is configured to check the "
                                                "certificate against."),
                    u"ExpectedCertificate::caCertificates is empty"_s});
        return;
    }
    const X509StackPtr anchors = detail::readCertificates(expected.caCertificates);
    const X509StackPtr intermediates = detail::readCertificates(expected.intermediates);
    if (!anchors || !intermediates) {
        out.append({CheckedItem::Chain,
                    {},
                    QCoreApplication::translate("guichet::enrol::IssuedCheck",
                                                "A configured CA certificate cannot be read."),
                    detail::openSslErrors("d2i_X509")});
        return;
    }
    const X509StorePtr store(X509_STORE_new());
    for (int i = 0; store && i < sk_X509_num(anchors.get()); ++i) {
        X509_STORE_add_cert(store.get(), sk_X509_value(anchors.get(), i));
    }
    const X509StoreCtxPtr context(X509_STORE_CTX_new());
    if (!store || !context ||
        X509_STORE_CTX_init(context.get(), store.get(), certificate, intermediates.get()) != 1) {
        out.append(
            {CheckedItem::Chain, {}, wrongCa.arg(u"-"_s), detail::openSslErrors("X509_STORE_CTX_init")});
        return;
    }
    X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(context.get()),
                               static_cast<time_t>(at.toSecsSinceEpoch()));
    if (X509_verify_cert(context.get()) == 1) {
        return;
    }
    const int error = X509_STORE_CTX_get_error(context.get());
    const int depth = X509_STORE_CTX_get_error_depth(context.get());
    ERR_clear_error();
    // The certificate's own dates are reported by checkValidity().
    if (depth == 0 && (error == X509_V_ERR_CERT_NOT_YET_VALID || error == X509_V_ERR_CERT_HAS_EXPIRED)) {
        return;
    }
    const QString reason = QString::fromLatin1(X509_verify_cert_error_string(error));
    out.append({CheckedItem::Chain,
                {},
                wrongCa.arg(reason),
                u"X509_verify_cert: error "_s + QString::number(error) + u" at depth "_s +
                    QString::number(depth) + u", issuer "_s +
                    detail::nameText(X509_get_issuer_name(certificate))});
}

} // namespace

bool IssuedCheck::has(CheckedItem item) const
{
    return std::any_of(mismatches.begin(), mismatches.end(),
                       [item](const Mismatch& m) { return m.item == item; });
}

Status IssuedCheck::status() const
{
    if (ok()) {
        return {};
    }
    QStringList messages;
    QStringList details;
    for (const Mismatch& mismatch : mismatches) {
        messages.append(mismatch.message);
        if (!mismatch.detail.isEmpty()) {
            details.append(mismatch.detail);
        }
    }
    return Error{QCoreApplication::translate("guichet::enrol::IssuedCheck",
                                             "The certificate the CA issued does not match the order: %1")
                     .arg(messages.join(u' ')),
                 details.join(u"; "_s)};
}

IssuedCheck checkIssuedCertificate(const QByteArray& derOrPem, const ExpectedCertificate& expected)
{
    IssuedCheck check;
    ERR_clear_error();
    const X509Ptr certificate = detail::readCertificate(derOrPem);
    if (!certificate) {
        check.mismatches.append({CheckedItem::Certificate,
                                 {},
                                 QCoreApplication::translate("guichet::enrol::IssuedCheck",
                                                             "What the CA sent is not a certificate."),
                                 detail::openSslErrors("d2i_X509")});
        return check;
    }
    const QDateTime at = expected.at.isValid() ? expected.at.toUTC() : QDateTime::currentDateTimeUtc();
    checkPublicKey(certificate.get(), expected, check.mismatches);
    checkSubject(certificate.get(), expected.subject, check.mismatches);
    checkEmail(certificate.get(), expected.subject.emailAddress, check.mismatches);
    checkValidity(certificate.get(), expected.profile, at, check.mismatches);
    checkKeyUsage(certificate.get(), expected.profile, check.mismatches);
    checkChain(certificate.get(), expected, at, check.mismatches);
    ERR_clear_error();
    return check;
}

} // namespace guichet::enrol
