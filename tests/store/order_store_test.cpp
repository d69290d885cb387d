// OrderStore: whole dossiers in and out, the workflow's writes, and irreversible validation.

#include "model/digest.h"
#include "store_fixture.h"

#include <catch2/catch.hpp>

using namespace guichet;
using namespace guichet::store;
using namespace guichet::store::test;

namespace {

int rows(Database& db, const char* table)
{
    return scalar(db, u"SELECT count(*) FROM " + QString::fromLatin1(table)).toInt();
}

void checkSamePerson(const Person& actual, const Person& expected)
{
    CHECK(actual.givenNames == expected.givenNames);
    CHECK(actual.surname == expected.surname);
    CHECK(actual.birthDate == expected.birthDate);
    CHECK(actual.email == expected.email);
}

void checkSameDocument(const Document& actual, const Document& expected)
{
    CHECK(actual.kind == expected.kind);
    CHECK(actual.status == expected.status);
    CHECK(actual.fileName == expected.fileName);
    CHECK(actual.mediaType == expected.mediaType);
    CHECK(actual.sha256 == expected.sha256);
    CHECK(actual.size == expected.size);
    CHECK(actual.facts == expected.facts);
}

Decision decision(const QString& action, Phase from, Phase to)
{
    return Decision{0,
                    action,
                    QStringLiteral("op-durand"),
                    QDateTime(QDate(2024, 3, 20), QTime(14, 0, 0, 7), Qt::UTC),
                    from,
                    to,
                    QStringLiteral("confirm.holder-id"),
                    R"({"items":[{"id":"documents.imported","state":"passed"}],"reviewDate":"2024-03-20"})"};
}

} // namespace

TEST_CASE("A full dossier goes through the store unchanged")
{
    TempStore store;
    const Dossier original = fullDossier(QStringLiteral("CMD-2024-000117"));
    auto id = store.orders->insertDossier(original);
    INFO((id.ok() ? QString() : id.error().toString()).toStdString());
    REQUIRE(id.ok());
    CHECK(*id > 0);

    auto read = store.orders->order(*id);
    REQUIRE(read.ok());
    const Order& expected = original.order;
    const Order& order = *read;
    CHECK(order.id == *id);
    CHECK(order.number == expected.number);
    CHECK(order.date == expected.date);
    CHECK(order.phase == expected.phase);
    CHECK(order.type == expected.type);
    CHECK(order.portal == expected.portal);
    CHECK(order.process == expected.process);
    CHECK(order.product.code == expected.product.code);
    CHECK(order.product.label == expected.product.label);
    CHECK(order.product.durationYears == expected.product.durationYears);
    CHECK(order.requester.name == expected.requester.name);
    CHECK(order.requester.email == expected.requester.email);
    checkSamePerson(order.holder, expected.holder);
    CHECK(order.holder.otpContact == expected.holder.otpContact);
    CHECK(order.organisation.kind == expected.organisation.kind);
    CHECK(order.organisation.name == expected.organisation.name);
    CHECK(order.organisation.siren == expected.organisation.siren);
    CHECK(order.organisation.siret == expected.organisation.siret);
    checkSamePerson(order.legalRepresentative, expected.legalRepresentative);
    REQUIRE(order.agent.has_value());
    checkSamePerson(*order.agent, *expected.agent);
    CHECK(order.payment.received == expected.payment.received);
    CHECK(order.payment.method == expected.payment.method);
    CHECK(order.payment.reference == expected.payment.reference);
    CHECK(order.payment.amountCents == expected.payment.amountCents);
    CHECK(order.recordedIdentity == expected.recordedIdentity);

    // Documents keep their order; those given bytes got their SHA-256 and size from them.
    REQUIRE(order.documents.size() == expected.documents.size());
    for (qsizetype i = 0; i < order.documents.size(); ++i) {
        Document withContent = expected.documents.at(i);
        if (const auto it = original.contents.find(withContent.kind); it != original.contents.end()) {
            withContent.sha256 = guichet::sha256Hex(it->second);
            withContent.size = it->second.size();
        }
        checkSameDocument(order.documents.at(i), withContent);
    }
    CHECK(order.document(DocumentKind::HolderId)->facts.mrz.size() == 3);
    CHECK_FALSE(order.document(DocumentKind::PaymentProof)->hasContent());

    REQUIRE(order.confirmations.size() == 2);
    for (qsizetype i = 0; i < 2; ++i) {
        CHECK(order.confirmations.at(i).itemId == expected.confirmations.at(i).itemId);
        CHECK(order.confirmations.at(i).operatorId == expected.confirmations.at(i).operatorId);
        CHECK(order.confirmations.at(i).at == expected.confirmations.at(i).at);
        CHECK(order.confirmations.at(i).at.timeSpec() == Qt::UTC);
    }

    auto byNumber = store.orders->orderByNumber(QStringLiteral("cmd-2024-000117")); // case does not matter
    REQUIRE(byNumber.ok());
    CHECK(byNumber->id == *id);

    auto dossier = store.orders->dossier(*id);
    REQUIRE(dossier.ok());
    CHECK(dossier->order.number == expected.number);
    CHECK(dossier->contents == original.contents);
}

