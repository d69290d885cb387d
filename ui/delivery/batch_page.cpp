#include "batch_page.h"

#include "delivery/batch_delivery.h"
#include "delivery/delivery_receipt.h"
#include "delivery/delivery_session.h"
#include "delivery/intervention_sheet.h"
#include "delivery_paper.h"
#include "delivery_widgets.h"
#include "delivery_worker.h"
#include "session/desk_session.h"
#include "store/order_store.h"
#include "workflow/workflow.h"
#include "workflow/workspace.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace guichet::ui {

/// The batch's sessions, one per order whose agent's identity was checked: touched only on the
/// worker's thread (each holds its holder's token login once the token is prepared).
struct BatchSessions
{
    std::map<qint64, std::unique_ptr<delivery::DeliverySession>> byOrder;
};

/// What a job on the worker's thread tells the page.
struct BatchOutcome
{
    /// One order's session after the agent's identity check.
    struct Checked
    {
        qint64 orderId = 0;
        Status status;
        bool underWay = false; ///< its token was prepared before: the one-holder page resumes it
        Order order;
        delivery::DeliveryProgress progress;
        QString whereItStopped;
    };

    Status status;
    QList<delivery::AgentBatch> agents;
    QList<Checked> checked;
    QList<token::TokenInfo> tokens;
    std::shared_ptr<delivery::TokenSecrets> secrets;
    // The session the job worked on, as it stands after the job.
    bool sessionSeen = false;
    Order order;
    delivery::DeliveryProgress progress;
    QString whereItStopped;
    QJsonObject facts;

    void see(const delivery::DeliverySession& session)
    {
        sessionSeen = true;
        order = session.order();
        progress = session.progress();
        whereItStopped = session.whereItStopped();
    }
};

namespace {

const char* const oneHolderContext = "guichet::ui::DeliveryPage";

} // namespace

BatchDeliveryPage::BatchDeliveryPage(DeskSession& desk,
                                     std::shared_ptr<identity::OperatorSession> operatorSession,
                                     DeliverySetup setup, qint64 orderId, QWidget* parent)
    : QWidget(parent), m_desk(desk), m_operator(std::move(operatorSession)), m_setup(std::move(setup)),
      m_preferredOrder(orderId), m_worker(std::make_shared<DeliveryWorker>()),
      m_sessions(std::make_shared<BatchSessions>()), m_steps(new QListWidget(this)),
      m_pages(new QStackedWidget(this)), m_title(new QLabel(this)), m_message(new QLabel(this)),
      m_orders(new QTreeWidget(this))
{
    setObjectName(u"batchDeliveryPage"_s);
    m_steps->setObjectName(u"batchSteps"_s);
    m_steps->setAccessibleName(tr("Steps of the agent's batch delivery"));
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_steps->setMaximumWidth(260);
    for (const QString& name : {tr("1. Certification agent"), tr("2. Agent's identity"),
                                tr("3. Intervention sheets"), tr("4. Holders' tokens"), tr("5. Summary")}) {
        auto* item = new QListWidgetItem(name, m_steps);
        item->setFlags(Qt::ItemIsEnabled);
    }
    m_title->setObjectName(u"batchTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_message->setObjectName(u"batchMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_pages->addWidget(buildAgentStep());
    m_pages->addWidget(buildIdentityStep());
    m_pages->addWidget(buildSheetStep());
    m_pages->addWidget(buildTokenStep());
    m_pages->addWidget(buildSummaryStep());

    // The batch's orders, under every step: what each one is at.
    m_orders->setObjectName(u"batchOrders"_s);
    m_orders->setAccessibleName(tr("Orders of the batch"));
    m_orders->setRootIsDecorated(false);
    m_orders->setUniformRowHeights(true);
    m_orders->setHeaderLabels({tr("Order"), tr("Holder"), tr("Organisation"), tr("State")});
    m_orders->header()->setStretchLastSection(true);
    m_orders->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_orders->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    auto* ordersLabel = new QLabel(tr("Orders of the &batch:"), this);
    ordersLabel->setBuddy(m_orders);
    m_printPinLetter = new QPushButton(tr("Print the PIN &letter again"), this);
    m_printPinLetter->setObjectName(u"printPinLetterAgain"_s);
    m_printPinLetter->setToolTip(tr("For the holder selected in the list: the codes are kept until this "
                                    "page is closed, never saved."));
    connect(m_printPinLetter, &QPushButton::clicked, this, &BatchDeliveryPage::printPinLetterAgain);
    m_openReceipt = new QPushButton(tr("Open the recei&pt"), this);
    m_openReceipt->setObjectName(u"openBatchReceipt"_s);
    connect(m_openReceipt, &QPushButton::clicked, this, [this] {
        if (const Entry* chosen = selectedEntry()) {
            openFile(chosen->holder.receiptPath);
        }
    });
    connect(m_orders, &QTreeWidget::currentItemChanged, this, &BatchDeliveryPage::updateButtons);

    auto* close = new QPushButton(tr("&Close the batch"), this);
    close->setObjectName(u"closeBatchDelivery"_s);
    connect(close, &QPushButton::clicked, this, &BatchDeliveryPage::closeRequested);

    auto* right = new QVBoxLayout;
    right->addWidget(m_title);
    right->addWidget(m_message);
    right->addWidget(m_pages, 3);
    right->addWidget(ordersLabel);
    right->addWidget(m_orders, 2);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_printPinLetter);
    bottom->addWidget(m_openReceipt);
    bottom->addStretch();
    bottom->addWidget(close);
    right->addLayout(bottom);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_steps);
    layout->addLayout(right, 1);

    m_worker->storePath = desk.storePath();
    m_worker->policy = desk.workflow().policy();
    m_worker->operatorSession = m_operator;
    showStep(AgentStep);
    open();
}

