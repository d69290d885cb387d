// The audit log outside the store: the head anchor file and the export that verifies elsewhere.
// Every change an attacker can make to an export (any field of any entry, a removed, inserted or
// moved entry, a swapped certificate) is reported with the entry concerned.

#include "audit/audit_anchor.h"
#include "audit/audit_export.h"
#include "audit_fixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace guichet;
using namespace guichet::audit;
using namespace guichet::audit::test;

namespace {

/// The export of `fixture`'s log, parsed.
QJsonObject exported(AuditStore& fixture)
{
    auto json = exportLog(*fixture.log, std::nullopt);
    REQUIRE(json.ok());
    return QJsonDocument::fromJson(*json).object();
}

/// Reads `root` as an export and verifies it against the certificates it carries.
AuditReport verifyExport(const QJsonObject& root)
{
    auto read = readExport(QJsonDocument(root).toJson());
    INFO((read.ok() ? QString() : read.error().toString()).toStdString());
    REQUIRE(read.ok());
    CertificateVerifier verifier;
    for (const auto& [reference, der] : read->certificates) {
        REQUIRE(verifier.addCertificate(der).ok());
    }
    return verifyRows(read->rows, verifier, read->anchor);
}

QJsonObject withEntries(QJsonObject root, const QJsonArray& entries)
{
    root.insert(QStringLiteral("entries"), entries);
    return root;
}

/// `text` with the character at `i` replaced by another one of the same kind (hex stays hex).
QString changedAt(const QString& text, qsizetype i)
{
    QString changed = text;
    const QChar c = changed.at(i);
    changed[i] = c == u'0' ? u'1' : c == u'a' ? u'b' : c == u'A' ? u'B' : c.isDigit() ? u'0' : u'a';
    if (changed == text) {
        changed[i] = u'b';
    }
    return changed;
}

} // namespace

TEST_CASE("The head anchor is written and read back, and a damaged one is an error")
{
    QTemporaryDir dir;
    const QString path = anchorPathFor(dir.filePath(QStringLiteral("guichet.sqlite")));
    CHECK(path.endsWith(QStringLiteral("guichet.sqlite.audit-head")));
    auto missing = readAnchor(path);
    REQUIRE(missing.ok());
    CHECK_FALSE(missing->has_value());

    const AuditAnchor anchor{42, sha256(QByteArrayLiteral("head"))};
    REQUIRE(writeAnchor(path, anchor).ok());
    auto read = readAnchor(path);
    REQUIRE(read.ok());
    REQUIRE(read->has_value());
    CHECK((*read)->sequence == 42);
    CHECK((*read)->hash == anchor.hash);

    for (const QByteArray& damaged : {QByteArrayLiteral("not json"), QByteArrayLiteral("{\"sequence\":1}"),
                                      QByteArrayLiteral("{\"sequence\":-1,\"hash\":\"00\"}"),
                                      QByteArrayLiteral("{\"sequence\":1,\"hash\":\"zz\"}")}) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(damaged);
        file.close();
        INFO(damaged.toStdString());
        CHECK_FALSE(readAnchor(path).ok());
    }
    CHECK_FALSE(writeAnchor(dir.filePath(QStringLiteral("no-such-folder/x.audit-head")), anchor).ok());
}

TEST_CASE("The store keeps each signer's certificate once, append-only")
{
    AuditStore fixture(3);
    SoftwareSigner other("Second opérateur");
    REQUIRE(fixture.log->append(sampleEntry(3), other).ok());
    auto certificates = fixture.log->certificates();
    REQUIRE(certificates.ok());
    REQUIRE(certificates->size() == 2);
    CHECK(certificates->at(certificateReference(fixture.signer.certificateDer())) ==
          fixture.signer.certificateDer());
    CHECK(certificates->at(certificateReference(other.certificateDer())) == other.certificateDer());
    CHECK_FALSE(fixture.exec(QStringLiteral("UPDATE audit_certificates SET der = x'00'")));
    CHECK_FALSE(fixture.exec(QStringLiteral("DELETE FROM audit_certificates")));
}

TEST_CASE("An export reads back as the stored rows and verifies with the certificates it carries")
{
    AuditStore fixture(5);
    const QJsonObject root = exported(fixture);
    CHECK(root.value(QStringLiteral("format")).toString() == QLatin1String(exportFormat));
    CHECK(root.value(QStringLiteral("anchor")).toObject().value(QStringLiteral("sequence")).toInt() == 5);
    auto read = readExport(QJsonDocument(root).toJson());
    REQUIRE(read.ok());
    REQUIRE(read->rows.size() == 5);
    auto entries = fixture.log->entries();
    REQUIRE(entries.ok());
    for (int i = 0; i < 5; ++i) {
        const store::AuditRow expected = toRow(entries->at(i));
        const store::AuditRow& actual = read->rows.at(i);
        CHECK(actual.sequence == expected.sequence);
        CHECK(actual.recordedAt == expected.recordedAt);
        CHECK(actual.payload == expected.payload);
        CHECK(actual.hash == expected.hash);
        CHECK(actual.signature == expected.signature);
        CHECK(actual.signer == expected.signer);
    }
    const AuditReport report = verifyExport(root);
    CHECK(report.ok());
    CHECK(report.entries == 5);

    // A head anchor given (the one kept beside the store) is the one exported.
    auto json = exportLog(*fixture.log, AuditAnchor{3, entries->at(2).hash});
    REQUIRE(json.ok());
    auto withAnchor = readExport(*json);
    REQUIRE(withAnchor.ok());
    CHECK(withAnchor->anchor->sequence == 3);

    CHECK_FALSE(readExport(QByteArrayLiteral("[]")).ok());
    CHECK_FALSE(readExport(QByteArrayLiteral("{\"format\":\"other\",\"version\":1}")).ok());
}

