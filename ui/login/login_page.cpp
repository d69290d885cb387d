#include "login_page.h"

#include "pin_edit.h"
#include "token/pin_policy.h"
#include "token/pkcs11_module.h"
#include "token/token_session.h"
#include "token/token_watcher.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QThreadPool>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace guichet::ui {
namespace {

enum EntryPage
{
    TypedPin,
    PinPad
};

constexpr int uriRole = Qt::UserRole + 1;

const QString warningStyle = QStringLiteral("QLabel { background: #fff4d6; border: 1px solid #b7791f; "
                                            "color: #5f370e; padding: 6px; }");
const QString refusalStyle = QStringLiteral("QLabel { background: #fde8e8; border: 1px solid #c62828; "
                                            "color: #7f1d1d; padding: 6px; }");

/// A token as the list shows it: its label, then what it is and its serial number.
QString describe(const token::TokenInfo& info)
{
    // "SoftHSM v2 (SoftHSM project)": the model says more than its maker.
    const QString what = info.model.isEmpty()          ? info.manufacturer
                         : info.manufacturer.isEmpty() ? info.model
                                                       : info.model + u" (" + info.manufacturer + u')';
    return LoginPage::tr("%1\n%2 · serial number %3")
        .arg(info.label.isEmpty() ? LoginPage::tr("(token without a label)") : info.label, what.trimmed(),
             info.serial.isEmpty() ? LoginPage::tr("none") : info.serial);
}

QString rolesText(const Operator& who)
{
    QStringList roles;
    for (const Role role : who.roles) {
        roles.append(label(role));
    }
    return roles.join(QStringLiteral(", "));
}

} // namespace

/// Every module's initialised tokens as listed now, off the GUI thread.
struct LoginPage::Listing
{
    std::vector<Entry> entries;
    QList<Error> errors;
};

LoginPage::LoginPage(LoginSetup setup, QWidget* parent)
    : QWidget(parent), m_setup(std::move(setup)), m_listing(new QThreadPool(this))
{
    m_listing->setMaxThreadCount(1);
    setObjectName(QStringLiteral("loginPage"));
    m_moduleErrors = m_setup.problems;
    buildLayout();
    openModules();
}

LoginPage::~LoginPage()
{
    // A login in flight uses the setup's policy: let it end before the page (and what the policy
    // refers to) goes. Its continuation is dropped with the page.
    tokenThread()->waitForDone();
    m_listing->waitForDone();
}

