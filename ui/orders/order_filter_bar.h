#pragma once

// The order list's filter bar: a search box over the store's full-text index (debounced while the
// operator types), phase, type and portal filters, an optional date range, and the live count of
// matching orders. It knows nothing of the store: the list view gives it the portals and the count.

#include "order_filter.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace guichet::ui {

class OrderFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit OrderFilterBar(QWidget* parent = nullptr);

    OrderFilter filter() const;
    /// Shows `filter` and announces it at once, without the typing delay (the activity summary's
    /// "portal X, phase verification" jumps). A portal not in the list yet is added.
    void setFilter(const OrderFilter& filter);
    /// The portals offered (OrderStore::portals()); the chosen one stays chosen.
    void setPortals(const QStringList& portals);
    /// "1 234 orders", formatted for the operator's locale.
    void setMatchCount(int count);
    QString matchCountText() const;
    /// Puts the cursor in the search box, its text selected (Ctrl+F).
    void focusSearch();
    /// Starts a new search with `text` (a letter typed in the list goes here).
    void typeIntoSearch(const QString& text);
    /// How long typing must pause before the search runs (default 250 ms).
    void setSearchDelay(int milliseconds) { m_typing.setInterval(milliseconds); }

signals:
    void filterChanged(const OrderFilter& filter);
    /// Enter or Down in the search box: the operator is done typing and wants the list.
    void listRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildWidgets();
    void announce();
    void flushTyping();
    void clearAll();
    QDate dateOf(const QCheckBox* enabled, const QDateEdit* edit) const;
    void showDate(QCheckBox* enabled, QDateEdit* edit, const QDate& date);

    QLineEdit* m_search = nullptr;
    QComboBox* m_phase = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_portal = nullptr;
    QCheckBox* m_fromEnabled = nullptr;
    QDateEdit* m_from = nullptr;
    QCheckBox* m_toEnabled = nullptr;
    QDateEdit* m_to = nullptr;
    QPushButton* m_clear = nullptr;
    QLabel* m_count = nullptr;
    QTimer m_typing;
    bool m_updating = false; ///< set while setFilter() fills the widgets: one announcement, not six
    OrderFilter m_announced;
};

} // namespace guichet::ui
