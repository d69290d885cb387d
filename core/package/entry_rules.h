#pragma once

// What the package accepts as an archive entry name and as document content. Shared by the writer
// (which must never produce what the reader refuses) and the reader. Internal to the room.

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace guichet::package {

inline constexpr QStringView manifestEntry = u"manifest.json";
inline constexpr QStringView documentsFolder = u"documents/";
inline constexpr qsizetype maxEntryNameLength = 255;

/// Why `name` is not acceptable as an archive path (translated), or nothing when it is: relative,
/// '/'-separated, no empty, "." or ".." component, no backslash, no drive letter, no control
/// character, at most 255 characters. Directory entries end with '/'; `name` may too.
std::optional<QString> entryNameProblem(const QString& name);

/// application/pdf, image/png, image/jpeg: what the operators' viewer shows.
QStringList supportedMediaTypes();
bool isSupportedMediaType(const QString& mediaType);
/// "pdf", "png", "jpg"; "bin" for anything else.
QString extensionFor(const QString& mediaType);
/// True when `content` starts as a file of `mediaType` does (its magic number).
bool contentMatchesMediaType(const QByteArray& content, const QString& mediaType);

/// Lower-case hexadecimal SHA-256 of `content`, as Document::sha256 holds it.
bool isSha256Hex(const QString& text);

} // namespace guichet::package
