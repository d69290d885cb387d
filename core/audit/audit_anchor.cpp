#include "audit_anchor.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace guichet::audit {

QString anchorPathFor(const QString& storePath)
{
    return storePath + QStringLiteral(".audit-head");
}

QJsonObject toJson(const AuditAnchor& anchor)
{
    return QJsonObject{
        {QStringLiteral("sequence"), anchor.sequence},
        {QStringLiteral("hash"), QString::fromLatin1(anchor.hash.toHex())},
    };
}

Result<AuditAnchor> anchorFromJson(const QJsonObject& object)
{
    const QJsonValue sequence = object.value(QStringLiteral("sequence"));
    const QString hex = object.value(QStringLiteral("hash")).toString();
    const QByteArray hash = QByteArray::fromHex(hex.toLatin1());
    if (!sequence.isDouble() || sequence.toInteger(-1) < 0 || hash.size() != 32 ||
        QString::fromLatin1(hash.toHex()) != hex) {
        return Error{QCoreApplication::translate("guichet::audit",
                                                 "The audit log's head anchor is not a sequence and a hash."),
                     QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))};
    }
    return AuditAnchor{sequence.toInteger(), hash};
}

Status writeAnchor(const QString& path, const AuditAnchor& anchor)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{
            QCoreApplication::translate("guichet::audit", "The audit log's head anchor %1 cannot be written.")
                .arg(path),
            file.errorString()};
    }
    file.write(QJsonDocument(toJson(anchor)).toJson(QJsonDocument::Compact) + '\n');
    if (!file.commit()) {
        return Error{
            QCoreApplication::translate("guichet::audit", "The audit log's head anchor %1 cannot be written.")
                .arg(path),
            file.errorString()};
    }
    return {};
}

Result<std::optional<AuditAnchor>> readAnchor(const QString& path)
{
    QFile file(path);
    if (!file.exists()) {
        return std::optional<AuditAnchor>();
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{
            QCoreApplication::translate("guichet::audit", "The audit log's head anchor %1 cannot be read.")
                .arg(path),
            file.errorString()};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(4096), &parseError);
    if (!document.isObject()) {
        return Error{
            QCoreApplication::translate("guichet::audit", "The audit log's head anchor %1 cannot be read.")
                .arg(path),
            parseError.errorString()};
    }
    auto anchor = anchorFromJson(document.object());
    if (!anchor) {
        return Error{anchor.error().message + u' ' + path, anchor.error().detail};
    }
    return std::optional<AuditAnchor>(*anchor);
}

} // namespace guichet::audit
