#pragma once

// The desk behind its lock, against a real token: a training folder provisioned by core/enrol (a
// SoftHSM2 token "GUICHET FORMATION" with Camille Martin's training certificate, and optionally a
// second operator on "GUICHET FORMATION 2"), a store with demo orders, settings of the test's own,
// and the window with its login set up as the desk sets it up in training mode.

#include "login/login_setup.h"
#include "qt_wait.h"
#include "session/desk_session.h"
#include "window/main_window.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <memory>
#include <optional>

namespace guichet::ui::test {

inline constexpr char trainingPin[] = "123456";
inline constexpr char firstToken[] = "GUICHET FORMATION";
inline constexpr char secondToken[] = "GUICHET FORMATION 2";

class LockFixture
{
public:
    /// `secondOperator`: also provision Dominique Bernard on a second token. `pin`: the first
    /// token's PIN.
    explicit LockFixture(bool secondOperator = false, int orders = 12, const char* pin = trainingPin);
    ~LockFixture();
    LockFixture(const LockFixture&) = delete;
    LockFixture& operator=(const LockFixture&) = delete;

    QString trainingDir() const { return m_dir.filePath(QStringLiteral("training")); }
    DeskSession& session() { return *m_session; }

    /// The login as the desk builds it in training mode, through `modulePath` (SoftHSM2, or the
    /// tests' fault module that forwards to it).
    LoginSetup
    loginSetup(const QString& modulePath = QStringLiteral("/usr/lib/softhsm/libsofthsm2.so")) const;
    /// Opens the window (locked) and waits until its lock screen lists the training tokens.
    MainWindow& openWindow(const QString& modulePath = QStringLiteral("/usr/lib/softhsm/libsofthsm2.so"));
    MainWindow& window() { return *m_window; }
    void closeWindow();

    /// The URI of the token labelled `label` on the lock screen (REQUIREs that it is listed).
    QString tokenUri(const char* label) const;
    /// Types `pin` on the lock screen for the token `label`, key by key, then Enter.
    void typePin(const char* pin, const char* label = firstToken);
    /// typePin, then waits until the desk opens.
    void unlock(const char* pin = trainingPin, const char* label = firstToken);
    /// Waits until the lock screen is idle again (the login answered).
    void waitForAnswer();

    /// softhsm2-util --delete-token: the token disappears under the loaded module.
    void removeToken(const char* label = firstToken);

private:
    QTemporaryDir m_dir;
    std::optional<QByteArray> m_previousConf;
    std::unique_ptr<DeskSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    QString m_modulePath;
};

} // namespace guichet::ui::test
