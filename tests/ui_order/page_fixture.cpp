#include "page_fixture.h"

#include "order/checklist_panel.h"
#include "order/document_list.h"
#include "sample_order.h"
#include "test_signer.h"
#include "workflow/workflow.h"

#include <QApplication>
#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace guichet::testing {

Dossier arrivingDossier(const QDate& today)
{
    Dossier dossier = sampleDossier(today, false);
    dossier.order.phase = Phase::Verification;
    dossier.order.recordedIdentity = {};
    for (auto& document : dossier.order.documents) {
        if (isContractual(document.kind)) {
            document.status = DocumentStatus::Unsigned;
        }
    }
    return dossier;
}

QByteArray pngBytes()
{
    QImage image(420, 594, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setPen(Qt::black);
    painter.drawRect(20, 20, 380, 554);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, "PNG"));
    return bytes;
}

void setContent(Dossier& dossier, DocumentKind kind, const QByteArray& bytes, const QString& mediaType)
{
    Document* document = dossier.order.document(kind);
    REQUIRE(document);
    document->mediaType = mediaType;
    document->size = bytes.size();
    document->sha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    dossier.contents[kind] = bytes;
}

void removeContent(Dossier& dossier, DocumentKind kind)
{
    Document* document = dossier.order.document(kind);
    REQUIRE(document);
    document->status = DocumentStatus::NotImported;
    document->fileName.clear();
    document->sha256.clear();
    document->size = 0;
    document->facts = {};
    dossier.contents.erase(kind);
}

PageFixture::PageFixture()
{
    REQUIRE(dir.isValid());
    auto opened = ui::DeskSession::open(dir.filePath(u"guichet.sqlite"_s));
    INFO((opened ? QString() : opened.error().toString()).toStdString());
    REQUIRE(opened.ok());
    session = std::move(*opened);
    auto signer = std::make_shared<SoftwareSigner>("operator.a");
    session->setOperator(testOperator(*signer, u"operator.a"_s), signer);
    page = std::make_unique<ui::OrderPage>(*session, confirmer);
    page->resize(1400, 900);
    page->show();
    QApplication::setActiveWindow(page.get());
    REQUIRE(QTest::qWaitForWindowActive(page.get()));
}

PageFixture::~PageFixture()
{
    page.reset(); // before the session it listens to
}

qint64 PageFixture::import(const Dossier& dossier)
{
    auto id = session->importDossier(dossier);
    INFO((id ? QString() : id.error().toString()).toStdString());
    REQUIRE(id.ok());
    return *id;
}

qint64 PageFixture::open(const Dossier& dossier)
{
    const qint64 id = import(dossier);
    page->setOrder(id);
    REQUIRE(page->order());
    return id;
}

Order PageFixture::stored(qint64 orderId)
{
    auto order = session->order(orderId);
    REQUIRE(order.ok());
    return *order;
}

QString PageFixture::text(const QString& labelName) const
{
    return find<QLabel>(labelName)->text();
}

QTreeWidgetItem* PageFixture::checklistRow(const QString& itemId) const
{
    QTreeWidget* tree = find<QTreeWidget>(u"checklistTree"_s);
    for (int s = 0; s < tree->topLevelItemCount(); ++s) {
        for (int i = 0; i < tree->topLevelItem(s)->childCount(); ++i) {
            QTreeWidgetItem* row = tree->topLevelItem(s)->child(i);
            if (row->data(0, Qt::UserRole).toString() == itemId) {
                return row;
            }
        }
    }
    return nullptr;
}

void PageFixture::walkChecklistTo(const QString& itemId)
{
    QTreeWidget* tree = find<QTreeWidget>(u"checklistTree"_s);
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Home);
    for (int presses = 0; presses < 200 && page->checklistPanel()->currentItemId() != itemId; ++presses) {
        QTest::keyClick(tree, Qt::Key_Down);
    }
    INFO("checklist item: " << itemId.toStdString());
    REQUIRE(page->checklistPanel()->currentItemId() == itemId);
}

void PageFixture::walkDocumentsTo(DocumentKind kind)
{
    QTreeWidget* list = find<QTreeWidget>(u"documentList"_s);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Home);
    for (int presses = 0; presses < 20 && page->documentList()->currentDocument() != kind; ++presses) {
        QTest::keyClick(list, Qt::Key_Down);
    }
    INFO("document: " << toCode(kind).toStdString());
    REQUIRE(page->documentList()->currentDocument() == kind);
}

rules::ItemState PageFixture::state(const QString& itemId) const
{
    const rules::ChecklistItem* item = page->checklist().item(itemId);
    INFO("checklist item: " << itemId.toStdString());
    REQUIRE(item);
    return item->state;
}

} // namespace guichet::testing
