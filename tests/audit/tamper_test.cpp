// What an attacker with the store file can do, and what `verify` says about it: every single-byte
// change, every removal, insertions, reorderings and bad signatures are reported with the entry
// concerned. The append-only triggers are dropped first, as the attacker would.

#include "audit/audit_entry.h"
#include "audit_fixture.h"

#include <QStringList>
#include <algorithm>

using namespace guichet;
using namespace guichet::audit;
using namespace guichet::audit::test;

namespace {

const QStringList storedFields = {
    QStringLiteral("recorded_at"),   QStringLiteral("event"),     QStringLiteral("order_number"),
    QStringLiteral("operator_id"),   QStringLiteral("authority"), QStringLiteral("payload"),
    QStringLiteral("previous_hash"), QStringLiteral("hash"),      QStringLiteral("signature"),
    QStringLiteral("signer"),
};

/// The sequences of the report's problems, for messages.
std::string describe(const AuditReport& report)
{
    QStringList lines;
    for (const auto& problem : report.problems) {
        lines.append(QStringLiteral("%1: %2").arg(problem.sequence).arg(problem.message));
    }
    return lines.join(u'\n').toStdString();
}

} // namespace

TEST_CASE("Every single-byte change of every stored field of every entry is detected at that entry")
{
    constexpr int count = 3;
    AuditStore fixture(count);
    fixture.dropTriggers();
    QStringList undetected;
    int cases = 0;
    for (qint64 sequence = 1; sequence <= count; ++sequence) {
        for (const QString& field : storedFields) {
            const QByteArray original = fixture.raw(field, sequence);
            const QString update =
                QStringLiteral("UPDATE audit_log SET %1 = ? WHERE sequence = ?").arg(field);
            for (qsizetype i = 0; i < original.size(); ++i) {
                QByteArray changed = original;
                changed[i] = char(changed[i] ^ 0x01);
                REQUIRE(fixture.exec(update, {changed, sequence}));
                const AuditReport report = fixture.verify();
                ++cases;
                if (report.ok() || report.problems.first().sequence != sequence) {
                    undetected.append(
                        QStringLiteral("%1 of entry %2, byte %3").arg(field).arg(sequence).arg(i));
                }
                REQUIRE(fixture.exec(update, {original, sequence}));
            }
        }
        // The sequence number is an integer: change one bit of it at a time.
        for (int bit = 0; bit < 4; ++bit) {
            const qint64 changed = sequence ^ (qint64(1) << bit);
            REQUIRE(fixture.exec(
                QStringLiteral("UPDATE audit_log SET sequence = ? WHERE sequence = ? AND id = ?"),
                {changed, sequence, sequence}));
            ++cases;
            if (fixture.verify().ok()) {
                undetected.append(QStringLiteral("sequence %1 changed to %2").arg(sequence).arg(changed));
            }
            REQUIRE(fixture.exec(QStringLiteral("UPDATE audit_log SET sequence = ? WHERE id = ?"),
                                 {sequence, sequence}));
        }
    }
    INFO(undetected.join(u'\n').toStdString());
    CHECK(undetected.isEmpty());
    CHECK(cases > 300);
    CHECK(fixture.verify().ok()); // every change was undone
}

TEST_CASE("Removing any one entry is detected, with the sequence of the removed entry")
{
    constexpr int count = 5;
    for (qint64 removed = 1; removed <= count; ++removed) {
        AuditStore fixture(count);
        auto head = fixture.log->head();
        REQUIRE(head.ok());
        fixture.dropTriggers();
        REQUIRE(fixture.exec(QStringLiteral("DELETE FROM audit_log WHERE sequence = ?"), {removed}));
        const AuditReport report = fixture.verify(*head);
        INFO("removed " << removed << '\n' << describe(report));
        REQUIRE_FALSE(report.ok());
        CHECK(report.problems.first().kind == AuditProblem::Kind::Removed);
        CHECK(report.problems.first().sequence == removed);
        CHECK(report.problems.size() == 1);
        if (removed == count) {
            // The chain alone cannot see a truncated end: only the anchor kept outside the store can.
            CHECK(fixture.verify().ok());
        }
    }
}

TEST_CASE("Removing several entries in a row is reported as one gap")
{
    AuditStore fixture(6);
    fixture.dropTriggers();
    REQUIRE(fixture.exec(QStringLiteral("DELETE FROM audit_log WHERE sequence IN (2, 3, 4)")));
    const AuditReport report = fixture.verify();
    INFO(describe(report));
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems.first().kind == AuditProblem::Kind::Removed);
    CHECK(report.problems.first().sequence == 2);
    CHECK(report.problems.first().message.contains(QStringLiteral("2")));
    CHECK(report.problems.first().message.contains(QStringLiteral("4")));
}

