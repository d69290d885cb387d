// Appending to the audit log and verifying an intact one: the chain, the canonical encoding, the
// signatures and the store's refusal to change or remove entries.

#include "audit/audit_entry.h"
#include "audit_fixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace guichet;
using namespace guichet::audit;
using namespace guichet::audit::test;

TEST_CASE("Appended entries form a signed chain that verifies")
{
    AuditStore fixture(5);
    auto entries = fixture.log->entries();
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 5);
    QByteArray previous = genesisHash();
    for (int i = 0; i < 5; ++i) {
        const AuditEntry& entry = entries->at(i);
        CHECK(entry.sequence == i + 1);
        CHECK(entry.previousHash == previous);
        CHECK(entry.hash == chainHash(entry.previousHash, canonicalBytes(entry)));
        CHECK(entry.hash.size() == 32);
        CHECK(entry.signer == certificateReference(fixture.signer.certificateDer()));
        CHECK(entry.at == sampleEntry(i).at);
        CHECK(entry.orderNumber == sampleEntry(i).orderNumber);
        CHECK(entry.operatorId == sampleEntry(i).operatorId);
        CHECK(fixture.verifier.verify(entry.signer, entry.hash, entry.signature).ok());
        previous = entry.hash;
    }
    const AuditReport report = fixture.verify();
    CHECK(report.ok());
    CHECK(report.entries == 5);

    auto head = fixture.log->head();
    REQUIRE(head.ok());
    CHECK(head->sequence == 5);
    CHECK(head->hash == previous);
    CHECK(fixture.verify(*head).ok());
}

TEST_CASE("An empty audit log verifies, and its head is the genesis hash")
{
    AuditStore fixture(0);
    CHECK(fixture.verify().ok());
    auto head = fixture.log->head();
    REQUIRE(head.ok());
    CHECK(head->sequence == 0);
    CHECK(head->hash == genesisHash());
}

TEST_CASE("The canonical encoding is compact JSON with sorted keys of every field but hash and signature")
{
    AuditEntry entry;
    entry.sequence = 7;
    entry.at = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), QTimeZone::utc());
    entry.event = QStringLiteral("validate");
    entry.orderNumber = QStringLiteral("CMD-1");
    entry.operatorId = QStringLiteral("op");
    entry.authority = QStringLiteral("AE");
    entry.payload = QByteArrayLiteral(R"({"documents":[{"number":"N1","type":"cni"}]})");
    entry.previousHash = QByteArray(2, '\x01');
    entry.hash = QByteArrayLiteral("ignored");
    entry.signature = QByteArrayLiteral("ignored");
    entry.signer = QStringLiteral("sha256:ab");
    const QByteArray expected =
        R"({"at":"2026-01-02T03:04:05.006Z","authority":"AE","event":"validate","operator":"op","order":"CMD-1",)"
        R"("payload":{"documents":[{"number":"N1","type":"cni"}]},"previousHash":"0101","sequence":7,)"
        R"("signer":"sha256:ab"})";
    CHECK(canonicalBytes(entry) == expected);

    // SHA-256 of "abc" (FIPS 180-2), split between the two inputs.
    CHECK(chainHash(QByteArrayLiteral("a"), QByteArrayLiteral("bc")).toHex() ==
          "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("The payload is stored in canonical form, and a payload that is not a JSON object is refused")
{
    AuditStore fixture(1);
    const QByteArray stored = fixture.raw(QStringLiteral("payload"), 1);
    CHECK(stored == QJsonDocument::fromJson(sampleEntry(0).payload).toJson(QJsonDocument::Compact));
    CHECK(stored.startsWith("{\"choices\":"));

    AuditEntry bad = sampleEntry(1);
    bad.payload = QByteArrayLiteral("[1, 2]");
    auto refused = fixture.log->append(bad, fixture.signer);
    REQUIRE_FALSE(refused.ok());
    CHECK_FALSE(refused.error().message.isEmpty());
    auto entries = fixture.log->entries();
    REQUIRE(entries.ok());
    CHECK(entries->size() == 1);
}

TEST_CASE("When the signer fails, nothing is appended")
{
    AuditStore fixture(2);
    fixture.signer.failNextSignature = true;
    auto refused = fixture.log->append(sampleEntry(2), fixture.signer);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().detail.contains(QStringLiteral("token removed")));
    auto head = fixture.log->head();
    REQUIRE(head.ok());
    CHECK(head->sequence == 2);
    // The next append continues the chain where it was.
    auto appended = fixture.log->append(sampleEntry(2), fixture.signer);
    REQUIRE(appended.ok());
    CHECK(appended->sequence == 3);
    CHECK(fixture.verify().ok());
}

TEST_CASE("An entry is appended inside a caller's transaction and rolled back with it")
{
    AuditStore fixture(1);
    {
        store::Transaction transaction(*fixture.db);
        REQUIRE(transaction.ok());
        REQUIRE(fixture.log->append(sampleEntry(1), fixture.signer).ok());
        // Not committed: rolled back here.
    }
    auto head = fixture.log->head();
    REQUIRE(head.ok());
    CHECK(head->sequence == 1);
    CHECK(fixture.verify().ok());
}

TEST_CASE("The store refuses to update or delete audit entries")
{
    AuditStore fixture(3);
    CHECK_FALSE(fixture.exec(QStringLiteral("UPDATE audit_log SET event = 'forged' WHERE sequence = 2")));
    CHECK_FALSE(fixture.exec(QStringLiteral("UPDATE audit_log SET sequence = sequence + 1")));
    CHECK_FALSE(fixture.exec(QStringLiteral("DELETE FROM audit_log WHERE sequence = 3")));
    CHECK_FALSE(fixture.exec(QStringLiteral("DELETE FROM audit_log")));
    CHECK(fixture.raw(QStringLiteral("event"), 2) == "confirm");
    auto entries = fixture.log->entries();
    REQUIRE(entries.ok());
    CHECK(entries->size() == 3);
    CHECK(fixture.verify().ok());
}

TEST_CASE("Entries signed by a certificate the verifier does not trust are reported")
{
    AuditStore fixture(2);
    CertificateVerifier stranger;
    SoftwareSigner other("Quelqu'un d'autre");
    REQUIRE(stranger.addCertificate(other.certificateDer()).ok());
    auto report = fixture.log->verify(stranger);
    REQUIRE(report.ok());
    REQUIRE(report->problems.size() == 2);
    CHECK(report->problems.at(0).kind == AuditProblem::Kind::BadSignature);
    CHECK(report->problems.at(0).sequence == 1);
    CHECK(report->problems.at(1).sequence == 2);
    CHECK_FALSE(stranger.addCertificate(QByteArrayLiteral("not a certificate")).ok());
}
