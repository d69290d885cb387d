#include "delivery_page.h"

#include "delivery/delivery_receipt.h"
#include "delivery/delivery_session.h"
#include "delivery/intervention_sheet.h"
#include "delivery/pin_letter.h"
#include "delivery/token_preparation.h"
#include "delivery_paper.h"
#include "delivery_widgets.h"
#include "delivery_worker.h"
#include "login/pin_edit.h"
#include "session/desk_session.h"
#include "token/token_key.h"
#include "workflow/workflow.h"
#include "workflow/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QThreadPool>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace guichet::ui {

struct DeliveryOutcome
{
    Status status;
    bool sessionOpen = false;
    Order order;
    delivery::DeliveryProgress progress;
    QString whereItStopped;
    QList<token::TokenInfo> tokens;
    std::shared_ptr<delivery::TokenSecrets> secrets;
    QJsonObject facts;
    /// The job logged in to the holder's token (logInHolder succeeded).
    bool holderLoggedIn = false;
};

DeliveryPage::DeliveryPage(DeskSession& desk, std::shared_ptr<identity::OperatorSession> operatorSession,
                           DeliverySetup setup, qint64 orderId, QWidget* parent)
    : QWidget(parent), m_desk(desk), m_operator(std::move(operatorSession)), m_setup(std::move(setup)),
      m_orderId(orderId), m_worker(std::make_shared<DeliveryWorker>()), m_steps(new QListWidget(this)),
      m_pages(new QStackedWidget(this)), m_title(new QLabel(this)), m_message(new QLabel(this))
{
    setObjectName(u"deliveryPage"_s);
    m_steps->setObjectName(u"deliverySteps"_s);
    m_steps->setAccessibleName(tr("Steps of the delivery"));
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->setMaximumWidth(260);
    for (const QString& name : {tr("1. Identity"), tr("2. Intervention sheet"), tr("3. Holder token"),
                                tr("4. Key and certificate"), tr("5. Done")}) {
        auto* item = new QListWidgetItem(name, m_steps);
        item->setFlags(Qt::ItemIsEnabled);
    }
    m_title->setObjectName(u"deliveryTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_message->setObjectName(u"deliveryMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_pages->addWidget(buildIdentityStep());
    m_pages->addWidget(buildSheetStep());
    m_pages->addWidget(buildTokenStep());
    m_pages->addWidget(buildCertificateStep());
    m_pages->addWidget(buildDoneStep());

    auto* close = new QPushButton(tr("&Close the delivery"), this);
    close->setObjectName(u"closeDelivery"_s);
    connect(close, &QPushButton::clicked, this, &DeliveryPage::closeRequested);

    auto* right = new QVBoxLayout;
    right->addWidget(m_title);
    right->addWidget(m_message);
    right->addWidget(m_pages, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(close);
    right->addLayout(bottom);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_steps);
    layout->addLayout(right, 1);

    m_worker->storePath = desk.storePath();
    m_worker->policy = desk.workflow().policy();
    m_worker->operatorSession = m_operator;
    showStep(IdentityStep);
    open();
}

DeliveryPage::~DeliveryPage()
{
    // The session and the store connection end on the thread that made them.
    std::shared_ptr<DeliveryWorker> worker = m_worker;
    auto ended = QtConcurrent::run(&worker->pool, [worker] { worker->stop(); });
    ended.waitForFinished();
    worker->pool.waitForDone();
}

QWidget* DeliveryPage::buildIdentityStep()
{
    auto* page = new QWidget(this);
    m_identity = new PresentedIdentityForm(
        tr("I attest that the &face of the person at the counter matches the photo"), {}, page);
    m_idKind = m_identity->kind();
    m_idNumber = m_identity->number();
    m_mrz = m_identity->mrz();
    m_face = m_identity->face();
    m_checkIdentity = new QPushButton(tr("&Check the identity"), page);
    m_checkIdentity->setObjectName(u"checkIdentity"_s);
    m_checkIdentity->setDefault(true);
    connect(m_checkIdentity, &QPushButton::clicked, this, &DeliveryPage::checkIdentity);
    connect(m_identity, &PresentedIdentityForm::attestationChanged, this, &DeliveryPage::updateButtons);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(explanation(tr("The person collecting the certificate shows their ID document. Type "
                                     "its kind and number, or its machine-readable zone (MRZ): with an "
                                     "MRZ, the kind and number may stay empty."),
                                  page));
    layout->addWidget(m_identity);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_checkIdentity);
    layout->addLayout(buttons);
    layout->addStretch();
    return page;
}

