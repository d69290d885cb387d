#pragma once

// The side strip of page thumbnails: a column of small pages with their numbers, the current page
// highlighted. Clicking a page, or moving through the strip with the arrow keys, shows that page.

#include <QListView>

namespace guichet::ui::viewer {

class ThumbnailModel;

class ThumbnailStrip : public QListView
{
    Q_OBJECT

public:
    explicit ThumbnailStrip(ThumbnailModel* model, QWidget* parent = nullptr);

    /// Highlights `page` and scrolls it into view, without emitting pageActivated().
    void setCurrentPage(int page);

signals:
    void pageActivated(int page);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    ThumbnailModel* m_model;
    bool m_following = false; ///< setCurrentPage() is moving the selection
};

} // namespace guichet::ui::viewer
