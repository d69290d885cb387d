#pragma once

// The desk's window: the order list (*Commandes*), the activity summary (*Résumé d'activité*) and
// the order page (*fiche de commande*) as tabs the keyboard reaches with Ctrl+1, Ctrl+2, Ctrl+3.
// It wires the rooms together and remembers its layout; it decides nothing.

#include <QMainWindow>

class QLabel;
class QTabWidget;

namespace guichet::ui {

class ActivityView;
class DeskSession;
class OrderListView;
class OrderPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// `demo` marks the window as showing demo data, everywhere the operator looks.
    MainWindow(DeskSession& session, bool demo, QWidget* parent = nullptr);
    ~MainWindow() override;

    OrderListView* orderList() const { return m_orders; }
    ActivityView* activity() const { return m_activity; }
    OrderPage* orderPage() const { return m_orderPage; }
    QTabWidget* tabs() const { return m_tabs; }

    /// Opens an order on the order page (*Traiter*).
    void openOrder(qint64 orderId);
    void showOrders();
    void showActivity();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void restoreLayout();
    void saveLayout();
    void chooseLanguage(const QString& language);
    void updateStatus();
    void about();

    DeskSession& m_session;
    bool m_demo;
    QTabWidget* m_tabs;
    OrderListView* m_orders;
    ActivityView* m_activity;
    OrderPage* m_orderPage;
    QLabel* m_storeLabel;
};

} // namespace guichet::ui