BatchDeliveryPage::~BatchDeliveryPage()
{
    // The sessions (and the holders' logins) and the store connection end on the thread that made them.
    std::shared_ptr<DeliveryWorker> worker = m_worker;
    std::shared_ptr<BatchSessions> sessions = m_sessions;
    auto ended = QtConcurrent::run(&worker->pool, [worker, sessions] {
        sessions->byOrder.clear();
        worker->stop();
    });
    ended.waitForFinished();
    worker->pool.waitForDone();
}

QWidget* BatchDeliveryPage::buildAgentStep()
{
    auto* page = new QWidget(this);
    m_agents = new QListWidget(page);
    m_agents->setObjectName(u"batchAgents"_s);
    m_agents->setAccessibleName(tr("Certification agents"));
    m_chooseAgent = new QPushButton(tr("&Deliver this agent's orders"), page);
    m_chooseAgent->setObjectName(u"chooseAgent"_s);
    connect(m_chooseAgent, &QPushButton::clicked, this, &BatchDeliveryPage::chooseAgent);
    connect(m_agents, &QListWidget::itemActivated, this, &BatchDeliveryPage::chooseAgent);
    connect(m_agents, &QListWidget::currentRowChanged, this, [this] {
        showAgentOrders();
        updateButtons();
    });
    auto* agentsLabel = new QLabel(tr("Certification &agents with orders awaiting delivery:"), page);
    agentsLabel->setBuddy(m_agents);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(explanation(
        tr("A certification agent (mandataire de certification) collects the certificates of the holders "
           "named on their orders. Choose the agent at the counter: every order awaiting delivery that "
           "they collect is delivered in this session, one blank token per holder."),
        page));
    layout->addWidget(agentsLabel);
    layout->addWidget(m_agents, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_chooseAgent);
    layout->addLayout(buttons);
    return page;
}

QWidget* BatchDeliveryPage::buildIdentityStep()
{
    auto* page = new QWidget(this);
    m_identityLabel = explanation(QString(), page);
    m_identity = new PresentedIdentityForm(
        tr("I attest that the &face of the agent at the counter matches the photo of their ID"), u"batch"_s,
        page);
    m_idKind = m_identity->kind();
    m_idNumber = m_identity->number();
    m_mrz = m_identity->mrz();
    m_face = m_identity->face();
    connect(m_identity, &PresentedIdentityForm::submitted, this, &BatchDeliveryPage::checkIdentity);
    connect(m_identity, &PresentedIdentityForm::attestationChanged, this, &BatchDeliveryPage::updateButtons);
    m_checkIdentity = new QPushButton(tr("Check the agent's &identity"), page);
    m_checkIdentity->setObjectName(u"batchCheckIdentity"_s);
    connect(m_checkIdentity, &QPushButton::clicked, this, &BatchDeliveryPage::checkIdentity);
    auto* back = new QPushButton(tr("C&hoose another agent"), page);
    back->setObjectName(u"batchChooseAnotherAgent"_s);
    connect(back, &QPushButton::clicked, this, [this] {
        if (!m_busy) {
            showStep(AgentStep);
            showAgentOrders();
            m_agents->setFocus();
        }
    });

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_identityLabel);
    layout->addWidget(m_identity);
    layout->addStretch();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(back);
    buttons->addStretch();
    buttons->addWidget(m_checkIdentity);
    layout->addLayout(buttons);
    return page;
}

QWidget* BatchDeliveryPage::buildSheetStep()
{
    auto* page = new QWidget(this);
    m_sheetLabel = explanation(QString(), page);
    m_sheetLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openSheets = new QPushButton(tr("&Open the sheets to print them"), page);
    m_openSheets->setObjectName(u"openBatchSheets"_s);
    connect(m_openSheets, &QPushButton::clicked, this, [this] {
        for (const Entry& each : std::as_const(m_entries)) {
            if (each.holder.state == BatchHolder::State::Ready) {
                openFile(each.holder.sheetPath);
            }
        }
    });
    m_sheetsSigned = new QCheckBox(tr("The agent and I &signed every intervention sheet"), page);
    m_sheetsSigned->setObjectName(u"batchSheetsSigned"_s);
    connect(m_sheetsSigned, &QCheckBox::toggled, this, &BatchDeliveryPage::updateButtons);
    m_sheetsContinue = new QPushButton(tr("Con&tinue with the tokens"), page);
    m_sheetsContinue->setObjectName(u"batchSheetsContinue"_s);
    connect(m_sheetsContinue, &QPushButton::clicked, this, &BatchDeliveryPage::continueAfterSheets);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_sheetLabel);
    auto* open = new QHBoxLayout;
    open->addWidget(m_openSheets);
    open->addStretch();
    layout->addLayout(open);
    layout->addWidget(m_sheetsSigned);
    layout->addStretch();
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_sheetsContinue);
    layout->addLayout(buttons);
    return page;
}

