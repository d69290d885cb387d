#include "page_view.h"

#include "page_renderer.h"
#include "page_source.h"

#include <QPainter>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTimer>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace guichet::ui::viewer {

namespace {

constexpr double zoomSteps[] = {0.1,  0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1,
                                1.25, 1.5,  1.75, 2.0, 2.5,  3.0,  4.0, 5.0, 6.0};
/// Pages are drawn at most this big (96 MB for one page); beyond, the image is stretched on screen.
constexpr qint64 maxRenderPixels = 24LL * 1024 * 1024;
constexpr int maxRenderSide = 8192;
/// Rendered pages kept (the current one, the next, the previous, a few zooms back).
constexpr int cacheKiB = 160 * 1024;

quint64 cacheKey(int page, int rotation, QSize size)
{
    return (quint64(page) << 34) | (quint64((rotation / 90) & 3) << 32) |
           (quint64(size.width() & 0xFFFF) << 16) | quint64(size.height() & 0xFFFF);
}

int costKiB(const QImage& image)
{
    return int(image.sizeInBytes() / 1024) + 1;
}

} // namespace

PageView::PageView(PageRenderer* renderer, QWidget* parent)
    : QAbstractScrollArea(parent), m_renderer(renderer)
{
    setObjectName(QStringLiteral("viewerPage"));
    setAccessibleName(tr("Document page"));
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    horizontalScrollBar()->setSingleStep(20);
    verticalScrollBar()->setSingleStep(20);
    m_cache.setMaxCost(cacheKiB);
    connect(m_renderer, &PageRenderer::finished, this, &PageView::onRendered);
}

PageView::~PageView()
{
    m_renderer->cancel(m_visibleTicket);
    m_renderer->cancel(m_prefetchTicket);
}

void PageView::setSource(std::shared_ptr<PageSource> source)
{
    forgetImages();
    m_source = std::move(source);
    m_page = 0;
    m_rotation = 0;
    m_failed = false;
    relayout();
    scrollToTop();
}

void PageView::forgetImages()
{
    m_renderer->cancel(m_visibleTicket);
    m_renderer->cancel(m_prefetchTicket);
    m_visibleTicket = m_prefetchTicket = 0;
    m_visibleKey = m_prefetchKey = 0;
    m_cache.clear();
    m_image = QImage();
    m_imagePage = -1;
    m_imageKey = 0;
}

void PageView::setPage(int page)
{
    if (!m_source) {
        return;
    }
    page = std::clamp(page, 0, m_source->pageCount() - 1);
    if (page == m_page) {
        return;
    }
    m_page = page;
    m_failed = false;
    relayout();
}

void PageView::setZoom(double factor)
{
    applyZoom(factor, false);
}

void PageView::zoomIn()
{
    const auto next = std::find_if(std::begin(zoomSteps), std::end(zoomSteps),
                                   [this](double step) { return step > m_zoom * 1.001; });
    applyZoom(next == std::end(zoomSteps) ? maxZoom : *next, false);
}

void PageView::zoomOut()
{
    double previous = minZoom;
    for (double step : zoomSteps) {
        if (step < m_zoom * 0.999) {
            previous = step;
        }
    }
    applyZoom(previous, false);
}

void PageView::setFitWidth(bool fit)
{
    if (fit) {
        applyZoom(m_zoom, true);
    } else {
        m_fitWidth = false;
    }
}

void PageView::setRotation(int degrees)
{
    degrees = ((degrees / 90 * 90) % 360 + 360) % 360;
    if (degrees == m_rotation) {
        return;
    }
    m_rotation = degrees;
    m_failed = false;
    relayout();
}

double PageView::pixelsPerPoint() const
{
    return logicalDpiX() / 72.0;
}

QSizeF PageView::rotatedPointSize(int page) const
{
    const QSizeF size = m_source ? m_source->pageSize(page) : QSizeF();
    return m_rotation % 180 == 0 ? size : size.transposed();
}

double PageView::fitWidthZoom() const
{
    const double width = rotatedPointSize(m_page).width() * pixelsPerPoint();
    if (width <= 0) {
        return 1.0;
    }
    const double available = viewport()->width() - 2 * margin;
    return std::clamp(available / width, minZoom, maxZoom);
}