TEST_CASE("A forged entry inserted into the chain is detected")
{
    AuditStore fixture(4);
    fixture.dropTriggers();
    // The attacker renumbers the entries after 2 and inserts a well-formed entry of their own,
    // chained to entry 2 and signed with their key.
    auto entries = fixture.log->entries();
    REQUIRE(entries.ok());
    SoftwareSigner attacker("Attaquant");
    AuditEntry forged = sampleEntry(9);
    forged.sequence = 3;
    forged.previousHash = entries->at(1).hash;
    forged.payload = QByteArrayLiteral("{}");
    forged.signer = certificateReference(attacker.certificateDer());
    forged.hash = chainHash(forged.previousHash, canonicalBytes(forged));
    auto signature = attacker.sign(forged.hash);
    REQUIRE(signature.ok());
    REQUIRE(fixture.exec(QStringLiteral("UPDATE audit_log SET sequence = sequence + 1 WHERE sequence >= 3")));
    REQUIRE(fixture.exec(
        QStringLiteral(
            "INSERT INTO audit_log (sequence, recorded_at, event, order_number, operator_id, authority, "
            "payload, previous_hash, hash, signature, signer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {forged.sequence, formatTime(forged.at), forged.event, forged.orderNumber, forged.operatorId,
         forged.authority, QString::fromUtf8(forged.payload), forged.previousHash, forged.hash, *signature,
         forged.signer}));

    const AuditReport report = fixture.verify();
    INFO(describe(report));
    REQUIRE_FALSE(report.ok());
    CHECK(report.problems.first().sequence == 3);
    CHECK(report.problems.first().kind == AuditProblem::Kind::BadSignature);
    // The entries after it were renumbered: their hashes no longer match.
    CHECK(std::any_of(report.problems.begin(), report.problems.end(), [](const AuditProblem& problem) {
        return problem.sequence == 4 && problem.kind == AuditProblem::Kind::Modified;
    }));
}

TEST_CASE("A copy of a genuine entry replayed into the log is detected as inserted")
{
    AuditStore fixture(4);
    REQUIRE(fixture.exec(QStringLiteral(
        "INSERT INTO audit_log (sequence, recorded_at, event, order_number, operator_id, authority, payload, "
        "previous_hash, hash, signature, signer) SELECT sequence, recorded_at, event, order_number, "
        "operator_id, "
        "authority, payload, previous_hash, hash, signature, signer FROM audit_log WHERE sequence = 2")));
    const AuditReport report = fixture.verify();
    INFO(describe(report));
    REQUIRE_FALSE(report.ok());
    CHECK(report.problems.first().kind == AuditProblem::Kind::Inserted);
    CHECK(report.problems.first().sequence == 2);
}

TEST_CASE("Swapping two entries is detected at the first of them")
{
    SECTION("their sequence numbers are exchanged")
    {
        AuditStore fixture(5);
        fixture.dropTriggers();
        REQUIRE(fixture.exec(
            QStringLiteral("UPDATE audit_log SET sequence = CASE sequence WHEN 2 THEN 4 ELSE 2 END "
                           "WHERE sequence IN (2, 4)")));
        const AuditReport report = fixture.verify();
        INFO(describe(report));
        REQUIRE_FALSE(report.ok());
        CHECK(report.problems.first().sequence == 2);
    }
    SECTION("two neighbours are exchanged")
    {
        AuditStore fixture(5);
        fixture.dropTriggers();
        REQUIRE(fixture.exec(
            QStringLiteral("UPDATE audit_log SET sequence = CASE sequence WHEN 3 THEN 4 ELSE 3 END "
                           "WHERE sequence IN (3, 4)")));
        const AuditReport report = fixture.verify();
        INFO(describe(report));
        REQUIRE_FALSE(report.ok());
        CHECK(report.problems.first().sequence == 3);
        CHECK(report.problems.first().kind == AuditProblem::Kind::Modified);
    }
}

TEST_CASE("A signature replaced by another entry's signature is detected")
{
    AuditStore fixture(4);
    fixture.dropTriggers();
    REQUIRE(
        fixture.exec(QStringLiteral("UPDATE audit_log SET signature = (SELECT signature FROM audit_log WHERE "
                                    "sequence = 2) WHERE sequence = 3")));
    const AuditReport report = fixture.verify();
    INFO(describe(report));
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems.first().kind == AuditProblem::Kind::BadSignature);
    CHECK(report.problems.first().sequence == 3);
}
