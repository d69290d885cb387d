// An operator walks an order from opening to validation without the mouse; every state they see
// comes from core, and a validated order is read-only.

#include "order/checklist_panel.h"
#include "order/document_list.h"
#include "order/notification_dialog.h"
#include "page_fixture.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>

using namespace guichet;
using namespace guichet::testing;
using namespace Qt::StringLiterals;

namespace {

void confirmByKeyboard(PageFixture& f, const QString& itemId)
{
    f.walkChecklistTo(itemId);
    REQUIRE(f.find<QPushButton>(u"confirmItemButton"_s)->isEnabled());
    QTest::keyClick(f.find(u"checklistTree"_s), Qt::Key_Return, Qt::ControlModifier);
    INFO(itemId.toStdString() << ": " << f.page->message().toStdString());
    REQUIRE_EVENTUALLY(f.state(itemId) == rules::ItemState::Passed);
    CHECK(f.checklistRow(itemId)->text(1) == rules::label(rules::ItemState::Passed));
    CHECK(f.checklistRow(itemId)->text(2).contains(u"operator.a"_s)); // who confirmed it
}

} // namespace

TEST_CASE("An order is walked from opening to validation by keyboard", "[order][walk]")
{
    PageFixture f;
    const qint64 id = f.open(arrivingDossier(f.today()));
    auto* send = f.find<QPushButton>(u"sendForSignatureButton"_s);
    auto* validate = f.find<QPushButton>(u"validateButton"_s);
    CHECK(f.find(u"checklistTree"_s)->hasFocus()); // the page opens where the work is

    // Step 2: each supporting piece compared with the order and confirmed.
    const QStringList operatorItems = rules::operatorItemIds(f.stored(id));
    for (const QString& item : operatorItems) {
        if (item != u"confirm.payment"_s && item != u"confirm.dossier-complete"_s) {
            confirmByKeyboard(f, item);
        }
    }
    CHECK_FALSE(send->isEnabled()); // step 4 is still open

    // Step 4: the holder's ID, prefilled from the document, recorded with Enter.
    CHECK(f.state(u"holder.identity-recorded"_s) == rules::ItemState::Failed);
    auto* number = f.find<QLineEdit>(u"identityNumber"_s);
    number->setFocus();
    QTest::keyClick(number, Qt::Key_Return);
    REQUIRE_EVENTUALLY(f.state(u"holder.identity-recorded"_s) == rules::ItemState::Passed);
    CHECK(f.text(u"identityRecorded"_s).contains(number->text()));

    // Step 5: send for signature, now allowed.
    REQUIRE(f.page->checklist().supportingPiecesVerified());
    REQUIRE(send->isEnabled());
    CHECK_FALSE(validate->isEnabled());
    QTest::keyClick(f.find(u"checklistTree"_s), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE_EVENTUALLY(f.stored(id).phase == Phase::AwaitingSignature);
    CHECK(f.text(u"orderPhase"_s) == label(Phase::AwaitingSignature));
    CHECK_FALSE(send->isEnabled());

    // Step 6: each contract marked signed from the document list (Alt+G).
    auto* markSigned = f.find<QPushButton>(u"markSignedButton"_s);
    for (DocumentKind kind :
         {DocumentKind::TermsOfUse, DocumentKind::SubscriptionContract, DocumentKind::AuthorisationLetter}) {
        f.walkDocumentsTo(kind);
        REQUIRE(markSigned->isEnabled());
        QTest::keyClick(f.find(u"documentList"_s), Qt::Key_G, Qt::AltModifier);
        INFO(f.page->message().toStdString());
        REQUIRE_EVENTUALLY(f.stored(id).document(kind)->status == DocumentStatus::Signed);
        CHECK_FALSE(markSigned->isEnabled());
    }
    f.walkDocumentsTo(DocumentKind::HolderId);
    CHECK_FALSE(markSigned->isEnabled()); // a supporting piece is never "signed"
    REQUIRE_EVENTUALLY(f.stored(id).phase == Phase::Validation);
    CHECK(f.state(u"contracts.signed"_s) == rules::ItemState::Passed);

    // Step 7: Règlement (OK), Dossier complet (OK), then Valider.
    confirmByKeyboard(f, u"confirm.payment"_s);
    CHECK_FALSE(validate->isEnabled());
    confirmByKeyboard(f, u"confirm.dossier-complete"_s);
    REQUIRE(f.page->checklist().allPassed());
    REQUIRE(validate->isEnabled());

    // The operator is asked, and says no: nothing happens.
    f.confirmer.answer = false;
    QTest::keyClick(f.find(u"checklistTree"_s), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(f.confirmer.questions.size() == 1);
    const ui::Question& asked = f.confirmer.questions.first();
    CHECK(asked.informativeText.contains(u"irreversible"_s));
    CHECK(asked.informativeText.contains(u"certification policy"_s));
    CHECK(f.stored(id).phase == Phase::Validation);
    CHECK_FALSE(f.page->isReadOnly());

    // Then yes: validated, for good.
    f.confirmer.answer = true;
    QTest::keyClick(f.find(u"checklistTree"_s), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(f.confirmer.questions.size() == 2);
    REQUIRE_EVENTUALLY(f.stored(id).phase == Phase::Generation);

    // A validated order is read-only: a banner says so, every act is disabled.
    CHECK(f.page->isReadOnly());
    CHECK(f.find(u"readOnlyBanner"_s)->isVisible());
    CHECK(f.text(u"readOnlyBanner"_s).contains(u"irreversible"_s));
    for (const QString& name : {u"confirmItemButton"_s, u"sendForSignatureButton"_s, u"validateButton"_s,
                                u"markSignedButton"_s, u"recordIdentityButton"_s, u"notifyButton"_s}) {
        INFO(name.toStdString());
        CHECK_FALSE(f.find<QPushButton>(name)->isEnabled());
    }
    CHECK(f.find<QLineEdit>(u"identityNumber"_s)->isReadOnly());
    CHECK(
        f.find<QPushButton>(u"exportButton"_s)->isEnabled()); // the archive is what a validated order is for
    QTest::keyClick(f.page.get(), Qt::Key_N, Qt::ControlModifier);
    CHECK(f.page->findChild<ui::NotificationDialog*>() == nullptr);
    f.walkDocumentsTo(DocumentKind::TermsOfUse);
    CHECK_FALSE(markSigned->isEnabled());
}

TEST_CASE("The page follows changes made elsewhere to its order", "[order][walk]")
{
    PageFixture f;
    const qint64 id = f.open(arrivingDossier(f.today()));
    REQUIRE(f.state(u"confirm.holder-id"_s) == rules::ItemState::AwaitingConfirmation);
    // Another view (the same session) confirms the piece: the page reloads from core.
    REQUIRE(f.session->confirm(id, u"confirm.holder-id"_s).ok());
    REQUIRE_EVENTUALLY(f.state(u"confirm.holder-id"_s) == rules::ItemState::Passed);
    CHECK(f.checklistRow(u"confirm.holder-id"_s)->text(1) == rules::label(rules::ItemState::Passed));
}

TEST_CASE("Tab walks the page in a sensible order", "[order][keyboard]")
{
    PageFixture f;
    f.open(arrivingDossier(f.today()));
    f.walkChecklistTo(u"confirm.holder-id"_s); // so that Confirm is enabled
    QStringList visited;
    for (int presses = 0; presses < 16; ++presses) {
        visited.append(QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    INFO(visited.join(u", "_s).toStdString());
    // Disabled buttons are skipped; the rest come in this order.
    const QStringList expected = {u"checklistTree"_s,        u"confirmItemButton"_s,   u"documentList"_s,
                                  u"exportButton"_s,         u"identityKind"_s,        u"identityNumber"_s,
                                  u"recordIdentityButton"_s, u"notificationHistory"_s, u"notifyButton"_s,
                                  u"closeOrderButton"_s};
    REQUIRE(visited.size() >= expected.size());
    CHECK(visited.mid(0, expected.size()) == expected);
}
