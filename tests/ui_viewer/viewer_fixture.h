#pragma once

// Shared by the viewer's tests: demo documents (drawn once per run), damaged ones, and a shown,
// active window holding a viewer, whose widgets are found by object name wherever they are (in the
// window, or in the viewer's own window once detached).

#include "model/order.h"
#include "qt_wait.h" // REQUIRE_EVENTUALLY, Catch2's printing of QString
#include "viewer/document_viewer.h"

#include <QByteArray>
#include <QString>
#include <QTest>
#include <QWidget>
#include <catch2/catch.hpp>

namespace guichet::ui::viewer {
class PageView;
class ThumbnailStrip;
} // namespace guichet::ui::viewer

namespace guichet::testing {

/// A demo dossier with its contracts drawn (the 20-page CGU) and the holder's ID scanned (JPEG).
const Dossier& demoDossier();
QByteArray cguPdf();
QByteArray holderIdJpeg();
/// A PNG scan from another demo dossier.
QByteArray idPng();
/// A one-page PDF whose standard security handler refuses the empty password.
QByteArray passwordProtectedPdf();
/// A one-page PDF encrypted with a security handler PDFium does not know.
QByteArray unknownSecurityPdf();

struct ViewerWindow
{
    QWidget window;
    ui::DocumentViewer* viewer = nullptr;

    explicit ViewerWindow(QSize size = QSize(900, 1000));
    ~ViewerWindow();

    /// A widget of the viewer by object name, attached or detached.
    template <typename T = QWidget> T* find(const QString& objectName) const
    {
        T* widget = qobject_cast<T*>(findWidget(objectName));
        INFO("object name: " << objectName.toStdString());
        REQUIRE(widget);
        return widget;
    }
    ui::viewer::PageView* page() const;
    ui::viewer::ThumbnailStrip* strip() const;
    /// Shows the CGU and waits until its first page is drawn.
    void showCgu();
    /// Gives the keyboard focus to the page (as a click on it would).
    void focusPage();

    QWidget* findWidget(const QString& objectName) const;
};

/// The viewer's own window while detached; null otherwise.
QWidget* detachedWindow();

} // namespace guichet::testing
