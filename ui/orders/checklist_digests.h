#pragma once

// Checklist digests for the rows the list shows, computed lazily: asking for an order's digest
// queues it; a short timer later, a batch of queued orders is read from the store and checked
// (rules::buildChecklist on the full order) within a time budget, and ready() names them. Scrolling
// therefore never waits for a checklist, and only rows actually shown are ever checked.

#include "checklist_digest.h"

#include <QCache>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace guichet {
struct Order;
}

namespace guichet::ui {

class DeskSession;

class ChecklistDigests : public QObject
{
    Q_OBJECT

public:
    explicit ChecklistDigests(DeskSession& session, QObject* parent = nullptr);

    /// The digest of `orderId` if it is known; otherwise nullptr, and the order is queued.
    const ChecklistDigest* get(qint64 orderId);
    /// Computes and keeps the digest of an order already read (after a change, say).
    const ChecklistDigest* put(const Order& order);
    /// Forgets one order's digest (it changed); it is recomputed when asked for again.
    void invalidate(qint64 orderId);
    /// Forgets everything and drops the queue.
    void clear();

    /// How long a request waits before its batch is computed (default 30 ms).
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    bool hasPending() const { return !m_pending.isEmpty(); }
    /// Orders read and checked so far.
    int computedCount() const { return m_computed; }

signals:
    void ready(const QList<qint64>& orderIds);

private:
    void computeBatch();

    DeskSession& m_session;
    QCache<qint64, ChecklistDigest> m_digests;
    /// Queued orders, the most recently asked last: those are the rows on screen now.
    QList<qint64> m_pending;
    QSet<qint64> m_pendingSet;
    QTimer m_timer;
    int m_computed = 0;
};

} // namespace guichet::ui
