#include "viewer_toolbar.h"

#include <QAction>
#include <QLabel>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <cmath>

using namespace Qt::StringLiterals;

namespace guichet::ui::viewer {

ViewerToolBar::ViewerToolBar(QWidget* parent) : QToolBar(parent)
{
    setObjectName(u"viewerToolBar"_s);
    setAccessibleName(tr("Document viewer tools"));
    setMovable(false);
    setFloatable(false);
    setToolButtonStyle(Qt::ToolButtonIconOnly);
    setIconSize(QSize(18, 18));
    QStyle* s = style();

    previousDocument = addTool(u"viewerPreviousDocument"_s, tr("Previous document"),
                               {QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_BracketLeft)},
                               s->standardIcon(QStyle::SP_ArrowBack));
    nextDocument = addTool(u"viewerNextDocument"_s, tr("Next document"),
                           {QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::Key_BracketRight)},
                           s->standardIcon(QStyle::SP_ArrowForward));
    addSeparator();

    // Page Down reads on: it scrolls a screen down the page, and turns the page at its bottom (as in
    // most PDF readers). The buttons and Ctrl+Page Down/Up turn the page at once.
    previousPage = addTool(u"viewerPreviousPage"_s, tr("Previous page"),
                           {QKeySequence(Qt::CTRL | Qt::Key_PageUp)}, s->standardIcon(QStyle::SP_ArrowUp));
    pageUp = addTool(u"viewerPageUp"_s, tr("Scroll up, then previous page"), {QKeySequence(Qt::Key_PageUp)},
                     {}, false);
    pageNumber = new QSpinBox(this);
    pageNumber->setObjectName(u"viewerPageNumber"_s);
    pageNumber->setAccessibleName(tr("Page number"));
    pageNumber->setToolTip(tr("Page shown: type a number and press Enter"));
    pageNumber->setKeyboardTracking(false); // typing "12" goes to page 12, not to 1 then 12
    pageNumber->setButtonSymbols(QAbstractSpinBox::NoButtons);
    pageNumber->setAlignment(Qt::AlignRight);
    pageNumber->setRange(1, 1);
    addWidget(pageNumber);
    pageCount = new QLabel(this);
    pageCount->setObjectName(u"viewerPageCount"_s);
    pageCount->setAccessibleName(tr("Page count"));
    pageCount->setContentsMargins(4, 0, 4, 0);
    addWidget(pageCount);
    nextPage = addTool(u"viewerNextPage"_s, tr("Next page"), {QKeySequence(Qt::CTRL | Qt::Key_PageDown)},
                       s->standardIcon(QStyle::SP_ArrowDown));
    pageDown = addTool(u"viewerPageDown"_s, tr("Scroll down, then next page"),
                       {QKeySequence(Qt::Key_PageDown)}, {}, false);
    previousPage->setToolTip(tr("Previous page (%1, or %2 at the top of the page)")
                                 .arg(previousPage->shortcut().toString(QKeySequence::NativeText),
                                      pageUp->shortcut().toString(QKeySequence::NativeText)));
    nextPage->setToolTip(tr("Next page (%1, or %2 at the bottom of the page)")
                             .arg(nextPage->shortcut().toString(QKeySequence::NativeText),
                                  pageDown->shortcut().toString(QKeySequence::NativeText)));
    firstPage = addTool(u"viewerFirstPage"_s, tr("First page"), {QKeySequence(Qt::Key_Home)}, {}, false);
    lastPage = addTool(u"viewerLastPage"_s, tr("Last page"), {QKeySequence(Qt::Key_End)}, {}, false);
    addSeparator();

    zoomOut = addTool(u"viewerZoomOut"_s, tr("Zoom out"), {QKeySequence(Qt::CTRL | Qt::Key_Minus)});
    zoomOut->setIconText(u"−"_s);
    zoomLevel = new QLabel(this);
    zoomLevel->setObjectName(u"viewerZoomLevel"_s);
    zoomLevel->setAccessibleName(tr("Zoom level"));
    zoomLevel->setAlignment(Qt::AlignCenter);
    zoomLevel->setMinimumWidth(fontMetrics().horizontalAdvance(u"0000 %"_s));
    addWidget(zoomLevel);
    // Ctrl+= as well: on US keyboards "+" is Shift+=.
    zoomIn = addTool(u"viewerZoomIn"_s, tr("Zoom in"),
                     {QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    zoomIn->setIconText(u"+"_s);
    fitWidth = addTool(u"viewerFitWidth"_s, tr("Fit to width"),
                       {QKeySequence(Qt::CTRL | Qt::Key_0), QKeySequence(Qt::Key_W)});
    fitWidth->setIconText(tr("Width", "fit to width, short button label"));
    fitWidth->setCheckable(true);
    rotate = addTool(u"viewerRotate"_s, tr("Rotate clockwise"), {QKeySequence(Qt::Key_R)},
                     s->standardIcon(QStyle::SP_BrowserReload));
    addSeparator();

    thumbnails = addTool(u"viewerToggleThumbnails"_s, tr("Page thumbnails"), {QKeySequence(Qt::Key_T)},
                         s->standardIcon(QStyle::SP_FileDialogContentsView));
    thumbnails->setCheckable(true);
    thumbnails->setChecked(true);
    detach = addTool(u"viewerDetach"_s, tr("Open in its own window"), {QKeySequence(Qt::CTRL | Qt::Key_D)},
                     s->standardIcon(QStyle::SP_TitleBarNormalButton));
    detach->setCheckable(true);

    connect(pageNumber, &QSpinBox::valueChanged, this, [this](int value) { emit pageRequested(value - 1); });
    showPage(0, 0);
    showZoom(1.0, true);
}

QAction* ViewerToolBar::addTool(const QString& name, const QString& text,
                                const QList<QKeySequence>& shortcuts, const QIcon& icon, bool onBar)
{
    auto* action = new QAction(icon, text, this);
    action->setObjectName(name + u"Action"_s);
    action->setShortcuts(shortcuts);
    // Active while the focus is anywhere in the viewer (its window, once detached), not elsewhere on
    // the desk: the order page has shortcuts of its own.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(withShortcuts(text, shortcuts));
    m_actions << action;
    if (onBar) {
        addAction(action);
        if (QWidget* button = widgetForAction(action)) {
            button->setObjectName(name);
            button->setAccessibleName(text);
        }
    }
    return action;
}

QString ViewerToolBar::withShortcuts(const QString& text, const QList<QKeySequence>& shortcuts) const
{
    QStringList keys;
    for (const QKeySequence& shortcut : shortcuts) {
        keys << shortcut.toString(QKeySequence::NativeText);
    }
    return keys.isEmpty() ? text : tr("%1 (%2)").arg(text, keys.join(u", "_s));
}

QList<QAction*> ViewerToolBar::allActions() const
{
    return m_actions;
}

void ViewerToolBar::setDocumentControlsEnabled(bool enabled)
{
    for (QAction* action :
         {previousPage, nextPage, pageUp, pageDown, firstPage, lastPage, zoomOut, zoomIn, fitWidth, rotate}) {
        action->setEnabled(enabled);
    }
    pageNumber->setEnabled(enabled);
    zoomLevel->setEnabled(enabled);
}

void ViewerToolBar::showPage(int page, int count)
{
    const QSignalBlocker blocker(pageNumber);
    pageNumber->setRange(count > 0 ? 1 : 0, std::max(count, 0));
    // No document: a dash rather than a page 0 (the special text shows at the minimum value).
    pageNumber->setSpecialValueText(count > 0 ? QString() : u"–"_s);
    pageNumber->setValue(count > 0 ? page + 1 : 0);
    pageCount->setText(count > 0 ? tr("of %1").arg(count) : QString());
    // Wide enough for the largest page number, and no wider.
    pageNumber->setFixedWidth(
        pageNumber->fontMetrics().horizontalAdvance(QString::number(std::max(count, 10))) + 16);
    previousPage->setEnabled(count > 0 && page > 0);
    firstPage->setEnabled(count > 0 && page > 0);
    nextPage->setEnabled(count > 0 && page < count - 1);
    lastPage->setEnabled(count > 0 && page < count - 1);
}

void ViewerToolBar::showZoom(double factor, bool fitsWidth)
{
    zoomLevel->setText(tr("%1 %", "zoom percentage").arg(std::lround(factor * 100)));
    fitWidth->setChecked(fitsWidth);
}

void ViewerToolBar::showDetached(bool detached)
{
    detach->setChecked(detached);
    detach->setText(detached ? tr("Bring back beside the order") : tr("Open in its own window"));
    detach->setToolTip(withShortcuts(detach->text(), detach->shortcuts()));
    if (QWidget* button = widgetForAction(detach)) {
        button->setAccessibleName(detach->text());
    }
}

} // namespace guichet::ui::viewer
