// Every kind of unreadable document shows a sentence in the viewer, returns false and crashes
// nothing; the next readable document shows normally.

#include "viewer_fixture.h"

#include <QAbstractButton>
#include <QLabel>
#include <QSpinBox>

using namespace Qt::StringLiterals;
using namespace guichet::testing;

namespace {

struct Damaged
{
    const char* what;
    QByteArray content;
    QString mediaType;
    QString expected; ///< part of the message
};

QByteArray flipped(QByteArray bytes, qsizetype from, qsizetype count)
{
    for (qsizetype i = from; i < from + count && i < bytes.size(); ++i) {
        bytes[i] = char(~bytes[i]);
    }
    return bytes;
}

QList<Damaged> damagedDocuments()
{
    const QByteArray pdf = cguPdf();
    const QByteArray jpeg = holderIdJpeg();
    const QByteArray png = idPng();
    return {
        {"random bytes declared as a PDF", "hello, world"_ba, u"application/pdf"_s, u"declared as a PDF"_s},
        {"a PDF header over garbage", "%PDF-1.4\nthis is not a PDF at all\n%%EOF"_ba, u"application/pdf"_s,
         u"cannot be read"_s},
        {"a PDF cut in half", pdf.left(pdf.size() / 2), u"application/pdf"_s, u"cannot be read"_s},
        {"a PDF protected by a password", passwordProtectedPdf(), u"application/pdf"_s, u"password"_s},
        {"a PDF under an unknown security handler", unknownSecurityPdf(), u"application/pdf"_s,
         u"copy without"_s},
        {"a JPEG cut in half", jpeg.left(jpeg.size() / 2), u"image/jpeg"_s, u"incomplete"_s},
        {"a JPEG missing only its end marker", jpeg.chopped(2), u"image/jpeg"_s, u"incomplete"_s},
        {"a PNG cut short", png.left(png.size() * 3 / 4), u"image/png"_s, u"incomplete"_s},
        {"a PNG whose pixels are damaged", flipped(png, png.size() / 2, 64), u"image/png"_s,
         u"cannot be read"_s},
        {"a JPEG declared as a PNG", jpeg, u"image/png"_s, u"holds a JPEG image"_s},
        {"a PDF declared as a JPEG", pdf, u"image/jpeg"_s, u"holds a PDF document"_s},
        {"a type the viewer does not show", "GIF89a..."_ba, u"image/gif"_s, u"image/gif"_s},
        {"no media type", pdf, QString(), u"cannot be shown"_s},
        {"no bytes", QByteArray(), u"application/pdf"_s, u"empty"_s},
    };
}

} // namespace

TEST_CASE("Unreadable documents: a clear sentence, false, no crash, then the next one shows",
          "[viewer][corrupt]")
{
    ViewerWindow w;
    for (const Damaged& damaged : damagedDocuments()) {
        INFO(damaged.what);
        w.showCgu();
        CHECK_FALSE(w.viewer->showDocument(damaged.content, damaged.mediaType, u"Document"_s));
        CHECK(w.viewer->message().contains(damaged.expected));
        CHECK(w.viewer->message().endsWith(u'.'));
        auto* label = w.find<QLabel>(u"viewerMessage"_s);
        CHECK(label->isVisible());
        CHECK(label->text() == w.viewer->message());
        CHECK(w.viewer->pageCount() == 0);
        CHECK(w.find<QSpinBox>(u"viewerPageNumber"_s)->text() == u"–"_s);
        CHECK(w.find<QLabel>(u"viewerPageCount"_s)->text().isEmpty());
        CHECK_FALSE(w.find<QAbstractButton>(u"viewerZoomIn"_s)->isEnabled());
        CHECK_FALSE(w.find<QAbstractButton>(u"viewerRotate"_s)->isEnabled());
        CHECK(w.find<QAbstractButton>(u"viewerNextDocument"_s)->isEnabled());
        CHECK_FALSE(w.find(u"viewerPage"_s)->isVisible());
        // Nothing to act on: these do nothing, and crash nothing.
        w.viewer->nextPage();
        w.viewer->rotateClockwise();
        w.viewer->zoomIn();
        CHECK(w.viewer->rotation() == 0);
    }
    w.showCgu();
    CHECK(w.viewer->message().isEmpty());
    CHECK(w.viewer->pageCount() == 20);
}

TEST_CASE("A message instead of a document, and clearing shows nothing", "[viewer][corrupt]")
{
    ViewerWindow w;
    w.showCgu();
    w.viewer->showMessage(u"Document not imported."_s);
    CHECK(w.viewer->message() == u"Document not imported."_s);
    CHECK(w.find<QLabel>(u"viewerMessage"_s)->isVisible());
    CHECK(w.viewer->pageCount() == 0);
    w.viewer->clear();
    CHECK(w.viewer->message().isEmpty());
    CHECK(w.viewer->title().isEmpty());
    CHECK(w.viewer->pageCount() == 0);
}