QWidget* BatchDeliveryPage::buildTokenStep()
{
    auto* page = new QWidget(this);
    m_progressBar = new QProgressBar(page);
    m_progressBar->setObjectName(u"batchProgress"_s);
    m_progressBar->setFormat(tr("%v of %m holders"));
    m_tokenPrompt = explanation(QString(), page);
    m_tokenPrompt->setObjectName(u"batchTokenPrompt"_s);
    QFont promptFont = m_tokenPrompt->font();
    promptFont.setBold(true);
    m_tokenPrompt->setFont(promptFont);
    m_tokens = new QListWidget(page);
    m_tokens->setObjectName(u"batchHolderTokens"_s);
    m_tokens->setAccessibleName(QCoreApplication::translate(oneHolderContext, "Holder tokens"));
    connect(m_tokens, &QListWidget::currentRowChanged, this, &BatchDeliveryPage::updateButtons);
    connect(m_tokens, &QListWidget::itemActivated, this, &BatchDeliveryPage::deliverCurrent);
    m_refresh = new QPushButton(QCoreApplication::translate(oneHolderContext, "&Refresh the list"), page);
    m_refresh->setObjectName(u"batchRefreshTokens"_s);
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QPushButton::clicked, this, &BatchDeliveryPage::refreshTokens);
    m_skip = new QPushButton(tr("&Skip this holder"), page);
    m_skip->setObjectName(u"batchSkipHolder"_s);
    connect(m_skip, &QPushButton::clicked, this, &BatchDeliveryPage::skipCurrent);
    m_deliver = new QPushButton(tr("&Deliver onto this token"), page);
    m_deliver->setObjectName(u"batchDeliver"_s);
    connect(m_deliver, &QPushButton::clicked, this, &BatchDeliveryPage::deliverCurrent);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_tokenPrompt);
    layout->addWidget(explanation(
        tr("Each holder gets a token of their own, with a temporary PIN and PUK printed on their PIN letter "
           "(never saved). The operator's own token is never offered; a token already initialised cannot "
           "be chosen."),
        page));
    auto* list = new QHBoxLayout;
    list->addWidget(m_tokens, 1);
    list->addWidget(m_refresh, 0, Qt::AlignTop);
    layout->addLayout(list, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_skip);
    buttons->addStretch();
    buttons->addWidget(m_deliver);
    layout->addLayout(buttons);
    return page;
}

QWidget* BatchDeliveryPage::buildSummaryStep()
{
    auto* page = new QWidget(this);
    m_summary = explanation(QString(), page);
    m_summary->setObjectName(u"batchSummary"_s);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addStretch();
    return page;
}

BatchDeliveryPage::Step BatchDeliveryPage::currentStep() const
{
    return static_cast<Step>(m_pages->currentIndex());
}

QString BatchDeliveryPage::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QList<BatchHolder> BatchDeliveryPage::holders() const
{
    QList<BatchHolder> result;
    for (const Entry& each : m_entries) {
        result.append(each.holder);
    }
    return result;
}

qint64 BatchDeliveryPage::currentOrderId() const
{
    return currentStep() == TokenStep && m_current >= 0 && m_current < m_entries.size()
               ? m_entries[m_current].holder.orderId
               : 0;
}

QString BatchDeliveryPage::summaryText() const
{
    return m_summary->text();
}

BatchDeliveryPage::Entry* BatchDeliveryPage::entry(qint64 orderId)
{
    for (Entry& each : m_entries) {
        if (each.holder.orderId == orderId) {
            return &each;
        }
    }
    return nullptr;
}

BatchDeliveryPage::Entry* BatchDeliveryPage::selectedEntry()
{
    const QTreeWidgetItem* item = m_orders->currentItem();
    return item == nullptr ? nullptr : entry(item->data(0, Qt::UserRole).toLongLong());
}

void BatchDeliveryPage::run(std::function<BatchOutcome(DeliveryWorker&, BatchSessions&)> job,
                            std::function<void(BatchOutcome&)> done)
{
    setBusy(true);
    std::shared_ptr<DeliveryWorker> worker = m_worker;
    std::shared_ptr<BatchSessions> sessions = m_sessions;
    QtConcurrent::run(&worker->pool, [worker, sessions, job = std::move(job)] {
        return job(*worker, *sessions);
    }).then(this, [this, done = std::move(done)](BatchOutcome outcome) {
        setBusy(false);
        done(outcome);
        updateOrderList();
        updateButtons();
    });
}

