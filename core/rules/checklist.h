#pragma once

// The RA's checks on a dossier, in DOMAIN.md's order, as of a review date.
// Pure: given an order (with its operator confirmations) and a day, it returns the checklist.

#include "model/order.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace guichet::rules {

enum class ItemState
{
    Passed,
    Failed,
    AwaitingConfirmation, ///< only the operator can say: waiting for their confirmation
    NotApplicable,
};
QString toCode(ItemState state);
QString label(ItemState state);

/// The RA's steps (DOMAIN.md, "What the RA operator does with a dossier").
enum class Step
{
    DocumentsImported = 1, ///< every required supporting document is imported
    PiecesChecked = 2,     ///< each piece valid on the day and matching the order
    OtpContact = 3,        ///< the holder's Contact OTP can receive the activation code
    IdentityRecorded = 4,  ///< the holder's ID kind and number recorded in the order
    SentForSignature = 5,  ///< contractual documents sent out for signature
    Signed = 6,            ///< every contractual document signed
    Validation = 7,        ///< payment, dossier complete, validate
};

struct ChecklistItem
{
    QString id; ///< stable: "documents.imported", "kbis.recent", "confirm.holder-id", ...
    Step step = Step::DocumentsImported;
    QString title; ///< translated
    ItemState state = ItemState::Failed;
    QString reason;                       ///< translated; why it failed or what the operator must look at
    bool operatorItem = false;            ///< confirmed by a person, not computed
    std::optional<DocumentKind> document; ///< the document it is about, if any

    /// Nothing left to do: passed, or not applicable to this order.
    bool isSettled() const { return state == ItemState::Passed || state == ItemState::NotApplicable; }
};

class Checklist
{
    Q_DECLARE_TR_FUNCTIONS(guichet::rules::Checklist)

public:
    QDate reviewDate;
    QList<ChecklistItem> items;

    const ChecklistItem* item(const QString& id) const;
    /// Every item passed or not applicable: the dossier can be validated.
    bool allPassed() const;
    /// Steps 1 to 4 passed: the contractual documents may go out for signature.
    bool supportingPiecesVerified() const;
    QList<const ChecklistItem*> failedItems() const;
    /// The titles of the items up to `lastStep` that are not settled, in order (for refusals).
    QStringList pendingTitles(Step lastStep = Step::Validation) const;
    int count(ItemState state) const;

    QJsonObject toJson() const;
};

/// The required documents follow from the order: the three contractual documents always, plus the
/// agent's power of attorney when a certification agent is appointed; the holder's and the legal
/// representative's IDs, a Kbis (company) or SIRENE notice (public body), the agent's ID when there
/// is one, and the proof of payment.
QList<DocumentKind> requiredDocuments(const Order& order);

/// Walks the RA's checks on `order` as of `reviewDate`.
Checklist buildChecklist(const Order& order, const QDate& reviewDate);

/// The ids of the items an operator confirms for this order (the per-piece "matches the order and
/// looks genuine" confirmations, payment OK and dossier complete).
QStringList operatorItemIds(const Order& order);

} // namespace guichet::rules
