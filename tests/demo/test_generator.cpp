// The generated orders: deterministic, independent of each other, and right or wrong exactly where
// the mix says, as judged by the rules the RA desk applies (identifiers, MRZ, validity, contacts).

#include "demo/demo_generator.h"
#include "demo/mix.h"
#include "demo_test_support.h"
#include "rules/identifiers.h"
#include "rules/mrz.h"
#include "rules/validity.h"

#include <QRegularExpression>
#include <QSet>
#include <catch2/catch.hpp>

using namespace guichet;
using namespace guichet::demo;
using guichet::demo::test::describe;
using guichet::demo::test::today;

namespace {

constexpr int sampleSize = 1000;

int digitSum(const QString& digits)
{
    int sum = 0;
    for (const QChar c : digits) {
        sum += c.digitValue();
    }
    return sum;
}

} // namespace

TEST_CASE("Same seed and index give the same order and other indices differ", "[demo][determinism]")
{
    const DemoGenerator generator(20260316);
    const DemoGenerator twin(20260316);
    const DemoGenerator other(7);
    QSet<QString> numbers;
    QSet<QString> holders;
    // Made in an order that is not the indices' order, and from separate generators.
    for (int index : {517, 3, 999999, 0, 42, 250000, 43, 1}) {
        const QString first = describe(generator.order(index, today()));
        CHECK(first == describe(twin.order(index, today())));
        CHECK(first == describe(generator.order(index, today())));
        CHECK(first != describe(other.order(index, today())));
        const Order order = generator.order(index, today());
        numbers.insert(order.number);
        holders.insert(order.holder.displayName() + order.holder.birthDate.toString());
    }
    CHECK(numbers.size() == 8);
    CHECK(holders.size() == 8);
    CHECK(generator.order(999999, today()).number.endsWith(QStringLiteral("-1000000")));
    CHECK(generator.order(1233, today()).number.endsWith(QStringLiteral("-0001234")));
}

TEST_CASE("Order numbers and dates and portals look like the RA platform's", "[demo]")
{
    const DemoGenerator generator(11);
    const QRegularExpression numberPattern(QStringLiteral("^CMD-20\\d\\d-\\d{7}$"));
    for (int index = 0; index < 300; ++index) {
        const Order order = generator.order(index, today());
        INFO(order.number.toStdString());
        CHECK(numberPattern.match(order.number).hasMatch());
        CHECK(order.number.mid(4, 4).toInt() == order.date.year());
        CHECK(order.date <= today());
        CHECK(order.date >= today().addDays(-80));
        CHECK(order.process == QStringLiteral("Génération Certificat"));
        CHECK_FALSE(order.portal.isEmpty());
        CHECK(order.product.durationYears >= 1);
        CHECK(order.product.durationYears <= 3);
        CHECK(order.product.label.contains(QStringLiteral("RGS** / eIDAS")));
        CHECK(order.payment.amountCents > 0);
        CHECK(rules::checkEmail(order.holder.email));
        CHECK(rules::checkEmail(order.requester.email));
        CHECK(order.holder.birthDate.addYears(18) <= order.date);
    }
}

TEST_CASE("A batch shares its organisation and legal representative and agent and day", "[demo][mix]")
{
    const DemoGenerator generator(99);
    // Block 3's slots 0-11 are a batch of 12; consecutive indexes visit slots in a scattered order.
    QList<int> batch;
    int otherGroup = -1;
    for (int index = 300; index < 400; ++index) {
        const SlotPlan plan = planSlot(99, index);
        if (plan.slot < 12) {
            batch.append(index);
        } else if (plan.slot == 12) {
            otherGroup = index;
        }
    }
    REQUIRE(batch.size() == 12);
    // Scattered: the batch does not fill twelve consecutive indexes.
    CHECK(batch.last() - batch.first() > 11);
    const Order first = generator.order(batch.first(), today());
    REQUIRE(first.agent.has_value());
    for (int index : batch.mid(1)) {
        const Order order = generator.order(index, today());
        REQUIRE(order.agent.has_value());
        CHECK(order.agent->displayName() == first.agent->displayName());
        CHECK(order.legalRepresentative.displayName() == first.legalRepresentative.displayName());
        CHECK(order.organisation.name == first.organisation.name);
        CHECK(order.portal == first.portal);
        CHECK(order.date == first.date);
        CHECK(order.holder.displayName() != first.holder.displayName());
        CHECK(order.requester.email == first.agent->email);
    }
    // Slot 12 starts another organisation.
    REQUIRE(otherGroup >= 0);
    CHECK(generator.order(otherGroup, today()).organisation.name != first.organisation.name);
}

