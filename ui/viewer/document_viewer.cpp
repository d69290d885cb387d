#include "document_viewer.h"

#include "detached_window.h"
#include "page_renderer.h"
#include "page_source.h"
#include "page_view.h"
#include "thumbnail_model.h"
#include "thumbnail_strip.h"
#include "viewer_toolbar.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet::ui {

namespace {
Q_LOGGING_CATEGORY(lcViewer, "guichet.viewer")
}

using viewer::PageView;

class DocumentViewer::Private
{
public:
    explicit Private(DocumentViewer* viewer) : q(viewer), thumbnails(&renderer) {}

    void build();
    void connectActions();
    void showState(const QString& text, QStyle::StandardPixmap icon, bool hasIcon);
    void switchTo(QWidget* page);
    void pageShown();
    void zoomShown();
    void describe();
    QString windowTitle() const;

    DocumentViewer* q;
    viewer::PageRenderer renderer;
    viewer::ThumbnailModel thumbnails;
    std::unique_ptr<viewer::DetachedWindow> window;

    QVBoxLayout* layout = nullptr;
    QWidget* body = nullptr; ///< toolbar and pages: what detaching moves
    viewer::ViewerToolBar* toolbar = nullptr;
    QStackedWidget* stack = nullptr;
    QWidget* documentPage = nullptr;
    PageView* view = nullptr;
    viewer::ThumbnailStrip* strip = nullptr;
    QWidget* messagePage = nullptr;
    QLabel* messageIcon = nullptr;
    QLabel* messageText = nullptr;
    viewer::DetachPlaceholder* placeholder = nullptr;

    std::shared_ptr<viewer::PageSource> source;
    QString title;
    QString message;
    bool detached = false;
};

void DocumentViewer::Private::build()
{
    layout = new QVBoxLayout(q);
    layout->setContentsMargins(0, 0, 0, 0);
    body = new QWidget(q);
    body->setObjectName(u"viewerBody"_s);
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->setSpacing(0);
    toolbar = new viewer::ViewerToolBar(body);
    bodyLayout->addWidget(toolbar);

    stack = new QStackedWidget(body);
    documentPage = new QWidget(stack);
    auto* pages = new QHBoxLayout(documentPage);
    pages->setContentsMargins(0, 0, 0, 0);
    pages->setSpacing(0);
    strip = new viewer::ThumbnailStrip(&thumbnails, documentPage);
    view = new PageView(&renderer, documentPage);
    pages->addWidget(strip);
    pages->addWidget(view, 1);
    stack->addWidget(documentPage);

    messagePage = new QWidget(stack);
    messagePage->setObjectName(u"viewerMessagePage"_s);
    messagePage->setAccessibleName(tr("Why no document is shown"));
    messagePage->setFocusPolicy(Qt::StrongFocus); // keeps the shortcuts (next document...) at hand
    auto* messageLayout = new QVBoxLayout(messagePage);
    messageIcon = new QLabel(messagePage);
    messageIcon->setAlignment(Qt::AlignCenter);
    messageText = new QLabel(messagePage);
    messageText->setObjectName(u"viewerMessage"_s);
    messageText->setAccessibleName(tr("Document message"));
    messageText->setAlignment(Qt::AlignCenter);
    messageText->setWordWrap(true);
    messageText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    messageLayout->addStretch(1); // a third of the way down, where the eye looks for it
    messageLayout->addWidget(messageIcon);
    messageLayout->addWidget(messageText);
    messageLayout->addStretch(2);
    stack->addWidget(messagePage);
    bodyLayout->addWidget(stack, 1);

    // The shortcuts live on the body, so that they follow it into its own window.
    body->addActions(toolbar->allActions());
    layout->addWidget(body);

    placeholder = new viewer::DetachPlaceholder(q);
    placeholder->hide();
    layout->addWidget(placeholder);
}

