// buildDocuments: the order's list of documents with statuses and facts, its phase, the identity the
// operator recorded and the operator's confirmations, all consistent with the case's scenario.

#include "demo_case.h"
#include "french_data.h"
#include "rules/checklist.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace guichet::demo {
namespace {

Phase phaseOf(Scenario scenario)
{
    switch (scenario) {
    case Scenario::AwaitingSignature:
        return Phase::AwaitingSignature;
    case Scenario::ReadyToValidate:
    case Scenario::PaymentPending:
        return Phase::Validation;
    case Scenario::Validated:
        return Phase::Generation;
    case Scenario::Delivered:
        return Phase::Delivered;
    default:
        return Phase::Verification;
    }
}

QDateTime at(DemoRandom& random, const QDate& day)
{
    return QDateTime(day, QTime(random.between(8, 18), random.between(0, 59), random.between(0, 59)),
                     Qt::UTC);
}

QString contractFileName(DocumentKind kind, const Order& order, DocumentStatus status)
{
    QString stem;
    switch (kind) {
    case DocumentKind::TermsOfUse:
        stem = u"CGU_"_s;
        break;
    case DocumentKind::SubscriptionContract:
        stem = u"Contrat_abonnement_"_s;
        break;
    case DocumentKind::AuthorisationLetter:
        stem = u"Lettre_autorisation_"_s;
        break;
    default:
        stem = u"Procuration_mandataire_"_s;
        break;
    }
    if (order.type == DossierType::Paper) {
        return stem + order.number + u"_scan.pdf";
    }
    return stem + order.number + (status == DocumentStatus::Signed ? u"_signe.pdf"_s : u".pdf"_s);
}

QString identityFileName(DemoRandom& random, const IdentityDocument& id, const QDate& day, bool png)
{
    QString stem;
    switch (random.between(0, 3)) {
    case 0:
        stem = id.model == IdModel::Passport          ? u"passeport"_s
               : id.model == IdModel::ResidencePermit ? u"titre_sejour_recto_verso"_s
                                                      : u"CNI_recto_verso"_s;
        break;
    case 1:
        stem = u"scan_piece_identite"_s;
        break;
    case 2:
        stem = u"IMG_"_s + day.toString(u"yyyyMMdd"_s) + u'_' + random.digits(6);
        break;
    default:
        stem =
            (id.model == IdModel::Passport ? u"passeport_"_s : u"piece_identite_"_s) + mailPart(id.surname);
        break;
    }
    return stem + (png ? u".png"_s : u".jpg"_s);
}

QString registryFileName(DemoRandom& random, const DemoCase& c, bool kbis)
{
    if (!kbis) {
        return random.chance(50) ? u"avis-situation-sirene-"_s + c.organisation.siret + u".pdf"
                                 : u"Avis_SIRENE.pdf"_s;
    }
    switch (random.between(0, 3)) {
    case 0:
        return u"Kbis.pdf"_s;
    case 1:
        return u"kbis_"_s + mailPart(c.organisation.denomination) + u".pdf";
    case 2:
        return u"Extrait_Kbis_"_s + c.kbisDate.toString(u"yyyy-MM"_s) + u".pdf";
    default:
        return u"KBIS "_s + c.organisation.denomination.toUpper() + u".pdf";
    }
}

QString paymentFileName(const Payment& payment)
{
    if (payment.method == u"card") {
        return u"recu_paiement_CB.pdf"_s;
    }
    if (payment.method == u"administrative-mandate") {
        return u"bon_de_commande_mandat_administratif.pdf"_s;
    }
    return u"avis_virement_"_s + payment.reference + u".pdf";
}

/// Which supporting document a MissingDocument case lacks.
DocumentKind missingKind(DemoRandom& random, const DemoCase& c)
{
    QList<DocumentKind> candidates{DocumentKind::HolderId, DocumentKind::LegalRepresentativeId,
                                   c.organisation.kind == OrganisationKind::Company
                                       ? DocumentKind::KbisExtract
                                       : DocumentKind::SireneNotice};
    if (c.agentId) {
        candidates.append(DocumentKind::AgentId);
    }
    return candidates.at(random.between(0, int(candidates.size()) - 1));
}

void addContractual(DemoCase& c, DemoRandom& random, const QDate& today)
{
    Order& order = c.order;
    QList<DocumentKind> kinds{DocumentKind::TermsOfUse, DocumentKind::SubscriptionContract,
                              DocumentKind::AuthorisationLetter};
    if (order.agent) {
        kinds.append(DocumentKind::PowerOfAttorney);
    }
    const bool paper = order.type == DossierType::Paper;
    const bool sent = order.phase != Phase::Verification && order.phase != Phase::DataEntry;
    if (sent && !paper) {
        c.sentForSignature = at(random, std::min(today, order.date.addDays(random.between(1, 3))));
    }
    // Awaiting signature: some signed already, at least one not.
    const int stillUnsigned = random.between(0, int(kinds.size()) - 1);
    for (int i = 0; i < kinds.size(); ++i) {
        Document document;
        document.kind = kinds.at(i);
        bool isSigned = paper || (sent && order.phase != Phase::AwaitingSignature);
        if (order.phase == Phase::AwaitingSignature) {
            isSigned = i != stillUnsigned && random.chance(50);
        }
        document.status = isSigned ? DocumentStatus::Signed : DocumentStatus::Unsigned;
        if (isSigned) {
            // Paper: signed in original before the order reached the RA.
            const QDateTime signedAt =
                paper ? at(random, order.date)
                      : QDateTime(std::min(today, c.sentForSignature.date().addDays(random.between(0, 2))),
                                  c.sentForSignature.time(), Qt::UTC)
                            .addSecs(60 * random.between(5, 240));
            c.signedAt[document.kind] = signedAt;
        }
        if (c.hasContent(document)) {
            document.fileName = contractFileName(document.kind, order, document.status);
            document.mediaType = u"application/pdf"_s;
        }
        order.documents.append(document);
    }
}

void addSupporting(DemoCase& c, DemoRandom& random)
{
    Order& order = c.order;
    const bool lacksOne = c.plan.scenario == Scenario::MissingDocument;
    const DocumentKind missing = lacksOne ? missingKind(random, c) : DocumentKind::PaymentProof;
    const bool company = c.organisation.kind == OrganisationKind::Company;

    QList<DocumentKind> kinds{company ? DocumentKind::KbisExtract : DocumentKind::SireneNotice,
                              DocumentKind::HolderId, DocumentKind::LegalRepresentativeId};
    if (c.agentId) {
        kinds.append(DocumentKind::AgentId);
    }
    kinds.append(DocumentKind::PaymentProof);
    for (const DocumentKind kind : kinds) {
        Document document;
        document.kind = kind;
        if (lacksOne && kind == missing) {
            document.status = DocumentStatus::NotImported;
            order.documents.append(document);
            continue;
        }
        document.status = DocumentStatus::Imported;
        document.mediaType = u"application/pdf"_s;
        if (const IdentityDocument* id = c.identity(kind)) {
            const bool png = random.chance(25);
            document.mediaType = png ? u"image/png"_s : u"image/jpeg"_s;
            document.fileName = identityFileName(random, *id, order.date, png);
            document.facts = id->facts();
        } else if (kind == DocumentKind::KbisExtract || kind == DocumentKind::SireneNotice) {
            document.fileName = registryFileName(random, c, kind == DocumentKind::KbisExtract);
            document.facts.issueDate = kind == DocumentKind::KbisExtract ? c.kbisDate : c.sireneDate;
            document.facts.siren = c.organisation.siren;
            document.facts.organisationName = c.organisation.name;
        } else { // PaymentProof
            document.fileName = paymentFileName(order.payment);
            document.facts.issueDate = c.paymentDate;
        }
        order.documents.append(document);
    }
}

/// What the operator did so far: record the holder's ID and confirm pieces (and, once validated,
/// payment and completeness).
void addOperatorWork(DemoCase& c, DemoRandom& random, const QDate& today)
{
    Order& order = c.order;
    if (order.phase == Phase::Verification || order.phase == Phase::DataEntry) {
        return;
    }
    order.recordedIdentity = {c.holderId.kind(), c.holderId.number};
    const QString operatorId = u"aea-"_s + QString::number(random.between(1, 6)).rightJustified(2, u'0');
    // Pieces were confirmed before the contractual documents went out (paper: on the order's day).
    const QDateTime piecesAt = c.sentForSignature.isValid()
                                   ? c.sentForSignature.addSecs(-60 * random.between(2, 50))
                                   : at(random, order.date);
    QDateTime last = piecesAt;
    for (const auto& [kind, signedAt] : c.signedAt) {
        last = std::max(last, signedAt);
    }
    const QDateTime validatedAt =
        QDateTime(std::min(today, last.date().addDays(random.between(0, 2))), last.time(), Qt::UTC)
            .addSecs(600);
    const bool validated = order.isValidated();
    for (const QString& id : rules::operatorItemIds(order)) {
        const bool finalItem = id == u"confirm.payment" || id == u"confirm.dossier-complete";
        if (finalItem && !validated) {
            continue;
        }
        order.confirmations.append({id, operatorId, finalItem ? validatedAt : piecesAt});
    }
}

} // namespace

void buildDocuments(DemoCase& c, DemoRandom& random, const QDate& today)
{
    c.order.phase = phaseOf(c.plan.scenario);
    addContractual(c, random, today);
    addSupporting(c, random);
    addOperatorWork(c, random, today);
}

} // namespace guichet::demo
