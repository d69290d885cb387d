// The viewer on real demo documents: the 20-page CGU and an ID scan. Pages, navigation, zoom, fit to
// width, rotation and thumbnails.

#include "viewer/page_view.h"
#include "viewer/thumbnail_model.h"
#include "viewer/thumbnail_strip.h"
#include "viewer_fixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QWheelEvent>

using namespace Qt::StringLiterals;
using namespace guichet::testing;
using guichet::ui::viewer::PageView;

namespace {

/// Dark pixels of the painted page: text drawn, not a blank sheet.
int inkedPixels(const QImage& image)
{
    int inked = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            inked += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
        }
    }
    return inked;
}

} // namespace

TEST_CASE("The 20-page CGU opens on its first page, drawn on white at the screen's pixel ratio",
          "[viewer][pdf]")
{
    ViewerWindow w;
    QSignalSpy pages(w.viewer, &guichet::ui::DocumentViewer::pageChanged);
    QSignalSpy rendered(w.viewer, &guichet::ui::DocumentViewer::pageRendered);
    w.showCgu();
    CHECK(w.viewer->pageCount() == 20);
    CHECK(w.viewer->currentPage() == 0);
    CHECK(w.viewer->message().isEmpty());
    CHECK(w.viewer->title() == u"CGU"_s);
    CHECK(pages.count() == 1);
    CHECK(rendered.count() >= 1);
    CHECK(rendered.first().at(0).toInt() == 0);

    const QImage image = w.page()->currentImage();
    REQUIRE_FALSE(image.isNull());
    CHECK_FALSE(image.hasAlphaChannel());
    CHECK(image.devicePixelRatio() == w.page()->devicePixelRatioF());
    CHECK(image.pixelColor(2, 2) == QColor(Qt::white)); // the margin of the page, on white
    CHECK(inkedPixels(image) > 500);
    CHECK(image.height() > image.width());
    CHECK(w.find<QSpinBox>(u"viewerPageNumber"_s)->value() == 1);
    CHECK(w.find<QSpinBox>(u"viewerPageNumber"_s)->text() == u"1"_s);
    CHECK(w.find<QLabel>(u"viewerPageCount"_s)->text() == u"of 20"_s);
}

TEST_CASE("Pages: next, previous, a page number, a thumbnail, never past either end", "[viewer][pdf]")
{
    ViewerWindow w;
    w.showCgu();
    QSignalSpy pages(w.viewer, &guichet::ui::DocumentViewer::pageChanged);

    w.viewer->nextPage();
    CHECK(w.viewer->currentPage() == 1);
    CHECK(pages.count() == 1);
    CHECK(pages.last().at(0).toInt() == 1);
    w.viewer->previousPage();
    w.viewer->previousPage();
    CHECK(w.viewer->currentPage() == 0);
    CHECK(pages.count() == 2); // nothing before the first page
    w.viewer->setPage(19);
    w.viewer->nextPage();
    CHECK(w.viewer->currentPage() == 19);
    w.viewer->setPage(400);
    CHECK(w.viewer->currentPage() == 19);
    w.viewer->setPage(-3);
    CHECK(w.viewer->currentPage() == 0);
    REQUIRE_EVENTUALLY(w.viewer->isPageRendered());

    SECTION("the toolbar's buttons turn the pages")
    {
        w.find<QAbstractButton>(u"viewerNextPage"_s)->click();
        w.find<QAbstractButton>(u"viewerNextPage"_s)->click();
        CHECK(w.viewer->currentPage() == 2);
        CHECK(w.find<QSpinBox>(u"viewerPageNumber"_s)->value() == 3);
        w.find<QAbstractButton>(u"viewerPreviousPage"_s)->click();
        CHECK(w.viewer->currentPage() == 1);
        CHECK(w.strip()->currentIndex().row() == 1);
    }
    SECTION("typing a page number goes there")
    {
        QSpinBox* number = w.find<QSpinBox>(u"viewerPageNumber"_s);
        number->setFocus();
        number->selectAll();
        QTest::keyClicks(number, u"12"_s);
        CHECK(w.viewer->currentPage() == 0); // not page 1 on the way to 12
        QTest::keyClick(number, Qt::Key_Return);
        CHECK(w.viewer->currentPage() == 11);
        REQUIRE_EVENTUALLY(w.viewer->isPageRendered());
    }
    SECTION("clicking a thumbnail shows its page")
    {
        guichet::ui::viewer::ThumbnailStrip* strip = w.strip();
        const QModelIndex third = strip->model()->index(2, 0);
        QTest::mouseClick(strip->viewport(), Qt::LeftButton, {}, strip->visualRect(third).center());
        CHECK(w.viewer->currentPage() == 2);
        REQUIRE_EVENTUALLY(w.viewer->isPageRendered());
    }
}

