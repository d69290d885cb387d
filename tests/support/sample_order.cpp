#include "sample_order.h"

#include "model/digest.h"
#include "rules/checklist.h"
#include "rules/mrz.h"

namespace guichet::testing {
namespace {

QString digit(QStringView field)
{
    return QString::number(rules::mrzCheckDigit(field));
}

QString yymmdd(const QDate& date)
{
    return date.toString(QStringLiteral("yyMMdd"));
}

QString mrzName(const QString& name)
{
    return rules::foldName(name).replace(u' ', u'<');
}

QString fill(const QString& text, int width)
{
    return text.leftJustified(width, u'<', true);
}

Document document(DocumentKind kind, DocumentStatus status)
{
    Document document;
    document.kind = kind;
    document.status = status;
    return document;
}

} // namespace

QStringList td1Mrz(const QString& documentNumber, const QString& surname, const QString& givenNames,
                   const QDate& birth, QChar sex, const QDate& expiry)
{
    const QString number = fill(documentNumber, 9);
    const QString line1 = QStringLiteral("IDFRA") + number + digit(number) + fill({}, 15);
    const QString birthField = yymmdd(birth) + digit(yymmdd(birth));
    const QString expiryField = yymmdd(expiry) + digit(yymmdd(expiry));
    const QString line2Head = birthField + sex + expiryField + QStringLiteral("FRA") + fill({}, 11);
    const QString composite =
        line1.mid(5, 25) + line2Head.mid(0, 7) + line2Head.mid(8, 7) + line2Head.mid(18, 11);
    const QString line2 = line2Head + digit(composite);
    const QString line3 = fill(mrzName(surname) + QStringLiteral("<<") + mrzName(givenNames), 30);
    return {line1, line2, line3};
}

QStringList td3Mrz(const QString& documentNumber, const QString& surname, const QString& givenNames,
                   const QDate& birth, QChar sex, const QDate& expiry)
{
    const QString line1 =
        fill(QStringLiteral("P<FRA") + mrzName(surname) + QStringLiteral("<<") + mrzName(givenNames), 44);
    const QString number = fill(documentNumber, 9);
    const QString optional = fill({}, 14);
    const QString head = number + digit(number) + QStringLiteral("FRA") + yymmdd(birth) +
                         digit(yymmdd(birth)) + sex + yymmdd(expiry) + digit(yymmdd(expiry)) + optional +
                         QStringLiteral("0");
    const QString composite = head.mid(0, 10) + head.mid(13, 7) + head.mid(21, 22);
    return {line1, head + digit(composite)};
}

QStringList frenchIdCardMrz(const QString& documentNumber, const QString& surname, const QString& givenNames,
                            const QDate& birth, QChar sex)
{
    const QString line1 = QStringLiteral("IDFRA") + fill(mrzName(surname), 25) + QStringLiteral("069031");
    const QString head = documentNumber + digit(documentNumber) + fill(mrzName(givenNames), 14) +
                         yymmdd(birth) + digit(yymmdd(birth)) + sex;
    return {line1, head + digit(QString(line1 + head))};
}

Order sampleOrder(const QDate& today, bool confirmed)
{
    Order order;
    order.number = QStringLiteral("CMD-2026-0000042");
    order.date = today.addDays(-12);
    order.phase = Phase::Validation;
    order.type = DossierType::Dematerialised;
    order.portal = QStringLiteral("BPOI-Rhône");
    order.process = QStringLiteral("Génération Certificat");
    order.product = {QStringLiteral("RGS2-SIGN-TOKEN"),
                     QStringLiteral("Certificat de signature RGS** / eIDAS qualifié sur token"), 3};
    order.requester = {QStringLiteral("Paul Martin"), QStringLiteral("paul.martin@acme-signature.fr")};
    order.holder.givenNames = QStringLiteral("Hélène");
    order.holder.surname = QStringLiteral("Lefèvre-Dupont");
    order.holder.birthDate = QDate(1985, 3, 12);
    order.holder.email = QStringLiteral("helene.lefevre@acme-signature.fr");
    order.holder.otpContact = QStringLiteral("06 12 34 56 78");
    order.organisation = {OrganisationKind::Company, QStringLiteral("ACME Signature SAS"),
                          QStringLiteral("732829320"), QStringLiteral("73282932000074")};
    order.legalRepresentative.givenNames = QStringLiteral("Jean-Étienne");
    order.legalRepresentative.surname = QStringLiteral("N'Diaye");
    order.legalRepresentative.birthDate = QDate(1970, 11, 2);
    order.legalRepresentative.email = QStringLiteral("je.ndiaye@acme-signature.fr");
    order.payment = {true, QStringLiteral("card"), QStringLiteral("PAY-778812"), 18900};
    order.recordedIdentity = {IdDocumentKind::NationalIdCard, QStringLiteral("X4RTBPFW4")};

    for (auto kind :
         {DocumentKind::TermsOfUse, DocumentKind::SubscriptionContract, DocumentKind::AuthorisationLetter}) {
        order.documents.append(document(kind, DocumentStatus::Signed));
    }
    Document kbis = document(DocumentKind::KbisExtract, DocumentStatus::Imported);
    kbis.facts.issueDate = today.addDays(-20);
    kbis.facts.siren = order.organisation.siren;
    kbis.facts.organisationName = order.organisation.name;
    order.documents.append(kbis);

    Document holderId = document(DocumentKind::HolderId, DocumentStatus::Imported);
    holderId.facts.identity = {IdDocumentKind::NationalIdCard, QStringLiteral("X4RTBPFW4")};
    holderId.facts.issueDate = QDate(2022, 6, 1);
    holderId.facts.expiryDate = QDate(2032, 5, 31);
    holderId.facts.mrz = td1Mrz(QStringLiteral("X4RTBPFW4"), order.holder.surname, order.holder.givenNames,
                                order.holder.birthDate, u'F', holderId.facts.expiryDate);
    order.documents.append(holderId);

    Document legalId = document(DocumentKind::LegalRepresentativeId, DocumentStatus::Imported);
    legalId.facts.identity = {IdDocumentKind::Passport, QStringLiteral("18AA12345")};
    legalId.facts.issueDate = QDate(2018, 4, 10);
    legalId.facts.expiryDate = QDate(2028, 4, 9);
    legalId.facts.mrz = td3Mrz(QStringLiteral("18AA12345"), order.legalRepresentative.surname,
                               order.legalRepresentative.givenNames, order.legalRepresentative.birthDate,
                               u'M', legalId.facts.expiryDate);
    order.documents.append(legalId);

    Document payment = document(DocumentKind::PaymentProof, DocumentStatus::Imported);
    payment.facts.issueDate = today.addDays(-12);
    order.documents.append(payment);

    if (confirmed) {
        const QDateTime at = QDateTime(today.addDays(-1), QTime(10, 0), Qt::UTC);
        for (const auto& id : rules::operatorItemIds(order)) {
            order.confirmations.append({id, QStringLiteral("operator.a"), at});
        }
    }
    return order;
}

Order sampleOrderWithAgent(const QDate& today, bool confirmed)
{
    Order order = sampleOrder(today, false);
    CertificationAgent agent;
    agent.givenNames = QStringLiteral("Bérénice");
    agent.surname = QStringLiteral("Le Bihan");
    agent.birthDate = QDate(1979, 7, 23);
    agent.email = QStringLiteral("b.lebihan@acme-signature.fr");
    order.agent = agent;
    order.documents.insert(3, document(DocumentKind::PowerOfAttorney, DocumentStatus::Signed));
    Document agentId = document(DocumentKind::AgentId, DocumentStatus::Imported);
    // An old-model card issued in December 2013 to an adult: the printed expiry (2023-12-09) is past,
    // but the 15-year rule keeps it valid until 2028-12-09.
    agentId.facts.identity = {IdDocumentKind::NationalIdCard, QStringLiteral("131206912345")};
    agentId.facts.issueDate = QDate(2013, 12, 10);
    agentId.facts.expiryDate = QDate(2023, 12, 9);
    agentId.facts.mrz = frenchIdCardMrz(agentId.facts.identity.number, agent.surname, agent.givenNames,
                                        agent.birthDate, u'F');
    order.documents.append(agentId);
    if (confirmed) {
        const QDateTime at = QDateTime(today.addDays(-1), QTime(10, 0), Qt::UTC);
        for (const auto& id : rules::operatorItemIds(order)) {
            order.confirmations.append({id, QStringLiteral("operator.a"), at});
        }
    }
    return order;
}

Dossier sampleDossier(const QDate& today, bool confirmed)
{
    Dossier dossier;
    dossier.order = sampleOrder(today, confirmed);
    for (auto& document : dossier.order.documents) {
        const bool image = isIdentityDocument(document.kind);
        const QByteArray bytes = (image ? QByteArray("\x89PNG\r\n\x1a\n", 8) : QByteArray("%PDF-1.4\n")) +
                                 "sample " + toCode(document.kind).toUtf8() + '\n';
        document.fileName = toCode(document.kind) + (image ? u".png" : u".pdf");
        document.mediaType = image ? QStringLiteral("image/png") : QStringLiteral("application/pdf");
        document.size = bytes.size();
        document.sha256 = sha256Hex(bytes);
        dossier.contents[document.kind] = bytes;
    }
    return dossier;
}

} // namespace guichet::testing