void LoginPage::buildLayout()
{
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("trainingBanner"));
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setText(
        u"<b style=\"font-size: 15pt\">" + tr("TRAINING / FORMATION").toHtmlEscaped() + u"</b><br>" +
        tr("Training tokens and certificates: nothing done at this desk is real.").toHtmlEscaped());
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #ffd54f; color: #3e2700; "
                                           "border: 2px solid #b28704; padding: 8px; }"));
    m_banner->setAccessibleName(tr("Training mode"));
    m_banner->setVisible(m_setup.training);

    m_title = new QLabel(tr("The desk is locked"), this);
    m_title->setObjectName(QStringLiteral("lockTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_reason = new QLabel(tr("Insert your token, then type its PIN to open the desk."), this);
    m_reason->setObjectName(QStringLiteral("lockReason"));
    m_reason->setWordWrap(true);

    m_suspendedBox = new QFrame(this);
    m_suspendedBox->setObjectName(QStringLiteral("suspendedSession"));
    static_cast<QFrame*>(m_suspendedBox)->setFrameShape(QFrame::StyledPanel);
    m_suspendedText = new QLabel(m_suspendedBox);
    m_suspendedText->setWordWrap(true);
    m_suspendedText->setTextFormat(Qt::RichText);
    m_changeOperator = new QPushButton(tr("C&hange operator…"), m_suspendedBox);
    m_changeOperator->setObjectName(QStringLiteral("changeOperator"));
    m_changeOperator->setToolTip(
        tr("End the suspended session so that another operator can log in. Decisions are all recorded "
           "already; the open order closes."));
    auto* suspendedLayout = new QHBoxLayout(m_suspendedBox);
    suspendedLayout->addWidget(m_suspendedText, 1);
    suspendedLayout->addWidget(m_changeOperator, 0, Qt::AlignVCenter);
    m_suspendedBox->hide();

    m_tokensLabel = new QLabel(tr("&Token:"), this);
    m_tokens = new QListWidget(this);
    m_tokens->setObjectName(QStringLiteral("tokenList"));
    m_tokens->setAccessibleName(tr("Tokens present"));
    m_tokens->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tokens->setUniformItemSizes(true);
    m_tokens->setSpacing(2);
    m_tokens->setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
    m_tokens->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_tokensLabel->setBuddy(m_tokens);
    m_noToken = new QLabel(this);
    m_noToken->setObjectName(QStringLiteral("noToken"));
    m_noToken->setWordWrap(true);
    m_noToken->setText(tr("Looking for tokens…"));

    m_pinState = new QLabel(this);
    m_pinState->setObjectName(QStringLiteral("pinState"));
    m_pinState->setWordWrap(true);
    m_pinState->setTextFormat(Qt::PlainText);
    m_pinState->hide();

    m_entry = new QStackedWidget(this);
    auto* typed = new QWidget(m_entry);
    m_pinLabel = new QLabel(tr("&PIN:"), typed);
    m_pin = new PinEdit(typed);
    m_pinLabel->setBuddy(m_pin);
    m_unlock = new QPushButton(tr("&Unlock"), typed);
    m_unlock->setObjectName(QStringLiteral("unlock"));
    m_unlock->setDefault(true);
    auto* typedLayout = new QHBoxLayout(typed);
    typedLayout->setContentsMargins(0, 0, 0, 0);
    typedLayout->addWidget(m_pinLabel);
    typedLayout->addWidget(m_pin, 1);
    typedLayout->addWidget(m_unlock);
    auto* pad = new QWidget(m_entry);
    m_pinPadText = new QLabel(tr("This reader has its own keypad: the PIN is typed on the reader, never "
                                 "in Guichet."),
                              pad);
    m_pinPadText->setWordWrap(true);
    m_pinPad = new QPushButton(tr("Unlock with the reader's &keypad"), pad);
    m_pinPad->setObjectName(QStringLiteral("unlockWithPinPad"));
    auto* padLayout = new QHBoxLayout(pad);
    padLayout->setContentsMargins(0, 0, 0, 0);
    padLayout->addWidget(m_pinPadText, 1);
    padLayout->addWidget(m_pinPad);
    m_entry->addWidget(typed);
    m_entry->addWidget(pad);

    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("loginProgress"));
    m_progress->setWordWrap(true);
    m_progress->hide();

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(refusalStyle);
    m_error->setAccessibleName(tr("Error"));
    m_error->hide();

    // A card in the middle of the screen, whatever the window's size.
    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("loginCard"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setMaximumWidth(640);
    card->setMinimumWidth(480);
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 20, 24, 20);
    cardLayout->setSpacing(10);
    cardLayout->addWidget(m_title);
    cardLayout->addWidget(m_reason);
    cardLayout->addWidget(m_suspendedBox);
    cardLayout->addSpacing(6);
    cardLayout->addWidget(m_tokensLabel);
    cardLayout->addWidget(m_tokens);
    cardLayout->addWidget(m_noToken);
    cardLayout->addWidget(m_pinState);
    cardLayout->addWidget(m_entry);
    cardLayout->addWidget(m_progress);
    cardLayout->addWidget(m_error);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addStretch(1);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card, 3);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);

    connect(m_tokens, &QListWidget::currentRowChanged, this, [this] {
        clearError();
        showSelection();
    });
    connect(m_pin, &PinEdit::submitted, this, &LoginPage::submit);
    connect(m_pin, &PinEdit::pasteRefused, this, [this] {
        showError({tr("A PIN cannot be pasted: type it."), {}});
    });
    connect(m_unlock, &QPushButton::clicked, this, &LoginPage::submit);
    connect(m_pinPad, &QPushButton::clicked, this, &LoginPage::submit);
    connect(m_changeOperator, &QPushButton::clicked, this, &LoginPage::askChangeOperator);
    showSelection();
}

