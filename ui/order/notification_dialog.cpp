#include "notification_dialog.h"

#include "notification_templates.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace guichet::ui {

NotificationDialog::NotificationDialog(const Order& order, const rules::Checklist& checklist, QWidget* parent)
    : QDialog(parent), m_order(order), m_checklist(checklist), m_kind(new QComboBox(this)),
      m_recipient(new QLineEdit(this)), m_subject(new QLineEdit(this)), m_body(new QPlainTextEdit(this)),
      m_note(new QLabel(this)), m_hint(new QLabel(this)), m_error(new QLabel(this)),
      m_reset(new QPushButton(tr("Use the &template again"), this)),
      m_send(new QPushButton(tr("&Send"), this)), m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("notificationDialog"));
    setWindowTitle(tr("Send a notification — order %1").arg(order.number));
    setAccessibleName(windowTitle());

    m_kind->setObjectName(QStringLiteral("notificationKind"));
    m_kind->setAccessibleName(tr("Kind of notification"));
    for (NotificationKind kind : {NotificationKind::MissingDocument, NotificationKind::InvalidContact,
                                  NotificationKind::AwaitingSignature, NotificationKind::Other}) {
        m_kind->addItem(label(kind), int(kind));
    }
    m_recipient->setObjectName(QStringLiteral("notificationRecipient"));
    m_recipient->setAccessibleName(tr("Recipient"));
    m_recipient->setReadOnly(true);
    m_recipient->setText(order.requester.email);
    m_recipient->setPlaceholderText(tr("The requester has no e-mail address"));
    m_subject->setObjectName(QStringLiteral("notificationSubject"));
    m_subject->setAccessibleName(tr("Subject"));
    m_body->setObjectName(QStringLiteral("notificationBody"));
    m_body->setAccessibleName(tr("Message"));
    m_body->setTabChangesFocus(true); // Tab leaves the text for the buttons: keyboard users get out
    m_body->setMinimumSize(560, 260);

    m_note->setObjectName(QStringLiteral("notificationNote"));
    m_note->setWordWrap(true);
    m_note->setText(tr("The notification is kept with the order, in the outbox: connected mode is not "
                       "available yet, so nothing is sent by e-mail for now."));
    m_hint->setObjectName(QStringLiteral("notificationHint"));
    m_hint->setWordWrap(true);
    m_hint->hide();
    m_error->setObjectName(QStringLiteral("notificationError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->hide();

    m_reset->setObjectName(QStringLiteral("notificationTemplateButton"));
    m_reset->setAccessibleName(tr("Use the template again"));
    m_reset->setAutoDefault(false);
    m_send->setObjectName(QStringLiteral("notificationSendButton"));
    m_send->setAccessibleName(tr("Send the notification"));
    m_send->setToolTip(tr("Send the notification (Ctrl+Enter)"));
    m_send->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("notificationCancelButton"));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_cancel->setAutoDefault(false);

    auto* form = new QFormLayout;
    auto* kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    form->addRow(kindLabel, m_kind);
    form->addRow(tr("To:"), m_recipient);
    auto* subjectLabel = new QLabel(tr("S&ubject:"), this);
    subjectLabel->setBuddy(m_subject);
    form->addRow(subjectLabel, m_subject);
    auto* bodyLabel = new QLabel(tr("&Message:"), this);
    bodyLabel->setBuddy(m_body);
    form->addRow(bodyLabel, m_body);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_reset, QDialogButtonBox::ResetRole);
    buttons->addButton(m_send, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    // The box's accepted() would close the dialog: sending waits for the session's answer instead.
    disconnect(buttons, nullptr, this, nullptr);
    connect(m_send, &QPushButton::clicked, this, &NotificationDialog::send);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_reset, &QPushButton::clicked, this, &NotificationDialog::useTemplate);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &NotificationDialog::send);
    }
    connect(m_kind, &QComboBox::currentIndexChanged, this, &NotificationDialog::kindChanged);
    setKind(NotificationTemplates::suggestedKind(order, checklist));
    kindChanged(); // the combo may already show the suggested kind: fill the template anyway
}

NotificationKind NotificationDialog::kind() const
{
    return static_cast<NotificationKind>(m_kind->currentData().toInt());
}

void NotificationDialog::setKind(NotificationKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

bool NotificationDialog::edited() const
{
    return m_subject->text() != m_templateSubject || m_body->toPlainText() != m_templateBody;
}

void NotificationDialog::kindChanged()
{
    const bool keepEdits = edited();
    const NotificationDraft draft = NotificationTemplates::draft(kind(), m_order, m_checklist);
    m_templateSubject = draft.subject;
    m_templateBody = draft.body;
    if (keepEdits) {
        // The operator's words win over a template; they can take the template with one button.
        m_hint->setText(
            tr("Your text was edited, so it was kept. \"Use the template again\" replaces it with "
               "the template for \"%1\".")
                .arg(label(kind())));
        m_hint->show();
        return;
    }
    m_hint->hide();
    m_subject->setText(draft.subject);
    m_body->setPlainText(draft.body);
}

void NotificationDialog::useTemplate()
{
    m_hint->hide();
    m_subject->setText(m_templateSubject);
    m_body->setPlainText(m_templateBody);
}

Notification NotificationDialog::notification() const
{
    Notification notification;
    notification.kind = kind();
    notification.recipient = m_order.requester.email;
    notification.subject = m_subject->text().trimmed();
    notification.body = m_body->toPlainText();
    return notification;
}

void NotificationDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void NotificationDialog::send()
{
    m_error->hide();
    emit sendRequested(notification());
}

} // namespace guichet::ui