QWidget* DeliveryPage::buildSheetStep()
{
    auto* page = new QWidget(this);
    m_sheetLabel = explanation({}, page);
    m_sheetLabel->setObjectName(u"sheetLabel"_s);
    m_sheetLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openSheet = new QPushButton(tr("&Open the sheet to print it"), page);
    m_openSheet->setObjectName(u"openSheet"_s);
    connect(m_openSheet, &QPushButton::clicked, this, [this] { openFile(m_sheetPath); });
    m_sheetSigned = new QCheckBox(tr("The holder and I have both &signed the printed sheet"), page);
    m_sheetSigned->setObjectName(u"sheetSigned"_s);
    m_sheetContinue = new QPushButton(tr("&Continue"), page);
    m_sheetContinue->setObjectName(u"sheetContinue"_s);
    connect(m_sheetSigned, &QCheckBox::toggled, this, &DeliveryPage::updateButtons);
    connect(m_sheetContinue, &QPushButton::clicked, this, &DeliveryPage::continueAfterSheet);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_sheetLabel);
    auto* open = new QHBoxLayout;
    open->addWidget(m_openSheet);
    open->addStretch();
    layout->addLayout(open);
    layout->addWidget(m_sheetSigned);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_sheetContinue);
    layout->addLayout(buttons);
    layout->addStretch();
    return page;
}

QWidget* DeliveryPage::buildTokenStep()
{
    auto* page = new QWidget(this);
    m_tokens = new QListWidget(page);
    m_tokens->setObjectName(u"holderTokens"_s);
    m_tokens->setAccessibleName(tr("Holder tokens"));
    auto* refresh = new QPushButton(tr("&Refresh the list"), page);
    refresh->setObjectName(u"refreshTokens"_s);
    connect(refresh, &QPushButton::clicked, this, &DeliveryPage::refreshTokens);
    connect(m_tokens, &QListWidget::currentRowChanged, this, &DeliveryPage::updateButtons);

    m_typedPin = new QRadioButton(tr("The holder &types their PIN twice"), page);
    m_typedPin->setObjectName(u"typedPin"_s);
    m_generatedPin = new QRadioButton(tr("&Generate a temporary PIN and PUK, printed on a PIN letter"), page);
    m_generatedPin->setObjectName(u"generatedPin"_s);
    m_typedPin->setChecked(true);
    m_pin = new PinEdit(page);
    m_pin->setObjectName(u"holderPin"_s);
    m_pin->setAccessibleName(tr("Holder's PIN"));
    m_pinAgain = new PinEdit(page);
    m_pinAgain->setObjectName(u"holderPinAgain"_s);
    m_pinAgain->setAccessibleName(tr("Holder's PIN again"));
    connect(m_pin, &PinEdit::submitted, m_pinAgain, qOverload<>(&QWidget::setFocus));
    connect(m_pinAgain, &PinEdit::submitted, this, &DeliveryPage::prepareToken);
    for (PinEdit* edit : {m_pin, m_pinAgain}) {
        connect(edit, &PinEdit::lengthChanged, this, &DeliveryPage::updateButtons);
    }
    connect(m_typedPin, &QRadioButton::toggled, this, &DeliveryPage::updateButtons);
    m_prepare = new QPushButton(tr("&Prepare the token"), page);
    m_prepare->setObjectName(u"prepareToken"_s);
    connect(m_prepare, &QPushButton::clicked, this, &DeliveryPage::prepareToken);
    m_printPinLetter = new QPushButton(tr("Print the PIN &letter again"), page);
    m_printPinLetter->setObjectName(u"printPinLetter"_s);
    m_printPinLetter->hide();
    connect(m_printPinLetter, &QPushButton::clicked, this, &DeliveryPage::printPinLetter);

    auto* pins = new QFormLayout;
    pins->addRow(tr("PI&N:"), m_pin);
    pins->addRow(tr("PIN &again:"), m_pinAgain);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(explanation(tr("Plug in the holder's blank token and choose it. The operator's own "
                                     "token is never offered; a token already initialised cannot be "
                                     "chosen."),
                                  page));
    auto* list = new QHBoxLayout;
    list->addWidget(m_tokens, 1);
    list->addWidget(refresh, 0, Qt::AlignTop);
    layout->addLayout(list);
    layout->addWidget(m_typedPin);
    layout->addLayout(pins);
    layout->addWidget(m_generatedPin);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_printPinLetter);
    buttons->addStretch();
    buttons->addWidget(m_prepare);
    layout->addLayout(buttons);
    return page;
}

