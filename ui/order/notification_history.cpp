#include "notification_history.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace guichet::ui {
namespace {
enum Column
{
    DateColumn,
    TimeColumn,
    OperatorColumn,
    KindColumn,
    SubjectColumn,
    StateColumn
};
}

NotificationHistory::NotificationHistory(QWidget* parent)
    : QWidget(parent), m_tree(new QTreeWidget(this)), m_empty(new QLabel(this)), m_heading(new QHBoxLayout)
{
    auto* title = new QLabel(tr("Notification &history"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setBuddy(m_tree);

    m_tree->setObjectName(QStringLiteral("notificationHistory"));
    m_tree->setAccessibleName(tr("Notifications sent to the requester"));
    m_tree->setColumnCount(6);
    m_tree->setHeaderLabels({tr("Date"), tr("Time"), tr("Operator"), tr("Kind"), tr("Subject"), tr("State")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(SubjectColumn, QHeaderView::Interactive);
    m_tree->setColumnWidth(SubjectColumn, 220);

    m_empty->setObjectName(QStringLiteral("notificationHistoryEmpty"));
    m_empty->setText(tr("No notification has been written for this order."));
    m_empty->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading->addWidget(title);
    m_heading->addStretch();
    layout->addLayout(m_heading);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_empty);
}

void NotificationHistory::addButton(QWidget* button)
{
    m_heading->addWidget(button);
}

QString NotificationHistory::stateText(const Notification& notification)
{
    if (notification.sentAt.isValid()) {
        const QDateTime local = notification.sentAt.toLocalTime();
        return tr("Sent on %1 at %2")
            .arg(QLocale().toString(local.date(), QLocale::ShortFormat),
                 QLocale().toString(local.time(), QLocale::ShortFormat));
    }
    return tr("In the outbox — not sent: connected mode is not available yet");
}

void NotificationHistory::setNotifications(const QList<Notification>& notifications)
{
    QList<Notification> sorted = notifications;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Notification& a, const Notification& b) { return a.createdAt > b.createdAt; });
    m_tree->clear();
    for (const Notification& notification : sorted) {
        const QDateTime local = notification.createdAt.toLocalTime();
        auto* row = new QTreeWidgetItem(m_tree);
        row->setText(DateColumn, QLocale().toString(local.date(), QLocale::ShortFormat));
        row->setText(TimeColumn, QLocale().toString(local.time(), QLocale::ShortFormat));
        row->setText(OperatorColumn, notification.operatorId);
        row->setText(KindColumn, label(notification.kind));
        row->setText(SubjectColumn, notification.subject);
        row->setText(StateColumn, stateText(notification));
        // The whole message on hover: the team reads what was written without opening anything.
        const QString full = tr("To: %1\nSubject: %2\n\n%3")
                                 .arg(notification.recipient, notification.subject, notification.body);
        for (int column = 0; column < m_tree->columnCount(); ++column) {
            row->setToolTip(column, full);
        }
    }
    m_empty->setVisible(sorted.isEmpty());
}

} // namespace guichet::ui
