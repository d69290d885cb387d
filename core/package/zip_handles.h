#pragma once

// Owning handles for libzip's objects, so that every early return releases them.
// Internal to the package room (guichet_package links libzip privately).

#include <QByteArray>
#include <QString>
#include <memory>
#include <zip.h>

namespace guichet::package::zip {

struct ArchiveDiscard
{
    // zip_discard drops the archive without writing anything; committing a written archive is an
    // explicit zip_close (see writer), after which the handle is released.
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
using Archive = std::unique_ptr<zip_t, ArchiveDiscard>;

struct FileClose
{
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};
using File = std::unique_ptr<zip_file_t, FileClose>;

struct SourceFree
{
    void operator()(zip_source_t* source) const { zip_source_free(source); }
};
using Source = std::unique_ptr<zip_source_t, SourceFree>;

/// A libzip error as text, for Error::detail (libzip's own words: English, not translated).
QString errorText(zip_error_t* error);
QString errorText(int zipErrorCode);

/// A read-only archive over `data`, which must outlive it. Fails with libzip's error code.
struct OpenResult
{
    Archive archive;
    int errorCode = ZIP_ER_OK;
};
OpenResult openInMemory(const QByteArray& data);

} // namespace guichet::package::zip
