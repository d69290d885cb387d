#include "token/token_watcher.h"

#include <QTimer>
#include <utility>

namespace guichet::token {

TokenWatcher::TokenWatcher(std::shared_ptr<Pkcs11Module> module, std::chrono::milliseconds interval,
                           QObject* parent)
    : QObject(parent), m_module(std::move(module)), m_interval(interval)
{}

TokenWatcher::~TokenWatcher() = default;

void TokenWatcher::start()
{
    // Created here rather than in the constructor: a timer belongs to the thread that runs it, and
    // start() runs in the watcher's thread.
    if (m_timer == nullptr) {
        m_timer = new QTimer(this);
        m_timer->setInterval(m_interval);
        connect(m_timer, &QTimer::timeout, this, &TokenWatcher::rescan);
    }
    rescan();
    m_timer->start();
}

void TokenWatcher::stop()
{
    if (m_timer != nullptr) {
        m_timer->stop();
    }
}

void TokenWatcher::rescan()
{
    Result<QList<SlotInfo>> listed = m_module->listSlots();
    if (!listed) {
        Q_EMIT scanFailed(listed.error().message, listed.error().detail);
        Q_EMIT scanned();
        return;
    }
    QSet<QString> now;
    for (const SlotInfo& slot : *listed) {
        if (slot.token && slot.token->initialized) {
            now.insert(slot.token->uri().toString());
        }
    }
    const QSet<QString> before = std::exchange(m_present, now);
    for (const QString& uri : before) {
        if (!now.contains(uri)) {
            Q_EMIT tokenRemoved(uri);
        }
    }
    for (const QString& uri : now) {
        if (!before.contains(uri)) {
            Q_EMIT tokenInserted(uri);
        }
    }
    Q_EMIT scanned();
}

TokenWatcherThread::TokenWatcherThread(std::shared_ptr<Pkcs11Module> module,
                                       std::chrono::milliseconds interval, QObject* parent)
    : QObject(parent), m_watcher(new TokenWatcher(std::move(module), interval))
{
    m_thread.setObjectName(QStringLiteral("guichet-token-watcher"));
    m_watcher->moveToThread(&m_thread);
    // The watcher and its timer are deleted in their own thread as it finishes: QThread delivers
    // deferred deletions posted by finished() before the thread ends.
    connect(&m_thread, &QThread::finished, m_watcher, &QObject::deleteLater);
    connect(&m_thread, &QThread::started, m_watcher, &TokenWatcher::start);
}

TokenWatcherThread::~TokenWatcherThread()
{
    if (m_started) {
        m_thread.quit(); // the watcher is deleted in its thread as it finishes (see the constructor)
        m_thread.wait();
    } else {
        delete m_watcher;
    }
}

void TokenWatcherThread::start()
{
    if (!m_started) {
        m_started = true;
        m_thread.start();
    }
}

} // namespace guichet::token
