// Keyboard first: every shortcut, pressed as an operator would, while the focus is in the viewer;
// none while it is elsewhere on the desk.

#include "viewer/page_view.h"
#include "viewer_fixture.h"

#include <QApplication>
#include <QLayout>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace guichet::testing;
using guichet::ui::DocumentViewer;

TEST_CASE("Shortcuts turn pages, zoom, fit, rotate, hide thumbnails and walk the order's documents",
          "[viewer][keyboard]")
{
    ViewerWindow w;
    w.showCgu();
    w.focusPage();
    QWidget* page = w.page();

    SECTION("Ctrl+Page Down / Up, End / Home")
    {
        QTest::keyClick(page, Qt::Key_PageDown, Qt::ControlModifier);
        CHECK(w.viewer->currentPage() == 1);
        QTest::keyClick(page, Qt::Key_PageUp, Qt::ControlModifier);
        CHECK(w.viewer->currentPage() == 0);
        QTest::keyClick(page, Qt::Key_End);
        CHECK(w.viewer->currentPage() == 19);
        QTest::keyClick(page, Qt::Key_Home);
        CHECK(w.viewer->currentPage() == 0);
    }
    SECTION("Page Down reads a tall page to its bottom, then turns it; Page Up goes back to its end")
    {
        QScrollBar* bar = w.page()->verticalScrollBar();
        REQUIRE(bar->maximum() > 0); // at fit to width, an A4 page is taller than the viewport
        QTest::keyClick(page, Qt::Key_PageDown);
        CHECK(w.viewer->currentPage() == 0);
        CHECK(bar->value() > 0);
        for (int press = 0; press < 10 && w.viewer->currentPage() == 0; ++press) {
            QTest::keyClick(page, Qt::Key_PageDown);
        }
        CHECK(w.viewer->currentPage() == 1);
        CHECK(bar->value() == 0);
        QTest::keyClick(page, Qt::Key_PageUp);
        CHECK(w.viewer->currentPage() == 0);
        CHECK(bar->value() == bar->maximum());
    }
    SECTION("Page Down turns at once when the page fits")
    {
        w.viewer->setZoom(0.3);
        QTest::keyClick(page, Qt::Key_PageDown);
        QTest::keyClick(page, Qt::Key_PageDown);
        CHECK(w.viewer->currentPage() == 2);
        QTest::keyClick(page, Qt::Key_PageUp);
        CHECK(w.viewer->currentPage() == 1);
    }
    SECTION("Ctrl++, Ctrl+=, Ctrl+-, Ctrl+0 and W")
    {
        const double fitted = w.viewer->zoom();
        QTest::keyClick(page, Qt::Key_Plus, Qt::ControlModifier);
        const double once = w.viewer->zoom();
        CHECK(once > fitted);
        QTest::keyClick(page, Qt::Key_Equal, Qt::ControlModifier);
        CHECK(w.viewer->zoom() > once);
        QTest::keyClick(page, Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(page, Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(page, Qt::Key_Minus, Qt::ControlModifier);
        CHECK(w.viewer->zoom() < fitted);
        QTest::keyClick(page, Qt::Key_0, Qt::ControlModifier);
        CHECK(w.viewer->fitsWidth());
        CHECK(w.viewer->zoom() == Approx(fitted));
        QTest::keyClick(page, Qt::Key_Plus, Qt::ControlModifier);
        QTest::keyClick(page, Qt::Key_W);
        CHECK(w.viewer->fitsWidth());
        QTest::keyClick(page, Qt::Key_W); // W again keeps fitting, it does not toggle
        CHECK(w.viewer->fitsWidth());
        CHECK(w.viewer->zoom() == Approx(fitted));
    }
    SECTION("R rotates, T hides and shows the thumbnails")
    {
        QTest::keyClick(page, Qt::Key_R);
        CHECK(w.viewer->rotation() == 90);
        QTest::keyClick(page, Qt::Key_T);
        CHECK_FALSE(w.viewer->thumbnailsVisible());
        QTest::keyClick(page, Qt::Key_T);
        CHECK(w.viewer->thumbnailsVisible());
    }
    SECTION("Alt+Right / Alt+Left and ] / [ ask for the order's next and previous documents")
    {
        QSignalSpy next(w.viewer, &DocumentViewer::nextDocumentRequested);
        QSignalSpy previous(w.viewer, &DocumentViewer::previousDocumentRequested);
        QTest::keyClick(page, Qt::Key_Right, Qt::AltModifier);
        QTest::keyClick(page, Qt::Key_BracketRight);
        QTest::keyClick(page, Qt::Key_Left, Qt::AltModifier);
        QTest::keyClick(page, Qt::Key_BracketLeft);
        CHECK(next.count() == 2);
        CHECK(previous.count() == 2);
    }
    SECTION("after a damaged document, the keys still reach the next one")
    {
        QSignalSpy next(w.viewer, &DocumentViewer::nextDocumentRequested);
        REQUIRE_FALSE(w.viewer->showDocument("not a pdf"_ba, u"application/pdf"_s, u"Kbis"_s));
        QWidget* focus = QApplication::focusWidget();
        REQUIRE(focus);
        CHECK(focus->objectName() == u"viewerMessagePage"_s);
        QTest::keyClick(focus, Qt::Key_Right, Qt::AltModifier);
        CHECK(next.count() == 1);
        QTest::keyClick(focus, Qt::Key_R); // nothing to rotate: nothing happens
        CHECK(w.viewer->rotation() == 0);
    }
}

TEST_CASE("The viewer's single-key shortcuts stay out of text typed elsewhere", "[viewer][keyboard]")
{
    ViewerWindow w;
    auto* field = new QLineEdit(&w.window);
    field->setObjectName(u"orderField"_s);
    w.window.layout()->addWidget(field);
    w.showCgu();
    field->setFocus();
    REQUIRE_EVENTUALLY(field->hasFocus());
    QTest::keyClicks(field, u"rw[]t"_s);
    CHECK(field->text() == u"rw[]t"_s);
    CHECK(w.viewer->rotation() == 0);
    CHECK(w.viewer->thumbnailsVisible());
    QTest::keyClick(field, Qt::Key_End);
    CHECK(w.viewer->currentPage() == 0);
}
