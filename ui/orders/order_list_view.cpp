#include "order_list_view.h"

#include "order_filter_bar.h"
#include "order_list_model.h"
#include "session/desk_session.h"
#include "store/order_store.h"

#include <QAction>
#include <QClipboard>
#include <QDataStream>
#include <QGuiApplication>
#include <QHeaderView>
#include <QIODevice>
#include <QKeyEvent>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace guichet::ui {
namespace {

/// saveState()'s format: a tag and a version before the header's own state.
constexpr quint32 stateTag = 0x474f4c56; // "GOLV": Guichet order list view
constexpr quint8 stateVersion = 1;

} // namespace

OrderListView::OrderListView(DeskSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new OrderListModel(session, this)),
      m_filterBar(new OrderFilterBar(this))
{
    setObjectName(QStringLiteral("orderListView"));
    setAccessibleName(tr("Orders"));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("orderListError"));
    m_error->setAccessibleName(tr("Order list error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #611a15; padding: 6px; "
                                          "border: 1px solid #f5c2c0; border-radius: 3px; }"));
    m_error->hide();

    buildTable();
    buildActions();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);

    connect(m_filterBar, &OrderFilterBar::filterChanged, m_model, &OrderListModel::setFilter);
    connect(m_filterBar, &OrderFilterBar::listRequested, this, &OrderListView::focusList);
    connect(m_model, &OrderListModel::matchCountChanged, m_filterBar, &OrderFilterBar::setMatchCount);
    connect(m_model, &OrderListModel::matchCountChanged, this, [this] {
        if (m_model->lastError().isEmpty()) {
            m_error->hide();
        }
    });
    connect(m_model, &OrderListModel::errorOccurred, this, &OrderListView::showError);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &OrderListView::rememberCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OrderListView::restoreCurrent);
    connect(&session, &DeskSession::ordersReset, this, &OrderListView::refreshPortals);

    m_filterBar->setMatchCount(m_model->rowCount());
    if (!m_model->lastError().isEmpty()) {
        showError(m_model->lastError());
    }
    refreshPortals();
    setFocusProxy(m_table);
}

void OrderListView::buildTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("orderTable"));
    m_table->setAccessibleName(tr("Orders"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the list, as everywhere else
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setCornerButtonEnabled(false);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);

    // Fixed row heights: the view never measures a row, so a million rows cost nothing to lay out.
    QHeaderView* rows = m_table->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 8);

    QHeaderView* columns = m_table->horizontalHeader();
    columns->setSectionsMovable(true);
    columns->setHighlightSections(false);
    columns->setStretchLastSection(true);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setDefaultColumnWidths();
    buildColumnMenu();
    columns->setSortIndicator(int(m_model->sortColumn()), m_model->sortOrder());
    m_table->setSortingEnabled(true);
    connect(columns, &QHeaderView::sortIndicatorChanged, this,
            &OrderListView::keepSortIndicatorOnSortableColumns);

    // Letters typed in the list start a search. Left to the table, they would run its "keyboard
    // search", which walks the model row by row: a million rows read for a letter no row starts with.
    m_table->installEventFilter(this);

    connect(m_table, &QAbstractItemView::activated, this, &OrderListView::activate);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const qint64 orderId = m_model->orderFromIndex(current);
                if (orderId != m_current) {
                    m_current = orderId;
                    emit currentOrderChanged(orderId);
                }
            });
}

void OrderListView::setDefaultColumnWidths()
{
    using Column = OrderListModel::Column;
    const QFontMetrics metrics = fontMetrics();
    const int padding = 3 * metrics.averageCharWidth();
    const auto width = [&](const QString& sample) {
        return metrics.horizontalAdvance(sample) + padding;
    };
    const struct
    {
        Column column;
        int width;
    } widths[] = {
        {Column::Number, width(QStringLiteral("CMD-2026-0000000"))},
        {Column::Date, width(QStringLiteral("00/00/0000"))},
        {Column::Holder, width(QStringLiteral("Jean-Baptiste Rousseau-Vidal"))},
        {Column::Siren, width(QStringLiteral("000000000"))},
        {Column::Organisation, width(QStringLiteral("Chambre de commerce et d'indust"))},
        {Column::Process, width(QStringLiteral("Génération Certificat"))},
        {Column::Phase, width(QStringLiteral("Vérification des pièces"))},
        {Column::Type, width(m_model->headerData(int(Column::Type), Qt::Horizontal).toString()) + padding},
        {Column::Portal, width(QStringLiteral("CCI Nantes St-Nazaire"))},
        {Column::DaysWaiting,
         width(m_model->headerData(int(Column::DaysWaiting), Qt::Horizontal).toString()) + padding},
    };
    for (const auto& [column, pixels] : widths) {
        m_table->horizontalHeader()->resizeSection(int(column), pixels);
    }
    // The process is the same for nearly every order: there, but not in the way.
    m_table->horizontalHeader()->hideSection(int(Column::Process));
}

void OrderListView::buildColumnMenu()
{
    // The header's context menu shows and hides columns (the process is hidden at first).
    QHeaderView* columns = m_table->horizontalHeader();
    columns->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int section = 0; section < OrderListModel::columnTotal; ++section) {
        auto* action =
            new QAction(m_model->headerData(section, Qt::Horizontal, Qt::DisplayRole).toString(), columns);
        action->setObjectName(QStringLiteral("showColumnAction%1").arg(section));
        action->setCheckable(true);
        action->setChecked(!columns->isSectionHidden(section));
        connect(action, &QAction::toggled, columns, [columns, section, action](bool shown) {
            // The last visible column stays: a table without columns cannot be brought back.
            if (!shown && columns->count() - columns->hiddenSectionCount() <= 1) {
                const QSignalBlocker blocker(action);
                action->setChecked(true);
                return;
            }
            columns->setSectionHidden(section, !shown);
        });
        columns->addAction(action);
    }
}

