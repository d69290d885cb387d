#include "desk_lock.h"

#include "login_page.h"
#include "login_setup.h"
#include "session/desk_session.h"
#include "token/pkcs11_uri.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QtConcurrent>

namespace guichet::ui {
namespace {

/// Ends a login on the token thread: after whatever token work was asked before, before any asked
/// after (the next login on the lock screen).
void logOutInBackground(std::shared_ptr<identity::OperatorSession> session)
{
    if (session) {
        (void)QtConcurrent::run(tokenThread(), [session = std::move(session)] { session->logOut(); });
    }
}

QString tokenOnly(const QString& uri)
{
    auto parsed = token::Pkcs11Uri::parse(uri);
    return parsed ? parsed->tokenOnly().toString() : uri;
}

} // namespace

DeskLock::DeskLock(DeskSession& session, LoginPage& page, QObject* parent)
    : QObject(parent), m_desk(session), m_page(page), m_idle(new QTimer(this)), m_presence(new QTimer(this))
{
    m_idle->setSingleShot(true);
    connect(m_idle, &QTimer::timeout, this, &DeskLock::idleCheck);
    m_presence->setInterval(std::chrono::seconds(2));
    connect(m_presence, &QTimer::timeout, this, &DeskLock::checkPresence);

    connect(&m_page, &LoginPage::loggedIn, this, [this](std::shared_ptr<identity::OperatorSession> login) {
        if (Status opened = unlock(std::move(login)); !opened) {
            m_page.showRefusal(opened.error());
        }
    });
    connect(&m_page, &LoginPage::tokenRemoved, this, &DeskLock::tokenRemoved);
    connect(&m_page, &LoginPage::changeOperatorRequested, this, &DeskLock::endSession);

    // Nobody decides anything before a login.
    m_desk.clearOperator();
    m_page.setSuspendedOperator(std::nullopt);
    m_page.setLockReason(reasonText(Reason::Start, {}));
    QCoreApplication::instance()->installEventFilter(this);
}

DeskLock::~DeskLock()
{
    if (m_session) {
        m_desk.clearOperator();
        std::shared_ptr<identity::OperatorSession> session = std::exchange(m_session, nullptr);
        // The application is closing: wait for the log-out rather than leave the token logged in.
        QtConcurrent::run(tokenThread(), [session = std::move(session)] {
            session->logOut();
        }).waitForFinished();
    }
}

void DeskLock::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_idleTimeout = std::max(timeout, std::chrono::milliseconds(0));
    m_lastActivity.restart();
    if (!m_locked && m_idleTimeout.count() > 0) {
        m_idle->start(m_idleTimeout);
    } else {
        m_idle->stop();
    }
}

void DeskLock::setPresenceInterval(std::chrono::milliseconds interval)
{
    m_presence->setInterval(interval);
}

QString DeskLock::reasonText(Reason reason, const QString& detail) const
{
    switch (reason) {
    case Reason::Start:
        return tr("Insert your token, then type its PIN to open the desk.");
    case Reason::Requested:
        return tr("The desk was locked at the operator's request.");
    case Reason::Idle: {
        const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(m_idleTimeout).count();
        return minutes > 0 ? tr("The desk locked itself: no activity for %1 min.").arg(minutes)
                           : tr("The desk locked itself after a while without activity.");
    }
    case Reason::TokenRemoved:
        return tr("The desk locked itself: the operator's token was removed.");
    case Reason::TokenLost:
        return detail.isEmpty() ? tr("The desk locked itself: the operator's token stopped answering.")
                                : tr("The desk locked itself: %1").arg(detail);
    }
    return {};
}

void DeskLock::lock(Reason reason, const QString& detail)
{
    m_idle->stop();
    m_presence->stop();
    m_reason = reason;
    if (m_session) {
        // Nothing may be decided or signed behind the lock: the operator leaves the DeskSession and
        // the token's login ends. Resuming takes the PIN again.
        m_desk.clearOperator();
        logOutInBackground(std::exchange(m_session, nullptr));
    }
    m_page.setSuspendedOperator(m_operator, m_tokenUri);
    m_page.setLockReason(reasonText(reason, detail));
    if (!m_locked) {
        m_locked = true;
        Q_EMIT lockedChanged(true);
    }
}

Status DeskLock::unlock(std::shared_ptr<identity::OperatorSession> session)
{
    if (!session) {
        return Error{tr("No operator logged in."), {}};
    }
    if (!m_locked) {
        logOutInBackground(std::move(session));
        return Error{tr("The desk is open already."), {}};
    }
    const Operator& who = session->who();
    if (m_operator && m_operator->certificateReference != who.certificateReference) {
        const QString suspended = m_operator->name;
        logOutInBackground(std::move(session));
        return Error{tr("The desk is locked during the session of %1: only %1 can resume it. To work "
                        "as %2, choose \"Change operator\" first, then log in again.")
                         .arg(suspended, who.name),
                     tr("Certificate %1 is not the suspended session's %2.")
                         .arg(who.certificateReference, m_operator->certificateReference)};
    }
    m_operator = who;
    m_tokenUri = tokenOnly(session->tokenUri().toString());
    m_session = std::move(session);
    m_desk.setOperator(m_session->who(), m_session->signer());
    m_page.setSuspendedOperator(std::nullopt);
    m_locked = false;
    m_lastActivity.restart();
    if (m_idleTimeout.count() > 0) {
        m_idle->start(m_idleTimeout);
    }
    m_presence->start();
    Q_EMIT operatorChanged();
    Q_EMIT lockedChanged(false);
    return {};
}

void DeskLock::endSession()
{
    if (!m_locked || !m_operator) {
        return;
    }
    m_operator.reset();
    m_tokenUri.clear();
    m_page.setSuspendedOperator(std::nullopt);
    m_page.setLockReason(reasonText(Reason::Start, {}));
    Q_EMIT sessionEnded();
    Q_EMIT operatorChanged();
}

void DeskLock::tokenRemoved(const QString& uri)
{
    if (!m_locked && m_session && tokenOnly(uri) == m_tokenUri) {
        lock(Reason::TokenRemoved);
    }
}

void DeskLock::checkPresence()
{
    if (m_locked || !m_session || m_checking) {
        return;
    }
    m_checking = true;
    QtConcurrent::run(tokenThread(), [session = m_session] {
        return session->checkPresent();
    }).then(this, [this, checked = std::weak_ptr<identity::OperatorSession>(m_session)](Status present) {
        m_checking = false;
        // Only if the session asked about is still the desk's (it may have been locked meanwhile).
        if (!present && !m_locked && m_session && m_session == checked.lock()) {
            lock(Reason::TokenLost, present.error().message);
        }
    });
}

void DeskLock::idleCheck()
{
    if (m_locked || m_idleTimeout.count() <= 0) {
        return;
    }
    const auto idle = std::chrono::milliseconds(m_lastActivity.elapsed());
    if (idle >= m_idleTimeout) {
        lock(Reason::Idle);
    } else {
        m_idle->start(m_idleTimeout - idle);
    }
}

bool DeskLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        // Cheap on purpose: every event of the application passes here. The timer is not restarted
        // per event; idleCheck() measures from the last activity when it fires.
        m_lastActivity.restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace guichet::ui
