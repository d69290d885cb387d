// *Envoyer une notification*: templates built from the failed checklist items, edited, sent through
// the session, and kept in the history with the outbox's honest state.

#include "order/notification_dialog.h"
#include "order/notification_history.h"
#include "order/notification_templates.h"
#include "page_fixture.h"
#include "sample_order.h"
#include "store/order_store.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace guichet;
using namespace guichet::testing;
using namespace Qt::StringLiterals;
using ui::NotificationTemplates;

TEST_CASE("Notification templates come from the failed checklist items", "[order][notification]")
{
    const QDate today(2026, 11, 21);
    Dossier dossier = arrivingDossier(today);

    SECTION("missing document: the missing pieces' labels")
    {
        removeContent(dossier, DocumentKind::KbisExtract);
        removeContent(dossier, DocumentKind::PaymentProof);
        const rules::Checklist checklist = rules::buildChecklist(dossier.order, today);
        CHECK(NotificationTemplates::suggestedKind(dossier.order, checklist) ==
              NotificationKind::MissingDocument);
        const auto draft =
            NotificationTemplates::draft(NotificationKind::MissingDocument, dossier.order, checklist);
        CHECK(draft.subject.contains(dossier.order.number));
        CHECK(draft.body.contains(label(DocumentKind::KbisExtract)));
        CHECK(draft.body.contains(label(DocumentKind::PaymentProof)));
        CHECK_FALSE(draft.body.contains(label(DocumentKind::HolderId)));
        CHECK(draft.body.contains(dossier.order.requester.name));
    }
    SECTION("missing document: a piece that cannot be accepted is named with core's reason")
    {
        Document* holderId = dossier.order.document(DocumentKind::HolderId);
        holderId->facts.expiryDate = today.addDays(-3);
        const rules::Checklist checklist = rules::buildChecklist(dossier.order, today);
        const rules::ChecklistItem* valid = checklist.item(u"holder-id.valid"_s);
        REQUIRE(valid);
        REQUIRE(valid->state == rules::ItemState::Failed);
        const auto draft =
            NotificationTemplates::draft(NotificationKind::MissingDocument, dossier.order, checklist);
        CHECK(draft.body.contains(label(DocumentKind::HolderId)));
        CHECK(draft.body.contains(valid->reason));
    }
    SECTION("invalid contact: the OTP contact and why it fails")
    {
        dossier.order.holder.otpContact = u"04 78 00 00 00"_s; // a landline cannot receive the code
        const rules::Checklist checklist = rules::buildChecklist(dossier.order, today);
        REQUIRE(checklist.item(u"holder.otp-contact"_s)->state == rules::ItemState::Failed);
        CHECK(NotificationTemplates::suggestedKind(dossier.order, checklist) ==
              NotificationKind::InvalidContact);
        const auto draft =
            NotificationTemplates::draft(NotificationKind::InvalidContact, dossier.order, checklist);
        CHECK(draft.body.contains(u"04 78 00 00 00"_s));
        CHECK(draft.body.contains(checklist.item(u"holder.otp-contact"_s)->reason));
    }
    SECTION("awaiting signature: the unsigned contracts")
    {
        dossier.order.phase = Phase::AwaitingSignature;
        dossier.order.document(DocumentKind::TermsOfUse)->status = DocumentStatus::Signed;
        const rules::Checklist checklist = rules::buildChecklist(dossier.order, today);
        CHECK(NotificationTemplates::suggestedKind(dossier.order, checklist) ==
              NotificationKind::AwaitingSignature);
        const auto draft =
            NotificationTemplates::draft(NotificationKind::AwaitingSignature, dossier.order, checklist);
        CHECK(draft.body.contains(label(DocumentKind::SubscriptionContract)));
        CHECK(draft.body.contains(label(DocumentKind::AuthorisationLetter)));
        CHECK_FALSE(draft.body.contains(label(DocumentKind::TermsOfUse)));
    }
}

