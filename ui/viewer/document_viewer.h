#pragma once

// The document viewer: PDF (Qt PDF) and images side by side with the order. Zoom, fit to width,
// rotate, page navigation with thumbnails, and a detach button that moves it into a window of its
// own for a second screen. A corrupt or unreadable document shows a clear message, never a crash.
//
// Pages are drawn off the GUI thread (the page on screen first, then the next page, then the
// thumbnails in view) at the screen's device pixel ratio. Shortcuts work while the focus is inside
// the viewer (or its own window): Ctrl++ / Ctrl+- zoom, Ctrl+0 or W fit to width, R rotates, Page
// Down / Page Up scroll a screen then turn the page, Ctrl+Page Down / Up turn it at once, Home / End,
// T shows or hides the thumbnails, Ctrl+D detaches and re-attaches, Alt+Right / Alt+Left (or ] / [)
// ask for the next / previous document of the order.
//
// Detaching moves the viewer's contents (toolbar, page, thumbnails) into a window of its own; the
// DocumentViewer widget itself stays in its layout and shows a "shown in its own window" panel with a
// button to bring the document back (a page may hide the viewer while detachedChanged(true) holds).
// Closing that window re-attaches it. The zoom mode (fit to width, or a factor) carries over from
// one document to the next; rotation and page start afresh.

#include <QByteArray>
#include <QString>
#include <QWidget>
#include <memory>

namespace guichet::ui {

class DocumentViewer : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentViewer(QWidget* parent = nullptr);
    ~DocumentViewer() override;

    /// Shows `content` (media type "application/pdf", "image/png" or "image/jpeg"). `title` names
    /// the document (e.g. "Pièce d'identité du porteur"). Returns false, and shows why, when the
    /// content cannot be read.
    bool showDocument(const QByteArray& content, const QString& mediaType, const QString& title);
    /// Shows a message instead of a document (e.g. "not imported").
    void showMessage(const QString& message);
    void clear();

    int pageCount() const;
    int currentPage() const; ///< 0-based
    double zoom() const;     ///< 1.0 = 100 %
    int rotation() const;    ///< 0, 90, 180, 270
    bool isDetached() const;
    QString message() const; ///< the message shown instead of a document, if any
    QString title() const;
    bool fitsWidth() const; ///< true in fit-to-width mode (the default)
    bool thumbnailsVisible() const;
    /// True once the current page is on screen at the current zoom, rotation and pixel ratio.
    bool isPageRendered() const;

public slots:
    void setPage(int page);
    void nextPage();
    void previousPage();
    void zoomIn();
    void zoomOut();
    void setZoom(double factor);
    void fitToWidth();
    void rotateClockwise();
    void setDetached(bool detached);
    void setThumbnailsVisible(bool visible);

signals:
    void pageChanged(int page);
    void zoomChanged(double factor);
    void detachedChanged(bool detached);
    /// The current page is on screen at the current zoom and rotation (after showDocument, a page
    /// change, a zoom or a rotation): see isPageRendered().
    void pageRendered(int page);
    /// The operator asked for the next/previous document of the order (keyboard or buttons).
    void nextDocumentRequested();
    void previousDocumentRequested();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace guichet::ui
