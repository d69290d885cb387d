#pragma once

// The audit trail in the store: append-only (the store's triggers refuse UPDATE and DELETE),
// hash-chained and signed, and a verification that names every entry that was modified, removed,
// inserted or moved.

#include "audit_entry.h"
#include "model/result.h"

#include <QList>
#include <QString>
#include <map>
#include <optional>

namespace guichet::store {
class Database;
struct AuditRow;
} // namespace guichet::store

namespace guichet::audit {

class Signer;
class Verifier;

/// What is wrong with the chain at one place.
struct AuditProblem
{
    enum class Kind
    {
        Modified,     ///< a field no longer matches the entry's hash (or is not in canonical form)
        Removed,      ///< entries are missing: `sequence` is the first one missing
        Inserted,     ///< an entry whose sequence number was already seen or goes backwards
        BrokenLink,   ///< the previous-hash link does not match: inserted or reordered entries
        BadSignature, ///< the hash is not signed by the named, trusted certificate
    };
    Kind kind = Kind::Modified;
    qint64 sequence = 0; ///< the entry concerned (as stored), or the first missing one
    QString message;     ///< translated, for the operator
};

/// The chain's head, kept outside the store (exported with a dossier, countersigned...): with it,
/// removing the last entries is detected too; without it, a truncated log looks whole.
struct AuditAnchor
{
    qint64 sequence = 0;
    QByteArray hash;
};

struct AuditReport
{
    qint64 entries = 0;           ///< how many rows were read
    QList<AuditProblem> problems; ///< in chain order; empty when the log is intact
    bool ok() const { return problems.isEmpty(); }
};

/// The stable code of a problem's kind: "modified", "removed", "inserted", "broken-link",
/// "bad-signature" (for `guichet-cli audit verify` and scripts).
QString toCode(AuditProblem::Kind kind);

class AuditLog
{
public:
    explicit AuditLog(store::Database& db) : m_db(db) {}

    /// Appends `entry` in one transaction: takes the next sequence number and the last hash,
    /// canonicalises the payload, sets the time if unset (now, UTC), hashes, signs with `signer`
    /// and inserts. Returns the entry as stored.
    Result<AuditEntry> append(AuditEntry entry, Signer& signer);

    /// Every entry, in sequence order, as stored.
    Result<QList<AuditEntry>> entries();

    /// The last entry's sequence and hash (sequence 0 and the genesis hash for an empty log).
    Result<AuditAnchor> head();

    /// The certificate (DER) of every signer of an entry, by reference (as kept by append). What an
    /// export carries; not a reason to trust them.
    Result<std::map<QString, QByteArray>> certificates();

    /// Walks the chain and reports every problem. With `anchor`, also checks that the chain still
    /// reaches it (detects removed last entries).
    Result<AuditReport> verify(const Verifier& verifier, const std::optional<AuditAnchor>& anchor = {});

private:
    store::Database& m_db;
};

/// An entry as a row would store it (the inverse of reading a row).
store::AuditRow toRow(const AuditEntry& entry);

/// Verifies `rows` (in the order given, e.g. read from an export) exactly as AuditLog::verify walks
/// the store's rows.
AuditReport verifyRows(const QList<store::AuditRow>& rows, const Verifier& verifier,
                       const std::optional<AuditAnchor>& anchor = {});

} // namespace guichet::audit
