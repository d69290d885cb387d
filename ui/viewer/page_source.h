#pragma once

// A document's pages, drawn on request: a PDF through Qt PDF or a PNG/JPEG scan through QImage.
// openPageSource() checks the bytes before anything is shown and says, in a sentence for the
// operator, why a document cannot be shown.
//
// Threads: the GUI thread opens a source and asks for sizes; the render thread calls render(), one
// call at a time. Page sizes are read once at opening, so asking for one never waits for a render
// (Qt PDF serialises every call into PDFium behind one process-wide lock).

#include "model/result.h"

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QSizeF>
#include <QString>
#include <memory>

namespace guichet::ui::viewer {

class PageSource
{
public:
    virtual ~PageSource() = default;

    virtual int pageCount() const = 0;
    /// The page's size in points (1/72 in), before rotation. Images count as 96 dpi (a pixel is
    /// 0.75 pt), so that 100 % shows a scan pixel for pixel on a standard screen.
    virtual QSizeF pageSize(int page) const = 0;
    /// The page rotated clockwise by `rotation` degrees (0, 90, 180, 270) and drawn opaque on white
    /// into an image of `pixelSize` (the rotated size). A null image when the page cannot be drawn.
    virtual QImage render(int page, QSize pixelSize, int rotation) = 0;
};

/// Opens `content` as the declared `mediaType` (PDF, PNG or JPEG). Fails, with a translated
/// sentence, on empty content, an unsupported type, content that is not what the type says, a
/// damaged or truncated file, a PDF protected by a password, or a PDF without pages. The source
/// keeps its own copy of the bytes (implicitly shared, so no copy is made). It may be released from
/// any thread.
Result<std::shared_ptr<PageSource>> openPageSource(const QByteArray& content, const QString& mediaType);

} // namespace guichet::ui::viewer
