// The proof of payment a requester uploads: a card receipt, a bank's transfer notice, or a public
// body's purchase order paid by administrative mandate. A payment not received yet shows as pending.

#include "pdf_composer.h"
#include "registry_numbers.h"
#include "render_documents.h"

using namespace Qt::StringLiterals;

namespace guichet::demo {
namespace {

const QColor paymentBand(226, 236, 226);

void orderRows(PdfComposer& pdf, const DemoCase& c)
{
    const Order& o = c.order;
    pdf.row(u"Commande"_s, o.number + u" du " + shortDate(o.date));
    pdf.row(u"Produit"_s, o.product.label + u" - " + QString::number(o.product.durationYears) +
                              (o.product.durationYears > 1 ? u" ans"_s : u" an"_s));
    pdf.row(u"Porteur"_s, signatureName(o.holder));
    pdf.row(u"Montant TTC"_s, euros(o.payment.amountCents));
}

} // namespace

QByteArray renderPaymentProof(const DemoCase& c)
{
    const Order& o = c.order;
    const Payment& payment = o.payment;
    PdfComposer pdf(u"Preuve de paiement "_s + o.number, c.paymentDate);
    if (payment.method == u"card") {
        pdf.text(demoAuthorityName() + u" - Boutique en ligne", PdfComposer::sans(10, true));
        pdf.skip(8);
        pdf.text(u"Reçu de paiement par carte bancaire"_s, PdfComposer::sans(16, true), Qt::AlignHCenter);
        pdf.skip(8);
        pdf.band(u"Transaction"_s, paymentBand);
        pdf.row(u"Date et heure"_s,
                shortDate(c.paymentDate) + u" à 10:" + c.cardEnding.right(2).rightJustified(2, u'0'));
        pdf.row(u"Carte"_s, u"XXXX XXXX XXXX "_s + c.cardEnding);
        pdf.row(u"Numéro d'autorisation"_s, payment.reference.right(6));
        pdf.row(u"Référence de la transaction"_s, payment.reference);
        pdf.row(u"Résultat"_s, payment.received ? u"Transaction acceptée"_s : u"Autorisation en attente"_s);
        pdf.skip(4);
        pdf.band(u"Commande"_s, paymentBand);
        orderRows(pdf, c);
    } else if (payment.method == u"administrative-mandate") {
        pdf.text(o.organisation.name, PdfComposer::sans(11, true));
        pdf.text(c.organisation.address(), PdfComposer::sans(9));
        pdf.text(u"SIRET "_s + spacedIdentifier(c.organisation.siret), PdfComposer::sans(9));
        pdf.skip(10);
        pdf.text(u"Bon de commande - Paiement par mandat administratif"_s, PdfComposer::sans(15, true),
                 Qt::AlignHCenter);
        pdf.skip(8);
        pdf.band(u"Engagement"_s, paymentBand);
        pdf.row(u"Engagement juridique n°"_s, payment.reference);
        pdf.row(u"Date d'émission"_s, shortDate(c.paymentDate));
        pdf.row(u"Fournisseur"_s, demoAuthorityName());
        pdf.row(u"Modalités"_s, u"Paiement par mandat administratif à 30 jours à réception de la facture"_s);
        pdf.row(u"État"_s, payment.received ? u"Mandat émis et payé par le comptable public"_s
                                            : u"En attente de mise en paiement par le comptable public"_s);
        pdf.skip(4);
        pdf.band(u"Objet"_s, paymentBand);
        orderRows(pdf, c);
        pdf.skip(12);
        pdf.text(u"L'ordonnateur,\n"_s + c.organisation.representativeTitle + u' ' +
                     signatureName(o.legalRepresentative),
                 PdfComposer::sans(10), Qt::AlignRight);
    } else {
        pdf.text(u"Banque de démonstration - Agence "_s + c.organisation.place.city,
                 PdfComposer::sans(10, true));
        pdf.skip(8);
        pdf.text(u"Avis d'opération - Virement SEPA"_s, PdfComposer::sans(16, true), Qt::AlignHCenter);
        pdf.skip(8);
        pdf.band(u"Opération"_s, paymentBand);
        pdf.row(u"Donneur d'ordre"_s, o.organisation.name);
        pdf.row(u"Bénéficiaire"_s, demoAuthorityName());
        pdf.row(u"IBAN du bénéficiaire"_s, u"FR76 3000 4000 0312 3456 7890 143"_s);
        pdf.row(u"Référence"_s, payment.reference);
        pdf.row(u"Libellé"_s, u"Commande "_s + o.number);
        pdf.row(u"Date"_s, shortDate(c.paymentDate));
        pdf.row(u"Statut"_s, payment.received ? u"Virement exécuté"_s
                                              : u"Ordre de virement enregistré, en attente d'exécution"_s);
        pdf.skip(4);
        pdf.band(u"Commande réglée"_s, paymentBand);
        orderRows(pdf, c);
    }
    pdf.footer(u"Document de démonstration - "_s + o.number);
    return pdf.finish();
}

} // namespace guichet::demo
