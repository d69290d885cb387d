// The archive as a whole and its entries: what an import refuses, and where it says the problem is.

#include "catch_qt.h"
#include "package_fixtures.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <sys/stat.h>

using namespace guichet;
using namespace guichet::package;
using namespace guichet::package::testing;
using namespace Qt::StringLiterals;

namespace {

const QString holderIdPath = u"documents/holder-id.png"_s;

/// The full dossier with `content` as the holder's ID (digest and size updated).
Dossier dossierWithHolderId(const QByteArray& content)
{
    Dossier dossier = fullDossier();
    Document* document = dossier.order.document(DocumentKind::HolderId);
    document->sha256 =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    document->size = content.size();
    dossier.contents[DocumentKind::HolderId] = content;
    return dossier;
}

} // namespace

TEST_CASE("something that is not a zip is refused", "[package][reject]")
{
    CHECK(lines(problemsOf("Madame, Monsieur, veuillez trouver ci-joint mon dossier."_ba)) ==
          QStringList{u"not a zip archive"_s});
    CHECK(lines(problemsOf(QByteArray())) == QStringList{u"not a zip archive"_s});
}

TEST_CASE("a truncated package is refused", "[package][reject]")
{
    const QByteArray zip = partsOf(fullDossier()).zip();
    const auto problems = problemsOf(zip.left(zip.size() - 100));
    REQUIRE(problems.size() == 1);
    CHECK(problems.at(0).location.isEmpty());
}

TEST_CASE("an archive with too many entries is refused without being listed", "[package][reject]")
{
    PackageParts parts = partsOf(fullDossier());
    for (int i = 0; i < 70; ++i) {
        parts.entries[u"documents/extra-%1.pdf"_s.arg(i)] = "%PDF-1.4"_ba;
    }
    const auto entryCount = parts.entries.size() + 1;
    CHECK(lines(problemsOf(parts.zip())) ==
          QStringList{u"the archive holds %1 entries, more than the 64 allowed"_s.arg(entryCount)});
}

TEST_CASE("entry names that leave the archive are refused", "[package][reject]")
{
    PackageParts parts = partsOf(fullDossier());
    const auto [name, message] = GENERATE(table<QString, QString>({
        {u"documents/../../etc/passwd"_s, u"path escapes the archive"_s},
        {u"../outside.pdf"_s, u"path escapes the archive"_s},
        {u"/etc/passwd"_s, u"absolute path"_s},
        {u"C:/Windows/win.ini"_s, u"absolute path"_s},
        {u"documents\\..\\..\\evil.pdf"_s, u"path contains a backslash"_s},
        {u"documents//holder-id.png"_s, u"path has an empty or \".\" component"_s},
        {u"documents/./x.pdf"_s, u"path has an empty or \".\" component"_s},
        {u"documents/a/../x.pdf"_s, u"path has an empty or \".\" component"_s},
        {u"documents/new\nline.pdf"_s, u"path contains a control character"_s},
    }));
    INFO(name.toStdString());
    parts.entries[name] = "%PDF-1.4"_ba;
    CHECK(lines(problemsOf(parts.zip())) == QStringList{printable(name) + u": " + message});
}

TEST_CASE("names are shown with their control characters escaped", "[package][reject]")
{
    // A name must not be able to forge a line of the problem list, nor hide behind a right-to-left
    // override ("documents/gpj.exe" read backwards).
    CHECK(printable(u"documents/new\nline.pdf"_s) == u"documents/new\\u{000A}line.pdf"_s);
    CHECK(printable(u"documents/\u202Egpj.exe"_s) == u"documents/\\u{202E}gpj.exe"_s);
    PackageParts parts = partsOf(fullDossier());
    parts.entries[u"documents/x.pdf\ndocuments/holder-id.png: all fine"_s] = "%PDF-1.4"_ba;
    CHECK(
        lines(problemsOf(parts.zip())) ==
        QStringList{
            u"documents/x.pdf\\u{000A}documents/holder-id.png: all fine: path contains a control character"_s});
}

TEST_CASE("a symbolic link entry is refused", "[package][reject]")
{
    const PackageParts parts = partsOf(fullDossier());
    ZipBuilder zip;
    zip.add(u"manifest.json"_s, QJsonDocument(parts.manifest).toJson());
    for (const auto& [name, content] : parts.entries) {
        const qint64 index = zip.add(name, name == holderIdPath ? "/etc/shadow"_ba : content);
        if (name == holderIdPath) {
            zip.setUnixMode(index, S_IFLNK | 0777);
        }
    }
    CHECK(lines(problemsOf(zip.finish())) ==
          QStringList{holderIdPath + u": symbolic link (only plain files are accepted)"});
}

TEST_CASE("an encrypted entry is refused", "[package][reject]")
{
    const PackageParts parts = partsOf(fullDossier());
    ZipBuilder zip;
    zip.add(u"manifest.json"_s, QJsonDocument(parts.manifest).toJson());
    for (const auto& [name, content] : parts.entries) {
        const qint64 index = zip.add(name, content);
        if (name == holderIdPath) {
            zip.encrypt(index, "secret");
        }
    }
    CHECK(lines(problemsOf(zip.finish())) ==
          QStringList{holderIdPath + u": encrypted entry (packages are not encrypted)"});
}

