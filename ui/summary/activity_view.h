#pragma once

// The activity summary page: the per-portal counts, live, and a way to jump from a count to the
// matching orders (double-click or Enter on a count).

#include "model/enums.h"

#include <QWidget>
#include <optional>

class QLabel;
class QTableView;

namespace guichet::ui {

class ActivityModel;
class DeskSession;

class ActivityView : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityView(DeskSession& session, QWidget* parent = nullptr);

    ActivityModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

signals:
    /// Show the orders of `portal` (empty: every portal) in `phase`.
    void ordersRequested(const QString& portal, std::optional<guichet::Phase> phase);

private:
    void activate(const QModelIndex& index);
    void refreshStatus();

    ActivityModel* m_model;
    QTableView* m_table;
    QLabel* m_status;
};

} // namespace guichet::ui
