// Hidden tests, run by hand: throughput figures, and sample images to look at.
//   tests_demo "[.throughput]"   orders per second, Order only, Bulk and Full
//   tests_demo "[.samples]"      writes /tmp/guichet-demo-*.png

#include "demo/demo_generator.h"
#include "demo_test_support.h"

#include <QElapsedTimer>
#include <QImage>
#include <catch2/catch.hpp>
#include <iostream>

using namespace guichet;
using namespace guichet::demo;
using guichet::demo::test::today;

TEST_CASE("Throughput of the generator", "[.throughput]")
{
    const DemoGenerator generator(1);
    const auto measure = [&](const char* what, int count, auto&& make) {
        QElapsedTimer timer;
        timer.start();
        qint64 checksum = 0;
        for (int index = 0; index < count; ++index) {
            checksum += make(index);
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        std::cout << what << ": " << count << " in " << seconds << " s = " << count / seconds << " orders/s"
                  << " (checksum " << checksum << ")\n";
        CHECK(checksum > 0);
    };
    measure("Order only", 20000, [&](int i) { return qint64(generator.order(i, today()).documents.size()); });
    measure("Bulk dossier", 20000,
            [&](int i) { return qint64(generator.dossier(i, today(), RenderMode::Bulk).contents.size()); });
    measure("Full dossier", 100, [&](int i) {
        qint64 bytes = 0;
        for (const auto& [kind, content] : generator.dossier(i, today(), RenderMode::Full).contents) {
            bytes += content.size();
        }
        return bytes;
    });
}

TEST_CASE("Sample documents to look at", "[.samples]")
{
    const DemoGenerator generator(20260316);
    QSet<QString> written;
    for (int index = 0; index < 200; ++index) {
        const Dossier dossier = generator.dossier(index, today(), RenderMode::Full);
        for (const auto& [kind, bytes] : dossier.contents) {
            const Document* d = dossier.order.document(kind);
            QString name;
            if (isIdentityDocument(kind)) {
                name = toCode(d->facts.identity.kind) +
                       (d->facts.identity.number.size() == 12 ? u"-old"_qs : QString());
            } else if (kind == DocumentKind::KbisExtract || kind == DocumentKind::SireneNotice ||
                       kind == DocumentKind::PaymentProof || kind == DocumentKind::TermsOfUse) {
                name = toCode(kind);
            }
            if (name.isEmpty() || written.contains(name)) {
                continue;
            }
            // Page 1 of each PDF; the CGU's first, second and last pages.
            const QList<int> pages = kind == DocumentKind::TermsOfUse ? QList<int>{0, 1, 19} : QList<int>{0};
            for (const int page : pages) {
                const QImage image = d->mediaType == QStringLiteral("application/pdf")
                                         ? test::renderPdfPage(bytes, page, 100)
                                         : QImage::fromData(bytes);
                REQUIRE_FALSE(image.isNull());
                const QString path = u"/tmp/guichet-demo-"_qs + name +
                                     (page ? u"-page"_qs + QString::number(page + 1) : QString()) + u".png";
                REQUIRE(image.save(path));
                std::cout << path.toStdString() << "  " << dossier.order.number.toStdString() << "\n";
            }
            written.insert(name);
        }
    }
    CHECK(written.size() >= 6);
}
