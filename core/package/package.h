#pragma once

// Dossier packages: one zip holding manifest.json (see manifest.h) and the documents' bytes under
// documents/. The interchange format between Guichet, partner CAs and the RA's own archive
// (*Télécharger le dossier*). Described for partners in docs/dossier-package.md.
//
// Reading validates everything before handing anything over, and collects every problem found:
// the caller gets the whole dossier or nothing, and an error listing every problem.

#include "model/order.h"
#include "model/result.h"
#include "package/manifest.h"
#include "package/problem.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace guichet::package {

/// What a reader accepts. Bytes are counted as read, never taken from the zip's own declarations.
struct PackageLimits
{
    qint64 maxDocumentSize = qint64(50) << 20; ///< per document, uncompressed
    qint64 maxManifestSize = qint64(1) << 20;
    qint64 maxTotalSize = qint64(200) << 20;   ///< all documents together, uncompressed
    qint64 maxArchiveSize = qint64(256) << 20; ///< the zip file itself
    int maxEntries = 64;                       ///< ten document kinds, the manifest, folders
};

struct ImportedPackage
{
    Dossier dossier;                      ///< the order (id 0) and the content of every document that has one
    std::optional<ImportedExtras> extras; ///< present when the package was exported by an RA
};

class PackageReader
{
public:
    explicit PackageReader(PackageLimits limits = {}) : m_limits(limits) {}

    Result<ImportedPackage> read(const QString& path);
    /// `name` is what the error message calls the package (a file name, or nothing).
    Result<ImportedPackage> readData(const QByteArray& data, const QString& name = QString());

    /// Every problem the last read found, in the order found; empty after a successful read.
    const QList<Problem>& problems() const { return m_problems; }

private:
    Result<ImportedPackage> refuse(const QString& name);

    PackageLimits m_limits;
    QList<Problem> m_problems;
};

/// PackageReader with the default limits.
Result<ImportedPackage> readPackage(const QString& path);
Result<ImportedPackage> readPackageData(const QByteArray& data);

/// The package's bytes. Fails, listing the problems, when the dossier is inconsistent (a document
/// with a digest but no content, content that does not match its digest or size, content for a
/// document the order does not list) or when the result would be refused by readPackageData.
/// `extras` given makes an exported package.
Result<QByteArray> encodePackage(const Dossier& dossier, const ExportExtras* extras = nullptr);

/// Writes encodePackage()'s bytes to `path` atomically: into a temporary file in the same folder,
/// renamed over `path` only once complete. On failure nothing is left behind and an existing file
/// at `path` is untouched.
Status writePackage(const QString& path, const Dossier& dossier);
Status writePackage(const QString& path, const Dossier& dossier, const ExportExtras& extras);

} // namespace guichet::package
