#include "audit_entry.h"

#include "token/openssl_handles.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace guichet::audit {

QByteArray genesisHash()
{
    return QByteArray(32, '\0');
}

Result<QByteArray> canonicalPayload(const QByteArray& payload)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error{
            QCoreApplication::translate("guichet::audit", "The audit entry's details are not a JSON object."),
            parseError.errorString()};
    }
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    return document.toJson(QJsonDocument::Compact);
}

QString formatTime(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QByteArray canonicalBytes(const AuditEntry& entry)
{
    QJsonObject object;
    object.insert(QStringLiteral("sequence"), entry.sequence);
    object.insert(QStringLiteral("at"), formatTime(entry.at));
    object.insert(QStringLiteral("event"), entry.event);
    object.insert(QStringLiteral("order"), entry.orderNumber);
    object.insert(QStringLiteral("operator"), entry.operatorId);
    object.insert(QStringLiteral("authority"), entry.authority);
    object.insert(QStringLiteral("payload"), QJsonDocument::fromJson(entry.payload).object());
    object.insert(QStringLiteral("previousHash"), QString::fromLatin1(entry.previousHash.toHex()));
    object.insert(QStringLiteral("signer"), entry.signer);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

namespace {

QByteArray digest(const QByteArray& first, const QByteArray& second)
{
    token::EvpMdCtxPtr context(EVP_MD_CTX_new());
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1 ||
        EVP_DigestUpdate(context.get(), first.constData(), size_t(first.size())) != 1 ||
        EVP_DigestUpdate(context.get(), second.constData(), size_t(second.size())) != 1 ||
        EVP_DigestFinal_ex(context.get(), out, &length) != 1) {
        return {}; // out of memory: an empty hash never matches, so verification fails safe
    }
    return QByteArray(reinterpret_cast<const char*>(out), int(length));
}

} // namespace

QByteArray chainHash(const QByteArray& previousHash, const QByteArray& canonical)
{
    return digest(previousHash, canonical);
}

QByteArray sha256(const QByteArray& data)
{
    return digest(data, {});
}

} // namespace guichet::audit
