// The intervention sheet and the delivery receipt, read back with Qt PDF: one A4 page each, naming
// the order, the holder, the operator (and the certificate, token and key for the receipt), in the
// desk's language, with the training marks only in training.

#include "audit/signer.h"
#include "delivery/delivery_receipt.h"
#include "delivery/intervention_sheet.h"
#include "paper_fixture.h"
#include "sample_order.h"
#include "test_signer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>
#include <QTimeZone>
#include <QTranslator>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace guichet;
using namespace guichet::delivery;
using namespace guichet::testing;

namespace {

const QDate today(2025, 3, 12);
const QDateTime counterTime(today, QTime(14, 5), Qt::UTC);

InterventionSheetData sheetFor(const Order& order, bool training = false)
{
    return InterventionSheetData::from(order, bailiff(training), {IdDocumentKind::Passport, u"19AB54321"_s},
                                       counterTime, u"Lyon, 12 rue de la République"_s);
}

DeliveryReceiptData receiptFor(const Order& order, const QByteArray& certificateDer, bool training = false)
{
    auto facts = CertificateFacts::fromDer(certificateDer);
    REQUIRE(facts.ok());
    token::KeyOrigin origin;
    origin.local = origin.sensitive = origin.alwaysSensitive = origin.neverExtractable = true;
    origin.extractable = false;
    return DeliveryReceiptData::from(order, bailiff(training), *facts, u"HÉLÈNE LEFÈVRE-DUPONT"_s,
                                     u"4A1B2C3D4E5F"_s, u"EC P-256"_s, QByteArray::fromHex("a1b2c3d4"),
                                     origin, counterTime);
}

bool isA4(const PaperInfo& paper)
{
    return std::abs(paper.pointSize.width() - 595.3) < 1.5 &&
           std::abs(paper.pointSize.height() - 841.9) < 1.5;
}

/// The bytes with the PDF's creation date blanked: the only part that changes from run to run.
QByteArray withoutCreationDate(QByteArray pdf)
{
    const QByteArray marker("/CreationDate (D:");
    const qsizetype at = pdf.indexOf(marker);
    REQUIRE(at >= 0);
    const qsizetype end = pdf.indexOf(')', at);
    pdf.replace(at, end - at, marker);
    return pdf;
}

/// Guichet's French translation installed for the scope, as the desk does under a French locale.
struct French
{
    QTranslator translator;
    French()
    {
        REQUIRE(translator.load(u":/i18n/guichet_fr.qm"_s));
        QCoreApplication::installTranslator(&translator);
    }
    ~French() { QCoreApplication::removeTranslator(&translator); }
};

} // namespace

TEST_CASE("The intervention sheet is one A4 page naming the order, the holder, the ID presented and the "
          "operator",
          "[delivery][paper]")
{
    const Order order = sampleOrder(today);
    const auto pdf = InterventionSheet::render(sheetFor(order));
    REQUIRE(pdf.ok());
    const PaperInfo paper = readPaper(*pdf);
    REQUIRE(paper.loaded);
    CHECK(paper.pages == 1);
    CHECK(isA4(paper));
    const QString text = paper.compact();
    CHECK(text.contains(compact(order.number)));
    CHECK(text.contains(compact(order.holder.surname)));
    CHECK(text.contains(compact(order.holder.givenNames)));
    CHECK(text.contains(order.holder.email));
    CHECK(text.contains(compact(order.organisation.name)));
    CHECK(text.contains(order.organisation.siren));
    CHECK(text.contains(compact(order.product.label)));
    CHECK(text.contains(u"Maître"_s));
    CHECK(text.contains(u"Rousseau-Vidal"_s));
    CHECK(text.contains(u"(AED)"_s));
    CHECK(text.contains(u"19AB54321"_s));
    CHECK(text.contains(u"Passport"_s));
    CHECK(text.contains(u"12/03/2025"_s));
    CHECK(text.contains(u"Lyon"_s));
    // English labels when no translation is installed.
    CHECK(paper.text.contains(u"Face-to-face intervention sheet"_s));
    CHECK(paper.text.contains(u"Identity document presented"_s));
    CHECK(paper.text.contains(u"Date and signature"_s));
    // No agent on this order, no training marks on a real delivery.
    CHECK_FALSE(paper.text.contains(u"Certification agent"_s));
    CHECK_FALSE(text.contains(u"TRAINING"_s));
    CHECK_FALSE(text.contains(u"FORMATION"_s));
}

