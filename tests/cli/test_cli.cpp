// guichet-cli as a user runs it: a real process on a real store file. The round trip:
// demo + check + export + import give identical checklist results; decisions log in on the
// training token.

#include "cli_support.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

using namespace guichet::cli::test;

TEST_CASE("demo, check, export and import round-trip every dossier with identical checklists", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString source = dir.filePath(u"source.sqlite"_s);
    const QString target = dir.filePath(u"target.sqlite"_s);

    const Run demo = cli(source, {u"demo"_s, u"24"_s});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    const QStringList numbers = orderNumbers(source);
    REQUIRE(numbers.size() == 24);
    // The training operator imports into a training store only: the target gets one demo order of
    // its own (numbered apart from the 24), which marks it so.
    const QString archive0 = dir.filePath(u"first.zip"_s);
    REQUIRE(cli(source, {u"export"_s, numbers.first(), u"--output"_s, archive0}).exitCode == 0);
    const Run refused = decide(target, {u"import"_s, archive0});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains("TRAINING"));
    CHECK(cli(target, {u"list"_s, u"--json"_s}).json().value(u"orders"_s).toArray().isEmpty());
    REQUIRE(cli(target, {u"demo"_s, u"1"_s, u"--first"_s, u"100"_s}).exitCode == 0);

    int validatable = 0;
    for (const QString& number : numbers) {
        INFO(number.toStdString());
        const Run before = cli(source, {u"check"_s, number, u"--json"_s, u"--as-of"_s, u"2026-11-21"_s});
        REQUIRE((before.exitCode == 0 || before.exitCode == 1));
        // The exit status says whether the dossier can be validated, as the JSON does.
        CHECK((before.exitCode == 0) == before.json().value(u"canValidate"_s).toBool());
        validatable += before.exitCode == 0 ? 1 : 0;

        const QString archive = dir.filePath(number + u".zip");
        const Run exported = cli(source, {u"export"_s, number, u"--output"_s, archive});
        INFO(exported.err.toStdString());
        REQUIRE(exported.exitCode == 0);
        REQUIRE(QFile::exists(archive));
        const Run imported = decide(target, {u"import"_s, archive});
        INFO(imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);

        const Run after = cli(target, {u"check"_s, number, u"--json"_s, u"--as-of"_s, u"2026-11-21"_s});
        CHECK(after.exitCode == before.exitCode);
        CHECK(after.json() == before.json());
        const Run shownBefore = cli(source, {u"show"_s, number, u"--json"_s});
        const Run shownAfter = cli(target, {u"show"_s, number, u"--json"_s});
        CHECK(shownAfter.json() == shownBefore.json());
    }
    // The demo mix has both kinds in 24 orders; a mix that stopped making either would go unseen.
    CHECK(validatable > 0);
    CHECK(validatable < numbers.size());
}

TEST_CASE("A dossier can be walked to validation from the command line", "[cli]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(u"store.sqlite"_s);
    REQUIRE(cli(store, {u"demo"_s, u"24"_s}).exitCode == 0);
    // An order awaiting validation: the operator ticks "Règlement (OK)" and "Dossier complet (OK)".
    QString ready;
    const Run awaiting = cli(store, {u"list"_s, u"--json"_s, u"--phase"_s, u"validation"_s});
    for (const auto& row : awaiting.json().value(u"orders"_s).toArray()) {
        const QString number = row.toObject().value(u"number"_s).toString();
        if (decide(store, {u"validate"_s, number}).exitCode != 2) {
            FAIL("validation must be refused before the final confirmations");
        }
        if (decide(store, {u"confirm"_s, number, u"confirm.payment"_s}).exitCode == 0 &&
            decide(store, {u"confirm"_s, number, u"confirm.dossier-complete"_s}).exitCode == 0) {
            ready = number;
            break;
        }
    }
    REQUIRE_FALSE(ready.isEmpty());
    CHECK(cli(store, {u"check"_s, ready}).exitCode == 0);
    const Run validated = decide(store, {u"validate"_s, ready});
    INFO(validated.err.toStdString());
    REQUIRE(validated.exitCode == 0);
    const Run shown = cli(store, {u"show"_s, ready, u"--json"_s});
    CHECK(shown.json().value(u"phase"_s).toString() == u"generation"_s);
    // Irreversible: a second validation is refused with one line on stderr.
    const Run again = decide(store, {u"validate"_s, ready});
    CHECK(again.exitCode == 2);
    CHECK(again.err.startsWith("guichet-cli: "));
    CHECK(again.err.trimmed().count('\n') == 0);
}

