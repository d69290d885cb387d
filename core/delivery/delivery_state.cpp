#include "delivery_state.h"

#include "audit/audit_log.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace guichet::delivery {
namespace {

struct StepCode
{
    DeliveryStep step;
    const char* code;
};

constexpr StepCode codes[] = {
    {DeliveryStep::NotStarted, "not-started"},
    {DeliveryStep::IdentityChecked, "identity-checked"},
    {DeliveryStep::TokenPrepared, "token-prepared"},
    {DeliveryStep::KeyGenerated, "key-generated"},
    {DeliveryStep::CertificateIssued, "certificate-issued"},
    {DeliveryStep::CertificateWritten, "certificate-written"},
    {DeliveryStep::Recorded, "recorded"},
};

} // namespace

QString toCode(DeliveryStep step)
{
    for (const auto& entry : codes) {
        if (entry.step == step) {
            return QString::fromLatin1(entry.code);
        }
    }
    return {};
}

std::optional<DeliveryStep> stepFromCode(const QString& code)
{
    for (const auto& entry : codes) {
        if (code == QLatin1String(entry.code)) {
            return entry.step;
        }
    }
    return std::nullopt;
}

QString DeliveryText::label(DeliveryStep step)
{
    switch (step) {
    case DeliveryStep::NotStarted:
        return tr("not started");
    case DeliveryStep::IdentityChecked:
        return tr("identity checked");
    case DeliveryStep::TokenPrepared:
        return tr("holder's token prepared");
    case DeliveryStep::KeyGenerated:
        return tr("key generated on the token");
    case DeliveryStep::CertificateIssued:
        return tr("certificate issued by the CA");
    case DeliveryStep::CertificateWritten:
        return tr("certificate written to the token");
    case DeliveryStep::Recorded:
        return tr("delivery recorded");
    }
    return {};
}

namespace {

bool isDeliveryEntry(const audit::AuditEntry& entry)
{
    return !entry.orderNumber.isEmpty() &&
           (entry.event == u"deliver" || entry.event.startsWith(u"delivery-"));
}

/// One delivery entry of an order's trail, applied to where its delivery stands.
void replay(DeliveryProgress& progress, const audit::AuditEntry& entry)
{
    progress.lastActivity = entry.at;
    const QJsonObject facts = QJsonDocument::fromJson(entry.payload).object();
    const QJsonObject token = facts.value(QStringLiteral("token")).toObject();
    const QJsonObject key = facts.value(QStringLiteral("key")).toObject();
    const auto reach = [&progress](DeliveryStep step) {
        progress.reached = step;
        progress.lastFailure.reset();
    };
    if (entry.event == u"delivery-identity-checked") {
        reach(DeliveryStep::IdentityChecked);
        const QJsonObject identity = facts.value(QStringLiteral("identity")).toObject();
        const QJsonObject document = identity.value(QStringLiteral("idDocument")).toObject();
        progress.collector = identity.value(QStringLiteral("collector")).toString();
        progress.presented = {fromCode<IdDocumentKind>(document.value(QStringLiteral("type")).toString())
                                  .value_or(IdDocumentKind::None),
                              document.value(QStringLiteral("number")).toString()};
    } else if (entry.event == u"delivery-token-prepared") {
        reach(DeliveryStep::TokenPrepared);
        progress.tokenSerial = token.value(QStringLiteral("serial")).toString();
        progress.tokenLabel = token.value(QStringLiteral("label")).toString();
        progress.keyId = QByteArray::fromHex(key.value(QStringLiteral("id")).toString().toLatin1());
        progress.keyAlgorithm = key.value(QStringLiteral("algorithm")).toString();
    } else if (entry.event == u"delivery-key-generated") {
        reach(DeliveryStep::KeyGenerated);
    } else if (entry.event == u"delivery-certificate-issued") {
        reach(DeliveryStep::CertificateIssued);
        const QJsonObject certificate = facts.value(QStringLiteral("certificate")).toObject();
        progress.certificateDer =
            QByteArray::fromBase64(certificate.value(QStringLiteral("der")).toString().toLatin1());
        progress.issuedBy = certificate.value(QStringLiteral("issuedBy")).toString();
    } else if (entry.event == u"delivery-certificate-written") {
        reach(DeliveryStep::CertificateWritten);
    } else if (entry.event == u"deliver") {
        reach(DeliveryStep::Recorded);
    } else if (entry.event == u"delivery-failed") {
        DeliveryFailure failure;
        failure.step =
            stepFromCode(facts.value(QStringLiteral("step")).toString()).value_or(progress.reached);
        failure.detail = facts.value(QStringLiteral("detail")).toString();
        failure.at = entry.at;
        progress.lastFailure = failure;
    } else if (entry.event == u"delivery-restarted") {
        const DeliveryStep to = stepFromCode(facts.value(QStringLiteral("to")).toString())
                                    .value_or(DeliveryStep::IdentityChecked);
        reach(to);
        ++progress.restarts;
        progress.certificateDer.clear();
        progress.issuedBy.clear();
        if (to == DeliveryStep::TokenPrepared) {
            progress.keyId = QByteArray::fromHex(key.value(QStringLiteral("id")).toString().toLatin1());
        } else {
            progress.tokenSerial.clear();
            progress.tokenLabel.clear();
            progress.keyId.clear();
        }
    }
}

} // namespace

QString DeliveryText::whereItStopped(const QString& orderNumber, const DeliveryProgress& progress)
{
    const DeliveryStep reached = progress.reached;
    if (reached == DeliveryStep::Recorded) {
        return tr("Order %1 is delivered.").arg(orderNumber);
    }
    const auto next = static_cast<DeliveryStep>(static_cast<int>(reached) + 1);
    QString text =
        reached == DeliveryStep::NotStarted
            ? tr("Order %1: the delivery has not started. Next: %2.").arg(orderNumber, label(next))
            : tr("Order %1: stopped after \"%2\". Next: %3.").arg(orderNumber, label(reached), label(next));
    if (!progress.tokenSerial.isEmpty()) {
        text +=
            u' ' + tr("Holder's token: \"%1\" (serial %2).").arg(progress.tokenLabel, progress.tokenSerial);
    }
    if (progress.lastFailure) {
        text += u' ' + tr("The last attempt at \"%1\" failed (%2).")
                           .arg(label(progress.lastFailure->step), progress.lastFailure->detail);
    }
    return text;
}

Result<DeliveryProgress> readProgress(store::Database& db, const QString& orderNumber)
{
    audit::AuditLog log(db);
    auto entries = log.entries();
    if (!entries) {
        return entries.error();
    }
    DeliveryProgress progress;
    for (const auto& entry : *entries) {
        if (entry.orderNumber == orderNumber && isDeliveryEntry(entry)) {
            replay(progress, entry);
        }
    }
    return progress;
}

Result<QMap<QString, DeliveryProgress>> readAllProgress(store::Database& db)
{
    audit::AuditLog log(db);
    auto entries = log.entries();
    if (!entries) {
        return entries.error();
    }
    QMap<QString, DeliveryProgress> all;
    for (const auto& entry : *entries) {
        if (isDeliveryEntry(entry)) {
            replay(all[entry.orderNumber], entry);
        }
    }
    return all;
}

} // namespace guichet::delivery