void DocumentViewer::Private::connectActions()
{
    viewer::ViewerToolBar* t = toolbar;
    connect(t->previousDocument, &QAction::triggered, q, &DocumentViewer::previousDocumentRequested);
    connect(t->nextDocument, &QAction::triggered, q, &DocumentViewer::nextDocumentRequested);
    connect(t->previousPage, &QAction::triggered, q, &DocumentViewer::previousPage);
    connect(t->nextPage, &QAction::triggered, q, &DocumentViewer::nextPage);
    connect(t->pageDown, &QAction::triggered, q, [this] {
        if (!view->scrollDown() && view->page() + 1 < q->pageCount()) {
            q->setPage(view->page() + 1);
        }
    });
    connect(t->pageUp, &QAction::triggered, q, [this] {
        if (!view->scrollUp() && view->page() > 0) {
            q->setPage(view->page() - 1);
            view->scrollToBottom(); // reading backwards: the end of the previous page
        }
    });
    connect(t->firstPage, &QAction::triggered, q, [this] { q->setPage(0); });
    connect(t->lastPage, &QAction::triggered, q, [this] { q->setPage(q->pageCount() - 1); });
    connect(t, &viewer::ViewerToolBar::pageRequested, q, &DocumentViewer::setPage);
    connect(t->zoomIn, &QAction::triggered, q, &DocumentViewer::zoomIn);
    connect(t->zoomOut, &QAction::triggered, q, &DocumentViewer::zoomOut);
    // Fit to width is a mode, shown checked; pressing it again (W) fits again rather than leaving it.
    connect(t->fitWidth, &QAction::triggered, q, &DocumentViewer::fitToWidth);
    connect(t->rotate, &QAction::triggered, q, &DocumentViewer::rotateClockwise);
    connect(t->thumbnails, &QAction::triggered, q, &DocumentViewer::setThumbnailsVisible);
    connect(t->detach, &QAction::triggered, q, &DocumentViewer::setDetached);

    connect(strip, &viewer::ThumbnailStrip::pageActivated, q, &DocumentViewer::setPage);
    connect(view, &PageView::zoomChanged, q, [this] { zoomShown(); });
    connect(view, &PageView::pageRendered, q, &DocumentViewer::pageRendered);
    connect(placeholder, &viewer::DetachPlaceholder::reattachRequested, q, [this] { q->setDetached(false); });
}

void DocumentViewer::Private::showState(const QString& text, QStyle::StandardPixmap icon, bool hasIcon)
{
    source.reset();
    view->setSource(nullptr);
    thumbnails.setSource(nullptr);
    message = text;
    messageText->setText(text);
    const int size = q->style()->pixelMetric(QStyle::PM_MessageBoxIconSize);
    messageIcon->setPixmap(hasIcon ? q->style()->standardIcon(icon).pixmap(size, size) : QPixmap());
    toolbar->setDocumentControlsEnabled(false);
    toolbar->showPage(0, 0);
    switchTo(messagePage);
    describe();
}

void DocumentViewer::Private::switchTo(QWidget* page)
{
    // Keep the focus inside the viewer when the page holding it goes away, so that the keyboard
    // still reaches the next document after a damaged one.
    const QWidget* focus = QApplication::focusWidget();
    const bool hadFocus = focus && body->isAncestorOf(focus) && !toolbar->isAncestorOf(focus);
    stack->setCurrentWidget(page);
    if (hadFocus) {
        (page == documentPage ? static_cast<QWidget*>(view) : messagePage)->setFocus();
    }
}

void DocumentViewer::Private::pageShown()
{
    toolbar->showPage(view->page(), q->pageCount());
    strip->setCurrentPage(view->page());
    describe();
}

void DocumentViewer::Private::zoomShown()
{
    toolbar->showZoom(view->zoom(), view->fitsWidth());
    emit q->zoomChanged(view->zoom());
}

void DocumentViewer::Private::describe()
{
    const QString name = title.isEmpty() ? tr("Document") : title;
    view->setAccessibleDescription(
        source ? tr("%1, page %2 of %3").arg(name).arg(view->page() + 1).arg(q->pageCount()) : QString());
    if (window) {
        window->setWindowTitle(windowTitle());
    }
}

QString DocumentViewer::Private::windowTitle() const
{
    return title.isEmpty() ? tr("Document — Guichet") : tr("%1 — Guichet").arg(title);
}

DocumentViewer::DocumentViewer(QWidget* parent) : QWidget(parent), d(std::make_unique<Private>(this))
{
    setObjectName(u"documentViewer"_s);
    setAccessibleName(tr("Document viewer"));
    d->build();
    d->connectActions();
    d->showState(QString(), QStyle::SP_CustomBase, false);
}

DocumentViewer::~DocumentViewer()
{
    // The body (wherever it is) goes first: its views hand their render requests back to the renderer.
    delete d->body;
    d->body = nullptr;
}

