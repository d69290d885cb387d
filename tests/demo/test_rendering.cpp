// Rendered documents: real PDFs and images, with the right page counts and content, sizes and
// SHA-256 consistent with the bytes; Bulk mode's specimens shared and consistent too.

#include "demo/demo_generator.h"
#include "demo_test_support.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImageReader>
#include <QSet>
#include <catch2/catch.hpp>

using namespace guichet;
using namespace guichet::demo;
using guichet::demo::test::readPdf;
using guichet::demo::test::today;

namespace {

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

int expectedPages(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::TermsOfUse:
        return 20;
    case DocumentKind::SubscriptionContract:
        return 3;
    case DocumentKind::PowerOfAttorney:
        return 2;
    default:
        return 1;
    }
}

/// Every document: content exactly when it exists as a file, and size/sha256/media type matching.
/// Each distinct image is decoded once (Bulk dossiers share them).
void checkContents(const Dossier& dossier, QSet<QString>& decoded)
{
    for (const Document& d : dossier.order.documents) {
        INFO(dossier.order.number.toStdString()
             << " " << toCode(d.kind).toStdString() << " " << toCode(d.status).toStdString());
        const auto it = dossier.contents.find(d.kind);
        const bool exists =
            d.status == DocumentStatus::Imported || d.status == DocumentStatus::Signed ||
            (d.status == DocumentStatus::Unsigned && dossier.order.phase == Phase::AwaitingSignature);
        REQUIRE((it != dossier.contents.end()) == exists);
        CHECK(d.hasContent() == exists);
        if (!exists) {
            CHECK(d.size == 0);
            CHECK(d.fileName.isEmpty());
            continue;
        }
        const QByteArray& bytes = it->second;
        CHECK(d.size == bytes.size());
        CHECK(d.sha256 == sha256(bytes));
        CHECK(d.sha256.size() == 64);
        CHECK(d.sha256 == d.sha256.toLower());
        CHECK_FALSE(d.fileName.isEmpty());
        if (d.mediaType == QStringLiteral("application/pdf")) {
            CHECK(bytes.startsWith("%PDF-"));
            CHECK(d.fileName.endsWith(QStringLiteral(".pdf")));
        } else if (!decoded.contains(d.sha256)) {
            decoded.insert(d.sha256);
            QBuffer buffer(const_cast<QByteArray*>(&bytes));
            buffer.open(QIODevice::ReadOnly);
            QImageReader reader(&buffer);
            CHECK(reader.format() == (d.mediaType == QStringLiteral("image/png") ? "png" : "jpeg"));
            const QImage image = reader.read();
            CHECK(image.width() >= 1000);
            CHECK(image.height() >= 900);
            CHECK(image.width() <= 1500);
            CHECK(image.height() <= 1500);
        }
    }
}

} // namespace

/// The register's proof names the organisation's SIREN (as documents print it) and what it is.
void checkRegistryProof(const Order& order, DocumentKind kind, const QByteArray& bytes)
{
    const auto pdf = readPdf(bytes);
    REQUIRE(pdf.loaded);
    const QString siren = order.document(kind)->facts.siren;
    const QString spaced = siren.left(3) + u' ' + siren.mid(3, 3) + u' ' + siren.mid(6, 3);
    INFO(pdf.text.toStdString());
    CHECK(pdf.text.contains(spaced));
    if (kind == DocumentKind::KbisExtract) {
        CHECK(pdf.text.contains(QStringLiteral("Extrait Kbis")));
        CHECK(pdf.text.contains(order.legalRepresentative.surname.toUpper()));
    } else {
        CHECK(pdf.text.contains(QStringLiteral("Avis de situation")));
    }
}

