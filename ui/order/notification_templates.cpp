#include "notification_templates.h"

#include <QMap>

namespace guichet::ui {
namespace {

bool failed(const rules::Checklist& checklist, const QString& itemId)
{
    const rules::ChecklistItem* item = checklist.item(itemId);
    return item && item->state == rules::ItemState::Failed;
}

QString bulletList(const QStringList& lines)
{
    QStringList bullets;
    for (const QString& line : lines) {
        bullets.append(u"- " + line);
    }
    return bullets.join(u'\n');
}

QString labels(const QList<DocumentKind>& kinds)
{
    QStringList lines;
    for (DocumentKind kind : kinds) {
        lines.append(label(kind));
    }
    return bulletList(lines);
}

bool notImported(const Order& order, DocumentKind kind)
{
    const Document* document = order.document(kind);
    return !document || document->status == DocumentStatus::NotImported;
}

} // namespace

QList<DocumentKind> NotificationTemplates::missingDocuments(const Order& order,
                                                            const rules::Checklist& checklist)
{
    QList<DocumentKind> missing;
    for (const rules::ChecklistItem* item : checklist.failedItems()) {
        if (item->document && !isContractual(*item->document) && notImported(order, *item->document) &&
            !missing.contains(*item->document)) {
            missing.append(*item->document);
        }
    }
    return missing;
}

QList<DocumentKind> NotificationTemplates::unsignedDocuments(const Order& order,
                                                             const rules::Checklist& checklist)
{
    QList<DocumentKind> pending;
    if (!failed(checklist, QStringLiteral("contracts.signed"))) {
        return pending;
    }
    for (DocumentKind kind : rules::requiredDocuments(order)) {
        const Document* document = order.document(kind);
        if (isContractual(kind) && (!document || document->status != DocumentStatus::Signed)) {
            pending.append(kind);
        }
    }
    return pending;
}

NotificationKind NotificationTemplates::suggestedKind(const Order& order, const rules::Checklist& checklist)
{
    if (!missingDocuments(order, checklist).isEmpty()) {
        return NotificationKind::MissingDocument;
    }
    if (failed(checklist, QStringLiteral("holder.otp-contact"))) {
        return NotificationKind::InvalidContact;
    }
    if (order.phase == Phase::AwaitingSignature && !unsignedDocuments(order, checklist).isEmpty()) {
        return NotificationKind::AwaitingSignature;
    }
    return NotificationKind::Other;
}

NotificationDraft NotificationTemplates::draft(NotificationKind kind, const Order& order,
                                               const rules::Checklist& checklist)
{
    const QString greeting = order.requester.name.trimmed().isEmpty()
                                 ? tr("Hello,")
                                 : tr("Hello %1,").arg(order.requester.name.trimmed());
    const QString closing = tr("Kind regards,\nThe registration authority");
    const QString holder = order.holder.displayName().trimmed();
    NotificationDraft draft;
    QString text;
    switch (kind) {
    case NotificationKind::MissingDocument: {
        draft.subject = tr("Order %1: documents missing from your dossier").arg(order.number);
        const QList<DocumentKind> missing = missingDocuments(order, checklist);
        text =
            tr("While checking order %1 (certificate for %2, %3), we found that the following documents are "
               "missing from the dossier:\n%4\n\nPlease add them to the order so that we can go on checking "
               "it.")
                .arg(order.number, holder, order.organisation.name,
                     missing.isEmpty() ? bulletList({tr("(name the document)")}) : labels(missing));
        // Pieces that are there but cannot be accepted (expired, too old, not matching the order).
        QMap<int, QStringList> reasons;
        for (const rules::ChecklistItem* item : checklist.failedItems()) {
            if (item->document && !notImported(order, *item->document) && !isContractual(*item->document)) {
                reasons[int(*item->document)].append(item->reason);
            }
        }
        if (!reasons.isEmpty()) {
            QStringList lines;
            for (auto it = reasons.cbegin(); it != reasons.cend(); ++it) {
                lines.append(
                    tr("%1: %2").arg(label(static_cast<DocumentKind>(it.key())), it.value().join(u' ')));
            }
            text += u"\n\n" +
                    tr("The following documents cannot be accepted as they are and must be sent again:\n%1")
                        .arg(bulletList(lines));
        }
        break;
    }
    case NotificationKind::InvalidContact: {
        draft.subject = tr("Order %1: the holder's activation contact is not valid").arg(order.number);
        text =
            tr("While checking order %1, we found that the contact given to receive the certificate's "
               "activation code (OTP contact) for %2, \"%3\", is not a valid mobile phone number or e-mail "
               "address.")
                .arg(order.number, holder, order.holder.otpContact);
        const rules::ChecklistItem* item = checklist.item(QStringLiteral("holder.otp-contact"));
        if (item && item->state == rules::ItemState::Failed && !item->reason.isEmpty()) {
            text += u"\n\n" + item->reason;
        }
        text += u"\n\n" +
                tr("Please send us a mobile phone number or an e-mail address at which %1 can receive the "
                   "activation code: without it the certificate cannot be activated.")
                    .arg(holder);
        break;
    }
    case NotificationKind::AwaitingSignature: {
        draft.subject = tr("Order %1: documents awaiting your signature").arg(order.number);
        const QList<DocumentKind> pending = unsignedDocuments(order, checklist);
        text = tr("Order %1 (certificate for %2) is waiting for the following documents to be signed:\n%3\n\n"
                  "Please sign them so that we can validate the order.")
                   .arg(order.number, holder,
                        pending.isEmpty() ? bulletList({tr("(name the document)")}) : labels(pending));
        break;
    }
    case NotificationKind::Other:
        draft.subject = tr("Order %1").arg(order.number);
        text = tr("Regarding order %1 (certificate for %2):\n\n").arg(order.number, holder);
        break;
    }
    draft.body = greeting + u"\n\n" + text + u"\n\n" + closing;
    return draft;
}

} // namespace guichet::ui