TEST_CASE("A notification prefilled from a missing document is edited, sent and kept in the history",
          "[order][notification]")
{
    PageFixture f;
    Dossier dossier = arrivingDossier(f.today());
    removeContent(dossier, DocumentKind::KbisExtract);
    const qint64 id = f.open(dossier);
    QSignalSpy sent(f.page.get(), &ui::OrderPage::notificationSent);
    CHECK(f.find<QTreeWidget>(u"notificationHistory"_s)->topLevelItemCount() == 0);

    QTest::keyClick(f.find(u"checklistTree"_s), Qt::Key_N, Qt::ControlModifier);
    ui::NotificationDialog* dialog = nullptr;
    REQUIRE_EVENTUALLY((dialog = f.page->findChild<ui::NotificationDialog*>()) && dialog->isVisible());
    QApplication::setActiveWindow(dialog); // the offscreen platform does not always move activation
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    CHECK(dialog->kind() == NotificationKind::MissingDocument);
    auto* recipient = dialog->findChild<QLineEdit*>(u"notificationRecipient"_s);
    auto* subject = dialog->findChild<QLineEdit*>(u"notificationSubject"_s);
    auto* body = dialog->findChild<QPlainTextEdit*>(u"notificationBody"_s);
    REQUIRE((recipient && subject && body));
    CHECK(recipient->text() == dossier.order.requester.email);
    CHECK(subject->text().contains(dossier.order.number));
    CHECK(body->toPlainText().contains(label(DocumentKind::KbisExtract)));

    // The operator edits the subject and adds a line, then sends with Ctrl+Enter.
    subject->setFocus();
    QTest::keyClick(subject, Qt::Key_End);
    QTest::keyClicks(subject, u" (rappel)"_s);
    body->setFocus();
    QTest::keyClick(body, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClicks(body, u"Merci de votre diligence."_s);
    // Changing the kind keeps the operator's words.
    dialog->setKind(NotificationKind::Other);
    CHECK(body->toPlainText().contains(u"Merci de votre diligence."_s));
    CHECK(dialog->findChild<QLabel*>(u"notificationHint"_s)->isVisibleTo(dialog));
    dialog->setKind(NotificationKind::MissingDocument);
    QTest::keyClick(body, Qt::Key_Return, Qt::ControlModifier);
    INFO("dialog error: " << dialog->findChild<QLabel*>(u"notificationError"_s)->text().toStdString());

    REQUIRE_EVENTUALLY(f.page->findChild<ui::NotificationDialog*>() == nullptr);
    REQUIRE(sent.size() == 1);
    CHECK(sent.first().at(0).toLongLong() == id);

    auto stored = f.session->orders().notifications(id);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 1);
    const Notification& notification = stored->first();
    CHECK(notification.kind == NotificationKind::MissingDocument);
    CHECK(notification.subject.endsWith(u"(rappel)"_s));
    CHECK(notification.body.contains(u"Merci de votre diligence."_s));
    CHECK(notification.recipient == dossier.order.requester.email);
    CHECK_FALSE(notification.sentAt.isValid());

    QTreeWidget* history = f.find<QTreeWidget>(u"notificationHistory"_s);
    REQUIRE_EVENTUALLY(history->topLevelItemCount() == 1);
    QTreeWidgetItem* row = history->topLevelItem(0);
    CHECK(row->text(2) == u"operator.a"_s);
    CHECK(row->text(3) == label(NotificationKind::MissingDocument));
    CHECK(row->text(4) == notification.subject);
    CHECK(row->text(5) == ui::NotificationHistory::stateText(notification));
    CHECK(row->text(5).contains(u"not sent"_s));
    CHECK(f.page->message().contains(u"outbox"_s));
}

TEST_CASE("A refused notification stays open with the reason", "[order][notification]")
{
    PageFixture f;
    f.open(arrivingDossier(f.today()));
    f.find<QPushButton>(u"notifyButton"_s)->click();
    ui::NotificationDialog* dialog = nullptr;
    REQUIRE_EVENTUALLY((dialog = f.page->findChild<ui::NotificationDialog*>()) && dialog->isVisible());
    dialog->findChild<QPlainTextEdit*>(u"notificationBody"_s)->clear();
    dialog->findChild<QPushButton*>(u"notificationSendButton"_s)->click();
    CHECK(dialog->isVisible());
    auto* error = dialog->findChild<QLabel*>(u"notificationError"_s);
    CHECK(error->isVisible());
    CHECK_FALSE(error->text().isEmpty());
    dialog->reject();
}
