// The checklist walks the RA's checks in order; each test breaks one thing in a valid dossier.

#include "rules/checklist.h"
#include "sample_order.h"

#include <QJsonArray>
#include <catch2/catch.hpp>

using namespace guichet;
using namespace Qt::StringLiterals;
using rules::ItemState;

namespace {

const QDate today(2026, 11, 21);

ItemState stateOf(const rules::Checklist& checklist, const QString& id)
{
    const auto* item = checklist.item(id);
    INFO("item " << id.toStdString());
    REQUIRE(item != nullptr);
    return item->state;
}

QString reasonOf(const rules::Checklist& checklist, const QString& id)
{
    const auto* item = checklist.item(id);
    REQUIRE(item != nullptr);
    return item->reason;
}

/// Ids of the items that did not pass (failed or awaiting the operator).
QStringList notPassed(const rules::Checklist& checklist)
{
    QStringList ids;
    for (const auto& item : checklist.items) {
        if (item.state == ItemState::Failed || item.state == ItemState::AwaitingConfirmation) {
            ids.append(item.id);
        }
    }
    return ids;
}

} // namespace

TEST_CASE("A complete, confirmed dossier passes every check", "[checklist]")
{
    const auto checklist = rules::buildChecklist(testing::sampleOrder(today), today);
    INFO(notPassed(checklist).join(u',').toStdString());
    CHECK(notPassed(checklist).isEmpty());
    CHECK(checklist.allPassed());
    CHECK(checklist.supportingPiecesVerified());
    CHECK(checklist.reviewDate == today);
}

TEST_CASE("Items come in the RA's order with stable ids", "[checklist]")
{
    const auto checklist = rules::buildChecklist(testing::sampleOrder(today), today);
    QStringList ids;
    int previous = 0;
    for (const auto& item : checklist.items) {
        CHECK(int(item.step) >= previous);
        previous = int(item.step);
        ids.append(item.id);
    }
    // These ids are an interface (guichet-cli --json, confirmations, the audit trail): renaming one
    // is a breaking change and must show up here.
    CHECK(ids == QStringList{
                     u"documents.imported"_s,
                     u"organisation.siren"_s,
                     u"organisation.siret"_s,
                     u"kbis.recent"_s,
                     u"registration.siren-matches"_s,
                     u"holder-id.number"_s,
                     u"holder-id.valid"_s,
                     u"holder-id.mrz"_s,
                     u"legal-representative-id.number"_s,
                     u"legal-representative-id.valid"_s,
                     u"legal-representative-id.mrz"_s,
                     u"confirm.kbis-extract"_s,
                     u"confirm.holder-id"_s,
                     u"confirm.legal-representative-id"_s,
                     u"confirm.payment-proof"_s,
                     u"holder.otp-contact"_s,
                     u"holder.identity-recorded"_s,
                     u"contracts.sent"_s,
                     u"contracts.signed"_s,
                     u"payment.received"_s,
                     u"confirm.payment"_s,
                     u"confirm.dossier-complete"_s,
                 });
}

TEST_CASE("Without the operator's confirmations the dossier waits for them", "[checklist]")
{
    const auto checklist = rules::buildChecklist(testing::sampleOrder(today, false), today);
    CHECK_FALSE(checklist.allPassed());
    CHECK_FALSE(checklist.supportingPiecesVerified());
    CHECK(checklist.count(ItemState::Failed) == 0);
    CHECK(checklist.count(ItemState::AwaitingConfirmation) == 6);
    for (const auto& id : rules::operatorItemIds(testing::sampleOrder(today, false))) {
        CHECK(stateOf(checklist, id) == ItemState::AwaitingConfirmation);
        CHECK(checklist.item(id)->operatorItem);
    }
}

TEST_CASE("Required documents follow from the order", "[checklist]")
{
    Order order = testing::sampleOrder(today);
    CHECK(rules::requiredDocuments(order) ==
          QList<DocumentKind>{DocumentKind::TermsOfUse, DocumentKind::SubscriptionContract,
                              DocumentKind::AuthorisationLetter, DocumentKind::KbisExtract,
                              DocumentKind::HolderId, DocumentKind::LegalRepresentativeId,
                              DocumentKind::PaymentProof});
    order.organisation.kind = OrganisationKind::PublicBody;
    CHECK(rules::requiredDocuments(order).contains(DocumentKind::SireneNotice));
    CHECK_FALSE(rules::requiredDocuments(order).contains(DocumentKind::KbisExtract));
    const Order withAgent = testing::sampleOrderWithAgent(today);
    CHECK(rules::requiredDocuments(withAgent).contains(DocumentKind::PowerOfAttorney));
    CHECK(rules::requiredDocuments(withAgent).contains(DocumentKind::AgentId));
}

