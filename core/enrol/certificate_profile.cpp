#include "enrol/certificate_profile.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace guichet::enrol {

QString toText(KeyAlgorithm algorithm)
{
    switch (algorithm) {
    case KeyAlgorithm::Rsa2048:
        return u"RSA 2048"_s;
    case KeyAlgorithm::Rsa3072:
        return u"RSA 3072"_s;
    case KeyAlgorithm::EcP256:
        return u"EC P-256"_s;
    }
    return {};
}

QString keyUsageText(unsigned keyUsage)
{
    static constexpr std::pair<unsigned, const char16_t*> names[] = {{DigitalSignature, u"digitalSignature"},
                                                                     {NonRepudiation, u"nonRepudiation"},
                                                                     {KeyEncipherment, u"keyEncipherment"},
                                                                     {DataEncipherment, u"dataEncipherment"},
                                                                     {KeyAgreement, u"keyAgreement"},
                                                                     {0x04, u"keyCertSign"},
                                                                     {0x02, u"cRLSign"},
                                                                     {0x01, u"encipherOnly"},
                                                                     {0x8000, u"decipherOnly"}};
    QStringList parts;
    for (const auto& [bit, name] : names) {
        if ((keyUsage & bit) != 0) {
            parts.append(QString::fromUtf16(name));
        }
    }
    return parts.isEmpty() ? u"none"_s : parts.join(u", "_s);
}

Result<CertificateProfile> profileForProduct(const Product& product, KeyAlgorithm keyAlgorithm)
{
    static const QStringList known = {u"RGS2-SIGN-TOKEN"_s, u"RGS2-SIGN-AUTH-TOKEN"_s};
    if (!known.contains(product.code)) {
        return Error{QCoreApplication::translate("guichet::enrol::CertificateProfile",
                                                 "The product \"%1\" has no certificate profile: it "
                                                 "cannot be delivered here.")
                         .arg(product.code.isEmpty() ? product.label : product.code),
                     u"known products: "_s + known.join(u", "_s)};
    }
    if (product.durationYears < 1 || product.durationYears > 3) {
        return Error{QCoreApplication::translate("guichet::enrol::CertificateProfile",
                                                 "The order's certificate lasts %1 years; the product "
                                                 "is sold for 1, 2 or 3 years.")
                         .arg(product.durationYears),
                     u"Product::durationYears = "_s + QString::number(product.durationYears)};
    }
    CertificateProfile profile;
    profile.productCode = product.code;
    profile.keyAlgorithm = keyAlgorithm;
    profile.validityYears = product.durationYears;
    profile.keyUsage = DigitalSignature | NonRepudiation;
    return profile;
}

Result<SubjectFields> holderSubject(const Order& order)
{
    const Holder& holder = order.holder;
    const QString givenName = holder.givenNames.simplified().section(u' ', 0, 0);
    const QString surname = holder.surname.simplified();
    const QString email = holder.email.trimmed();
    const QString organisation = order.organisation.name.simplified();
    const QString siren = QString(order.organisation.siren).remove(u' ');

    QStringList missing;
    if (givenName.isEmpty()) {
        missing.append(
            QCoreApplication::translate("guichet::enrol::CertificateProfile", "the holder's given name"));
    }
    if (surname.isEmpty()) {
        missing.append(
            QCoreApplication::translate("guichet::enrol::CertificateProfile", "the holder's surname"));
    }
    if (email.isEmpty()) {
        missing.append(
            QCoreApplication::translate("guichet::enrol::CertificateProfile", "the holder's e-mail address"));
    }
    if (organisation.isEmpty()) {
        missing.append(
            QCoreApplication::translate("guichet::enrol::CertificateProfile", "the organisation's name"));
    }
    if (siren.isEmpty()) {
        missing.append(
            QCoreApplication::translate("guichet::enrol::CertificateProfile", "the organisation's SIREN"));
    }
    if (!missing.isEmpty()) {
        return Error{QCoreApplication::translate("guichet::enrol::CertificateProfile",
                                                 "The certificate's subject cannot be made: the order "
                                                 "lacks %1.")
                         .arg(missing.join(u", "_s)),
                     u"order "_s + order.number};
    }
    const bool sirenOk =
        siren.size() == 9 && std::all_of(siren.begin(), siren.end(), [](QChar c) { return c.isDigit(); });
    if (!sirenOk) {
        return Error{QCoreApplication::translate("guichet::enrol::CertificateProfile",
                                                 "The organisation's SIREN \"%1\" is not 9 digits.")
                         .arg(order.organisation.siren),
                     u"order "_s + order.number};
    }
    // emailAddress and rfc822Name are IA5String: ASCII only (an internationalised mailbox, RFC 8398,
    // is not what the CAs of this field issue). Said here, before a key is made for nothing.
    const bool emailAscii =
        std::all_of(email.begin(), email.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (!emailAscii || !email.contains(u'@')) {
        return Error{QCoreApplication::translate("guichet::enrol::CertificateProfile",
                                                 "The holder's e-mail address \"%1\" cannot go into a "
                                                 "certificate: only plain ASCII characters are "
                                                 "allowed. Correct it in the order.")
                         .arg(email),
                     u"order "_s + order.number};
    }

    SubjectFields subject;
    subject.givenName = givenName;
    subject.surname = surname;
    subject.commonName = givenName + u' ' + surname.toUpper();
    subject.emailAddress = email;
    subject.organization = organisation;
    subject.organizationIdentifier = u"NTRFR-"_s + siren;
    subject.country = u"FR"_s;
    return subject;
}

} // namespace guichet::enrol
