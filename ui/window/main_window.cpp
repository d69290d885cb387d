#include "main_window.h"

#include "desk_settings.h"
#include "order/order_page.h"
#include "orders/order_filter.h"
#include "orders/order_list_view.h"
#include "session/desk_session.h"
#include "summary/activity_view.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDataStream>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
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

MainWindow::MainWindow(DeskSession& session, bool demo, QWidget* parent)
    : QMainWindow(parent), m_session(session), m_demo(demo), m_tabs(new QTabWidget(this)),
      m_orders(new OrderListView(session, m_tabs)), m_activity(new ActivityView(session, m_tabs)),
      m_orderPage(new OrderPage(session, m_tabs)), m_storeLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(demo ? tr("Guichet — demo data") : tr("Guichet"));
    m_tabs->setObjectName(QStringLiteral("deskTabs"));
    m_tabs->setAccessibleName(tr("Desk"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_orders, tr("&Orders"));
    m_tabs->addTab(m_activity, tr("&Activity summary"));
    m_tabs->addTab(m_orderPage, tr("Order"));
    m_tabs->setTabEnabled(OrderTab, false);
    setCentralWidget(m_tabs);

    m_storeLabel->setObjectName(QStringLiteral("storeLabel"));
    statusBar()->addPermanentWidget(m_storeLabel);
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
    connect(m_orderPage, &OrderPage::closeRequested, this, &MainWindow::showOrders);
    connect(m_orderPage, &OrderPage::orderLoaded, this, [this](qint64, const QString& number) {
        m_tabs->setTabText(OrderTab, tr("Order %1").arg(number));
    });
    connect(&session, &DeskSession::orderChanged, this, &MainWindow::updateStatus);
    connect(&session, &DeskSession::ordersReset, this, &MainWindow::updateStatus);
    updateStatus();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
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

void MainWindow::chooseLanguage(const QString& language)
{
    DeskSettings::setLanguage(language);
    QMessageBox::information(this, tr("Language"),
                             tr("The new language will be used the next time Guichet starts."));
}

void MainWindow::updateStatus()
{
    QString text = tr("Operator: %1 — store: %2").arg(m_session.operatorId(), m_session.storePath());
    if (m_demo) {
        text = tr("DEMO DATA — ") + text;
    }
    m_storeLabel->setText(text);
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
    event->accept();
}

} // namespace guichet::ui
