#pragma once

// Detaching: the viewer's contents move into a window of their own (for a second screen) and back.
// DetachedWindow is that window: closing it asks for the contents to come back. DetachPlaceholder
// stands where the contents were, says where they went, and brings them back.

#include <QByteArray>
#include <QWidget>

class QPushButton;
class QVBoxLayout;

namespace guichet::ui::viewer {

class DetachedWindow : public QWidget
{
    Q_OBJECT

public:
    /// A top-level window without parent (so that no window manager keeps it above the desk), which
    /// does not keep the application running once the desk's main window is closed.
    DetachedWindow();

    /// Puts `content` in the window and shows it: where it was last time, else on a screen other than
    /// `near`'s if there is one (maximised there), else beside it.
    void present(QWidget* content, const QWidget* near);
    /// Takes the content out (the caller re-parents it) and hides the window.
    void dismiss(QWidget* content);

signals:
    /// The operator closed the window: the content should go back.
    void closeRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QVBoxLayout* m_layout;
    QByteArray m_geometry; ///< where the operator last put the window, in this session
    bool m_dismissing = false;
};

class DetachPlaceholder : public QWidget
{
    Q_OBJECT

public:
    explicit DetachPlaceholder(QWidget* parent = nullptr);

signals:
    void reattachRequested();

private:
    QPushButton* m_button;
};

} // namespace guichet::ui::viewer
