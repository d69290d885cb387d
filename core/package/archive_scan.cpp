#include "archive_scan.h"

#include "entry_rules.h"
#include "problem.h"

#include <QSet>
#include <sys/stat.h>

namespace guichet::package {
namespace {

// Unix file types in the high 16 bits of a zip entry's external attributes (opsys 3, Unix).
constexpr zip_uint32_t unixTypeMask = S_IFMT;
constexpr zip_uint32_t unixSymlink = S_IFLNK;
constexpr zip_uint32_t unixRegular = S_IFREG;
constexpr zip_uint32_t unixDirectory = S_IFDIR;

} // namespace

ArchiveScan::ArchiveScan(const QByteArray& data, const PackageLimits& limits, QList<Problem>& problems)
    : m_limits(limits), m_problems(problems)
{
    open(data);
    if (m_archive) {
        list();
    }
}

void ArchiveScan::problem(const QString& location, const QString& message)
{
    m_problems.append(Problem{printable(location), message});
}

void ArchiveScan::open(const QByteArray& data)
{
    auto opened = zip::openInMemory(data);
    switch (opened.errorCode) {
    case ZIP_ER_OK:
        m_archive = std::move(opened.archive);
        return;
    case ZIP_ER_NOZIP:
        problem(QString(), PackageText::tr("not a zip archive"));
        return;
    case ZIP_ER_EXISTS:
        // libzip refuses two entries with one name (extractors disagree on which one wins).
        problem(QString(), PackageText::tr("the archive holds two entries with the same name"));
        return;
    case ZIP_ER_INCONS:
        problem(QString(), PackageText::tr("the zip archive is inconsistent (its local headers and central "
                                           "directory disagree, or it is truncated)"));
        return;
    default:
        problem(QString(),
                PackageText::tr("the zip archive cannot be read: %1").arg(zip::errorText(opened.errorCode)));
        return;
    }
}

void ArchiveScan::list()
{
    const zip_int64_t count = zip_get_num_entries(m_archive.get(), 0);
    if (count > m_limits.maxEntries) {
        // Not even listed: a million-entry archive is an attack on the reader, not a dossier.
        problem(QString(), PackageText::tr("the archive holds %1 entries, more than the %2 allowed")
                               .arg(count)
                               .arg(m_limits.maxEntries));
        m_archive.reset(); // nothing more to read in it
        return;
    }
    QSet<QString> seen;
    for (zip_uint64_t index = 0; index < zip_uint64_t(count); ++index) {
        const char* rawName = zip_get_name(m_archive.get(), index, ZIP_FL_ENC_GUESS);
        if (!rawName) {
            problem(QString(), PackageText::tr("entry %1 of the archive has no readable name").arg(index));
            continue;
        }
        ArchiveEntry entry;
        entry.index = index;
        entry.name = QString::fromUtf8(rawName);
        entry.directory = entry.name.endsWith(u'/');
        if (const auto nameProblem = entryNameProblem(entry.name)) {
            problem(entry.name, *nameProblem);
            m_entries.append(entry);
            continue;
        }
        if (seen.contains(entry.name)) {
            // libzip already refuses this when opening; kept in case a future version does not.
            problem(entry.name, PackageText::tr("appears more than once in the archive"));
            m_entries.append(entry);
            continue;
        }
        seen.insert(entry.name);

        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(m_archive.get(), index, 0, &stat) != 0) {
            problem(
                entry.name,
                PackageText::tr("cannot be read: %1").arg(zip::errorText(zip_get_error(m_archive.get()))));
            m_entries.append(entry);
            continue;
        }
        if ((stat.valid & ZIP_STAT_SIZE) != 0) {
            entry.declaredSize = qint64(std::min<zip_uint64_t>(stat.size, zip_uint64_t(INT64_MAX)));
        }
        bool usable = true;
        if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 && stat.encryption_method != ZIP_EM_NONE) {
            problem(entry.name, PackageText::tr("encrypted entry (packages are not encrypted)"));
            usable = false;
        }
        zip_uint8_t opsys = 0;
        zip_uint32_t attributes = 0;
        if (zip_file_get_external_attributes(m_archive.get(), index, 0, &opsys, &attributes) == 0 &&
            opsys == ZIP_OPSYS_UNIX) {
            const zip_uint32_t type = (attributes >> 16) & unixTypeMask;
            if (type == unixSymlink) {
                problem(entry.name, PackageText::tr("symbolic link (only plain files are accepted)"));
                usable = false;
            } else if (type != 0 && type != (entry.directory ? unixDirectory : unixRegular)) {
                problem(entry.name, PackageText::tr("not a plain file"));
                usable = false;
            }
        }
        entry.usable = usable;
        m_entries.append(entry);
    }
}

const ArchiveEntry* ArchiveScan::find(const QString& name) const
{
    for (const auto& entry : m_entries) {
        if (entry.name == name) {
            return &entry;
        }
    }
    return nullptr;
}

std::optional<QByteArray> ArchiveScan::read(const ArchiveEntry& entry, qint64 limit, const QString& overLimit)
{
    if (entry.declaredSize > limit) {
        problem(entry.name, overLimit.arg(formatSize(entry.declaredSize), formatSize(limit)));
        return std::nullopt;
    }
    zip::File file(zip_fopen_index(m_archive.get(), entry.index, 0));
    if (!file) {
        problem(entry.name,
                PackageText::tr("cannot be read: %1").arg(zip::errorText(zip_get_error(m_archive.get()))));
        return std::nullopt;
    }
    // Read one byte more than declared: getting it proves the declaration false (a zip bomb, or a
    // forged header) without reading the rest. libzip checks the CRC when it reaches the end.
    const qint64 bound = entry.declaredSize + 1;
    QByteArray content;
    content.reserve(entry.declaredSize);
    char buffer[64 * 1024];
    while (content.size() < bound) {
        const zip_int64_t wanted = std::min<qint64>(qint64(sizeof buffer), bound - content.size());
        const zip_int64_t got = zip_fread(file.get(), buffer, zip_uint64_t(wanted));
        if (got < 0) {
            problem(
                entry.name,
                PackageText::tr("cannot be read: %1").arg(zip::errorText(zip_file_get_error(file.get()))));
            return std::nullopt;
        }
        if (got == 0) {
            break;
        }
        content.append(buffer, qsizetype(got));
    }
    if (content.size() > entry.declaredSize) {
        problem(entry.name, PackageText::tr("holds more data than the %1 its zip entry declares")
                                .arg(formatSize(entry.declaredSize)));
        return std::nullopt;
    }
    if (content.size() < entry.declaredSize) {
        problem(entry.name, PackageText::tr("holds less data than the %1 its zip entry declares")
                                .arg(formatSize(entry.declaredSize)));
        return std::nullopt;
    }
    return content;
}

} // namespace guichet::package
