#include "page_renderer.h"

#include "page_source.h"

#include <algorithm>

namespace guichet::ui::viewer {

PageRenderer::PageRenderer(QObject* parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("guichet-page-renderer"));
}

PageRenderer::~PageRenderer()
{
    m_queue.clear();
    // The running job posts its result to this object: once it is done, ~QObject discards the
    // posted result with the object's other pending events.
    m_pool.waitForDone();
}

quint64 PageRenderer::request(Job job, Priority priority)
{
    const quint64 ticket = m_nextTicket++;
    const auto after = std::find_if(m_queue.begin(), m_queue.end(),
                                    [priority](const Queued& queued) { return queued.priority > priority; });
    m_queue.insert(after, Queued{ticket, priority, std::move(job)});
    startNext();
    return ticket;
}

void PageRenderer::cancel(quint64 ticket)
{
    if (ticket == 0) {
        return;
    }
    if (ticket == m_running) {
        m_runningCancelled = true;
        return;
    }
    std::erase_if(m_queue, [ticket](const Queued& queued) { return queued.ticket == ticket; });
}

bool PageRenderer::isPending(quint64 ticket) const
{
    if (ticket == 0) {
        return false;
    }
    if (ticket == m_running) {
        return !m_runningCancelled;
    }
    return std::any_of(m_queue.begin(), m_queue.end(),
                       [ticket](const Queued& queued) { return queued.ticket == ticket; });
}

int PageRenderer::pendingCount() const
{
    return int(m_queue.size()) + (m_running != 0 && !m_runningCancelled ? 1 : 0);
}

void PageRenderer::startNext()
{
    if (m_running != 0 || m_queue.empty()) {
        return;
    }
    Queued next = std::move(m_queue.front());
    m_queue.pop_front();
    m_running = next.ticket;
    m_runningCancelled = false;
    m_pool.start([this, ticket = next.ticket, job = std::move(next.job)]() mutable {
        QImage image = job.source->render(job.page, job.pixelSize, job.rotation);
        image.setDevicePixelRatio(job.devicePixelRatio);
        // Let go of the source here: its deleter sends PDF documents back to the GUI thread.
        job.source.reset();
        QMetaObject::invokeMethod(
            this, [this, ticket, image] { onDone(ticket, image); }, Qt::QueuedConnection);
    });
}

void PageRenderer::onDone(quint64 ticket, const QImage& image)
{
    const bool cancelled = m_runningCancelled;
    m_running = 0;
    m_runningCancelled = false;
    startNext();
    if (!cancelled) {
        emit finished(ticket, image);
    }
}

} // namespace guichet::ui::viewer
