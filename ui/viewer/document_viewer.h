#pragma once

// The document viewer: PDF (Qt PDF) and images side by side with the order. Zoom, fit to width,
// rotate, page navigation with thumbnails, and a detach button that moves it into a window of its
// own for a second screen. A corrupt or unreadable document shows a clear message, never a crash.

#include <QByteArray>
#include <QString>
#include <QWidget>

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

signals:
    void pageChanged(int page);
    void zoomChanged(double factor);
    void detachedChanged(bool detached);
    /// The operator asked for the next/previous document of the order (keyboard or buttons).
    void nextDocumentRequested();
    void previousDocumentRequested();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace guichet::ui
