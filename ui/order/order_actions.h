#pragma once

// The order page's acts on its order. Each goes through the DeskSession (and so through core's
// workflow, which guards it), and its outcome is shown in the message bar: what was done, or the
// workflow's reason for refusing, in the operator's words. The session's orderChanged then makes
// the page reload; nothing here changes what the page shows by itself.

#include "model/order.h"
#include "model/result.h"
#include "rules/checklist.h"

#include <QObject>

class QWidget;

namespace guichet::ui {

class Confirmer;
class DeskSession;
class MessageBar;

class OrderActions : public QObject
{
    Q_OBJECT

public:
    /// `window` parents the dialogs (the notification dialog, the confirmer's questions).
    OrderActions(DeskSession& session, Confirmer& confirmer, MessageBar& messages, QWidget* window);

    void confirm(const Order& order, const rules::Checklist& checklist, const QString& itemId);
    void recordIdentity(const Order& order, const IdentityRecord& identity);
    void sendForSignature(const Order& order);
    void markSigned(const Order& order, DocumentKind kind);
    /// Asks the confirmer first: validation is irreversible.
    void validate(const Order& order);
    /// Opens *Envoyer une notification* (window-modal) and sends when the dialog asks.
    void openNotificationDialog(const Order& order, const rules::Checklist& checklist);
    /// Asks for a file name (default "<number>.zip" in the Documents folder) and writes the archive.
    void exportDossier(const Order& order);

    /// The operator's sentence, then what support needs.
    static QString describe(const Error& error);

signals:
    void notificationSent(qint64 orderId, qint64 notificationId);

private:
    bool report(const Status& status, const QString& done, const QString& failedWhat);

    DeskSession& m_session;
    Confirmer& m_confirmer;
    MessageBar& m_messages;
    QWidget* m_window;
};

} // namespace guichet::ui