void LoginPage::openModules()
{
    if (m_setup.modulePaths.isEmpty()) {
        m_moduleErrors.append({tr("No token software (PKCS#11 module) is installed or configured. Ask your "
                                  "administrator to install your token's software (OpenSC for most "
                                  "smart cards)."),
                               {}});
        applyListing({});
        return;
    }
    setBusy(true, tr("Loading the token software…"));
    // Loading a module initialises it (C_Initialize), which can take a while with readers attached.
    QtConcurrent::run(
        tokenThread(),
        [paths = m_setup.modulePaths] {
            std::vector<std::pair<QString, Result<std::shared_ptr<token::Pkcs11Module>>>> opened;
            for (const QString& path : paths) {
                opened.emplace_back(path, token::Pkcs11Module::open(path));
            }
            return opened;
        })
        .then(this,
              [this](std::vector<std::pair<QString, Result<std::shared_ptr<token::Pkcs11Module>>>> opened) {
                  setBusy(false);
                  for (auto& [path, module] : opened) {
                      if (!module) {
                          m_moduleErrors.append({tr("The token software %1 could not be loaded: %2")
                                                     .arg(path, module.error().message),
                                                 module.error().detail});
                          continue;
                      }
                      Module entry{
                          path, *module,
                          std::make_unique<token::TokenWatcherThread>(*module, m_setup.scanInterval)};
                      token::TokenWatcher* watcher = entry.watcher->watcher();
                      connect(watcher, &token::TokenWatcher::tokenInserted, this, &LoginPage::refreshTokens);
                      connect(watcher, &token::TokenWatcher::tokenRemoved, this, [this](const QString& uri) {
                          Q_EMIT tokenRemoved(uri);
                          refreshTokens();
                      });
                      entry.watcher->start();
                      m_modules.push_back(std::move(entry));
                  }
                  refreshTokens();
              });
}

void LoginPage::refreshTokens()
{
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    std::vector<std::shared_ptr<token::Pkcs11Module>> modules;
    for (const Module& module : m_modules) {
        modules.push_back(module.module);
    }
    // Listing reads C_GetSlotList / C_GetTokenInfo: fresh PIN flags, never a session closed. It does
    // not wait behind a login on the token thread (a PIN pad may wait for minutes).
    QtConcurrent::run(m_listing, [modules = std::move(modules), filter = m_setup.tokenFilter] {
        Listing listing;
        for (const auto& module : modules) {
            auto listed = module->listSlots();
            if (!listed) {
                listing.errors.append(listed.error());
                continue;
            }
            for (const token::SlotInfo& slot : *listed) {
                if (slot.token && slot.token->initialized && (!filter || filter->matchesToken(*slot.token))) {
                    listing.entries.push_back({module, *slot.token, slot.token->uri().toString()});
                }
            }
        }
        return listing;
    }).then(this, [this](Listing listing) {
        m_refreshing = false;
        applyListing(std::move(listing));
        if (std::exchange(m_refreshAgain, false)) {
            refreshTokens();
        }
    });
}