TEST_CASE("A missing supporting document fails step 1 and names the document", "[checklist]")
{
    Order order = testing::sampleOrder(today);
    order.document(DocumentKind::HolderId)->status = DocumentStatus::NotImported;
    const auto checklist = rules::buildChecklist(order, today);
    CHECK(stateOf(checklist, u"documents.imported"_s) == ItemState::Failed);
    CHECK(reasonOf(checklist, u"documents.imported"_s).contains(label(DocumentKind::HolderId)));
    CHECK(stateOf(checklist, u"holder-id.valid"_s) == ItemState::Failed);
    CHECK(stateOf(checklist, u"confirm.holder-id"_s) == ItemState::Failed);
    CHECK_FALSE(checklist.supportingPiecesVerified());
    CHECK_FALSE(checklist.allPassed());
}

TEST_CASE("SIREN and SIRET are checked and must agree", "[checklist]")
{
    Order order = testing::sampleOrder(today);
    SECTION("wrong SIREN check digit")
    {
        order.organisation.siren = u"732829321"_s;
        const auto checklist = rules::buildChecklist(order, today);
        CHECK(stateOf(checklist, u"organisation.siren"_s) == ItemState::Failed);
        CHECK_FALSE(reasonOf(checklist, u"organisation.siren"_s).isEmpty());
    }
    SECTION("SIRET of another company")
    {
        order.organisation.siret = u"44163946500018"_s; // Luhn-valid, but not this SIREN
        const auto checklist = rules::buildChecklist(order, today);
        CHECK(stateOf(checklist, u"organisation.siren"_s) == ItemState::Passed);
        CHECK(stateOf(checklist, u"organisation.siret"_s) == ItemState::Failed);
    }
    SECTION("La Poste's establishments follow their own rule")
    {
        order.organisation.siren = u"356000000"_s;
        order.organisation.siret = u"35600000000048"_s;
        order.document(DocumentKind::KbisExtract)->facts.siren = u"356000000"_s;
        const auto checklist = rules::buildChecklist(order, today);
        CHECK(stateOf(checklist, u"organisation.siret"_s) == ItemState::Passed);
        CHECK(stateOf(checklist, u"registration.siren-matches"_s) == ItemState::Passed);
    }
    SECTION("Kbis of another company")
    {
        order.document(DocumentKind::KbisExtract)->facts.siren = u"441639465"_s;
        const auto checklist = rules::buildChecklist(order, today);
        CHECK(stateOf(checklist, u"registration.siren-matches"_s) == ItemState::Failed);
        CHECK(reasonOf(checklist, u"registration.siren-matches"_s).contains(u"441639465"_s));
    }
}

TEST_CASE("The Kbis must be under 3 months old, and a public body needs none", "[checklist]")
{
    Order order = testing::sampleOrder(today);
    order.document(DocumentKind::KbisExtract)->facts.issueDate = today.addMonths(-4);
    CHECK(stateOf(rules::buildChecklist(order, today), u"kbis.recent"_s) == ItemState::Failed);
    // The same dossier reviewed as of an earlier day passes: the review date is an input.
    CHECK(stateOf(rules::buildChecklist(order, today.addMonths(-2)), u"kbis.recent"_s) == ItemState::Passed);

    order.organisation.kind = OrganisationKind::PublicBody;
    const auto checklist = rules::buildChecklist(order, today);
    CHECK(stateOf(checklist, u"kbis.recent"_s) == ItemState::NotApplicable);
    CHECK(stateOf(checklist, u"documents.imported"_s) == ItemState::Failed); // no SIRENE notice yet
    CHECK(reasonOf(checklist, u"documents.imported"_s).contains(label(DocumentKind::SireneNotice)));
}