TEST_CASE("An order without agent, dates or contents keeps them absent")
{
    TempStore store;
    Dossier dossier = listDossier(QStringLiteral("MIN-1"), QDate(2024, 1, 1), QString(), QString(), QString(),
                                  QString(), Phase::DataEntry, QString());
    Document kbis;
    kbis.kind = DocumentKind::KbisExtract;
    dossier.order.documents = {kbis};
    auto id = store.orders->insertDossier(dossier);
    REQUIRE(id.ok());
    auto order = store.orders->order(*id);
    REQUIRE(order.ok());
    CHECK_FALSE(order->agent.has_value());
    CHECK_FALSE(order->holder.birthDate.isValid());
    CHECK(order->holder.surname.isEmpty());
    REQUIRE(order->documents.size() == 1);
    CHECK(order->documents.at(0).facts == DocumentFacts{});
    CHECK(order->documents.at(0).sha256.isEmpty());
    auto dossierRead = store.orders->dossier(*id);
    REQUIRE(dossierRead.ok());
    CHECK(dossierRead->contents.empty());
}

TEST_CASE("Unknown orders are errors")
{
    TempStore store;
    CHECK_FALSE(store.orders->order(42).ok());
    CHECK_FALSE(store.orders->orderByNumber(QStringLiteral("NOPE")).ok());
    CHECK_FALSE(store.orders->dossier(42).ok());
    CHECK_FALSE(store.orders->setPhase(42, Phase::Validation).ok());
    CHECK_FALSE(
        store.orders
            ->addDecision(42, decision(QStringLiteral("confirm"), Phase::Verification, Phase::Verification))
            .ok());
}

TEST_CASE("A duplicate order number is refused and nothing of that dossier is written")
{
    TempStore store;
    REQUIRE(store.orders->insertDossier(fullDossier(QStringLiteral("DUP-1"))).ok());
    const int orders = rows(*store.db, "orders");
    const int documents = rows(*store.db, "documents");
    const int blobs = rows(*store.db, "blobs");
    const int confirmations = rows(*store.db, "confirmations");

    Dossier duplicate = fullDossier(QStringLiteral("dup-1")); // numbers compare without case
    duplicate.contents[DocumentKind::HolderId] = "bytes that no other dossier has";
    auto refused = store.orders->insertDossier(duplicate);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("already exists")));
    CHECK(rows(*store.db, "orders") == orders);
    CHECK(rows(*store.db, "documents") == documents);
    CHECK(rows(*store.db, "blobs") == blobs);
    CHECK(rows(*store.db, "confirmations") == confirmations);
    CHECK(rows(*store.db, "order_search") == orders);
}

