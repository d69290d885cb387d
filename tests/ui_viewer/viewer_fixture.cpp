#include "viewer_fixture.h"

#include "demo/demo_generator.h"
#include "viewer/page_view.h"
#include "viewer/thumbnail_strip.h"

#include <QApplication>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet::testing {

namespace {

QDate today()
{
    return {2026, 3, 16};
}

bool hasContent(const Dossier& dossier, DocumentKind kind)
{
    const auto it = dossier.contents.find(kind);
    return it != dossier.contents.end() && !it->second.isEmpty();
}

/// The first demo dossier (seed 7) that passes `wanted`.
template <typename Predicate> Dossier findDossier(Predicate wanted)
{
    const demo::DemoGenerator generator(7);
    for (int index = 0; index < 200; ++index) {
        if (generator.order(index, today()).documents.isEmpty()) {
            continue;
        }
        Dossier dossier = generator.dossier(index, today(), demo::RenderMode::Full);
        if (wanted(dossier)) {
            return dossier;
        }
    }
    FAIL("no demo dossier fits");
    return {};
}

/// A minimal one-page PDF whose trailer points at `encrypt`, an encryption dictionary.
QByteArray encryptedPdf(const QByteArray& encrypt)
{
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        encrypt,
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets) {
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    }
    const QByteArray id = "<0123456789abcdef0123456789abcdef>";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R /Encrypt 4 0 R /ID [" + id + ' ' + id + "] >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace

const Dossier& demoDossier()
{
    static const Dossier dossier = findDossier([](const Dossier& d) {
        const Document* id = d.order.document(DocumentKind::HolderId);
        return hasContent(d, DocumentKind::TermsOfUse) && hasContent(d, DocumentKind::HolderId) && id &&
               id->mediaType == u"image/jpeg"_s;
    });
    return dossier;
}

QByteArray cguPdf()
{
    return demoDossier().contents.at(DocumentKind::TermsOfUse);
}

QByteArray holderIdJpeg()
{
    return demoDossier().contents.at(DocumentKind::HolderId);
}

QByteArray idPng()
{
    static const QByteArray png = [] {
        const Dossier dossier = findDossier([](const Dossier& d) {
            const Document* id = d.order.document(DocumentKind::HolderId);
            return hasContent(d, DocumentKind::HolderId) && id && id->mediaType == u"image/png"_s;
        });
        return dossier.contents.at(DocumentKind::HolderId);
    }();
    return png;
}

QByteArray passwordProtectedPdf()
{
    // The standard handler (RC4, revision 2) with made-up O and U entries: the empty user password
    // does not match U, so the document asks for a password.
    return encryptedPdf("<< /Filter /Standard /V 1 /R 2 /O <" + QByteArray(32, '\x11').toHex() + "> /U <" +
                        QByteArray(32, '\x22').toHex() + "> /P -4 >>");
}

QByteArray unknownSecurityPdf()
{
    return encryptedPdf("<< /Filter /Guichet.UnknownHandler /V 4 /R 4 /Length 128 >>");
}

ViewerWindow::ViewerWindow(QSize size)
{
    window.setObjectName(u"testWindow"_s);
    auto* layout = new QVBoxLayout(&window);
    layout->setContentsMargins(0, 0, 0, 0);
    viewer = new ui::DocumentViewer(&window);
    layout->addWidget(viewer);
    window.resize(size);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowExposed(&window));
}

ViewerWindow::~ViewerWindow()
{
    // The viewer (and its own window, if detached) goes with the window.
}

QWidget* ViewerWindow::findWidget(const QString& objectName) const
{
    if (QWidget* widget = window.findChild<QWidget*>(objectName)) {
        return widget;
    }
    if (QWidget* detached = detachedWindow()) {
        return detached->objectName() == objectName ? detached : detached->findChild<QWidget*>(objectName);
    }
    return nullptr;
}

ui::viewer::PageView* ViewerWindow::page() const
{
    return find<ui::viewer::PageView>(u"viewerPage"_s);
}

ui::viewer::ThumbnailStrip* ViewerWindow::strip() const
{
    return find<ui::viewer::ThumbnailStrip>(u"viewerThumbnails"_s);
}

void ViewerWindow::showCgu()
{
    REQUIRE(viewer->showDocument(cguPdf(), u"application/pdf"_s, u"CGU"_s));
    REQUIRE_EVENTUALLY(viewer->isPageRendered());
}

void ViewerWindow::focusPage()
{
    QWidget* target = page();
    QApplication::setActiveWindow(target->window());
    REQUIRE(QTest::qWaitForWindowActive(target->window()));
    target->setFocus(Qt::OtherFocusReason);
    REQUIRE_EVENTUALLY(target->hasFocus());
}

QWidget* detachedWindow()
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        if (window->objectName() == u"viewerDetachedWindow"_s && window->isVisible()) {
            return window;
        }
    }
    return nullptr;
}

} // namespace guichet::testing
