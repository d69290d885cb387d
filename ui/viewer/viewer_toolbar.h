#pragma once

// The viewer's toolbar and its actions: documents of the order, pages ("page N of M"), zoom, fit to
// width, rotation, thumbnails and detaching. Every action carries its shortcuts (named in its
// tooltip); the viewer adds them to its own widget too, so that they work wherever the focus is
// inside the viewer. Buttons are named after their action ("viewerZoomIn"), for tests and for
// accessibility tools.

#include <QList>
#include <QToolBar>

class QAction;
class QLabel;
class QSpinBox;

namespace guichet::ui::viewer {

class ViewerToolBar : public QToolBar
{
    Q_OBJECT

public:
    explicit ViewerToolBar(QWidget* parent = nullptr);

    QAction* previousDocument;
    QAction* nextDocument;
    QAction* previousPage; ///< straight to the previous page: the button, Ctrl+Page Up
    QAction* nextPage;     ///< straight to the next page: the button, Ctrl+Page Down
    QAction* pageUp;       ///< not on the bar: Page Up scrolls up a screen, then turns back a page
    QAction* pageDown;     ///< not on the bar: Page Down scrolls down a screen, then turns the page
    QAction* firstPage;    ///< not on the bar: Home
    QAction* lastPage;     ///< not on the bar: End
    QAction* zoomOut;
    QAction* zoomIn;
    QAction* fitWidth; ///< checked in fit-to-width mode
    QAction* rotate;
    QAction* thumbnails; ///< checked while the strip is shown
    QAction* detach;     ///< checked while the viewer is in its own window

    QSpinBox* pageNumber;
    QLabel* pageCount;
    QLabel* zoomLevel;

    /// Every action, the ones not on the bar included.
    QList<QAction*> allActions() const;

    /// No document: the page, zoom and rotation controls are disabled; documents of the order and
    /// detaching stay available.
    void setDocumentControlsEnabled(bool enabled);
    void showPage(int page, int count); ///< 0-based page
    void showZoom(double factor, bool fitsWidth);
    /// The detach button says where the document would go.
    void showDetached(bool detached);

signals:
    /// The operator typed a page number (0-based).
    void pageRequested(int page);

private:
    QString withShortcuts(const QString& text, const QList<QKeySequence>& shortcuts) const;
    QAction* addTool(const QString& name, const QString& text, const QList<QKeySequence>& shortcuts,
                     const QIcon& icon = QIcon(), bool onBar = true);
    QList<QAction*> m_actions;
};

} // namespace guichet::ui::viewer