TEST_CASE("A batch of dossiers is written all or nothing")
{
    TempStore store;
    QList<Dossier> batch;
    const QByteArray shared("the same scanned PDF for every order");
    for (int i = 0; i < 50; ++i) {
        Dossier dossier = fullDossier(QStringLiteral("B-%1").arg(i));
        dossier.contents[DocumentKind::SireneNotice] = shared;
        batch.append(dossier);
    }
    REQUIRE(store.orders->insertDossiers(batch).ok());
    CHECK(rows(*store.db, "orders") == 50);
    CHECK(rows(*store.db, "documents") == 200);
    CHECK(rows(*store.db, "blobs") == 51); // 50 holder IDs, one shared notice

    QList<Dossier> failing;
    failing.append(fullDossier(QStringLiteral("C-1")));
    failing.append(fullDossier(QStringLiteral("B-7"))); // taken
    auto refused = store.orders->insertDossiers(failing);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().detail.contains(QStringLiteral("dossier 2 of 2")));
    CHECK(rows(*store.db, "orders") == 50);
    CHECK_FALSE(store.orders->orderByNumber(QStringLiteral("C-1")).ok());
}

TEST_CASE("A batch holding the same number twice is refused")
{
    TempStore store;
    QList<Dossier> batch{fullDossier(QStringLiteral("Z-1")), fullDossier(QStringLiteral("Z-2")),
                         fullDossier(QStringLiteral("z-1"))};
    auto refused = store.orders->insertDossiers(batch);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().detail.contains(QStringLiteral("dossier 3 of 3")));
    CHECK(rows(*store.db, "orders") == 0);
    CHECK(rows(*store.db, "blobs") == 0);

    // Numbers differing beyond ASCII case are different numbers, as SQLite's NOCASE has it.
    batch = {fullDossier(QStringLiteral("É-1")), fullDossier(QStringLiteral("é-1"))};
    REQUIRE(store.orders->insertDossiers(batch).ok());
    CHECK(rows(*store.db, "orders") == 2);
}

TEST_CASE("A dossier inserted inside a caller's transaction goes when that transaction rolls back")
{
    TempStore store;
    {
        Transaction transaction(*store.db);
        auto id = store.orders->insertDossier(fullDossier(QStringLiteral("T-1")));
        REQUIRE(id.ok());
        CHECK(store.orders->order(*id).ok());
    }
    CHECK(rows(*store.db, "orders") == 0);
    CHECK(rows(*store.db, "order_search") == 0);
    // Ids continue from what is stored.
    auto first = store.orders->insertDossier(fullDossier(QStringLiteral("T-2")));
    auto second = store.orders->insertDossier(fullDossier(QStringLiteral("T-3")));
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(*second == *first + 1);
    CHECK(store.orders->orderByNumber(QStringLiteral("T-3"))->id == *second);
}

TEST_CASE("Inconsistent dossiers are refused")
{
    TempStore store;
    SECTION("bytes for a document the order does not list")
    {
        Dossier dossier = fullDossier(QStringLiteral("X-1"));
        dossier.contents[DocumentKind::AgentId] = "agent's ID";
        CHECK_FALSE(store.orders->insertDossier(dossier).ok());
    }
    SECTION("bytes that do not match the document's recorded SHA-256")
    {
        Dossier dossier = fullDossier(QStringLiteral("X-1"));
        dossier.order.document(DocumentKind::HolderId)->sha256 = guichet::sha256Hex("something else");
        CHECK_FALSE(store.orders->insertDossier(dossier).ok());
    }
    SECTION("a document referencing bytes that are not stored")
    {
        Dossier dossier = fullDossier(QStringLiteral("X-1"));
        dossier.order.document(DocumentKind::TermsOfUse)->sha256 = guichet::sha256Hex("not stored");
        CHECK_FALSE(store.orders->insertDossier(dossier).ok());
    }
    SECTION("no number or no date")
    {
        Dossier dossier = fullDossier(QString());
        CHECK_FALSE(store.orders->insertDossier(dossier).ok());
        dossier = fullDossier(QStringLiteral("X-1"));
        dossier.order.date = QDate();
        CHECK_FALSE(store.orders->insertDossier(dossier).ok());
    }
    CHECK(rows(*store.db, "orders") == 0);
    CHECK(rows(*store.db, "blobs") == 0);
}

