// Every workflow act leaves exactly one signed audit entry with the REG-6.4.5-04 facts, written in
// the act's transaction: a refused act, or one whose signature fails, leaves nothing. The operator's
// roles and the four-eyes rule are enforced before anything is written.

#include "audit/verifier.h"
#include "rules/checklist.h"
#include "sample_order.h"
#include "store/database.h"
#include "store/order_store.h"
#include "workflow_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>

using namespace guichet;
using namespace guichet::workflow;
using namespace guichet::workflow::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject payloadOf(const audit::AuditEntry& entry)
{
    return QJsonDocument::fromJson(entry.payload).object();
}

/// Runs `act` and checks that it appended exactly one entry, for `event` on `order` by `actor`,
/// that the whole log verifies; returns the entry's payload.
template <typename Act>
QJsonObject oneEntry(Fixture& f, const QString& event, const Order& order, const Actor& actor, Act act)
{
    const auto before = f.audit().size();
    const Status done = act();
    INFO(event.toStdString() << ": " << (done.ok() ? "" : done.error().toString().toStdString()));
    REQUIRE(done.ok());
    const QList<audit::AuditEntry> entries = f.audit();
    REQUIRE(entries.size() == before + 1);
    const audit::AuditEntry& entry = entries.last();
    CHECK(entry.event == event);
    CHECK(entry.orderNumber == order.number);
    CHECK(entry.operatorId == actor.who.id);
    CHECK(entry.authority == f.flow->policy().authority);
    CHECK(entry.at == now);
    CHECK(entry.signer == actor.who.certificateReference);
    const QJsonObject payload = payloadOf(entry);
    const QJsonObject who = payload.value(u"operator"_s).toObject();
    CHECK(who.value(u"id"_s).toString() == actor.who.id);
    CHECK(who.value(u"certificate"_s).toString() == actor.who.certificateReference);
    CHECK(who.value(u"roles"_s).toArray() == QJsonArray{u"aea"_s});
    CHECK(who.value(u"training"_s) == QJsonValue(false));
    const audit::AuditReport report = f.verifyAudit();
    CHECK(report.ok());
    return payload;
}

/// The kinds listed in a "documents" fact.
QStringList kindsOf(const QJsonObject& payload)
{
    QStringList kinds;
    for (const auto& document : payload.value(u"documents"_s).toArray()) {
        kinds.append(document.toObject().value(u"kind"_s).toString());
    }
    return kinds;
}

/// The "storage" fact's copies as document kind -> sha256.
QMap<QString, QString> copiesOf(const QJsonObject& payload)
{
    const QJsonObject storage = payload.value(u"storage"_s).toObject();
    CHECK(storage.value(u"location"_s).toString() == u"this-store"_s);
    QMap<QString, QString> copies;
    for (const auto& copy : storage.value(u"copies"_s).toArray()) {
        copies.insert(copy.toObject().value(u"document"_s).toString(),
                      copy.toObject().value(u"sha256"_s).toString());
    }
    return copies;
}

} // namespace

