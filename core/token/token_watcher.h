#pragma once

// Noticing token insertion and removal off the GUI thread. TokenWatcher lists the module's tokens
// every `interval` and reports the difference; TokenWatcherThread runs one on a QThread of its own.
// Signals carry token URIs (Pkcs11Uri::toString()) and reach the receiver through its event loop.
//
// Listing goes through Pkcs11Module::listSlots() (C_GetSlotList / C_GetTokenInfo), never through a
// libp11 slot list release and re-enumeration: that would close every session and log the operator
// out on each rescan (see pkcs11_module.h). Only initialised tokens count: SoftHSM's spare slot and
// a blank card are not tokens an operator can use.

#include "token/pkcs11_module.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QThread>
#include <chrono>
#include <memory>

class QTimer;

namespace guichet::token {

class TokenWatcher : public QObject
{
    Q_OBJECT
public:
    explicit TokenWatcher(std::shared_ptr<Pkcs11Module> module,
                          std::chrono::milliseconds interval = std::chrono::seconds(1),
                          QObject* parent = nullptr);
    ~TokenWatcher() override;

    /// The URIs of the tokens present at the last scan.
    QSet<QString> presentTokens() const { return m_present; }

public Q_SLOTS:
    /// Scans now, then every interval, in the thread this object lives in. The first scan reports
    /// every token already present as inserted.
    void start();
    void stop();
    /// One scan.
    void rescan();

Q_SIGNALS:
    void tokenInserted(const QString& uri);
    void tokenRemoved(const QString& uri);
    /// The module could not list its slots (the listing is retried at the next interval).
    void scanFailed(const QString& message, const QString& detail);
    /// After every scan, whatever its outcome.
    void scanned();

private:
    std::shared_ptr<Pkcs11Module> m_module;
    std::chrono::milliseconds m_interval;
    QTimer* m_timer = nullptr;
    QSet<QString> m_present;
};

/// A TokenWatcher on a thread of its own. Connect to watcher()'s signals, then start().
class TokenWatcherThread : public QObject
{
    Q_OBJECT
public:
    explicit TokenWatcherThread(std::shared_ptr<Pkcs11Module> module,
                                std::chrono::milliseconds interval = std::chrono::seconds(1),
                                QObject* parent = nullptr);
    /// Stops the thread and waits for the scan in progress, if any.
    ~TokenWatcherThread() override;

    /// Lives in the watcher thread: connect to its signals; call its slots through signals or
    /// QMetaObject::invokeMethod only.
    TokenWatcher* watcher() const { return m_watcher; }
    void start();

private:
    QThread m_thread;
    TokenWatcher* m_watcher;
    bool m_started = false;
};

} // namespace guichet::token