TEST_CASE("The workflow's writes, inside the workflow's own transaction")
{
    TempStore store;
    Dossier dossier = fullDossier(QStringLiteral("W-1"));
    dossier.order.phase = Phase::Verification;
    dossier.order.recordedIdentity = {};
    auto id = store.orders->insertDossier(dossier);
    REQUIRE(id.ok());
    OrderStore& orders = *store.orders;

    {
        Transaction transaction(*store.db);
        REQUIRE(
            orders
                .addConfirmation(*id, Confirmation{QStringLiteral("confirm.payment"), QStringLiteral("op"),
                                                   QDateTime(QDate(2024, 3, 21), QTime(8, 0), Qt::UTC)})
                .ok());
        REQUIRE(
            orders.setRecordedIdentity(*id, {IdDocumentKind::Passport, QStringLiteral("19AB12345")}).ok());
        REQUIRE(orders.setDocumentStatus(*id, DocumentKind::TermsOfUse, DocumentStatus::Unsigned).ok());
        REQUIRE(orders.setPhase(*id, Phase::AwaitingSignature).ok());
        auto decisionId = orders.addDecision(*id, decision(QStringLiteral("send-for-signature"),
                                                           Phase::Verification, Phase::AwaitingSignature));
        REQUIRE(decisionId.ok());
        CHECK(*decisionId > 0);
        REQUIRE(transaction.commit().ok());
    }
    auto order = orders.order(*id);
    REQUIRE(order.ok());
    CHECK(order->phase == Phase::AwaitingSignature);
    CHECK(order->isConfirmed(QStringLiteral("confirm.payment")));
    CHECK(order->confirmations.size() == 3);
    CHECK(order->recordedIdentity == IdentityRecord{IdDocumentKind::Passport, QStringLiteral("19AB12345")});
    CHECK(order->document(DocumentKind::TermsOfUse)->status == DocumentStatus::Unsigned);

    auto decisions = orders.decisions(*id);
    REQUIRE(decisions.ok());
    REQUIRE(decisions->size() == 1);
    const Decision expected =
        decision(QStringLiteral("send-for-signature"), Phase::Verification, Phase::AwaitingSignature);
    const Decision& stored = decisions->at(0);
    CHECK(stored.id > 0);
    CHECK(stored.action == expected.action);
    CHECK(stored.operatorId == expected.operatorId);
    CHECK(stored.at == expected.at);
    CHECK(stored.fromPhase == expected.fromPhase);
    CHECK(stored.toPhase == expected.toPhase);
    CHECK(stored.detail == expected.detail);
    CHECK(stored.checklistJson == expected.checklistJson);

    // A workflow step that fails halfway leaves nothing behind.
    {
        Transaction transaction(*store.db);
        REQUIRE(orders.setPhase(*id, Phase::Validation).ok());
        CHECK_FALSE(orders.setDocumentStatus(*id, DocumentKind::AgentId, DocumentStatus::Imported).ok());
    }
    CHECK(orders.order(*id)->phase == Phase::AwaitingSignature);

    // Checklists must be JSON.
    Decision broken = expected;
    broken.checklistJson = "{not json";
    CHECK_FALSE(orders.addDecision(*id, broken).ok());
}

TEST_CASE("Notifications wait in the outbox with their date and time")
{
    TempStore store;
    auto id = store.orders->insertDossier(fullDossier(QStringLiteral("N-1")));
    REQUIRE(id.ok());
    Notification first{0,
                       NotificationKind::InvalidContact,
                       QStringLiteral("achats@example.fr"),
                       QStringLiteral("Numéro de téléphone invalide"),
                       QStringLiteral("Le numéro +33 6 12 n'est pas valide.\nMerci de le corriger."),
                       QStringLiteral("op-martin"),
                       QDateTime(QDate(2024, 3, 16), QTime(11, 12, 13, 140), Qt::UTC),
                       {}};
    Notification second = first;
    second.kind = NotificationKind::Other;
    second.sentAt = QDateTime(QDate(2024, 3, 16), QTime(12, 0), Qt::UTC);
    auto firstId = store.orders->addNotification(*id, first);
    auto secondId = store.orders->addNotification(*id, second);
    REQUIRE(firstId.ok());
    REQUIRE(secondId.ok());
    CHECK(*secondId > *firstId);

    auto stored = store.orders->notifications(*id);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 2);
    const Notification& n = stored->at(0);
    CHECK(n.id == *firstId);
    CHECK(n.kind == NotificationKind::InvalidContact);
    CHECK(n.recipient == first.recipient);
    CHECK(n.subject == first.subject);
    CHECK(n.body == first.body);
    CHECK(n.operatorId == first.operatorId);
    CHECK(n.createdAt == first.createdAt);
    CHECK_FALSE(n.sentAt.isValid());
    CHECK(stored->at(1).kind == NotificationKind::Other);
    CHECK(stored->at(1).sentAt == second.sentAt);
    CHECK(store.orders->notifications(*id + 1)->isEmpty());
}

