#pragma once

// Shared by the audit tests: a store holding a few entries signed by a software signer (see
// tests/support/test_signer.h) standing in for the operator's token.

#include "audit/audit_log.h"
#include "audit/signer.h"
#include "audit/verifier.h"
#include "catch_qt.h"
#include "store/database.h"
#include "test_signer.h"

#include <QSqlQuery>
#include <QVariant>
#include <catch2/catch.hpp>
#include <memory>

namespace guichet::audit::test {

using SoftwareSigner = guichet::testing::SoftwareSigner;

/// An entry with REG-6.4.5-04 facts, different for each `index`.
AuditEntry sampleEntry(int index);

/// An in-memory store with `count` entries appended by `signer`, and a verifier trusting it.
struct AuditStore
{
    explicit AuditStore(int count);

    SoftwareSigner signer;
    std::unique_ptr<store::Database> db;
    std::unique_ptr<AuditLog> log;
    CertificateVerifier verifier;

    /// Drops the append-only triggers, as an attacker with the file would.
    void dropTriggers();
    /// Runs `sql` with `values` bound in order; true if SQLite accepted it.
    bool exec(const QString& sql, const QVariantList& values = {});
    /// The column's raw bytes for the entry `sequence`.
    QByteArray raw(const QString& column, qint64 sequence);
    AuditReport verify(const std::optional<AuditAnchor>& anchor = {});
};

} // namespace guichet::audit::test
