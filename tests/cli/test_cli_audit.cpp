// The audit trail from the command line: every decision lands in a signed log that `audit verify`
// checks against the training CA, that names what was tampered with, and that `audit export`
// carries elsewhere. Logins that fail, or operators whose roles do not allow an act, leave nothing.

#include "cli_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QVariant>
#include <catch2/catch.hpp>
#include <map>

using namespace guichet::cli::test;
using namespace Qt::StringLiterals;

namespace {

/// A store of demo orders with audited decisions on `orders` orders awaiting validation (payment,
/// dossier complete, validation: three each).
struct AuditedStore
{
    QTemporaryDir dir;
    QString store;
    QStringList validated;

    explicit AuditedStore(int orders = 1)
    {
        REQUIRE(dir.isValid());
        store = dir.filePath(u"store.sqlite"_s);
        // Made once per test program and copied: the sections of a test case each start afresh.
        static std::map<int, std::pair<QString, QStringList>> made;
        static QTemporaryDir goldenDir;
        if (!made.contains(orders)) {
            const QString golden = goldenDir.filePath(u"golden-%1.sqlite"_s.arg(orders));
            made[orders] = {golden, fill(golden, orders)};
        }
        const auto& [golden, numbers] = made.at(orders);
        for (const QString& suffix : {u""_s, u"-wal"_s, u".audit-head"_s}) {
            if (QFile::exists(golden + suffix)) {
                REQUIRE(QFile::copy(golden + suffix, store + suffix));
            }
        }
        validated = numbers;
    }

    /// Demo orders and, on `orders` of those awaiting validation, payment and completeness
    /// confirmed and validation: three audited decisions each.
    static QStringList fill(const QString& file, int orders)
    {
        REQUIRE(cli(file, {u"demo"_s, u"24"_s}).exitCode == 0);
        QStringList numbers;
        const Run awaiting = cli(file, {u"list"_s, u"--json"_s, u"--phase"_s, u"validation"_s});
        for (const auto& row : awaiting.json().value(u"orders"_s).toArray()) {
            const QString number = row.toObject().value(u"number"_s).toString();
            if (decide(file, {u"confirm"_s, number, u"confirm.payment"_s}).exitCode == 0 &&
                decide(file, {u"confirm"_s, number, u"confirm.dossier-complete"_s}).exitCode == 0) {
                const Run done = decide(file, {u"validate"_s, number});
                INFO(done.err.toStdString());
                REQUIRE(done.exitCode == 0);
                numbers.append(number);
                if (numbers.size() == orders) {
                    break;
                }
            }
        }
        REQUIRE(numbers.size() == orders);
        return numbers;
    }

    Run verify(const QStringList& options = {})
    {
        return cli(store,
                   QStringList{u"audit"_s, u"verify"_s, u"--trust"_s, trainingDir() + u"/training-ca.pem"_s} +
                       options);
    }

