#include "audit_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace guichet::audit::test {

AuditEntry sampleEntry(int index)
{
    static const char* const events[] = {"import", "confirm", "notify", "send-for-signature", "validate"};
    AuditEntry entry;
    entry.event = QString::fromLatin1(events[index % 5]);
    entry.orderNumber = QStringLiteral("CMD-%1").arg(1000 + index);
    entry.operatorId = QStringLiteral("opérateur-%1").arg(index % 2);
    entry.authority = QStringLiteral("AE Exemple / portail Nord");
    entry.at = QDateTime(QDate(2026, 11, 21), QTime(9, 30, index, 250), QTimeZone::utc());
    QJsonObject payload{
        {QStringLiteral("documents"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("cni")},
                                {QStringLiteral("number"), QStringLiteral("X4RTBPFW%1").arg(index)}}}},
        {QStringLiteral("storage"), QStringLiteral("%1").arg(index, 64, 10, QLatin1Char('a'))},
        {QStringLiteral("choices"), QJsonObject{{QStringLiteral("publication"), index % 2 == 0}}},
        {QStringLiteral("validation"), QStringLiteral("face-à-face")},
    };
    entry.payload = QJsonDocument(payload).toJson(QJsonDocument::Indented); // canonicalised on append
    return entry;
}

AuditStore::AuditStore(int count)
{
    auto opened = store::Database::open(QStringLiteral(":memory:"));
    REQUIRE(opened.ok());
    db = std::move(*opened);
    log = std::make_unique<AuditLog>(*db);
    REQUIRE(verifier.addCertificate(signer.certificateDer()).ok());
    for (int i = 0; i < count; ++i) {
        auto appended = log->append(sampleEntry(i), signer);
        INFO((appended.ok() ? QString() : appended.error().toString()).toStdString());
        REQUIRE(appended.ok());
    }
}

void AuditStore::dropTriggers()
{
    REQUIRE(exec(QStringLiteral("DROP TRIGGER audit_log_refuses_update")));
    REQUIRE(exec(QStringLiteral("DROP TRIGGER audit_log_refuses_delete")));
}

bool AuditStore::exec(const QString& sql, const QVariantList& values)
{
    QSqlQuery query(db->connection());
    if (!query.prepare(sql)) {
        return false;
    }
    for (const auto& value : values) {
        query.addBindValue(value);
    }
    return query.exec();
}

QByteArray AuditStore::raw(const QString& column, qint64 sequence)
{
    QSqlQuery query(db->connection());
    query.prepare(QStringLiteral("SELECT CAST(%1 AS BLOB) FROM audit_log WHERE sequence = ?").arg(column));
    query.addBindValue(sequence);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toByteArray();
}

AuditReport AuditStore::verify(const std::optional<AuditAnchor>& anchor)
{
    auto report = log->verify(verifier, anchor);
    REQUIRE(report.ok());
    return *report;
}

} // namespace guichet::audit::test