TEST_CASE("Bad input gives one clear line and changes nothing", "[cli]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(u"store.sqlite"_s);
    REQUIRE(cli(store, {u"demo"_s, u"3"_s}).exitCode == 0);
    const QStringList numbers = orderNumbers(store);

    SECTION("a file that is not a package")
    {
        const QString bogus = dir.filePath(u"bogus.zip"_s);
        QFile file(bogus);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("this is not a zip archive");
        file.close();
        const Run run = decide(store, {u"import"_s, bogus});
        CHECK(run.exitCode == 2);
        CHECK(run.err.startsWith("guichet-cli: bogus.zip: "));
        CHECK(orderNumbers(store) == numbers);
    }
    SECTION("the same dossier twice")
    {
        const QString archive = dir.filePath(u"again.zip"_s);
        REQUIRE(cli(store, {u"export"_s, numbers.first(), u"-o"_s, archive}).exitCode == 0);
        const Run run = decide(store, {u"import"_s, archive});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(numbers.first().toUtf8()));
        CHECK(orderNumbers(store) == numbers);
    }
    SECTION("usage errors")
    {
        CHECK(cli(store, {u"frobnicate"_s}).exitCode == 2);
        CHECK(cli(store, {u"check"_s, numbers.first(), u"--as-of"_s, u"2026-02-30"_s}).exitCode == 2);
        CHECK(cli(store, {u"check"_s, u"CMD-0000-NOPE"_s}).exitCode == 2);
        CHECK(cli(store, {u"list"_s, u"--phase"_s, u"nonsense"_s}).exitCode == 2);
        CHECK(cli(store, {u"export"_s, numbers.first()}).exitCode == 2);
    }
    SECTION("an export that cannot be written leaves nothing behind")
    {
        const QString where = dir.filePath(u"no-such-folder/out.zip"_s);
        const Run run = cli(store, {u"export"_s, numbers.first(), u"-o"_s, where});
        CHECK(run.exitCode == 2);
        CHECK_FALSE(QFile::exists(where));
    }
}

TEST_CASE("The summary counts orders per portal and phase", "[cli]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(u"store.sqlite"_s);
    REQUIRE(cli(store, {u"demo"_s, u"24"_s}).exitCode == 0);
    const Run summary = cli(store, {u"summary"_s, u"--json"_s});
    REQUIRE(summary.exitCode == 0);
    int counted = 0;
    for (const auto& portal : QJsonDocument::fromJson(summary.out).array()) {
        const QJsonObject p = portal.toObject();
        const int toVerify = p.value(u"toVerify"_s).toInt();
        counted += toVerify + p.value(u"awaitingSignature"_s).toInt() + p.value(u"toValidate"_s).toInt() +
                   p.value(u"toGenerate"_s).toInt();
        const Run filtered = cli(store, {u"list"_s, u"--json"_s, u"--portal"_s,
                                         p.value(u"portal"_s).toString(), u"--phase"_s, u"verification"_s});
        CHECK(filtered.json().value(u"total"_s).toInt() == toVerify);
    }
    const Run all = cli(store, {u"list"_s, u"--json"_s});
    const Run delivered = cli(store, {u"list"_s, u"--json"_s, u"--phase"_s, u"delivered"_s});
    const Run entry = cli(store, {u"list"_s, u"--json"_s, u"--phase"_s, u"data-entry"_s});
    const Run cancelled = cli(store, {u"list"_s, u"--json"_s, u"--phase"_s, u"cancelled"_s});
    CHECK(counted + delivered.json().value(u"total"_s).toInt() + entry.json().value(u"total"_s).toInt() +
              cancelled.json().value(u"total"_s).toInt() ==
          all.json().value(u"total"_s).toInt());
}