    /// Runs `sql` on the store file as someone with the file would, triggers dropped first.
    void tamper(const QString& sql)
    {
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(store);
            REQUIRE(db.open());
            QSqlQuery query(db);
            query.exec(u"DROP TRIGGER IF EXISTS audit_log_refuses_update"_s);
            query.exec(u"DROP TRIGGER IF EXISTS audit_log_refuses_delete"_s);
            INFO(sql.toStdString());
            REQUIRE(query.exec(sql));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};

QList<QByteArray> lines(const QByteArray& text)
{
    QList<QByteArray> result = text.trimmed().split('\n');
    result.removeAll(QByteArray());
    return result;
}

} // namespace

TEST_CASE("Every decision from the command line is in the signed audit log, and it verifies", "[cli][audit]")
{
    AuditedStore audited(2);
    const Run shown = cli(audited.store, {u"audit"_s, u"show"_s, u"--json"_s});
    REQUIRE(shown.exitCode == 0);
    const QJsonArray entries = QJsonDocument::fromJson(shown.out).array();
    REQUIRE(entries.size() == 6);
    QStringList events;
    for (const auto& value : entries) {
        const QJsonObject entry = value.toObject();
        events.append(entry.value(u"event"_s).toString());
        const QJsonObject who = entry.value(u"payload"_s).toObject().value(u"operator"_s).toObject();
        CHECK(who.value(u"training"_s).toBool());
        CHECK(who.value(u"roles"_s).toArray().contains(u"aea"_s));
        CHECK(who.value(u"certificate"_s).toString() == entry.value(u"signer"_s).toString());
    }
    CHECK(events == (QStringList{u"confirm"_s, u"confirm"_s, u"validate"_s, u"confirm"_s, u"confirm"_s,
                                 u"validate"_s}));

    const Run forOrder = cli(audited.store, {u"audit"_s, u"show"_s, u"--order"_s, audited.validated.first()});
    CHECK(lines(forOrder.out).size() == 3);

    // The head is kept beside the store after each act.
    QFile anchor(audited.store + u".audit-head"_s);
    REQUIRE(anchor.open(QIODevice::ReadOnly));
    CHECK(QJsonDocument::fromJson(anchor.readAll()).object().value(u"sequence"_s).toInt() == 6);

    const Run verified = audited.verify();
    INFO(verified.err.toStdString());
    CHECK(verified.exitCode == 0);
    CHECK(verified.out.contains("6"));
}

TEST_CASE("audit verify names each tampered entry, one per line with its sequence and kind", "[cli][audit]")
{
    AuditedStore audited(2); // entries 1 to 6
    REQUIRE(audited.verify().exitCode == 0);

    SECTION("a field changed")
    {
        audited.tamper(u"UPDATE audit_log SET operator_id = 'Quelqu''un d''autre' WHERE sequence = 2"_s);
        const Run run = audited.verify();
        CHECK(run.exitCode == 1);
        REQUIRE_FALSE(lines(run.out).isEmpty());
        CHECK(lines(run.out).first().startsWith("2 modified "));
    }
    SECTION("one byte of the payload changed")
    {
        audited.tamper(u"UPDATE audit_log SET payload = replace(payload, '\"confirm.payment\"', "
                       "'\"confirm.paymenT\"') WHERE sequence = 1"_s);
        const Run run = audited.verify();
        CHECK(run.exitCode == 1);
        CHECK(lines(run.out).first().startsWith("1 modified "));
    }
    SECTION("an entry in the middle removed")
    {
        audited.tamper(u"DELETE FROM audit_log WHERE sequence = 3"_s);
        const Run run = audited.verify();
        CHECK(run.exitCode == 1);
        CHECK(lines(run.out) == QList<QByteArray>{lines(run.out).first()});
        CHECK(lines(run.out).first().startsWith("3 removed "));
    }
    SECTION("the last entry removed: seen through the head anchor beside the store")
    {
        audited.tamper(u"DELETE FROM audit_log WHERE sequence = 6"_s);
        const Run run = audited.verify();
        CHECK(run.exitCode == 1);
        CHECK(lines(run.out).first().startsWith("6 removed "));
        // Without the anchor the truncated log looks whole: the limit docs/audit.md states.
        REQUIRE(QFile::remove(audited.store + u".audit-head"_s));
        const Run blind = audited.verify();
        CHECK(blind.exitCode == 0);
        CHECK(blind.err.contains("anchor"));
    }
    SECTION("an entry replayed")
    {
        audited.tamper(
            u"INSERT INTO audit_log (sequence, recorded_at, event, order_number, operator_id, "
            "authority, payload, previous_hash, hash, signature, signer) SELECT sequence, "
            "recorded_at, event, order_number, operator_id, authority, payload, previous_hash, hash, "
            "signature, signer FROM audit_log WHERE sequence = 4"_s);
        const Run run = audited.verify();
        CHECK(run.exitCode == 1);
        CHECK(lines(run.out).first().startsWith("4 inserted "));
    }
    SECTION("two entries swapped")
    {
        audited.tamper(
            u"UPDATE audit_log SET sequence = CASE sequence WHEN 4 THEN 5 ELSE 4 END WHERE sequence IN (4, 5)"_s);
        const Run run = audited.verify();
        CHECK(run.exitCode == 1);
        CHECK(lines(run.out).first().startsWith("4 modified "));
    }
    SECTION("a head anchor given explicitly")
    {
        QTemporaryDir elsewhere;
        const QString kept = elsewhere.filePath(u"head.json"_s);
        REQUIRE(QFile::copy(audited.store + u".audit-head"_s, kept));
        audited.tamper(u"DELETE FROM audit_log WHERE sequence >= 5"_s);
        REQUIRE(QFile::remove(audited.store + u".audit-head"_s));
        const Run run = audited.verify({u"--anchor"_s, kept});
        CHECK(run.exitCode == 1);
        CHECK(lines(run.out).first().startsWith("5 removed "));
    }
}

TEST_CASE("audit verify against another RA's CA refuses every signature", "[cli][audit]")
{
    AuditedStore audited(1);
    // A second training folder has a CA of its own (and an operator with another role).
    const QString otherCa = trainingDir(u"aet"_s) + u"/training-ca.pem"_s;
    const Run run = cli(audited.store, {u"audit"_s, u"verify"_s, u"--trust"_s, otherCa});
    CHECK(run.exitCode == 1);
    const QList<QByteArray> problems = lines(run.out);
    REQUIRE(problems.size() == 3);
    for (int i = 0; i < 3; ++i) {
        CHECK(problems.at(i).startsWith(QByteArray(QByteArray::number(i + 1) + " bad-signature ")));
    }
}

TEST_CASE("audit export carries the log, its certificates and its head: it verifies elsewhere",
          "[cli][audit]")
{
    AuditedStore audited(2);
    QTemporaryDir elsewhere;
    const QString exported = elsewhere.filePath(u"audit.json"_s);
    const Run run = cli(audited.store, {u"audit"_s, u"export"_s, exported});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QString ca = trainingDir() + u"/training-ca.pem"_s;
    // No store at all on the other side: only the file and the RA's CA.
    const QString noStore = elsewhere.filePath(u"none.sqlite"_s);
    const Run verified =
        cli(noStore, {u"audit"_s, u"verify"_s, u"--from-export"_s, exported, u"--trust"_s, ca});
    INFO(verified.err.toStdString());
    CHECK(verified.exitCode == 0);
    CHECK_FALSE(QFile::exists(noStore));

    QFile file(exported);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    CHECK(root.value(u"certificates"_s).toArray().size() == 1);
    CHECK(root.value(u"anchor"_s).toObject().value(u"sequence"_s).toInt() == 6);
    const auto rewrite = [&](const QJsonObject& changed) {
        const QString path = elsewhere.filePath(u"changed.json"_s);
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QJsonDocument(changed).toJson());
        out.close();
        return cli(noStore, {u"audit"_s, u"verify"_s, u"--from-export"_s, path, u"--trust"_s, ca});
    };

