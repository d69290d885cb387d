// The manifest: what an import refuses, located by JSON pointer.

#include "catch_qt.h"
#include "package_fixtures.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace guichet;
using namespace guichet::package;
using namespace guichet::package::testing;
using namespace Qt::StringLiterals;

namespace {

/// The problems of the full dossier's package once `pointer` is set to `value` (removed when
/// undefined).
QStringList problemsWith(const QString& pointer, const QJsonValue& value)
{
    PackageParts parts = partsOf(fullDossier());
    parts.set(pointer, value);
    return lines(problemsOf(parts.zip()));
}

QByteArray withManifestBytes(const QByteArray& manifest)
{
    const PackageParts parts = partsOf(fullDossier());
    ZipBuilder zip;
    zip.add(u"manifest.json"_s, manifest);
    for (const auto& [name, content] : parts.entries) {
        zip.add(name, content);
    }
    return zip.finish();
}

} // namespace

TEST_CASE("a manifest that is not JSON is refused with the offset", "[package][reject][manifest]")
{
    const QStringList problems =
        lines(problemsOf(withManifestBytes(R"({"format": "guichet-dossier", "formatVersion": 1,)"_ba)));
    REQUIRE(problems.size() == 1); // and its documents are not reported as unlisted
    CHECK(QRegularExpression(u"^manifest\\.json: invalid JSON at offset \\d+: .+$"_s)
              .match(problems.at(0))
              .hasMatch());

    CHECK(lines(problemsOf(withManifestBytes("[1, 2, 3]"_ba))) ==
          QStringList{u"manifest.json: the manifest is not a JSON object"_s});
}

TEST_CASE("dates must be real ISO dates", "[package][reject][manifest]")
{
    CHECK(problemsWith(u"/order/holder/birthDate"_s, u"1985-13-40"_s) ==
          QStringList{u"manifest.json: /order/holder/birthDate: \"1985-13-40\" is not a date"_s});
    CHECK(problemsWith(u"/order/date"_s, u"16/02/2026"_s) ==
          QStringList{u"manifest.json: /order/date: \"16/02/2026\" is not a date"_s});
    CHECK(problemsWith(u"/documents/6/facts/expiryDate"_s, u"2032-6-25"_s) ==
          QStringList{u"manifest.json: /documents/6/facts/expiryDate: \"2032-6-25\" is not a date"_s});
    CHECK(problemsWith(u"/order/date"_s, QJsonValue::Null) ==
          QStringList{u"manifest.json: /order/date: expected a date, found null"_s});
    CHECK(problemsWith(u"/order/confirmations/0/at"_s, u"2026-02-17T09:12:05"_s) ==
          QStringList{u"manifest.json: /order/confirmations/0/at: \"2026-02-17T09:12:05\" is not a date and "
                      "time with a time zone offset"_s});
}

TEST_CASE("unknown codes are refused", "[package][reject][manifest]")
{
    // The unknown kind's document is left out, but its file is not reported again as unlisted.
    CHECK(problemsWith(u"/documents/3/kind"_s, u"passeport"_s) ==
          QStringList{u"manifest.json: /documents/3/kind: unknown document kind \"passeport\""_s});
    CHECK(problemsWith(u"/order/phase"_s, u"validated"_s) ==
          QStringList{u"manifest.json: /order/phase: unknown phase \"validated\""_s});
    CHECK(problemsWith(u"/order/type"_s, u"d"_s) ==
          QStringList{u"manifest.json: /order/type: unknown dossier type \"d\""_s});
    CHECK(problemsWith(u"/documents/6/facts/identity/kind"_s, u"CNI"_s) ==
          QStringList{
              u"manifest.json: /documents/6/facts/identity/kind: unknown identity document kind \"CNI\""_s});
}

TEST_CASE("a required field must be there", "[package][reject][manifest]")
{
    CHECK(problemsWith(u"/order/holder/otpContact"_s, QJsonValue(QJsonValue::Undefined)) ==
          QStringList{u"manifest.json: /order/holder/otpContact: required field is missing"_s});
    // A missing object is reported once, not once per field it should hold.
    CHECK(problemsWith(u"/order/payment"_s, QJsonValue(QJsonValue::Undefined)) ==
          QStringList{u"manifest.json: /order/payment: required field is missing"_s});
    CHECK(problemsWith(u"/order/number"_s, u""_s) ==
          QStringList{u"manifest.json: /order/number: must not be empty"_s});
}

