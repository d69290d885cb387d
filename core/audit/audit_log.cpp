#include "audit_log.h"

#include "signer.h"
#include "store/audit_table.h"
#include "store/database.h"
#include "verifier.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>

namespace guichet::audit {
namespace {

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
bool readEntry(const store::AuditRow& row, AuditEntry& entry)
{
    entry.sequence = row.sequence;
    bool canonical = true;
    QString at;
    canonical &= decodeStrictly(row.recordedAt, at);
    entry.at = QDateTime::fromString(at, Qt::ISODateWithMs);
    canonical &= entry.at.isValid() && formatTime(entry.at) == at;
    canonical &= decodeStrictly(row.event, entry.event);
    canonical &= decodeStrictly(row.orderNumber, entry.orderNumber);
    canonical &= decodeStrictly(row.operatorId, entry.operatorId);
    canonical &= decodeStrictly(row.authority, entry.authority);
    entry.payload = row.payload;
    const auto payload = canonicalPayload(entry.payload);
    canonical &= payload.ok() && *payload == entry.payload;
    entry.previousHash = row.previousHash;
    entry.hash = row.hash;
    entry.signature = row.signature;
    canonical &= decodeStrictly(row.signer, entry.signer);
    return canonical;
}

/// Walks the chain one row at a time and collects every problem.
class ChainWalk
{
public:
    explicit ChainWalk(const Verifier& verifier) : m_verifier(verifier) {}

    void visit(const store::AuditRow& row);
    AuditReport finish(const std::optional<AuditAnchor>& anchor);

private:
    void problem(AuditProblem::Kind kind, qint64 sequence, QString message)
    {
        m_report.problems.append(AuditProblem{kind, sequence, std::move(message)});
    }

