#pragma once

// The demo's organisations: companies (SAS, SARL, SA...), public bodies (communes, hospitals,
// chambers) and La Poste's establishments, with what their Kbis extract or SIRENE notice prints.

#include "french_data.h"
#include "model/enums.h"
#include "random.h"

#include <QDate>
#include <QString>

namespace guichet::demo {

struct OrganisationProfile
{
    OrganisationKind kind = OrganisationKind::Company;
    bool laPoste = false;
    QString name;           ///< *raison sociale* as the order carries it: "Menuiserie Le Bihan SAS"
    QString denomination;   ///< as the register prints it, without the legal form
    QString legalForm;      ///< "SAS"; empty for public bodies
    QString legalFormLabel; ///< "Société par actions simplifiée" or the INSEE legal category
    qint64 capitalEuros = 0;
    QString siren; ///< the real one (an order may carry a mistyped copy)
    QString siret;
    Place place;
    QString street;
    QString activity;
    QString ape;
    QDate registrationDate;
    QString mailDomain;          ///< "menuiserie-le-bihan.fr"
    QString portal;              ///< the RA portal that handles its orders
    QString representativeTitle; ///< "Président", "Gérante", "Maire"...

    QString address() const { return street + u", " + place.postalCode + u' ' + place.city; }
};

/// An organisation of `kind` (La Poste when `laPoste`, which is a company). The representative's
/// title is written for a person of sex `representativeSex`.
OrganisationProfile makeOrganisation(DemoRandom& random, OrganisationKind kind, bool laPoste,
                                     QChar representativeSex);

} // namespace guichet::demo
