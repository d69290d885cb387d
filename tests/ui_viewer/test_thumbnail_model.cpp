// The thumbnail model: one row per page, decorations drawn on demand, a reset per document.

#include "viewer/page_renderer.h"
#include "viewer/page_source.h"
#include "viewer/thumbnail_model.h"
#include "viewer_fixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using guichet::ui::viewer::PageRenderer;
using guichet::ui::viewer::ThumbnailModel;

TEST_CASE("Thumbnails: one row per page, drawn when first asked for", "[viewer][thumbnails]")
{
    PageRenderer renderer;
    ThumbnailModel model(&renderer);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    CHECK(model.rowCount() == 0);

    auto cgu = guichet::ui::viewer::openPageSource(guichet::testing::cguPdf(), u"application/pdf"_s);
    REQUIRE(cgu.ok());
    model.setSource(cgu.value());
    CHECK(resets.count() == 1);
    REQUIRE(model.rowCount() == 20);
    QTest::qWait(50);
    CHECK(model.renderedCount() == 0); // nothing is drawn before it is asked for
    CHECK(model.indexFromPage(7).row() == 7);
    CHECK(model.pageFromIndex(model.index(7, int(ThumbnailModel::Column::Page))) == 7);
    CHECK_FALSE(model.indexFromPage(20).isValid());
    CHECK(model.data(model.index(0, 0)).toString() == u"1"_s);
    CHECK(model.data(model.index(19, 0), Qt::AccessibleTextRole).toString() == u"Page 20 of 20"_s);

    const QModelIndex page5 = model.indexFromPage(4);
    const QSizeF portrait = model.data(page5, ThumbnailModel::PageSizeRole).toSizeF();
    CHECK(portrait.height() > portrait.width());
    // Asking for a decoration (as a view painting the row does) asks for the thumbnail; it arrives and
    // is announced.
    CHECK_FALSE(model.data(page5, ThumbnailModel::RenderedRole).toBool());
    CHECK(model.data(page5, Qt::DecorationRole).isNull());
    REQUIRE_EVENTUALLY(model.data(page5, ThumbnailModel::RenderedRole).toBool());
    const QImage thumbnail = model.data(page5, Qt::DecorationRole).value<QImage>();
    CHECK(thumbnail.height() == ThumbnailModel::thumbnailBox.height());
    CHECK(thumbnail.width() <= ThumbnailModel::thumbnailBox.width());
    const bool announced =
        std::any_of(changes.cbegin(), changes.cend(), [](const QList<QVariant>& arguments) {
            return arguments.at(0).toModelIndex().row() <= 4 && arguments.at(1).toModelIndex().row() >= 4;
        });
    CHECK(announced);

    SECTION("rotation turns the pages' shape and draws them again")
    {
        model.setRotation(90);
        const QSizeF landscape = model.data(page5, ThumbnailModel::PageSizeRole).toSizeF();
        CHECK(landscape == portrait.transposed());
        CHECK_FALSE(model.data(page5, ThumbnailModel::RenderedRole).toBool());
        CHECK(model.data(page5, Qt::DecorationRole).isNull());
        REQUIRE_EVENTUALLY(model.data(page5, ThumbnailModel::RenderedRole).toBool());
        const QImage turned = model.data(page5, Qt::DecorationRole).value<QImage>();
        CHECK(turned.width() > turned.height());
    }
    SECTION("another document resets the model")
    {
        auto scan = guichet::ui::viewer::openPageSource(guichet::testing::holderIdJpeg(), u"image/jpeg"_s);
        REQUIRE(scan.ok());
        model.setSource(scan.value());
        CHECK(resets.count() == 2);
        CHECK(model.rowCount() == 1);
        CHECK(model.renderedCount() == 0);
        model.setSource(nullptr);
        CHECK(model.rowCount() == 0);
    }
}
