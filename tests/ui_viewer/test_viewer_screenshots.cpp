// Screenshots for a person to look at (/tmp/viewer-*.png): a CGU page, an ID card scan, a damaged
// document's message, and the viewer detached.

#include "viewer_fixture.h"

#include <QDir>

using namespace Qt::StringLiterals;
using namespace guichet::testing;

namespace {
void save(QWidget* widget, const QString& name)
{
    const QString path = QDir::temp().filePath(u"viewer-"_s + name + u".png"_s);
    CHECK(widget->grab().save(path));
}
} // namespace

TEST_CASE("Screenshots of the viewer", "[viewer][screenshot]")
{
    ViewerWindow w(QSize(820, 900));
    w.showCgu();
    QTest::qWait(300); // the thumbnails in view come after the page
    save(&w.window, u"pdf"_s);
    w.viewer->setPage(19);
    REQUIRE_EVENTUALLY(w.viewer->isPageRendered());
    save(&w.window, u"pdf-last-page"_s);

    REQUIRE(w.viewer->showDocument(holderIdJpeg(), u"image/jpeg"_s, u"Pièce d'identité du porteur"_s));
    REQUIRE_EVENTUALLY(w.viewer->isPageRendered());
    QTest::qWait(50);
    save(&w.window, u"id"_s);

    REQUIRE_FALSE(w.viewer->showDocument(holderIdJpeg().chopped(2), u"image/jpeg"_s, u"ID"_s));
    QTest::qWait(50); // let the layout settle
    save(&w.window, u"message"_s);

    w.showCgu();
    w.viewer->setDetached(true);
    REQUIRE(detachedWindow());
    REQUIRE_EVENTUALLY(w.viewer->isPageRendered());
    save(&w.window, u"detached-placeholder"_s);
    save(detachedWindow(), u"detached-window"_s);
    w.viewer->setDetached(false);
}