TEST_CASE("Validation is irreversible, through the store and through SQL")
{
    TempStore store;
    Dossier dossier = fullDossier(QStringLiteral("V-1"));
    dossier.order.phase = Phase::Validation;
    auto id = store.orders->insertDossier(dossier);
    REQUIRE(id.ok());
    OrderStore& orders = *store.orders;
    Database& db = *store.db;

    REQUIRE(orders.setPhase(*id, Phase::Generation).ok()); // validate
    auto back = orders.setPhase(*id, Phase::Validation);
    REQUIRE_FALSE(back.ok());
    CHECK(back.error().message.contains(QStringLiteral("cannot be undone")));
    CHECK_FALSE(orders.setPhase(*id, Phase::Cancelled).ok());
    CHECK(orders.setPhase(*id, Phase::Generation).ok()); // staying put is no change

    const QString where = QStringLiteral(" WHERE id = %1").arg(*id);
    CHECK_FALSE(execute(db, u"UPDATE orders SET phase = 'verification'" + where));
    CHECK_FALSE(execute(db, u"DELETE FROM orders" + where));
    // A REPLACE deletes the row first: refused too (recursive triggers are on).
    CHECK_FALSE(execute(db, u"INSERT OR REPLACE INTO orders SELECT * FROM orders" + where));
    CHECK(orders.order(*id)->phase == Phase::Generation);

    // The validated dossier is read-only.
    CHECK_FALSE(orders
                    .addConfirmation(*id, Confirmation{QStringLiteral("confirm.late"), QStringLiteral("op"),
                                                       QDateTime::currentDateTimeUtc()})
                    .ok());
    CHECK_FALSE(orders.setRecordedIdentity(*id, {IdDocumentKind::Passport, QStringLiteral("OTHER")}).ok());
    CHECK_FALSE(orders.setDocumentStatus(*id, DocumentKind::TermsOfUse, DocumentStatus::Unsigned).ok());
    CHECK_FALSE(
        execute(db, QStringLiteral("UPDATE documents SET status = 'unsigned' WHERE order_id = %1").arg(*id)));
    CHECK(orders.order(*id)->recordedIdentity == dossier.order.recordedIdentity);

    // Delivery is the one move left, and history may still be written.
    REQUIRE(orders.addDecision(*id, decision(QStringLiteral("deliver"), Phase::Generation, Phase::Delivered))
                .ok());
    REQUIRE(orders.setPhase(*id, Phase::Delivered).ok());
    CHECK_FALSE(orders.setPhase(*id, Phase::Generation).ok());
    CHECK_FALSE(execute(db, u"UPDATE orders SET phase = 'generation'" + where));
    CHECK(orders.order(*id)->phase == Phase::Delivered);

    // Orders not yet validated move freely and can be deleted by SQL.
    auto other = orders.insertDossier(fullDossier(QStringLiteral("V-2")));
    REQUIRE(other.ok());
    CHECK(orders.setPhase(*other, Phase::Verification).ok());
    CHECK(orders.setPhase(*other, Phase::Cancelled).ok());
    CHECK(execute(db, QStringLiteral("DELETE FROM orders WHERE id = %1").arg(*other)));
}
