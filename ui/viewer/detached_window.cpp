#include "detached_window.h"

#include <QAction>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet::ui::viewer {

DetachedWindow::DetachedWindow() : QWidget(nullptr, Qt::Window), m_layout(new QVBoxLayout(this))
{
    setObjectName(u"viewerDetachedWindow"_s);
    setAccessibleName(tr("Document window"));
    setAttribute(Qt::WA_QuitOnClose, false);
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void DetachedWindow::present(QWidget* content, const QWidget* near)
{
    m_layout->addWidget(content);
    content->show();
    if (!m_geometry.isEmpty() && restoreGeometry(m_geometry)) {
        show();
        return;
    }
    QScreen* home = near ? near->screen() : nullptr;
    const QList<QScreen*> screens = QGuiApplication::screens();
    for (QScreen* screen : screens) {
        if (screen != home) {
            // A second screen: the document gets all of it.
            setGeometry(screen->availableGeometry());
            showMaximized();
            return;
        }
    }
    // One screen: a window the shape of a page, beside the desk's window where there is room.
    const QRect available = home ? home->availableGeometry() : QRect(0, 0, 1280, 800);
    const QSize size(std::min(900, available.width()), std::min(1100, available.height()));
    QRect frame(QPoint(), size);
    frame.moveCenter(available.center());
    if (near) {
        const QRect desk = near->window()->frameGeometry();
        if (desk.right() + size.width() <= available.right()) {
            frame.moveTopLeft(QPoint(desk.right() + 1, available.top()));
        }
    }
    setGeometry(frame);
    show();
}

void DetachedWindow::dismiss(QWidget* content)
{
    m_geometry = saveGeometry();
    m_layout->removeWidget(content);
    m_dismissing = true;
    hide();
    m_dismissing = false;
}

void DetachedWindow::closeEvent(QCloseEvent* event)
{
    if (!m_dismissing) {
        emit closeRequested();
    }
    event->accept();
}

DetachPlaceholder::DetachPlaceholder(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"viewerDetachedPlaceholder"_s);
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(tr("The document is shown in its own window."), this);
    label->setObjectName(u"viewerDetachedLabel"_s);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    m_button = new QPushButton(tr("Bring the document back here"), this);
    m_button->setObjectName(u"viewerReattach"_s);
    m_button->setAccessibleName(tr("Bring the document back here"));
    const QKeySequence shortcut(Qt::CTRL | Qt::Key_D);
    m_button->setToolTip(
        tr("Bring the document back here (%1)").arg(shortcut.toString(QKeySequence::NativeText)));
    layout->addStretch();
    layout->addWidget(label);
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    layout->addStretch();

    auto* reattach = new QAction(this);
    reattach->setShortcut(shortcut);
    reattach->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(reattach);
    connect(reattach, &QAction::triggered, this, &DetachPlaceholder::reattachRequested);
    connect(m_button, &QPushButton::clicked, this, &DetachPlaceholder::reattachRequested);
}

} // namespace guichet::ui::viewer
