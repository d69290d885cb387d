#pragma once

// What operators did to an order: decisions (with the checklist they were taken on) and the
// notifications sent to the requester.

#include "enums.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace guichet {

/// One act on an order, recorded by the workflow: who, when, what, and on which checklist state.
struct Decision
{
    qint64 id = 0;
    QString action;     ///< stable code: "import", "confirm", "record-identity", "send-for-signature",
                        ///< "signatures-received", "validate", "notify", ...
    QString operatorId; ///< who
    QDateTime at;       ///< when (UTC)
    Phase fromPhase = Phase::Verification;
    Phase toPhase = Phase::Verification;
    QString detail;           ///< e.g. the confirmed item id
    QByteArray checklistJson; ///< the checklist as it stood (compact JSON, see rules/checklist.h)
};

enum class NotificationKind
{
    MissingDocument,   ///< *document manquant*
    InvalidContact,    ///< *téléphone ou e-mail invalide*
    AwaitingSignature, ///< *document en attente de signature*
    Other,             ///< *autre*
};
QString toCode(NotificationKind value);
template <typename Enum> std::optional<Enum> fromCode(const QString& code);
template <> std::optional<NotificationKind> fromCode<NotificationKind>(const QString& code);
QString label(NotificationKind value);

/// A message to the requester (*Envoyer une notification*). Until connected mode exists it waits in
/// the outbox: `sentAt` stays invalid.
struct Notification
{
    qint64 id = 0;
    NotificationKind kind = NotificationKind::Other;
    QString recipient; ///< the requester's e-mail
    QString subject;
    QString body;
    QString operatorId;
    QDateTime createdAt; ///< UTC
    QDateTime sentAt;    ///< UTC; invalid while in the outbox
};

} // namespace guichet
