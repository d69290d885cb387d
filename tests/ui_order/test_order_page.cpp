// The order page shows the order as core has it: its sections, its checklist item by item, its
// documents beside the viewer; it exports the dossier and shows what it cannot do, with the reason.

#include "order/checklist_panel.h"
#include "order/document_list.h"
#include "order/order_details.h"
#include "page_fixture.h"
#include "sample_order.h"
#include "store/database.h"
#include "viewer/document_viewer.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTreeWidget>
#include <set>

using namespace guichet;
using namespace guichet::testing;
using namespace Qt::StringLiterals;
using ui::OrderDetails;

TEST_CASE("The order page shows the order's sections and header", "[order][sections]")
{
    PageFixture f;
    const Dossier dossier = arrivingDossier(f.today());
    const Order& order = dossier.order;
    f.open(dossier);

    CHECK(f.text(u"orderNumber"_s).contains(order.number));
    CHECK(f.text(u"orderDate"_s).contains(OrderDetails::formatDate(order.date)));
    CHECK(f.text(u"orderPhase"_s) == label(Phase::Verification));
    CHECK(f.text(u"orderType"_s).contains(label(order.type)));
    CHECK(f.text(u"orderPortal"_s).contains(order.portal));

    CHECK(f.text(u"organisationName"_s) == order.organisation.name);
    CHECK(f.text(u"organisationKind"_s) == label(order.organisation.kind));
    CHECK(f.text(u"organisationSiren"_s) == u"732 829 320"_s);
    CHECK(f.text(u"organisationSiret"_s) == OrderDetails::formatRegistration(order.organisation.siret));
    CHECK(f.text(u"holderSurname"_s) == order.holder.surname);
    CHECK(f.text(u"holderGivenNames"_s) == order.holder.givenNames);
    CHECK(f.text(u"holderBirthDate"_s) == OrderDetails::formatDate(order.holder.birthDate));
    CHECK(f.text(u"holderEmail"_s) == order.holder.email);
    CHECK(f.text(u"holderOtpContact"_s) == order.holder.otpContact);
    CHECK(f.text(u"legalRepresentativeSurname"_s) == order.legalRepresentative.surname);
    CHECK(f.text(u"legalRepresentativeGivenNames"_s) == order.legalRepresentative.givenNames);
    CHECK(f.text(u"requesterName"_s) == order.requester.name);
    CHECK(f.text(u"requesterEmail"_s) == order.requester.email);
    CHECK(f.text(u"productLabel"_s) == order.product.label);
    CHECK(f.text(u"paymentReference"_s) == order.payment.reference);
    CHECK(f.text(u"paymentAmount"_s) == OrderDetails::formatAmount(order.payment.amountCents));
    CHECK(f.text(u"paymentMethod"_s) == OrderDetails::paymentMethodLabel(order.payment.method));
    CHECK_FALSE(f.find(u"agentSection"_s)->isVisibleTo(f.page.get()));

    // The holder's ID form is prefilled from what was read from the holder's ID.
    const Document* holderId = order.document(DocumentKind::HolderId);
    REQUIRE(holderId);
    CHECK(f.find<QComboBox>(u"identityKind"_s)->currentData().toInt() == int(holderId->facts.identity.kind));
    CHECK(f.find<QLineEdit>(u"identityNumber"_s)->text() == holderId->facts.identity.number);
    CHECK(f.text(u"identityRecorded"_s).contains(u"Not recorded"_s));
    CHECK_FALSE(f.find(u"readOnlyBanner"_s)->isVisible());
}

TEST_CASE("A certification agent gets a section of its own", "[order][sections]")
{
    PageFixture f;
    Dossier dossier = arrivingDossier(f.today());
    dossier.order = sampleOrderWithAgent(f.today(), false);
    dossier.order.number = u"CMD-AGENT-1"_s;
    dossier.contents.clear();
    for (Document& document : dossier.order.documents) {
        document.sha256.clear();
        document.size = 0;
    }
    f.open(dossier);
    REQUIRE(dossier.order.agent);
    CHECK(f.find(u"agentSection"_s)->isVisible());
    CHECK(f.text(u"agentSurname"_s) == dossier.order.agent->surname);
    CHECK(f.text(u"agentBirthDate"_s) == OrderDetails::formatDate(dossier.order.agent->birthDate));
}

