#pragma once

// The identity check at the face-to-face delivery: the person at the counter shows an ID document;
// what it says (its kind and number typed by the operator, or its machine-readable zone typed or read
// by a keyboard-wedge scanner, which types the lines) is cross-checked against the dossier: names,
// birth date, the document recorded at check 4, the MRZ's check digits, validity on the day (with
// the CNI 15-year rule). The operator attests that the face matches the photo: a required input.
// Pure: no store, no clock.

#include "model/order.h"
#include "rules/mrz.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace guichet::rules {

/// What the operator enters at the counter.
struct PresentedIdentity
{
    /// The document's kind and number as typed. With an MRZ, either may be left empty: the MRZ's are
    /// used (and a typed one must agree with it).
    IdentityRecord document;
    /// The MRZ lines as typed or scanned (a scanner's lines, or one string with '\n' between them).
    QStringList mrz;
    /// The expiry printed on the document, when typed (the MRZ's is used otherwise).
    QDate expiryDate;
    /// The issue date printed on the document, when typed: the CNI 15-year rule needs it for a card
    /// without a printed expiry. Otherwise the dossier's copy's issue date is used for the same number.
    QDate issueDate;
    /// The operator attests that the face matches the document's photo.
    bool faceMatches = false;
};

/// One reason the presented document does not do.
struct IdentityMismatch
{
    /// Stable code: "face-not-attested", "no-document", "mrz-unreadable", "mrz-check-digit",
    /// "surname", "given-names", "birth-date", "document-kind", "document-number", "expiry-date"
    /// (typed and MRZ disagree), "expired" (not valid on the day, or validity unknown).
    QString code;
    QString reason; ///< translated sentence for the operator
};

/// The outcome: empty mismatches when the person may collect the certificate.
struct IdentityCheck
{
    QList<IdentityMismatch> mismatches;
    /// The document as presented (kind and number, from what was typed or the MRZ): what the audit
    /// trail records (never the MRZ itself).
    IdentityRecord presented;
    bool readFromMrz = false;
    QDate effectiveExpiry; ///< invalid when unknown

    bool ok() const { return mismatches.isEmpty(); }
    bool has(const QString& code) const;
    /// Success, or one Error listing every reason.
    Status status() const;
};

class IdentityChecker
{
    Q_DECLARE_TR_FUNCTIONS(guichet::rules::IdentityChecker)

public:
    /// Checks `presented` against `person` (names, birth date when known), the document on record
    /// `recorded` (kind and number; for the holder, Order::recordedIdentity) and the dossier's copy's
    /// facts `onFile` (its issue date, for the CNI rule), on `day`.
    static IdentityCheck check(const Person& person, const IdentityRecord& recorded,
                               const DocumentFacts& onFile, const PresentedIdentity& presented,
                               const QDate& day);
};

/// The holder collects their own certificate: checked against the holder, the identity recorded at
/// check 4 and the holder's ID copy.
IdentityCheck checkPresentedIdentity(const Order& order, const PresentedIdentity& presented,
                                     const QDate& day);

/// A certification agent collects for the holders: checked against the agent and their ID copy
/// (whose kind and number stand for the record). Fails with "no-document" on an order without agent.
IdentityCheck checkAgentIdentity(const Order& order, const PresentedIdentity& presented, const QDate& day);

} // namespace guichet::rules
