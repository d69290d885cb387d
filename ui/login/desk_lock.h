#pragma once

// The desk's lock. The desk starts locked; the lock screen's login opens it. It locks again when the
// operator's token goes (the token watcher reports it, or the token fails its presence check), after
// an idle time (any key, click or wheel anywhere in the application counts as activity), or when the
// operator asks (Ctrl+L). Locking ends the token login and takes the operator off the DeskSession, so
// nothing can be decided or signed behind the lock; what the window shows stays as it was.
//
// A locked session is suspended, not ended: only the same operator (the same certificate) resumes it.
// Anyone else must end it first with "Change operator" (sessionEnded(): the window closes what
// belonged to it; every decision is recorded already), then log in to a session of their own.

#include "identity/operator_session.h"
#include "model/operator.h"
#include "model/result.h"

#include <QElapsedTimer>
#include <QObject>
#include <chrono>
#include <memory>
#include <optional>

class QTimer;

namespace guichet::ui {

class DeskSession;
class LoginPage;

class DeskLock : public QObject
{
    Q_OBJECT

public:
    enum class Reason
    {
        Start,        ///< the desk was just opened
        Requested,    ///< "Lock now"
        Idle,         ///< no activity for the idle time
        TokenRemoved, ///< the token watcher saw the operator's token go
        TokenLost,    ///< the token failed its presence check (removed, replaced, login lost)
    };
    Q_ENUM(Reason)

    /// Locked, with nobody's session suspended. `page` must outlive the lock.
    DeskLock(DeskSession& session, LoginPage& page, QObject* parent = nullptr);
    /// Logs the operator out of the token.
    ~DeskLock() override;

    bool isLocked() const { return m_locked; }
    Reason lastReason() const { return m_reason; }
    /// The operator at the desk: working, or whose session is suspended behind the lock; none when
    /// the desk is free for anyone.
    const std::optional<Operator>& deskOperator() const { return m_operator; }
    /// The operator's login while the desk is open; null while it is locked.
    std::shared_ptr<identity::OperatorSession> operatorSession() const { return m_session; }

    /// Locks after `timeout` without activity; zero: never.
    void setIdleTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds idleTimeout() const { return m_idleTimeout; }
    /// How often the operator's token is asked whether it is still there (2 s by default).
    void setPresenceInterval(std::chrono::milliseconds interval);

public Q_SLOTS:
    /// Locks (the operator's session is suspended). Locking a locked desk only updates the reason.
    void lock(guichet::ui::DeskLock::Reason reason = Reason::Requested, const QString& detail = {});
    /// Opens the desk with `session`: the first login, or the suspended operator's own. Another
    /// operator is refused (their token is logged out) with what to do.
    Status unlock(std::shared_ptr<identity::OperatorSession> session);
    /// "Change operator": ends the suspended session (the desk stays locked, free for anyone).
    void endSession();

Q_SIGNALS:
    void lockedChanged(bool locked);
    /// The desk's operator came, resumed or left.
    void operatorChanged();
    /// The suspended session ended: close what belonged to it (the open order).
    void sessionEnded();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void tokenRemoved(const QString& uri);
    void checkPresence();
    void idleCheck();
    QString reasonText(Reason reason, const QString& detail) const;

    DeskSession& m_desk;
    LoginPage& m_page;
    bool m_locked = true;
    Reason m_reason = Reason::Start;
    std::optional<Operator> m_operator;
    std::shared_ptr<identity::OperatorSession> m_session;
    QString m_tokenUri; ///< the operator's token (URI), also while suspended
    std::chrono::milliseconds m_idleTimeout{0};
    QElapsedTimer m_lastActivity;
    QTimer* m_idle;
    QTimer* m_presence;
    bool m_checking = false;
};

} // namespace guichet::ui
