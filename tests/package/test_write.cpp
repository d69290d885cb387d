// Writing packages: atomic (all or nothing on disk) and never a package the reader would refuse.

#include "catch_qt.h"
#include "package_fixtures.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <csignal>
#include <sys/resource.h>

using namespace guichet;
using namespace guichet::package;
using namespace guichet::package::testing;
using namespace Qt::StringLiterals;

namespace {

QByteArray fileContent(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(content) == content.size());
}

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

/// Caps the size of any file this process writes (RLIMIT_FSIZE) for its lifetime: a disk that fills
/// up half way through a write, reproducible without root's ability to ignore permissions.
class FileSizeCap
{
public:
    explicit FileSizeCap(rlim_t bytes)
    {
        REQUIRE(getrlimit(RLIMIT_FSIZE, &m_saved) == 0);
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN); // write() then fails with EFBIG
        rlimit capped = m_saved;
        capped.rlim_cur = bytes;
        REQUIRE(setrlimit(RLIMIT_FSIZE, &capped) == 0);
    }
    ~FileSizeCap()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_previousHandler);
    }
    FileSizeCap(const FileSizeCap&) = delete;
    FileSizeCap& operator=(const FileSizeCap&) = delete;

private:
    rlimit m_saved{};
    void (*m_previousHandler)(int) = nullptr;
};

} // namespace

TEST_CASE("a written package replaces the previous file and leaves nothing else", "[package][write]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"dossier.zip"_s);
    writeFile(path, "previous export"_ba);

    const Dossier dossier = fullDossier();
    REQUIRE(writePackage(path, dossier).ok());
    CHECK(filesIn(folder.path()) == QStringList{u"dossier.zip"_s});
    const auto imported = readPackage(path);
    REQUIRE(imported.ok());
    checkSameDossier(imported->dossier, dossier);
}

TEST_CASE("a write that fails half way leaves the previous file as it was", "[package][write]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"dossier.zip"_s);
    writeFile(path, "previous export"_ba);
    const Dossier dossier = fullDossier();
    const auto bytes = encodePackage(dossier);
    REQUIRE(bytes.ok());
    REQUIRE(bytes->size() > 8192);

    Status written;
    {
        const FileSizeCap cap(4096); // the disk is "full" after 4 KB
        written = writePackage(path, dossier);
    }
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().message.contains(path));
    CHECK(fileContent(path) == "previous export"_ba);
    CHECK(filesIn(folder.path()) == QStringList{u"dossier.zip"_s}); // no temporary file left behind
}

TEST_CASE("a failed write creates no file", "[package][write]")
{
    QTemporaryDir folder;
    SECTION("in a folder that does not exist")
    {
        const QString path = folder.filePath(u"missing/dossier.zip"_s);
        CHECK_FALSE(writePackage(path, fullDossier()).ok());
        CHECK_FALSE(QFile::exists(path));
    }
    SECTION("over a folder")
    {
        const QString path = folder.filePath(u"dossier.zip"_s);
        REQUIRE(QDir(folder.path()).mkdir(u"dossier.zip"_s));
        CHECK_FALSE(writePackage(path, fullDossier()).ok());
        CHECK(QFileInfo(path).isDir());
    }
    SECTION("half way")
    {
        const QString path = folder.filePath(u"dossier.zip"_s);
        Status written;
        {
            const FileSizeCap cap(4096);
            written = writePackage(path, fullDossier());
        }
        CHECK_FALSE(written.ok());
        CHECK(filesIn(folder.path()).isEmpty());
    }
    CHECK(filesIn(folder.path()).isEmpty());
}

TEST_CASE("an inconsistent dossier is not written, and the previous file is kept", "[package][write]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"dossier.zip"_s);
    writeFile(path, "previous export"_ba);

    Dossier dossier = fullDossier();
    dossier.contents.erase(DocumentKind::HolderId);
    dossier.contents[DocumentKind::PaymentProof].append("tampered");
    dossier.contents[DocumentKind::KbisExtract] = pdfBytes(u"Kbis"_s); // listed as not imported

    const auto written = writePackage(path, dossier);
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().message == u"The dossier package cannot be written (problems found: 4)."_s);
    CHECK(written.error().detail.split(u'\n') ==
          QStringList{
              u"documents/holder-id.png: the dossier has no content for this document"_s,
              u"documents/payment-proof.pdf: the content is %1 bytes but the document says %2"_s
                  .arg(dossier.contents[DocumentKind::PaymentProof].size())
                  .arg(dossier.order.document(DocumentKind::PaymentProof)->size),
              u"documents/payment-proof.pdf: the content does not match the document's SHA-256 digest"_s,
              u"kbis-extract: content for a document the order does not list as having content"_s,
          });
    CHECK(fileContent(path) == "previous export"_ba);
    CHECK(filesIn(folder.path()) == QStringList{u"dossier.zip"_s});
}

TEST_CASE("the writer refuses what the reader would refuse", "[package][write]")
{
    Dossier dossier = fullDossier();
    SECTION("an imported document without content")
    {
        Document* kbis = dossier.order.document(DocumentKind::KbisExtract);
        kbis->status = DocumentStatus::Imported;
        const auto bytes = encodePackage(dossier);
        REQUIRE_FALSE(bytes.ok());
        CHECK(bytes.error().detail ==
              u"manifest.json: /documents/4/path: an imported document needs its content (path is null)"_s);
    }
    SECTION("a content that is not what its media type says")
    {
        dossier.order.document(DocumentKind::HolderId)->mediaType = u"application/pdf"_s;
        const auto bytes = encodePackage(dossier);
        REQUIRE_FALSE(bytes.ok());
        CHECK(bytes.error().detail ==
              u"documents/holder-id.pdf: its content is not application/pdf as the manifest says"_s);
    }
    SECTION("a confirmation without a time")
    {
        dossier.order.confirmations[1].at = QDateTime();
        const auto bytes = encodePackage(dossier);
        REQUIRE_FALSE(bytes.ok());
        CHECK(bytes.error().detail ==
              u"manifest.json: /order/confirmations/1/at: expected a date and time, found null"_s);
    }
    SECTION("a decision whose checklist is not JSON")
    {
        ExportExtras extras = fullExtras();
        extras.decisions[1].checklistJson = "{\"items\": ["_ba;
        const auto bytes = encodePackage(dossier, &extras);
        REQUIRE_FALSE(bytes.ok());
        CHECK(bytes.error().detail == u"export/decisions/1: the decision's checklist is not a JSON object"_s);
    }
    SECTION("the same kind twice")
    {
        dossier.order.documents.append(*dossier.order.document(DocumentKind::AuthorisationLetter));
        const auto bytes = encodePackage(dossier);
        REQUIRE_FALSE(bytes.ok());
        CHECK(
            bytes.error().detail ==
            u"manifest.json: /documents/10/kind: \"authorisation-letter\" is already listed at /documents/2"_s);
    }
}