void BatchDeliveryPage::open()
{
    m_blocked = deliveryBlocked(m_operator.get(), m_setup);
    if (!m_blocked.isEmpty()) {
        showError(m_blocked);
        updateButtons();
        return;
    }
    const DeliverySetup setup = m_setup;
    run(
        [setup](DeliveryWorker& worker, BatchSessions&) {
            BatchOutcome outcome;
            if (Status started = worker.start(setup); !started) {
                outcome.status = started.error();
                return outcome;
            }
            auto agents = delivery::agentBatches(worker.workspace->orders());
            if (!agents) {
                outcome.status = agents.error();
            } else {
                outcome.agents = std::move(*agents);
            }
            return outcome;
        },
        [this](BatchOutcome& outcome) {
            if (!outcome.status) {
                m_blocked = describe(outcome.status.error());
                showError(m_blocked);
                return;
            }
            m_opened = true;
            m_agentBatches.clear();
            m_agents->clear();
            int preferred = 0;
            for (const delivery::AgentBatch& each : std::as_const(outcome.agents)) {
                m_agentBatches.append(each);
                const QString who = each.agent.email.isEmpty()
                                        ? each.agent.displayName()
                                        : tr("%1 <%2>").arg(each.agent.displayName(), each.agent.email);
                // No %n plurals (English has no translation file to give them): one and more said apart.
                auto* item = new QListWidgetItem(
                    each.orders.size() == 1
                        ? tr("%1 — 1 order awaiting delivery").arg(who)
                        : tr("%1 — %2 orders awaiting delivery").arg(who).arg(each.orders.size()),
                    m_agents);
                item->setData(Qt::UserRole, m_agentBatches.size() - 1);
                for (const Order& order : each.orders) {
                    if (order.id == m_preferredOrder) {
                        preferred = m_agents->count() - 1;
                    }
                }
            }
            if (m_agents->count() == 0) {
                showMessage(tr("No order awaiting delivery names a certification agent: there is no batch to "
                               "deliver."));
                return;
            }
            m_agents->setCurrentRow(preferred);
            m_agents->setFocus();
        });
}

void BatchDeliveryPage::showStep(Step step)
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
    m_message->hide();
    updateTitle();
    updateButtons();
}

void BatchDeliveryPage::updateTitle()
{
    if (m_entries.isEmpty()) {
        m_title->setText(tr("Agent's batch delivery"));
        return;
    }
    m_title->setText(
        m_entries.size() == 1
            ? tr("Agent's batch delivery — %1, 1 order").arg(m_agent.displayName())
            : tr("Agent's batch delivery — %1, %2 orders").arg(m_agent.displayName()).arg(m_entries.size()));
}

void BatchDeliveryPage::setBusy(bool busy)
{
    m_busy = busy;
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
    updateButtons();
}

void BatchDeliveryPage::showError(const QString& text)
{
    showBanner(m_message, Banner::Error, text);
}

void BatchDeliveryPage::showMessage(const QString& text)
{
    showBanner(m_message, Banner::Outcome, text);
}

void BatchDeliveryPage::updateButtons()
{
    const bool ready = m_opened && !m_busy && m_blocked.isEmpty();
    m_agents->setEnabled(m_opened && m_blocked.isEmpty());
    m_chooseAgent->setEnabled(ready && m_agents->currentRow() >= 0);
    for (QWidget* field : std::initializer_list<QWidget*>{m_idKind, m_idNumber, m_mrz, m_face}) {
        field->setEnabled(ready);
    }
    m_checkIdentity->setEnabled(ready && m_face->isChecked() && !m_entries.isEmpty());
    m_openSheets->setEnabled(m_sheetsWritten);
    m_sheetsSigned->setEnabled(ready && m_sheetsWritten);
    m_sheetsContinue->setEnabled(ready && m_sheetsWritten && m_sheetsSigned->isChecked());
    const bool holderAsked = ready && currentOrderId() != 0;
    const QListWidgetItem* token = m_tokens->currentItem();
    const bool blankChosen = token != nullptr && (token->flags() & Qt::ItemIsSelectable);
    m_refresh->setEnabled(holderAsked);
    m_skip->setEnabled(holderAsked);
    m_deliver->setEnabled(holderAsked && blankChosen);
    const Entry* chosen = selectedEntry();
    m_printPinLetter->setVisible(std::any_of(m_entries.cbegin(), m_entries.cend(),
                                             [](const Entry& each) { return each.secrets != nullptr; }));
    m_printPinLetter->setEnabled(!m_busy && chosen != nullptr && chosen->secrets != nullptr);
    m_openReceipt->setVisible(std::any_of(m_entries.cbegin(), m_entries.cend(), [](const Entry& each) {
        return !each.holder.receiptPath.isEmpty();
    }));
    m_openReceipt->setEnabled(chosen != nullptr && !chosen->holder.receiptPath.isEmpty());
    int finished = 0;
    for (const Entry& each : m_entries) {
        if (each.holder.state == BatchHolder::State::Delivered ||
            each.holder.state == BatchHolder::State::Stopped) {
            ++finished;
        }
    }
    m_progressBar->setRange(0, std::max(1, static_cast<int>(m_entries.size())));
    m_progressBar->setValue(finished);
}

