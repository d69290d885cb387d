#pragma once

// The page on screen: one page of the document, drawn at the zoom and rotation asked for, at the
// screen's device pixel ratio, centred on a grey desk. Rendering happens on the render thread; until
// the page at the right size arrives, the last image of the same page is shown stretched (after a
// zoom), or a blank sheet (a page not drawn yet). Rendered pages are kept in a small cache, and the
// next page is drawn ahead once the visible one is on screen.
//
// Zoom 1.0 shows a page at its printed size at the screen's logical resolution. In fit-to-width mode
// the zoom follows the viewport's width (the vertical scroll bar is always there, so showing it
// never changes the width to fit).

#include <QAbstractScrollArea>
#include <QCache>
#include <QImage>
#include <memory>

namespace guichet::ui::viewer {

class PageRenderer;
class PageSource;

class PageView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    static constexpr double minZoom = 0.1;
    static constexpr double maxZoom = 6.0;
    /// Grey space around the page, in logical pixels.
    static constexpr int margin = 12;

    PageView(PageRenderer* renderer, QWidget* parent = nullptr);
    ~PageView() override;

    /// Shows page 0 of `source` (null: nothing), not rotated. The zoom mode stays: fit to width, or the
    /// zoom factor last set.
    void setSource(std::shared_ptr<PageSource> source);
    bool hasSource() const { return m_source != nullptr; }

    int page() const { return m_page; }
    void setPage(int page);

    double zoom() const { return m_zoom; }
    void setZoom(double factor); ///< leaves fit-to-width mode
    void zoomIn();
    void zoomOut();
    bool fitsWidth() const { return m_fitWidth; }
    void setFitWidth(bool fit);

    int rotation() const { return m_rotation; }
    void setRotation(int degrees);

    /// Where the page is drawn, in viewport coordinates (logical pixels).
    QRect pageRect() const;
    /// The image painted for the current page: exactly at its size once pageRendered() was emitted.
    QImage currentImage() const { return m_image; }
    /// True once the current page at the current zoom, rotation and pixel ratio is on screen.
    bool isRendered() const;

    /// Scrolls by a screenful; false when already at the bottom (top).
    bool scrollDown();
    bool scrollUp();
    void scrollToTop();
    void scrollToBottom();

signals:
    void zoomChanged(double factor);
    void pageRendered(int page);
    void renderFailed(int page);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    struct Target
    {
        QSizeF logicalSize;
        QSize pixelSize;
        qreal devicePixelRatio = 1.0;
        quint64 key = 0;
    };
    double pixelsPerPoint() const;
    QSizeF rotatedPointSize(int page) const;
    double fitWidthZoom() const;
    Target target(int page) const;
    /// Recomputes the zoom (fit mode), the scroll ranges, and asks for the page at the right size.
    void relayout();
    void applyZoom(double factor, bool fit);
    void ensureRendered();
    void prefetchNext();
    void onRendered(quint64 ticket, const QImage& image);
    void forgetImages();

    PageRenderer* m_renderer;
    std::shared_ptr<PageSource> m_source;
    int m_page = 0;
    int m_rotation = 0;
    double m_zoom = 1.0;
    bool m_fitWidth = true;

    QCache<quint64, QImage> m_cache; ///< cost in KiB
    QImage m_image;                  ///< what is painted for m_page (maybe at another size)
    int m_imagePage = -1;
    int m_imageRotation = 0;
    quint64 m_imageKey = 0; ///< the cache key m_image was drawn for
    bool m_failed = false;  ///< m_page could not be drawn
    quint64 m_visibleTicket = 0;
    quint64 m_visibleKey = 0;
    quint64 m_prefetchTicket = 0;
    quint64 m_prefetchKey = 0;
    int m_prefetchPage = -1;
};

} // namespace guichet::ui::viewer
