#pragma once

// Machine-readable zones: ICAO 9303 TD1 (3 x 30: 2021 French ID card, residence permits),
// TD3 (2 x 44: passports), and the old French national ID card (2 x 36, France's own layout).

#include "model/result.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace guichet::rules {

enum class MrzFormat
{
    TD1,
    TD3,
    FrenchIdCard
};

/// A check digit that did not match: which field, what the MRZ says, what it should be.
struct MrzCheckFailure
{
    QString field; ///< "document-number", "birth-date", "expiry-date", "optional-data", "composite"
    QChar found;
    QChar expected;
};

struct MrzData
{
    MrzFormat format = MrzFormat::TD3;
    QString documentCode;   ///< "P", "ID", "IR", ...
    QString issuingState;   ///< "FRA"
    QString documentNumber; ///< fillers removed
    QString surname;        ///< as in the MRZ: upper-case, '<' turned into spaces, trimmed
    QString givenNames;     ///< idem, given names separated by single spaces
    QString nationality;
    QDate birthDate;  ///< century resolved against the reference date passed to parseMrz
    QDate expiryDate; ///< invalid for the old French ID card (its MRZ has none)
    QDate issueMonth; ///< old French ID card: first day of the issue month from the number
    QChar sex;        ///< 'M', 'F' or '<' (unspecified; an 'X' is read as '<')
    QList<MrzCheckFailure> checkFailures; ///< empty when every check digit is right

    bool checkDigitsValid() const { return checkFailures.isEmpty(); }
};

/// ICAO 9303 check digit (weights 7, 3, 1; '<' = 0, A = 10 ... Z = 35). -1 on a character outside
/// [0-9A-Z<].
int mrzCheckDigit(QStringView field);

/// Parses 2 or 3 MRZ lines (whitespace around lines ignored, one string holding several lines split
/// at '\n', lower case refused). Fails with a translated message when the layout is not one of the
/// three formats or a field is unreadable (a date that does not exist, a sex other than M, F, X or
/// '<'); wrong check digits are not a failure: they are reported in MrzData::checkFailures.
/// `referenceDate` resolves two-digit years: a birth date is the latest one not after it; an expiry
/// date is the one nearest to it; the old card's issue month, like a birth date, is not after it.
/// ICAO 9303 check-digit rules followed: an unused TD3 personal number may carry '<' as its check
/// digit; a TD1 document number longer than 9 characters continues in the optional data.
Result<MrzData> parseMrz(const QStringList& lines, const QDate& referenceDate);

/// Folds a name as the MRZ writes it (ICAO 9303 part 3 transliteration): upper case, accents
/// removed (É -> E), ligatures expanded (Æ -> AE, Œ -> OE, ß -> SS). Hyphens, apostrophes, '<'
/// and spaces become single spaces. "Jean-Étienne d'Arc" -> "JEAN ETIENNE D ARC".
QString foldName(const QString& name);

/// True when the name in the order matches the name in the MRZ once both are folded. German-style
/// umlaut transliterations (Ä -> AE) and plain removal (Ä -> A) are both accepted, and so are names
/// whose spaces or apostrophes one side dropped ("d'Ornano" / "DORNANO", "Le Gall" / "LEGALL").
/// A name the MRZ truncated (it has a fixed width) matches when the MRZ part is a prefix of the
/// order's folded name and the MRZ field is full: `mrzName`, trailing '<' removed, is at least
/// `mrzFieldWidth` characters long (0: no truncation allowed). The old French ID card separates
/// given names with "<<" (line 2, columns 13-27, width 14): pass that raw field, since
/// MrzData::givenNames has single spaces and would look shorter than the field.
bool namesMatch(const QString& orderName, const QString& mrzName, int mrzFieldWidth = 0);

/// Whether the MRZ's name fields are full to their last character, i.e. the names may have been
/// cut: TD3 line 1 and TD1 line 3 hold the whole name; the old French card has a surname field
/// (line 1, columns 6-30) and a given-names field (line 2, columns 14-27) of their own.
struct MrzNameFields
{
    bool surnameFull = false;
    bool givenNamesFull = false;
};
MrzNameFields mrzNameFields(const MrzData& mrz, const QStringList& lines);

/// How the checklist and the face-to-face identity check match a name with the MRZ's: the same
/// once folded; for given names (`givenNames`) also when the order's first given names are all the
/// MRZ holds; or when the MRZ's field is full (`fieldFull`) and cut the order's name short.
bool mrzNameMatches(const QString& orderName, const QString& mrzName, bool fieldFull, bool givenNames);

} // namespace guichet::rules
