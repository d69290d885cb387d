// In French (the operators' language): the viewer's words, its refusals included, come out of
// Guichet's translation, looked up under the very contexts lupdate filed them in.

#include "viewer_fixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace guichet::testing;

TEST_CASE("The viewer speaks French when Guichet's French translation is installed", "[viewer][french]")
{
    QTranslator french;
    REQUIRE(french.load(u":/i18n/guichet_fr.qm"_s));
    QApplication::installTranslator(&french);
    struct Uninstall
    {
        QTranslator* translator;
        ~Uninstall() { QApplication::removeTranslator(translator); }
    } uninstall{&french};

    ViewerWindow w; // built after the translator: its labels are set once
    w.showCgu();
    CHECK(w.find<QLabel>(u"viewerPageCount"_s)->text() == u"sur 20"_s);
    CHECK(w.find<QAbstractButton>(u"viewerZoomIn"_s)->accessibleName() == u"Zoom avant"_s);
    CHECK(w.find<QAbstractButton>(u"viewerZoomIn"_s)->toolTip().startsWith(u"Zoom avant ("_s));

    // Refusals are drawn up away from the widgets (page_source.cpp): they must be French too.
    REQUIRE_FALSE(w.viewer->showDocument("%PDF-1.4\ngarbage"_ba, u"application/pdf"_s, u"CGU"_s));
    CHECK(w.viewer->message().startsWith(u"Ce PDF est illisible"_s));
    REQUIRE_FALSE(w.viewer->showDocument(holderIdJpeg(), u"image/png"_s, u"CNI"_s));
    CHECK(w.viewer->message().contains(u"une image JPEG"_s));
    CHECK(w.viewer->message().contains(u"une image PNG"_s));
}