QWidget* DeliveryPage::buildCertificateStep()
{
    auto* page = new QWidget(this);
    m_progressList = new QListWidget(page);
    m_progressList->setObjectName(u"certificateProgress"_s);
    m_progressList->setFocusPolicy(Qt::NoFocus);
    for (delivery::DeliveryStep step :
         {delivery::DeliveryStep::KeyGenerated, delivery::DeliveryStep::CertificateIssued,
          delivery::DeliveryStep::CertificateWritten, delivery::DeliveryStep::Recorded}) {
        auto* item = new QListWidgetItem(delivery::DeliveryText::label(step), m_progressList);
        item->setFlags(Qt::ItemIsEnabled);
    }
    m_progressBar = new QProgressBar(page);
    m_progressBar->setObjectName(u"certificateProgressBar"_s);
    m_progressBar->setRange(0, 4);
    m_resume = new QPushButton(tr("&Resume"), page);
    m_resume->setObjectName(u"resumeDelivery"_s);
    m_clean = new QPushButton(tr("C&lean the token and start again"), page);
    m_clean->setObjectName(u"cleanToken"_s);
    connect(m_resume, &QPushButton::clicked, this, &DeliveryPage::resume);
    connect(m_clean, &QPushButton::clicked, this, &DeliveryPage::cleanAndRestart);
    // A delivery reopened after the token was prepared: the holder types the PIN again.
    m_resumePin = new PinEdit(page);
    m_resumePin->setObjectName(u"resumeHolderPin"_s);
    m_resumePin->setAccessibleName(tr("Holder's PIN to resume"));
    m_resumePinLabel = new QLabel(tr("Holder's &PIN:"), page);
    m_resumePinLabel->setBuddy(m_resumePin);
    m_resumePin->hide();
    m_resumePinLabel->hide();
    connect(m_resumePin, &PinEdit::submitted, this, &DeliveryPage::resume);
    connect(m_resumePin, &PinEdit::lengthChanged, this, &DeliveryPage::updateButtons);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(explanation(tr("The key pair is generated on the holder's token, the CA certifies "
                                     "it, the certificate is written beside it and read back, and the "
                                     "delivery is recorded. Leave the token plugged in."),
                                  page));
    layout->addWidget(m_progressList, 1);
    layout->addWidget(m_progressBar);
    auto* pin = new QHBoxLayout;
    pin->addWidget(m_resumePinLabel);
    pin->addWidget(m_resumePin, 1);
    layout->addLayout(pin);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_clean);
    buttons->addWidget(m_resume);
    layout->addLayout(buttons);
    return page;
}