TEST_CASE("The OTP contact must be able to receive the activation code", "[checklist]")
{
    Order order = testing::sampleOrder(today);
    order.holder.otpContact = u"04 78 00 00 00"_s; // a landline in Lyon
    CHECK(stateOf(rules::buildChecklist(order, today), u"holder.otp-contact"_s) == ItemState::Failed);
    order.holder.otpContact = u"helene.lefevre@acme-signature.fr"_s;
    CHECK(stateOf(rules::buildChecklist(order, today), u"holder.otp-contact"_s) == ItemState::Passed);
    order.holder.otpContact = u"helene.lefevre@"_s;
    CHECK(stateOf(rules::buildChecklist(order, today), u"holder.otp-contact"_s) == ItemState::Failed);
}

TEST_CASE("IDs must be valid on the review date", "[checklist]")
{
    const Order order = testing::sampleOrder(today);
    CHECK(stateOf(rules::buildChecklist(order, QDate(2032, 5, 31)), u"holder-id.valid"_s) ==
          ItemState::Passed);
    CHECK(stateOf(rules::buildChecklist(order, QDate(2032, 6, 1)), u"holder-id.valid"_s) ==
          ItemState::Failed);
}

TEST_CASE("An old ID card issued to an adult in 2013 is valid 15 years", "[checklist]")
{
    const Order order = testing::sampleOrderWithAgent(today);
    const auto checklist = rules::buildChecklist(order, today);
    INFO(notPassed(checklist).join(u',').toStdString());
    CHECK(stateOf(checklist, u"agent-id.valid"_s) == ItemState::Passed); // printed expiry 2023 is past
    CHECK(stateOf(checklist, u"agent-id.mrz"_s) == ItemState::Passed);
    CHECK(stateOf(checklist, u"agent-id.number"_s) == ItemState::Passed);
    CHECK(checklist.allPassed());
    CHECK(stateOf(rules::buildChecklist(order, QDate(2028, 12, 10)), u"agent-id.valid"_s) ==
          ItemState::Failed);

    Order minor = order;
    minor.agent->birthDate = QDate(1997, 1, 1); // 16 when the card was issued: no extension
    minor.document(DocumentKind::AgentId)->facts.mrz = testing::frenchIdCardMrz(
        u"131206912345"_s, minor.agent->surname, minor.agent->givenNames, minor.agent->birthDate, u'F');
    CHECK(stateOf(rules::buildChecklist(minor, today), u"agent-id.valid"_s) == ItemState::Failed);
}

TEST_CASE("The MRZ must be intact and match the order", "[checklist]")
{
    Order order = testing::sampleOrder(today);
    Document* id = order.document(DocumentKind::HolderId);
    SECTION("birth date differs from the order")
    {
        order.holder.birthDate = QDate(1985, 3, 13);
        const auto checklist = rules::buildChecklist(order, today);
        CHECK(stateOf(checklist, u"holder-id.mrz"_s) == ItemState::Failed);
        CHECK_FALSE(reasonOf(checklist, u"holder-id.mrz"_s).isEmpty());
    }
    SECTION("surname differs")
    {
        order.holder.surname = u"Lefebvre-Dupont"_s;
        CHECK(stateOf(rules::buildChecklist(order, today), u"holder-id.mrz"_s) == ItemState::Failed);
    }
    SECTION("a check digit was altered")
    {
        QString line2 = id->facts.mrz[1];
        line2[6] = line2[6] == u'0' ? u'1' : u'0'; // the birth date's check digit
        id->facts.mrz[1] = line2;
        CHECK(stateOf(rules::buildChecklist(order, today), u"holder-id.mrz"_s) == ItemState::Failed);
    }
    SECTION("not an MRZ at all")
    {
        id->facts.mrz = QStringList{u"hello"_s, u"world"_s};
        CHECK(stateOf(rules::buildChecklist(order, today), u"holder-id.mrz"_s) == ItemState::Failed);
    }
    SECTION("no MRZ read: nothing to check")
    {
        id->facts.mrz.clear();
        CHECK(stateOf(rules::buildChecklist(order, today), u"holder-id.mrz"_s) == ItemState::NotApplicable);
    }
    SECTION("accents and hyphens fold as the MRZ writes them")
    {
        CHECK(stateOf(rules::buildChecklist(order, today), u"holder-id.mrz"_s) == ItemState::Passed);
        CHECK(stateOf(rules::buildChecklist(order, today), u"legal-representative-id.mrz"_s) ==
              ItemState::Passed);
    }
}

