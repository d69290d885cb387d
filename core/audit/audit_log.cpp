#include "audit_log.h"

#include "signer.h"
#include "store/database.h"
#include "verifier.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QVariant>

namespace guichet::audit {
namespace {

// Every column but the sequence is read as raw bytes (CAST AS BLOB): verification looks at what is
// in the file, not at what QtSql would make of invalid UTF-8.
constexpr auto selectEntries = u"SELECT sequence, CAST(recorded_at AS BLOB), CAST(event AS BLOB), "
                               u"CAST(order_number AS BLOB), CAST(operator_id AS BLOB), "
                               u"CAST(authority AS BLOB), CAST(payload AS BLOB), "
                               u"CAST(previous_hash AS BLOB), CAST(hash AS BLOB), CAST(signature AS BLOB), "
                               u"CAST(signer AS BLOB) FROM audit_log ORDER BY sequence, id";

/// Decodes UTF-8, failing on any invalid sequence (a lenient decoder would map different byte
/// strings to the same text).
bool decodeStrictly(const QByteArray& bytes, QString& out)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    out = decoder.decode(bytes);
    return !decoder.hasError();
}

/// One row as an entry. Returns false when a stored field is not exactly what the entry would be
/// stored as (invalid UTF-8, a time or payload not in canonical form): the row was edited.
bool readEntry(const QSqlQuery& query, AuditEntry& entry)
{
    entry.sequence = query.value(0).toLongLong();
    bool canonical = true;
    QString at;
    canonical &= decodeStrictly(query.value(1).toByteArray(), at);
    entry.at = QDateTime::fromString(at, Qt::ISODateWithMs);
    canonical &= entry.at.isValid() && formatTime(entry.at) == at;
    canonical &= decodeStrictly(query.value(2).toByteArray(), entry.event);
    canonical &= decodeStrictly(query.value(3).toByteArray(), entry.orderNumber);
    canonical &= decodeStrictly(query.value(4).toByteArray(), entry.operatorId);
    canonical &= decodeStrictly(query.value(5).toByteArray(), entry.authority);
    entry.payload = query.value(6).toByteArray();
    const auto payload = canonicalPayload(entry.payload);
    canonical &= payload.ok() && *payload == entry.payload;
    entry.previousHash = query.value(7).toByteArray();
    entry.hash = query.value(8).toByteArray();
    entry.signature = query.value(9).toByteArray();
    canonical &= decodeStrictly(query.value(10).toByteArray(), entry.signer);
    return canonical;
}

} // namespace