TEST_CASE("Every act appends exactly one verified entry with the facts that apply", "[workflow][audit]")
{
    Fixture f;
    const Dossier dossier = arriving();
    const Order& order = dossier.order;
    qint64 id = 0;

    // Import: every document presented, the ID numbers, every copy's hash, the subscriber's choices.
    QJsonObject payload = oneEntry(f, u"import"_s, order, f.a, [&] {
        auto imported = f.flow->importDossier(dossier, f.a);
        id = imported.ok() ? *imported : 0;
        return imported.ok() ? Status{} : Status{imported.error()};
    });
    int withContent = 0;
    for (const Document& document : order.documents) {
        if (document.hasContent()) {
            ++withContent;
            CHECK(kindsOf(payload).contains(toCode(document.kind)));
            CHECK(copiesOf(payload).value(toCode(document.kind)) == document.sha256);
        }
    }
    CHECK(withContent > 5);
    CHECK(copiesOf(payload).size() == withContent);
    const Document* holderId = order.document(DocumentKind::HolderId);
    bool holderNumberRecorded = false;
    for (const auto& document : payload.value(u"documents"_s).toArray()) {
        const QJsonObject idDocument = document.toObject().value(u"idDocument"_s).toObject();
        if (document.toObject().value(u"kind"_s).toString() == u"holder-id"_s) {
            holderNumberRecorded =
                idDocument.value(u"number"_s).toString() == holderId->facts.identity.number &&
                idDocument.value(u"type"_s).toString() == toCode(holderId->facts.identity.kind);
        }
    }
    CHECK(holderNumberRecorded);
    const QJsonObject choices = payload.value(u"choices"_s).toObject();
    CHECK(choices.value(u"product"_s).toString() == order.product.code);
    CHECK(choices.value(u"validityYears"_s).toInt() == order.product.durationYears);
    CHECK(choices.value(u"dossierType"_s).toString() == toCode(DossierType::Dematerialised));
    CHECK(choices.value(u"delivery"_s).toString() == u"holder"_s);
    CHECK(payload.value(u"validation"_s).toObject().value(u"method"_s).toString() == u"package-import"_s);

    // Confirming a piece: that piece, its copy, and the computed checks the operator confirmed on.
    payload = oneEntry(f, u"confirm"_s, order, f.a,
                       [&] { return f.flow->confirm(id, u"confirm.holder-id"_s, f.a); });
    CHECK(kindsOf(payload) == QStringList{u"holder-id"_s});
    CHECK(copiesOf(payload) == (QMap<QString, QString>{{u"holder-id"_s, holderId->sha256}}));
    QJsonObject validation = payload.value(u"validation"_s).toObject();
    CHECK(validation.value(u"method"_s).toString() == u"operator-confirmation"_s);
    CHECK(validation.value(u"item"_s).toString() == u"confirm.holder-id"_s);
    CHECK(validation.value(u"checks"_s).toObject().value(u"holder-id.mrz"_s).toString() == u"passed"_s);
    CHECK(validation.value(u"checks"_s).toObject().value(u"holder-id.valid"_s).toString() == u"passed"_s);

    for (const auto& item : rules::operatorItemIds(f.load(id))) {
        if (item != u"confirm.holder-id" && item != u"confirm.payment" &&
            item != u"confirm.dossier-complete") {
            oneEntry(f, u"confirm"_s, order, f.a, [&] { return f.flow->confirm(id, item, f.a); });
        }
    }

    // Recording the holder's ID: its type and number, and that they match the document's.
    payload = oneEntry(f, u"record-identity"_s, order, f.a,
                       [&] { return f.flow->recordIdentity(id, holderId->facts.identity, f.a); });
    const QJsonObject recorded = payload.value(u"documents"_s).toArray().first().toObject();
    CHECK(recorded.value(u"kind"_s).toString() == u"holder-id"_s);
    CHECK(recorded.value(u"idDocument"_s).toObject().value(u"number"_s).toString() ==
          holderId->facts.identity.number);
    CHECK(payload.value(u"validation"_s).toObject().value(u"matchesDocument"_s).toBool());
    // The decision keeps only the type: the number is in the order and the audit log.
    CHECK(f.trail(id).last().detail == toCode(holderId->facts.identity.kind));

    payload =
        oneEntry(f, u"send-for-signature"_s, order, f.a, [&] { return f.flow->sendForSignature(id, f.a); });
    CHECK(kindsOf(payload).contains(u"subscription-contract"_s));
    CHECK_FALSE(kindsOf(payload).contains(u"holder-id"_s));
    CHECK(payload.value(u"choices"_s).toObject() == choices);

    for (auto kind :
         {DocumentKind::TermsOfUse, DocumentKind::SubscriptionContract, DocumentKind::AuthorisationLetter}) {
        payload = oneEntry(f, u"signature-received"_s, order, f.a,
                           [&] { return f.flow->recordSignature(id, kind, f.a); });
        REQUIRE(payload.value(u"documents"_s).toArray().size() == 1);
        CHECK(payload.value(u"documents"_s).toArray().first().toObject().value(u"status"_s).toString() ==
              u"signed"_s);
        CHECK(copiesOf(payload).contains(toCode(kind)));
    }
    CHECK(payload.value(u"validation"_s).toObject().value(u"allSigned"_s).toBool());

    oneEntry(f, u"confirm"_s, order, f.a, [&] { return f.flow->confirm(id, u"confirm.payment"_s, f.a); });
    payload = oneEntry(f, u"confirm"_s, order, f.a,
                       [&] { return f.flow->confirm(id, u"confirm.dossier-complete"_s, f.a); });
    CHECK(payload.value(u"validation"_s).toObject().value(u"checklist"_s).toObject().contains(u"items"_s));

    // Validation: the whole checklist it was taken on, every copy, the choices.
    payload = oneEntry(f, u"validate"_s, order, f.b, [&] { return f.flow->validate(id, f.b); });
    validation = payload.value(u"validation"_s).toObject();
    CHECK(validation.value(u"method"_s).toString() == u"checklist-passed"_s);
    const QJsonObject checklist = validation.value(u"checklist"_s).toObject();
    CHECK(checklist.value(u"canValidate"_s).toBool());
    CHECK(checklist.value(u"reviewDate"_s).toString() == u"2026-11-21"_s);
    CHECK(checklist.value(u"items"_s).toObject().value(u"confirm.dossier-complete"_s).toString() ==
          u"passed"_s);
    CHECK(copiesOf(payload).size() == withContent);

    // One entry per decision, in the same order.
    const QList<Decision> trail = f.trail(id);
    const QList<audit::AuditEntry> entries = f.audit();
    REQUIRE(entries.size() == trail.size());
    for (qsizetype i = 0; i < trail.size(); ++i) {
        CHECK(entries.at(i).event == trail.at(i).action);
        CHECK(entries.at(i).operatorId == trail.at(i).operatorId);
    }
}