PageView::Target PageView::target(int page) const
{
    Target t;
    t.devicePixelRatio = devicePixelRatioF();
    const QSizeF logical = rotatedPointSize(page) * pixelsPerPoint() * m_zoom;
    QSizeF pixels = logical * t.devicePixelRatio;
    double scale = 1.0;
    if (pixels.width() > maxRenderSide || pixels.height() > maxRenderSide) {
        scale = maxRenderSide / std::max(pixels.width(), pixels.height());
    }
    const double area = pixels.width() * pixels.height() * scale * scale;
    if (area > maxRenderPixels) {
        scale *= std::sqrt(maxRenderPixels / area);
    }
    t.pixelSize = QSize(std::max(1, int(std::lround(pixels.width() * scale))),
                        std::max(1, int(std::lround(pixels.height() * scale))));
    // Uncapped, the page covers exactly its pixels, so that painting it needs no scaling.
    t.logicalSize = scale < 1.0 ? logical : QSizeF(t.pixelSize) / t.devicePixelRatio;
    t.key = cacheKey(page, m_rotation, t.pixelSize);
    return t;
}

QRect PageView::pageRect() const
{
    if (!m_source) {
        return {};
    }
    const QSize size = target(m_page).logicalSize.toSize();
    const int contentWidth = size.width() + 2 * margin;
    const int x = contentWidth <= viewport()->width() ? (viewport()->width() - size.width()) / 2
                                                      : margin - horizontalScrollBar()->value();
    return QRect(QPoint(x, margin - verticalScrollBar()->value()), size);
}

bool PageView::isRendered() const
{
    return m_source && !m_image.isNull() && m_imagePage == m_page && m_imageKey == target(m_page).key;
}

void PageView::applyZoom(double factor, bool fit)
{
    // Keep the point at the centre of the viewport where it is on the page.
    QScrollBar* h = horizontalScrollBar();
    QScrollBar* v = verticalScrollBar();
    const auto fraction = [](QScrollBar* bar) {
        const double content = bar->maximum() + bar->pageStep();
        return content > 0 ? (bar->value() + bar->pageStep() / 2.0) / content : 0.0;
    };
    const double fx = fraction(h);
    const double fy = fraction(v);

    m_fitWidth = fit;
    if (!fit) {
        const double zoom = std::clamp(factor, minZoom, maxZoom);
        if (!qFuzzyCompare(zoom, m_zoom)) {
            m_zoom = zoom;
            emit zoomChanged(m_zoom);
        }
    }
    relayout();

    const auto restore = [](QScrollBar* bar, double f) {
        const double content = bar->maximum() + bar->pageStep();
        bar->setValue(int(std::lround(f * content - bar->pageStep() / 2.0)));
    };
    restore(h, fx);
    restore(v, fy);
}

void PageView::relayout()
{
    if (!m_source) {
        horizontalScrollBar()->setRange(0, 0);
        verticalScrollBar()->setRange(0, 0);
        viewport()->update();
        return;
    }
    if (m_fitWidth) {
        const double zoom = fitWidthZoom();
        if (!qFuzzyCompare(zoom, m_zoom)) {
            m_zoom = zoom;
            emit zoomChanged(m_zoom);
        }
    }
    const QSize size = target(m_page).logicalSize.toSize();
    const QSize area = viewport()->size();
    horizontalScrollBar()->setPageStep(area.width());
    horizontalScrollBar()->setRange(0, std::max(0, size.width() + 2 * margin - area.width()));
    verticalScrollBar()->setPageStep(area.height());
    verticalScrollBar()->setRange(0, std::max(0, size.height() + 2 * margin - area.height()));
    ensureRendered();
    viewport()->update();
}

void PageView::ensureRendered()
{
    // Hidden (not laid out yet, or moving to its own window), the size to draw at is not known yet:
    // showEvent() asks again.
    if (!m_source || m_failed || !isVisible()) {
        return;
    }
    const Target t = target(m_page);
    if (t.key == m_imageKey && m_imagePage == m_page && !m_image.isNull()) {
        return;
    }
    if (const QImage* cached = m_cache.object(t.key)) {
        m_image = *cached;
        m_imagePage = m_page;
        m_imageRotation = m_rotation;
        m_imageKey = t.key;
        viewport()->update();
        emit pageRendered(m_page);
        prefetchNext();
        return;
    }
    if (t.key == m_visibleKey && m_renderer->isPending(m_visibleTicket)) {
        return;
    }
    m_renderer->cancel(m_visibleTicket);
    if (t.key == m_prefetchKey && m_renderer->isPending(m_prefetchTicket)) {
        // The page drawn ahead is the one now wanted (Page Down): wait for it.
        m_visibleTicket = m_prefetchTicket;
        m_visibleKey = m_prefetchKey;
        m_prefetchTicket = m_prefetchKey = 0;
        return;
    }
    m_visibleKey = t.key;
    m_visibleTicket = m_renderer->request({m_source, m_page, t.pixelSize, m_rotation, t.devicePixelRatio},
                                          PageRenderer::Priority::Visible);
}