bool DocumentViewer::showDocument(const QByteArray& content, const QString& mediaType, const QString& title)
{
    d->title = title;
    Result<std::shared_ptr<viewer::PageSource>> opened = viewer::openPageSource(content, mediaType);
    if (!opened) {
        // The reason, not the document: no names or numbers in the log.
        qCInfo(lcViewer).noquote() << "document not shown:" << opened.error().detail;
        d->showState(opened.error().message, QStyle::SP_MessageBoxWarning, true);
        return false;
    }
    d->source = std::move(opened.value());
    d->message.clear();
    d->view->setSource(d->source);
    d->thumbnails.setSource(d->source);
    d->toolbar->setDocumentControlsEnabled(true);
    d->switchTo(d->documentPage);
    d->pageShown();
    d->zoomShown();
    emit pageChanged(0);
    return true;
}

void DocumentViewer::showMessage(const QString& message)
{
    d->showState(message, QStyle::SP_MessageBoxInformation, true);
}

void DocumentViewer::clear()
{
    d->title.clear();
    d->showState(QString(), QStyle::SP_CustomBase, false);
}

int DocumentViewer::pageCount() const
{
    return d->source ? d->source->pageCount() : 0;
}

int DocumentViewer::currentPage() const
{
    return d->view->page();
}

double DocumentViewer::zoom() const
{
    return d->view->zoom();
}

int DocumentViewer::rotation() const
{
    return d->view->rotation();
}

bool DocumentViewer::isDetached() const
{
    return d->detached;
}

QString DocumentViewer::message() const
{
    return d->message;
}

QString DocumentViewer::title() const
{
    return d->title;
}

bool DocumentViewer::fitsWidth() const
{
    return d->view->fitsWidth();
}

bool DocumentViewer::thumbnailsVisible() const
{
    return d->toolbar->thumbnails->isChecked();
}

bool DocumentViewer::isPageRendered() const
{
    return d->view->isRendered();
}

void DocumentViewer::setPage(int page)
{
    if (!d->source) {
        return;
    }
    const int before = d->view->page();
    d->view->setPage(page);
    if (d->view->page() == before) {
        return;
    }
    d->view->scrollToTop();
    d->pageShown();
    emit pageChanged(d->view->page());
}

void DocumentViewer::nextPage()
{
    setPage(currentPage() + 1);
}

void DocumentViewer::previousPage()
{
    setPage(currentPage() - 1);
}

void DocumentViewer::zoomIn()
{
    d->view->zoomIn();
    d->toolbar->showZoom(d->view->zoom(), d->view->fitsWidth());
}

void DocumentViewer::zoomOut()
{
    d->view->zoomOut();
    d->toolbar->showZoom(d->view->zoom(), d->view->fitsWidth());
}

void DocumentViewer::setZoom(double factor)
{
    d->view->setZoom(factor);
    d->toolbar->showZoom(d->view->zoom(), d->view->fitsWidth());
}

void DocumentViewer::fitToWidth()
{
    d->view->setFitWidth(true);
    d->toolbar->showZoom(d->view->zoom(), d->view->fitsWidth());
}

void DocumentViewer::rotateClockwise()
{
    if (!d->source) {
        return;
    }
    d->view->setRotation(d->view->rotation() + 90);
    d->thumbnails.setRotation(d->view->rotation());
}

void DocumentViewer::setThumbnailsVisible(bool visible)
{
    d->toolbar->thumbnails->setChecked(visible);
    d->strip->setVisible(visible);
}

void DocumentViewer::setDetached(bool detached)
{
    d->toolbar->showDetached(detached);
    if (detached == d->detached) {
        return;
    }
    d->detached = detached;
    const bool hadFocus = QApplication::focusWidget() && d->body->isAncestorOf(QApplication::focusWidget());
    if (detached) {
        if (!d->window) {
            d->window = std::make_unique<viewer::DetachedWindow>();
            connect(d->window.get(), &viewer::DetachedWindow::closeRequested, this,
                    [this] { setDetached(false); });
        }
        d->layout->removeWidget(d->body);
        d->placeholder->show();
        d->window->setWindowTitle(d->windowTitle());
        d->window->present(d->body, this);
        d->window->activateWindow();
        d->view->setFocus();
    } else {
        d->window->dismiss(d->body);
        d->body->setParent(this);
        d->layout->insertWidget(0, d->body);
        d->placeholder->hide();
        d->body->show();
        if (hadFocus) {
            d->view->setFocus();
        }
    }
    emit detachedChanged(detached);
}

} // namespace guichet::ui
