#pragma once

// The activity summary (*Résumé d'activité*) as a table model: one row per RA portal, one column per
// count (to verify, awaiting signature, to validate, to generate), and a total row. Live: it
// re-reads the store whenever a decision changes an order.

#include "model/enums.h"
#include "store/order_store.h"

#include <QAbstractTableModel>
#include <optional>

namespace guichet::ui {

class DeskSession;

class ActivityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Portal,
        ToVerify,
        AwaitingSignature,
        ToValidate,
        ToGenerate,
        ColumnCount
    };

    explicit ActivityModel(DeskSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The phase a count column stands for.
    static std::optional<Phase> phaseOf(int column);
    /// The portal of a row; empty for the total row.
    QString portalOf(const QModelIndex& index) const;
    bool isTotalRow(const QModelIndex& index) const;

    /// The last error reading the store, empty when the figures are current.
    QString lastError() const { return m_error; }

public slots:
    void reload();

private:
    int countAt(int row, int column) const;

    DeskSession& m_session;
    QList<store::PortalActivity> m_portals;
    store::PortalActivity m_total;
    QString m_error;
};

} // namespace guichet::ui
