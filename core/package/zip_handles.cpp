#include "zip_handles.h"

namespace guichet::package::zip {

QString errorText(zip_error_t* error)
{
    return QString::fromUtf8(zip_error_strerror(error));
}

QString errorText(int zipErrorCode)
{
    zip_error_t error;
    zip_error_init_with_code(&error, zipErrorCode);
    QString text = errorText(&error);
    zip_error_fini(&error);
    return text;
}

OpenResult openInMemory(const QByteArray& data)
{
    zip_error_t error;
    zip_error_init(&error);
    Source source(zip_source_buffer_create(data.constData(), zip_uint64_t(data.size()), 0, &error));
    if (!source) {
        const int code = zip_error_code_zip(&error);
        zip_error_fini(&error);
        return {nullptr, code};
    }
    // ZIP_CHECKCONS compares every local header with the central directory: a crafted archive whose
    // two copies disagree (a classic way to show one file to a checker and another to an extractor)
    // is refused.
    Archive archive(zip_open_from_source(source.get(), ZIP_RDONLY | ZIP_CHECKCONS, &error));
    if (!archive) {
        const int code = zip_error_code_zip(&error);
        zip_error_fini(&error);
        return {nullptr, code}; // the source is still ours: freed by its handle
    }
    source.release(); // the archive owns it now
    zip_error_fini(&error);
    return {std::move(archive), ZIP_ER_OK};
}

} // namespace guichet::package::zip
