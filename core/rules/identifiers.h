#pragma once

// Identifiers found in a dossier: SIREN/SIRET, e-mail, phone numbers, ID document numbers.
// Pure functions: no clock, no I/O. Reasons are translated (context "guichet::rules").

#include "model/enums.h"
#include "verdict.h"

#include <QString>
#include <QStringView>

namespace guichet::rules {

/// Luhn (mod 10) over a string of ASCII digits; false when a non-digit is present or it is empty.
bool luhnValid(QStringView digits);

/// Digits only: spaces, dots and non-breaking spaces removed ("552 100 554" -> "552100554").
QString compactIdentifier(QStringView text);

/// 9 digits with a valid Luhn check digit (spaces tolerated).
Verdict checkSiren(const QString& siren);
/// 14 digits with a valid Luhn check digit (spaces tolerated). La Poste's establishments (SIREN
/// 356000000) are the known exception: besides the Luhn key (which its head office, 356 000 000 00048,
/// has), a SIRET whose 14 digits add up to a multiple of 5 is accepted (356 000 000 24221).
Verdict checkSiret(const QString& siret);
/// The SIRET's first nine digits are the SIREN.
Verdict checkSiretMatchesSiren(const QString& siret, const QString& siren);

/// A plausible mailbox address (local@domain.tld, no spaces, a dot in the domain, sane lengths).
Verdict checkEmail(const QString& email);
/// A phone number that can receive an SMS: a French mobile (06, 07; +33 6/7, 0033...), or an
/// international number in E.164 form (+ and 8 to 15 digits) outside France. French landlines
/// (01-05, 09) and special numbers (08) are refused: they cannot receive the activation code.
Verdict checkSmsPhone(const QString& phone);
/// The holder's *Contact OTP*: an e-mail (contains '@') or an SMS-capable phone number.
Verdict checkOtpContact(const QString& contact);
/// A phone number in E.164 form ("+33612345678"), or an empty string when it cannot be read as one.
/// French national numbers get +33, except overseas mobiles, which have their own country code
/// ("0690 12 34 56" -> "+590690123456", "0692..." -> "+262692...").
QString toE164(const QString& phone);

/// The document number is well-formed for its kind:
/// - National ID card, old model (1994-2021): 12 characters, YYMM (issue year and month) + a
///   three-character department/office code + 5 digits;
/// - National ID card, 2021 model: 9 characters from [0-9A-Z] (no O);
/// - Passport (French): 2 digits, 2 letters, 5 digits ("18AA12345"); other states: 6 to 9
///   alphanumerics;
/// - Residence permit: 9 alphanumerics (card number) or 10 digits (AGDREF foreigner number).
/// Spaces are ignored and letters compared in upper case. The number alone cannot tell a French
/// passport from a foreign one, so any passport number of 6 to 9 alphanumerics passes here.
Verdict checkIdNumber(IdDocumentKind kind, const QString& number);
/// Same, and when the issuing state is known (ICAO code, "FRA") a French passport number must have
/// the French form.
Verdict checkIdNumber(IdDocumentKind kind, const QString& number, const QString& issuingState);

/// True when `number` is an old-model (pre-2021) French national ID card number.
bool isOldNationalIdCardNumber(const QString& number);

} // namespace guichet::rules
