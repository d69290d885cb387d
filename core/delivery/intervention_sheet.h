#pragma once

// The intervention sheet (*fiche d'intervention de face à face*): one A4 page that the holder and the
// operator sign at the delivery, saved with the order. It names the order, the holder and their
// organisation, the certification agent if one collects, the operator, the identity document
// presented (its kind and number: never its scan), when and where. Drawn in the desk's language.

#include "model/operator.h"
#include "model/order.h"
#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

namespace guichet::delivery {

struct InterventionSheetData
{
    QString orderNumber;
    QString productLabel;
    QString productCode;
    QDate orderDate;
    Holder holder;
    Organisation organisation;
    std::optional<CertificationAgent> agent;
    QString operatorName;
    QString operatorOrganisation;
    /// The role the operator acts in (AED for a bailiff or a chamber of commerce, AET otherwise).
    std::optional<Role> operatorRole;
    /// The document the holder presented, as typed or read from its MRZ.
    IdentityRecord presentedIdentity;
    QDateTime at;
    QString place;
    bool training = false;

    /// The sheet for `order` delivered by `who`. The role printed is the first of the operator's roles
    /// that may deliver; training follows the operator.
    static InterventionSheetData from(const Order& order, const Operator& who,
                                      const IdentityRecord& presented, const QDateTime& at,
                                      const QString& place);
};

class InterventionSheet
{
    Q_DECLARE_TR_FUNCTIONS(guichet::delivery::InterventionSheet)

public:
    /// The PDF's bytes: the same data gives the same bytes but for the PDF's creation date.
    static Result<QByteArray> render(const InterventionSheetData& data);
};

/// The role in which `who` delivers: the first of their roles allowed to deliver, if any.
std::optional<Role> deliveringRole(const Operator& who);

} // namespace guichet::delivery