TEST_CASE("an entry name appearing twice is refused", "[package][reject]")
{
    PackageParts parts = partsOf(fullDossier());
    parts.entries[u"documents/holder-id.pnx"_s] = pngBytes();
    const QByteArray zip = withRenamedEntry(parts.zip(), u"documents/holder-id.pnx"_s, holderIdPath);
    // libzip refuses it when opening, before any entry can be named.
    CHECK(lines(problemsOf(zip)) == QStringList{u"the archive holds two entries with the same name"_s});
}

TEST_CASE("a zip bomb is stopped at the size its entry declares", "[package][reject]")
{
    // 20 MB that compress to a few kilobytes, declared as 1000 bytes: the reader must stop after
    // 1001 bytes, not inflate the rest.
    QByteArray bomb = pngBytes();
    bomb.append(QByteArray(20 << 20, '\0'));
    const PackageParts parts = partsOf(dossierWithHolderId(bomb));
    const QByteArray zip = withDeclaredSize(parts.zip(), holderIdPath, 1000);
    CHECK(zip.size() < 1 << 20);
    CHECK(lines(problemsOf(zip)) ==
          QStringList{holderIdPath + u": holds more data than the 1000 bytes its zip entry declares"});
}

TEST_CASE("an entry shorter than it declares, or with a wrong CRC, is refused", "[package][reject]")
{
    const PackageParts parts = partsOf(fullDossier());
    const qsizetype size = parts.entries.at(holderIdPath).size();
    SECTION("shorter")
    {
        const auto problems = problemsOf(withDeclaredSize(parts.zip(), holderIdPath, quint32(size + 100)));
        REQUIRE(problems.size() == 1);
        CHECK(problems.at(0).location == holderIdPath);
        REQUIRE(size + 100 < 1024);
        CHECK(problems.at(0).message ==
              u"holds less data than the %1 bytes its zip entry declares"_s.arg(size + 100));
    }
    SECTION("CRC")
    {
        const auto problems = problemsOf(withCrc(parts.zip(), holderIdPath, 0x12345678));
        REQUIRE(problems.size() == 1);
        CHECK(problems.at(0).location == holderIdPath);
        CHECK(problems.at(0).message.startsWith(u"cannot be read: "_s));
    }
}

TEST_CASE("a document over the per-document limit is refused", "[package][reject]")
{
    SECTION("as declared, without reading it")
    {
        const PackageParts parts = partsOf(fullDossier());
        const QByteArray zip = withDeclaredSize(parts.zip(), u"documents/payment-proof.pdf"_s, 300u << 20);
        CHECK(lines(problemsOf(zip)) ==
              QStringList{u"documents/payment-proof.pdf: 300 MB is over the 50 MB limit per document"_s});
    }
    SECTION("for real")
    {
        Dossier dossier = fullDossier();
        QByteArray big = dossier.contents.at(DocumentKind::PaymentProof);
        big.append(QByteArray((51 << 20) - big.size(), ' '));
        Document* proof = dossier.order.document(DocumentKind::PaymentProof);
        proof->sha256 =
            QString::fromLatin1(QCryptographicHash::hash(big, QCryptographicHash::Sha256).toHex());
        proof->size = big.size();
        dossier.contents[DocumentKind::PaymentProof] = big;
        CHECK(lines(problemsOf(partsOf(dossier).zip())) ==
              QStringList{u"documents/payment-proof.pdf: 51 MB is over the 50 MB limit per document"_s});
    }
}

TEST_CASE("the limits on the manifest, the total and the archive hold", "[package][reject]")
{
    const QByteArray zip = partsOf(fullDossier()).zip();
    SECTION("manifest")
    {
        PackageLimits limits;
        limits.maxManifestSize = 1000;
        const auto problems = problemsOf(zip, limits);
        REQUIRE(problems.size() == 1);
        CHECK(problems.at(0).location == u"manifest.json"_s);
        CHECK(problems.at(0).message.endsWith(u" is over the 1000 bytes limit for the manifest"_s));
    }
    SECTION("all documents together")
    {
        PackageLimits limits;
        limits.maxTotalSize = 2 * fullDossier().contents.at(DocumentKind::TermsOfUse).size();
        const auto problems = problemsOf(zip, limits);
        CHECK(problems.size() >= 1);
        for (const auto& problem : problems) {
            CHECK(problem.location.startsWith(u"documents/"_s));
            CHECK(problem.message.startsWith(u"the documents together are over the "_s));
        }
    }
    SECTION("archive")
    {
        PackageLimits limits;
        limits.maxArchiveSize = 1000;
        CHECK(lines(problemsOf(zip, limits)) == QStringList{u"the package is over the 1000 bytes limit"_s});
    }
}

