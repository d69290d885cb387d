#pragma once

// What a document's bytes really are, before anything decodes them: the format their first bytes
// announce (whatever the declared media type says), and whether a PNG or JPEG file is complete.
// Image decoders are lenient with a file cut short (libjpeg fills the missing rows with grey and
// only warns), so a truncated scan would otherwise be shown as if it were whole.

#include <QByteArray>
#include <QString>
#include <optional>

namespace guichet::ui::viewer {

enum class ContentKind
{
    Unknown,
    Pdf,
    Png,
    Jpeg
};

/// The format announced by the first bytes ("%PDF-" within the first KiB, PNG's and JPEG's
/// signatures); Unknown otherwise.
ContentKind sniffContent(const QByteArray& content);

/// The kind a declared media type names ("application/pdf", "image/png", "image/jpeg" or its alias
/// "image/jpg"; case and parameters ignored); nullopt for any other type.
std::optional<ContentKind> kindOfMediaType(const QString& mediaType);

/// PNG: every chunk is whole up to IEND. JPEG: every segment and scan is whole up to the EOI marker.
/// Bytes after the end marker are tolerated (some scanners append data). PDF and Unknown: true.
bool isComplete(ContentKind kind, const QByteArray& content);

} // namespace guichet::ui::viewer