void BatchDeliveryPage::showAgentOrders()
{
    if (currentStep() != AgentStep) {
        return;
    }
    // The orders of the agent chosen in the list: the batch, once the agent is taken.
    m_entries.clear();
    m_current = -1;
    const int row = m_agents->currentRow();
    if (row >= 0 && row < m_agentBatches.size()) {
        m_agent = m_agentBatches[row].agent;
        for (const Order& order : std::as_const(m_agentBatches[row].orders)) {
            Entry each;
            each.order = order;
            each.holder.orderId = order.id;
            each.holder.orderNumber = order.number;
            each.holder.holderName = order.holder.displayName();
            each.holder.organisation = order.organisation.name;
            m_entries.append(each);
        }
    }
    updateTitle();
    updateOrderList();
}

void BatchDeliveryPage::updateOrderList()
{
    const qint64 selected =
        m_orders->currentItem() != nullptr ? m_orders->currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
    m_orders->clear();
    for (int index = 0; index < m_entries.size(); ++index) {
        const Entry& each = m_entries[index];
        QString state;
        switch (each.holder.state) {
        case BatchHolder::State::Listed:
            state = tr("Awaiting delivery");
            break;
        case BatchHolder::State::Refused:
            state = tr("✗ %1").arg(each.brief);
            break;
        case BatchHolder::State::Ready:
            state = index == m_current && currentStep() == TokenStep
                        ? tr("→ Plug in this holder's token")
                        : tr("Identity checked: waits for its token");
            break;
        case BatchHolder::State::UnderWay:
            state = each.activity;
            break;
        case BatchHolder::State::Delivered:
            state = each.holder.pinLetterPrinted ? tr("✓ Delivered")
                                                 : tr("✓ Delivered — PIN letter not printed: print it again");
            break;
        case BatchHolder::State::Stopped:
            state = tr("✗ %1").arg(each.brief);
            break;
        }
        auto* item = new QTreeWidgetItem(
            m_orders, {each.holder.orderNumber, each.holder.holderName, each.holder.organisation, state});
        item->setData(0, Qt::UserRole, each.holder.orderId);
        if (!each.holder.reason.isEmpty()) {
            item->setToolTip(3, each.holder.reason);
        }
        if (each.holder.state == BatchHolder::State::Stopped ||
            each.holder.state == BatchHolder::State::Refused) {
            item->setForeground(3, QColor(0x8e, 0x1b, 0x12));
        } else if (each.holder.state == BatchHolder::State::Delivered) {
            item->setForeground(3, QColor(0x1b, 0x5e, 0x20));
        }
        if (index == m_current && currentStep() == TokenStep) {
            QFont bold = item->font(0);
            bold.setBold(true);
            for (int column = 0; column < 4; ++column) {
                item->setFont(column, bold);
            }
        }
        if (each.holder.orderId == selected) {
            m_orders->setCurrentItem(item);
        }
    }
}

void BatchDeliveryPage::chooseAgent()
{
    if (m_busy || !m_opened || m_entries.isEmpty() || currentStep() != AgentStep) {
        return;
    }
    const QString check =
        tr("Type the kind and number of the agent's own ID document, or its machine-readable "
           "zone (MRZ): it is checked against the agent named on each order.");
    m_identityLabel->setText(m_entries.size() == 1
                                 ? tr("%1 collects the certificate of 1 holder.").arg(m_agent.displayName()) +
                                       u" "_s + check
                                 : tr("%1 collects the certificates of %2 holders.")
                                           .arg(m_agent.displayName())
                                           .arg(m_entries.size()) +
                                       u" "_s + check);
    showStep(IdentityStep);
    updateOrderList();
    m_idNumber->setFocus();
}

