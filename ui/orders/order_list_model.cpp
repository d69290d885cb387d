#include "order_list_model.h"

#include "checklist_digests.h"
#include "checklist_icons.h"
#include "session/desk_session.h"

#include <QLocale>

namespace guichet::ui {
namespace {

/// What the list shows of an order, as OrderStore::find() would give it.
store::OrderSummary summaryOf(const Order& order)
{
    store::OrderSummary row;
    row.id = order.id;
    row.number = order.number;
    row.date = order.date;
    row.holderName = QString(order.holder.givenNames + u' ' + order.holder.surname).trimmed();
    row.organisationName = order.organisation.name;
    row.siren = order.organisation.siren;
    row.process = order.process;
    row.phase = order.phase;
    row.type = order.type;
    row.portal = order.portal;
    return row;
}

/// Orders whose checklist the list shows. A validated order's checklist was recorded with its
/// validation; checked again today it would only show what expired since. A cancelled order has
/// nothing left to check.
bool showsChecklist(Phase phase)
{
    return phase != Phase::Generation && phase != Phase::Delivered && phase != Phase::Cancelled;
}

/// Orders still waiting for someone at the RA (the days-waiting column).
bool isWaiting(Phase phase)
{
    return phase != Phase::Delivered && phase != Phase::Cancelled;
}

} // namespace

OrderListModel::OrderListModel(DeskSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session), m_pager(session.orders()),
      m_checklists(new ChecklistDigests(session, this))
{
    connect(m_checklists, &ChecklistDigests::ready, this, &OrderListModel::checklistsReady);
    connect(&session, &DeskSession::ordersReset, this, &OrderListModel::reload);
    connect(&session, &DeskSession::orderChanged, this, &OrderListModel::refreshOrder);
    m_today = m_session.today();
    if (auto status =
            m_pager.reset(m_filter.toQuery(*storeSort(m_sortColumn), m_sortOrder == Qt::DescendingOrder));
        !status) {
        m_lastError = status.error().message;
    }
}

OrderListModel::~OrderListModel() = default;

std::optional<store::OrderSort> OrderListModel::storeSort(Column column)
{
    switch (column) {
    case Column::Number:
        return store::OrderSort::Number;
    case Column::Date:
        return store::OrderSort::Date;
    case Column::Holder:
        return store::OrderSort::HolderName;
    case Column::Organisation:
        return store::OrderSort::Organisation;
    case Column::Phase:
        return store::OrderSort::Phase;
    case Column::Portal:
        return store::OrderSort::Portal;
    case Column::Siren:
    case Column::Process:
    case Column::Type:
    case Column::DaysWaiting:
    case Column::Checklist:
        return std::nullopt;
    }
    return std::nullopt;
}

void OrderListModel::setFilter(const OrderFilter& filter)
{
    if (filter == m_filter) {
        return;
    }
    m_filter = filter;
    requery();
}

void OrderListModel::reload()
{
    m_checklists->clear();
    requery();
}

void OrderListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnTotal || !isSortable(Column(column))) {
        return;
    }
    if (Column(column) == m_sortColumn && order == m_sortOrder) {
        return;
    }
    m_sortColumn = Column(column);
    m_sortOrder = order;
    requery();
}

void OrderListModel::requery()
{
    beginResetModel();
    m_today = m_session.today();
    const auto status =
        m_pager.reset(m_filter.toQuery(*storeSort(m_sortColumn), m_sortOrder == Qt::DescendingOrder));
    m_lastError = status ? QString() : status.error().message;
    endResetModel();
    emit matchCountChanged(m_pager.count());
    if (!status) {
        emit errorOccurred(m_lastError);
    }
}

void OrderListModel::refreshOrder(qint64 orderId)
{
    m_checklists->invalidate(orderId);
    const int row = m_pager.cachedRowOf(orderId);
    if (row < 0) {
        return; // not on a page read so far: it is read fresh when it comes into view
    }
    auto order = m_session.order(orderId);
    if (!order) {
        m_lastError = order.error().message;
        emit errorOccurred(m_lastError);
        return;
    }
    m_pager.replace(summaryOf(*order));
    m_checklists->put(*order); // read already: checked now rather than on the next timer
    emit dataChanged(index(row, 0), index(row, columnTotal - 1));
}

void OrderListModel::checklistsReady(const QList<qint64>& orderIds)
{
    const int column = int(Column::Checklist);
    for (const qint64 orderId : orderIds) {
        const int row = m_pager.cachedRowOf(orderId);
        if (row >= 0) {
            const QModelIndex cell = index(row, column);
            emit dataChanged(cell, cell, {Qt::DisplayRole, Qt::DecorationRole, Qt::ToolTipRole});
        }
    }
}

void OrderListModel::reportPagerError() const
{
    if (auto error = m_pager.takeError()) {
        auto* self = const_cast<OrderListModel*>(this);
        self->m_lastError = error->message;
        // Queued: a view is painting when data() reads a page; it must not be changed under it.
        QMetaObject::invokeMethod(
            self, [self, message = error->message] { emit self->errorOccurred(message); },
            Qt::QueuedConnection);
    }
}

