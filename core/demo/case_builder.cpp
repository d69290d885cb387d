// buildCase: the people, the organisation, the product, the payment and the dates of one order.
// Organisation-level draws come from a stream keyed by the order's group (so a batch shares its
// organisation, legal representative, agent and date); the rest from the order's own stream.

#include "demo_case.h"
#include "french_data.h"
#include "registry_numbers.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace guichet::demo {
namespace {

QChar drawSex(DemoRandom& random)
{
    return random.chance(50) ? QChar(u'F') : QChar(u'M');
}

/// "prenom.nom@domaine.fr", from the first given name.
QString mailAddress(const QString& givenNames, const QString& surname, const QString& domain)
{
    return mailPart(givenNames.section(u' ', 0, 0)) + u'.' + mailPart(surname) + u'@' + domain;
}

/// Copies a document's person into an order's person.
template <typename P> P personFrom(const IdentityDocument& id, const QString& domain)
{
    P person;
    person.surname = id.surname;
    person.givenNames = id.givenNames;
    person.birthDate = id.birthDate;
    person.email = mailAddress(id.givenNames, id.surname, domain);
    return person;
}

/// An adult's identity document, valid on `today`.
IdentityDocument validPerson(DemoRandom& random, const QDate& today)
{
    const QChar sex = drawSex(random);
    const QString last = surname(random);
    const QString first = givenNames(random, sex);
    return makeIdentityDocument(random, last, first, sex, typicalIdModel(random), IdValidity::Valid, today);
}

/// "06 12 34 56 78" in one of the ways people type it; overseas mobiles for La Réunion.
QString mobileNumber(DemoRandom& random, const Place& place)
{
    const QString subscriber = random.digits(8);
    const QString national = place.department == u"974"
                                 ? u"069"_s + QChar(u'2' + random.between(0, 1)) + subscriber.left(6)
                                 : QString(u"0"_s + QChar(u'6' + random.between(0, 1)) + subscriber);
    switch (random.between(0, 3)) {
    case 0:
        return national;
    case 1: {
        QString spaced;
        for (int i = 0; i < national.size(); i += 2) {
            spaced += (i ? u" "_s : QString()) + national.mid(i, 2);
        }
        return spaced;
    }
    case 2:
        return QString((place.department == u"974" ? u"+262"_s : u"+33"_s) + national.mid(1));
    default:
        return place.department == u"974" ? QString(u"+262 "_s + national.mid(1))
                                          : QString(u"+33 "_s + national.mid(1, 1) + u' ' + national.mid(2));
    }
}

/// A fixed line of the place's area: it cannot receive the activation code by SMS.
QString landlineNumber(DemoRandom& random, const Place& place)
{
    QString prefix = u"09"_s; // internet boxes' numbers, anywhere
    if (random.chance(75)) {
        const QString& d = place.department;
        if (d == u"75" || d == u"93" || d == u"94") {
            prefix = u"01"_s;
        } else if (d == u"35" || d == u"29" || d == u"22" || d == u"56" || d == u"44") {
            prefix = u"02"_s;
        } else if (d == u"59") {
            prefix = u"03"_s;
        } else if (d == u"69" || d == u"13") {
            prefix = u"04"_s;
        }
    }
    const QString digits = prefix + random.digits(8);
    QString spaced;
    for (int i = 0; i < digits.size(); i += 2) {
        spaced += (i ? u" "_s : QString()) + digits.mid(i, 2);
    }
    return spaced;
}

/// A birth date that the order got wrong: day and month swapped, a year off, or a day off.
QDate wrongBirthDate(DemoRandom& random, const QDate& birth)
{
    if (birth.day() <= 12 && birth.day() != birth.month() && random.chance(50)) {
        return {birth.year(), birth.day(), birth.month()};
    }
    return random.chance(50) ? birth.addYears(random.chance(50) ? 1 : -1)
                             : birth.addDays(random.chance(50) ? 1 : -1);
}

Product drawProduct(DemoRandom& random)
{
    const int years = random.between(1, 3);
    if (random.chance(80)) {
        return {u"RGS2-SIGN-TOKEN"_s, u"Certificat de signature RGS** / eIDAS qualifié sur token"_s, years};
    }
    return {u"RGS2-SIGN-AUTH-TOKEN"_s,
            u"Certificats de signature et d'authentification RGS** / eIDAS qualifiés sur token"_s, years};
}

qint64 priceCents(const Product& product)
{
    const bool pack = product.code.contains(u"AUTH");
    static constexpr qint64 sign[] = {16800, 26400, 34800};
    static constexpr qint64 both[] = {22800, 36000, 47400};
    const int years = product.durationYears < 1 ? 1 : product.durationYears > 3 ? 3 : product.durationYears;
    return (pack ? both : sign)[years - 1];
}

Payment drawPayment(DemoRandom& random, const DemoCase& c, const QDate& paymentDate)
{
    Payment payment;
    payment.amountCents = priceCents(c.order.product);
    const bool publicBody = c.organisation.kind == OrganisationKind::PublicBody;
    const int roll = random.between(0, 99);
    if (c.organisation.laPoste || (publicBody && roll >= 70) || (!publicBody && roll >= 55)) {
        payment.method = u"transfer"_s;
        payment.reference = u"VIR-"_s + paymentDate.toString(u"yyyyMMdd"_s) + u'-' + random.digits(5);
    } else if (publicBody) {
        payment.method = u"administrative-mandate"_s;
        payment.reference = u"MA-"_s + QString::number(paymentDate.year()) + u'-' + random.digits(6);
    } else {
        payment.method = u"card"_s;
        payment.reference = u"CB-"_s + random.characters(u"0123456789ABCDEF", 10);
    }
    payment.received = c.plan.scenario != Scenario::PaymentPending;
    return payment;
}

/// How old an order of this scenario is at least, in days: it had time to move through the phases.
int minimumAgeDays(Scenario scenario)
{
    switch (scenario) {
    case Scenario::AwaitingSignature:
        return 3;
    case Scenario::ReadyToValidate:
    case Scenario::PaymentPending:
        return 5;
    case Scenario::Validated:
        return 10;
    case Scenario::Delivered:
        return 15;
    default:
        return 0;
    }
}

} // namespace