void PageView::prefetchNext()
{
    const int next = m_page + 1;
    if (!m_source || next >= m_source->pageCount()) {
        return;
    }
    const Target t = target(next);
    if (m_cache.contains(t.key) || (t.key == m_prefetchKey && m_renderer->isPending(m_prefetchTicket))) {
        return;
    }
    m_renderer->cancel(m_prefetchTicket);
    m_prefetchKey = t.key;
    m_prefetchTicket = m_renderer->request({m_source, next, t.pixelSize, m_rotation, t.devicePixelRatio},
                                           PageRenderer::Priority::Prefetch);
}

void PageView::onRendered(quint64 ticket, const QImage& image)
{
    if (ticket == m_prefetchTicket) {
        m_prefetchTicket = 0;
        if (!image.isNull()) {
            m_cache.insert(m_prefetchKey, new QImage(image), costKiB(image));
        }
        return;
    }
    if (ticket != m_visibleTicket) {
        return;
    }
    m_visibleTicket = 0;
    if (image.isNull()) {
        m_failed = true;
        viewport()->update();
        emit renderFailed(m_page);
        return;
    }
    m_cache.insert(m_visibleKey, new QImage(image), costKiB(image));
    m_image = image;
    m_imagePage = m_page;
    m_imageRotation = m_rotation;
    m_imageKey = m_visibleKey;
    viewport()->update();
    emit pageRendered(m_page);
    prefetchNext();
}

bool PageView::scrollDown()
{
    QScrollBar* bar = verticalScrollBar();
    if (bar->value() >= bar->maximum()) {
        return false;
    }
    // Keep a tenth of the screen from the previous view, so that no line is lost between two.
    bar->setValue(bar->value() + std::max(1, bar->pageStep() * 9 / 10));
    return true;
}

bool PageView::scrollUp()
{
    QScrollBar* bar = verticalScrollBar();
    if (bar->value() <= bar->minimum()) {
        return false;
    }
    bar->setValue(bar->value() - std::max(1, bar->pageStep() * 9 / 10));
    return true;
}

void PageView::scrollToTop()
{
    verticalScrollBar()->setValue(verticalScrollBar()->minimum());
}

void PageView::scrollToBottom()
{
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

void PageView::paintEvent(QPaintEvent*)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), palette().color(QPalette::Dark));
    if (!m_source) {
        return;
    }
    const QRect page = pageRect();
    painter.fillRect(page.translated(2, 2), QColor(0, 0, 0, 60)); // a shadow lifts the sheet off the desk
    const bool sameView = !m_image.isNull() && m_imagePage == m_page && m_imageRotation == m_rotation;
    if (m_failed) {
        painter.fillRect(page, Qt::white);
        painter.setPen(Qt::black);
        painter.drawText(page.adjusted(margin, margin, -margin, -margin), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("This page cannot be drawn: the document is damaged."));
    } else if (sameView) {
        // A page from before a zoom is stretched until the new one arrives.
        const Target t = target(m_page);
        painter.setRenderHint(QPainter::SmoothPixmapTransform, m_imageKey != t.key);
        painter.drawImage(QRectF(page.topLeft(), t.logicalSize), m_image);
    } else {
        painter.fillRect(page, Qt::white);
    }
    if (sameView && !qFuzzyCompare(m_image.devicePixelRatio(), devicePixelRatioF())) {
        // Moved to a screen of another pixel ratio (a detached viewer on a second screen): redraw.
        QTimer::singleShot(0, this, &PageView::relayout);
    }
}

void PageView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

void PageView::showEvent(QShowEvent* event)
{
    QAbstractScrollArea::showEvent(event);
    relayout();
}

void PageView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta > 0) {
            zoomIn();
        } else if (delta < 0) {
            zoomOut();
        }
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void PageView::scrollContentsBy(int, int)
{
    viewport()->update();
}

} // namespace guichet::ui::viewer