TEST_CASE("Zoom: steps, limits, fit to width following the viewport, kept from one document to the next",
          "[viewer][pdf][zoom]")
{
    ViewerWindow w;
    w.showCgu();
    PageView* page = w.page();
    QSignalSpy zooms(w.viewer, &guichet::ui::DocumentViewer::zoomChanged);
    const auto fitWidth = [&] {
        return page->viewport()->width() - 2 * PageView::margin;
    };

    // Fit to width is the default: the page spans the viewport, margins aside.
    CHECK(w.viewer->fitsWidth());
    CHECK(std::abs(page->pageRect().width() - fitWidth()) <= 1);
    const double fitted = w.viewer->zoom();

    w.viewer->zoomIn();
    CHECK(w.viewer->zoom() > fitted);
    CHECK_FALSE(w.viewer->fitsWidth());
    CHECK(zooms.count() == 1);
    CHECK(w.find<QLabel>(u"viewerZoomLevel"_s)->text() ==
          QString::number(qRound(w.viewer->zoom() * 100)) + u" %"_s);
    REQUIRE_EVENTUALLY(w.viewer->isPageRendered());
    // Drawn for the new zoom, pixel for pixel.
    CHECK(std::abs(page->currentImage().width() - page->pageRect().width() * page->devicePixelRatioF()) <= 1);
    CHECK(page->horizontalScrollBar()->maximum() > 0);

    w.viewer->zoomOut();
    w.viewer->zoomOut();
    CHECK(w.viewer->zoom() < fitted);

    w.viewer->setZoom(1.0);
    // A4 at its printed size (within the pixel a fractional device pixel ratio may round to).
    CHECK(std::abs(page->pageRect().width() - 595 * page->logicalDpiX() / 72.0) <= 1);
    w.viewer->setZoom(100);
    CHECK(w.viewer->zoom() == PageView::maxZoom);
    w.viewer->setZoom(0);
    CHECK(w.viewer->zoom() == PageView::minZoom);

    w.viewer->fitToWidth();
    CHECK(w.viewer->fitsWidth());
    CHECK(w.viewer->zoom() == Approx(fitted));

    SECTION("Ctrl and the mouse wheel zoom; the wheel alone scrolls")
    {
        const QPointF at = page->viewport()->rect().center();
        const auto wheel = [&](int delta, Qt::KeyboardModifiers modifiers) {
            QWheelEvent event(at, page->viewport()->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton,
                              modifiers, Qt::NoScrollPhase, false);
            QApplication::sendEvent(page->viewport(), &event);
        };
        wheel(120, Qt::ControlModifier);
        CHECK(w.viewer->zoom() > fitted);
        wheel(-120, Qt::ControlModifier);
        wheel(-120, Qt::ControlModifier);
        CHECK(w.viewer->zoom() < fitted);
        const double zoom = w.viewer->zoom();
        w.viewer->setZoom(2.0);
        wheel(-120, Qt::NoModifier);
        CHECK(w.viewer->zoom() == 2.0);
        CHECK(page->verticalScrollBar()->value() > 0);
        CHECK(zoom < fitted);
    }
    SECTION("fit to width follows the window's width")
    {
        w.window.resize(600, 1000);
        REQUIRE_EVENTUALLY(page->viewport()->width() < 600);
        CHECK(w.viewer->zoom() < fitted);
        CHECK(std::abs(page->pageRect().width() - fitWidth()) <= 1);
        REQUIRE_EVENTUALLY(w.viewer->isPageRendered());
    }
    SECTION("hiding the thumbnails gives the page their room")
    {
        w.find<QAbstractButton>(u"viewerToggleThumbnails"_s)->click();
        CHECK_FALSE(w.viewer->thumbnailsVisible());
        REQUIRE_EVENTUALLY(w.viewer->zoom() > fitted);
        CHECK(std::abs(page->pageRect().width() - fitWidth()) <= 1);
    }
    SECTION("the zoom carries over to the next document")
    {
        w.viewer->setZoom(1.5);
        REQUIRE(w.viewer->showDocument(holderIdJpeg(), u"image/jpeg"_s, u"Pièce d'identité du porteur"_s));
        CHECK(w.viewer->zoom() == 1.5);
        CHECK_FALSE(w.viewer->fitsWidth());
        REQUIRE_EVENTUALLY(w.viewer->isPageRendered());
    }
}

