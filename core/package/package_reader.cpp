// Reading a package: the archive's entries, then the manifest, then each document against what the
// manifest says of it, then whatever the archive holds that the manifest does not mention.
// Everything is checked before anything is returned.

#include "archive_scan.h"
#include "entry_rules.h"
#include "model/digest.h"
#include "package.h"
#include "problem.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

namespace guichet::package {
using namespace Qt::StringLiterals;

namespace {

/// The manifest's JSON object, or nothing (with a problem).
std::optional<QJsonObject> parseManifest(const QByteArray& bytes, QList<Problem>& problems)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        problems.append(
            Problem{manifestEntry.toString(), PackageText::tr("invalid JSON at offset %1: %2")
                                                  .arg(QString::number(error.offset), error.errorString())});
        return std::nullopt;
    }
    if (!document.isObject()) {
        problems.append(
            Problem{manifestEntry.toString(), PackageText::tr("the manifest is not a JSON object")});
        return std::nullopt;
    }
    return document.object();
}

class DocumentsReader
{
public:
    DocumentsReader(ArchiveScan& archive, const PackageLimits& limits, QList<Problem>& problems)
        : m_archive(archive), m_limits(limits), m_problems(problems)
    {}

    /// Reads and checks every document the manifest gives a path, into `contents`.
    void read(const Manifest& manifest, std::map<DocumentKind, QByteArray>& contents)
    {
        for (const auto& [kind, path] : manifest.paths) {
            if (entryNameProblem(path) || !path.startsWith(documentsFolder)) {
                continue; // reported against the manifest field
            }
            const ArchiveEntry* entry = m_archive.find(path);
            if (!entry) {
                problem(path, PackageText::tr("listed in the manifest but missing from the archive"));
                continue;
            }
            if (!entry->usable) {
                continue; // already reported
            }
            if (m_total + std::min(entry->declaredSize, m_limits.maxDocumentSize) > m_limits.maxTotalSize) {
                problem(path, PackageText::tr("the documents together are over the %1 limit for a package")
                                  .arg(formatSize(m_limits.maxTotalSize)));
                continue;
            }
            auto content = m_archive.read(*entry, m_limits.maxDocumentSize,
                                          PackageText::tr("%1 is over the %2 limit per document"));
            if (!content) {
                continue;
            }
            m_total += content->size();
            check(*manifest.order.document(kind), path, *content);
            contents.emplace(kind, std::move(*content));
        }
    }

private:
    void check(const Document& document, const QString& path, const QByteArray& content)
    {
        if (content.size() != document.size) {
            problem(path, PackageText::tr("holds %1 bytes but the manifest says %2")
                              .arg(content.size())
                              .arg(document.size));
        }
        if (sha256Hex(content) != document.sha256) {
            problem(path, PackageText::tr("its SHA-256 digest does not match the manifest"));
        }
        if (isSupportedMediaType(document.mediaType) &&
            !contentMatchesMediaType(content, document.mediaType)) {
            problem(path,
                    PackageText::tr("its content is not %1 as the manifest says").arg(document.mediaType));
        }
    }

    void problem(const QString& location, const QString& message)
    {
        m_problems.append(Problem{location, message});
    }

    ArchiveScan& m_archive;
    const PackageLimits& m_limits;
    QList<Problem>& m_problems;
    qint64 m_total = 0;
};

} // namespace

Result<ImportedPackage> PackageReader::refuse(const QString& name)
{
    const int count = int(m_problems.size());
    return summarise(name.isEmpty()
                         ? PackageText::tr("The dossier package was refused (problems found: %1).").arg(count)
                         : PackageText::tr("The dossier package %1 was refused (problems found: %2).")
                               .arg(name)
                               .arg(count),
                     m_problems);
}

Result<ImportedPackage> PackageReader::read(const QString& path)
{
    m_problems.clear();
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_problems.append(
            Problem{QString(), PackageText::tr("cannot be opened: %1").arg(file.errorString())});
        return refuse(name);
    }
    // Bounded: the size a file system reports is not trusted either (a device or a pipe has none).
    const QByteArray data = file.read(m_limits.maxArchiveSize + 1);
    if (file.error() != QFileDevice::NoError) {
        m_problems.append(Problem{QString(), PackageText::tr("cannot be read: %1").arg(file.errorString())});
        return refuse(name);
    }
    return readData(data, name);
}

Result<ImportedPackage> PackageReader::readData(const QByteArray& data, const QString& name)
{
    m_problems.clear();
    if (data.size() > m_limits.maxArchiveSize) {
        m_problems.append(Problem{
            QString(),
            PackageText::tr("the package is over the %1 limit").arg(formatSize(m_limits.maxArchiveSize))});
        return refuse(name);
    }
    if (data.isEmpty()) {
        // libzip would open nothing as an empty archive: an empty file is not a package.
        m_problems.append(Problem{QString(), PackageText::tr("not a zip archive")});
        return refuse(name);
    }
    ArchiveScan archive(data, m_limits, m_problems);
    if (!archive.readable()) {
        return refuse(name);
    }

    std::optional<Manifest> manifest;
    const ArchiveEntry* manifestFile = archive.find(manifestEntry.toString());
    if (!manifestFile) {
        m_problems.append(Problem{manifestEntry.toString(), PackageText::tr("missing from the archive")});
    } else if (manifestFile->usable) {
        if (const auto bytes = archive.read(*manifestFile, m_limits.maxManifestSize,
                                            PackageText::tr("%1 is over the %2 limit for the manifest"))) {
            if (const auto json = parseManifest(*bytes, m_problems)) {
                manifest = manifestFromJson(*json, m_problems); // nothing when not our format
            }
        }
    }

    ImportedPackage package;
    if (manifest) {
        DocumentsReader(archive, m_limits, m_problems).read(*manifest, package.dossier.contents);
        // Whatever the manifest does not mention is refused: a package carries nothing unchecked.
        QSet<QString> referenced{manifestEntry.toString()};
        for (const auto& path : manifest->listedPaths) {
            referenced.insert(path);
        }
        for (const auto& entry : archive.entries()) {
            if (entry.usable && !entry.directory && !referenced.contains(entry.name)) {
                m_problems.append(
                    Problem{entry.name, PackageText::tr("in the archive but not listed in the manifest")});
            }
        }
        package.dossier.order = std::move(manifest->order);
        package.extras = std::move(manifest->extras);
    }
    if (!m_problems.isEmpty() || !manifest) {
        return refuse(name);
    }
    return package;
}

Result<ImportedPackage> readPackage(const QString& path)
{
    return PackageReader().read(path);
}

Result<ImportedPackage> readPackageData(const QByteArray& data)
{
    return PackageReader().readData(data);
}

} // namespace guichet::package
