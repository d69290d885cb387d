#pragma once

// The order list (*Commandes*): the filter bar over a keyboard-first table. Arrows and PageDown
// move, Enter or a double-click opens the order (*Traiter*), Ctrl+F goes to the search box and
// Down or Enter there comes back to the list, F5 reloads.

#include "order_filter.h"

#include <QByteArray>
#include <QWidget>

class QAction;
class QLabel;
class QTableView;

namespace guichet::ui {

class DeskSession;
class OrderFilterBar;
class OrderListModel;

class OrderListView : public QWidget
{
    Q_OBJECT

public:
    explicit OrderListView(DeskSession& session, QWidget* parent = nullptr);

    OrderListModel* model() const { return m_model; }
    OrderFilterBar* filterBar() const { return m_filterBar; }
    QTableView* table() const { return m_table; }
    /// Ctrl+F, for the main window's menu.
    QAction* searchAction() const { return m_searchAction; }

    /// Shows `filter` in the bar, lists its orders and puts the keyboard on the first one (the
    /// activity summary's "portal X, phase verification").
    void setFilter(const OrderFilter& filter);
    /// The order on the current row; 0 when none.
    qint64 currentOrder() const;
    /// Puts the keyboard in the list, on the first row if no row is current.
    void focusList();

    /// Column widths, order and sort, for the main window to keep between sessions.
    QByteArray saveState() const;
    /// False (and nothing changed) for a state this version cannot read.
    bool restoreState(const QByteArray& state);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    /// Enter, a double-click or "Process order" on a row: open the order (*Traiter*).
    void orderActivated(qint64 orderId);
    /// The current row changed; 0 when no row is current.
    void currentOrderChanged(qint64 orderId);

private:
    void buildTable();
    void buildActions();
    void activate(const QModelIndex& index);
    void refreshPortals();
    void showError(const QString& message);
    void keepSortIndicatorOnSortableColumns(int section, Qt::SortOrder order);
    void rememberCurrent();
    void restoreCurrent();
    void setDefaultColumnWidths();
    void buildColumnMenu();
    void syncColumnMenu();

    DeskSession& m_session;
    OrderListModel* m_model = nullptr;
    OrderFilterBar* m_filterBar = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_error = nullptr;
    QAction* m_searchAction = nullptr;
    qint64 m_current = 0; ///< the order on the current row, as last announced
    qint64 m_currentBeforeReset = 0;
};

} // namespace guichet::ui