QWidget* DeliveryPage::buildDoneStep()
{
    auto* page = new QWidget(this);
    m_doneLabel = explanation({}, page);
    m_doneLabel->setObjectName(u"doneLabel"_s);
    m_doneLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openReceipt = new QPushButton(tr("&Open the receipt"), page);
    m_openReceipt->setObjectName(u"openReceipt"_s);
    connect(m_openReceipt, &QPushButton::clicked, this, [this] { openFile(m_receiptPath); });
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_doneLabel);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_openReceipt);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch();
    return page;
}

DeliveryPage::Step DeliveryPage::currentStep() const
{
    return static_cast<Step>(m_pages->currentIndex());
}

QString DeliveryPage::messageText() const
{
    return m_message->isVisible() || !m_message->isHidden() ? m_message->text() : QString();
}

QStringList DeliveryPage::holderTokenUris() const
{
    QStringList uris;
    for (int row = 0; row < m_tokens->count(); ++row) {
        uris.append(m_tokens->item(row)->data(Qt::UserRole + 1).toString());
    }
    return uris;
}

void DeliveryPage::run(std::function<DeliveryOutcome(DeliveryWorker&)> job,
                       std::function<void(DeliveryOutcome&)> done)
{
    setBusy(true);
    std::shared_ptr<DeliveryWorker> worker = m_worker;
    QtConcurrent::run(&worker->pool, [worker, job = std::move(job)] {
        DeliveryOutcome outcome = job(*worker);
        if (worker->session) {
            outcome.sessionOpen = true;
            outcome.order = worker->session->order();
            outcome.progress = worker->session->progress();
            outcome.whereItStopped = worker->session->whereItStopped();
        }
        return outcome;
    }).then(this, [this, done = std::move(done)](DeliveryOutcome outcome) {
        if (outcome.sessionOpen) {
            m_order = outcome.order;
            m_progress = outcome.progress;
        }
        setBusy(false);
        done(outcome);
        updateProgress();
        updateButtons();
    });
}

void DeliveryPage::open()
{
    m_blocked = deliveryBlocked(m_operator.get(), m_setup);
    if (!m_blocked.isEmpty()) {
        showError(m_blocked);
        updateButtons();
        return;
    }
    const DeliverySetup setup = m_setup;
    const qint64 orderId = m_orderId;
    run(
        [setup, orderId](DeliveryWorker& worker) {
            DeliveryOutcome outcome;
            if (Status started = worker.start(setup); !started) {
                outcome.status = started.error();
                return outcome;
            }
            auto environment = worker.environment(setup);
            auto session = delivery::DeliverySession::open(std::move(environment), orderId);
            if (!session) {
                outcome.status = session.error();
                return outcome;
            }
            worker.session = std::move(*session);
            return outcome;
        },
        [this](DeliveryOutcome& outcome) {
            if (!outcome.status) {
                m_blocked = describe(outcome.status.error());
                showError(m_blocked);
                return;
            }
            m_opened = true;
            switch (m_progress.reached) {
            case delivery::DeliveryStep::NotStarted:
                showStep(IdentityStep);
                m_idNumber->setFocus();
                break;
            case delivery::DeliveryStep::IdentityChecked:
                afterIdentity();
                break;
            case delivery::DeliveryStep::TokenPrepared:
            case delivery::DeliveryStep::KeyGenerated:
            case delivery::DeliveryStep::CertificateIssued:
            case delivery::DeliveryStep::CertificateWritten:
                // A new session holds no login to the holder's token: the holder types the PIN again.
                showStep(CertificateStep);
                askHolderPin(outcome.whereItStopped);
                break;
            case delivery::DeliveryStep::Recorded:
                writeReceipt();
                break;
            }
        });
}

void DeliveryPage::showStep(Step step)
{
    m_pages->setCurrentIndex(step);
    m_steps->setCurrentRow(step);
    for (int row = 0; row < m_steps->count(); ++row) {
        QFont font = m_steps->item(row)->font();
        font.setBold(row == step);
        m_steps->item(row)->setFont(font);
        m_steps->item(row)->setForeground(row < step ? palette().color(QPalette::Disabled, QPalette::Text)
                                                     : palette().color(QPalette::Text));
    }
    const QString what = m_order.number.isEmpty()
                             ? tr("Face-to-face delivery")
                             : tr("Face-to-face delivery of order %1 — %2 %3")
                                   .arg(m_order.number, m_order.holder.givenNames, m_order.holder.surname);
    m_title->setText(what);
    m_message->hide();
    updateButtons();
}

