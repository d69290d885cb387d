#pragma once

// Reading back the delivery's paper in tests: Qt PDF opens the bytes (from a temporary file) and gives
// the page count, the page size and the text; page 1 can be rendered to an image for the screenshots.

#include "model/operator.h"
#include "model/order.h"

#include <QByteArray>
#include <QImage>
#include <QSizeF>
#include <QString>
#include <string_view>

namespace guichet::testing {

struct PaperInfo
{
    bool loaded = false;
    int pages = 0;
    QSizeF pointSize; ///< page 1, in points
    QString text;     ///< all pages
    /// The text without any white space, for values that wrap (fingerprints, PIN cells).
    QString compact() const;
};

PaperInfo readPaper(std::string_view pdf);
inline PaperInfo readPaper(const QByteArray& pdf)
{
    return readPaper(std::string_view(pdf.constData(), std::size_t(pdf.size())));
}
QImage renderFirstPage(std::string_view pdf, int dpi);
/// Writes page 1 as `name`.png into $GUICHET_PAPER_SCREENSHOTS when that is set; true when written.
bool saveScreenshot(std::string_view pdf, const QString& name);

/// The operator at the counter: a bailiff (AED) of a chamber of commerce.
Operator bailiff(bool training = false);
/// The same string, without white space.
QString compact(const QString& text);

} // namespace guichet::testing
