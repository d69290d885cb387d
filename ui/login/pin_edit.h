#pragma once

// The PIN field of the lock screen. It takes the PIN key by key straight into a token::Pin (a locked,
// wiped SecureBuffer) and paints one dot per character: the PIN never becomes a QString, so it
// cannot linger in Qt's shared, unwiped strings, an undo stack, the clipboard or an input method.
// There is no QLineEdit inside. Paste and drops are refused (a PIN on the clipboard is a PIN any
// program can read), input methods are off, and a screen reader hears "PIN length: 6".
//
// Keys: any printable character adds it, Backspace removes the last one, Escape or clear() wipes
// everything, Enter emits submitted().

#include "token/pin.h"

#include <QWidget>

namespace guichet::ui {

class PinEdit : public QWidget
{
    Q_OBJECT

public:
    explicit PinEdit(QWidget* parent = nullptr);
    ~PinEdit() override;

    /// How many characters were typed (what the dots show).
    int length() const { return m_length; }
    bool isEmpty() const { return m_length == 0; }
    /// The longest PIN accepted, in characters; keys beyond it are refused.
    int maximumLength() const { return m_maximumLength; }
    void setMaximumLength(int characters);

    /// Hands the PIN over (to a login) and leaves the field empty. The caller's Pin wipes itself.
    token::Pin takePin();
    /// For tests: the bytes typed so far, without taking them.
    const token::Pin& pinForTesting() const { return m_pin; }

    /// "PIN length: 6" for screen readers: never the PIN.
    QString accessibleValue() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    QVariant inputMethodQuery(Qt::InputMethodQuery query) const override;

public Q_SLOTS:
    /// Wipes the PIN typed so far.
    void clear();

Q_SIGNALS:
    /// Enter or Return was pressed (with or without a PIN: the page decides).
    void submitted();
    /// The PIN grew or shrank (its length only).
    void lengthChanged(int length);
    /// Paste (or a drop) was refused: the page may say why.
    void pasteRefused();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void inputMethodEvent(QInputMethodEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool event(QEvent* event) override;

private:
    void setLength(int length);

    token::Pin m_pin;
    int m_length = 0;
    int m_maximumLength = 64;
};

} // namespace guichet::ui
