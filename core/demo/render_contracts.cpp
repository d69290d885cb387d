// The contractual documents the platform generates for each order and sends for signature: the
// terms of use (CGU, 20 pages: the longest document of a dossier), the subscription contract, the
// request authorisation letter and the power of attorney appointing a certification agent.

#include "pdf_composer.h"
#include "registry_numbers.h"
#include "render_documents.h"

#include <QCryptographicHash>
#include <QPainterPath>
#include <span>

using namespace Qt::StringLiterals;

namespace guichet::demo {
namespace {

const QColor contractBand(230, 230, 240);

constexpr const char16_t* articleTitles[] = {
    u"Objet",
    u"Définitions",
    u"Documents contractuels",
    u"Acceptation des conditions générales",
    u"Description du service",
    u"Rôle de l'autorité de certification",
    u"Rôle de l'autorité d'enregistrement",
    u"Constitution du dossier d'enregistrement",
    u"Vérification de l'identité en face à face",
    u"Remise du support cryptographique",
    u"Activation du certificat",
    u"Codes PIN et PUK",
    u"Obligations du porteur",
    u"Obligations du représentant légal",
    u"Mandataire de certification",
    u"Usages autorisés du certificat",
    u"Durée de validité",
    u"Renouvellement",
    u"Révocation",
    u"Perte ou vol du support",
    u"Publication des certificats et des listes de révocation",
    u"Protection des données à caractère personnel",
    u"Conservation des preuves",
    u"Responsabilité de l'autorité de certification",
    u"Limites de responsabilité",
    u"Force majeure",
    u"Tarifs et modalités de paiement",
    u"Droit de rétractation",
    u"Assistance",
    u"Réclamations",
    u"Confidentialité",
    u"Propriété intellectuelle",
    u"Modification des conditions générales",
    u"Durée et résiliation",
    u"Droit applicable",
    u"Juridiction compétente",
};

constexpr const char16_t* clauses[] = {
    u"Le présent article précise les engagements réciproques des parties pour toute la durée de vie du "
    u"certificat.",
    u"Le certificat est délivré conformément à la politique de certification publiée par l'autorité de "
    u"certification.",
    u"Le porteur s'engage à fournir des informations exactes et à signaler sans délai toute modification.",
    u"L'autorité d'enregistrement vérifie les pièces justificatives avant toute demande de génération du "
    u"certificat.",
    u"Le dossier d'enregistrement comprend les pièces d'identité, le justificatif d'existence de "
    u"l'organisation et les documents contractuels signés.",
    u"La remise du support cryptographique a lieu lors d'un face à face avec une personne habilitée.",
    u"Le code PIN est strictement personnel ; il ne doit être ni communiqué, ni conservé avec le support.",
    u"Après trois saisies erronées du code PIN, le support est bloqué et ne peut être débloqué qu'avec le "
    u"code PUK.",
    u"Le certificat ne peut être utilisé que pour les usages décrits dans la politique de certification.",
    u"Toute compromission, réelle ou suspectée, de la clé privée doit entraîner une demande de révocation "
    u"immédiate.",
    u"La révocation est définitive ; un nouveau certificat nécessite une nouvelle commande.",
    u"Des rappels de renouvellement sont adressés trois mois, quarante-cinq, trente et quinze jours avant "
    u"l'expiration.",
    u"Les données à caractère personnel sont traitées pour la seule gestion du cycle de vie du certificat.",
    u"Les pièces du dossier sont conservées pendant la durée exigée par la réglementation applicable aux "
    u"prestataires de services de confiance qualifiés.",
    u"Le porteur dispose d'un droit d'accès, de rectification et de limitation du traitement de ses données.",
    u"L'autorité de certification ne saurait être tenue responsable d'un usage du certificat non conforme "
    u"aux présentes.",
    u"Les tarifs applicables sont ceux en vigueur au jour de la commande ; ils s'entendent toutes taxes "
    u"comprises.",
    u"Aucune génération de certificat n'intervient avant la réception du règlement.",
    u"Le service d'assistance est joignable du lundi au vendredi, hors jours fériés.",
    u"Toute réclamation est adressée par écrit ; une réponse est apportée dans un délai de trente jours.",
    u"Les présentes conditions peuvent être modifiées ; la version applicable est celle acceptée lors de la "
    u"commande.",
    u"Les parties s'efforcent de résoudre à l'amiable tout différend né de l'exécution des présentes.",
    u"Le représentant légal atteste que le porteur est habilité à engager l'organisation dans la limite de "
    u"ses fonctions.",
    u"Le mandataire de certification agit au nom et pour le compte de l'organisation qui l'a désigné.",
    u"Les listes de certificats révoqués sont publiées et mises à jour selon la fréquence prévue par la "
    u"politique.",
    u"Le certificat qualifié permet de produire des signatures électroniques qualifiées au sens du règlement "
    u"eIDAS.",
    u"Le niveau RGS deux étoiles correspond aux exigences du référentiel général de sécurité pour la "
    u"signature.",
    u"En cas de perte ou de vol du support, le porteur demande sans délai la révocation de son certificat.",
    u"Les présentes sont régies par le droit français.",
    u"Les notifications relatives au dossier sont adressées au demandeur par courrier électronique.",
};

/// A paragraph of three or four clauses, chosen by the article and paragraph numbers.
QString paragraph(int article, int index)
{
    const std::span<const char16_t* const> all(clauses);
    QStringList sentences;
    const int count = 3 + (article + index) % 2;
    for (int i = 0; i < count; ++i) {
        sentences.append(
            QString::fromUtf16(all[std::size_t((article * 7 + index * 3 + i * 5) % int(all.size()))]));
    }
    return sentences.join(u' ');
}

void article(PdfComposer& pdf, int number)
{
    const std::span<const char16_t* const> titles(articleTitles);
    const QString title = QString::fromUtf16(titles[std::size_t((number - 1) % int(titles.size()))]);
    pdf.text(u"Article "_s + QString::number(number) + u" - " + title, PdfComposer::serif(11, true));
    pdf.skip(1.5);
    for (int i = 0; i < 3; ++i) {
        pdf.text(QString::number(number) + u'.' + QString::number(i + 1) + u". " + paragraph(number, i),
                 PdfComposer::serif(9.5), Qt::AlignJustify);
        pdf.skip(1.5);
    }
    pdf.skip(3);
}

void header(PdfComposer& pdf, const QString& title, const Order& order)
{
    pdf.text(demoAuthorityName(), PdfComposer::sans(10, true), Qt::AlignLeft, QColor(30, 50, 120));
    pdf.text(u"Prestataire de services de confiance qualifié (démonstration)"_s, PdfComposer::sans(8),
             Qt::AlignLeft, QColor(90, 90, 90));
    pdf.skip(6);
    pdf.text(title, PdfComposer::serif(16, true), Qt::AlignHCenter);
    pdf.text(u"Commande "_s + order.number + u" du " + longDate(order.date), PdfComposer::sans(9.5),
             Qt::AlignHCenter);
    pdf.skip(6);
}

void orderSummary(PdfComposer& pdf, const DemoCase& c)
{
    const Order& o = c.order;
    pdf.band(u"Récapitulatif de la commande"_s, contractBand);
    pdf.row(u"Produit"_s, o.product.label);
    pdf.row(u"Durée"_s,
            QString::number(o.product.durationYears) + (o.product.durationYears > 1 ? u" ans"_s : u" an"_s));
    pdf.row(u"Porteur"_s, signatureName(o.holder) + u" - " + o.holder.email);
    pdf.row(u"Organisation"_s, o.organisation.name);
    pdf.row(u"SIREN / SIRET"_s,
            spacedIdentifier(o.organisation.siren) + u" / " + spacedIdentifier(o.organisation.siret));
    pdf.row(u"Représentant légal"_s,
            signatureName(o.legalRepresentative) + u", " + c.organisation.representativeTitle);
    if (o.agent) {
        pdf.row(u"Mandataire de certification"_s, signatureName(*o.agent));
    }
    pdf.row(u"Portail d'enregistrement"_s, o.portal);
    pdf.row(u"Montant TTC"_s, euros(o.payment.amountCents));
    pdf.skip(4);
}

/// A signature box: electronic signature details, a handwritten signature on paper, or empty.
void signatureBox(PdfComposer& pdf, const DemoCase& c, DocumentKind kind, const Person& signer,
                  const QString& role)
{
    const Document* document = c.order.document(kind);
    const bool isSigned = document && document->status == DocumentStatus::Signed;
    const auto when = c.signedAt.find(kind);
    QPainter& p = pdf.painter();
    const QRectF box(pdf.area().left(), pdf.cursor(), pdf.area().width(), PdfComposer::mm(30));
    p.setPen(QPen(QColor(120, 120, 140), PdfComposer::mm(0.3)));
    p.setBrush(isSigned ? QColor(240, 246, 240) : QColor(250, 250, 250));
    p.drawRect(box);
    pdf.skip(2);
    pdf.text(role + u" : " + signatureName(signer), PdfComposer::sans(9.5, true), Qt::AlignLeft, Qt::black,
             3);
    pdf.skip(1);
    if (!isSigned || when == c.signedAt.end()) {
        pdf.text(u"Signature : en attente"_s, PdfComposer::sans(9), Qt::AlignLeft, QColor(150, 40, 40), 3);
    } else if (c.order.type == DossierType::Paper) {
        pdf.text(u"Lu et approuvé, bon pour accord. Fait le "_s + shortDate(when->second.date()) +
                     u". Signature manuscrite :",
                 PdfComposer::sans(9), Qt::AlignLeft, Qt::black, 3);
        p.setPen(QPen(QColor(20, 30, 110), PdfComposer::mm(0.5)));
        const QPointF start(box.left() + PdfComposer::mm(90), box.top() + PdfComposer::mm(22));
        QPainterPath scribble(start);
        scribble.cubicTo(start + QPointF(PdfComposer::mm(8), -PdfComposer::mm(9)),
                         start + QPointF(PdfComposer::mm(14), PdfComposer::mm(6)),
                         start + QPointF(PdfComposer::mm(26), -PdfComposer::mm(3)));
        scribble.cubicTo(start + QPointF(PdfComposer::mm(32), -PdfComposer::mm(8)),
                         start + QPointF(PdfComposer::mm(36), PdfComposer::mm(4)),
                         start + QPointF(PdfComposer::mm(48), -PdfComposer::mm(1)));
        p.setBrush(Qt::NoBrush);
        p.drawPath(scribble);
    } else {
        const QString transaction = QString::fromLatin1(
            QCryptographicHash::hash((c.order.number + toCode(kind) + signer.surname).toUtf8(),
                                     QCryptographicHash::Sha256)
                .toHex()
                .left(24));
        pdf.text(u"Signé électroniquement par "_s + signatureName(signer) + u" le " +
                     shortDate(when->second.date()) + u" à " + when->second.time().toString(u"HH:mm"_s) +
                     u" (UTC)",
                 PdfComposer::sans(9.5), Qt::AlignLeft, QColor(20, 90, 30), 3);
        pdf.text(u"Certificat de signature : "_s + demoAuthorityName() + u" - Identifiant de transaction : " +
                     transaction,
                 PdfComposer::sans(7.5), Qt::AlignLeft, QColor(90, 90, 90), 3);
    }
    pdf.setCursor(box.bottom() + PdfComposer::mm(5));
}

QString footerText(const QString& title, const Order& order, int page, int pages)
{
    return title + u" - Commande " + order.number + u" - Page " + QString::number(page) + u'/' +
           QString::number(pages);
}

QByteArray termsOfUse(const DemoCase& c)
{
    const Order& o = c.order;
    constexpr int pages = 20;
    const QString title = u"Conditions générales d'utilisation des certificats RGS** / eIDAS - v5.2"_s;
    PdfComposer pdf(title, o.date);
    header(pdf, u"Conditions générales d'utilisation"_s, o);
    orderSummary(pdf, c);
    pdf.text(u"Préambule"_s, PdfComposer::serif(11, true));
    pdf.skip(1.5);
    pdf.text(paragraph(0, 0) + u' ' + paragraph(0, 1), PdfComposer::serif(9.5), Qt::AlignJustify);
    // Pages 2 to 19 hold two articles each (1 to 36); page 20 the acceptance and the signature.
    int number = 1;
    for (int page = 2; page < pages; ++page) {
        pdf.footer(footerText(u"CGU"_s, o, page - 1, pages));
        pdf.newPage();
        article(pdf, number++);
        article(pdf, number++);
    }
    pdf.footer(footerText(u"CGU"_s, o, pages - 1, pages));
    pdf.newPage();
    pdf.text(u"Article "_s + QString::number(number) + u" - Acceptation", PdfComposer::serif(11, true));
    pdf.skip(1.5);
    pdf.text(
        u"En signant les présentes, le porteur reconnaît avoir pris connaissance des conditions générales "
        u"d'utilisation et de la politique de certification, et les accepter sans réserve."_s,
        PdfComposer::serif(9.5), Qt::AlignJustify);
    pdf.skip(8);
    signatureBox(pdf, c, DocumentKind::TermsOfUse, o.holder, u"Le porteur"_s);
    pdf.footer(footerText(u"CGU"_s, o, pages, pages));
    return pdf.finish();
}

QByteArray subscriptionContract(const DemoCase& c)
{
    const Order& o = c.order;
    PdfComposer pdf(u"Contrat d'abonnement "_s + o.number, o.date);
    header(pdf, u"Contrat d'abonnement au service de certification"_s, o);
    pdf.band(u"Entre les soussignés"_s, contractBand);
    pdf.text(demoAuthorityName() + u", prestataire de services de confiance, ci-après « l'AC »,",
             PdfComposer::serif(10));
    pdf.skip(2);
    pdf.text(u"et "_s + o.organisation.name + u", SIREN " + spacedIdentifier(o.organisation.siren) + u", " +
                 c.organisation.address() + u", représentée par " + signatureName(o.legalRepresentative) +
                 u", " + c.organisation.representativeTitle + u", ci-après « l'abonné ».",
             PdfComposer::serif(10), Qt::AlignJustify);
    pdf.skip(5);
    orderSummary(pdf, c);
    article(pdf, 1);
    pdf.footer(footerText(u"Contrat d'abonnement"_s, o, 1, 3));
    pdf.newPage();
    for (int n = 2; n <= 4; ++n) {
        article(pdf, n + 12);
    }
    pdf.footer(footerText(u"Contrat d'abonnement"_s, o, 2, 3));
    pdf.newPage();
    pdf.text(u"Fait en un exemplaire électronique, chaque partie en conservant une copie."_s,
             PdfComposer::serif(10));
    pdf.skip(8);
    signatureBox(pdf, c, DocumentKind::SubscriptionContract, o.legalRepresentative,
                 u"Pour l'abonné, le représentant légal"_s);
    signatureBox(pdf, c, DocumentKind::SubscriptionContract, o.holder, u"Le porteur"_s);
    pdf.footer(footerText(u"Contrat d'abonnement"_s, o, 3, 3));
    return pdf.finish();
}

QByteArray authorisationLetter(const DemoCase& c)
{
    const Order& o = c.order;
    PdfComposer pdf(u"Lettre d'autorisation "_s + o.number, o.date);
    pdf.text(o.organisation.name, PdfComposer::serif(11, true));
    pdf.text(c.organisation.address(), PdfComposer::serif(10));
    pdf.text(u"SIRET "_s + spacedIdentifier(o.organisation.siret), PdfComposer::serif(10));
    pdf.skip(10);
    pdf.text(demoAuthorityName() + u"\nAutorité d'enregistrement - " + o.portal, PdfComposer::serif(10),
             Qt::AlignRight);
    pdf.skip(10);
    pdf.text(c.organisation.place.city + u", le " + longDate(o.date), PdfComposer::serif(10), Qt::AlignRight);
    pdf.skip(8);
    pdf.text(u"Objet : lettre d'autorisation de demande de certificat - commande "_s + o.number,
             PdfComposer::serif(10.5, true));
    pdf.skip(6);
    const bool woman = c.representativeId.sex == u'F';
    pdf.text(u"Je soussigné"_s + (woman ? u"e "_s : u" "_s) + signatureName(o.legalRepresentative) + u", " +
                 c.organisation.representativeTitle + u" de " + o.organisation.name + u", autorise " +
                 signatureName(o.holder) + u", né" + (c.holderId.sex == u'F' ? u"e"_s : QString()) + u" le " +
                 shortDate(o.holder.birthDate) + u", à demander en notre nom un " +
                 o.product.label.toLower() + u" d'une durée de " + QString::number(o.product.durationYears) +
                 (o.product.durationYears > 1 ? u" ans"_s : u" an"_s) + u".",
             PdfComposer::serif(10.5), Qt::AlignJustify);
    pdf.skip(4);
    pdf.text(
        u"J'atteste que le porteur est habilité à représenter l'organisation dans le cadre des usages du "
        u"certificat, et m'engage à demander sa révocation s'il venait à quitter ses fonctions."_s,
        PdfComposer::serif(10.5), Qt::AlignJustify);
    pdf.skip(12);
    signatureBox(pdf, c, DocumentKind::AuthorisationLetter, o.legalRepresentative,
                 u"Le représentant légal"_s);
    pdf.footer(footerText(u"Lettre d'autorisation"_s, o, 1, 1));
    return pdf.finish();
}

QByteArray powerOfAttorney(const DemoCase& c)
{
    const Order& o = c.order;
    const Person agent = o.agent ? Person(*o.agent) : Person{};
    PdfComposer pdf(u"Procuration "_s + o.number, o.date);
    header(pdf, u"Procuration du représentant légal\nDésignation d'un mandataire de certification"_s, o);
    pdf.text(
        u"Le représentant légal de "_s + o.organisation.name + u" (SIREN " +
            spacedIdentifier(o.organisation.siren) + u"), " + signatureName(o.legalRepresentative) + u", " +
            c.organisation.representativeTitle + u", désigne " + signatureName(agent) +
            u" en qualité de mandataire de certification. Le mandataire reçoit, au nom de l'organisation, "
            u"les supports cryptographiques et les certificats des porteurs qu'elle lui désigne, et "
            u"procède pour eux au face à face avec l'autorité d'enregistrement déléguée.",
        PdfComposer::serif(10.5), Qt::AlignJustify);
    pdf.skip(6);
    orderSummary(pdf, c);
    article(pdf, 15);
    pdf.footer(footerText(u"Procuration"_s, o, 1, 2));
    pdf.newPage();
    article(pdf, 13);
    pdf.skip(6);
    signatureBox(pdf, c, DocumentKind::PowerOfAttorney, o.legalRepresentative, u"Le représentant légal"_s);
    signatureBox(pdf, c, DocumentKind::PowerOfAttorney, agent, u"Le mandataire, bon pour acceptation"_s);
    pdf.footer(footerText(u"Procuration"_s, o, 2, 2));
    return pdf.finish();
}

} // namespace

QByteArray renderContractual(const DemoCase& c, DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::TermsOfUse:
        return termsOfUse(c);
    case DocumentKind::SubscriptionContract:
        return subscriptionContract(c);
    case DocumentKind::AuthorisationLetter:
        return authorisationLetter(c);
    case DocumentKind::PowerOfAttorney:
        return powerOfAttorney(c);
    default:
        return {};
    }
}

} // namespace guichet::demo
