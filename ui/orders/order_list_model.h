#pragma once

// The order list (*Commandes*) as a table model over the store: rowCount() is the store's count
// for the filter, rows are read a page at a time when a view asks for them (OrderPager), and the
// checklist column is computed only for rows shown, a moment after they are shown
// (ChecklistDigests). Sorting is the store's: only columns it can sort on are sortable.
//
// Changes: DeskSession::ordersReset() reloads everything; DeskSession::orderChanged() re-reads that
// one order and refreshes its row in place. A changed order that no longer matches the filter (a
// validated order in a "verification" list) stays, showing its new phase, until the next query
// (filter, sort or reload): rows do not vanish under the operator's keyboard.

#include "order_filter.h"
#include "order_pager.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QIcon>
#include <array>
#include <optional>

namespace guichet::ui {

class ChecklistDigests;
class DeskSession;

class OrderListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column
    {
        Number,
        Date,
        Holder,
        Siren,
        Organisation,
        Process,
        Phase,
        Type,
        Portal,
        DaysWaiting,
        Checklist,
    };
    static constexpr int columnTotal = int(Column::Checklist) + 1;

    enum Role
    {
        OrderIdRole = Qt::UserRole + 1, ///< qint64
        PhaseCodeRole,                  ///< the phase's stable code
        DateRole,                       ///< the order date, a QDate
    };

    explicit OrderListModel(DeskSession& session, QObject* parent = nullptr);
    ~OrderListModel() override;

    void setFilter(const OrderFilter& filter);
    OrderFilter filter() const { return m_filter; }
    /// Runs the query again (new orders, another day) and forgets every cached row and checklist.
    void reload();

    /// The store's sort for a column, if the store can sort on it.
    static std::optional<store::OrderSort> storeSort(Column column);
    static bool isSortable(Column column) { return storeSort(column).has_value(); }
    static Column columnOf(const QModelIndex& index) { return Column(index.column()); }
    Column sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    /// The order on `index`'s row (read with its page if needed); 0 for an invalid index.
    qint64 orderFromIndex(const QModelIndex& index) const;
    /// The index of `orderId` among the rows already read (the pages in the cache); invalid when the
    /// order is not among them. A list of a million rows cannot say where any order is without
    /// asking the store.
    QModelIndex indexFromOrder(qint64 orderId, Column column = Column::Number) const;

    /// Store queries so far (tests and benchmarks).
    OrderPager::Statistics statistics() const { return m_pager.statistics(); }
    ChecklistDigests& checklists() { return *m_checklists; }
    /// The last error met, as a sentence; empty when the last query succeeded.
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// Sorts through the store; a column it cannot sort on is ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    /// The number of orders matching the filter (after every query).
    void matchCountChanged(int count);
    /// A store error, as a sentence for the operator (queued: never emitted from inside data()).
    void errorOccurred(const QString& message);

private:
    void requery();
    void refreshOrder(qint64 orderId);
    void checklistsReady(const QList<qint64>& orderIds);
    void reportPagerError() const;
    QVariant display(const store::OrderSummary& row, Column column) const;
    QVariant checklistData(const store::OrderSummary& row, int role) const;

    DeskSession& m_session;
    // data() is const but reads pages and queues checklists on demand: caches, not state.
    mutable OrderPager m_pager;
    ChecklistDigests* m_checklists;
    OrderFilter m_filter;
    Column m_sortColumn = Column::Date;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QDate m_today;
    QString m_lastError;
    mutable std::array<QIcon, 4> m_icons; ///< by ChecklistDigest::Level
};

} // namespace guichet::ui