const IdentityDocument* DemoCase::identity(DocumentKind kind) const
{
    switch (kind) {
    case DocumentKind::HolderId:
        return &holderId;
    case DocumentKind::LegalRepresentativeId:
        return &representativeId;
    case DocumentKind::AgentId:
        return agentId ? &*agentId : nullptr;
    default:
        return nullptr;
    }
}

bool DemoCase::hasContent(const Document& document) const
{
    switch (document.status) {
    case DocumentStatus::Imported:
    case DocumentStatus::Signed:
        return true;
    case DocumentStatus::Unsigned:
        return sentForSignature.isValid();
    case DocumentStatus::NotImported:
        return false;
    }
    return false;
}

DemoCase buildCase(quint64 seed, int index, const QDate& today)
{
    DemoCase c;
    c.index = index;
    c.plan = planSlot(seed, index);
    const Scenario scenario = c.plan.scenario;

    // The group's draws: every order of a batch makes them identically, in the same sequence.
    DemoRandom group(seed, Stream::Organisation, {c.plan.block, quint64(c.plan.group)});
    c.representativeId = validPerson(group, today);
    c.organisation = makeOrganisation(group, c.plan.kind, c.plan.laPoste, c.representativeId.sex);
    const IdentityDocument agent = validPerson(group, today);
    // Batches are placed together at least two weeks ago; single orders any day of the last 10 weeks.
    const QDate groupDate =
        today.addDays(-(c.plan.groupSize > 1 ? group.between(15, 70) : group.between(0, 70)));
    const int kbisAge = group.between(0, 10);
    const int sireneAge = group.between(0, 30);
    if (c.plan.agent) {
        c.agentId = agent;
    }

    DemoRandom random(seed, Stream::Order, {quint64(index)});
    Order& order = c.order;
    order.date = std::min(groupDate, today.addDays(-minimumAgeDays(scenario)));
    order.number = u"CMD-"_s + QString::number(order.date.year()) + u'-' +
                   QString::number(qint64(index) + 1).rightJustified(7, u'0');
    order.portal = c.organisation.portal;
    order.process = u"Génération Certificat"_s;
    order.type = (scenario != Scenario::AwaitingSignature && random.chance(8)) ? DossierType::Paper
                                                                               : DossierType::Dematerialised;
    order.product = drawProduct(random);

    // The organisation as the order states it.
    order.organisation.kind = c.organisation.kind;
    order.organisation.name = c.organisation.name;
    order.organisation.siren = c.organisation.siren;
    order.organisation.siret = c.organisation.siret;
    if (scenario == Scenario::SiretMismatch) { // a valid SIRET, of another company
        order.organisation.siret = makeSiret(random, makeSiren(random, {}));
    } else if (scenario == Scenario::SirenCheckDigit) {
        order.organisation.siren = withWrongCheckDigit(c.organisation.siren);
    }
    const QString& domain = c.organisation.mailDomain;
    order.legalRepresentative = personFrom<LegalRepresentative>(c.representativeId, domain);
    if (c.agentId) {
        order.agent = personFrom<CertificationAgent>(*c.agentId, domain);
    }

    // The holder and their identity document.
    const QChar sex = drawSex(random);
    const QString holderSurname = surname(random);
    const QString holderGiven = givenNames(random, sex);
    IdModel model = typicalIdModel(random);
    IdValidity validity = IdValidity::Valid;
    if (scenario == Scenario::CniFifteenYearRule) {
        model = IdModel::OldNationalIdCard;
        validity = IdValidity::FifteenYearRule;
    } else if (scenario == Scenario::ExpiredId) {
        const int roll = random.between(0, 99);
        model = roll < 40   ? IdModel::Passport
                : roll < 80 ? IdModel::OldNationalIdCard
                            : IdModel::ResidencePermit;
        validity = IdValidity::Expired;
    }
    c.holderId = makeIdentityDocument(random, holderSurname, holderGiven, sex, model, validity, today);
    Holder& holder = order.holder;
    static_cast<Person&>(holder) = personFrom<Person>(c.holderId, domain);
    if (scenario == Scenario::NameMismatch) {
        // A typo, or the order uses a married name while the ID carries the birth name.
        holder.surname = random.chance(50) ? misspelt(random, c.holderId.surname)
                                           : otherSurname(random, c.holderId.surname);
        holder.email = mailAddress(holder.givenNames, holder.surname, domain);
    } else if (scenario == Scenario::BirthDateMismatch) {
        holder.birthDate = wrongBirthDate(random, c.holderId.birthDate);
    }
    const Place& place = c.organisation.place;
    if (scenario == Scenario::LandlineOtp) {
        holder.otpContact = landlineNumber(random, place);
    } else {
        holder.otpContact = random.chance(70) ? mobileNumber(random, place) : holder.email;
    }

    // Who placed the order: the agent for a batch, else the holder or an assistant.
    if (order.agent) {
        order.requester = {order.agent->displayName(), order.agent->email};
    } else if (random.chance(70)) {
        order.requester = {holder.displayName(), holder.email};
    } else {
        const QChar assistantSex = drawSex(random);
        const QString first = givenName(random, assistantSex);
        const QString last = surname(random);
        order.requester = {first + u' ' + last, mailAddress(first, last, domain)};
    }

    c.kbisDate = order.date.addDays(-kbisAge);
    if (scenario == Scenario::KbisOutdated) {
        c.kbisDate = order.date.addDays(-random.between(100, 400));
    }
    c.sireneDate = order.date.addDays(-sireneAge);
    c.paymentDate = std::min(today, order.date.addDays(random.between(0, 4)));
    order.payment = drawPayment(random, c, c.paymentDate);
    c.cardEnding = random.digits(4);

    buildDocuments(c, random, today);
    return c;
}

} // namespace guichet::demo
