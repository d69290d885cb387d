#include "store_fixture.h"

#include <catch2/catch.hpp>

namespace guichet::store::test {

TempStore::TempStore()
{
    REQUIRE(dir.isValid());
    auto opened = Database::open(path());
    if (!opened) {
        FAIL(opened.error().toString().toStdString());
    }
    db = std::move(opened).value();
    blobs = std::make_unique<BlobStore>(*db);
    orders = std::make_unique<OrderStore>(*db, *blobs);
}

Dossier fullDossier(const QString& number)
{
    Dossier dossier;
    Order& order = dossier.order;
    order.number = number;
    order.date = QDate(2024, 3, 14);
    order.phase = Phase::AwaitingSignature;
    order.type = DossierType::Paper;
    order.portal = QStringLiteral("BPOI-Rhône");
    order.process = QStringLiteral("Génération Certificat");
    order.product = Product{QStringLiteral("RGS2-SIGN-TOKEN"),
                            QStringLiteral("Certificat de signature RGS** / eIDAS qualifié sur token"), 3};
    order.requester = Requester{QStringLiteral("Service achats"), QStringLiteral("achats@example.fr")};
    order.holder.givenNames = QStringLiteral("Hélène Marie");
    order.holder.surname = QStringLiteral("Lefèvre");
    order.holder.birthDate = QDate(1980, 2, 29);
    order.holder.email = QStringLiteral("helene.lefevre@example.fr");
    order.holder.otpContact = QStringLiteral("+33612345678");
    order.organisation = Organisation{OrganisationKind::PublicBody, QStringLiteral("Mairie de Saint-Étienne"),
                                      QStringLiteral("732829320"), QStringLiteral("73282932000074")};
    order.legalRepresentative.givenNames = QStringLiteral("Gaël");
    order.legalRepresentative.surname = QStringLiteral("Perdriau");
    order.legalRepresentative.birthDate = QDate(1972, 11, 5);
    order.legalRepresentative.email = QStringLiteral("maire@example.fr");
    CertificationAgent agent;
    agent.givenNames = QStringLiteral("Zoé");
    agent.surname = QStringLiteral("N'Diaye");
    agent.birthDate = QDate(1990, 7, 1);
    agent.email = QStringLiteral("zoe.ndiaye@example.fr");
    order.agent = agent;
    order.payment =
        Payment{true, QStringLiteral("administrative-mandate"), QStringLiteral("MA-2024-117"), 21600};
    order.recordedIdentity = IdentityRecord{IdDocumentKind::NationalIdCard, QStringLiteral("X4RTBPFW4")};

    Document terms;
    terms.kind = DocumentKind::TermsOfUse;
    terms.status = DocumentStatus::Signed;
    terms.fileName = QStringLiteral("cgu-signées.pdf");
    terms.mediaType = QStringLiteral("application/pdf");

    Document holderId;
    holderId.kind = DocumentKind::HolderId;
    holderId.status = DocumentStatus::Imported;
    holderId.fileName = QStringLiteral("cni.png");
    holderId.mediaType = QStringLiteral("image/png");
    holderId.facts.issueDate = QDate(2021, 8, 2);
    holderId.facts.expiryDate = QDate(2031, 8, 1);
    holderId.facts.identity = IdentityRecord{IdDocumentKind::NationalIdCard, QStringLiteral("X4RTBPFW4")};
    holderId.facts.mrz = QStringList{QStringLiteral("IDFRAX4RTBPFW46<<<<<<<<<<<<<<<"),
                                     QStringLiteral("8002297F3108011FRA<<<<<<<<<<<6"),
                                     QStringLiteral("LEFEVRE<<HELENE<MARIE<<<<<<<<<")};

    Document notice;
    notice.kind = DocumentKind::SireneNotice;
    notice.status = DocumentStatus::Imported;
    notice.fileName = QStringLiteral("avis-sirene.pdf");
    notice.mediaType = QStringLiteral("application/pdf");
    notice.facts.issueDate = QDate(2024, 2, 1);
    notice.facts.siren = QStringLiteral("732829320");
    notice.facts.organisationName = QStringLiteral("COMMUNE DE SAINT-ETIENNE");

    Document payment; // listed, nothing imported yet
    payment.kind = DocumentKind::PaymentProof;
    payment.status = DocumentStatus::NotImported;

    order.documents = {terms, holderId, notice, payment};
    order.confirmations = {
        Confirmation{QStringLiteral("confirm.holder-id"), QStringLiteral("op-durand"),
                     QDateTime(QDate(2024, 3, 15), QTime(9, 30, 12, 345), Qt::UTC)},
        Confirmation{QStringLiteral("confirm.sirene-notice"), QStringLiteral("op-martin"),
                     QDateTime(QDate(2024, 3, 15), QTime(10, 2, 0), Qt::UTC)},
    };

    dossier.contents[DocumentKind::HolderId] = QByteArray("\x89PNG\r\n\x1a\n", 8) + number.toUtf8() + "-id";
    dossier.contents[DocumentKind::SireneNotice] = QByteArray("%PDF-1.7\n") + number.toUtf8() + "-sirene";
    return dossier;
}

Dossier listDossier(const QString& number, const QDate& date, const QString& givenNames,
                    const QString& surname, const QString& organisation, const QString& siren, Phase phase,
                    const QString& portal, DossierType type)
{
    Dossier dossier;
    Order& order = dossier.order;
    order.number = number;
    order.date = date;
    order.phase = phase;
    order.type = type;
    order.portal = portal;
    order.process = QStringLiteral("Génération Certificat");
    order.holder.givenNames = givenNames;
    order.holder.surname = surname;
    order.organisation.name = organisation;
    order.organisation.siren = siren;
    order.organisation.siret = siren.isEmpty() ? QString() : siren + QStringLiteral("00013");
    return dossier;
}

QVariant scalar(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next()) {
        return {};
    }
    return query.value(0);
}

bool execute(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql);
}

} // namespace guichet::store::test