void LoginPage::applyListing(Listing listing)
{
    const QString previous = selectedTokenUri();
    m_entries = std::move(listing.entries);
    const QSignalBlocker blocker(m_tokens);
    m_tokens->clear();
    // The token chosen before, else the suspended operator's, else the first.
    int select = m_entries.empty() ? -1 : 0;
    int chosen = -1;
    for (std::size_t index = 0; index < m_entries.size(); ++index) {
        const Entry& entry = m_entries[index];
        auto* item = new QListWidgetItem(describe(entry.info), m_tokens);
        item->setData(uriRole, entry.uri);
        item->setToolTip(entry.uri);
        if (entry.uri == m_preferredToken) {
            select = int(index);
        }
        if (entry.uri == previous) {
            chosen = int(index);
        }
    }
    m_tokens->setCurrentRow(chosen >= 0 ? chosen : select);
    // As tall as the tokens it lists (up to four): one token is one line, not an empty box.
    const int rows = std::clamp(int(m_entries.size()), 1, 4);
    const int rowHeight =
        m_entries.empty() ? m_tokens->fontMetrics().height() * 2 + 4 : m_tokens->sizeHintForRow(0);
    m_tokens->setFixedHeight(rows * (rowHeight + 2 * m_tokens->spacing()) + 2 * m_tokens->frameWidth() + 2);

    QStringList problems;
    for (const Error& error : m_moduleErrors + listing.errors) {
        problems.append(error.detail.isEmpty()
                            ? error.message
                            : error.message + u'\n' + tr("For support: %1").arg(error.detail));
    }
    if (m_entries.empty()) {
        problems.prepend(m_modules.empty() && !m_moduleErrors.isEmpty()
                             ? tr("No token can be read.")
                             : tr("No token found. Insert your token (or your card in its reader)."));
    }
    m_noToken->setText(problems.join(u"\n\n"));
    m_noToken->setVisible(!problems.isEmpty());
    m_tokens->setVisible(!m_entries.empty());
    showSelection();
    Q_EMIT tokensListed();
}

const LoginPage::Entry* LoginPage::selectedEntry() const
{
    const QListWidgetItem* item = m_tokens->currentItem();
    if (item == nullptr) {
        return nullptr;
    }
    const QString uri = item->data(uriRole).toString();
    for (const Entry& entry : m_entries) {
        if (entry.uri == uri) {
            return &entry;
        }
    }
    return nullptr;
}

QStringList LoginPage::tokenUris() const
{
    QStringList uris;
    for (const Entry& entry : m_entries) {
        uris.append(entry.uri);
    }
    return uris;
}

