#pragma once

// Whether an identity document is valid on a given day.

#include "model/order.h"
#include "verdict.h"

#include <QDate>

namespace guichet::rules {

/// The day after which the document is no longer valid. Applies the French rule: national ID cards
/// issued to adults (18 or older on the issue date) between 2 January 2004 and 31 December 2013 are
/// valid 15 years, not the 10 printed on them; not so for cards issued to minors. Uses the printed
/// expiry when known, else the issue date plus the document's nominal duration (old CNI: 10 years,
/// 2021 CNI: 10 years, passport: 10 years for adults, 5 for minors), up to the day before the
/// anniversary of the issue. Invalid when nothing is known (a residence permit without its printed
/// expiry: its duration varies). The old card is told by its 12-character number, or, without a
/// number, by an issue date before the 2021 model existed. An unknown birth date establishes no
/// adulthood: no extension, and a passport's shorter duration.
QDate effectiveExpiry(const DocumentFacts& facts, const QDate& holderBirthDate);

/// The document is valid on `day` (its effective expiry is `day` or later).
Verdict checkIdValidOn(const DocumentFacts& facts, const QDate& holderBirthDate, const QDate& day);

/// A Kbis extract is accepted when issued at most 3 months before `day` (and not after it).
Verdict checkKbisRecent(const QDate& issueDate, const QDate& day);

} // namespace guichet::rules
