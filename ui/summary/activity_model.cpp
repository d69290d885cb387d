#include "activity_model.h"

#include "session/desk_session.h"

#include <QFont>
#include <QLocale>

namespace guichet::ui {

ActivityModel::ActivityModel(DeskSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(&session, &DeskSession::orderChanged, this, &ActivityModel::reload);
    connect(&session, &DeskSession::ordersReset, this, &ActivityModel::reload);
    reload();
}

void ActivityModel::reload()
{
    auto activity = m_session.orders().activity();
    beginResetModel();
    if (activity) {
        m_portals = *activity;
        m_error.clear();
    } else {
        m_portals.clear();
        m_error = activity.error().message;
    }
    m_total = {};
    m_total.portal = tr("All portals");
    for (const auto& portal : std::as_const(m_portals)) {
        m_total.toVerify += portal.toVerify;
        m_total.awaitingSignature += portal.awaitingSignature;
        m_total.toValidate += portal.toValidate;
        m_total.toGenerate += portal.toGenerate;
    }
    endResetModel();
}

int ActivityModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_portals.size()) + 1;
}

int ActivityModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ActivityModel::isTotalRow(const QModelIndex& index) const
{
    return index.isValid() && index.row() == m_portals.size();
}

QString ActivityModel::portalOf(const QModelIndex& index) const
{
    return index.isValid() && index.row() < m_portals.size() ? m_portals.at(index.row()).portal : QString();
}

std::optional<Phase> ActivityModel::phaseOf(int column)
{
    switch (column) {
    case ToVerify:
        return Phase::Verification;
    case AwaitingSignature:
        return Phase::AwaitingSignature;
    case ToValidate:
        return Phase::Validation;
    case ToGenerate:
        return Phase::Generation;
    default:
        return std::nullopt;
    }
}

int ActivityModel::countAt(int row, int column) const
{
    const store::PortalActivity& portal = row < m_portals.size() ? m_portals.at(row) : m_total;
    switch (column) {
    case ToVerify:
        return portal.toVerify;
    case AwaitingSignature:
        return portal.awaitingSignature;
    case ToValidate:
        return portal.toValidate;
    case ToGenerate:
        return portal.toGenerate;
    default:
        return 0;
    }
}

QVariant ActivityModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const bool total = isTotalRow(index);
    if (role == Qt::DisplayRole) {
        if (index.column() == Portal) {
            return total ? m_total.portal : m_portals.at(index.row()).portal;
        }
        return QLocale().toString(countAt(index.row(), index.column()));
    }
    if (role == Qt::TextAlignmentRole && index.column() != Portal) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::FontRole && total) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole && index.column() != Portal) {
        return tr("Open the matching orders (Enter)");
    }
    if (role == Qt::AccessibleTextRole) {
        const QString portal = total ? m_total.portal : m_portals.at(index.row()).portal;
        return index.column() == Portal
                   ? portal
                   : tr("%1, %2: %3")
                         .arg(portal, headerData(index.column(), Qt::Horizontal).toString())
                         .arg(countAt(index.row(), index.column()));
    }
    return {};
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Portal:
        return tr("RA portal");
    case ToVerify:
        return tr("To verify");
    case AwaitingSignature:
        return tr("Awaiting signature");
    case ToValidate:
        return tr("To validate");
    case ToGenerate:
        return tr("To generate");
    default:
        return {};
    }
}

} // namespace guichet::ui
