#include "main_window.h"

#include "delivery/batch_page.h"
#include "delivery/delivery_page.h"
#include "desk_settings.h"
#include "login/desk_lock.h"
#include "login/login_page.h"
#include "order/order_page.h"
#include "orders/order_filter.h"
#include "orders/order_list_view.h"
#include "session/desk_session.h"
#include "summary/activity_view.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDataStream>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>

namespace guichet::ui {
namespace {

enum Tab
{
    OrdersTab,
    ActivityTab,
    OrderTab
};

/// The order page's splitters, by object name, so that the operator's side-by-side layout survives.
QByteArray saveSplitters(const QWidget* page)
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    for (const QSplitter* splitter : page->findChildren<QSplitter*>()) {
        if (!splitter->objectName().isEmpty()) {
            stream << splitter->objectName() << splitter->saveState();
        }
    }
    return state;
}

void restoreSplitters(QWidget* page, const QByteArray& state)
{
    QDataStream stream(state);
    while (!stream.atEnd()) {
        QString name;
        QByteArray splitterState;
        stream >> name >> splitterState;
        if (stream.status() != QDataStream::Ok) {
            return;
        }
        if (auto* splitter = page->findChild<QSplitter*>(name)) {
            splitter->restoreState(splitterState);
        }
    }
}

} // namespace

MainWindow::MainWindow(DeskSession& session, bool demo, std::optional<LoginSetup> login, QWidget* parent)
    : QMainWindow(parent), m_session(session), m_demo(demo), m_stack(new QStackedWidget(this)),
      m_tabs(new QTabWidget(m_stack)), m_orders(new OrderListView(session, m_tabs)),
      m_activity(new ActivityView(session, m_tabs)), m_orderPage(new OrderPage(session, m_tabs)),
      m_storeLabel(new QLabel(this)), m_trainingLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_tabs->setObjectName(QStringLiteral("deskTabs"));
    m_tabs->setAccessibleName(tr("Desk"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_orders, tr("&Orders"));
    m_tabs->addTab(m_activity, tr("&Activity summary"));
    m_tabs->addTab(m_orderPage, tr("Order"));
    m_tabs->setTabEnabled(OrderTab, false);
    m_stack->setObjectName(QStringLiteral("deskStack"));
    m_stack->addWidget(m_tabs);
    setCentralWidget(m_stack);

    m_storeLabel->setObjectName(QStringLiteral("storeLabel"));
    m_trainingLabel->setObjectName(QStringLiteral("trainingLabel"));
    m_trainingLabel->setText(tr("TRAINING / FORMATION"));
    m_trainingLabel->setStyleSheet(QStringLiteral("QLabel { background: #ffd54f; color: #3e2700; "
                                                  "font-weight: bold; padding: 2px 8px; }"));
    m_trainingLabel->setAccessibleName(tr("Training mode"));
    m_trainingLabel->hide();
    statusBar()->addWidget(m_trainingLabel);
    statusBar()->addPermanentWidget(m_storeLabel);

    if (login) {
        m_loginPage = new LoginPage(std::move(*login), m_stack);
        m_stack->addWidget(m_loginPage);
        m_lock = new DeskLock(session, *m_loginPage, this);
        m_lock->setIdleTimeout(std::chrono::minutes(DeskSettings::idleLockMinutes()));
        connect(m_lock, &DeskLock::lockedChanged, this, &MainWindow::applyLock);
        connect(m_lock, &DeskLock::sessionEnded, this, &MainWindow::closeOrder);
    }
    buildMenus();

    connect(m_orders, &OrderListView::orderActivated, this, &MainWindow::openOrder);
    connect(m_activity, &ActivityView::ordersRequested, this,
            [this](const QString& portal, std::optional<Phase> phase) {
                OrderFilter filter;
                filter.portal = portal;
                filter.phase = phase;
                m_orders->setFilter(filter);
                showOrders();
            });
    connectOrderPage();
    connect(&session, &DeskSession::orderChanged, this, &MainWindow::updateStatus);
    connect(&session, &DeskSession::ordersReset, this, &MainWindow::updateStatus);
    connect(&session, &DeskSession::operatorChanged, this, &MainWindow::updateStatus);
    connect(&session, &DeskSession::orderChanged, this, &MainWindow::updateDeliverAction);
    connect(&session, &DeskSession::operatorChanged, this, &MainWindow::updateDeliverAction);
    applyLock(isLocked());
    restoreLayout();
}