TEST_CASE("The checklist shows every item of core's checklist, by step, with its state", "[order][checklist]")
{
    PageFixture f;
    Dossier dossier = arrivingDossier(f.today());
    removeContent(dossier, DocumentKind::KbisExtract); // some failures too
    const qint64 id = f.open(dossier);
    const rules::Checklist expected = rules::buildChecklist(f.stored(id), f.today());

    QTreeWidget* tree = f.find<QTreeWidget>(u"checklistTree"_s);
    int rows = 0;
    std::set<int> steps;
    for (const rules::ChecklistItem& item : expected.items) {
        steps.insert(int(item.step));
        QTreeWidgetItem* row = f.checklistRow(item.id);
        INFO(item.id.toStdString());
        REQUIRE(row);
        CHECK(row->text(0) == item.title);
        CHECK(row->text(1) == rules::label(item.state)); // words, not colour alone
        CHECK_FALSE(row->icon(1).isNull());
        if (item.state != rules::ItemState::Passed) {
            CHECK(row->text(2) == item.reason);
        }
        CHECK(row->parent()->text(0).contains(ui::ChecklistPanel::stepTitle(item.step)));
        ++rows;
    }
    CHECK(tree->topLevelItemCount() == int(steps.size()));
    int shown = 0;
    for (int s = 0; s < tree->topLevelItemCount(); ++s) {
        shown += tree->topLevelItem(s)->childCount();
    }
    CHECK(shown == rows);
    CHECK(f.state(u"documents.imported"_s) == rules::ItemState::Failed);
    CHECK(f.checklistRow(u"documents.imported"_s)->text(2).contains(label(DocumentKind::KbisExtract)));
}

TEST_CASE("Documents: statuses in the operators' words, the viewer beside them", "[order][documents]")
{
    PageFixture f;
    Dossier dossier = arrivingDossier(f.today());
    setContent(dossier, DocumentKind::HolderId, pngBytes(), u"image/png"_s);
    // Bytes that claim to be a PDF and are not: the viewer must say so, not crash.
    setContent(dossier, DocumentKind::LegalRepresentativeId, "%PDF-1.4\nthis is not a PDF"_ba,
               u"application/pdf"_s);
    removeContent(dossier, DocumentKind::KbisExtract);
    f.open(dossier);
    ui::DocumentViewer* viewer = f.page->viewer();
    QTreeWidget* list = f.find<QTreeWidget>(u"documentList"_s);

    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const auto kind = static_cast<DocumentKind>(list->topLevelItem(i)->data(0, Qt::UserRole).toInt());
        const Document* document = dossier.order.document(kind);
        REQUIRE(document);
        CHECK(list->topLevelItem(i)->text(1) == label(document->status));
    }

    SECTION("a readable scan is shown")
    {
        f.walkDocumentsTo(DocumentKind::HolderId);
        REQUIRE_EVENTUALLY(viewer->pageCount() == 1);
        CHECK(viewer->message().isEmpty());
    }
    SECTION("a corrupt document shows the viewer's message")
    {
        f.walkDocumentsTo(DocumentKind::LegalRepresentativeId);
        REQUIRE_EVENTUALLY(!viewer->message().isEmpty());
    }
    SECTION("a document not imported says so")
    {
        f.walkDocumentsTo(DocumentKind::KbisExtract);
        REQUIRE_EVENTUALLY(viewer->message().contains(u"not imported"_s));
    }
    SECTION("Alt+Right and Alt+Left, and the viewer's own requests, walk the list")
    {
        f.walkDocumentsTo(DocumentKind::HolderId);
        QTest::keyClick(list, Qt::Key_Right, Qt::AltModifier);
        CHECK(f.page->documentList()->currentDocument() == DocumentKind::LegalRepresentativeId);
        QTest::keyClick(list, Qt::Key_Left, Qt::AltModifier);
        CHECK(f.page->documentList()->currentDocument() == DocumentKind::HolderId);
        emit viewer->nextDocumentRequested();
        CHECK(f.page->documentList()->currentDocument() == DocumentKind::LegalRepresentativeId);
        emit viewer->previousDocumentRequested();
        CHECK(f.page->documentList()->currentDocument() == DocumentKind::HolderId);
    }
    SECTION("a checklist item about a document shows that document")
    {
        f.walkChecklistTo(u"confirm.holder-id"_s);
        CHECK(f.page->documentList()->currentDocument() == DocumentKind::HolderId);
        REQUIRE_EVENTUALLY(viewer->pageCount() == 1);
        f.walkChecklistTo(u"kbis.recent"_s);
        CHECK(f.page->documentList()->currentDocument() == DocumentKind::KbisExtract);
        REQUIRE_EVENTUALLY(viewer->message().contains(u"not imported"_s));
    }
}

TEST_CASE("What the workflow refuses is shown with its reason", "[order][checklist]")
{
    PageFixture f;
    const qint64 id = f.open(arrivingDossier(f.today()));
    // "Dossier complete" awaits confirmation, but core refuses it while other checks are open.
    f.walkChecklistTo(u"confirm.dossier-complete"_s);
    CHECK(f.find<QPushButton>(u"confirmItemButton"_s)->isEnabled());
    QTest::keyClick(f.find(u"checklistTree"_s), Qt::Key_Return, Qt::ControlModifier);
    CHECK(f.page->message().contains(u"The dossier is not complete yet"_s));
    CHECK(f.find(u"orderMessage"_s)->isVisible());
    CHECK_FALSE(f.stored(id).isConfirmed(u"confirm.dossier-complete"_s));
    CHECK(f.state(u"confirm.dossier-complete"_s) == rules::ItemState::AwaitingConfirmation);
}

