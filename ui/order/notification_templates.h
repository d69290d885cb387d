#pragma once

// The prefilled notifications (*Envoyer une notification*): a subject and a body per kind, built
// from the order and its failed checklist items. English source text through tr(): the French
// translation is the French template operators send. The operator edits them before sending.

#include "model/decision.h"
#include "model/order.h"
#include "rules/checklist.h"

#include <QCoreApplication>

namespace guichet::ui {

struct NotificationDraft
{
    QString subject;
    QString body;
};

class NotificationTemplates
{
    Q_DECLARE_TR_FUNCTIONS(guichet::ui::NotificationTemplates)

public:
    /// The kind that fits the order's state: a missing document first, then an invalid OTP contact,
    /// then contracts awaiting signature, else "other".
    static NotificationKind suggestedKind(const Order& order, const rules::Checklist& checklist);
    static NotificationDraft draft(NotificationKind kind, const Order& order,
                                   const rules::Checklist& checklist);

    /// The supporting documents a failed item names that are not imported.
    static QList<DocumentKind> missingDocuments(const Order& order, const rules::Checklist& checklist);
    /// The contractual documents not signed yet, when the checklist says some are not.
    static QList<DocumentKind> unsignedDocuments(const Order& order, const rules::Checklist& checklist);
};

} // namespace guichet::ui