Result<AuditEntry> AuditLog::append(AuditEntry entry, Signer& signer)
{
    store::Transaction transaction(m_db);
    if (!transaction.ok()) {
        return transaction.status().error();
    }
    QSqlQuery last(m_db.connection());
    if (!last.prepare(QStringLiteral("SELECT sequence, hash FROM audit_log ORDER BY sequence DESC, id DESC "
                                     "LIMIT 1")) ||
        !last.exec()) {
        return store::queryError(last, "AuditLog::append (last entry)");
    }
    if (last.next()) {
        entry.sequence = last.value(0).toLongLong() + 1;
        entry.previousHash = last.value(1).toByteArray();
    } else {
        entry.sequence = 1;
        entry.previousHash = genesisHash();
    }

    // The time as the store keeps it (UTC, milliseconds), so that the entry hashes the same later.
    const QDateTime at = entry.at.isValid() ? entry.at : QDateTime::currentDateTimeUtc();
    entry.at = QDateTime::fromString(formatTime(at), Qt::ISODateWithMs);
    auto payload = canonicalPayload(entry.payload);
    if (!payload) {
        return payload.error();
    }
    entry.payload = std::move(*payload);
    entry.signer = certificateReference(signer.certificateDer());
    entry.hash = chainHash(entry.previousHash, canonicalBytes(entry));

    auto signature = signer.sign(entry.hash);
    if (!signature) {
        return Error{QCoreApplication::translate(
                         "guichet::audit", "The audit entry could not be signed with the operator's key."),
                     signer.keyReference() + u": " + signature.error().toString()};
    }
    entry.signature = std::move(*signature);

    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO audit_log (sequence, recorded_at, event, order_number, operator_id, authority, "
        "payload, previous_hash, hash, signature, signer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(entry.sequence);
    insert.addBindValue(formatTime(entry.at));
    insert.addBindValue(entry.event);
    insert.addBindValue(entry.orderNumber);
    insert.addBindValue(entry.operatorId);
    insert.addBindValue(entry.authority);
    insert.addBindValue(QString::fromUtf8(entry.payload));
    insert.addBindValue(entry.previousHash);
    insert.addBindValue(entry.hash);
    insert.addBindValue(entry.signature);
    insert.addBindValue(entry.signer);
    if (!insert.exec()) {
        return store::queryError(insert, "AuditLog::append (insert)");
    }
    if (auto status = transaction.commit(); !status) {
        return status.error();
    }
    return entry;
}

Result<QList<AuditEntry>> AuditLog::entries()
{
    QSqlQuery query(m_db.connection());
    if (!query.prepare(QString::fromUtf16(selectEntries)) || !query.exec()) {
        return store::queryError(query, "AuditLog::entries");
    }
    QList<AuditEntry> result;
    while (query.next()) {
        AuditEntry entry;
        readEntry(query, entry);
        result.append(std::move(entry));
    }
    return result;
}

Result<AuditAnchor> AuditLog::head()
{
    QSqlQuery query(m_db.connection());
    if (!query.prepare(QStringLiteral("SELECT sequence, hash FROM audit_log ORDER BY sequence DESC, id DESC "
                                      "LIMIT 1")) ||
        !query.exec()) {
        return store::queryError(query, "AuditLog::head");
    }
    if (!query.next()) {
        return AuditAnchor{0, genesisHash()};
    }
    return AuditAnchor{query.value(0).toLongLong(), query.value(1).toByteArray()};
}

Result<AuditReport> AuditLog::verify(const Verifier& verifier, const std::optional<AuditAnchor>& anchor)
{
    QSqlQuery query(m_db.connection());
    if (!query.prepare(QString::fromUtf16(selectEntries)) || !query.exec()) {
        return store::queryError(query, "AuditLog::verify");
    }
    AuditReport report;
    qint64 expected = 1;                     // the sequence the next entry should have
    QByteArray previousHash = genesisHash(); // the stored hash of the entry before
    QHash<qint64, QByteArray> hashes;        // first hash seen for each sequence (for the anchor)
    const auto problem = [&report](AuditProblem::Kind kind, qint64 sequence, QString message) {
        report.problems.append(AuditProblem{kind, sequence, std::move(message)});
    };

    while (query.next()) {
        ++report.entries;
        AuditEntry entry;
        const bool canonical = readEntry(query, entry);
        const qint64 sequence = entry.sequence;

        bool gap = false;
        if (sequence > expected) {
            gap = true;
            problem(AuditProblem::Kind::Removed, expected,
                    sequence - expected == 1
                        ? QCoreApplication::translate("guichet::audit",
                                                      "Entry %1 of the audit log is missing: it was removed.")
                              .arg(expected)
                        : QCoreApplication::translate(
                              "guichet::audit",
                              "Entries %1 to %2 of the audit log are missing: they were removed.")
                              .arg(expected)
                              .arg(sequence - 1));
        } else if (sequence < expected) {
            problem(AuditProblem::Kind::Inserted, sequence,
                    QCoreApplication::translate("guichet::audit",
                                                "Entry %1 of the audit log appears out of "
                                                "order or twice: an entry was inserted or moved.")
                        .arg(sequence));
        }

        if (!canonical || chainHash(entry.previousHash, canonicalBytes(entry)) != entry.hash) {
            problem(AuditProblem::Kind::Modified, sequence,
                    QCoreApplication::translate(
                        "guichet::audit", "Entry %1 of the audit log was modified: its hash does not match.")
                        .arg(sequence));
        }
        // After a gap the link is broken by the removal itself, already reported.
        if (!gap && entry.previousHash != previousHash) {
            problem(AuditProblem::Kind::BrokenLink, sequence,
                    QCoreApplication::translate(
                        "guichet::audit", "Entry %1 of the audit log does not follow the entry before it "
                                          "in the chain: entries were inserted or reordered.")
                        .arg(sequence));
        }
        if (auto status = verifier.verify(entry.signer, entry.hash, entry.signature); !status) {
            problem(AuditProblem::Kind::BadSignature, sequence,
                    QCoreApplication::translate("guichet::audit",
                                                "The signature of entry %1 of the audit log is not valid: %2")
                        .arg(sequence)
                        .arg(status.error().message));
        }

        if (!hashes.contains(sequence)) {
            hashes.insert(sequence, entry.hash);
        }
        expected = std::max(expected, sequence + 1);
        previousHash = entry.hash;
    }

    if (anchor && anchor->sequence > 0) {
        if (anchor->sequence >= expected) {
            problem(
                AuditProblem::Kind::Removed, expected,
                QCoreApplication::translate(
                    "guichet::audit", "The audit log ends before entry %1: its last entries were removed.")
                    .arg(expected));
        } else if (hashes.value(anchor->sequence) != anchor->hash) {
            problem(AuditProblem::Kind::Modified, anchor->sequence,
                    QCoreApplication::translate("guichet::audit",
                                                "Entry %1 of the audit log does not match the hash recorded "
                                                "outside the store.")
                        .arg(anchor->sequence));
        }
    }
    return report;
}

} // namespace guichet::audit