TEST_CASE("JSON types are checked", "[package][reject][manifest]")
{
    CHECK(
        problemsWith(u"/order/payment/amountCents"_s, u"34800"_s) ==
        QStringList{u"manifest.json: /order/payment/amountCents: expected a whole number, found a string"_s});
    CHECK(
        problemsWith(u"/order/payment/amountCents"_s, 348.5) ==
        QStringList{u"manifest.json: /order/payment/amountCents: expected a whole number, found a number"_s});
    CHECK(problemsWith(u"/order/payment/received"_s, u"yes"_s) ==
          QStringList{u"manifest.json: /order/payment/received: expected a boolean, found a string"_s});
    CHECK(problemsWith(u"/order/holder"_s, QJsonArray()) ==
          QStringList{u"manifest.json: /order/holder: expected an object, found an array"_s});
    CHECK(problemsWith(u"/documents/6/facts/mrz/1"_s, 42) ==
          QStringList{u"manifest.json: /documents/6/facts/mrz/1: expected a string, found a number"_s});
    CHECK(problemsWith(u"/order/product/durationYears"_s, 0) ==
          QStringList{u"manifest.json: /order/product/durationYears: 0 is not between 1 and 10"_s});
}

TEST_CASE("unknown fields are refused rather than silently dropped", "[package][reject][manifest]")
{
    CHECK(problemsWith(u"/order/holder/nickname"_s, u"Léna"_s) ==
          QStringList{u"manifest.json: /order/holder/nickname: unknown field"_s});
    CHECK(problemsWith(u"/documents/0/a~b"_s, 1) ==
          QStringList{u"manifest.json: /documents/0/a~0b: unknown field"_s});
}

TEST_CASE("another format or version is refused without reading further", "[package][reject][manifest]")
{
    CHECK(problemsWith(u"/formatVersion"_s, 2) ==
          QStringList{u"manifest.json: /formatVersion: format version 2 is not supported (this Guichet reads "
                      "version 1)"_s});
    CHECK(problemsWith(u"/format"_s, u"zip-dossier"_s) ==
          QStringList{u"manifest.json: /format: \"zip-dossier\" is not a Guichet dossier package (expected "
                      "\"guichet-dossier\")"_s});
    CHECK(problemsWith(u"/formatVersion"_s, u"1"_s) ==
          QStringList{u"manifest.json: /formatVersion: expected a whole number, found a string"_s});
}

TEST_CASE("a document kind is listed once", "[package][reject][manifest]")
{
    CHECK(
        problemsWith(u"/documents/7/kind"_s, u"holder-id"_s) ==
        QStringList{u"manifest.json: /documents/7/kind: \"holder-id\" is already listed at /documents/6"_s});
}

TEST_CASE("document paths in the manifest are checked", "[package][reject][manifest]")
{
    const QString unlisted = u"documents/holder-id.png: in the archive but not listed in the manifest"_s;
    CHECK(problemsWith(u"/documents/6/path"_s, u"documents/../../etc/passwd"_s) ==
          QStringList{
              u"manifest.json: /documents/6/path: \"documents/../../etc/passwd\": path escapes the archive"_s,
              unlisted});
    CHECK(problemsWith(u"/documents/6/path"_s, u"/etc/passwd"_s) ==
          QStringList{u"manifest.json: /documents/6/path: \"/etc/passwd\": absolute path"_s, unlisted});
    CHECK(problemsWith(u"/documents/6/path"_s, u"documents\\holder-id.png"_s) ==
          QStringList{
              u"manifest.json: /documents/6/path: \"documents\\holder-id.png\": path contains a backslash"_s,
              unlisted});
    CHECK(problemsWith(u"/documents/6/path"_s, u"manifest.json"_s) ==
          QStringList{u"manifest.json: /documents/6/path: \"manifest.json\" is not a file in the documents/ "
                      "folder"_s,
                      unlisted});
    CHECK(problemsWith(u"/documents/6/path"_s, u"documents/holder-id.pdf"_s) ==
          QStringList{u"documents/holder-id.pdf: listed in the manifest but missing from the archive"_s,
                      unlisted});
    CHECK(problemsWith(u"/documents/7/path"_s, u"documents/holder-id.png"_s) ==
          QStringList{
              u"manifest.json: /documents/7/path: \"documents/holder-id.png\" is already used at "
              "/documents/6"_s,
              u"documents/legal-representative-id.jpg: in the archive but not listed in the manifest"_s});
}