    const Verifier& m_verifier;
    AuditReport m_report;
    qint64 m_expected = 1;                     // the sequence the next entry should have
    QByteArray m_previousHash = genesisHash(); // the stored hash of the entry before
    QHash<qint64, QByteArray> m_hashes;        // first hash seen for each sequence (for the anchor)
};

void ChainWalk::visit(const store::AuditRow& row)
{
    ++m_report.entries;
    AuditEntry entry;
    const bool canonical = readEntry(row, entry);
    const qint64 sequence = entry.sequence;

    bool gap = false;
    if (sequence > m_expected) {
        gap = true;
        problem(
            AuditProblem::Kind::Removed, m_expected,
            sequence - m_expected == 1
                ? QCoreApplication::translate("guichet::audit",
                                              "Entry %1 of the audit log is missing: it was removed.")
                      .arg(m_expected)
                : QCoreApplication::translate(
                      "guichet::audit", "Entries %1 to %2 of the audit log are missing: they were removed.")
                      .arg(m_expected)
                      .arg(sequence - 1));
    } else if (sequence < m_expected) {
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
    if (!gap && entry.previousHash != m_previousHash) {
        problem(AuditProblem::Kind::BrokenLink, sequence,
                QCoreApplication::translate("guichet::audit",
                                            "Entry %1 of the audit log does not follow the entry before it "
                                            "in the chain: entries were inserted or reordered.")
                    .arg(sequence));
    }
    if (auto status = m_verifier.verify(entry.signer, entry.hash, entry.signature); !status) {
        problem(AuditProblem::Kind::BadSignature, sequence,
                QCoreApplication::translate("guichet::audit",
                                            "The signature of entry %1 of the audit log is not valid: %2")
                    .arg(sequence)
                    .arg(status.error().message));
    }

    if (!m_hashes.contains(sequence)) {
        m_hashes.insert(sequence, entry.hash);
    }
    m_expected = std::max(m_expected, sequence + 1);
    m_previousHash = entry.hash;
}

AuditReport ChainWalk::finish(const std::optional<AuditAnchor>& anchor)
{
    if (anchor && anchor->sequence > 0) {
        if (anchor->sequence >= m_expected) {
            problem(
                AuditProblem::Kind::Removed, m_expected,
                QCoreApplication::translate(
                    "guichet::audit", "The audit log ends before entry %1: its last entries were removed.")
                    .arg(m_expected));
        } else if (m_hashes.value(anchor->sequence) != anchor->hash) {
            problem(AuditProblem::Kind::Modified, anchor->sequence,
                    QCoreApplication::translate("guichet::audit",
                                                "Entry %1 of the audit log does not match the hash recorded "
                                                "outside the store.")
                        .arg(anchor->sequence));
        }
    }
    return m_report;
}

} // namespace

QString toCode(AuditProblem::Kind kind)
{
    switch (kind) {
    case AuditProblem::Kind::Modified:
        return QStringLiteral("modified");
    case AuditProblem::Kind::Removed:
        return QStringLiteral("removed");
    case AuditProblem::Kind::Inserted:
        return QStringLiteral("inserted");
    case AuditProblem::Kind::BrokenLink:
        return QStringLiteral("broken-link");
    case AuditProblem::Kind::BadSignature:
        return QStringLiteral("bad-signature");
    }
    return {};
}

store::AuditRow toRow(const AuditEntry& entry)
{
    return store::AuditRow{entry.sequence,
                           formatTime(entry.at).toUtf8(),
                           entry.event.toUtf8(),
                           entry.orderNumber.toUtf8(),
                           entry.operatorId.toUtf8(),
                           entry.authority.toUtf8(),
                           entry.payload,
                           entry.previousHash,
                           entry.hash,
                           entry.signature,
                           entry.signer.toUtf8()};
}

Result<AuditEntry> AuditLog::append(AuditEntry entry, Signer& signer)
{
    store::Transaction transaction(m_db);
    if (!transaction.ok()) {
        return transaction.status().error();
    }
    store::AuditTable table(m_db);
    auto last = table.last();
    if (!last) {
        return last.error();
    }
    entry.sequence = *last ? (*last)->sequence + 1 : 1;
    entry.previousHash = *last ? (*last)->hash : genesisHash();

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

    if (auto stored = table.append(toRow(entry)); !stored) {
        return stored.error();
    }
    if (auto kept = table.addCertificate(entry.signer.toUtf8(), signer.certificateDer()); !kept) {
        return kept.error();
    }
    if (auto status = transaction.commit(); !status) {
        return status.error();
    }
    return entry;
}

Result<QList<AuditEntry>> AuditLog::entries()
{
    QList<AuditEntry> result;
    auto read = store::AuditTable(m_db).forEach([&result](const store::AuditRow& row) {
        AuditEntry entry;
        readEntry(row, entry);
        result.append(std::move(entry));
    });
    if (!read) {
        return read.error();
    }
    return result;
}

Result<AuditAnchor> AuditLog::head()
{
    auto last = store::AuditTable(m_db).last();
    if (!last) {
        return last.error();
    }
    return *last ? AuditAnchor{(*last)->sequence, (*last)->hash} : AuditAnchor{0, genesisHash()};
}

Result<std::map<QString, QByteArray>> AuditLog::certificates()
{
    auto kept = store::AuditTable(m_db).certificates();
    if (!kept) {
        return kept.error();
    }
    std::map<QString, QByteArray> result;
    for (const auto& [reference, der] : *kept) {
        result[QString::fromUtf8(reference)] = der;
    }
    return result;
}

Result<AuditReport> AuditLog::verify(const Verifier& verifier, const std::optional<AuditAnchor>& anchor)
{
    ChainWalk walk(verifier);
    auto walked = store::AuditTable(m_db).forEach([&walk](const store::AuditRow& row) { walk.visit(row); });
    if (!walked) {
        return walked.error();
    }
    return walk.finish(anchor);
}

AuditReport verifyRows(const QList<store::AuditRow>& rows, const Verifier& verifier,
                       const std::optional<AuditAnchor>& anchor)
{
    ChainWalk walk(verifier);
    for (const auto& row : rows) {
        walk.visit(row);
    }
    return walk.finish(anchor);
}

} // namespace guichet::audit
