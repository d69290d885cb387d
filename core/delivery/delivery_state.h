#pragma once

// Where a delivery stands. Progress is not kept in a table of its own: each step is a signed entry
// of the audit trail ("delivery-..." events, docs/delivery.md), and readProgress() replays the
// order's entries to say where the delivery stopped. The trail is what an auditor reads; keeping the
// state there means a step cannot be done without being recorded, nor recorded without being done
// (the entry is appended after the step succeeded; a step whose entry is missing is found again on
// the token: the key by its CKA_ID, the certificate by reading it back).

#include "model/order.h"
#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <optional>

namespace guichet::store {
class Database;
}

namespace guichet::delivery {

enum class DeliveryStep
{
    NotStarted,
    IdentityChecked,    ///< the person at the counter showed the recorded ID; face attested
    TokenPrepared,      ///< the holder's blank token initialised, SO and user PINs set
    KeyGenerated,       ///< the key pair generated on it, reported local, sensitive, never extractable
    CertificateIssued,  ///< the CA certified the key (checked against the order)
    CertificateWritten, ///< the certificate is on the token with the key's ID, read back equal
    Recorded,           ///< the order is delivered (Certificat remis)
};

/// Stable codes ("not-started", "identity-checked", "token-prepared", "key-generated",
/// "certificate-issued", "certificate-written", "recorded") and translated labels.
QString toCode(DeliveryStep step);
std::optional<DeliveryStep> stepFromCode(const QString& code);

struct DeliveryProgress;

class DeliveryText
{
    Q_DECLARE_TR_FUNCTIONS(guichet::delivery::DeliveryText)

public:
    static QString label(DeliveryStep step);
    /// "Order X: stopped after "key generated on the token". Next: certificate issued by the CA.
    /// Holder's token: ... The last attempt at ... failed (...)." in the operator's words.
    static QString whereItStopped(const QString& orderNumber, const DeliveryProgress& progress);
};

/// A failure recorded in the trail ("delivery-failed").
struct DeliveryFailure
{
    DeliveryStep step = DeliveryStep::NotStarted; ///< the step that was attempted
    QString detail;                               ///< technical detail (untranslated)
    QDateTime at;
};

/// What the trail says about one order's delivery.
struct DeliveryProgress
{
    DeliveryStep reached = DeliveryStep::NotStarted;
    QString collector;        ///< "holder" or "agent": who showed their ID
    IdentityRecord presented; ///< the ID presented (kind, number)
    QString tokenSerial;      ///< the holder's token
    QString tokenLabel;
    QByteArray keyId;          ///< CKA_ID of the holder's key (and certificate)
    QString keyAlgorithm;      ///< enrol::toText of the algorithm ("RSA 2048", "EC P-256")
    QByteArray certificateDer; ///< once issued
    QString issuedBy;
    std::optional<DeliveryFailure> lastFailure; ///< since the last step that succeeded
    int restarts = 0;
    QDateTime lastActivity; ///< the time of the order's last delivery entry

    /// Started (an identity checked, or a failure recorded) and not recorded as delivered: a token
    /// may hold a key or a certificate that nobody has handed over yet.
    bool unfinished() const
    {
        return reached != DeliveryStep::Recorded && (reached != DeliveryStep::NotStarted || lastFailure);
    }
};

/// Replays `orderNumber`'s "delivery-..." and "deliver" audit entries.
Result<DeliveryProgress> readProgress(store::Database& db, const QString& orderNumber);

/// Every order's delivery, in one pass over the trail: order number → progress, for the orders whose
/// trail holds a delivery entry (the others have not started).
Result<QMap<QString, DeliveryProgress>> readAllProgress(store::Database& db);

} // namespace guichet::delivery