MainWindow::~MainWindow()
{
    // The lock logs the operator out as it goes, which the session announces: the window no longer
    // listens by then.
    disconnect(&m_session, nullptr, this, nullptr);
    delete std::exchange(m_lock, nullptr);
}

void MainWindow::connectOrderPage()
{
    connect(m_orderPage, &OrderPage::closeRequested, this, &MainWindow::showOrders);
    connect(m_orderPage, &OrderPage::orderLoaded, this, [this](qint64, const QString& number) {
        m_tabs->setTabText(OrderTab, tr("Order %1").arg(number));
        updateDeliverAction();
    });
}

bool MainWindow::isLocked() const
{
    return m_loginPage != nullptr && (m_lock == nullptr || m_lock->isLocked());
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    if (m_lock != nullptr) {
        m_lockAction =
            file->addAction(tr("&Lock now"), this, [this] { m_lock->lock(DeskLock::Reason::Requested); });
        m_lockAction->setObjectName(QStringLiteral("lockNow"));
        m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
        m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
        m_deskActions.append(m_lockAction);
        file->addSeparator();
    }
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* orders = view->addAction(tr("&Orders"), this, &MainWindow::showOrders);
    orders->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction* activity = view->addAction(tr("&Activity summary"), this, &MainWindow::showActivity);
    activity->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction* order = view->addAction(tr("Current o&rder"), this, [this] {
        if (m_tabs->isTabEnabled(OrderTab)) {
            m_tabs->setCurrentIndex(OrderTab);
        }
    });
    order->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    view->addSeparator();
    view->addAction(m_orders->searchAction());
    m_deskActions.append({orders, activity, order, m_orders->searchAction()});

    QMenu* orderMenu = menuBar()->addMenu(tr("O&rder"));
    m_deliverAction = orderMenu->addAction(tr("Face-to-face &delivery…"), this, [this] {
        if (const Order* current = m_orderPage->order()) {
            openDelivery(current->id);
        }
    });
    m_deliverAction->setObjectName(QStringLiteral("faceToFaceDelivery"));
    m_deliverAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_batchDeliveryAction =
        orderMenu->addAction(tr("Agent's &batch delivery…"), this, &MainWindow::openBatchDelivery);
    m_batchDeliveryAction->setObjectName(QStringLiteral("agentBatchDelivery"));
    m_batchDeliveryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_deskActions.append(m_batchDeliveryAction);

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    QMenu* language = settings->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(this);
    const QString current = DeskSettings::language();
    for (const auto& [code, name] : {std::pair{QString(), tr("System language")},
                                     std::pair{QStringLiteral("fr"), QStringLiteral("Français")},
                                     std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction* action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    }
    if (m_lock != nullptr) {
        QAction* idle = settings->addAction(tr("Lock after &inactivity…"), this, &MainWindow::chooseIdleTime);
        idle->setObjectName(QStringLiteral("idleLockSetting"));
        m_deskActions.append(idle);
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Guichet"), this, &MainWindow::about);
}

void MainWindow::openOrder(qint64 orderId)
{
    m_orderPage->setOrder(orderId);
    m_tabs->setTabEnabled(OrderTab, true);
    m_tabs->setCurrentIndex(OrderTab);
}

void MainWindow::showOrders()
{
    m_tabs->setCurrentIndex(OrdersTab);
    m_orders->focusList();
}

void MainWindow::showActivity()
{
    m_tabs->setCurrentIndex(ActivityTab);
    m_activity->setFocus();
}

void MainWindow::setDeliverySetup(DeliverySetup setup)
{
    m_deliverySetup = std::move(setup);
    updateDeliverAction();
}

void MainWindow::updateDeliverAction()
{
    if (m_deliverAction == nullptr) {
        return;
    }
    const Order* current = m_orderPage->order();
    const std::optional<Operator> who = isLocked() ? std::nullopt : m_session.currentOperator();
    m_deliverAction->setEnabled(current != nullptr && current->phase == Phase::Generation && who &&
                                who->may(Permission::DeliverCertificate) && m_lock != nullptr &&
                                m_lock->operatorSession() != nullptr);
}

void MainWindow::openDelivery(qint64 orderId)
{
    if (m_lock == nullptr || m_lock->operatorSession() == nullptr) {
        return;
    }
    closeDelivery();
    closeBatchDelivery(); // one delivery at the counter at a time
    m_deliveryPage = new DeliveryPage(m_session, m_lock->operatorSession(), m_deliverySetup, orderId, m_tabs);
    connect(m_deliveryPage, &DeliveryPage::closeRequested, this, &MainWindow::closeDelivery);
    const Order* current = m_orderPage->order();
    const int index = m_tabs->addTab(m_deliveryPage, current != nullptr && current->id == orderId
                                                         ? tr("Delivery %1").arg(current->number)
                                                         : tr("Delivery"));
    m_tabs->setCurrentIndex(index);
}

void MainWindow::closeDelivery()
{
    if (m_deliveryPage) {
        const int index = m_tabs->indexOf(m_deliveryPage);
        if (index >= 0) {
            m_tabs->removeTab(index);
        }
        delete m_deliveryPage;
        if (m_tabs->currentIndex() != OrderTab && m_tabs->isTabEnabled(OrderTab)) {
            m_tabs->setCurrentIndex(OrderTab);
        }
    }
}

void MainWindow::openBatchDelivery()
{
    closeDelivery();
    closeBatchDelivery();
    const Order* current = m_orderPage->order();
    // Nobody logged in, or no CA: the page says so (blockedText) rather than the action doing nothing.
    m_batchDeliveryPage = new BatchDeliveryPage(
        m_session, m_lock != nullptr ? m_lock->operatorSession() : nullptr, m_deliverySetup,
        current != nullptr && current->agent ? current->id : 0, m_tabs);
    connect(m_batchDeliveryPage, &BatchDeliveryPage::closeRequested, this, &MainWindow::closeBatchDelivery);
    const int index = m_tabs->addTab(m_batchDeliveryPage, tr("Agent's batch delivery"));
    m_tabs->setCurrentIndex(index);
}

void MainWindow::closeBatchDelivery()
{
    if (m_batchDeliveryPage) {
        const int index = m_tabs->indexOf(m_batchDeliveryPage);
        if (index >= 0) {
            m_tabs->removeTab(index);
        }
        delete m_batchDeliveryPage;
        if (m_tabs->currentIndex() != OrderTab && m_tabs->isTabEnabled(OrderTab)) {
            m_tabs->setCurrentIndex(OrderTab);
        }
    }
}

void MainWindow::closeOrder()
{
    closeDelivery();
    closeBatchDelivery();
    // A fresh page in place of the old one: nothing of the previous order stays in memory or on screen
    // (its detached viewer and dialogs go with it).
    const QByteArray splitters = saveSplitters(m_orderPage);
    OrderPage* old = m_orderPage;
    m_orderPage = new OrderPage(m_session, m_tabs);
    m_tabs->removeTab(OrderTab);
    m_tabs->insertTab(OrderTab, m_orderPage, tr("Order"));
    m_tabs->setTabEnabled(OrderTab, false);
    delete old;
    restoreSplitters(m_orderPage, splitters);
    connectOrderPage();
    m_tabs->setCurrentIndex(OrdersTab);
    if (isLocked()) {
        // The session that owned the hidden windows ended: they do not come back for the next operator.
        for (const QPointer<QWidget>& window : std::exchange(m_hiddenWindows, {})) {
            if (window) {
                window->close();
            }
        }
    }
}

void MainWindow::applyLock(bool locked)
{
    if (m_loginPage == nullptr) {
        updateStatus();
        return;
    }
    if (locked) {
        // Other windows of the desk (a detached document, a dialog) would show what the lock hides,
        // or block the lock screen: hidden until the operator resumes.
        for (QWidget* window : QApplication::topLevelWidgets()) {
            if (window != this && window->isVisible() && !m_loginPage->isAncestorOf(window)) {
                m_hiddenWindows.append(window);
                window->hide();
            }
        }
        m_tabs->setEnabled(false);
        m_stack->setCurrentWidget(m_loginPage);
        m_loginPage->setFocus();
    } else {
        m_tabs->setEnabled(true);
        m_stack->setCurrentWidget(m_tabs);
        for (const QPointer<QWidget>& window : std::exchange(m_hiddenWindows, {})) {
            if (window) {
                window->show();
            }
        }
        if (QWidget* current = m_tabs->currentWidget()) {
            current->setFocus();
        }
    }
    for (QAction* action : std::as_const(m_deskActions)) {
        action->setEnabled(!locked);
    }
    updateStatus();
    updateDeliverAction();
}

void MainWindow::chooseIdleTime()
{
    if (m_lock == nullptr || isLocked()) {
        return;
    }
    bool ok = false;
    const int minutes = QInputDialog::getInt(
        this, tr("Lock after inactivity"),
        tr("Minutes without activity before the desk locks itself (0: never):"),
        DeskSettings::idleLockMinutes(), 0, DeskSettings::maximumIdleLockMinutes, 1, &ok);
    if (ok) {
        DeskSettings::setIdleLockMinutes(minutes);
        m_lock->setIdleTimeout(std::chrono::minutes(DeskSettings::idleLockMinutes()));
    }
}

void MainWindow::chooseLanguage(const QString& language)
{
    DeskSettings::setLanguage(language);
    QMessageBox::information(this, tr("Language"),
                             tr("The new language will be used the next time Guichet starts."));
}

void MainWindow::updateStatus()
{
    const std::optional<Operator> who = isLocked() ? std::nullopt : m_session.currentOperator();
    const bool training = (who && who->training) || (m_loginPage != nullptr && m_loginPage->isTraining());
    m_storeLabel->setText(statusText());
    m_trainingLabel->setVisible(training);

    QStringList title{tr("Guichet")};
    if (m_demo) {
        title.append(tr("demo data"));
    }
    if (isLocked()) {
        title.append(tr("locked"));
    } else if (who) {
        QStringList roles;
        for (const Role role : who->roles) {
            roles.append(label(role));
        }
        title.append(roles.isEmpty() ? who->name : tr("%1, %2").arg(who->name, roles.join(u", ")));
    }
    if (training) {
        title.append(tr("TRAINING"));
    }
    setWindowTitle(title.join(u" — "));
}

QString MainWindow::statusText() const
{
    const std::optional<Operator> who = isLocked() ? std::nullopt : m_session.currentOperator();
    QString text;
    if (isLocked()) {
        text = tr("Locked — store: %1").arg(m_session.storePath());
    } else if (who) {
        QStringList roles;
        for (const Role role : who->roles) {
            roles.append(label(role));
        }
        text =
            tr("Operator: %1, %2 — store: %3")
                .arg(who->name, roles.isEmpty() ? tr("no role") : roles.join(u", "), m_session.storePath());
        if (who->training) {
            text = tr("TRAINING — ") + text;
        }
    } else {
        text = tr("Nobody logged in: read only — store: %1").arg(m_session.storePath());
    }
    if (m_demo) {
        text = tr("DEMO DATA — ") + text;
    }
    return text;
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Guichet"),
                       tr("<p><b>Guichet</b> %1</p><p>The registration authority's workstation: check the "
                          "dossiers behind orders for qualified signature certificates, in the RA's order "
                          "of checks, and validate them.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = DeskSettings::windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        resize(1400, 900);
    }
    restoreState(DeskSettings::windowState());
    m_orders->restoreState(DeskSettings::orderListState());
    restoreSplitters(m_orderPage, DeskSettings::orderPageState());
}

void MainWindow::saveLayout()
{
    DeskSettings::setWindowGeometry(saveGeometry());
    DeskSettings::setWindowState(saveState());
    DeskSettings::setOrderListState(m_orders->saveState());
    DeskSettings::setOrderPageState(saveSplitters(m_orderPage));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Every decision is already in the store: closing loses nothing but the layout, saved here.
    saveLayout();
    for (const QPointer<QWidget>& window : std::exchange(m_hiddenWindows, {})) {
        if (window) {
            window->close();
        }
    }
    event->accept();
}

} // namespace guichet::ui
