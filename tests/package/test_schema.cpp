// docs/dossier-package.schema.json describes what the importer accepts: packages Guichet writes
// validate against it, and broken manifests are refused by both. Runs Python's jsonschema (Debian:
// python3-jsonschema); a machine without it fails this test rather than skipping it.

#include "catch_qt.h"
#include "package/zip_handles.h"
#include "package_fixtures.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

using namespace guichet;
using namespace guichet::package;
using namespace guichet::package::testing;
using namespace Qt::StringLiterals;

namespace {

// Prints one line per instance file: "valid" or "invalid: <first error>"; exits 3 without jsonschema.
constexpr auto validatorScript = R"(
import json, sys
try:
    from jsonschema import Draft202012Validator, FormatChecker
except ImportError as error:
    print("jsonschema is missing:", error)
    sys.exit(3)
with open(sys.argv[1], encoding="utf-8") as f:
    schema = json.load(f)
Draft202012Validator.check_schema(schema)
validator = Draft202012Validator(schema, format_checker=FormatChecker())
for path in sys.argv[2:]:
    with open(path, encoding="utf-8") as f:
        errors = sorted(validator.iter_errors(json.load(f)), key=lambda e: list(e.absolute_path))
    print("valid" if not errors else "invalid: /" + "/".join(str(p) for p in errors[0].absolute_path) + ": " + errors[0].message)
)";

/// The schema's verdict on each manifest, in order.
QStringList schemaVerdicts(const QList<QJsonObject>& manifests)
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    QStringList arguments{u"-c"_s, QString::fromUtf8(validatorScript),
                          QStringLiteral(GUICHET_SOURCE_DIR "/docs/dossier-package.schema.json")};
    for (qsizetype i = 0; i < manifests.size(); ++i) {
        const QString path = folder.filePath(u"manifest-%1.json"_s.arg(i));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(manifests.at(i)).toJson());
        arguments.append(path);
    }
    QProcess python;
    python.start(u"python3"_s, arguments);
    REQUIRE(python.waitForStarted()); // python3 must be installed: this test does not skip
    REQUIRE(python.waitForFinished(60000));
    const QString output = QString::fromUtf8(python.readAllStandardOutput()).trimmed();
    INFO(output.toStdString() << QString::fromUtf8(python.readAllStandardError()).toStdString());
    REQUIRE(python.exitStatus() == QProcess::NormalExit);
    REQUIRE(python.exitCode() == 0); // 3: python3-jsonschema is not installed
    const QStringList verdicts = output.split(u'\n');
    REQUIRE(verdicts.size() == manifests.size());
    return verdicts;
}

/// The manifest inside a package's bytes, as written.
QJsonObject manifestOf(const QByteArray& package)
{
    auto opened = zip::openInMemory(package);
    REQUIRE(opened.archive);
    zip::File file(zip_fopen(opened.archive.get(), "manifest.json", 0));
    REQUIRE(file);
    QByteArray bytes(1 << 20, Qt::Uninitialized);
    const zip_int64_t size = zip_fread(file.get(), bytes.data(), zip_uint64_t(bytes.size()));
    REQUIRE(size > 0);
    bytes.truncate(qsizetype(size));
    return QJsonDocument::fromJson(bytes).object();
}

} // namespace

TEST_CASE("packages Guichet writes validate against the published schema", "[package][schema]")
{
    const ExportExtras extras = fullExtras();
    const auto plain = encodePackage(fullDossier(true));
    const auto withoutAgent = encodePackage(fullDossier(false));
    const auto exported = encodePackage(fullDossier(), &extras);
    REQUIRE(plain.ok());
    REQUIRE(withoutAgent.ok());
    REQUIRE(exported.ok());
    CHECK(schemaVerdicts({manifestOf(*plain), manifestOf(*withoutAgent), manifestOf(*exported)}) ==
          QStringList{u"valid"_s, u"valid"_s, u"valid"_s});
}

TEST_CASE("broken manifests are refused by the importer and by the schema alike", "[package][schema]")
{
    const ExportExtras extras = fullExtras();
    const std::vector<std::pair<QString, QJsonValue>> breakages{
        {u"/order/holder/birthDate"_s, u"1985-13-40"_s},
        {u"/documents/3/kind"_s, u"passeport"_s},
        {u"/order/holder/otpContact"_s, QJsonValue(QJsonValue::Undefined)},
        {u"/order/payment/amountCents"_s, u"34800"_s},
        {u"/order/payment/received"_s, 1},
        {u"/formatVersion"_s, 2},
        {u"/format"_s, u"zip-dossier"_s},
        {u"/order/holder/nickname"_s, u"Léna"_s},
        {u"/documents/6/sha256"_s, u"ABC"_s},
        {u"/documents/6/mediaType"_s, u"image/gif"_s},
        {u"/documents/6/path"_s, u"documents/../../etc/passwd"_s},
        {u"/documents/6/path"_s, u"/etc/passwd"_s},
        {u"/order/confirmations/0/at"_s, u"2026-02-17T09:12:05"_s},
        {u"/order/agent"_s, u"none"_s},
        {u"/order/product/durationYears"_s, 0},
        {u"/export/notifications/0/kind"_s, u"reminder"_s},
        {u"/export/decisions/0/toPhase"_s, u"archived"_s},
    };
    QList<QJsonObject> manifests;
    for (const auto& [pointer, value] : breakages) {
        INFO(pointer.toStdString());
        PackageParts parts = partsOf(fullDossier(), &extras);
        parts.set(pointer, value);
        const auto problems = problemsOf(parts.zip());
        CHECK(problems.at(0).location.startsWith(u"manifest.json: "_s + pointer.section(u'/', 0, 2)));
        manifests.append(parts.manifest);
    }
    const QStringList verdicts = schemaVerdicts(manifests);
    for (std::size_t i = 0; i < breakages.size(); ++i) {
        INFO(breakages[i].first.toStdString() << ": " << verdicts.at(qsizetype(i)).toStdString());
        CHECK(verdicts.at(qsizetype(i)).startsWith(u"invalid: "_s));
    }
}