TEST_CASE("Rotation turns the page a quarter clockwise: the drawn page's aspect swaps",
          "[viewer][pdf][rotate]")
{
    ViewerWindow w;
    w.showCgu();
    w.viewer->setZoom(0.5); // the whole page in view, whichever way it is turned
    REQUIRE_EVENTUALLY(w.viewer->isPageRendered());
    const QImage upright = w.page()->currentImage();
    REQUIRE(upright.height() > upright.width());

    w.viewer->rotateClockwise();
    CHECK(w.viewer->rotation() == 90);
    REQUIRE_EVENTUALLY(w.viewer->isPageRendered());
    const QImage turned = w.page()->currentImage();
    CHECK(turned.width() == upright.height());
    CHECK(turned.height() == upright.width());
    CHECK(w.page()->pageRect().width() > w.page()->pageRect().height());
    // The top of the page (its heading) is now on the right.
    const auto inkIn = [](const QImage& image, QRect area) {
        int ink = 0;
        for (int y = area.top(); y <= area.bottom(); ++y) {
            for (int x = area.left(); x <= area.right(); ++x) {
                ink += qGray(image.pixel(x, y)) < 160 ? 1 : 0;
            }
        }
        return ink;
    };
    const int h = turned.height();
    const int wd = turned.width();
    CHECK(inkIn(turned, QRect(wd * 3 / 4, 0, wd / 4, h)) > inkIn(turned, QRect(0, 0, wd / 4, h)));

    w.viewer->rotateClockwise();
    w.viewer->rotateClockwise();
    CHECK(w.viewer->rotation() == 270);
    w.viewer->rotateClockwise();
    CHECK(w.viewer->rotation() == 0);
    REQUIRE_EVENTUALLY(w.viewer->isPageRendered());
    CHECK(w.page()->currentImage().size() == upright.size());

    SECTION("the next document starts upright")
    {
        w.viewer->rotateClockwise();
        REQUIRE(w.viewer->showDocument(holderIdJpeg(), u"image/jpeg"_s, u"ID"_s));
        CHECK(w.viewer->rotation() == 0);
    }
}

TEST_CASE("Thumbnails: one per page, drawn only when in view, the strip can be hidden",
          "[viewer][pdf][thumbnails]")
{
    ViewerWindow w(QSize(900, 600));
    w.showCgu();
    guichet::ui::viewer::ThumbnailStrip* strip = w.strip();
    auto* model = qobject_cast<guichet::ui::viewer::ThumbnailModel*>(strip->model());
    REQUIRE(model);
    CHECK(model->rowCount() == 20);
    REQUIRE_EVENTUALLY(
        model->data(model->index(0, 0), guichet::ui::viewer::ThumbnailModel::RenderedRole).toBool());
    QTest::qWait(100);
    CHECK(model->renderedCount() < 20); // only the rows in view were drawn
    CHECK(strip->currentIndex().row() == 0);

    strip->scrollToBottom();
    REQUIRE_EVENTUALLY(
        model->data(model->index(19, 0), guichet::ui::viewer::ThumbnailModel::RenderedRole).toBool());

    w.viewer->setPage(9);
    CHECK(strip->currentIndex().row() == 9);
    CHECK(strip->viewport()->rect().intersects(strip->visualRect(model->index(9, 0))));

    w.viewer->setThumbnailsVisible(false);
    CHECK_FALSE(strip->isVisible());
    w.viewer->setThumbnailsVisible(true);
    CHECK(strip->isVisible());
}

TEST_CASE("An ID card scan (recto above verso) shows as one page, and turns", "[viewer][image]")
{
    ViewerWindow w;
    SECTION("JPEG")
    {
        REQUIRE(w.viewer->showDocument(holderIdJpeg(), u"image/jpeg"_s, u"Pièce d'identité du porteur"_s));
    }
    SECTION("PNG")
    {
        REQUIRE(w.viewer->showDocument(idPng(), u"image/png"_s, u"Pièce d'identité du porteur"_s));
    }
    CHECK(w.viewer->pageCount() == 1);
    REQUIRE_EVENTUALLY(w.viewer->isPageRendered());
    const QImage image = w.page()->currentImage();
    CHECK_FALSE(image.hasAlphaChannel());
    CHECK(std::abs(w.page()->pageRect().width() - (w.page()->viewport()->width() - 2 * PageView::margin)) <=
          1);
    CHECK_FALSE(w.find<QAbstractButton>(u"viewerNextPage"_s)->isEnabled());
    CHECK(w.find<QLabel>(u"viewerPageCount"_s)->text() == u"of 1"_s);

    w.viewer->setZoom(0.5);
    REQUIRE_EVENTUALLY(w.viewer->isPageRendered());
    const QSize upright = w.page()->currentImage().size();
    w.viewer->rotateClockwise();
    REQUIRE_EVENTUALLY(w.viewer->isPageRendered());
    CHECK(w.page()->currentImage().size() == upright.transposed());
}