    SECTION("an entry's detail changed in the file")
    {
        QJsonArray entries = root.value(u"entries"_s).toArray();
        QJsonObject third = entries.at(2).toObject();
        QJsonObject payload = third.value(u"payload"_s).toObject();
        payload.insert(u"validation"_s, QJsonObject{{u"method"_s, u"nothing-checked"_s}});
        third.insert(u"payload"_s, payload);
        entries.replace(2, third);
        root.insert(u"entries"_s, entries);
        const Run changed = rewrite(root);
        CHECK(changed.exitCode == 1);
        CHECK(lines(changed.out).first().startsWith("3 modified "));
    }
    SECTION("the last entry dropped from the file")
    {
        QJsonArray entries = root.value(u"entries"_s).toArray();
        entries.removeLast();
        root.insert(u"entries"_s, entries);
        const Run changed = rewrite(root);
        CHECK(changed.exitCode == 1);
        CHECK(lines(changed.out).first().startsWith("6 removed "));
    }
    SECTION("the signer's certificate swapped for another")
    {
        QFile other(trainingDir(u"aet"_s) + u"/training-ca.pem"_s);
        REQUIRE(other.open(QIODevice::ReadOnly));
        root.insert(u"certificates"_s,
                    QJsonArray{QJsonObject{{u"pem"_s, QString::fromLatin1(other.readAll())}}});
        const Run changed = rewrite(root);
        CHECK(changed.exitCode == 1);
        CHECK(lines(changed.out).size() == 6);
        CHECK(lines(changed.out).first().startsWith("1 bad-signature "));
    }
    SECTION("not an export at all")
    {
        const Run changed = rewrite(QJsonObject{{u"format"_s, u"something-else"_s}});
        CHECK(changed.exitCode == 2);
    }
}

TEST_CASE("Decisions need a login that succeeds and a role that allows them, else nothing is written",
          "[cli][audit][roles]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(u"store.sqlite"_s);
    REQUIRE(cli(store, {u"demo"_s, u"24"_s}).exitCode == 0);
    const Run awaiting = cli(store, {u"list"_s, u"--json"_s, u"--phase"_s, u"verification"_s});
    const QString number =
        awaiting.json().value(u"orders"_s).toArray().first().toObject().value(u"number"_s).toString();
    REQUIRE_FALSE(number.isEmpty());
    const QStringList act{u"notify"_s,    number, u"--kind"_s, u"other"_s,
                          u"--subject"_s, u"s"_s, u"--body"_s, u"b"_s};

    const Run noLogin = cli(store, act);
    CHECK(noLogin.exitCode == 2);
    CHECK(noLogin.err.contains("--training"));

    const Run wrongPin = cli(store, act + trainingLogin(), "000000\n");
    CHECK(wrongPin.exitCode == 2);
    CHECK(wrongPin.err.contains("CKR_PIN_INCORRECT"));

    const Run noPin = cli(store, act + QStringList{u"--training="_s + trainingDir()}); // no terminal here
    CHECK(noPin.exitCode == 2);

    const Run technician = decide(store, act, u"aet"_s);
    CHECK(technician.exitCode == 2);
    CHECK(technician.err.contains("AEA"));

    CHECK(lines(cli(store, {u"audit"_s, u"show"_s}).out).isEmpty());
    CHECK_FALSE(QFile::exists(store + u".audit-head"_s));

    const Run done = decide(store, act);
    INFO(done.err.toStdString());
    CHECK(done.exitCode == 0);
    CHECK(done.out.contains("FORMATION / TRAINING"));
    CHECK(lines(cli(store, {u"audit"_s, u"show"_s}).out).size() == 1);
}

TEST_CASE("audit commands on a store that does not exist fail without creating it", "[cli][audit]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(u"missing.sqlite"_s);
    CHECK(cli(store, {u"audit"_s, u"verify"_s}).exitCode == 2);
    CHECK(cli(store, {u"audit"_s, u"show"_s}).exitCode == 2);
    CHECK(cli(store, {u"audit"_s, u"export"_s, dir.filePath(u"out.json"_s)}).exitCode == 2);
    CHECK(cli(store, {u"audit"_s, u"frobnicate"_s}).exitCode == 2);
    CHECK_FALSE(QFile::exists(store));
}