TEST_CASE("a document listed in the manifest must be in the archive", "[package][reject]")
{
    PackageParts parts = partsOf(fullDossier());
    parts.entries.erase(holderIdPath);
    CHECK(lines(problemsOf(parts.zip())) ==
          QStringList{holderIdPath + u": listed in the manifest but missing from the archive"});
}

TEST_CASE("an entry the manifest does not list is refused", "[package][reject]")
{
    PackageParts parts = partsOf(fullDossier());
    parts.entries[u"documents/notes.pdf"_s] = pdfBytes(u"unchecked"_s);
    CHECK(lines(problemsOf(parts.zip())) ==
          QStringList{u"documents/notes.pdf: in the archive but not listed in the manifest"_s});
}

TEST_CASE("a package without a manifest is refused", "[package][reject]")
{
    PackageParts parts = partsOf(fullDossier());
    ZipBuilder zip;
    for (const auto& [name, content] : parts.entries) {
        zip.add(name, content);
    }
    CHECK(lines(problemsOf(zip.finish())) == QStringList{u"manifest.json: missing from the archive"_s});
}

TEST_CASE("a document's content must match its digest, size and media type", "[package][reject]")
{
    PackageParts parts = partsOf(fullDossier());
    SECTION("digest")
    {
        QByteArray& content = parts.entries[holderIdPath];
        content[content.size() - 5] = char(content[content.size() - 5] ^ 0x01);
        CHECK(lines(problemsOf(parts.zip())) ==
              QStringList{holderIdPath + u": its SHA-256 digest does not match the manifest"});
    }
    SECTION("size")
    {
        const qint64 size = parts.at(u"/documents/6/size"_s).toInteger();
        parts.set(u"/documents/6/size"_s, size + 1);
        CHECK(lines(problemsOf(parts.zip())) ==
              QStringList{holderIdPath +
                          u": holds %1 bytes but the manifest says %2"_s.arg(size).arg(size + 1)});
    }
    SECTION("media type")
    {
        const QByteArray pdf = pdfBytes(u"not an image"_s);
        const PackageParts renamed = partsOf(dossierWithHolderId(pdf));
        CHECK(lines(problemsOf(renamed.zip())) ==
              QStringList{holderIdPath + u": its content is not image/png as the manifest says"});
    }
}

TEST_CASE("every problem is reported in one read, and nothing is imported", "[package][reject]")
{
    PackageParts parts = partsOf(fullDossier());
    parts.set(u"/order/holder/birthDate"_s, u"1985-13-40"_s);
    parts.entries.erase(holderIdPath);
    parts.entries[u"documents/extra.pdf"_s] = pdfBytes(u"extra"_s);
    parts.entries[u"documents/payment-proof.pdf"_s] = pdfBytes(u"another proof"_s);

    PackageReader reader;
    const auto result = reader.readData(parts.zip(), u"CMD-2026-004217.zip"_s);
    REQUIRE_FALSE(result.ok()); // all or nothing: no dossier to take from a refused package
    CHECK(lines(reader.problems()) ==
          QStringList{
              u"manifest.json: /order/holder/birthDate: \"1985-13-40\" is not a date"_s,
              holderIdPath + u": listed in the manifest but missing from the archive",
              u"documents/payment-proof.pdf: holds %1 bytes but the manifest says %2"_s
                  .arg(parts.entries[u"documents/payment-proof.pdf"_s].size())
                  .arg(parts.at(u"/documents/9/size"_s).toInteger()),
              u"documents/payment-proof.pdf: its SHA-256 digest does not match the "
              "manifest"_s,
              u"documents/extra.pdf: in the archive but not listed in the manifest"_s,
          });
    CHECK(result.error().message ==
          u"The dossier package CMD-2026-004217.zip was refused (problems found: 5)."_s);
}

TEST_CASE("sizes are shown as people read them", "[package]")
{
    CHECK(formatSize(0) == u"0 bytes"_s);
    CHECK(formatSize(1) == u"1 byte"_s);
    CHECK(formatSize(1023) == u"1023 bytes"_s);
    CHECK(formatSize(4608) == u"4.5 KB"_s);
    CHECK(formatSize(qint64(300) << 20) == u"300 MB"_s);
    CHECK(formatSize((qint64(50) << 20) + 1) == u"50 MB"_s);
}

TEST_CASE("a package file is read no further than the limit", "[package][reject]")
{
    // A device reports no size and never ends: the read must stop at the limit all the same.
    PackageLimits limits;
    limits.maxArchiveSize = 1000;
    PackageReader reader(limits);
    CHECK_FALSE(reader.read(u"/dev/zero"_s).ok());
    CHECK(lines(reader.problems()) == QStringList{u"the package is over the 1000 bytes limit"_s});
}

TEST_CASE("a package file that cannot be opened is reported", "[package][reject]")
{
    QTemporaryDir folder;
    PackageReader reader;
    const auto result = reader.read(folder.filePath(u"absent.zip"_s));
    REQUIRE_FALSE(result.ok());
    REQUIRE(reader.problems().size() == 1);
    CHECK(reader.problems().at(0).message.startsWith(u"cannot be opened: "_s));
    CHECK(result.error().message.contains(u"absent.zip"_s));
}