TEST_CASE("Every character change of every field of every exported entry is detected at that entry")
{
    constexpr int count = 3;
    AuditStore fixture(count);
    const QJsonObject root = exported(fixture);
    const QJsonArray entries = root.value(QStringLiteral("entries")).toArray();
    QStringList undetected;
    int cases = 0;
    for (int index = 0; index < count; ++index) {
        const QJsonObject entry = entries.at(index).toObject();
        for (const QString& key : entry.keys()) {
            const QJsonValue value = entry.value(key);
            QList<QJsonValue> changes;
            if (value.isString()) {
                const QString text = value.toString();
                for (qsizetype i = 0; i < text.size(); ++i) {
                    const QString changed = changedAt(text, i);
                    // The unused low bits of base64's last character before padding: the same bytes.
                    if (key == u"signature" && QByteArray::fromBase64(changed.toLatin1()) ==
                                                   QByteArray::fromBase64(text.toLatin1())) {
                        continue;
                    }
                    changes.append(changed);
                }
            } else if (value.isDouble()) {
                changes = {value.toInteger() + 1, value.toInteger() - 1};
            } else if (value.isObject()) {
                // The payload: every leaf string changed, a key added, a key removed.
                const QJsonObject payload = value.toObject();
                QJsonObject added = payload;
                added.insert(QStringLiteral("extra"), true);
                changes.append(added);
                for (const QString& field : payload.keys()) {
                    QJsonObject removed = payload;
                    removed.remove(field);
                    changes.append(removed);
                }
                const QByteArray compact = QJsonDocument(payload).toJson(QJsonDocument::Compact);
                QByteArray edited = compact;
                edited.replace("face-à-face", "face-a-face");
                changes.append(QJsonDocument::fromJson(edited).object());
            }
            for (const QJsonValue& change : changes) {
                QJsonObject tampered = entry;
                tampered.insert(key, change);
                QJsonArray all = entries;
                all.replace(index, tampered);
                const AuditReport report = verifyExport(withEntries(root, all));
                ++cases;
                // A changed sequence number is reported where it now stands (as in the store).
                if (report.ok() || (key != u"sequence" && report.problems.first().sequence != index + 1)) {
                    undetected.append(
                        QStringLiteral("%1 of entry %2 -> %3")
                            .arg(key)
                            .arg(index + 1)
                            .arg(QString::fromUtf8(
                                QJsonDocument(QJsonArray{change}).toJson(QJsonDocument::Compact))));
                }
            }
        }
    }
    INFO(undetected.join(u'\n').toStdString());
    CHECK(undetected.isEmpty());
    CHECK(cases > 400);
}

TEST_CASE("Entries removed, inserted or moved in an export are reported with the entry concerned")
{
    constexpr int count = 5;
    AuditStore fixture(count);
    const QJsonObject root = exported(fixture);
    const QJsonArray entries = root.value(QStringLiteral("entries")).toArray();

    for (int removed = 0; removed < count; ++removed) {
        QJsonArray fewer = entries;
        fewer.removeAt(removed);
        const AuditReport report = verifyExport(withEntries(root, fewer));
        INFO("removed " << removed + 1);
        REQUIRE_FALSE(report.ok());
        CHECK(report.problems.first().kind == AuditProblem::Kind::Removed);
        CHECK(report.problems.first().sequence == removed + 1);
    }
    for (int copied = 0; copied < count; ++copied) {
        QJsonArray more = entries;
        more.insert(copied + 1, entries.at(copied));
        const AuditReport report = verifyExport(withEntries(root, more));
        INFO("copied " << copied + 1);
        REQUIRE_FALSE(report.ok());
        CHECK(report.problems.first().kind == AuditProblem::Kind::Inserted);
        CHECK(report.problems.first().sequence == copied + 1);
    }
    for (int first = 0; first + 1 < count; ++first) {
        QJsonArray swapped = entries;
        swapped.replace(first, entries.at(first + 1));
        swapped.replace(first + 1, entries.at(first));
        const AuditReport report = verifyExport(withEntries(root, swapped));
        INFO("swapped " << first + 1);
        REQUIRE_FALSE(report.ok());
        // The later entry now comes first: its sequence is ahead of the expected one.
        CHECK(report.problems.first().sequence == first + 1);
    }
    // The certificate replaced by another: every signature fails.
    SoftwareSigner other("Autre");
    QJsonObject swappedCertificate = root;
    swappedCertificate.insert(
        QStringLiteral("certificates"),
        QJsonArray{QJsonObject{{QStringLiteral("pem"), QString::fromLatin1(toPem(other.certificateDer()))}}});
    const AuditReport report = verifyExport(swappedCertificate);
    REQUIRE(report.problems.size() == count);
    CHECK(report.problems.first().kind == AuditProblem::Kind::BadSignature);
}
