#pragma once

// The zip side of reading a package: opens the archive, vets every entry (name, type, encryption,
// duplicates, count) and reads entries with bounded reads. Problems go to the shared list.
// Internal to the room.

#include "package.h"
#include "zip_handles.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace guichet::package {

struct ArchiveEntry
{
    zip_uint64_t index = 0;
    QString name;
    qint64 declaredSize = 0; ///< what the zip says: a hint for reserving memory, never trusted
    bool directory = false;
    bool usable = false; ///< false when a problem was reported about it (do not read it)
};

class ArchiveScan
{
public:
    /// `data` must outlive the scan.
    ArchiveScan(const QByteArray& data, const PackageLimits& limits, QList<Problem>& problems);

    /// False when the archive could not be opened or was refused as a whole (too many entries).
    bool readable() const { return bool(m_archive); }
    const QList<ArchiveEntry>& entries() const { return m_entries; }
    const ArchiveEntry* find(const QString& name) const;

    /// The bytes of a usable entry, or nothing (with a problem at the entry's name). Reads at most
    /// min(declared size, `limit`) + 1 bytes, so that neither a lying size nor a bomb costs more
    /// memory than the limit. `overLimit` is the message for an entry over `limit`: %1 its size,
    /// %2 the limit.
    std::optional<QByteArray> read(const ArchiveEntry& entry, qint64 limit, const QString& overLimit);

private:
    void open(const QByteArray& data);
    void list();
    void problem(const QString& location, const QString& message);

    const PackageLimits& m_limits;
    QList<Problem>& m_problems;
    zip::Archive m_archive;
    QList<ArchiveEntry> m_entries;
};

} // namespace guichet::package