void DeliveryPage::setBusy(bool busy)
{
    m_busy = busy;
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
    updateButtons();
}

void DeliveryPage::showError(const QString& text)
{
    showBanner(m_message, Banner::Error, text);
}

void DeliveryPage::showMessage(const QString& text)
{
    showBanner(m_message, Banner::Outcome, text);
}

void DeliveryPage::updateButtons()
{
    const bool ready = m_opened && !m_busy && m_blocked.isEmpty();
    for (QWidget* field : std::initializer_list<QWidget*>{m_idKind, m_idNumber, m_mrz, m_face}) {
        field->setEnabled(ready);
    }
    m_checkIdentity->setEnabled(ready && m_face->isChecked());
    m_openSheet->setEnabled(!m_sheetPath.isEmpty());
    m_sheetSigned->setEnabled(ready && !m_sheetPath.isEmpty());
    m_sheetContinue->setEnabled(ready && m_sheetSigned->isChecked());
    const bool typed = m_typedPin->isChecked();
    m_pin->setEnabled(ready && typed);
    m_pinAgain->setEnabled(ready && typed);
    const QListWidgetItem* token = m_tokens->currentItem();
    const bool blankChosen = token != nullptr && (token->flags() & Qt::ItemIsSelectable);
    m_prepare->setEnabled(ready && blankChosen && (!typed || (!m_pin->isEmpty() && !m_pinAgain->isEmpty())));
    m_printPinLetter->setVisible(m_pinLetterSecrets != nullptr);
    const bool stopped = ready && m_progress.reached >= delivery::DeliveryStep::TokenPrepared &&
                         m_progress.reached < delivery::DeliveryStep::Recorded;
    const bool pinReady = !m_needHolderPin || !m_resumePin->isEmpty();
    m_resumePin->setVisible(m_needHolderPin);
    m_resumePinLabel->setVisible(m_needHolderPin);
    m_resumePin->setEnabled(stopped && m_needHolderPin);
    m_resume->setEnabled(stopped && pinReady);
    m_clean->setEnabled(stopped && pinReady && m_progress.reached >= delivery::DeliveryStep::KeyGenerated);
    m_openReceipt->setEnabled(!m_receiptPath.isEmpty());
}

void DeliveryPage::updateProgress()
{
    int done = 0;
    const QList<delivery::DeliveryStep> steps{
        delivery::DeliveryStep::KeyGenerated, delivery::DeliveryStep::CertificateIssued,
        delivery::DeliveryStep::CertificateWritten, delivery::DeliveryStep::Recorded};
    for (int row = 0; row < steps.size(); ++row) {
        QListWidgetItem* item = m_progressList->item(row);
        const bool reached = m_progress.reached >= steps[row];
        const bool failed = !reached && m_progress.lastFailure && m_progress.lastFailure->step == steps[row];
        const bool next = !reached && (row == 0 ? m_progress.reached >= delivery::DeliveryStep::TokenPrepared
                                                : m_progress.reached >= steps[row - 1]);
        QString mark = u"○ "_s;
        if (reached) {
            mark = u"✓ "_s;
            ++done;
        } else if (failed) {
            mark = u"✗ "_s;
        } else if (next && m_busy) {
            mark = u"… "_s;
        }
        item->setText(mark + delivery::DeliveryText::label(steps[row]));
    }
    m_progressBar->setValue(done);
}

