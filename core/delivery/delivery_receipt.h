#pragma once

// The delivery receipt (*récépissé de remise*): one A4 page produced when the order moves to
// delivered. It names the order, the holder, the certificate written on the token (subject, serial,
// issuer, validity, SHA-256 fingerprint), the token (label, serial), the key (algorithm, and what the
// token reports of its origin: CKA_LOCAL, always sensitive, never extractable), the operator and the
// date. Drawn in the desk's language.

#include "model/operator.h"
#include "model/order.h"
#include "model/result.h"
#include "token/token_session.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace guichet::delivery {

/// What the receipt prints of the certificate.
struct CertificateFacts
{
    QString subject; ///< one line, RFC 2253 order reversed as people read it (CN first)
    QString serial;  ///< hex, colon-separated
    QString issuer;
    QDateTime notBefore;       ///< UTC
    QDateTime notAfter;        ///< UTC
    QString sha256Fingerprint; ///< upper-case hex, colon-separated

    /// Read from the certificate's DER; an error when it is not an X.509 certificate.
    static Result<CertificateFacts> fromDer(const QByteArray& der);
};

struct DeliveryReceiptData
{
    QString orderNumber;
    QString productLabel;
    Holder holder;
    Organisation organisation;
    CertificateFacts certificate;
    QString tokenLabel;
    QString tokenSerial;
    QString keyAlgorithm; ///< "RSA 3072", "EC P-256"
    QByteArray keyId;     ///< CKA_ID, printed in hex
    token::KeyOrigin keyOrigin;
    QString operatorName;
    QString operatorOrganisation;
    std::optional<Role> operatorRole;
    QDateTime at;
    bool training = false;

    static DeliveryReceiptData from(const Order& order, const Operator& who,
                                    const CertificateFacts& certificate, const QString& tokenLabel,
                                    const QString& tokenSerial, const QString& keyAlgorithm,
                                    const QByteArray& keyId, const token::KeyOrigin& keyOrigin,
                                    const QDateTime& at);
};

class DeliveryReceipt
{
    Q_DECLARE_TR_FUNCTIONS(guichet::delivery::DeliveryReceipt)

public:
    /// The PDF's bytes: the same data gives the same bytes but for the PDF's creation date.
    static Result<QByteArray> render(const DeliveryReceiptData& data);
};

} // namespace guichet::delivery