void BatchDeliveryPage::checkIdentity()
{
    if (m_busy || !m_checkIdentity->isEnabled()) {
        return;
    }
    const rules::PresentedIdentity presented = m_identity->presented();
    QList<qint64> ids;
    for (const Entry& each : std::as_const(m_entries)) {
        if (each.holder.state == BatchHolder::State::Listed ||
            each.holder.state == BatchHolder::State::Refused) {
            ids.append(each.holder.orderId);
        }
    }
    const DeliverySetup setup = m_setup;
    run(
        [presented, ids, setup](DeliveryWorker& worker, BatchSessions& sessions) {
            BatchOutcome outcome;
            for (qint64 id : ids) {
                BatchOutcome::Checked checked;
                checked.orderId = id;
                auto opened = delivery::DeliverySession::open(worker.environment(setup), id);
                if (!opened) {
                    checked.status = opened.error();
                    outcome.checked.append(checked);
                    continue;
                }
                delivery::DeliverySession& session = **opened;
                if (session.reached() >= delivery::DeliveryStep::TokenPrepared) {
                    // Its token was prepared by an earlier session: the holder's PIN is asked again
                    // there, in the one-holder delivery.
                    checked.underWay = true;
                } else {
                    checked.status = session.checkIdentity(presented, delivery::Collector::Agent);
                }
                checked.order = session.order();
                checked.progress = session.progress();
                checked.whereItStopped = session.whereItStopped();
                if (!checked.underWay && checked.status) {
                    sessions.byOrder[id] = std::move(*opened);
                }
                outcome.checked.append(checked);
            }
            return outcome;
        },
        [this](BatchOutcome& outcome) {
            int passed = 0;
            QStringList reasons;
            for (const BatchOutcome::Checked& checked : std::as_const(outcome.checked)) {
                Entry* each = entry(checked.orderId);
                if (each == nullptr) {
                    continue;
                }
                if (checked.order.id != 0) {
                    each->order = checked.order;
                    each->progress = checked.progress;
                }
                if (checked.underWay) {
                    each->holder.state = BatchHolder::State::Stopped;
                    each->brief = tr("Already under way: resume it in the one-holder delivery");
                    each->cause = checked.whereItStopped;
                    each->holder.reason = tr("Already under way: %1\nResume it in the one-holder delivery "
                                             "(Order ▸ Face-to-face delivery).")
                                              .arg(checked.whereItStopped);
                } else if (!checked.status) {
                    each->holder.state = BatchHolder::State::Refused;
                    each->brief = checked.order.id != 0 ? tr("Agent's identity refused")
                                                        : tr("Cannot be opened for delivery");
                    each->cause = checked.status.error().message;
                    each->holder.reason = describe(checked.status.error());
                    if (!reasons.contains(each->holder.reason)) {
                        reasons.append(each->holder.reason);
                    }
                } else {
                    each->holder.state = BatchHolder::State::Ready;
                    each->holder.reason.clear();
                    ++passed;
                }
            }
            if (passed == 0) {
                // Nothing goes further: the operator may correct what was typed and check again.
                showError(reasons.isEmpty()
                              ? tr("No order of this batch can be delivered here: each one is listed below "
                                   "with the reason.")
                              : tr("The agent's identity is refused: nothing is delivered.\n\n%1")
                                    .arg(reasons.join(u"\n\n"_s)));
                m_idNumber->setFocus();
                return;
            }
            // The orders refused while others pass stop there.
            for (Entry& each : m_entries) {
                if (each.holder.state == BatchHolder::State::Refused) {
                    each.holder.state = BatchHolder::State::Stopped;
                }
            }
            showStep(SheetStep);
            writeSheets();
            m_sheetsSigned->setFocus();
        });
}

void BatchDeliveryPage::writeSheets()
{
    QStringList paths;
    QStringList problems;
    const QDateTime now = QDateTime::currentDateTime();
    for (Entry& each : m_entries) {
        if (each.holder.state != BatchHolder::State::Ready) {
            continue;
        }
        // The order names its agent: the sheet prints them beside the holder.
        const auto paper = delivery::InterventionSheetData::from(each.order, m_operator->who(),
                                                                 each.progress.presented, now, m_setup.place);
        auto pdf = delivery::InterventionSheet::render(paper);
        if (!pdf) {
            problems.append(describe(pdf.error()));
            continue;
        }
        auto saved = savePaper(m_setup.paperFolder, each.order.number, u"intervention-sheet.pdf"_s, *pdf);
        if (!saved) {
            problems.append(describe(saved.error()));
            continue;
        }
        each.holder.sheetPath = *saved;
        paths.append(QDir::toNativeSeparators(*saved));
    }
    m_sheetsWritten = problems.isEmpty();
    if (!problems.isEmpty()) {
        showError(problems.join(u"\n"_s));
    }
    m_sheetLabel->setText(
        tr("The agent's identity matches. One intervention sheet per order, naming the agent, is saved "
           "with the order's papers:\n%1\n\nPrint them; the agent and you sign each one, then record it "
           "below.")
            .arg(paths.join(u"\n"_s)));
    updateButtons();
}

void BatchDeliveryPage::continueAfterSheets()
{
    if (!m_sheetsContinue->isEnabled()) {
        return;
    }
    QList<std::pair<qint64, QJsonObject>> signedSheets;
    for (const Entry& each : std::as_const(m_entries)) {
        if (each.holder.state != BatchHolder::State::Ready) {
            continue;
        }
        QFile sheet(each.holder.sheetPath);
        QByteArray digest;
        if (sheet.open(QIODevice::ReadOnly)) {
            digest = QCryptographicHash::hash(sheet.readAll(), QCryptographicHash::Sha256).toHex();
        }
        signedSheets.append(
            {each.holder.orderId, QJsonObject{{u"sheet"_s, QFileInfo(each.holder.sheetPath).fileName()},
                                              {u"sha256"_s, QString::fromLatin1(digest)},
                                              {u"signedBy"_s, u"agent and operator"_s}}});
    }
    run(
        [signedSheets](DeliveryWorker& worker, BatchSessions&) {
            BatchOutcome outcome;
            for (const auto& [orderId, facts] : signedSheets) {
                outcome.status = worker.workspace->workflow().recordDeliveryStep(
                    orderId, u"delivery-sheet-signed"_s, facts, *worker.actor);
                if (!outcome.status) {
                    break;
                }
            }
            return outcome;
        },
        [this](BatchOutcome& outcome) {
            if (!outcome.status) {
                showError(describe(outcome.status.error()));
                return;
            }
            showStep(TokenStep);
            nextHolder();
        });
}