qint64 OrderListModel::orderFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return 0;
    }
    const store::OrderSummary* row = m_pager.row(index.row());
    reportPagerError();
    return row ? row->id : 0;
}

QModelIndex OrderListModel::indexFromOrder(qint64 orderId, Column column) const
{
    const int row = m_pager.cachedRowOf(orderId);
    return row < 0 ? QModelIndex() : index(row, int(column));
}

int OrderListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_pager.count();
}

int OrderListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : columnTotal;
}

Qt::ItemFlags OrderListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant OrderListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Column column = columnOf(index);
    if (role == Qt::TextAlignmentRole) {
        const bool number = column == Column::DaysWaiting;
        const bool centred = column == Column::Type;
        return QVariant::fromValue(Qt::AlignVCenter | (number    ? Qt::AlignRight
                                                       : centred ? Qt::AlignHCenter
                                                                 : Qt::AlignLeft));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::DecorationRole &&
        role != Qt::AccessibleTextRole && role != OrderIdRole && role != PhaseCodeRole && role != DateRole) {
        return {};
    }
    const store::OrderSummary* row = m_pager.row(index.row());
    reportPagerError();
    if (!row) {
        return {};
    }
    if (role == OrderIdRole) {
        return row->id;
    }
    if (role == PhaseCodeRole) {
        return toCode(row->phase);
    }
    if (role == DateRole) {
        return row->date;
    }
    if (column == Column::Checklist) {
        return checklistData(*row, role);
    }
    if (role == Qt::DecorationRole) {
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (column == Column::Type) {
            return label(row->type);
        }
        if (column == Column::Holder || column == Column::Organisation || column == Column::Portal) {
            return display(*row, column); // the whole text, when the column is too narrow for it
        }
        if (column == Column::DaysWaiting && isWaiting(row->phase)) {
            return tr("Placed %1 days ago").arg(row->date.daysTo(m_today));
        }
        return {};
    }
    return display(*row, column);
}

QVariant OrderListModel::display(const store::OrderSummary& row, Column column) const
{
    switch (column) {
    case Column::Number:
        return row.number;
    case Column::Date:
        return QLocale().toString(row.date, QLocale::ShortFormat);
    case Column::Holder:
        return row.holderName;
    case Column::Siren:
        return row.siren;
    case Column::Organisation:
        return row.organisationName;
    case Column::Process:
        return row.process;
    case Column::Phase:
        return label(row.phase);
    case Column::Type:
        return toCode(row.type); // "D" or "P", as on the RA platform
    case Column::Portal:
        return row.portal;
    case Column::DaysWaiting:
        return isWaiting(row.phase) ? QVariant(row.date.daysTo(m_today)) : QVariant();
    case Column::Checklist:
        break;
    }
    return {};
}

QVariant OrderListModel::checklistData(const store::OrderSummary& row, int role) const
{
    if (!showsChecklist(row.phase)) {
        if (row.phase == Phase::Cancelled) {
            return {};
        }
        if (role == Qt::ToolTipRole) {
            return tr("Validated: the checklist was recorded with the validation.");
        }
        return role == Qt::DecorationRole ? QVariant() : QVariant(tr("Validated"));
    }
    const ChecklistDigest* digest = m_checklists->get(row.id);
    if (!digest) {
        if (role == Qt::DecorationRole) {
            return {};
        }
        return role == Qt::ToolTipRole ? tr("Checking…") : QStringLiteral("…");
    }
    switch (role) {
    case Qt::DecorationRole: {
        // Drawn once, on first use (a model can exist before anything is painted).
        if (m_icons.front().isNull()) {
            using Level = ChecklistDigest::Level;
            m_icons = {checklistIcon(Level::Ready), checklistIcon(Level::InProgress),
                       checklistIcon(Level::Failing), checklistIcon(Level::Unavailable)};
        }
        return m_icons.at(std::size_t(digest->level()));
    }
    case Qt::ToolTipRole:
        return digest->toolTip();
    default:
        return digest->text();
    }
}

QVariant OrderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnTotal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    const Column column = Column(section);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Number:
            return tr("No.");
        case Column::Date:
            return tr("Date");
        case Column::Holder:
            return tr("Holder");
        case Column::Siren:
            return tr("SIREN");
        case Column::Organisation:
            return tr("Organisation");
        case Column::Process:
            return tr("Process");
        case Column::Phase:
            return tr("Phase");
        case Column::Type:
            return tr("Type");
        case Column::Portal:
            return tr("Portal");
        case Column::DaysWaiting:
            return tr("Days");
        case Column::Checklist:
            return tr("Checklist");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Column::Number:
            return tr("Order number");
        case Column::Type:
            return tr("D: dematerialised dossier, P: paper");
        case Column::DaysWaiting:
            return tr("Days since the order was placed");
        case Column::Checklist:
            return tr("The RA's checks on the dossier as of today. Failed: a problem with the documents, "
                      "the pieces or the OTP contact (steps 1 to 3). To confirm: waiting for you.");
        default:
            return isSortable(column) ? QVariant() : QVariant(tr("This column cannot be sorted"));
        }
    }
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(Qt::AlignVCenter |
                                   (column == Column::DaysWaiting ? Qt::AlignRight : Qt::AlignLeft));
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace guichet::ui
