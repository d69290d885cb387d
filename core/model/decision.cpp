#include "decision.h"

#include <QCoreApplication>

namespace guichet {

QString toCode(NotificationKind value)
{
    switch (value) {
    case NotificationKind::MissingDocument:
        return QStringLiteral("missing-document");
    case NotificationKind::InvalidContact:
        return QStringLiteral("invalid-contact");
    case NotificationKind::AwaitingSignature:
        return QStringLiteral("awaiting-signature");
    case NotificationKind::Other:
        return QStringLiteral("other");
    }
    Q_UNREACHABLE();
}

template <> std::optional<NotificationKind> fromCode<NotificationKind>(const QString& code)
{
    for (auto kind : {NotificationKind::MissingDocument, NotificationKind::InvalidContact,
                      NotificationKind::AwaitingSignature, NotificationKind::Other}) {
        if (toCode(kind) == code) {
            return kind;
        }
    }
    return std::nullopt;
}

QString label(NotificationKind value)
{
    switch (value) {
    case NotificationKind::MissingDocument:
        return QCoreApplication::translate("guichet::Vocabulary", "Missing document");
    case NotificationKind::InvalidContact:
        return QCoreApplication::translate("guichet::Vocabulary", "Invalid phone number or e-mail");
    case NotificationKind::AwaitingSignature:
        return QCoreApplication::translate("guichet::Vocabulary", "Document awaiting signature");
    case NotificationKind::Other:
        return QCoreApplication::translate("guichet::Vocabulary", "Other");
    }
    Q_UNREACHABLE();
}

} // namespace guichet
