#pragma once

// Shared by the workflow tests: a store file, a workflow whose clock says `now`, two operators
// (AEA) with software signers standing in for their tokens, and the sample dossier as it arrives.

#include "audit/audit_log.h"
#include "catch_qt.h"
#include "model/order.h"
#include "test_signer.h"
#include "workflow/workflow.h"

#include <QTemporaryDir>
#include <memory>

namespace guichet::store {
class BlobStore;
class Database;
class OrderStore;
} // namespace guichet::store

namespace guichet::workflow::test {

inline const QDate today(2026, 11, 21);
inline const QDateTime now(today, QTime(9, 30), Qt::UTC);

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<store::Database> db;
    std::unique_ptr<store::BlobStore> blobs;
    std::unique_ptr<store::OrderStore> orders;
    std::unique_ptr<Workflow> flow;
    testing::SoftwareSigner signerA{"operator.a"};
    testing::SoftwareSigner signerB{"operator.b"};
    Actor a{testing::testOperator(signerA, QStringLiteral("operator.a")), signerA};
    Actor b{testing::testOperator(signerB, QStringLiteral("operator.b")), signerB};

    explicit Fixture(WorkflowPolicy policy = {});
    ~Fixture();

    qint64 import(const Dossier& dossier);
    Order load(qint64 id);
    QList<Decision> trail(qint64 id);

    /// The audit log's entries, in order.
    QList<audit::AuditEntry> audit();
    /// The audit log verified against both operators' certificates.
    audit::AuditReport verifyAudit();
};

/// The sample dossier as it arrives for verification: nothing confirmed, contracts not yet signed,
/// the holder's identity not yet recorded.
Dossier arriving();

/// Confirms every piece (not payment, not "dossier complete") as `actor`.
void confirmPieces(Fixture& f, qint64 id, const Actor& actor);

} // namespace guichet::workflow::test
