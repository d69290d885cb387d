#pragma once

// The facts a workflow act records in its audit entry's payload: what ETSI EN 319 411-1
// REG-6.4.5-04 asks an RA to record, where it applies (docs/audit.md lists them per event).
// Stable codes only, never translated text: the payload is read by auditors and tools, in any
// language, years later.

#include "model/operator.h"
#include "model/order.h"
#include "rules/checklist.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace guichet::workflow::facts {

/// {"id", "name", "organisation", "certificate", "roles": [codes], "training"}.
QJsonObject operatorFacts(const Operator& who);

/// The subscriber's choices in the order: product, validity, how the contracts are signed (dossier
/// type), whether a certification agent collects the certificate, payment method.
QJsonObject choices(const Order& order);

/// The documents presented, for `kinds` (all the order's documents with content when empty): kind
/// and status, and for identity documents the type and number read from them.
QJsonArray documents(const Order& order, const QList<DocumentKind>& kinds = {});

/// Where the copies of `kinds` (all when empty) are kept: the SHA-256 of each copy in this store's
/// content-addressed blob table.
QJsonObject storage(const Order& order, const QList<DocumentKind>& kinds = {});

/// The checklist's state: review date, count per state and every item's state by id.
QJsonObject checklistState(const rules::Checklist& checklist);

/// The computed checks about `kind` (number, validity, MRZ...) and their state, by item id.
QJsonObject checksOf(const rules::Checklist& checklist, DocumentKind kind);

} // namespace guichet::workflow::facts
