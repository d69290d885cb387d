#include "checklist_digests.h"

#include "session/desk_session.h"

#include <QElapsedTimer>

namespace guichet::ui {
namespace {

/// Digests kept: many screens of rows, a few hundred kilobytes.
constexpr int maxDigests = 5000;
/// Queued requests kept. Older ones are rows scrolled past: dropped, asked for again if they come
/// back into view.
constexpr int maxPending = 300;
/// Time spent checking per batch before handing the event loop back (painting, keys).
constexpr qint64 batchBudgetNs = 15'000'000;

} // namespace

ChecklistDigests::ChecklistDigests(DeskSession& session, QObject* parent)
    : QObject(parent), m_session(session), m_digests(maxDigests)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(30);
    connect(&m_timer, &QTimer::timeout, this, &ChecklistDigests::computeBatch);
}

const ChecklistDigest* ChecklistDigests::get(qint64 orderId)
{
    if (const ChecklistDigest* digest = m_digests.object(orderId)) {
        return digest;
    }
    if (!m_pendingSet.contains(orderId)) {
        m_pending.append(orderId);
        m_pendingSet.insert(orderId);
        if (m_pending.size() > maxPending) {
            m_pendingSet.remove(m_pending.takeFirst());
        }
        // Restarted only for a new request: while the operator scrolls, checking waits until the
        // rows stop changing; repaints of the same rows do not postpone it.
        m_timer.start();
    }
    return nullptr;
}

const ChecklistDigest* ChecklistDigests::put(const Order& order)
{
    if (m_pendingSet.remove(order.id)) {
        m_pending.removeOne(order.id);
    }
    auto* digest = new ChecklistDigest(ChecklistDigest::of(rules::buildChecklist(order, m_session.today())));
    ++m_computed;
    m_digests.insert(order.id, digest);
    return digest;
}

void ChecklistDigests::invalidate(qint64 orderId)
{
    m_digests.remove(orderId);
}

void ChecklistDigests::clear()
{
    m_timer.stop();
    m_digests.clear();
    m_pending.clear();
    m_pendingSet.clear();
}

void ChecklistDigests::computeBatch()
{
    QElapsedTimer budget;
    budget.start();
    QList<qint64> done;
    while (!m_pending.isEmpty() && (done.isEmpty() || budget.nsecsElapsed() < batchBudgetNs)) {
        const qint64 orderId = m_pending.takeLast();
        m_pendingSet.remove(orderId);
        auto order = m_session.order(orderId);
        if (order) {
            put(*order);
        } else {
            // Shown in the cell and its tooltip rather than dropped: the operator sees the order
            // could not be read.
            m_digests.insert(orderId,
                             new ChecklistDigest(ChecklistDigest::unavailable(order.error().message)));
        }
        done.append(orderId);
    }
    if (!m_pending.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            if (!m_timer.isActive()) {
                computeBatch();
            }
        });
    }
    if (!done.isEmpty()) {
        emit ready(done);
    }
}

} // namespace guichet::ui