TEST_CASE("SIREN and SIRET are valid exactly where the mix says", "[demo][identifiers]")
{
    const DemoGenerator generator(20260316);
    int laPoste = 0;
    for (int index = 0; index < sampleSize; ++index) {
        const Order order = generator.order(index, today());
        const Scenario scenario = generator.scenario(index);
        const Organisation& organisation = order.organisation;
        INFO(index << " " << toCode(scenario).toStdString() << " " << organisation.siren.toStdString() << " "
                   << organisation.siret.toStdString());
        CHECK(organisation.siren.size() == 9);
        CHECK(organisation.siret.size() == 14);
        CHECK(bool(rules::checkSiren(organisation.siren)) == (scenario != Scenario::SirenCheckDigit));
        CHECK(bool(rules::checkSiret(organisation.siret)));
        const bool matches = scenario != Scenario::SiretMismatch && scenario != Scenario::SirenCheckDigit;
        CHECK(bool(rules::checkSiretMatchesSiren(organisation.siret, organisation.siren)) == matches);
        // The register's proof always shows the real SIREN.
        const Document* proof =
            order.document(organisation.kind == OrganisationKind::Company ? DocumentKind::KbisExtract
                                                                          : DocumentKind::SireneNotice);
        REQUIRE(proof != nullptr);
        if (proof->status == DocumentStatus::Imported) {
            CHECK(rules::checkSiren(proof->facts.siren));
            CHECK((proof->facts.siren == organisation.siren) == (scenario != Scenario::SirenCheckDigit));
        }
        if (organisation.name == QStringLiteral("La Poste SA")) {
            ++laPoste;
            if (matches) { // La Poste's own rule: the SIRET's digits add up to a multiple of 5
                CHECK(organisation.siren == QStringLiteral("356000000"));
                CHECK(digitSum(organisation.siret) % 5 == 0);
            }
        }
    }
    CHECK(laPoste == 30); // 3 per block of 100
}