TEST_CASE("a document's status, content and description must agree", "[package][reject][manifest]")
{
    CHECK(
        problemsWith(u"/documents/0/status"_s, u"imported"_s) ==
        QStringList{
            u"manifest.json: /documents/0/status: \"imported\" is not a status of a contractual document"_s});
    CHECK(problemsWith(u"/documents/6/status"_s, u"signed"_s) ==
          QStringList{
              u"manifest.json: /documents/6/status: \"signed\" is not a status of a supporting document"_s});
    CHECK(problemsWith(u"/documents/6/status"_s, u"not-imported"_s) ==
          QStringList{u"manifest.json: /documents/6/path: a document that is not imported has no content"_s});
    CHECK(problemsWith(u"/documents/6/mediaType"_s, u"image/gif"_s) ==
          QStringList{
              u"manifest.json: /documents/6/mediaType: unsupported media type \"image/gif\" (expected one "
              "of: application/pdf, image/png, image/jpeg)"_s});
    CHECK(problemsWith(u"/documents/6/fileName"_s, u"../../cni.png"_s) ==
          QStringList{u"manifest.json: /documents/6/fileName: \"../../cni.png\" is not a plain file name"_s});

    PackageParts parts = partsOf(fullDossier());
    const QString digest = parts.at(u"/documents/6/sha256"_s).toString();
    parts.set(u"/documents/6/sha256"_s, digest.toUpper());
    CHECK(lines(problemsOf(parts.zip())) ==
          QStringList{u"manifest.json: /documents/6/sha256: \"%1\" is not a lower-case hexadecimal SHA-256 "
                      "digest"_s.arg(digest.toUpper()),
                      u"documents/holder-id.png: its SHA-256 digest does not match the manifest"_s});

    parts = partsOf(fullDossier());
    parts.set(u"/documents/6/path"_s, QJsonValue::Null);
    parts.set(u"/documents/6/sha256"_s, u""_s);
    parts.set(u"/documents/6/size"_s, 0);
    CHECK(lines(problemsOf(parts.zip())) ==
          QStringList{
              u"manifest.json: /documents/6/path: an imported document needs its content (path is null)"_s,
              u"documents/holder-id.png: in the archive but not listed in the manifest"_s});
}

TEST_CASE("the export section is checked too", "[package][reject][manifest]")
{
    const ExportExtras extras = fullExtras();
    PackageParts parts = partsOf(fullDossier(), &extras);
    parts.set(u"/export/decisions/1/fromPhase"_s, u"done"_s);
    parts.set(u"/export/notifications/0/sentAt"_s, 20260216);
    parts.set(u"/export/checklist"_s, u"all good"_s);
    CHECK(lines(problemsOf(parts.zip())) ==
          QStringList{
              u"manifest.json: /export/checklist: expected an object, found a string"_s,
              u"manifest.json: /export/decisions/1/fromPhase: unknown phase \"done\""_s,
              u"manifest.json: /export/notifications/0/sentAt: expected a date and time or null, found a "
              "number"_s});
}

TEST_CASE("an imported checklist is informational: its content is not checked", "[package][manifest]")
{
    const ExportExtras extras = fullExtras();
    PackageParts parts = partsOf(fullDossier(), &extras);
    parts.set(u"/export/checklist"_s, QJsonObject{{u"canValidate"_s, true}, {u"anything"_s, u"goes"_s}});
    const auto imported = readPackageData(parts.zip());
    REQUIRE(imported.ok());
    // Handed back as it came, for display; nothing in the dossier follows from it.
    CHECK(imported->extras->checklist.value(u"canValidate"_s).toBool());
}
