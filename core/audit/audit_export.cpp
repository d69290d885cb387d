#include "audit_export.h"

#include "audit_anchor.h"
#include "token/openssl_handles.h"
#include "verifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <openssl/err.h>
#include <openssl/pem.h>

namespace guichet::audit {

QByteArray toPem(const QByteArray& der)
{
    QByteArray pem("-----BEGIN CERTIFICATE-----\n");
    const QByteArray base64 = der.toBase64();
    for (qsizetype at = 0; at < base64.size(); at += 64) {
        pem += base64.mid(at, 64) + '\n';
    }
    return pem + "-----END CERTIFICATE-----\n";
}

QByteArray derFromPem(const QByteArray& pem)
{
    token::BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    token::X509Ptr certificate(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!certificate) {
        const auto* bytes = reinterpret_cast<const unsigned char*>(pem.constData());
        certificate.reset(d2i_X509(nullptr, &bytes, long(pem.size())));
    }
    ERR_clear_error();
    if (!certificate) {
        return {};
    }
    unsigned char* der = nullptr;
    const int length = i2d_X509(certificate.get(), &der);
    if (length <= 0) {
        return {};
    }
    QByteArray result(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return result;
}

Result<QByteArray> exportLog(AuditLog& log, const std::optional<AuditAnchor>& anchor)
{
    auto entries = log.entries();
    if (!entries) {
        return entries.error();
    }
    auto certificates = log.certificates();
    if (!certificates) {
        return certificates.error();
    }
    QJsonArray rows;
    for (const AuditEntry& entry : *entries) {
        rows.append(QJsonObject{
            {QStringLiteral("sequence"), entry.sequence},
            {QStringLiteral("at"), formatTime(entry.at)},
            {QStringLiteral("event"), entry.event},
            {QStringLiteral("order"), entry.orderNumber},
            {QStringLiteral("operator"), entry.operatorId},
            {QStringLiteral("authority"), entry.authority},
            {QStringLiteral("payload"), QJsonDocument::fromJson(entry.payload).object()},
            {QStringLiteral("previousHash"), QString::fromLatin1(entry.previousHash.toHex())},
            {QStringLiteral("hash"), QString::fromLatin1(entry.hash.toHex())},
            {QStringLiteral("signature"), QString::fromLatin1(entry.signature.toBase64())},
            {QStringLiteral("signer"), entry.signer},
        });
    }
    QJsonArray signers;
    for (const auto& [reference, der] : *certificates) {
        signers.append(QJsonObject{
            {QStringLiteral("reference"), reference},
            {QStringLiteral("pem"), QString::fromLatin1(toPem(der))},
        });
    }
    QJsonObject document{
        {QStringLiteral("format"), QString::fromLatin1(exportFormat)},
        {QStringLiteral("version"), 1},
        {QStringLiteral("exportedAt"), formatTime(QDateTime::currentDateTimeUtc())},
        {QStringLiteral("entries"), rows},
        {QStringLiteral("certificates"), signers},
    };
    if (anchor) {
        document.insert(QStringLiteral("anchor"), toJson(*anchor));
    } else {
        auto head = log.head();
        if (!head) {
            return head.error();
        }
        document.insert(QStringLiteral("anchor"), toJson(*head));
    }
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

namespace {

Error notAnExport(const QString& detail)
{
    return Error{
        QCoreApplication::translate("guichet::audit", "The file is not an export of Guichet's audit log."),
        detail};
}

} // namespace

Result<AuditExport> readExport(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        return notAnExport(parseError.errorString());
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(exportFormat) ||
        root.value(QStringLiteral("version")).toInt() != 1) {
        return notAnExport(QStringLiteral("format/version"));
    }
    AuditExport result;
    const QJsonValue entries = root.value(QStringLiteral("entries"));
    if (!entries.isArray()) {
        return notAnExport(QStringLiteral("entries"));
    }
    for (const QJsonValue& value : entries.toArray()) {
        if (!value.isObject()) {
            return notAnExport(QStringLiteral("entries[]"));
        }
        const QJsonObject entry = value.toObject();
        const auto text = [&entry](const char* key) {
            return entry.value(QLatin1String(key)).toString().toUtf8();
        };
        store::AuditRow row;
        row.sequence = entry.value(QStringLiteral("sequence")).toInteger();
        row.recordedAt = text("at");
        row.event = text("event");
        row.orderNumber = text("order");
        row.operatorId = text("operator");
        row.authority = text("authority");
        const QJsonValue payload = entry.value(QStringLiteral("payload"));
        // An object is read in its canonical form; anything else is kept as it is, and verification
        // names the entry.
        row.payload = payload.isObject() ? QJsonDocument(payload.toObject()).toJson(QJsonDocument::Compact)
                                         : payload.toString().toUtf8();
        row.previousHash = QByteArray::fromHex(text("previousHash"));
        row.hash = QByteArray::fromHex(text("hash"));
        row.signature = QByteArray::fromBase64(text("signature"));
        row.signer = text("signer");
        result.rows.append(row);
    }
    for (const QJsonValue& value : root.value(QStringLiteral("certificates")).toArray()) {
        const QJsonObject certificate = value.toObject();
        const QByteArray der = derFromPem(certificate.value(QStringLiteral("pem")).toString().toLatin1());
        if (!der.isEmpty()) {
            // Kept under the reference its bytes give, whatever the file says: a certificate
            // swapped for another does not verify the first one's signatures.
            result.certificates[certificateReference(der)] = der;
        }
    }
    if (root.contains(QStringLiteral("anchor"))) {
        auto anchor = anchorFromJson(root.value(QStringLiteral("anchor")).toObject());
        if (!anchor) {
            return anchor.error();
        }
        result.anchor = *anchor;
    }
    return result;
}

} // namespace guichet::audit