TEST_CASE("Full dossiers have every document drawn as well-formed PDFs and images", "[demo][render]")
{
    const DemoGenerator generator(20260316);
    QSet<QString> mediaTypes;
    QSet<QString> decoded;
    int registryProofs = 0;
    // Indices 0-39 cover both batches (agents), La Poste, single orders with and without agent.
    for (int index = 0; index < 40; ++index) {
        const Dossier dossier = generator.dossier(index, today(), RenderMode::Full);
        checkContents(dossier, decoded);
        for (const auto& [kind, bytes] : dossier.contents) {
            const Document* d = dossier.order.document(kind);
            mediaTypes.insert(d->mediaType);
            if (d->mediaType != QStringLiteral("application/pdf") || kind == DocumentKind::TermsOfUse) {
                continue;
            }
            INFO(toCode(kind).toStdString());
            const auto pdf = readPdf(bytes);
            REQUIRE(pdf.loaded);
            CHECK(pdf.pages == expectedPages(kind));
            if (kind == DocumentKind::KbisExtract || kind == DocumentKind::SireneNotice) {
                checkRegistryProof(dossier.order, kind, bytes);
                ++registryProofs;
            }
        }
    }
    CHECK(registryProofs > 20);
    CHECK(mediaTypes.contains(QStringLiteral("application/pdf")));
    CHECK(mediaTypes.contains(QStringLiteral("image/jpeg")));
    CHECK(mediaTypes.contains(QStringLiteral("image/png")));
}

TEST_CASE("Full rendering is deterministic with the same seed and index giving the same bytes",
          "[demo][render][determinism]")
{
    const DemoGenerator generator(3);
    const DemoGenerator twin(3);
    const Dossier first = generator.dossier(7, today(), RenderMode::Full);
    const Dossier second = twin.dossier(7, today(), RenderMode::Full);
    REQUIRE(first.contents.size() == second.contents.size());
    for (const auto& [kind, bytes] : first.contents) {
        INFO(toCode(kind).toStdString());
        CHECK(sha256(bytes) == sha256(second.contents.at(kind)));
    }
}

TEST_CASE("The CGU has 20 pages and shows the order and who signed it", "[demo][render]")
{
    const DemoGenerator generator(20260316);
    bool sawSigned = false;
    bool sawAwaiting = false;
    for (int index = 0; index < 100 && !(sawSigned && sawAwaiting); ++index) {
        const Order order = generator.order(index, today());
        const Document* cgu = order.document(DocumentKind::TermsOfUse);
        const bool signedOnline =
            cgu->status == DocumentStatus::Signed && order.type == DossierType::Dematerialised;
        const bool awaiting =
            cgu->status == DocumentStatus::Unsigned && order.phase == Phase::AwaitingSignature;
        if ((signedOnline && sawSigned) || (awaiting && sawAwaiting) || (!signedOnline && !awaiting)) {
            continue;
        }
        const Dossier dossier = generator.dossier(index, today(), RenderMode::Full);
        const auto pdf = readPdf(dossier.contents.at(DocumentKind::TermsOfUse));
        REQUIRE(pdf.loaded);
        CHECK(pdf.pages == 20);
        CHECK(pdf.text.contains(order.number));
        CHECK(pdf.text.contains(order.holder.surname.toUpper()));
        CHECK(pdf.text.contains(QStringLiteral("Signé électroniquement par")) == signedOnline);
        CHECK(pdf.text.contains(QStringLiteral("Signature : en attente")) == awaiting);
        sawSigned = sawSigned || signedOnline;
        sawAwaiting = sawAwaiting || awaiting;
    }
    CHECK(sawSigned);
    CHECK(sawAwaiting);
}

TEST_CASE("Bulk dossiers carry the order's facts with the bytes of shared specimens", "[demo][render][bulk]")
{
    const DemoGenerator generator(20260316);
    QSet<QString> hashes;
    QSet<QString> decoded;
    for (int index = 0; index < 300; ++index) {
        const Dossier bulk = generator.dossier(index, today(), RenderMode::Bulk);
        checkContents(bulk, decoded);
        const Order order = generator.order(index, today());
        REQUIRE(bulk.order.documents.size() == order.documents.size());
        for (int i = 0; i < order.documents.size(); ++i) {
            const Document& a = bulk.order.documents.at(i);
            const Document& b = order.documents.at(i);
            CHECK(a.status == b.status);
            CHECK(a.facts == b.facts);
            CHECK(a.fileName == b.fileName);
            if (a.hasContent()) {
                hashes.insert(a.sha256);
            }
        }
    }
    // A few dozen looks, not one file per document.
    CHECK(hashes.size() >= 10);
    CHECK(hashes.size() <= 60);
}
