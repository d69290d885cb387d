#include "delivery/delivery_receipt.h"

#include "delivery/intervention_sheet.h"
#include "delivery/paper_support.h"
#include "token/openssl_handles.h"

#include <QBuffer>
#include <openssl/asn1.h>
#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

namespace guichet::delivery {
namespace {

QString colonHex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex(':').toUpper());
}

QString nameLine(const X509_NAME* name)
{
    token::BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || X509_NAME_print_ex(bio.get(), name, 0, (XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB)) < 0) {
        return {};
    }
    char* text = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &text);
    return QString::fromUtf8(text, size);
}

QDateTime asnTime(const ASN1_TIME* time)
{
    struct tm parts = {};
    if (time == nullptr || ASN1_TIME_to_tm(time, &parts) != 1) {
        return {};
    }
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

QString yesNo(bool value)
{
    return value ? DeliveryReceipt::tr("yes") : DeliveryReceipt::tr("no");
}

} // namespace

Result<CertificateFacts> CertificateFacts::fromDer(const QByteArray& der)
{
    const auto* cursor = reinterpret_cast<const unsigned char*>(der.constData());
    token::X509Ptr certificate(d2i_X509(nullptr, &cursor, der.size()));
    if (!certificate) {
        return Error{DeliveryReceipt::tr("The certificate written on the token cannot be read."),
                     QStringLiteral("d2i_X509 failed")};
    }
    CertificateFacts facts;
    facts.subject = nameLine(X509_get_subject_name(certificate.get()));
    facts.issuer = nameLine(X509_get_issuer_name(certificate.get()));
    if (const ASN1_INTEGER* serial = X509_get0_serialNumber(certificate.get())) {
        token::BignumPtr number(ASN1_INTEGER_to_BN(serial, nullptr));
        if (number) {
            QByteArray bytes(BN_num_bytes(number.get()), '\0');
            BN_bn2bin(number.get(), reinterpret_cast<unsigned char*>(bytes.data()));
            facts.serial = colonHex(bytes);
        }
    }
    facts.notBefore = asnTime(X509_get0_notBefore(certificate.get()));
    facts.notAfter = asnTime(X509_get0_notAfter(certificate.get()));
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (X509_digest(certificate.get(), EVP_sha256(), digest, &length) != 1) {
        return Error{DeliveryReceipt::tr("The certificate written on the token cannot be read."),
                     QStringLiteral("X509_digest failed")};
    }
    facts.sha256Fingerprint = colonHex(QByteArray(reinterpret_cast<const char*>(digest), int(length)));
    return facts;
}

DeliveryReceiptData DeliveryReceiptData::from(const Order& order, const Operator& who,
                                              const CertificateFacts& certificate, const QString& tokenLabel,
                                              const QString& tokenSerial, const QString& keyAlgorithm,
                                              const QByteArray& keyId, const token::KeyOrigin& keyOrigin,
                                              const QDateTime& at)
{
    DeliveryReceiptData data;
    data.orderNumber = order.number;
    data.productLabel = order.product.label;
    data.holder = order.holder;
    data.organisation = order.organisation;
    data.certificate = certificate;
    data.tokenLabel = tokenLabel;
    data.tokenSerial = tokenSerial;
    data.keyAlgorithm = keyAlgorithm;
    data.keyId = keyId;
    data.keyOrigin = keyOrigin;
    data.operatorName = who.name;
    data.operatorOrganisation = who.organisation;
    data.operatorRole = deliveringRole(who);
    data.at = at;
    data.training = who.training;
    return data;
}

Result<QByteArray> DeliveryReceipt::render(const DeliveryReceiptData& data)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        PaperPage page(buffer, tr("Delivery receipt %1").arg(data.orderNumber));
        page.heading(tr("Registration authority — face-to-face delivery of a certificate"),
                     tr("Delivery receipt"), tr("Order %1").arg(data.orderNumber));

        page.beginSection(tr("Order and holder"));
        page.row(tr("Order number"), data.orderNumber);
        page.row(tr("Product"), data.productLabel);
        page.row(tr("Holder"), data.holder.displayName());
        page.row(tr("E-mail"), data.holder.email);
        page.row(tr("Organisation"),
                 data.organisation.siren.isEmpty()
                     ? data.organisation.name
                     : tr("%1 (SIREN %2)").arg(data.organisation.name, data.organisation.siren));
        page.endSection();

        page.beginSection(tr("Certificate"));
        page.row(tr("Subject"), data.certificate.subject);
        page.row(tr("Serial number"), data.certificate.serial);
        page.row(tr("Issuer"), data.certificate.issuer);
        page.row(tr("Valid from"), PaperPage::formatDateTime(data.certificate.notBefore));
        page.row(tr("Valid until"), PaperPage::formatDateTime(data.certificate.notAfter));
        // 32 bytes on two lines of 16, so that no byte is cut by the wrap.
        QString fingerprint = data.certificate.sha256Fingerprint;
        if (fingerprint.size() == 95) {
            fingerprint.insert(48, u'\n'); // after the 16th byte's colon
        }
        page.row(tr("SHA-256 fingerprint"), fingerprint);
        page.endSection();

        page.beginSection(tr("Token and key"));
        page.row(tr("Token label"), data.tokenLabel);
        page.row(tr("Token serial number"), data.tokenSerial);
        page.row(tr("Key algorithm"), data.keyAlgorithm);
        page.row(tr("Key identifier (CKA_ID)"), QString::fromLatin1(data.keyId.toHex()));
        page.row(tr("Generated on the token (CKA_LOCAL)"), yesNo(data.keyOrigin.local));
        page.row(tr("Always sensitive (CKA_ALWAYS_SENSITIVE)"), yesNo(data.keyOrigin.alwaysSensitive));
        page.row(tr("Never extractable (CKA_NEVER_EXTRACTABLE)"), yesNo(data.keyOrigin.neverExtractable));
        page.endSection();

        page.beginSection(tr("Delivery"));
        page.row(tr("Operator"), data.operatorName);
        page.row(tr("Role"), data.operatorRole ? label(*data.operatorRole) : QString());
        page.row(tr("Operator's organisation"), data.operatorOrganisation);
        page.row(tr("Date and time"), PaperPage::formatDateTime(data.at));
        page.endSection();

        page.paragraph(tr("The holder received the token above, holding the certificate and its private key. "
                          "The key was generated on the token and cannot leave it."),
                       PaperPage::sans(8.5), QColor(60, 60, 60));
        page.skip(1);
        page.signatureBoxes(tr("Received by the holder"), data.holder.displayName(),
                            tr("Delivered by the operator"), data.operatorName, 30);
        if (data.training) {
            page.trainingMarks();
        }
        page.footer(tr("Receipt kept with order %1.").arg(data.orderNumber));
        if (Status finished = page.finish(); !finished) {
            return finished.error();
        }
    }
    return buffer.data();
}

} // namespace guichet::delivery
