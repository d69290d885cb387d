#pragma once

// The order's notifications as the whole RA team sees them: date, time, operator, kind, subject, and
// an honest state. Until connected mode exists every notification waits in the outbox, and the list
// says so rather than pretending it was sent.

#include "model/decision.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QTreeWidget;

namespace guichet::ui {

class NotificationHistory : public QWidget
{
    Q_OBJECT

public:
    explicit NotificationHistory(QWidget* parent = nullptr);

    /// Newest first.
    void setNotifications(const QList<Notification>& notifications);
    QTreeWidget* tree() const { return m_tree; }
    /// Puts one of the page's buttons (*Envoyer une notification*) beside the history's title.
    void addButton(QWidget* button);

    /// The state column's words for `notification`.
    static QString stateText(const Notification& notification);

private:
    QTreeWidget* m_tree;
    QLabel* m_empty;
    QHBoxLayout* m_heading;
};

} // namespace guichet::ui