TEST_CASE("A notification is audited with its kind", "[workflow][audit]")
{
    Fixture f;
    const qint64 id = f.import(arriving());
    Notification notification;
    notification.kind = NotificationKind::MissingDocument;
    notification.subject = u"Pièce manquante"_s;
    notification.body = u"Il manque la preuve de paiement."_s;
    qint64 notificationId = 0;
    const QJsonObject payload = oneEntry(f, u"notify"_s, f.load(id), f.a, [&] {
        auto queued = f.flow->notify(id, notification, f.a);
        notificationId = queued.ok() ? *queued : 0;
        return queued.ok() ? Status{} : Status{queued.error()};
    });
    const QJsonObject fact = payload.value(u"notification"_s).toObject();
    CHECK(fact.value(u"kind"_s).toString() == u"missing-document"_s);
    CHECK(fact.value(u"id"_s).toInteger() == notificationId);
}

TEST_CASE("A refused act appends nothing to the audit log", "[workflow][audit]")
{
    Fixture f;
    const qint64 id = f.import(arriving());
    const auto before = f.audit().size();
    CHECK_FALSE(f.flow->sendForSignature(id, f.a).ok());                           // pieces not verified
    CHECK_FALSE(f.flow->validate(id, f.a).ok());                                   // checklist not passed
    CHECK_FALSE(f.flow->confirm(id, u"holder.otp-contact"_s, f.a).ok());           // not an operator item
    CHECK_FALSE(f.flow->recordIdentity(id, {IdDocumentKind::None, {}}, f.a).ok()); // nothing given
    CHECK_FALSE(f.flow->importDossier(arriving(), f.a).ok());                      // already imported
    CHECK(f.audit().size() == before);
    CHECK(f.trail(id).size() == 1);
}

TEST_CASE("When the entry cannot be signed the act writes nothing", "[workflow][audit]")
{
    Fixture f;
    const qint64 id = f.import(arriving());
    const auto entries = f.audit().size();
    const auto decisions = f.trail(id).size();

    SECTION("a confirmation")
    {
        f.signerA.failNextSignature = true;
        const Status refused = f.flow->confirm(id, u"confirm.holder-id"_s, f.a);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().detail.contains(u"token removed"_s));
        CHECK_FALSE(f.load(id).isConfirmed(u"confirm.holder-id"_s));
        CHECK(f.trail(id).size() == decisions);
        CHECK(f.audit().size() == entries);
        // Once the token is back the same act goes through.
        REQUIRE(f.flow->confirm(id, u"confirm.holder-id"_s, f.a).ok());
        CHECK(f.audit().size() == entries + 1);
        CHECK(f.verifyAudit().ok());
    }
    SECTION("an import")
    {
        Dossier other = arriving();
        other.order.number = u"CMD-2026-0000043"_s;
        f.signerA.failNextSignature = true;
        REQUIRE_FALSE(f.flow->importDossier(other, f.a).ok());
        CHECK_FALSE(f.orders->orderByNumber(other.order.number).ok());
        CHECK(f.audit().size() == entries);
    }
    SECTION("a notification")
    {
        f.signerA.failNextSignature = true;
        REQUIRE_FALSE(
            f.flow->notify(id, Notification{0, NotificationKind::Other, {}, u"s"_s, u"b"_s, {}, {}, {}}, f.a)
                .ok());
        auto kept = f.orders->notifications(id);
        REQUIRE(kept.ok());
        CHECK(kept->isEmpty());
        CHECK(f.audit().size() == entries);
    }
}

