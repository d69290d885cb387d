#include "organisations.h"

#include "registry_numbers.h"

using namespace Qt::StringLiterals;

namespace guichet::demo {
namespace {

QString companyTitle(const QString& legalForm, QChar sex)
{
    const bool woman = sex == u'F';
    if (legalForm == u"SAS" || legalForm == u"SASU") {
        return woman ? u"Présidente"_s : u"Président"_s;
    }
    if (legalForm == u"SA") {
        return woman ? u"Directrice générale"_s : u"Directeur général"_s;
    }
    return woman ? u"Gérante"_s : u"Gérant"_s;
}

QString publicTitle(const QString& name, QChar sex)
{
    const bool woman = sex == u'F';
    if (name.startsWith(u"Commune")) {
        return u"Maire"_s;
    }
    if (name.startsWith(u"Centre hospitalier")) {
        return woman ? u"Directrice"_s : u"Directeur"_s;
    }
    return woman ? u"Présidente"_s : u"Président"_s;
}

/// Words that make no sense in a domain name.
QString domainOf(const QString& name)
{
    QString domain = mailPart(name);
    for (const QString& filler : {u"-de-"_s, u"-du-"_s, u"-d-"_s, u"-l-"_s, u"-la-"_s, u"-et-"_s}) {
        domain.replace(filler, u"-"_s);
    }
    domain.replace(u"--"_s, u"-"_s);
    return domain + u".fr";
}

/// How public bodies name their domains: "mairie-rennes.fr", "ch-brest.fr", "cci-nord.fr".
QString publicBodyDomainStem(const QString& name, const Place& place)
{
    if (name.startsWith(u"Commune")) {
        return u"mairie-"_s + place.city;
    }
    if (name.startsWith(u"Centre hospitalier")) {
        return u"ch-"_s + place.city;
    }
    if (name.startsWith(u"Chambre de commerce")) {
        return u"cci-"_s + place.departmentName;
    }
    if (name.startsWith(u"Chambre de métiers")) {
        return u"cma-"_s + place.departmentName;
    }
    return u"agglo-"_s + place.city;
}

void makeLaPoste(DemoRandom& random, OrganisationProfile& o)
{
    o.laPoste = true;
    o.siren = laPosteSiren();
    o.siret = makeSiret(random, o.siren);
    o.denomination = u"La Poste"_s;
    o.legalForm = u"SA"_s;
    o.legalFormLabel = u"Société anonyme à conseil d'administration"_s;
    o.name = u"La Poste SA"_s;
    o.capitalEuros = 5620325816;
    o.activity = u"Activités de poste dans le cadre d'une obligation de service universel"_s;
    o.ape = u"53.10Z"_s;
    o.registrationDate = QDate(1991, 3, 5);
    o.mailDomain = u"laposte.fr"_s;
    // The head office is in Paris (the Kbis says so); the ordering establishment is local.
    o.street = u"Plateforme de distribution courrier, "_s + streetAddress(random);
}

} // namespace

OrganisationProfile makeOrganisation(DemoRandom& random, OrganisationKind kind, bool laPoste,
                                     QChar representativeSex)
{
    OrganisationProfile o;
    o.kind = laPoste ? OrganisationKind::Company : kind;
    const PortalArea& area = random.pick(portalAreas());
    o.portal = area.portal;
    o.place = random.pick(area.places);
    o.street = streetAddress(random);

    if (laPoste) {
        makeLaPoste(random, o);
    } else if (o.kind == OrganisationKind::Company) {
        const Activity& activity = companyActivity(random);
        const LegalForm& form = companyLegalForm(random);
        o.denomination = companyName(random, activity, o.place);
        o.legalForm = form.abbreviation;
        o.legalFormLabel = form.label;
        o.name = o.denomination + u' ' + form.abbreviation;
        static constexpr qint64 capitals[] = {1000, 5000, 7500, 10000, 15000, 37000, 50000, 100000, 250000};
        o.capitalEuros = random.pick(std::span<const qint64>(capitals));
        if (form.abbreviation == u"SA") {
            o.capitalEuros = std::max<qint64>(o.capitalEuros, 37000) * 10;
        }
        o.activity = activity.label;
        o.ape = activity.ape;
        o.siren = makeSiren(random, {});
        o.registrationDate = QDate(random.between(1985, 2024), random.between(1, 12), random.between(1, 28));
        o.mailDomain = domainOf(o.denomination);
    } else {
        const PublicBodyProfile body = publicBody(random, o.place);
        o.denomination = body.name;
        o.name = body.name;
        o.legalFormLabel = body.legalCategory;
        o.activity = body.activity;
        o.ape = body.ape;
        o.siren = makeSiren(random, body.sirenPrefix);
        o.registrationDate = QDate(random.between(1973, 2005), 1, 1);
        o.mailDomain = domainOf(publicBodyDomainStem(body.name, o.place));
    }
    if (o.siret.isEmpty()) {
        o.siret = makeSiret(random, o.siren);
    }
    o.representativeTitle = o.kind == OrganisationKind::Company ? companyTitle(o.legalForm, representativeSex)
                                                                : publicTitle(o.name, representativeSex);
    return o;
}

} // namespace guichet::demo
