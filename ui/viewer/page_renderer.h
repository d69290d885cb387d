#pragma once

// Draws pages off the GUI thread, one at a time, most urgent first: the page on screen, then the
// next page (so that Page Down is instant), then thumbnails. Qt PDF serialises every PDFium call
// behind one process-wide lock, so a second render thread would only wait on the first.
//
// Requests are tickets; a client cancels the tickets it no longer needs (a page it has left, a zoom
// it has changed). A result comes back on the GUI thread with finished(ticket, image), unless its
// ticket was cancelled meanwhile.

#include <QImage>
#include <QObject>
#include <QSize>
#include <QThreadPool>
#include <deque>
#include <memory>

namespace guichet::ui::viewer {

class PageSource;

class PageRenderer : public QObject
{
    Q_OBJECT

public:
    enum class Priority
    {
        Visible,
        Prefetch,
        Thumbnail
    };

    struct Job
    {
        std::shared_ptr<PageSource> source;
        int page = 0;
        QSize pixelSize; ///< rotated
        int rotation = 0;
        qreal devicePixelRatio = 1.0; ///< set on the image, so that it paints at its logical size
    };

    explicit PageRenderer(QObject* parent = nullptr);
    /// Waits for the render under way (at most one page) and drops every other request.
    ~PageRenderer() override;

    quint64 request(Job job, Priority priority);
    void cancel(quint64 ticket);
    bool isPending(quint64 ticket) const;
    /// Requests queued or under way.
    int pendingCount() const;

signals:
    /// A null image when the page could not be drawn.
    void finished(quint64 ticket, const QImage& image);

private:
    struct Queued
    {
        quint64 ticket;
        Priority priority;
        Job job;
    };
    void startNext();
    void onDone(quint64 ticket, const QImage& image);

    std::deque<Queued> m_queue; ///< ordered by priority, then first come first served
    quint64 m_nextTicket = 1;
    quint64 m_running = 0; ///< the ticket being drawn; 0 when idle
    bool m_runningCancelled = false;
    QThreadPool m_pool;
};

} // namespace guichet::ui::viewer