void BatchDeliveryPage::nextHolder()
{
    m_current = -1;
    for (int index = 0; index < m_entries.size(); ++index) {
        if (m_entries[index].holder.state == BatchHolder::State::Ready) {
            m_current = index;
            break;
        }
    }
    if (m_current < 0) {
        finish();
        return;
    }
    const Entry& each = m_entries[m_current];
    m_tokenPrompt->setText(
        tr("Plug in a blank token for %1 (order %2, %3), choose it, then Deliver.")
            .arg(each.holder.holderName, each.holder.orderNumber, each.holder.organisation));
    m_tokens->clear();
    updateOrderList();
    refreshTokens();
}

void BatchDeliveryPage::refreshTokens()
{
    if (m_busy || !m_opened || currentOrderId() == 0) {
        return;
    }
    run(
        [](DeliveryWorker& worker, BatchSessions&) {
            BatchOutcome outcome;
            auto tokens = delivery::TokenPreparation::holderTokens(*worker.module, worker.operatorToken);
            if (!tokens) {
                outcome.status = tokens.error();
            } else {
                outcome.tokens = *tokens;
            }
            return outcome;
        },
        [this](BatchOutcome& outcome) {
            if (!outcome.status) {
                showError(describe(outcome.status.error()));
                return;
            }
            m_tokens->clear();
            int firstBlank = -1;
            for (const token::TokenInfo& info : std::as_const(outcome.tokens)) {
                auto* item = new QListWidgetItem(describeHolderToken(info), m_tokens);
                item->setData(Qt::UserRole, QVariant::fromValue<qulonglong>(info.slotId));
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
                m_tokens->setFocus();
            } else {
                showError(tr("No blank token is plugged in: plug in the token for %1, then refresh the list "
                             "(F5); or skip this holder.")
                              .arg(m_entries[m_current].holder.holderName));
                m_refresh->setFocus();
            }
        });
}

void BatchDeliveryPage::deliverCurrent()
{
    if (!m_deliver->isEnabled()) {
        return;
    }
    Entry& current = m_entries[m_current];
    const qint64 orderId = current.holder.orderId;
    const unsigned long slot = m_tokens->currentItem()->data(Qt::UserRole).toULongLong();
    current.holder.state = BatchHolder::State::UnderWay;
    current.activity = tr("Preparing the token…");
    m_message->hide();
    run(
        [orderId, slot](DeliveryWorker&, BatchSessions& sessions) {
            BatchOutcome outcome;
            const auto found = sessions.byOrder.find(orderId);
            if (found == sessions.byOrder.end()) {
                outcome.status = Error{BatchDeliveryPage::tr("The delivery of this order is not open."), {}};
                return outcome;
            }
            auto secrets = found->second->prepareToken(slot, delivery::HolderPinChoice::generated());
            if (!secrets) {
                outcome.status = secrets.error();
            } else {
                outcome.secrets = std::make_shared<delivery::TokenSecrets>(std::move(*secrets));
            }
            outcome.see(*found->second);
            return outcome;
        },
        [this, orderId](BatchOutcome& outcome) {
            Entry* each = entry(orderId);
            if (each == nullptr) {
                return;
            }
            if (outcome.sessionSeen) {
                each->order = outcome.order;
                each->progress = outcome.progress;
            }
            if (!outcome.status) {
                // This token would not do (not blank, pulled out): another one may, or the holder is
                // skipped.
                each->holder.state = BatchHolder::State::Ready;
                showError(tr("%1\n\nPlug in another blank token for %2, or skip this holder.")
                              .arg(describe(outcome.status.error()), each->holder.holderName));
                refreshTokens();
                return;
            }
            // Kept in locked memory until the page closes, to print again after a paper jam.
            each->secrets = std::move(outcome.secrets);
            each->letter = delivery::PinLetterData::from(
                each->order, each->progress.tokenLabel, each->progress.tokenSerial,
                QDateTime::currentDateTime(), m_operator->who().training);
            const Status printed = printPinLetter(m_setup, each->letter, *each->secrets, this);
            each->holder.pinLetterPrinted = printed.ok();
            if (!printed) {
                showError(tr("%1\nPrint it again (select the holder in the list) before the agent leaves: "
                             "Guichet keeps the codes only until this page is closed.")
                              .arg(describe(printed.error())));
            }
            completeCurrent(orderId);
        });
}

