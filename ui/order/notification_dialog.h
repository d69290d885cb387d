#pragma once

// *Envoyer une notification*: the kind, then a subject and a body prefilled from the kind's template
// (see notification_templates.h), editable before sending, to the requester's e-mail. The dialog
// only asks to send (sendRequested); the page sends through the session and closes it on success
// or shows the refusal here, so nothing the operator wrote is lost.

#include "model/decision.h"
#include "model/order.h"
#include "rules/checklist.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace guichet::ui {

class NotificationDialog : public QDialog
{
    Q_OBJECT

public:
    NotificationDialog(const Order& order, const rules::Checklist& checklist, QWidget* parent = nullptr);

    NotificationKind kind() const;
    /// Chooses a kind: the subject and body take its template unless the operator edited them.
    void setKind(NotificationKind kind);
    Notification notification() const;
    /// The session's refusal, shown in the dialog (which stays open).
    void showError(const QString& message);

public slots:
    void send();
    /// Puts the current kind's template back, discarding the edits.
    void useTemplate();

signals:
    void sendRequested(const guichet::Notification& notification);

private:
    void kindChanged();
    bool edited() const;

    Order m_order;
    rules::Checklist m_checklist;
    QString m_templateSubject;
    QString m_templateBody;
    QComboBox* m_kind;
    QLineEdit* m_recipient;
    QLineEdit* m_subject;
    QPlainTextEdit* m_body;
    QLabel* m_note;
    QLabel* m_hint;
    QLabel* m_error;
    QPushButton* m_reset;
    QPushButton* m_send;
    QPushButton* m_cancel;
};

} // namespace guichet::ui
