#pragma once

// The order's facts as the operator compares them with the documents: the header (number, date,
// phase, type, portal) and one section each for the organisation, the holder (with check 4's ID
// form), the legal representative, the certification agent (when there is one), the requester,
// the product and the payment. Values are selectable so they can be copied.

#include "model/order.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QFormLayout;

namespace guichet::ui {

class IdentityForm;

/// The line above everything: which order, where it stands.
class OrderHeader : public QWidget
{
    Q_OBJECT

public:
    explicit OrderHeader(QWidget* parent = nullptr);
    void setOrder(const Order& order);

private:
    QLabel* m_number;
    QLabel* m_date;
    QLabel* m_phase;
    QLabel* m_type;
    QLabel* m_portal;
};

class OrderDetails : public QWidget
{
    Q_OBJECT

public:
    explicit OrderDetails(QWidget* parent = nullptr);
    void setOrder(const Order& order);
    IdentityForm* identityForm() const { return m_identity; }
    /// The section a document is compared with (the holder's for the holder's ID, the
    /// organisation's for the Kbis...), or null for the contracts.
    QWidget* sectionFor(DocumentKind kind) const;

    /// Dates and identifiers as the page shows them (the tests compare with these).
    static QString formatDate(const QDate& date);
    /// "732 829 320", "732 829 320 00074": grouped as on a Kbis, when the value is all digits.
    static QString formatRegistration(const QString& number);
    static QString formatAmount(qint64 cents);
    static QString paymentMethodLabel(const QString& code);

private:
    QLabel* addRow(QFormLayout* form, const QString& label, const QString& objectName);
    QGroupBox* addSection(const QString& title, const QString& objectName, QFormLayout** form);

    QGroupBox* m_organisationSection;
    QGroupBox* m_holderSection;
    QGroupBox* m_representativeSection;
    QGroupBox* m_paymentSection;
    QLabel* m_organisationName;
    QLabel* m_organisationKind;
    QLabel* m_siren;
    QLabel* m_siret;
    QLabel* m_holderSurname;
    QLabel* m_holderGivenNames;
    QLabel* m_holderBirthDate;
    QLabel* m_holderEmail;
    QLabel* m_holderOtp;
    IdentityForm* m_identity;
    QLabel* m_representativeSurname;
    QLabel* m_representativeGivenNames;
    QLabel* m_representativeBirthDate;
    QLabel* m_representativeEmail;
    QGroupBox* m_agentSection;
    QLabel* m_agentSurname;
    QLabel* m_agentGivenNames;
    QLabel* m_agentBirthDate;
    QLabel* m_agentEmail;
    QLabel* m_requesterName;
    QLabel* m_requesterEmail;
    QLabel* m_product;
    QLabel* m_productCode;
    QLabel* m_duration;
    QLabel* m_paymentReceived;
    QLabel* m_paymentMethod;
    QLabel* m_paymentReference;
    QLabel* m_paymentAmount;
};

} // namespace guichet::ui
