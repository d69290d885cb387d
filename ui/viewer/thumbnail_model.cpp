#include "thumbnail_model.h"

#include "page_renderer.h"
#include "page_source.h"

#include <algorithm>
#include <cmath>

namespace guichet::ui::viewer {

namespace {
/// 500 thumbnails at a pixel ratio of 2; beyond, the least recently drawn are dropped and redrawn
/// when scrolled back into view.
constexpr int cacheKiB = 96 * 1024;
} // namespace

ThumbnailModel::ThumbnailModel(PageRenderer* renderer, QObject* parent)
    : QAbstractListModel(parent), m_renderer(renderer)
{
    m_images.setMaxCost(cacheKiB);
    connect(m_renderer, &PageRenderer::finished, this, &ThumbnailModel::onRendered);
}

ThumbnailModel::~ThumbnailModel()
{
    for (auto it = m_tickets.cbegin(); it != m_tickets.cend(); ++it) {
        m_renderer->cancel(it.key());
    }
}

void ThumbnailModel::setSource(std::shared_ptr<PageSource> source)
{
    beginResetModel();
    m_source = std::move(source);
    m_rotation = 0;
    invalidate();
    endResetModel();
}

void ThumbnailModel::setRotation(int degrees)
{
    if (degrees == m_rotation) {
        return;
    }
    m_rotation = degrees;
    invalidate();
    if (rowCount() > 0) {
        emit dataChanged(index(0), index(rowCount() - 1));
    }
}

void ThumbnailModel::setDevicePixelRatio(qreal ratio)
{
    if (qFuzzyCompare(ratio, m_devicePixelRatio)) {
        return;
    }
    m_devicePixelRatio = ratio;
    invalidate();
    if (rowCount() > 0) {
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::DecorationRole, RenderedRole});
    }
}

void ThumbnailModel::invalidate()
{
    for (auto it = m_tickets.cbegin(); it != m_tickets.cend(); ++it) {
        m_renderer->cancel(it.key());
    }
    m_tickets.clear();
    m_requested.clear();
    m_images.clear();
    m_failed.clear();
}

int ThumbnailModel::pageFromIndex(const QModelIndex& index) const
{
    return index.isValid() && index.model() == this ? index.row() : -1;
}

QModelIndex ThumbnailModel::indexFromPage(int page) const
{
    return page >= 0 && page < rowCount() ? index(page, int(Column::Page)) : QModelIndex();
}

int ThumbnailModel::renderedCount() const
{
    return int(m_images.size());
}

int ThumbnailModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_source ? 0 : m_source->pageCount();
}

Qt::ItemFlags ThumbnailModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren
                           : Qt::NoItemFlags;
}

QVariant ThumbnailModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const int page = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return QString::number(page + 1);
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return tr("Page %1 of %2").arg(page + 1).arg(rowCount());
    case Qt::DecorationRole:
        if (const QImage* image = m_images.object(page)) {
            return *image;
        }
        request(page);
        return {};
    case RenderedRole:
        return m_images.contains(page);
    case PageSizeRole: {
        const QSizeF size = m_source->pageSize(page);
        return m_rotation % 180 == 0 ? size : size.transposed();
    }
    default:
        return {};
    }
}

void ThumbnailModel::request(int page) const
{
    if (m_requested.contains(page) || m_failed.contains(page)) {
        return;
    }
    QSizeF size = m_source->pageSize(page);
    if (m_rotation % 180 != 0) {
        size.transpose();
    }
    if (size.isEmpty()) {
        return;
    }
    const QSizeF box = QSizeF(thumbnailBox) * m_devicePixelRatio;
    const QSizeF fitted = size.scaled(box, Qt::KeepAspectRatio);
    const QSize pixels(std::max(1, int(std::lround(fitted.width()))),
                       std::max(1, int(std::lround(fitted.height()))));
    m_requested.insert(page);
    const quint64 ticket = m_renderer->request({m_source, page, pixels, m_rotation, m_devicePixelRatio},
                                               PageRenderer::Priority::Thumbnail);
    m_tickets.insert(ticket, page);
}

void ThumbnailModel::onRendered(quint64 ticket, const QImage& image)
{
    const auto it = m_tickets.constFind(ticket);
    if (it == m_tickets.cend()) {
        return;
    }
    const int page = it.value();
    m_tickets.erase(it);
    m_requested.remove(page);
    if (image.isNull()) {
        m_failed.insert(page);
    } else {
        m_images.insert(page, new QImage(image), int(image.sizeInBytes() / 1024) + 1);
    }
    const QModelIndex changed = index(page, int(Column::Page));
    emit dataChanged(changed, changed, {Qt::DecorationRole, RenderedRole});
}

} // namespace guichet::ui::viewer
