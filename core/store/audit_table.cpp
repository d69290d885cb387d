#include "audit_table.h"

#include "database.h"
#include "sql_support.h"

#include <QSqlQuery>
#include <QVariant>

namespace guichet::store {

Result<std::optional<AuditHead>> AuditTable::last()
{
    constexpr auto where = "AuditTable::last";
    QSqlQuery query(m_db.connection());
    if (auto status = sql::prepare(
            query,
            QStringLiteral("SELECT sequence, hash FROM audit_log ORDER BY sequence DESC, id DESC LIMIT 1"),
            where);
        !status) {
        return status.error();
    }
    if (auto status = sql::exec(query, where); !status) {
        return status.error();
    }
    if (!query.next()) {
        return std::optional<AuditHead>();
    }
    return std::optional<AuditHead>(AuditHead{query.value(0).toLongLong(), query.value(1).toByteArray()});
}

Status AuditTable::append(const AuditRow& row)
{
    constexpr auto where = "AuditTable::append";
    QSqlQuery insert(m_db.connection());
    if (auto status =
            sql::prepare(insert,
                         QStringLiteral("INSERT INTO audit_log (sequence, recorded_at, event, order_number, "
                                        "operator_id, authority, payload, previous_hash, hash, signature, "
                                        "signer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         where);
        !status) {
        return status;
    }
    insert.addBindValue(row.sequence);
    for (const QByteArray* text :
         {&row.recordedAt, &row.event, &row.orderNumber, &row.operatorId, &row.authority, &row.payload}) {
        insert.addBindValue(QString::fromUtf8(*text));
    }
    insert.addBindValue(row.previousHash);
    insert.addBindValue(row.hash);
    insert.addBindValue(row.signature);
    insert.addBindValue(QString::fromUtf8(row.signer));
    return sql::exec(insert, where);
}

Status AuditTable::forEach(const std::function<void(const AuditRow&)>& visit)
{
    constexpr auto where = "AuditTable::forEach";
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    // Every column but the sequence is read as raw bytes (CAST AS BLOB): what is in the file, not
    // what QtSql would make of invalid UTF-8.
    if (auto status = sql::prepare(
            query,
            QStringLiteral(
                "SELECT sequence, CAST(recorded_at AS BLOB), CAST(event AS BLOB), "
                "CAST(order_number AS BLOB), CAST(operator_id AS BLOB), CAST(authority AS BLOB), "
                "CAST(payload AS BLOB), CAST(previous_hash AS BLOB), CAST(hash AS BLOB), "
                "CAST(signature AS BLOB), CAST(signer AS BLOB) FROM audit_log ORDER BY sequence, id"),
            where);
        !status) {
        return status;
    }
    if (auto status = sql::exec(query, where); !status) {
        return status;
    }
    while (query.next()) {
        AuditRow row;
        row.sequence = query.value(0).toLongLong();
        QByteArray* columns[] = {&row.recordedAt, &row.event,   &row.orderNumber,  &row.operatorId,
                                 &row.authority,  &row.payload, &row.previousHash, &row.hash,
                                 &row.signature,  &row.signer};
        for (int column = 0; column < 10; ++column) {
            *columns[column] = query.value(column + 1).toByteArray();
        }
        visit(row);
    }
    return {};
}

Status AuditTable::addCertificate(const QByteArray& reference, const QByteArray& der)
{
    constexpr auto where = "AuditTable::addCertificate";
    QSqlQuery insert(m_db.connection());
    if (auto status = sql::prepare(
            insert, QStringLiteral("INSERT OR IGNORE INTO audit_certificates (reference, der) VALUES (?, ?)"),
            where);
        !status) {
        return status;
    }
    insert.addBindValue(QString::fromUtf8(reference));
    insert.addBindValue(der);
    return sql::exec(insert, where);
}

Result<QList<std::pair<QByteArray, QByteArray>>> AuditTable::certificates()
{
    constexpr auto where = "AuditTable::certificates";
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (auto status = sql::prepare(
            query,
            QStringLiteral("SELECT CAST(reference AS BLOB), der FROM audit_certificates ORDER BY reference"),
            where);
        !status) {
        return status.error();
    }
    if (auto status = sql::exec(query, where); !status) {
        return status.error();
    }
    QList<std::pair<QByteArray, QByteArray>> result;
    while (query.next()) {
        result.append({query.value(0).toByteArray(), query.value(1).toByteArray()});
    }
    return result;
}

} // namespace guichet::store
