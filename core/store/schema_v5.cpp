// Schema version 5: the certificates that signed audit entries, so that an export of the audit
// log carries what verifies it elsewhere. Frozen: later changes are later steps.

#include "database.h"
#include "migrations.h"

namespace guichet::store {
namespace {

constexpr const char* statements[] = {
    // Keyed by the reference entries name their signer with ("sha256:" + hex SHA-256 of the DER).
    // A certificate here proves nothing by itself: verification trusts certificates (or their CA)
    // given from outside the store, and checks that these match the references.
    R"(CREATE TABLE audit_certificates (
        reference TEXT PRIMARY KEY,
        der BLOB NOT NULL))",
    R"(CREATE TRIGGER audit_certificates_refuse_update BEFORE UPDATE ON audit_certificates
        BEGIN
            SELECT RAISE(ABORT, 'the audit log is append-only');
        END)",
    R"(CREATE TRIGGER audit_certificates_refuse_delete BEFORE DELETE ON audit_certificates
        BEGIN
            SELECT RAISE(ABORT, 'the audit log is append-only');
        END)",
};

} // namespace

Status createAuditCertificates(Database& db)
{
    return execStatements(db, statements, "createAuditCertificates");
}

} // namespace guichet::store
