// Detaching: the viewer's contents go to a window of their own (a second screen) and come back, by
// the button, by Ctrl+D, or by closing that window. The document, its page and zoom go along.

#include "viewer/page_view.h"
#include "viewer_fixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace guichet::testing;
using guichet::ui::DocumentViewer;

TEST_CASE("Detach and re-attach: the page moves to its own window and comes back", "[viewer][detach]")
{
    ViewerWindow w;
    w.showCgu();
    w.viewer->setPage(3);
    QSignalSpy changes(w.viewer, &DocumentViewer::detachedChanged);
    guichet::ui::viewer::PageView* page = w.page();
    REQUIRE(page->window() == &w.window);
    CHECK(detachedWindow() == nullptr);

    SECTION("by the toolbar's button and the placeholder's")
    {
        w.find<QAbstractButton>(u"viewerDetach"_s)->click();
        REQUIRE(w.viewer->isDetached());
        QWidget* own = detachedWindow();
        REQUIRE(own);
        CHECK(page->window() == own);
        CHECK(own->windowTitle().contains(u"CGU"_s));
        CHECK(w.viewer->window() == &w.window); // the viewer keeps its place in the desk
        CHECK(w.find(u"viewerDetachedPlaceholder"_s)->isVisible());
        CHECK(changes.count() == 1);
        CHECK(changes.last().at(0).toBool());
        auto* detach = w.find<QAbstractButton>(u"viewerDetach"_s);
        CHECK(detach->isChecked());
        CHECK(detach->accessibleName() == u"Bring back beside the order"_s);
        CHECK(detach->toolTip().contains(u"Ctrl+D"_s));
        // The document, its page and the drawing went along.
        CHECK(w.viewer->currentPage() == 3);
        REQUIRE_EVENTUALLY(w.viewer->isPageRendered());

        w.find<QAbstractButton>(u"viewerReattach"_s)->click();
        CHECK_FALSE(w.viewer->isDetached());
        CHECK(page->window() == &w.window);
        CHECK(detachedWindow() == nullptr);
        CHECK_FALSE(w.find(u"viewerDetachedPlaceholder"_s)->isVisible());
        CHECK(page->isVisible());
        CHECK(changes.count() == 2);
        CHECK_FALSE(changes.last().at(0).toBool());
        CHECK(w.viewer->currentPage() == 3);
    }
    SECTION("by Ctrl+D, there and back")
    {
        w.focusPage();
        QTest::keyClick(page, Qt::Key_D, Qt::ControlModifier);
        REQUIRE(w.viewer->isDetached());
        REQUIRE(detachedWindow());
        CHECK(page->window() == detachedWindow());
        w.focusPage(); // in its own window now
        QTest::keyClick(page, Qt::Key_D, Qt::ControlModifier);
        CHECK_FALSE(w.viewer->isDetached());
        CHECK(page->window() == &w.window);
    }
    SECTION("closing its window brings it back")
    {
        w.viewer->setDetached(true);
        REQUIRE(detachedWindow());
        detachedWindow()->close();
        CHECK_FALSE(w.viewer->isDetached());
        CHECK(page->window() == &w.window);
        CHECK(changes.count() == 2);
        CHECK(page->isVisible());
    }
    SECTION("a new document while detached shows in its window, titled after it")
    {
        w.viewer->setDetached(true);
        REQUIRE(w.viewer->showDocument(holderIdJpeg(), u"image/jpeg"_s, u"Pièce d'identité du porteur"_s));
        REQUIRE(detachedWindow());
        CHECK(detachedWindow()->windowTitle().contains(u"Pièce d'identité du porteur"_s));
        REQUIRE_EVENTUALLY(w.viewer->isPageRendered());
        w.viewer->setDetached(false);
    }
    SECTION("the viewer going away takes its window with it")
    {
        w.viewer->setDetached(true);
        REQUIRE(detachedWindow());
        delete w.viewer;
        w.viewer = nullptr;
        CHECK(detachedWindow() == nullptr);
        const QWidgetList windows = QApplication::topLevelWidgets();
        CHECK(std::none_of(windows.cbegin(), windows.cend(), [](QWidget* window) {
            return window->objectName() == u"viewerDetachedWindow"_s;
        }));
    }
}
