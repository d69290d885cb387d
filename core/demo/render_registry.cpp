// The organisation's proofs: the Kbis extract of a company (from its commercial court's registry)
// and the SIRENE notice of a public body (from INSEE).

#include "pdf_composer.h"
#include "random.h"
#include "registry_numbers.h"
#include "render_documents.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace guichet::demo {

QString longDate(const QDate& date)
{
    return QLocale(QLocale::French, QLocale::France).toString(date, u"d MMMM yyyy"_s);
}

QString shortDate(const QDate& date)
{
    return date.toString(u"dd/MM/yyyy"_s);
}

QString euros(qint64 cents)
{
    return QLocale(QLocale::French, QLocale::France).toString(double(cents) / 100.0, 'f', 2) + u" €"_s;
}

QString signatureName(const Person& person)
{
    return person.givenNames.section(u' ', 0, 0) + u' ' + person.surname.toUpper();
}

QString nationalityLabel(const QString& icaoCode)
{
    return icaoCode == u"FRA" ? u"Française"_s : u"Étrangère ("_s + icaoCode + u')';
}

QString demoAuthorityName()
{
    return u"AC Démonstration Guichet"_s;
}

namespace {

const QColor registryBand(222, 226, 236);
const QColor inseeBand(214, 230, 240);

QString capital(qint64 amount)
{
    return QLocale(QLocale::French, QLocale::France).toString(double(amount), 'f', 2) + u" Euros"_s;
}

/// Infogreffe's verification code: ten letters and digits, stable for the company and date.
QString verificationCode(const DemoCase& c)
{
    DemoRandom random(mix64(c.organisation.siren.toULongLong() ^ quint64(c.kbisDate.toJulianDay())));
    return random.characters(u"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789", 10);
}

} // namespace

QByteArray renderKbis(const DemoCase& c)
{
    const OrganisationProfile& o = c.organisation;
    const QString greffe = o.laPoste ? u"Paris"_s : o.place.greffe;
    const QString seat = o.laPoste ? u"9 rue du Colonel-Pierre-Avia, 75015 Paris"_s : o.address();
    PdfComposer pdf(u"Extrait Kbis - "_s + o.denomination, c.kbisDate);
    QPainter& p = pdf.painter();
    const QRectF area = pdf.area();

    // Registry header on the left, verification code on the right.
    p.setPen(Qt::black);
    p.setFont(PdfComposer::serif(11, true));
    p.drawText(QRectF(area.left(), area.top(), area.width() * 0.6, PdfComposer::mm(6)), Qt::AlignLeft,
               u"Greffe du Tribunal de Commerce de "_s + greffe);
    p.setFont(PdfComposer::sans(8));
    p.drawText(QRectF(area.left(), area.top() + PdfComposer::mm(6), area.width() * 0.6, PdfComposer::mm(10)),
               Qt::AlignLeft | Qt::TextWordWrap,
               u"Registre du commerce et des sociétés\nTél. : 08 91 01 11 11"_s);
    p.drawText(
        QRectF(area.left() + area.width() * 0.55, area.top(), area.width() * 0.45, PdfComposer::mm(16)),
        Qt::AlignRight | Qt::TextWordWrap,
        u"Code de vérification : "_s + verificationCode(c) + u"\nhttps://www.infogreffe.fr/controle"_s);
    pdf.skip(22);
    pdf.text(u"Extrait Kbis"_s, PdfComposer::serif(20, true), Qt::AlignHCenter);
    pdf.skip(2);
    pdf.text(u"EXTRAIT D'IMMATRICULATION PRINCIPALE AU REGISTRE DU COMMERCE ET DES SOCIÉTÉS"_s,
             PdfComposer::sans(9.5, true), Qt::AlignHCenter);
    pdf.text(u"à jour au "_s + longDate(c.kbisDate), PdfComposer::sans(9.5), Qt::AlignHCenter);
    pdf.skip(6);

    pdf.band(u"IDENTIFICATION DE LA PERSONNE MORALE"_s, registryBand);
    pdf.row(u"Immatriculation au RCS, numéro"_s, spacedIdentifier(o.siren) + u" R.C.S. " + greffe);
    pdf.row(u"Date d'immatriculation"_s, shortDate(o.registrationDate));
    pdf.row(u"Dénomination ou raison sociale"_s, o.denomination.toUpper());
    pdf.row(u"Forme juridique"_s, o.legalFormLabel);
    pdf.row(u"Capital social"_s, capital(o.capitalEuros));
    pdf.row(u"Adresse du siège"_s, seat);
    pdf.row(u"Activités principales"_s, o.activity);
    pdf.row(u"Durée de la personne morale"_s, u"Jusqu'au "_s + shortDate(o.registrationDate.addYears(99)));
    pdf.row(u"Date de clôture de l'exercice social"_s, u"31 décembre"_s);
    pdf.skip(4);

    pdf.band(u"GESTION, DIRECTION, ADMINISTRATION, CONTRÔLE, ASSOCIÉS OU MEMBRES"_s, registryBand);
    const IdentityDocument& r = c.representativeId;
    pdf.row(o.representativeTitle, QString());
    pdf.row(u"Nom, prénoms"_s, r.surname.toUpper() + u' ' + r.givenNames);
    pdf.row(u"Date et lieu de naissance"_s, u"Le "_s + shortDate(r.birthDate) + u" à " + r.birthPlace);
    pdf.row(u"Nationalité"_s, nationalityLabel(r.nationality));
    pdf.row(u"Domicile personnel"_s, r.address);
    pdf.skip(4);

    pdf.band(u"RENSEIGNEMENTS RELATIFS À L'ACTIVITÉ ET À L'ÉTABLISSEMENT PRINCIPAL"_s, registryBand);
    pdf.row(u"Adresse de l'établissement"_s, o.address());
    pdf.row(u"Activité(s) exercée(s)"_s, o.activity);
    pdf.row(u"Date de commencement d'activité"_s, shortDate(o.registrationDate));
    pdf.row(u"Origine du fonds ou de l'activité"_s, u"Création"_s);
    pdf.row(u"Mode d'exploitation"_s, u"Exploitation directe"_s);
    pdf.skip(10);

    pdf.text(u"Le Greffier"_s, PdfComposer::serif(10, false, true), Qt::AlignRight);
    pdf.skip(8);
    pdf.text(u"FIN DE L'EXTRAIT"_s, PdfComposer::sans(9, true), Qt::AlignHCenter);
    pdf.footer(u"R.C.S. "_s + greffe + u" - " + shortDate(c.kbisDate) +
               u" - Page 1/1 - Document de démonstration");
    return pdf.finish();
}

