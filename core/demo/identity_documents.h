#pragma once

// The identity documents of the demo's people: which model, its number, dates and machine-readable
// zone, drawn so that the document is valid, expired, or valid only through the French 15-year rule
// on the day the demo is made for.

#include "model/order.h"
#include "random.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace guichet::demo {

enum class IdModel
{
    OldNationalIdCard,  ///< laminated card, 1994 to March 2021: 12-character number, 2 x 36 MRZ
    NationalIdCard2021, ///< credit-card format since March 2021: 9-character number, TD1 MRZ
    Passport,           ///< TD3 MRZ
    ResidencePermit,    ///< *titre de séjour*, TD1 MRZ
};

enum class IdValidity
{
    Valid,           ///< printed expiry well after `today`
    Expired,         ///< printed (and effective) expiry before `today`
    FifteenYearRule, ///< old card issued to an adult in 2004-2013: printed expiry past, valid 15 years
};

/// Everything printed on an identity document. The names are those of the document, which may
/// differ from the order's when the mix says so.
struct IdentityDocument
{
    IdModel model = IdModel::NationalIdCard2021;
    QString surname;
    QString givenNames;
    QDate birthDate;
    QChar sex = u'F';
    QString birthPlace;  ///< "Brest (29)"
    QString nationality; ///< ICAO code, "FRA"
    QString address;     ///< "12 rue Victor-Hugo, 69003 Lyon"
    QString number;
    QDate issueDate;
    QDate expiryDate;  ///< as printed: the day before the anniversary of the issue
    QString authority; ///< "Préfecture du Rhône"
    int heightCm = 170;
    QStringList mrz;

    IdDocumentKind kind() const;
    /// What the RA platform reads from it: kind, number, dates and MRZ.
    DocumentFacts facts() const;
};

/// A person's identity document of `model`, valid or not as asked on `today`. The birth date is
/// chosen here (adults of 23 to 66, or whatever the validity asks: an adult on the issue date for
/// the 15-year rule, a minor for an expired card that the rule does not save). When `today` leaves
/// no room for the model (an old card valid in 2035), a 2021 card or a passport is made instead.
/// Later given names that the model's MRZ would cut are dropped: the document's givenNames hold
/// those kept.
IdentityDocument makeIdentityDocument(DemoRandom& random, const QString& surname, const QString& givenNames,
                                      QChar sex, IdModel model, IdValidity validity, const QDate& today);

/// The usual share of document models among French RA customers.
IdModel typicalIdModel(DemoRandom& random);

} // namespace guichet::demo
