// The workflow on a real SQLite store: guards, phase moves, irreversibility and the decision trail.

#include "rules/checklist.h"
#include "sample_order.h"
#include "store/order_store.h"
#include "workflow_fixture.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace guichet;
using namespace Qt::StringLiterals;

using namespace guichet::workflow::test;

TEST_CASE("A dossier walks from verification to validation", "[workflow]")
{
    Fixture f;
    const qint64 id = f.import(arriving());
    CHECK(f.trail(id).size() == 1);
    CHECK(f.trail(id).first().action == u"import"_s);

    // Sending for signature waits for the supporting pieces to be verified.
    auto refused = f.flow->sendForSignature(id, f.a);
    REQUIRE_FALSE(refused.ok());
    CHECK(f.load(id).phase == Phase::Verification);
    CHECK(f.trail(id).size() == 1); // a refused act writes nothing

    confirmPieces(f, id, f.a);
    REQUIRE_FALSE(f.flow->sendForSignature(id, f.a).ok()); // identity not recorded yet
    REQUIRE(f.flow->recordIdentity(id, {IdDocumentKind::NationalIdCard, u" x4rtbpfw4 "_s}, f.a).ok());
    CHECK(f.load(id).recordedIdentity == IdentityRecord{IdDocumentKind::NationalIdCard, u"X4RTBPFW4"_s});
    REQUIRE(f.flow->sendForSignature(id, f.a).ok());
    CHECK(f.load(id).phase == Phase::AwaitingSignature);

    // Signatures come back one by one; the last one moves the order to validation.
    REQUIRE(f.flow->recordSignature(id, DocumentKind::TermsOfUse, f.a).ok());
    REQUIRE(f.flow->recordSignature(id, DocumentKind::SubscriptionContract, f.a).ok());
    CHECK(f.load(id).phase == Phase::AwaitingSignature);
    REQUIRE_FALSE(f.flow->recordSignature(id, DocumentKind::TermsOfUse, f.a).ok()); // already signed
    REQUIRE_FALSE(f.flow->recordSignature(id, DocumentKind::HolderId, f.a).ok());   // not contractual
    REQUIRE(f.flow->recordSignature(id, DocumentKind::AuthorisationLetter, f.a).ok());
    CHECK(f.load(id).phase == Phase::Validation);

    // "Dossier complete" only once everything else has passed; validation only when all passed.
    REQUIRE_FALSE(f.flow->confirm(id, u"confirm.dossier-complete"_s, f.a).ok());
    REQUIRE_FALSE(f.flow->validate(id, f.b).ok());
    REQUIRE(f.flow->confirm(id, u"confirm.payment"_s, f.a).ok());
    REQUIRE(f.flow->confirm(id, u"confirm.dossier-complete"_s, f.a).ok());
    const auto validated = f.flow->validate(id, f.b);
    INFO((validated.ok() ? QString() : validated.error().toString()).toStdString());
    REQUIRE(validated.ok());
    CHECK(f.load(id).phase == Phase::Generation);

    const QList<Decision> trail = f.trail(id);
    const Decision& last = trail.last();
    CHECK(last.action == u"validate"_s);
    CHECK(last.operatorId == u"operator.b"_s);
    CHECK(last.at == now);
    CHECK(last.fromPhase == Phase::Validation);
    CHECK(last.toPhase == Phase::Generation);
    // The decision keeps the checklist it was taken on.
    const QJsonObject checklist = QJsonDocument::fromJson(last.checklistJson).object();
    CHECK(checklist.value(u"canValidate"_s).toBool());
    CHECK(checklist.value(u"reviewDate"_s).toString() == u"2026-11-21"_s);
}

TEST_CASE("Validation is irreversible", "[workflow]")
{
    Fixture f;
    const qint64 id = f.import(testing::sampleDossier(today, true));
    REQUIRE(f.flow->validate(id, f.a).ok());
    const int decisions = int(f.trail(id).size());

    CHECK_FALSE(f.flow->validate(id, f.a).ok());
    CHECK_FALSE(f.flow->recordIdentity(id, {IdDocumentKind::Passport, u"18AA12345"_s}, f.a).ok());
    CHECK_FALSE(
        f.flow->notify(id, Notification{0, NotificationKind::Other, {}, u"s"_s, u"b"_s, {}, {}, {}}, f.a)
            .ok());
    CHECK(f.trail(id).size() == decisions);
    // Not even the store's own write goes back.
    CHECK_FALSE(f.orders->setPhase(id, Phase::Validation).ok());
    CHECK(f.load(id).phase == Phase::Generation);
    CHECK(f.orders->setPhase(id, Phase::Delivered).ok());
}

TEST_CASE("Operators can only confirm what is theirs to confirm", "[workflow]")
{
    Fixture f;
    Dossier dossier = arriving();
    dossier.order.document(DocumentKind::PaymentProof)->status = DocumentStatus::NotImported;
    dossier.contents.erase(DocumentKind::PaymentProof);
    dossier.order.document(DocumentKind::PaymentProof)->sha256.clear();
    dossier.order.document(DocumentKind::PaymentProof)->fileName.clear();
    dossier.order.document(DocumentKind::PaymentProof)->size = 0;
    const qint64 id = f.import(dossier);
    CHECK_FALSE(f.flow->confirm(id, u"holder.otp-contact"_s, f.a).ok());    // computed, not confirmed
    CHECK_FALSE(f.flow->confirm(id, u"confirm.payment-proof"_s, f.a).ok()); // not imported
    REQUIRE(f.flow->confirm(id, u"confirm.holder-id"_s, f.a).ok());
    CHECK_FALSE(f.flow->confirm(id, u"confirm.holder-id"_s, f.a).ok()); // already
    const Order order = f.load(id);
    REQUIRE(order.confirmations.size() == 1);
    CHECK(order.confirmations.first().operatorId == u"operator.a"_s);
    CHECK(order.confirmations.first().at == now);
}

TEST_CASE("Notifications wait in the outbox and are kept with the order", "[workflow]")
{
    Fixture f;
    const qint64 id = f.import(arriving());
    Notification empty;
    empty.kind = NotificationKind::MissingDocument;
    CHECK_FALSE(f.flow->notify(id, empty, f.a).ok());

    Notification notification;
    notification.kind = NotificationKind::MissingDocument;
    notification.subject = u"Commande CMD-2026-0000042 : pièce manquante"_s;
    notification.body = u"Bonjour, il manque la preuve de paiement."_s;
    REQUIRE(f.flow->notify(id, notification, f.a).ok());
    auto kept = f.orders->notifications(id);
    REQUIRE(kept.ok());
    REQUIRE(kept->size() == 1);
    CHECK(kept->first().recipient == u"paul.martin@acme-signature.fr"_s);
    CHECK(kept->first().operatorId == u"operator.a"_s);
    CHECK(kept->first().createdAt == now);
    CHECK_FALSE(kept->first().sentAt.isValid());
    CHECK(f.trail(id).last().action == u"notify"_s);
}

TEST_CASE("Paper dossiers are not sent for signature", "[workflow]")
{
    Fixture f;
    Dossier dossier = arriving();
    dossier.order.type = DossierType::Paper;
    const qint64 id = f.import(dossier);
    confirmPieces(f, id, f.a);
    REQUIRE(f.flow->recordIdentity(id, {IdDocumentKind::NationalIdCard, u"X4RTBPFW4"_s}, f.a).ok());
    const auto refused = f.flow->sendForSignature(id, f.a);
    REQUIRE_FALSE(refused.ok());
    CHECK(f.load(id).phase == Phase::Verification);
}
