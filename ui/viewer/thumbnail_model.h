#pragma once

// The document's pages as a list of thumbnails, drawn lazily: a page's thumbnail is asked of the
// render thread (after the page on screen) the first time its decoration is asked for, which a
// list view only does for the rows it paints. Until then, and for a page that cannot be drawn,
// the decoration is empty and the delegate draws a blank sheet of the page's shape.

#include <QAbstractListModel>
#include <QCache>
#include <QImage>
#include <QSet>
#include <memory>

namespace guichet::ui::viewer {

class PageRenderer;
class PageSource;

class ThumbnailModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Column
    {
        Page = 0,
        Count
    };
    enum Role
    {
        /// QSizeF: the page's shape after rotation (points), to draw its placeholder.
        PageSizeRole = Qt::UserRole + 1,
        /// bool: the thumbnail is drawn (its decoration is the real page).
        RenderedRole,
    };
    /// The box a thumbnail fits in, in logical pixels (an A4 page fills its height).
    static constexpr QSize thumbnailBox{96, 136};

    explicit ThumbnailModel(PageRenderer* renderer, QObject* parent = nullptr);
    ~ThumbnailModel() override;

    void setSource(std::shared_ptr<PageSource> source);
    void setRotation(int degrees);
    void setDevicePixelRatio(qreal ratio);

    int pageFromIndex(const QModelIndex& index) const;
    QModelIndex indexFromPage(int page) const;
    /// How many thumbnails are drawn (for tests and the curious: they come lazily).
    int renderedCount() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    void request(int page) const;
    void onRendered(quint64 ticket, const QImage& image);
    void invalidate();

    PageRenderer* m_renderer;
    std::shared_ptr<PageSource> m_source;
    int m_rotation = 0;
    qreal m_devicePixelRatio = 1.0;
    QCache<int, QImage> m_images; ///< by page; cost in KiB
    QSet<int> m_failed;
    // Requesting is part of reading a decoration (const): the bookkeeping is mutable.
    mutable QHash<quint64, int> m_tickets; ///< ticket -> page
    mutable QSet<int> m_requested;
};

} // namespace guichet::ui::viewer