bool LoginPage::selectToken(const QString& uri)
{
    for (int row = 0; row < m_tokens->count(); ++row) {
        if (m_tokens->item(row)->data(uriRole).toString() == uri) {
            m_tokens->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QString LoginPage::selectedTokenUri() const
{
    const QListWidgetItem* item = m_tokens->currentItem();
    return item != nullptr ? item->data(uriRole).toString() : QString();
}

void LoginPage::showSelection()
{
    const Entry* entry = selectedEntry();
    m_usePinPad = entry != nullptr && entry->info.protectedAuthenticationPath;
    m_entry->setCurrentIndex(m_usePinPad ? PinPad : TypedPin);
    if (entry == nullptr) {
        m_pinState->hide();
    } else {
        showPinState(entry->info);
    }
    setBusy(m_busy, m_progressText);
}

void LoginPage::showPinState(const token::TokenInfo& info)
{
    const token::LoginAdvice advice = token::loginAdvice(info);
    m_pinState->setText(advice.message);
    m_pinState->setStyleSheet(advice.verdict == token::LoginVerdict::ProceedWithWarning ? warningStyle
                                                                                        : refusalStyle);
    m_pinState->setAccessibleName(advice.verdict == token::LoginVerdict::Refuse ? tr("The PIN is locked")
                                                                                : tr("PIN warning"));
    m_pinState->setVisible(advice.verdict != token::LoginVerdict::Proceed);
}

QString LoginPage::pinStateText() const
{
    return m_pinState->isHidden() ? QString() : m_pinState->text();
}

void LoginPage::setBusy(bool busy, const QString& what)
{
    m_busy = busy;
    m_progressText = busy ? what : QString();
    m_progress->setText(m_progressText);
    m_progress->setVisible(busy && !m_progressText.isEmpty());
    const Entry* entry = selectedEntry();
    const bool refused =
        entry != nullptr && token::loginAdvice(entry->info).verdict == token::LoginVerdict::Refuse;
    const bool usable = !busy && entry != nullptr && !refused;
    m_tokens->setEnabled(!busy);
    m_pin->setEnabled(usable);
    m_unlock->setEnabled(usable);
    m_pinPad->setEnabled(usable);
    m_changeOperator->setEnabled(!busy);
}

void LoginPage::setLockReason(const QString& reason)
{
    m_reason->setText(reason);
}

QString LoginPage::lockReason() const
{
    return m_reason->text();
}

void LoginPage::setSuspendedOperator(const std::optional<Operator>& who, const QString& tokenUri)
{
    m_suspended = who;
    m_suspendedToken = who ? tokenUri : QString();
    m_preferredToken = m_suspendedToken;
    if (who) {
        const QString roles = rolesText(*who);
        // The name first, in bold, where the eye lands; then what it means.
        m_suspendedText->setText(u"<b>" + who->name.toHtmlEscaped() + u"</b> — " +
                                 (roles.isEmpty() ? tr("no role") : roles).toHtmlEscaped() + u"<br>" +
                                 tr("Session suspended: nothing was lost. Only this operator's token and "
                                    "PIN resume it.")
                                     .toHtmlEscaped());
        m_suspendedText->setAccessibleName(tr("Suspended session"));
        if (!m_suspendedToken.isEmpty()) {
            selectToken(m_suspendedToken);
        }
    }
    m_suspendedBox->setVisible(who.has_value());
}

void LoginPage::submit()
{
    if (m_busy) {
        return;
    }
    clearError();
    const Entry* entry = selectedEntry();
    if (entry == nullptr) {
        showError({m_entries.empty() ? tr("No token found. Insert your token (or your card in its reader).")
                                     : tr("Choose your token in the list first."),
                   {}});
        return;
    }
    if (const token::LoginAdvice advice = token::loginAdvice(entry->info);
        advice.verdict == token::LoginVerdict::Refuse) {
        m_pin->clear();
        showError({advice.message, {}});
        return;
    }
    if (!m_setup.policy) {
        m_pin->clear();
        showError({tr("Nobody can log in until the login configuration is repaired (see above). Contact "
                      "your administrator."),
                   {}});
        return;
    }
    if (!m_usePinPad && m_pin->isEmpty()) {
        showError({tr("Type your PIN first."), {}});
        m_pin->setFocus();
        return;
    }
    // The PIN state as the token says it now, not as last listed: another program may have wasted
    // tries since.
    setBusy(true, tr("Reading the token's PIN state…"));
    QtConcurrent::run(m_listing, [module = entry->module, uri = entry->info.uri()] {
        return module->findToken(uri);
    }).then(this, [this](Result<token::TokenInfo> info) {
        setBusy(false);
        if (!info) {
            m_pin->clear();
            showError(info.error());
            refreshTokens();
            return;
        }
        for (Entry& known : m_entries) {
            if (known.uri == info->uri().toString()) {
                known.info = *info;
            }
        }
        showSelection();
        const token::LoginAdvice advice = token::loginAdvice(*info);
        switch (advice.verdict) {
        case token::LoginVerdict::Refuse:
            m_pin->clear();
            showError({advice.message, {}});
            return;
        case token::LoginVerdict::ConfirmFinalTry:
            askFinalTry(advice.message);
            return;
        case token::LoginVerdict::Proceed:
        case token::LoginVerdict::ProceedWithWarning:
            logIn(token::FinalTry::NotConfirmed);
            return;
        }
    });
}

void LoginPage::askFinalTry(const QString& message)
{
    setBusy(true, tr("Waiting for your answer…"));
    m_question = new QMessageBox(QMessageBox::Warning, tr("Last try"), message, QMessageBox::NoButton, this);
    m_question->setObjectName(QStringLiteral("finalTryQuestion"));
    m_question->setInformativeText(tr("Use this last try with the PIN you typed?"));
    QPushButton* go = m_question->addButton(tr("&Try this PIN"), QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("useFinalTry"));
    QPushButton* stop = m_question->addButton(tr("&Stop"), QMessageBox::RejectRole);
    stop->setObjectName(QStringLiteral("keepFinalTry"));
    m_question->setDefaultButton(stop);
    m_question->setEscapeButton(stop);
    m_question->setAttribute(Qt::WA_DeleteOnClose);
    m_question->setWindowModality(Qt::WindowModal);
    connect(m_question, &QMessageBox::finished, this, [this, go] {
        const bool confirmed = m_question->clickedButton() == go;
        m_question = nullptr;
        setBusy(false);
        if (confirmed) {
            logIn(token::FinalTry::Confirmed);
        } else {
            m_pin->clear();
            m_pin->setFocus();
        }
    });
    m_question->open();
}

void LoginPage::askChangeOperator()
{
    if (!m_suspended || m_busy) {
        return;
    }
    m_question =
        new QMessageBox(QMessageBox::Question, tr("Change operator"),
                        tr("End the session of %1?").arg(m_suspended->name), QMessageBox::NoButton, this);
    m_question->setObjectName(QStringLiteral("changeOperatorQuestion"));
    m_question->setInformativeText(tr("Every decision taken is recorded already. The open order closes and "
                                      "the next operator starts a session of their own."));
    QPushButton* end = m_question->addButton(tr("&End the session"), QMessageBox::AcceptRole);
    end->setObjectName(QStringLiteral("endSession"));
    QPushButton* keep = m_question->addButton(tr("&Keep it"), QMessageBox::RejectRole);
    m_question->setDefaultButton(keep);
    m_question->setEscapeButton(keep);
    m_question->setAttribute(Qt::WA_DeleteOnClose);
    m_question->setWindowModality(Qt::WindowModal);
    connect(m_question, &QMessageBox::finished, this, [this, end] {
        const bool confirmed = m_question->clickedButton() == end;
        m_question = nullptr;
        if (confirmed) {
            Q_EMIT changeOperatorRequested();
        }
    });
    m_question->open();
}

void LoginPage::logIn(token::FinalTry confirmation)
{
    const Entry* entry = selectedEntry();
    if (entry == nullptr) {
        m_pin->clear();
        showError({tr("The token is gone. Insert it again."), {}});
        return;
    }
    const bool pinPad = m_usePinPad;
    setBusy(true, pinPad ? tr("Type your PIN on the reader's keypad now…")
                         : tr("Checking your PIN, your certificate and your roles…"));
    // The PIN leaves the field here, moved (never copied) into the job, which hands it to the token
    // and wipes it whatever happens.
    token::Pin pin = pinPad ? token::Pin() : m_pin->takePin();
    QtConcurrent::run(
        tokenThread(),
        [module = entry->module, uri = entry->info.uri(), pin = std::move(pin), pinPad, confirmation,
         policy = m_setup.policy]() mutable -> Result<std::shared_ptr<identity::OperatorSession>> {
            auto session = module->openSession(uri);
            if (!session) {
                return session.error();
            }
            // A locked desk holds no login. One left on the token (PKCS#11 logins belong to the
            // process) would let any PIN through ("already logged in"): it ends first, so that the
            // PIN typed now is the one checked.
            if (session->isLoggedIn()) {
                const Status out = session->logout();
                if (!out) {
                    return out.error();
                }
            }
            auto login = pinPad ? identity::logInWithPinPad(*session, confirmation, policy())
                                : identity::logIn(*session, std::move(pin), confirmation, policy());
            if (!login && session->isLoggedIn()) {
                // The PIN was right but the operator was not accepted (certificate, roles): no login
                // stays behind.
                (void)session->logout();
            }
            return login;
        })
        .then(this, [this](Result<std::shared_ptr<identity::OperatorSession>> login) {
            setBusy(false);
            if (!login) {
                showError(login.error());
                refreshTokens(); // a wrong PIN changes the token's PIN state
                m_pin->setFocus();
                return;
            }
            Q_EMIT loggedIn(*login);
        });
}

void LoginPage::showRefusal(const Error& error)
{
    m_pin->clear();
    showError(error);
}

void LoginPage::showError(const Error& error)
{
    QString text = error.message;
    if (!error.detail.isEmpty()) {
        text += u'\n' + tr("For support: %1").arg(error.detail);
    }
    m_error->setText(text);
    m_error->setAccessibleDescription(text);
    m_error->show();
}

void LoginPage::clearError()
{
    m_error->clear();
    m_error->hide();
}

QString LoginPage::problemsText() const
{
    return m_noToken->isHidden() ? QString() : m_noToken->text();
}

QString LoginPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LoginPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_pin->isEnabled() && m_entry->currentIndex() == TypedPin) {
        m_pin->setFocus();
    }
    refreshTokens();
}

} // namespace guichet::ui
