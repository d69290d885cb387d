#pragma once

// The demo's PDF documents, drawn from a DemoCase: what a requester would upload (Kbis extract,
// SIRENE notice, proof of payment) and what the platform generates for signature (terms of use,
// subscription contract, authorisation letter, power of attorney). They are French documents, so
// their text is French and not translated. The CA named in them is fictitious.

#include "demo_case.h"

#include <QByteArray>

namespace guichet::demo {

/// The fictitious certification authority of the demo.
QString demoAuthorityName();

QByteArray renderKbis(const DemoCase& demoCase);         ///< 1 page
QByteArray renderSireneNotice(const DemoCase& demoCase); ///< 1 page
QByteArray renderPaymentProof(const DemoCase& demoCase); ///< 1 page
/// TermsOfUse: 20 pages; SubscriptionContract: 3; AuthorisationLetter: 1; PowerOfAttorney: 2.
/// Signed documents carry "Signé électroniquement par ..." (or a handwritten signature on paper).
QByteArray renderContractual(const DemoCase& demoCase, DocumentKind kind);

// Shared wording.
QString longDate(const QDate& date);         ///< "12 mars 2026"
QString shortDate(const QDate& date);        ///< "12/03/2026"
QString euros(qint64 cents);                 ///< "264,00 €"
QString signatureName(const Person& person); ///< "Hélène LEFÈVRE"
QString nationalityLabel(const QString& icaoCode);

} // namespace guichet::demo
