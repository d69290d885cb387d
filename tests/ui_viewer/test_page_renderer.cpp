// The render queue: the page on screen first, then pages ahead, then thumbnails; cancelled
// requests never answer.

#include "viewer/page_renderer.h"
#include "viewer/page_source.h"
#include "viewer_fixture.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using guichet::ui::viewer::PageRenderer;

TEST_CASE("The render queue serves the visible page before thumbnails, and drops what is cancelled",
          "[viewer][renderer]")
{
    auto opened = guichet::ui::viewer::openPageSource(guichet::testing::cguPdf(), u"application/pdf"_s);
    REQUIRE(opened.ok());
    const auto source = opened.value();
    PageRenderer renderer;
    QSignalSpy finished(&renderer, &PageRenderer::finished);
    const auto job = [&](int page, QSize size) {
        return PageRenderer::Job{source, page, size, 0, 1.0};
    };

    // The first request starts at once; the others wait in priority order.
    const quint64 first = renderer.request(job(0, {96, 136}), PageRenderer::Priority::Thumbnail);
    const quint64 thumbnail = renderer.request(job(1, {96, 136}), PageRenderer::Priority::Thumbnail);
    const quint64 cancelled = renderer.request(job(2, {96, 136}), PageRenderer::Priority::Thumbnail);
    const quint64 ahead = renderer.request(job(4, {595, 842}), PageRenderer::Priority::Prefetch);
    const quint64 visible = renderer.request(job(3, {595, 842}), PageRenderer::Priority::Visible);
    renderer.cancel(cancelled);
    CHECK(renderer.isPending(visible));
    CHECK_FALSE(renderer.isPending(cancelled));
    CHECK(renderer.pendingCount() == 4);

    REQUIRE_EVENTUALLY(finished.count() == 4);
    QList<quint64> order;
    for (const QList<QVariant>& arguments : finished) {
        order << arguments.at(0).toULongLong();
        const QImage image = arguments.at(1).value<QImage>();
        CHECK_FALSE(image.isNull());
        CHECK_FALSE(image.hasAlphaChannel()); // drawn on white
    }
    CHECK(order == QList<quint64>{first, visible, ahead, thumbnail});
    CHECK(renderer.pendingCount() == 0);

    SECTION("a page that does not exist comes back as a null image")
    {
        const quint64 missing = renderer.request(job(99, {96, 136}), PageRenderer::Priority::Visible);
        REQUIRE_EVENTUALLY(finished.count() == 5);
        CHECK(finished.last().at(0).toULongLong() == missing);
        CHECK(finished.last().at(1).value<QImage>().isNull());
    }
}