TEST_CASE("The intervention sheet names the certification agent who collects", "[delivery][paper]")
{
    const Order order = sampleOrderWithAgent(today);
    REQUIRE(order.agent.has_value());
    const auto pdf = InterventionSheet::render(sheetFor(order));
    REQUIRE(pdf.ok());
    const PaperInfo paper = readPaper(*pdf);
    CHECK(paper.pages == 1);
    CHECK(paper.text.contains(u"Certification agent"_s));
    CHECK(paper.compact().contains(compact(order.agent->displayName())));
    // The agent collects on the holder's behalf: the agent signs, not the holder.
    CHECK(paper.text.contains(u"Certification agent — Date and signature"_s));
    CHECK_FALSE(paper.text.contains(u"Holder — Date and signature"_s));
}

TEST_CASE("A sheet drawn in training carries the FORMATION / TRAINING marks", "[delivery][paper]")
{
    const auto pdf = InterventionSheet::render(sheetFor(sampleOrder(today), true));
    REQUIRE(pdf.ok());
    const PaperInfo paper = readPaper(*pdf);
    CHECK(paper.pages == 1);
    CHECK(paper.compact().contains(u"FORMATION/TRAINING—notarealdelivery"_s));
    CHECK(paper.compact().count(u"FORMATION/TRAINING"_s) >= 2); // the band and the watermark
    saveScreenshot(std::string_view(pdf->constData(), std::size_t(pdf->size())),
                   u"intervention-sheet-training-en"_s);
}

TEST_CASE("The same sheet gives the same bytes but for the creation date", "[delivery][paper]")
{
    const InterventionSheetData data = sheetFor(sampleOrder(today));
    const auto first = InterventionSheet::render(data);
    const auto second = InterventionSheet::render(data);
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(withoutCreationDate(*first) == withoutCreationDate(*second));
    auto other = data;
    other.presentedIdentity.number = u"19AB54322"_s;
    const auto third = InterventionSheet::render(other);
    REQUIRE(third.ok());
    CHECK(withoutCreationDate(*third) != withoutCreationDate(*first));
}

TEST_CASE("The certificate's facts are read from its DER", "[delivery][paper]")
{
    SoftwareSigner signer("Hélène Lefèvre-Dupont");
    const QByteArray der = signer.certificateDer();
    const auto facts = CertificateFacts::fromDer(der);
    REQUIRE(facts.ok());
    CHECK(facts->subject.contains(u"CN=Hélène Lefèvre-Dupont"_s));
    CHECK_FALSE(facts->issuer.isEmpty());
    CHECK_FALSE(facts->serial.isEmpty());
    CHECK(facts->notBefore.isValid());
    CHECK(facts->notAfter > facts->notBefore);
    const QString fingerprint =
        QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex(':').toUpper());
    CHECK(facts->sha256Fingerprint == fingerprint);

    const auto broken = CertificateFacts::fromDer(der.left(40));
    REQUIRE_FALSE(broken.ok());
    CHECK_FALSE(broken.error().message.isEmpty());
}