void BatchDeliveryPage::completeCurrent(qint64 orderId)
{
    if (Entry* each = entry(orderId)) {
        each->activity = tr("Key, certificate and record…");
    }
    updateOrderList();
    run(
        [orderId](DeliveryWorker&, BatchSessions& sessions) {
            BatchOutcome outcome;
            const auto found = sessions.byOrder.find(orderId);
            if (found == sessions.byOrder.end()) {
                outcome.status = Error{BatchDeliveryPage::tr("The delivery of this order is not open."), {}};
                return outcome;
            }
            outcome.status = found->second->complete();
            outcome.facts = found->second->deliveryFacts();
            outcome.see(*found->second);
            // Done or stopped, this holder's session ends here (and its login to the token with it): a
            // stopped delivery resumes in the one-holder page.
            sessions.byOrder.erase(found);
            return outcome;
        },
        [this, orderId](BatchOutcome& outcome) {
            Entry* each = entry(orderId);
            if (each == nullptr) {
                return;
            }
            if (outcome.sessionSeen) {
                each->order = outcome.order;
                each->progress = outcome.progress;
            }
            if (!outcome.status) {
                const Error& error = outcome.status.error();
                each->holder.state = BatchHolder::State::Stopped;
                const delivery::DeliveryStep failed =
                    each->progress.lastFailure
                        ? each->progress.lastFailure->step
                        : static_cast<delivery::DeliveryStep>(static_cast<int>(each->progress.reached) + 1);
                each->brief = tr("Stopped at \"%1\"").arg(delivery::DeliveryText::label(failed));
                each->cause = error.message;
                each->holder.reason = outcome.whereItStopped.isEmpty()
                                          ? describe(error)
                                          : tr("%1\n\n%2").arg(outcome.whereItStopped, describe(error));
                showError(tr("%1\nThe batch goes on with the next holder.").arg(error.message));
            } else {
                writeReceipt(*each, outcome.facts);
                emit m_desk.orderChanged(orderId);
                emit delivered(orderId);
            }
            nextHolder();
        });
}

void BatchDeliveryPage::writeReceipt(Entry& each, const QJsonObject& facts)
{
    // The order is delivered, whatever happens to its paper now.
    each.holder.state = BatchHolder::State::Delivered;
    auto receipt = saveReceipt(m_setup, each.order, m_operator->who(), each.progress, facts);
    if (!receipt) {
        each.holder.reason = describe(receipt.error());
        showError(each.holder.reason);
        return;
    }
    each.holder.receiptPath = receipt->path;
}

void BatchDeliveryPage::skipCurrent()
{
    if (!m_skip->isEnabled()) {
        return;
    }
    Entry& each = m_entries[m_current];
    each.holder.state = BatchHolder::State::Stopped;
    each.brief = tr("Skipped: no token at the counter");
    each.cause = tr("Skipped: no token for this holder at the counter.");
    each.holder.reason = tr("Skipped: no token for this holder at the counter. Its identity check is "
                            "recorded; the one-holder delivery goes on from there.");
    const qint64 orderId = each.holder.orderId;
    m_message->hide();
    run(
        [orderId](DeliveryWorker&, BatchSessions& sessions) {
            sessions.byOrder.erase(orderId);
            return BatchOutcome{};
        },
        [this](BatchOutcome&) { nextHolder(); });
}

void BatchDeliveryPage::finish()
{
    int delivered = 0;
    QStringList stopped;
    for (const Entry& each : std::as_const(m_entries)) {
        if (each.holder.state == BatchHolder::State::Delivered) {
            ++delivered;
        } else {
            stopped.append(
                tr("• %1, %2: %3").arg(each.holder.orderNumber, each.holder.holderName, each.cause));
        }
    }
    QString text = tr("Delivered %1 of %2 certificates collected by %3.")
                       .arg(delivered)
                       .arg(m_entries.size())
                       .arg(m_agent.displayName());
    if (!stopped.isEmpty()) {
        text += u"\n\n"_s + tr("Stopped:") + u"\n"_s + stopped.join(u"\n"_s) + u"\n\n"_s +
                tr("A stopped delivery resumes where it stopped: open its order, then Order ▸ Face-to-face "
                   "delivery (Ctrl+Shift+D). A holder's token already prepared asks for the PIN printed on "
                   "its PIN letter.");
    }
    m_summary->setText(text);
    showStep(SummaryStep);
    updateOrderList();
    m_orders->setFocus();
    if (m_orders->topLevelItemCount() > 0 && m_orders->currentItem() == nullptr) {
        m_orders->setCurrentItem(m_orders->topLevelItem(0));
    }
}

void BatchDeliveryPage::printPinLetterAgain()
{
    Entry* chosen = selectedEntry();
    if (chosen == nullptr || !chosen->secrets) {
        return;
    }
    const Status printed = printPinLetter(m_setup, chosen->letter, *chosen->secrets, this);
    if (printed) {
        chosen->holder.pinLetterPrinted = true;
        showMessage(tr("The PIN letter of %1 is printed.").arg(chosen->holder.holderName));
    } else {
        showError(describe(printed.error()));
    }
    updateOrderList();
    updateButtons();
}

void BatchDeliveryPage::openFile(const QString& path)
{
    if (const Status opened = openPaper(m_setup, path); !opened) {
        showError(opened.error().message);
    }
}

} // namespace guichet::ui
