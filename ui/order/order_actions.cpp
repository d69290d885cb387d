#include "order_actions.h"

#include "confirmer.h"
#include "message_bar.h"
#include "notification_dialog.h"
#include "session/desk_session.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QWidget>

namespace guichet::ui {

OrderActions::OrderActions(DeskSession& session, Confirmer& confirmer, MessageBar& messages, QWidget* window)
    : QObject(window), m_session(session), m_confirmer(confirmer), m_messages(messages), m_window(window)
{}

QString OrderActions::describe(const Error& error)
{
    // Core keeps personal data out of `detail` (SQL statements, codes, call sites).
    if (error.detail.isEmpty()) {
        return error.message;
    }
    return tr("%1\nDetails for support: %2").arg(error.message, error.detail);
}

bool OrderActions::report(const Status& status, const QString& done, const QString& failedWhat)
{
    if (status) {
        m_messages.showInformation(done);
        return true;
    }
    m_messages.showError(tr("%1: %2").arg(failedWhat, describe(status.error())));
    return false;
}

void OrderActions::confirm(const Order& order, const rules::Checklist& checklist, const QString& itemId)
{
    const rules::ChecklistItem* item = checklist.item(itemId);
    const QString title = item ? item->title : itemId;
    report(m_session.confirm(order.id, itemId), tr("Confirmed: %1.").arg(title),
           tr("\"%1\" was not confirmed").arg(title));
}

void OrderActions::recordIdentity(const Order& order, const IdentityRecord& identity)
{
    report(m_session.recordIdentity(order.id, identity),
           tr("The holder's ID document is recorded: %1 %2.")
               .arg(label(identity.kind), identity.number.toUpper()),
           tr("The holder's ID document was not recorded"));
}

void OrderActions::sendForSignature(const Order& order)
{
    report(m_session.sendForSignature(order.id),
           tr("Order %1 now awaits the signature of its contractual documents.").arg(order.number),
           tr("The contractual documents were not sent for signature"));
}

void OrderActions::markSigned(const Order& order, DocumentKind kind)
{
    report(m_session.recordSignature(order.id, kind), tr("%1 is recorded as signed.").arg(label(kind)),
           tr("%1 was not recorded as signed").arg(label(kind)));
}

void OrderActions::validate(const Order& order)
{
    Question question;
    question.title = tr("Validate order %1").arg(order.number);
    question.text = tr("Validate order %1 for %2?").arg(order.number, order.holder.displayName());
    question.informativeText = tr(
        "Validation is irreversible: the order moves on to certificate generation and can no longer be "
        "changed.\n\n"
        "By validating, you attest that you have carried out the checks the certification policy demands: "
        "each supporting piece is valid and matches the order, the holder's ID document is recorded, every "
        "contractual document is signed and the payment is in order.");
    question.acceptLabel = tr("&Validate");
    if (!m_confirmer.confirm(m_window, question)) {
        m_messages.showInformation(tr("Order %1 was not validated: you cancelled.").arg(order.number));
        return;
    }
    report(m_session.validate(order.id),
           tr("Order %1 is validated: it moves on to certificate generation.").arg(order.number),
           tr("Order %1 was not validated").arg(order.number));
}

void OrderActions::openNotificationDialog(const Order& order, const rules::Checklist& checklist)
{
    if (auto* open = m_window->findChild<NotificationDialog*>(); open && open->isVisible()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto* dialog = new NotificationDialog(order, checklist, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 orderId = order.id;
    connect(dialog, &NotificationDialog::sendRequested, this,
            [this, dialog, orderId](const Notification& notification) {
                auto id = m_session.notify(orderId, notification);
                if (!id) {
                    dialog->showError(describe(id.error())); // stays open: nothing written is lost
                    return;
                }
                dialog->accept();
                m_messages.showInformation(
                    tr("The notification \"%1\" is kept in the outbox: connected mode is "
                       "not available yet, so it has not been sent.")
                        .arg(notification.subject));
                emit notificationSent(orderId, *id);
            });
    dialog->open();
}

void OrderActions::exportDossier(const Order& order)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty()) {
        folder = QDir::homePath();
    }
    const QString suggested = QDir(folder).filePath(order.number + QStringLiteral(".zip"));
    QString path =
        m_confirmer.saveFileName(m_window, tr("Download the dossier of order %1").arg(order.number),
                                 suggested, tr("Dossier archives (*.zip)"));
    if (path.isEmpty()) {
        return; // the operator cancelled
    }
    if (!path.endsWith(QStringLiteral(".zip"), Qt::CaseInsensitive)) {
        path += QStringLiteral(".zip");
    }
    const QString shown = QDir::toNativeSeparators(path);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = m_session.exportDossier(order.id, path);
    QApplication::restoreOverrideCursor();
    report(written, tr("The dossier of order %1 was saved to %2.").arg(order.number, shown),
           tr("The dossier could not be saved to %1").arg(shown));
}

} // namespace guichet::ui