TEST_CASE("Every MRZ parses with right check digits and matches the order where the mix says", "[demo][mrz]")
{
    const DemoGenerator generator(20260316);
    QSet<int> formats;
    for (int index = 0; index < sampleSize; ++index) {
        const Order order = generator.order(index, today());
        const Scenario scenario = generator.scenario(index);
        for (const DocumentKind kind :
             {DocumentKind::HolderId, DocumentKind::LegalRepresentativeId, DocumentKind::AgentId}) {
            const Document* document = order.document(kind);
            if (!document || document->status != DocumentStatus::Imported) {
                continue;
            }
            const Person& person = kind == DocumentKind::HolderId ? order.holder
                                   : kind == DocumentKind::LegalRepresentativeId
                                       ? static_cast<const Person&>(order.legalRepresentative)
                                       : *order.agent;
            const DocumentFacts& facts = document->facts;
            INFO(index << " " << toCode(scenario).toStdString() << " " << toCode(kind).toStdString() << "\n"
                       << facts.mrz.join(QLatin1Char('\n')).toStdString());
            const auto parsed = rules::parseMrz(facts.mrz, today());
            REQUIRE(parsed.ok());
            const rules::MrzData& mrz = *parsed;
            formats.insert(int(mrz.format));
            CHECK(mrz.checkDigitsValid());
            CHECK(mrz.documentNumber == facts.identity.number);
            CHECK(rules::checkIdNumber(facts.identity.kind, facts.identity.number, mrz.issuingState));
            switch (mrz.format) {
            case rules::MrzFormat::FrenchIdCard:
                CHECK(facts.identity.kind == IdDocumentKind::NationalIdCard);
                CHECK(rules::isOldNationalIdCardNumber(facts.identity.number));
                CHECK(mrz.issueMonth == QDate(facts.issueDate.year(), facts.issueDate.month(), 1));
                break;
            case rules::MrzFormat::TD1:
                CHECK(mrz.documentCode == (facts.identity.kind == IdDocumentKind::ResidencePermit
                                               ? QStringLiteral("IR")
                                               : QStringLiteral("ID")));
                CHECK(mrz.expiryDate == facts.expiryDate);
                break;
            case rules::MrzFormat::TD3:
                CHECK(facts.identity.kind == IdDocumentKind::Passport);
                CHECK(mrz.expiryDate == facts.expiryDate);
                break;
            }
            const bool holder = kind == DocumentKind::HolderId;
            const int surnameWidth = mrz.format == rules::MrzFormat::FrenchIdCard ? 25 : 0;
            const bool nameShouldMatch = !(holder && scenario == Scenario::NameMismatch);
            CHECK(rules::namesMatch(person.surname, mrz.surname, surnameWidth) == nameShouldMatch);
            const bool birthShouldMatch = !(holder && scenario == Scenario::BirthDateMismatch);
            CHECK((mrz.birthDate == person.birthDate) == birthShouldMatch);
        }
    }
    CHECK(formats.size() == 3); // old French card, TD1 and TD3 all present
}

TEST_CASE("IDs and Kbis and OTP contacts are valid on the day exactly where the mix says", "[demo][validity]")
{
    const DemoGenerator generator(5);
    int fifteenYear = 0;
    for (int index = 0; index < sampleSize; ++index) {
        const Order order = generator.order(index, today());
        const Scenario scenario = generator.scenario(index);
        INFO(index << " " << toCode(scenario).toStdString());
        const Document* holderId = order.document(DocumentKind::HolderId);
        REQUIRE(holderId != nullptr);
        if (holderId->status == DocumentStatus::Imported) {
            const auto valid = rules::checkIdValidOn(holderId->facts, order.holder.birthDate, today());
            if (scenario == Scenario::BirthDateMismatch) {
                // The order's birth date is wrong; validity is judged on the document's own.
                CHECK(bool(valid) == true);
            } else {
                CHECK(bool(valid) == (scenario != Scenario::ExpiredId));
            }
            if (scenario == Scenario::CniFifteenYearRule) {
                ++fifteenYear;
                CHECK(holderId->facts.expiryDate < today()); // the printed date is past
                CHECK(rules::isOldNationalIdCardNumber(holderId->facts.identity.number));
                CHECK(holderId->facts.issueDate >= QDate(2004, 1, 2));
                CHECK(holderId->facts.issueDate <= QDate(2013, 12, 31));
            }
        }
        for (const DocumentKind kind : {DocumentKind::LegalRepresentativeId, DocumentKind::AgentId}) {
            const Document* id = order.document(kind);
            if (id && id->status == DocumentStatus::Imported) {
                const Person& person = kind == DocumentKind::AgentId
                                           ? static_cast<const Person&>(*order.agent)
                                           : order.legalRepresentative;
                CHECK(rules::checkIdValidOn(id->facts, person.birthDate, today()));
            }
        }
        if (const Document* kbis = order.document(DocumentKind::KbisExtract);
            kbis && kbis->status == DocumentStatus::Imported) {
            CHECK(bool(rules::checkKbisRecent(kbis->facts.issueDate, today())) ==
                  (scenario != Scenario::KbisOutdated));
        }
        CHECK(bool(rules::checkOtpContact(order.holder.otpContact)) == (scenario != Scenario::LandlineOtp));
    }
    CHECK(fifteenYear == 60);
}