TEST_CASE("Send for signature is enabled only once the supporting pieces are verified", "[order][checklist]")
{
    PageFixture f;
    Dossier dossier = arrivingDossier(f.today());
    removeContent(dossier, DocumentKind::PaymentProof);
    dossier.order.recordedIdentity = dossier.order.document(DocumentKind::HolderId)->facts.identity;
    const qint64 id = f.open(dossier);
    auto* send = f.find<QPushButton>(u"sendForSignatureButton"_s);
    for (const QString& item : rules::operatorItemIds(f.stored(id))) {
        if (f.state(item) == rules::ItemState::AwaitingConfirmation && item.startsWith(u"confirm."_s) &&
            item != u"confirm.payment"_s && item != u"confirm.dossier-complete"_s) {
            REQUIRE(f.session->confirm(id, item).ok());
        }
    }
    // A missing proof of payment keeps step 1 failed: the button stays off, and its shortcut too.
    CHECK_FALSE(f.page->checklist().supportingPiecesVerified());
    CHECK_FALSE(send->isEnabled());
    QTest::keyClick(f.page.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(f.stored(id).phase == Phase::Verification);
    CHECK_FALSE(f.find<QPushButton>(u"validateButton"_s)->isEnabled());
}

TEST_CASE("Download the dossier writes the archive where the operator says", "[order][export]")
{
    PageFixture f;
    const Dossier dossier = arrivingDossier(f.today());
    f.open(dossier);

    SECTION("written")
    {
        f.confirmer.savePath = f.dir.filePath(u"archive"_s); // no extension: the page adds .zip
        QTest::keyClick(f.page.get(), Qt::Key_E, Qt::ControlModifier);
        REQUIRE(f.confirmer.suggestedPaths.size() == 1);
        CHECK(f.confirmer.suggestedPaths.first().endsWith(dossier.order.number + u".zip"_s));
        const QFileInfo written(f.dir.filePath(u"archive.zip"_s));
        CHECK(written.exists());
        CHECK(written.size() > 0);
        CHECK(f.page->message().contains(u"archive.zip"_s));
    }
    SECTION("cancelled: nothing happens")
    {
        f.confirmer.savePath.clear();
        f.find<QPushButton>(u"exportButton"_s)->click();
        CHECK(f.confirmer.suggestedPaths.size() == 1);
        CHECK(f.page->message().isEmpty());
    }
    SECTION("a folder that does not exist: the failure is shown")
    {
        f.confirmer.savePath = f.dir.filePath(u"missing/folder/archive.zip"_s);
        f.find<QPushButton>(u"exportButton"_s)->click();
        CHECK(f.page->message().contains(u"could not be saved"_s));
        CHECK_FALSE(QFileInfo::exists(f.confirmer.savePath));
    }
}

TEST_CASE("A document chosen in the list is the piece Ctrl+Enter confirms", "[order][checklist]")
{
    PageFixture f;
    const qint64 id = f.open(arrivingDossier(f.today()));
    f.walkChecklistTo(u"confirm.kbis-extract"_s);
    f.walkDocumentsTo(DocumentKind::LegalRepresentativeId);
    CHECK(f.page->checklistPanel()->currentItemId() == u"confirm.legal-representative-id"_s);
    QTest::keyClick(f.find(u"documentList"_s), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE_EVENTUALLY(f.stored(id).isConfirmed(u"confirm.legal-representative-id"_s));
    CHECK_FALSE(f.stored(id).isConfirmed(u"confirm.kbis-extract"_s));
    // A contract has no piece to confirm: nothing is current, Ctrl+Enter confirms nothing.
    f.walkDocumentsTo(DocumentKind::TermsOfUse);
    CHECK(f.page->checklistPanel()->currentItemId().isEmpty());
    CHECK_FALSE(f.find<QPushButton>(u"confirmItemButton"_s)->isEnabled());
}

TEST_CASE("Documents the store cannot read leave the order open and say why", "[order][documents]")
{
    PageFixture f;
    const Dossier dossier = arrivingDossier(f.today());
    const qint64 id = f.import(dossier);
    // Alter one stored blob behind the store's back: its SHA-256 no longer matches.
    QSqlQuery alter(f.session->database().connection());
    REQUIRE(alter.prepare(u"UPDATE blobs SET data = ? WHERE sha256 = ?"_s));
    alter.addBindValue(QByteArray("tampered"));
    alter.addBindValue(dossier.order.document(DocumentKind::HolderId)->sha256);
    REQUIRE(alter.exec());
    REQUIRE(alter.numRowsAffected() == 1);

    f.page->setOrder(id);
    REQUIRE(f.page->order());
    CHECK(f.text(u"holderSurname"_s) == dossier.order.holder.surname);
    CHECK(f.page->message().contains(u"could not be read"_s));
    f.walkDocumentsTo(DocumentKind::HolderId);
    REQUIRE_EVENTUALLY(f.page->viewer()->message().contains(u"could not be read"_s));
}
