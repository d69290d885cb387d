#pragma once

// Composes machine-readable zones with correct check digits (rules::mrzCheckDigit), in the three
// layouts rules::parseMrz reads: ICAO 9303 TD1 (2021 ID card, residence permit), TD3 (passport) and
// the old French ID card's own 2 x 36 layout. Names are folded as rules::foldName does (accents
// dropped, hyphens, apostrophes and spaces written '<') and truncated to the field's width.

#include <QChar>
#include <QDate>
#include <QString>
#include <QStringList>

namespace guichet::demo {

struct MrzSubject
{
    QString surname;
    QString givenNames; ///< space-separated
    QDate birthDate;
    QChar sex; ///< 'F' or 'M'
    QString nationality = QStringLiteral("FRA");
};

/// 3 x 30. `documentCode` "ID" (2021 card) or "IR" (residence permit); `number` 9 characters.
QStringList composeTd1(const QString& documentCode, const QString& number, const QDate& expiry,
                       const MrzSubject& subject);
/// 2 x 44, French passport ("P<FRA"); `number` 9 characters.
QStringList composeTd3(const QString& number, const QDate& expiry, const MrzSubject& subject);
/// 2 x 36, old French ID card: `number` 12 characters (YYMM + office + 5 digits), `officeCode` the 6
/// characters that close line 1 (department and office).
QStringList composeFrenchIdCard(const QString& number, const QString& officeCode, const MrzSubject& subject);

/// A name as the MRZ writes it: "Jean-Étienne" -> "JEAN<ETIENNE".
QString mrzName(const QString& name);

} // namespace guichet::demo
