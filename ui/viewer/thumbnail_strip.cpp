#include "thumbnail_strip.h"

#include "thumbnail_model.h"

#include <QPainter>
#include <QScrollBar>
#include <QStyledItemDelegate>

namespace guichet::ui::viewer {

namespace {

constexpr int padding = 6;

/// A page and its number under it. The size hint is fixed and asks nothing of the model, so that
/// laying out the strip never draws a thumbnail: only painting does, for the visible rows.
class ThumbnailDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const override
    {
        const QSize box = ThumbnailModel::thumbnailBox;
        return {box.width() + 2 * padding, box.height() + option.fontMetrics.height() + 3 * padding};
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        painter->save();
        const QRect cell = option.rect;
        const bool selected = option.state & QStyle::State_Selected;
        if (selected) {
            painter->fillRect(cell, option.palette.color(QPalette::Highlight));
        }
        const QSize box = ThumbnailModel::thumbnailBox;
        const QRect boxRect(cell.left() + (cell.width() - box.width()) / 2, cell.top() + padding, box.width(),
                            box.height());
        const QImage image = index.data(Qt::DecorationRole).value<QImage>();
        const QSizeF shape = image.isNull() ? index.data(ThumbnailModel::PageSizeRole).toSizeF()
                                            : image.deviceIndependentSize();
        QRectF sheet =
            QRectF(QPointF(), shape.isEmpty() ? QSizeF(box) : shape.scaled(box, Qt::KeepAspectRatio));
        sheet.moveCenter(QRectF(boxRect).center());
        painter->fillRect(sheet.translated(1.5, 1.5), QColor(0, 0, 0, 60));
        if (image.isNull()) {
            painter->fillRect(sheet, Qt::white);
        } else {
            painter->drawImage(sheet, image);
        }
        painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        const QRect label(cell.left(), boxRect.bottom() + padding, cell.width(), option.fontMetrics.height());
        painter->drawText(label, Qt::AlignCenter, index.data(Qt::DisplayRole).toString());
        painter->restore();
    }
};

} // namespace

ThumbnailStrip::ThumbnailStrip(ThumbnailModel* model, QWidget* parent) : QListView(parent), m_model(model)
{
    setObjectName(QStringLiteral("viewerThumbnails"));
    setAccessibleName(tr("Page thumbnails"));
    setModel(model);
    setItemDelegate(new ThumbnailDelegate(this));
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalScrollBar()->setSingleStep(24);
    const int width = ThumbnailModel::thumbnailBox.width() + 2 * padding + 2 * frameWidth() +
                      style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4;
    setFixedWidth(width);

    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        if (!m_following && current.isValid()) {
            emit pageActivated(m_model->pageFromIndex(current));
        }
    });
    // A new document: nothing is current; the viewer sets its page again.
    connect(model, &QAbstractItemModel::modelReset, this, [this] { setCurrentPage(0); });
}

void ThumbnailStrip::setCurrentPage(int page)
{
    const QModelIndex index = m_model->indexFromPage(page);
    if (!index.isValid()) {
        return;
    }
    m_following = true;
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_following = false;
    scrollTo(index);
}

void ThumbnailStrip::paintEvent(QPaintEvent* event)
{
    // Thumbnails are drawn for the screen the strip is on (a detached viewer may be on another).
    m_model->setDevicePixelRatio(devicePixelRatioF());
    QListView::paintEvent(event);
}

} // namespace guichet::ui::viewer