TEST_CASE("An act the operator's roles do not allow is refused, naming the role needed", "[workflow][roles]")
{
    Fixture f;
    const qint64 id = f.import(testing::sampleDossier(today, true));
    const auto entries = f.audit().size();
    testing::SoftwareSigner signer("Technicien");
    const Actor technician{testing::testOperator(signer, u"aet.durand"_s, {Role::TechnicalRa}), signer};

    const Status refused = f.flow->validate(id, technician);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(label(Role::AdministrativeRa)));
    CHECK(refused.error().message.contains(u"aet.durand"_s));
    CHECK_FALSE(f.flow->confirm(id, u"confirm.payment"_s, technician).ok());
    CHECK_FALSE(
        f.flow
            ->notify(id, Notification{0, NotificationKind::Other, {}, u"s"_s, u"b"_s, {}, {}, {}}, technician)
            .ok());
    Dossier other = arriving();
    other.order.number = u"CMD-2026-0000044"_s;
    const auto import = f.flow->importDossier(other, technician);
    REQUIRE_FALSE(import.ok());
    CHECK(import.error().message.contains(label(Role::AdministrativeRa)));
    CHECK_FALSE(f.orders->orderByNumber(other.order.number).ok());

    const Actor agent{testing::testOperator(signer, u"mandataire"_s, {Role::CertificationAgent}), signer};
    CHECK_FALSE(f.flow->validate(id, agent).ok());
    const Actor nobody{testing::testOperator(signer, u"sans-role"_s, {}), signer};
    CHECK_FALSE(f.flow->validate(id, nobody).ok());

    CHECK(f.load(id).phase == Phase::Validation);
    CHECK(f.audit().size() == entries);
    CHECK(signer.signatures == 0); // refused before anything was signed
}

TEST_CASE("An act signed with a key that is not the operator's certificate's is refused", "[workflow][roles]")
{
    Fixture f;
    const qint64 id = f.import(testing::sampleDossier(today, true));
    const auto entries = f.audit().size();
    const Actor impostor{f.a.who, f.signerB}; // operator A's identity, operator B's key
    const Status refused = f.flow->validate(id, impostor);
    REQUIRE_FALSE(refused.ok());
    CHECK(f.load(id).phase == Phase::Validation);
    CHECK(f.audit().size() == entries);
    Operator anonymous = f.a.who;
    anonymous.id.clear();
    CHECK_FALSE(f.flow->validate(id, Actor{anonymous, f.signerA}).ok());
}

TEST_CASE("Four-eyes rule: who verified a dossier cannot validate it, another operator can",
          "[workflow][roles]")
{
    WorkflowPolicy policy;
    policy.fourEyes = true;
    policy.authority = u"AE Exemple"_s;
    Fixture f(policy);
    const Dossier dossier = arriving();
    const qint64 id = f.import(dossier);
    confirmPieces(f, id, f.a);
    REQUIRE(
        f.flow->recordIdentity(id, dossier.order.document(DocumentKind::HolderId)->facts.identity, f.b).ok());
    REQUIRE(f.flow->sendForSignature(id, f.a).ok());
    for (auto kind :
         {DocumentKind::TermsOfUse, DocumentKind::SubscriptionContract, DocumentKind::AuthorisationLetter}) {
        REQUIRE(f.flow->recordSignature(id, kind, f.a).ok());
    }
    REQUIRE(f.flow->confirm(id, u"confirm.payment"_s, f.a).ok());
    REQUIRE(f.flow->confirm(id, u"confirm.dossier-complete"_s, f.a).ok());
    const auto entries = f.audit().size();

    // A confirmed the pieces, B recorded the ID: neither may validate.
    for (const Actor* verifier : {&f.a, &f.b}) {
        const Status refused = f.flow->validate(id, *verifier);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(verifier->who.name));
        CHECK(refused.error().message.contains(dossier.order.number));
    }
    CHECK(f.audit().size() == entries);
    CHECK(f.load(id).phase == Phase::Validation);

    testing::SoftwareSigner signerC("operator.c");
    const Actor c{testing::testOperator(signerC, u"operator.c"_s), signerC};
    REQUIRE(f.flow->validate(id, c).ok());
    CHECK(f.load(id).phase == Phase::Generation);
    const QList<audit::AuditEntry> audit = f.audit();
    REQUIRE(audit.size() == entries + 1);
    CHECK(audit.last().operatorId == u"operator.c"_s);
    CHECK(audit.last().authority == u"AE Exemple"_s);
    CHECK(payloadOf(audit.last()).value(u"validation"_s).toObject().value(u"fourEyes"_s).toBool());
}