TEST_CASE("The holder's recorded identity must be the document in the dossier", "[checklist]")
{
    Order order = testing::sampleOrder(today);
    order.recordedIdentity = {};
    CHECK(stateOf(rules::buildChecklist(order, today), u"holder.identity-recorded"_s) == ItemState::Failed);
    order.recordedIdentity = {IdDocumentKind::Passport, u"18AA12345"_s};
    CHECK(stateOf(rules::buildChecklist(order, today), u"holder.identity-recorded"_s) == ItemState::Failed);
    order.recordedIdentity = {IdDocumentKind::NationalIdCard, u"x4rtbpfw4"_s};
    CHECK(stateOf(rules::buildChecklist(order, today), u"holder.identity-recorded"_s) == ItemState::Passed);
}

TEST_CASE("Contracts must be sent and signed, and payment received", "[checklist]")
{
    Order order = testing::sampleOrder(today, false);
    order.phase = Phase::Verification;
    order.document(DocumentKind::SubscriptionContract)->status = DocumentStatus::Unsigned;
    order.payment.received = false;
    auto checklist = rules::buildChecklist(order, today);
    CHECK(stateOf(checklist, u"contracts.sent"_s) == ItemState::Failed);
    CHECK(stateOf(checklist, u"contracts.signed"_s) == ItemState::Failed);
    CHECK(reasonOf(checklist, u"contracts.signed"_s).contains(label(DocumentKind::SubscriptionContract)));
    CHECK(stateOf(checklist, u"payment.received"_s) == ItemState::Failed);

    order.phase = Phase::AwaitingSignature;
    CHECK(stateOf(rules::buildChecklist(order, today), u"contracts.sent"_s) == ItemState::Passed);
    order.phase = Phase::Verification;
    order.type = DossierType::Paper; // signed in original, nothing to send
    CHECK(stateOf(rules::buildChecklist(order, today), u"contracts.sent"_s) == ItemState::Passed);
}

TEST_CASE("The checklist's JSON carries ids, states and the verdict", "[checklist]")
{
    Order order = testing::sampleOrder(today);
    order.payment.received = false;
    const QJsonObject json = rules::buildChecklist(order, today).toJson();
    CHECK(json.value(u"reviewDate"_s).toString() == u"2026-11-21"_s);
    CHECK(json.value(u"canValidate"_s).toBool() == false);
    bool found = false;
    for (const auto& value : json.value(u"items"_s).toArray()) {
        const QJsonObject item = value.toObject();
        CHECK_FALSE(item.value(u"id"_s).toString().isEmpty());
        if (item.value(u"id"_s).toString() == u"payment.received") {
            found = true;
            CHECK(item.value(u"state"_s).toString() == u"failed"_s);
            CHECK(item.value(u"step"_s).toInt() == 7);
        }
    }
    CHECK(found);
}

TEST_CASE("Names the MRZ cut at the end of a full field still match", "[checklist][mrz]")
{
    Order order = testing::sampleOrder(today);
    order.holder.surname = u"Lefebvre"_s;
    order.holder.givenNames = u"Jean Étienne Loïc Noël"_s;
    Document* id = order.document(DocumentKind::HolderId);
    id->facts.mrz = testing::td1Mrz(u"X4RTBPFW4"_s, order.holder.surname, order.holder.givenNames,
                                    order.holder.birthDate, u'M', id->facts.expiryDate);
    REQUIRE(id->facts.mrz.at(2) == u"LEFEBVRE<<JEAN<ETIENNE<LOIC<NO"_s); // cut: the field is full
    CHECK(stateOf(rules::buildChecklist(order, today), u"holder-id.mrz"_s) == ItemState::Passed);

    // A field that is not full cut nothing: a shorter name there is another name.
    order.holder.givenNames = u"Jean Étienne Loïc"_s;
    id->facts.mrz = testing::td1Mrz(u"X4RTBPFW4"_s, order.holder.surname, u"Jean Étienne"_s,
                                    order.holder.birthDate, u'M', id->facts.expiryDate);
    CHECK(stateOf(rules::buildChecklist(order, today), u"holder-id.mrz"_s) == ItemState::Failed);
}
