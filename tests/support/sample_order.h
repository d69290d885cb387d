#pragma once

// A complete, valid dossier to start tests from: every rule passes on `today` once the operator
// items are confirmed. Tests then break one thing at a time.

#include "model/order.h"

#include <QDate>

namespace guichet::testing {

/// Hélène Lefèvre-Dupont (2021 ID card, TD1 MRZ) for ACME Signature SAS (SIREN 732829320), legal
/// representative Jean-Étienne N'Diaye (passport, TD3 MRZ), no certification agent; documents
/// imported and signed, payment received, holder's identity recorded, phase Validation.
Order sampleOrder(const QDate& today, bool confirmed = true);
/// The same with a certification agent, Bérénice Le Bihan, whose old-model ID card (2-line MRZ) was
/// issued in December 2013: printed expiry 2023-12-09, valid until 2028-12-09 by the 15-year rule.
Order sampleOrderWithAgent(const QDate& today, bool confirmed = true);
/// The sample order with a small PNG/PDF-like content per document (sha256 and size set).
Dossier sampleDossier(const QDate& today, bool confirmed = true);

/// ICAO 9303 MRZ composition (check digits from rules::mrzCheckDigit).
QStringList td1Mrz(const QString& documentNumber, const QString& surname, const QString& givenNames,
                   const QDate& birth, QChar sex, const QDate& expiry);
QStringList td3Mrz(const QString& documentNumber, const QString& surname, const QString& givenNames,
                   const QDate& birth, QChar sex, const QDate& expiry);
/// The old French national ID card's two 36-character lines.
QStringList frenchIdCardMrz(const QString& documentNumber, const QString& surname, const QString& givenNames,
                            const QDate& birth, QChar sex);

} // namespace guichet::testing
