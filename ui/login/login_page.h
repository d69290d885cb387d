#pragma once

// The lock screen: the tokens present (watched off the GUI thread), the one chosen (label, serial,
// its PKCS#11 URI in a tooltip), what its PIN state means (a warning when tries were wasted, an
// explicit confirmation before the final try, a refusal when it is locked, with what to do), the PIN
// field or the reader's PIN pad, and a clear error when a login fails: the sentence, and the function
// and return code for support. The login itself (PIN, certificate, proof of possession, roles) is
// core/identity's, run off the GUI thread; loggedIn() hands its session over.
//
// The page decides nothing about who may resume a locked desk: DeskLock does, and tells the page
// (showRefusal, setSuspendedOperator).

#include "login_setup.h"
#include "model/operator.h"
#include "model/result.h"
#include "token/token_info.h"

#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QListWidget;
class QMessageBox;
class QPushButton;
class QStackedWidget;
class QThreadPool;

namespace guichet::token {
class Pkcs11Module;
class TokenWatcherThread;
} // namespace guichet::token

namespace guichet::ui {

class PinEdit;

class LoginPage : public QWidget
{
    Q_OBJECT

public:
    explicit LoginPage(LoginSetup setup, QWidget* parent = nullptr);
    /// Waits for a login in progress (the token thread) before the page goes.
    ~LoginPage() override;

    bool isTraining() const { return m_setup.training; }

    /// Why the desk is locked, in one sentence ("Locked after 10 minutes without activity.").
    void setLockReason(const QString& reason);
    QString lockReason() const;
    /// The operator whose work is suspended behind the lock (only they may resume it), and the token
    /// they used; none when the desk is free for any operator.
    void setSuspendedOperator(const std::optional<Operator>& who, const QString& tokenUri = {});
    /// Shows why a login that succeeded on the token was not accepted (another operator than the one
    /// whose session is suspended...). The PIN field is emptied.
    void showRefusal(const Error& error);

    /// The tokens listed now, by URI, in the order shown.
    QStringList tokenUris() const;
    /// Selects a token by URI; false if it is not listed.
    bool selectToken(const QString& uri);
    QString selectedTokenUri() const;

    PinEdit* pinEdit() const { return m_pin; }
    QListWidget* tokenList() const { return m_tokens; }
    QPushButton* unlockButton() const { return m_unlock; }
    QPushButton* pinPadButton() const { return m_pinPad; }
    QPushButton* changeOperatorButton() const { return m_changeOperator; }
    /// What stands in the way of a login besides the PIN (no token, a module that cannot start, the
    /// configuration), as shown; empty when tokens are listed and all is well.
    QString problemsText() const;
    /// The last error shown (sentence, then "For support: ..."), empty if none.
    QString errorText() const;
    /// What the selected token's PIN state means (warning or refusal), empty when all is well.
    QString pinStateText() const;
    /// A login (or the PIN state read before it) is running on the token thread.
    bool isBusy() const { return m_busy; }
    /// The question open now (final try, change of operator), if any.
    QMessageBox* openQuestion() const { return m_question; }

public Q_SLOTS:
    /// Logs in with the PIN typed (or on the reader's PIN pad) on the selected token.
    void submit();
    /// Lists the tokens again (their PIN state too).
    void refreshTokens();

Q_SIGNALS:
    /// An operator logged in: PIN, certificate, proof of possession and roles all checked.
    void loggedIn(std::shared_ptr<identity::OperatorSession> session);
    /// A token went (every module's watcher reports here).
    void tokenRemoved(const QString& uri);
    /// The operator confirmed "Change operator": the suspended session ends.
    void changeOperatorRequested();
    /// The token list was refreshed (for tests and the window).
    void tokensListed();

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Module
    {
        QString path;
        std::shared_ptr<token::Pkcs11Module> module;
        std::unique_ptr<token::TokenWatcherThread> watcher;
    };
    struct Entry
    {
        std::shared_ptr<token::Pkcs11Module> module;
        token::TokenInfo info;
        QString uri;
    };
    struct Listing;

    void buildLayout();
    void openModules();
    void applyListing(Listing listing);
    const Entry* selectedEntry() const;
    void showSelection();
    void showPinState(const token::TokenInfo& info);
    void askFinalTry(const QString& message);
    void askChangeOperator();
    void logIn(token::FinalTry confirmation);
    void showError(const Error& error);
    void clearError();
    void setBusy(bool busy, const QString& what = {});

    LoginSetup m_setup;
    /// Token listings (quick, never behind a login waiting on a PIN pad); waited for on destruction.
    QThreadPool* m_listing;
    std::vector<Module> m_modules;
    QList<Error> m_moduleErrors;
    std::vector<Entry> m_entries;
    bool m_refreshing = false;
    bool m_refreshAgain = false;
    bool m_busy = false;
    bool m_usePinPad = false;
    std::optional<Operator> m_suspended;
    QString m_suspendedToken;
    QString m_preferredToken;

    QLabel* m_banner = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_reason = nullptr;
    QWidget* m_suspendedBox = nullptr;
    QLabel* m_suspendedText = nullptr;
    QPushButton* m_changeOperator = nullptr;
    QLabel* m_tokensLabel = nullptr;
    QListWidget* m_tokens = nullptr;
    QLabel* m_noToken = nullptr;
    QLabel* m_pinState = nullptr;
    QStackedWidget* m_entry = nullptr;
    QLabel* m_pinLabel = nullptr;
    PinEdit* m_pin = nullptr;
    QPushButton* m_unlock = nullptr;
    QLabel* m_pinPadText = nullptr;
    QPushButton* m_pinPad = nullptr;
    QLabel* m_progress = nullptr;
    QLabel* m_error = nullptr;
    QMessageBox* m_question = nullptr;
    QString m_progressText;
};

} // namespace guichet::ui