QByteArray renderSireneNotice(const DemoCase& c)
{
    const OrganisationProfile& o = c.organisation;
    PdfComposer pdf(u"Avis de situation au répertoire Sirene"_s, c.sireneDate);
    QPainter& p = pdf.painter();
    const QRectF area = pdf.area();
    p.setPen(QColor(0, 64, 128));
    p.setFont(PdfComposer::sans(26, true));
    p.drawText(QRectF(area.left(), area.top(), area.width() * 0.3, PdfComposer::mm(14)), Qt::AlignLeft,
               u"Insee"_s);
    p.setFont(PdfComposer::sans(8));
    p.setPen(QColor(60, 60, 60));
    p.drawText(
        QRectF(area.left() + area.width() * 0.3, area.top() + PdfComposer::mm(2), area.width() * 0.7,
               PdfComposer::mm(12)),
        Qt::AlignRight | Qt::TextWordWrap,
        u"Institut national de la statistique et des études économiques\nRépertoire des entreprises et des établissements (Sirene)"_s);
    pdf.skip(22);
    pdf.text(u"Avis de situation au répertoire Sirene"_s, PdfComposer::sans(17, true), Qt::AlignHCenter,
             QColor(0, 64, 128));
    pdf.skip(5);
    pdf.text(u"À la date du "_s + shortDate(c.sireneDate) +
                 u", l'établissement décrit ci-dessous est inscrit au répertoire Sirene :",
             PdfComposer::sans(10));
    pdf.skip(5);

    pdf.band(u"Description de l'établissement"_s, inseeBand);
    pdf.row(u"Identifiant SIRET"_s, spacedIdentifier(o.siret));
    pdf.row(u"Dénomination"_s, o.denomination.toUpper());
    pdf.row(u"Adresse"_s, o.address().toUpper());
    pdf.row(u"Activité principale exercée (APE)"_s, o.ape + u" - " + o.activity);
    pdf.row(u"État administratif"_s, u"Actif depuis le "_s + shortDate(o.registrationDate));
    pdf.row(u"Établissement siège"_s, u"Oui"_s);
    pdf.skip(4);
    pdf.band(u"Description de l'entreprise"_s, inseeBand);
    pdf.row(u"Identifiant SIREN"_s, spacedIdentifier(o.siren));
    pdf.row(u"Dénomination"_s, o.denomination.toUpper());
    pdf.row(u"Catégorie juridique"_s, o.legalFormLabel);
    pdf.row(u"Activité principale (APE)"_s, o.ape + u" - " + o.activity);
    pdf.row(u"Date de création"_s, shortDate(o.registrationDate));
    pdf.row(u"Tranche d'effectif salarié"_s,
            u"100 à 199 salariés (année "_s + QString::number(c.sireneDate.year() - 2) + u')');
    pdf.skip(10);
    pdf.text(u"Important : la situation décrite est celle du répertoire à la date indiquée. Cet avis ne "
             u"constitue pas une pièce d'identité de l'entreprise ; il ne dispense pas des formalités "
             u"d'immatriculation au registre du commerce lorsqu'elles sont requises. Les informations "
             u"peuvent être vérifiées sur avis-situation-sirene.insee.fr."_s,
             PdfComposer::sans(8), Qt::AlignJustify, QColor(60, 60, 60));
    pdf.footer(u"Insee - Avis de situation Sirene - "_s + shortDate(c.sireneDate) +
               u" - Document de démonstration");
    return pdf.finish();
}

} // namespace guichet::demo
