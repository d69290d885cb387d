// Schema version 4: the audit trail (core/audit writes and verifies it). Frozen: later changes are
// later steps.

#include "database.h"
#include "migrations.h"

namespace guichet::store {
namespace {

constexpr const char* statements[] = {
    // One row per registration event, hash-chained and signed (see core/audit/audit_entry.h for the
    // canonical encoding). `sequence` is not UNIQUE on purpose at the table level: the chain, not a
    // constraint an attacker can drop, is what proves the order; the index is for lookups.
    R"(CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        sequence INTEGER NOT NULL,
        recorded_at TEXT NOT NULL,
        event TEXT NOT NULL,
        order_number TEXT NOT NULL,
        operator_id TEXT NOT NULL,
        authority TEXT NOT NULL,
        payload TEXT NOT NULL,
        previous_hash BLOB NOT NULL,
        hash BLOB NOT NULL,
        signature BLOB NOT NULL,
        signer TEXT NOT NULL))",
    "CREATE INDEX audit_log_by_sequence ON audit_log (sequence)",
    // Append-only: entries are never changed or removed, even by a bug in core.
    R"(CREATE TRIGGER audit_log_refuses_update BEFORE UPDATE ON audit_log
        BEGIN
            SELECT RAISE(ABORT, 'the audit log is append-only');
        END)",
    R"(CREATE TRIGGER audit_log_refuses_delete BEFORE DELETE ON audit_log
        BEGIN
            SELECT RAISE(ABORT, 'the audit log is append-only');
        END)",
};

} // namespace

Status createAuditLog(Database& db)
{
    return execStatements(db, statements, "createAuditLog");
}

} // namespace guichet::store
