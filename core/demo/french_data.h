#pragma once

// Tables of realistic French data for the demo: names with accents, hyphens, apostrophes and
// particles, places grouped by RA portal, streets, company activities and public bodies.
// Everything here is data for the demo documents (French by nature), not user interface text.

#include "random.h"

#include <QChar>
#include <QString>
#include <span>

namespace guichet::demo {

/// 'F' or 'M': a given name drawn for that sex.
QString givenName(DemoRandom& random, QChar sex);
/// One to three given names, space-separated as on an ID document ("Hélène Marie").
QString givenNames(DemoRandom& random, QChar sex);
QString surname(DemoRandom& random);
/// Another surname than `not` (a birth name, a typo's neighbour...).
QString otherSurname(DemoRandom& random, const QString& notThis);
/// A surname misspelt the way an order form gets it wrong: a letter doubled, dropped or swapped,
/// or an accent lost. Always differs from `name` once folded for the MRZ.
QString misspelt(DemoRandom& random, const QString& name);

struct Place
{
    QString city;
    QString postalCode;
    QString department; ///< "69", "35"...
    QString departmentName;
    QString greffe; ///< the commercial court's registry that keeps the companies' register
};

/// An RA portal and the places whose orders it handles.
struct PortalArea
{
    QString portal; ///< "BPOI-Rhône", "CCI Lyon Métropole"...
    std::span<const Place> places;
};

std::span<const PortalArea> portalAreas();
/// "Préfecture du Rhône", "Préfecture de la Loire-Atlantique": who issues IDs there.
QString prefectureOf(const Place& place);
/// A place of birth anywhere in France (including overseas).
const Place& birthPlace(DemoRandom& random);
/// "12 rue Victor-Hugo", "3 bis place de l'Hôtel-de-Ville".
QString streetAddress(DemoRandom& random);

/// A line of business: what a Kbis says the company does, with its APE code.
struct Activity
{
    QString label;
    QString ape;
    QString tradeWord; ///< used to name the company ("Menuiserie", "Transports"...)
};
const Activity& companyActivity(DemoRandom& random);

/// A legal form with its abbreviation as written after a company name.
struct LegalForm
{
    QString abbreviation; ///< "SAS"
    QString label;        ///< "Société par actions simplifiée"
    bool hasCapital = true;
};
const LegalForm& companyLegalForm(DemoRandom& random);

/// Names for a company of that activity: "Menuiserie Le Bihan", "Armor Numérique"...
QString companyName(DemoRandom& random, const Activity& activity, const Place& place);

/// A public body of the given place: a commune, a hospital, a chamber, an intercommunality...
struct PublicBodyProfile
{
    QString name;
    QString legalCategory; ///< INSEE *catégorie juridique*, "7210 - Commune et commune nouvelle"
    QString ape;           ///< "84.11Z"
    QString activity;
    QString sirenPrefix; ///< public SIRENs start with 1 or 2: "21" communes, "26" hospitals, "18" chambers
};
PublicBodyProfile publicBody(DemoRandom& random, const Place& place);

/// ASCII lower case for e-mail addresses: "Jean-Étienne" -> "jean-etienne", "N'Diaye" -> "ndiaye".
QString mailPart(const QString& text);

/// Non-EU nationalities (ICAO codes) for residence permit holders.
QString foreignNationality(DemoRandom& random);

} // namespace guichet::demo