TEST_CASE("Without the four-eyes rule the operator who verified may validate", "[workflow][roles]")
{
    Fixture f;
    REQUIRE_FALSE(f.flow->policy().fourEyes);
    const qint64 id = f.import(testing::sampleDossier(today, true)); // confirmed by operator.a
    REQUIRE(f.flow->validate(id, f.a).ok());
}

TEST_CASE("The commit observer sees each committed entry once, and nothing for a refused act",
          "[workflow][audit]")
{
    Fixture f;
    QList<audit::AuditEntry> seen;
    f.flow->setCommitObserver([&seen](const audit::AuditEntry& entry) { seen.append(entry); });
    const qint64 id = f.import(arriving());
    REQUIRE(seen.size() == 1);
    CHECK(seen.first().sequence == 1);
    CHECK(seen.first().hash == f.audit().first().hash);
    CHECK_FALSE(f.flow->sendForSignature(id, f.a).ok());
    f.signerA.failNextSignature = true;
    CHECK_FALSE(f.flow->confirm(id, u"confirm.holder-id"_s, f.a).ok());
    CHECK(seen.size() == 1);
    REQUIRE(f.flow->confirm(id, u"confirm.holder-id"_s, f.a).ok());
    REQUIRE(seen.size() == 2);
    CHECK(seen.last().sequence == 2);
}

TEST_CASE("A training operator acts only on a training store, and the mark stays",
          "[workflow][roles][training]")
{
    Fixture f;
    const qint64 id = f.import(testing::sampleDossier(today, true));
    const auto entries = f.audit().size();
    Operator trainee = f.a.who;
    trainee.training = true;
    const Actor training{trainee, f.signerA};

    const Status refused = f.flow->validate(id, training);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(u"TRAINING"_s));
    CHECK(f.load(id).phase == Phase::Validation);
    CHECK(f.audit().size() == entries);
    CHECK(f.db->isTraining().value() == false);

    REQUIRE(f.db->markTraining().ok());
    REQUIRE(f.db->markTraining().ok()); // marking twice is harmless
    CHECK(f.db->isTraining().value() == true);
    REQUIRE(f.flow->validate(id, training).ok());
    CHECK(f.load(id).phase == Phase::Generation);
    const audit::AuditEntry last = f.audit().last();
    CHECK(payloadOf(last).value(u"operator"_s).toObject().value(u"training"_s) == QJsonValue(true));

    // The mark cannot be taken back, even with SQL.
    CHECK_FALSE(f.db->exec(u"DELETE FROM store_info"_s, "test").ok());
    CHECK_FALSE(f.db->exec(u"UPDATE store_info SET value = 'production'"_s, "test").ok());
    CHECK(f.db->isTraining().value() == true);
}

TEST_CASE("The RA's workflow policy comes from the settings' workflow group", "[workflow][roles][settings]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"guichet.conf"_s);
    {
        QSettings empty(path, QSettings::IniFormat);
        const WorkflowPolicy defaults = WorkflowPolicy::fromSettings(empty);
        CHECK_FALSE(defaults.fourEyes);
        CHECK(defaults.authority == u"Guichet"_s);
        empty.setValue(u"workflow/fourEyes"_s, true);
        empty.setValue(u"workflow/authority"_s, u"AE Chambre de commerce de Lyon"_s);
    }
    QSettings settings(path, QSettings::IniFormat);
    const WorkflowPolicy policy = WorkflowPolicy::fromSettings(settings);
    CHECK(policy.fourEyes);
    CHECK(policy.authority == u"AE Chambre de commerce de Lyon"_s);

    // The policy read is the one the workflow applies: entries are recorded for that RA.
    // (The four-eyes rule itself is exercised above.)
    Fixture f(policy);
    const qint64 id = f.import(arriving());
    REQUIRE(f.flow->confirm(id, u"confirm.payment"_s, f.a).ok());
    CHECK(f.audit().last().authority == u"AE Chambre de commerce de Lyon"_s);
}
