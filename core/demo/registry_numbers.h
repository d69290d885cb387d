#pragma once

// SIREN and SIRET numbers for demo organisations. The check digit is chosen with the same rule the
// RA applies (rules::luhnValid), so a number is valid or invalid exactly as the mix says.

#include "random.h"

#include <QString>

namespace guichet::demo {

/// La Poste's SIREN: its establishments' SIRETs follow their own rule (digit sum a multiple of 5).
inline QString laPosteSiren()
{
    return QStringLiteral("356000000");
}

/// `digitsWithoutCheck` completed with the one digit that makes the whole Luhn-valid.
QString withLuhnDigit(const QString& digitsWithoutCheck);
/// The same number with its last digit changed so that the Luhn check fails.
QString withWrongCheckDigit(const QString& digits);
/// A valid SIREN starting with `prefix` (public bodies: "21" communes, "26" hospitals...); an empty
/// prefix gives a company's SIREN (first digit 3 to 9).
QString makeSiren(DemoRandom& random, const QString& prefix);
/// A SIRET of `siren`: SIREN + NIC (four digits and a check digit). Luhn-valid over the 14 digits,
/// except for La Poste, where the 14 digits add up to a multiple of 5 (and the Luhn key is not kept).
QString makeSiret(DemoRandom& random, const QString& siren);
/// "552 100 554" for a SIREN, "552 100 554 00012" for a SIRET: how documents print them.
QString spacedIdentifier(const QString& digits);

} // namespace guichet::demo