TEST_CASE("The delivery receipt names the certificate, the token and the key's origin", "[delivery][paper]")
{
    const Order order = sampleOrder(today);
    SoftwareSigner signer("Hélène Lefèvre-Dupont");
    const DeliveryReceiptData data = receiptFor(order, signer.certificateDer());
    const auto pdf = DeliveryReceipt::render(data);
    REQUIRE(pdf.ok());
    const PaperInfo paper = readPaper(*pdf);
    REQUIRE(paper.loaded);
    CHECK(paper.pages == 1);
    CHECK(isA4(paper));
    const QString text = paper.compact();
    CHECK(text.contains(compact(order.number)));
    CHECK(text.contains(compact(order.holder.displayName())));
    CHECK(text.contains(compact(data.certificate.sha256Fingerprint)));
    CHECK(text.contains(compact(data.certificate.serial)));
    CHECK(text.contains(u"HÉLÈNELEFÈVRE-DUPONT"_s));
    CHECK(text.contains(u"4A1B2C3D4E5F"_s));
    CHECK(text.contains(u"ECP-256"_s));
    CHECK(text.contains(u"a1b2c3d4"_s));
    CHECK(text.contains(u"Rousseau-Vidal"_s));
    CHECK(paper.text.contains(u"Delivery receipt"_s));
    CHECK(paper.text.contains(u"SHA-256 fingerprint"_s));
    CHECK(text.contains(u"Generatedonthetoken(CKA_LOCAL)yes"_s));
    CHECK(text.contains(u"Neverextractable(CKA_NEVER_EXTRACTABLE)yes"_s));
    CHECK_FALSE(text.contains(u"TRAINING"_s));

    const auto training = DeliveryReceipt::render(receiptFor(order, signer.certificateDer(), true));
    REQUIRE(training.ok());
    CHECK(readPaper(*training).compact().contains(u"FORMATION/TRAINING"_s));
}

TEST_CASE("Under Guichet's French translation the paper speaks French", "[delivery][paper][french]")
{
    const Order order = sampleOrder(today);
    SoftwareSigner signer("Hélène Lefèvre-Dupont");
    French french;
    const auto sheet = InterventionSheet::render(sheetFor(order));
    const auto receipt = DeliveryReceipt::render(receiptFor(order, signer.certificateDer()));
    REQUIRE(sheet.ok());
    REQUIRE(receipt.ok());
    const PaperInfo sheetPaper = readPaper(*sheet);
    const PaperInfo receiptPaper = readPaper(*receipt);
    // Words Guichet already had: the role and the document's kind.
    CHECK(sheetPaper.text.contains(u"AE déléguée (AED)"_s));
    CHECK(sheetPaper.text.contains(u"Passeport"_s));
    // The paper's own words.
    CHECK(sheetPaper.text.contains(u"Fiche d'intervention de face à face"_s));
    CHECK(sheetPaper.text.contains(u"Pièce d'identité présentée"_s));
    CHECK(sheetPaper.text.contains(u"12/03/2025 à"_s));
    CHECK_FALSE(sheetPaper.text.contains(u"Face-to-face intervention sheet"_s));
    CHECK(receiptPaper.text.contains(u"Récépissé de remise"_s));
    CHECK(receiptPaper.text.contains(u"Empreinte SHA-256"_s));
    CHECK_FALSE(receiptPaper.text.contains(u"Delivery receipt"_s));
}

TEST_CASE("Screenshots of the sheet and the receipt", "[delivery][paper][screenshots]")
{
    const bool wanted = !qEnvironmentVariableIsEmpty("GUICHET_PAPER_SCREENSHOTS");
    SoftwareSigner signer("Hélène Lefèvre-Dupont");
    const Order order = sampleOrderWithAgent(today);
    const auto sheet = InterventionSheet::render(sheetFor(order));
    const auto receipt = DeliveryReceipt::render(receiptFor(order, signer.certificateDer()));
    REQUIRE(sheet.ok());
    REQUIRE(receipt.ok());
    const auto view = [](const QByteArray& bytes) {
        return std::string_view(bytes.constData(), std::size_t(bytes.size()));
    };
    CHECK(saveScreenshot(view(*sheet), u"intervention-sheet-en"_s) == wanted);
    CHECK(saveScreenshot(view(*receipt), u"delivery-receipt-en"_s) == wanted);
    if (QTranslator translator; translator.load(u":/i18n/guichet_fr.qm"_s)) {
        QCoreApplication::installTranslator(&translator);
        const auto sheetFr = InterventionSheet::render(sheetFor(order));
        const auto receiptFr = DeliveryReceipt::render(receiptFor(order, signer.certificateDer(), true));
        QCoreApplication::removeTranslator(&translator);
        REQUIRE(sheetFr.ok());
        REQUIRE(receiptFr.ok());
        CHECK(saveScreenshot(view(*sheetFr), u"intervention-sheet-fr"_s) == wanted);
        CHECK(saveScreenshot(view(*receiptFr), u"delivery-receipt-training-fr"_s) == wanted);
    }
}
