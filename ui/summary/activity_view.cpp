#include "activity_view.h"

#include "activity_model.h"

#include <QDateTime>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace guichet::ui {
namespace {

/// Enter on a cell activates it, as a double-click does (QTableView only does so on some styles).
class EnterActivates : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const auto* key = static_cast<QKeyEvent*>(event);
            auto* view = qobject_cast<QTableView*>(watched);
            if (view && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                view->currentIndex().isValid()) {
                emit view->activated(view->currentIndex());
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

ActivityView::ActivityView(DeskSession& session, QWidget* parent)
    : QWidget(parent), m_model(new ActivityModel(session, this)), m_table(new QTableView(this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("activityView"));
    auto* title = new QLabel(tr("<h2>Activity summary</h2>"), this);
    auto* hint =
        new QLabel(tr("Orders waiting for the administrative RA (to verify, to validate) and for the "
                      "technical RA (to generate), per RA portal. Double-click or press Enter on a "
                      "count to open the matching orders."),
                   this);
    hint->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("activityTable"));
    m_table->setAccessibleName(tr("Activity summary per RA portal"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ActivityModel::Portal, QHeaderView::Stretch);
    for (int column = ActivityModel::ToVerify; column < ActivityModel::ColumnCount; ++column) {
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    m_table->installEventFilter(new EnterActivates(m_table));
    m_status->setObjectName(QStringLiteral("activityStatus"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_table, &QTableView::activated, this, &ActivityView::activate);
    connect(m_table, &QTableView::doubleClicked, this, &ActivityView::activate);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActivityView::refreshStatus);
    refreshStatus();
}

void ActivityView::activate(const QModelIndex& index)
{
    if (!index.isValid()) {
        return;
    }
    emit ordersRequested(m_model->portalOf(index), ActivityModel::phaseOf(index.column()));
}

void ActivityView::refreshStatus()
{
    m_status->setText(
        m_model->lastError().isEmpty()
            ? tr("Updated at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat))
            : m_model->lastError());
}

} // namespace guichet::ui
