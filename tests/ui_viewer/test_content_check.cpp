// What bytes really are: signatures, declared media types, and whether a scan is whole.

#include "viewer/content_check.h"
#include "viewer_fixture.h"

using namespace Qt::StringLiterals;
using guichet::ui::viewer::ContentKind;
using guichet::ui::viewer::isComplete;
using guichet::ui::viewer::kindOfMediaType;
using guichet::ui::viewer::sniffContent;

TEST_CASE("Content is known by its first bytes, whatever it is called", "[viewer][content]")
{
    using namespace guichet::testing;
    CHECK(sniffContent(cguPdf()) == ContentKind::Pdf);
    CHECK(sniffContent(holderIdJpeg()) == ContentKind::Jpeg);
    CHECK(sniffContent(idPng()) == ContentKind::Png);
    CHECK(sniffContent("junk before the header %PDF-1.7\n"_ba) == ContentKind::Pdf);
    CHECK(sniffContent(QByteArray(2000, ' ') + "%PDF-1.7") == ContentKind::Unknown);
    CHECK(sniffContent("GIF89a"_ba) == ContentKind::Unknown);
    CHECK(sniffContent(QByteArray()) == ContentKind::Unknown);
}

TEST_CASE("Declared media types: PDF, PNG and JPEG only, case and parameters ignored", "[viewer][content]")
{
    CHECK(kindOfMediaType(u"application/pdf"_s) == ContentKind::Pdf);
    CHECK(kindOfMediaType(u"Application/PDF; charset=binary"_s) == ContentKind::Pdf);
    CHECK(kindOfMediaType(u"image/png"_s) == ContentKind::Png);
    CHECK(kindOfMediaType(u"image/jpeg"_s) == ContentKind::Jpeg);
    CHECK(kindOfMediaType(u"image/jpg"_s) == ContentKind::Jpeg);
    CHECK_FALSE(kindOfMediaType(u"image/gif"_s));
    CHECK_FALSE(kindOfMediaType(u"application/msword"_s));
    CHECK_FALSE(kindOfMediaType(QString()));
}

TEST_CASE("A scan cut short anywhere is incomplete, bytes after its end are tolerated", "[viewer][content]")
{
    using namespace guichet::testing;
    const QByteArray jpeg = holderIdJpeg();
    const QByteArray png = idPng();
    CHECK(isComplete(ContentKind::Jpeg, jpeg));
    CHECK(isComplete(ContentKind::Png, png));
    CHECK(isComplete(ContentKind::Jpeg, jpeg + "trailing data a scanner appended"));
    CHECK(isComplete(ContentKind::Png, png + "trailing"));

    for (const double fraction : {0.01, 0.1, 0.5, 0.9, 0.999}) {
        INFO("kept " << fraction * 100 << " %");
        CHECK_FALSE(isComplete(ContentKind::Jpeg, jpeg.left(qsizetype(jpeg.size() * fraction))));
        CHECK_FALSE(isComplete(ContentKind::Png, png.left(qsizetype(png.size() * fraction))));
    }
    // Only the end marker missing: decoders would show this one as if whole.
    CHECK_FALSE(isComplete(ContentKind::Jpeg, jpeg.chopped(2)));
    CHECK_FALSE(isComplete(ContentKind::Png, png.chopped(12)));
    CHECK_FALSE(isComplete(ContentKind::Jpeg, QByteArray("\xFF\xD8\xFF", 3)));
    CHECK(isComplete(ContentKind::Pdf, "%PDF-"_ba)); // PDFs are checked by PDFium itself
}