void OrderListView::syncColumnMenu()
{
    QHeaderView* columns = m_table->horizontalHeader();
    const QList<QAction*> actions = columns->actions();
    for (int section = 0; section < actions.size(); ++section) {
        const QSignalBlocker blocker(actions.at(section));
        actions.at(section)->setChecked(!columns->isSectionHidden(section));
    }
}

bool OrderListView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const QString text = key->text();
        const bool plain = (key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier)) == Qt::NoModifier;
        if (plain && text.size() == 1 && text.at(0).isPrint() && !text.at(0).isSpace()) {
            m_filterBar->typeIntoSearch(text);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void OrderListView::buildActions()
{
    auto* process = new QAction(tr("Process order"), m_table);
    process->setObjectName(QStringLiteral("processOrderAction"));
    process->setToolTip(tr("Open the order to check its dossier (Enter)"));
    connect(process, &QAction::triggered, this, [this] { activate(m_table->currentIndex()); });

    auto* copyNumber = new QAction(tr("Copy order number"), m_table);
    copyNumber->setObjectName(QStringLiteral("copyOrderNumberAction"));
    copyNumber->setShortcut(QKeySequence::Copy);
    copyNumber->setShortcutContext(Qt::WidgetShortcut);
    connect(copyNumber, &QAction::triggered, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid()) {
            const QModelIndex number = current.siblingAtColumn(int(OrderListModel::Column::Number));
            QGuiApplication::clipboard()->setText(number.data().toString());
        }
    });

    auto* reload = new QAction(tr("Reload"), this);
    reload->setObjectName(QStringLiteral("reloadOrdersAction"));
    reload->setShortcut(QKeySequence::Refresh);
    reload->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(reload, &QAction::triggered, this, [this] {
        m_model->reload();
        refreshPortals();
    });

    m_searchAction = new QAction(tr("Search orders"), this);
    m_searchAction->setObjectName(QStringLiteral("searchOrdersAction"));
    m_searchAction->setShortcut(QKeySequence::Find);
    m_searchAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_searchAction, &QAction::triggered, m_filterBar, &OrderFilterBar::focusSearch);

    m_table->addActions({process, copyNumber, reload});
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    addActions({reload, m_searchAction});
}

void OrderListView::setFilter(const OrderFilter& filter)
{
    m_filterBar->setFilter(filter);
    focusList();
}

qint64 OrderListView::currentOrder() const
{
    return m_model->orderFromIndex(m_table->currentIndex());
}

void OrderListView::focusList()
{
    m_table->setFocus(Qt::OtherFocusReason);
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0) {
        m_table->setCurrentIndex(m_model->index(0, int(OrderListModel::Column::Number)));
    }
}

QByteArray OrderListView::saveState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << stateTag << stateVersion << m_table->horizontalHeader()->saveState();
    return state;
}

bool OrderListView::restoreState(const QByteArray& state)
{
    QDataStream stream(state);
    stream.setVersion(QDataStream::Qt_6_4);
    quint32 tag = 0;
    quint8 version = 0;
    QByteArray header;
    stream >> tag >> version >> header;
    if (stream.status() != QDataStream::Ok || tag != stateTag || version != stateVersion) {
        return false;
    }
    QHeaderView* columns = m_table->horizontalHeader();
    if (!columns->restoreState(header)) {
        return false;
    }
    syncColumnMenu();
    // The header brings its sort indicator back without announcing it: sort the model to match.
    const auto column = OrderListModel::Column(columns->sortIndicatorSection());
    if (columns->sortIndicatorSection() >= 0 && OrderListModel::isSortable(column)) {
        m_model->sort(int(column), columns->sortIndicatorOrder());
    } else {
        const QSignalBlocker blocker(columns);
        columns->setSortIndicator(int(m_model->sortColumn()), m_model->sortOrder());
    }
    return true;
}

void OrderListView::activate(const QModelIndex& index)
{
    if (const qint64 orderId = m_model->orderFromIndex(index); orderId != 0) {
        emit orderActivated(orderId);
    }
}

void OrderListView::refreshPortals()
{
    auto portals = m_session.orders().portals();
    if (!portals) {
        showError(portals.error().message);
        return;
    }
    m_filterBar->setPortals(*portals);
}

void OrderListView::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void OrderListView::keepSortIndicatorOnSortableColumns(int section, Qt::SortOrder order)
{
    Q_UNUSED(order)
    if (section >= 0 && OrderListModel::isSortable(OrderListModel::Column(section))) {
        return; // the table has asked the model to sort already
    }
    // The store cannot sort on this column: the model ignored it; the arrow goes back where the
    // rows' order really comes from.
    QHeaderView* columns = m_table->horizontalHeader();
    const QSignalBlocker blocker(columns);
    columns->setSortIndicator(int(m_model->sortColumn()), m_model->sortOrder());
}

void OrderListView::rememberCurrent()
{
    m_currentBeforeReset = m_current;
}

void OrderListView::restoreCurrent()
{
    // After a new query the order the operator was on is found again if it is among the first
    // rows (the page the view is about to read anyway); further down it cannot be found without
    // asking the store where it is, and the list starts without a current row.
    if (m_currentBeforeReset != 0 && m_model->rowCount() > 0) {
        m_model->orderFromIndex(m_model->index(0, 0)); // reads the first page
        const QModelIndex found = m_model->indexFromOrder(m_currentBeforeReset);
        if (found.isValid()) {
            m_table->setCurrentIndex(found);
            return;
        }
    }
    if (m_current != 0) {
        m_current = 0;
        emit currentOrderChanged(0);
    }
}

} // namespace guichet::ui