void DeliveryPage::checkIdentity()
{
    if (m_busy || !m_face->isEnabled()) {
        return;
    }
    const rules::PresentedIdentity presented = m_identity->presented();
    run(
        [presented](DeliveryWorker& worker) {
            DeliveryOutcome outcome;
            outcome.status = worker.session->checkIdentity(presented);
            return outcome;
        },
        [this](DeliveryOutcome& outcome) {
            if (!outcome.status) {
                showError(describe(outcome.status.error()));
                return;
            }
            afterIdentity();
        });
}

void DeliveryPage::afterIdentity()
{
    showStep(SheetStep);
    writeSheet();
    m_sheetSigned->setFocus();
}

bool DeliveryPage::writePaper(const QString& fileName, const QByteArray& pdf, QString& path)
{
    auto saved = savePaper(m_setup.paperFolder, m_order.number, fileName, pdf);
    if (!saved) {
        showError(describe(saved.error()));
        return false;
    }
    path = *saved;
    return true;
}

void DeliveryPage::writeSheet()
{
    const auto paper = delivery::InterventionSheetData::from(m_order, m_operator->who(), m_progress.presented,
                                                             QDateTime::currentDateTime(), m_setup.place);
    auto pdf = delivery::InterventionSheet::render(paper);
    if (!pdf) {
        showError(describe(pdf.error()));
        return;
    }
    if (writePaper(u"intervention-sheet.pdf"_s, *pdf, m_sheetPath)) {
        m_sheetLabel->setText(
            tr("The identity matches. The intervention sheet is saved with the order's papers:\n%1\n\nPrint "
               "it; the holder and you sign it, then record it below.")
                .arg(QDir::toNativeSeparators(m_sheetPath)));
    }
    updateButtons();
}

void DeliveryPage::continueAfterSheet()
{
    if (!m_sheetContinue->isEnabled()) {
        return;
    }
    QFile sheet(m_sheetPath);
    QByteArray digest;
    if (sheet.open(QIODevice::ReadOnly)) {
        digest = QCryptographicHash::hash(sheet.readAll(), QCryptographicHash::Sha256).toHex();
    }
    const QJsonObject facts{{u"sheet"_s, QFileInfo(m_sheetPath).fileName()},
                            {u"sha256"_s, QString::fromLatin1(digest)},
                            {u"signedBy"_s, u"holder and operator"_s}};
    const qint64 orderId = m_orderId;
    run(
        [facts, orderId](DeliveryWorker& worker) {
            DeliveryOutcome outcome;
            outcome.status = worker.workspace->workflow().recordDeliveryStep(
                orderId, u"delivery-sheet-signed"_s, facts, *worker.actor);
            return outcome;
        },
        [this](DeliveryOutcome& outcome) {
            if (!outcome.status) {
                showError(describe(outcome.status.error()));
                return;
            }
            showStep(TokenStep);
            refreshTokens();
        });
}

