#pragma once

// The desk's window: the order list (*Commandes*), the activity summary (*Résumé d'activité*) and
// the order page (*fiche de commande*) as tabs the keyboard reaches with Ctrl+1, Ctrl+2, Ctrl+3.
// It wires the rooms together and remembers its layout; it decides nothing.
//
// With a login setup the desk starts locked: the lock screen stands in place of the tabs, which stay
// as they were behind it (nothing is lost by locking), the menus that act are disabled, and other
// windows of the desk (a detached document viewer, an open dialog) are hidden until the same
// operator resumes. "Lock now" is Ctrl+L. The title and the status bar say who is working, with
// which roles, and TRAINING when the operator's certificate is a training one.

#include "delivery/batch_page.h"
#include "delivery/delivery_page.h"
#include "login/login_setup.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <optional>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace guichet::ui {

class ActivityView;
class DeskLock;
class DeskSession;
class LoginPage;
class OrderListView;
class OrderPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// `demo` marks the window as showing demo data, everywhere the operator looks. With `login`,
    /// the window starts locked and opens only to an operator's token login; without it (tests of
    /// the desk's views) there is no lock and the session's operator, if any, is the one at work.
    explicit MainWindow(DeskSession& session, bool demo, std::optional<LoginSetup> login = std::nullopt,
                        QWidget* parent = nullptr);
    ~MainWindow() override;

    OrderListView* orderList() const { return m_orders; }
    ActivityView* activity() const { return m_activity; }
    OrderPage* orderPage() const { return m_orderPage; }
    QTabWidget* tabs() const { return m_tabs; }
    /// The lock screen and the lock; null without a login setup.
    LoginPage* loginPage() const { return m_loginPage; }
    DeskLock* deskLock() const { return m_lock; }
    bool isLocked() const;
    /// The status bar's text (operator, roles, training, store).
    QString statusText() const;
    QAction* lockAction() const { return m_lockAction; }

    /// Opens an order on the order page (*Traiter*).
    void openOrder(qint64 orderId);
    void showOrders();
    void showActivity();
    /// Closes the order page (a fresh, empty one takes its place) and shows the list.
    void closeOrder();

    /// What the face-to-face delivery works with (modules, CA, paper folder). Without it, the
    /// delivery action says that no CA is configured.
    void setDeliverySetup(DeliverySetup setup);
    /// *Remise en face à face* of the open order: enabled for an order awaiting delivery (phase
    /// Génération du certificat) when the operator may deliver (AET, AED).
    QAction* deliverAction() const { return m_deliverAction; }
    /// Opens the delivery page of `orderId` in a tab of its own.
    void openDelivery(qint64 orderId);
    /// The open delivery page, if any.
    DeliveryPage* deliveryPage() const { return m_deliveryPage; }
    void closeDelivery();
    /// The certification agent's batch delivery (all the ready orders an agent collects), in a tab
    /// of its own; the agent of the open order is chosen first. Without an operator who may deliver,
    /// or without a CA, the page says why nothing can be delivered.
    QAction* batchDeliveryAction() const { return m_batchDeliveryAction; }
    void openBatchDelivery();
    /// The open batch page, if any.
    BatchDeliveryPage* batchDeliveryPage() const { return m_batchDeliveryPage; }
    void closeBatchDelivery();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void connectOrderPage();
    void restoreLayout();
    void saveLayout();
    void chooseLanguage(const QString& language);
    void chooseIdleTime();
    void updateStatus();
    void applyLock(bool locked);
    void about();
    void updateDeliverAction();

    DeskSession& m_session;
    bool m_demo;
    QStackedWidget* m_stack;
    QTabWidget* m_tabs;
    OrderListView* m_orders;
    ActivityView* m_activity;
    OrderPage* m_orderPage;
    QLabel* m_storeLabel;
    QLabel* m_trainingLabel;
    LoginPage* m_loginPage = nullptr;
    DeskLock* m_lock = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_deliverAction = nullptr;
    DeliverySetup m_deliverySetup;
    QPointer<DeliveryPage> m_deliveryPage;
    QAction* m_batchDeliveryAction = nullptr;
    QPointer<BatchDeliveryPage> m_batchDeliveryPage;
    /// The actions that act on the desk's content: disabled while it is locked.
    QList<QAction*> m_deskActions;
    /// Windows hidden by the lock, shown again when the same operator resumes.
    QList<QPointer<QWidget>> m_hiddenWindows;
};

} // namespace guichet::ui
