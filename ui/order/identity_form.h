#pragma once

// Check 4: the holder's ID document kind and number, recorded in the order. Prefilled from what the
// order already records, else from what was read from the holder's ID; the workflow checks it.

#include "model/order.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace guichet::ui {

class IdentityForm : public QWidget
{
    Q_OBJECT

public:
    explicit IdentityForm(QWidget* parent = nullptr);

    /// Shows what the order records. The fields are refilled only for another order, or when the
    /// operator has not touched them since: a reload never throws away what they are typing.
    void setOrder(const Order& order);
    void setReadOnly(bool readOnly);

    IdentityRecord identity() const;

public slots:
    /// Asks to record what the fields say (does nothing when read-only).
    void record();

signals:
    void recordRequested(const guichet::IdentityRecord& identity);

private:
    void fill(const IdentityRecord& identity);

    qint64 m_orderId = -1;
    bool m_edited = false;
    bool m_readOnly = false;
    QComboBox* m_kind;
    QLineEdit* m_number;
    QPushButton* m_record;
    QLabel* m_recorded;
};

} // namespace guichet::ui