void DeliveryPage::refreshTokens()
{
    if (m_busy || !m_opened) {
        return;
    }
    run(
        [](DeliveryWorker& worker) {
            DeliveryOutcome outcome;
            auto tokens = delivery::TokenPreparation::holderTokens(*worker.module, worker.operatorToken);
            if (!tokens) {
                outcome.status = tokens.error();
            } else {
                outcome.tokens = *tokens;
            }
            return outcome;
        },
        [this](DeliveryOutcome& outcome) {
            if (!outcome.status) {
                showError(describe(outcome.status.error()));
                return;
            }
            m_tokens->clear();
            int firstBlank = -1;
            for (const token::TokenInfo& info : outcome.tokens) {
                const QString text =
                    info.initialized
                        ? tr("%1 (serial %2) — already initialised: not blank").arg(info.label, info.serial)
                    : info.serial.trimmed().isEmpty()
                        // A blank token may have no serial number yet (SoftHSM's spare slot).
                        ? tr("Blank token in slot %1 (%2 %3)")
                              .arg(info.slotId)
                              .arg(info.manufacturer, info.model)
                        : tr("Blank token in slot %1 (%2 %3, serial %4)")
                              .arg(info.slotId)
                              .arg(info.manufacturer, info.model, info.serial);
                auto* item = new QListWidgetItem(text, m_tokens);
                item->setData(Qt::UserRole, QVariant::fromValue<qulonglong>(info.slotId));
                item->setData(Qt::UserRole + 1, info.uri().toString());
                item->setFlags(info.initialized ? Qt::ItemIsEnabled
                                                : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                if (info.initialized) {
                    item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
                } else if (firstBlank < 0) {
                    firstBlank = m_tokens->count() - 1;
                }
            }
            if (firstBlank >= 0) {
                m_tokens->setCurrentRow(firstBlank);
                m_pin->setFocus();
            } else {
                showError(
                    tr("No blank token is plugged in: plug in the holder's token, then refresh the list."));
            }
        });
}

void DeliveryPage::prepareToken()
{
    if (!m_prepare->isEnabled()) {
        return;
    }
    const unsigned long slot = m_tokens->currentItem()->data(Qt::UserRole).toULongLong();
    const bool generated = m_generatedPin->isChecked();
    auto choice = std::make_shared<delivery::HolderPinChoice>(
        generated ? delivery::HolderPinChoice::generated()
                  : delivery::HolderPinChoice::typedTwice(m_pin->takePin(), m_pinAgain->takePin()));
    m_pin->clear();
    m_pinAgain->clear();
    run(
        [slot, choice](DeliveryWorker& worker) {
            DeliveryOutcome outcome;
            auto secrets = worker.session->prepareToken(slot, std::move(*choice));
            if (!secrets) {
                outcome.status = secrets.error();
            } else {
                outcome.secrets = std::make_shared<delivery::TokenSecrets>(std::move(*secrets));
            }
            return outcome;
        },
        [this, generated](DeliveryOutcome& outcome) {
            if (!outcome.status) {
                showError(describe(outcome.status.error()));
                m_pin->setFocus();
                return;
            }
            if (generated && outcome.secrets) {
                // Kept in locked memory until the page closes, to print again after a paper jam.
                m_pinLetterSecrets = std::move(outcome.secrets);
                m_pinLetterData =
                    delivery::PinLetterData::from(m_order, m_progress.tokenLabel, m_progress.tokenSerial,
                                                  QDateTime::currentDateTime(), m_operator->who().training);
                printPinLetter();
            }
            outcome.secrets.reset();
            m_needHolderPin = false; // prepareToken logged in as the holder
            showStep(CertificateStep);
            runNextStep();
        });
}

void DeliveryPage::printPinLetter()
{
    if (!m_pinLetterSecrets) {
        return;
    }
    if (const Status printed = ui::printPinLetter(m_setup, m_pinLetterData, *m_pinLetterSecrets, this);
        !printed) {
        showError(tr("%1\nPrint it again before the holder leaves: Guichet keeps the codes only until this "
                     "delivery is closed.")
                      .arg(describe(printed.error())));
    }
    updateButtons();
}

void DeliveryPage::askHolderPin(const QString& whereItStopped)
{
    m_needHolderPin = true;
    m_resumePin->clear();
    showError(tr("%1\n\nThe holder types the PIN of their token \"%2\", then Resume.")
                  .arg(whereItStopped, m_progress.tokenLabel));
    updateButtons();
    m_resumePin->setFocus();
}

void DeliveryPage::resume()
{
    if (!m_resume->isEnabled()) {
        return;
    }
    m_message->hide();
    if (!m_needHolderPin) {
        runNextStep();
        return;
    }
    auto pin = std::make_shared<token::Pin>(m_resumePin->takePin());
    m_resumePin->clear();
    run(
        [pin](DeliveryWorker& worker) {
            DeliveryOutcome outcome;
            outcome.status = worker.session->logInHolder(std::move(*pin));
            pin->clear();
            return outcome;
        },
        [this](DeliveryOutcome& outcome) {
            if (!outcome.status) {
                // A wrong PIN (or the token not plugged in): core's words, and the holder tries again.
                showError(tr("%1\n\n%2").arg(outcome.whereItStopped, describe(outcome.status.error())));
                m_resumePin->setFocus();
                return;
            }
            m_needHolderPin = false;
            runNextStep();
        });
}

void DeliveryPage::cleanAndRestart()
{
    if (!m_clean->isEnabled()) {
        return;
    }
    m_message->hide();
    // After a reopening, cleaning needs the holder's login too: the PIN typed is used first.
    std::shared_ptr<token::Pin> pin;
    if (m_needHolderPin) {
        pin = std::make_shared<token::Pin>(m_resumePin->takePin());
        m_resumePin->clear();
    }
    run(
        [pin](DeliveryWorker& worker) {
            DeliveryOutcome outcome;
            if (pin) {
                outcome.status = worker.session->logInHolder(std::move(*pin));
                pin->clear();
                if (!outcome.status) {
                    return outcome;
                }
                outcome.holderLoggedIn = true;
            }
            outcome.status = worker.session->cleanToken();
            return outcome;
        },
        [this](DeliveryOutcome& outcome) {
            if (outcome.holderLoggedIn) {
                m_needHolderPin = false;
            }
            if (!outcome.status) {
                if (m_needHolderPin) {
                    m_resumePin->setFocus();
                }
                showError(tr("%1\n\n%2").arg(outcome.whereItStopped, describe(outcome.status.error())));
                return;
            }
            runNextStep();
        });
}

void DeliveryPage::runNextStep()
{
    using delivery::DeliveryStep;
    const DeliveryStep reached = m_progress.reached;
    if (reached == DeliveryStep::Recorded) {
        writeReceipt();
        return;
    }
    updateProgress();
    run(
        [reached](DeliveryWorker& worker) {
            DeliveryOutcome outcome;
            delivery::DeliverySession& session = *worker.session;
            switch (reached) {
            case DeliveryStep::TokenPrepared:
                outcome.status = session.generateKey();
                break;
            case DeliveryStep::KeyGenerated:
                outcome.status = session.issueCertificate();
                break;
            case DeliveryStep::CertificateIssued:
                outcome.status = session.writeCertificate();
                break;
            case DeliveryStep::CertificateWritten:
                outcome.status = session.record();
                break;
            default:
                outcome.status = Error{DeliveryPage::tr("The delivery is not at a step of the certificate."),
                                       delivery::toCode(reached)};
            }
            outcome.facts = session.deliveryFacts();
            return outcome;
        },
        [this](DeliveryOutcome& outcome) {
            if (!outcome.status) {
                showError(tr("%1\n\n%2").arg(outcome.whereItStopped, describe(outcome.status.error())));
                return;
            }
            if (m_progress.reached == delivery::DeliveryStep::Recorded) {
                m_lastFacts = outcome.facts;
                emit m_desk.orderChanged(m_orderId);
            }
            runNextStep();
        });
}

void DeliveryPage::writeReceipt()
{
    showStep(DoneStep);
    auto receipt = saveReceipt(m_setup, m_order, m_operator->who(), m_progress, m_lastFacts);
    if (!receipt) {
        showError(describe(receipt.error()));
        return;
    }
    m_receiptPath = receipt->path;
    const delivery::CertificateFacts& certificate = receipt->certificate;
    m_doneLabel->setText(
        tr("The certificate of %1 %2 is on their token \"%3\" and the order is delivered.\n\n"
           "Certificate: %4\nSerial: %5\n\nThe delivery receipt is saved with the order's "
           "papers:\n%6")
            .arg(m_order.holder.givenNames, m_order.holder.surname, m_progress.tokenLabel,
                 certificate.subject, certificate.serial, QDir::toNativeSeparators(m_receiptPath)));
    updateButtons();
    m_openReceipt->setFocus();
    emit delivered(m_orderId);
}

void DeliveryPage::openFile(const QString& path)
{
    if (const Status opened = openPaper(m_setup, path); !opened) {
        showError(opened.error().message);
    }
}

} // namespace guichet::ui
