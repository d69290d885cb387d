#include "pin_edit.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QApplication>
#include <QContextMenuEvent>
#include <QFocusEvent>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFrame>

namespace guichet::ui {
namespace {

/// What a screen reader is told: an editable password field whose value is its length in words.
class PinEditAccessible : public QAccessibleWidget
{
public:
    explicit PinEditAccessible(PinEdit* edit) : QAccessibleWidget(edit, QAccessible::EditableText) {}

    QAccessible::State state() const override
    {
        QAccessible::State state = QAccessibleWidget::state();
        state.passwordEdit = true;
        state.editable = true;
        state.focusable = true;
        return state;
    }

    QString text(QAccessible::Text kind) const override
    {
        if (kind == QAccessible::Value) {
            return static_cast<PinEdit*>(widget())->accessibleValue();
        }
        return QAccessibleWidget::text(kind);
    }
};

QAccessibleInterface* pinEditAccessible(const QString& className, QObject* object)
{
    if (className == QLatin1String("guichet::ui::PinEdit") && object != nullptr && object->isWidgetType()) {
        return new PinEditAccessible(static_cast<PinEdit*>(object));
    }
    return nullptr;
}

/// Characters a PIN may hold: printable ones, never control characters.
bool isPinCharacter(char32_t codePoint)
{
    return codePoint >= 0x20 && codePoint != 0x7f && !(codePoint >= 0x80 && codePoint < 0xa0) &&
           QChar::isPrint(codePoint);
}

} // namespace

PinEdit::PinEdit(QWidget* parent) : QWidget(parent)
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(pinEditAccessible);
        return true;
    }();
    Q_UNUSED(factoryInstalled);

    setObjectName(QStringLiteral("pinEdit"));
    setFocusPolicy(Qt::StrongFocus);
    // No input method: it would see (and might remember or predict) every character.
    setAttribute(Qt::WA_InputMethodEnabled, false);
    setAttribute(Qt::WA_KeyCompression, false);
    setAcceptDrops(false);
    setContextMenuPolicy(Qt::PreventContextMenu);
    setCursor(Qt::IBeamCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("PIN"));
}

PinEdit::~PinEdit() = default; // m_pin wipes itself

void PinEdit::setMaximumLength(int characters)
{
    m_maximumLength = std::max(1, characters);
}

token::Pin PinEdit::takePin()
{
    token::Pin taken = std::move(m_pin);
    m_pin = token::Pin();
    setLength(0);
    return taken;
}

void PinEdit::clear()
{
    m_pin.clear();
    setLength(0);
}

QString PinEdit::accessibleValue() const
{
    return tr("PIN length: %1").arg(m_length);
}

void PinEdit::setLength(int length)
{
    if (length == m_length) {
        return;
    }
    m_length = length;
    update();
    if (QAccessible::isActive()) {
        QAccessibleValueChangeEvent change(this, accessibleValue());
        QAccessible::updateAccessibility(&change);
    }
    Q_EMIT lengthChanged(m_length);
}

void PinEdit::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Paste)) {
        Q_EMIT pasteRefused();
        event->accept();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        event->accept();
        Q_EMIT submitted();
        return;
    case Qt::Key_Backspace:
        if (m_length > 0) {
            m_pin.removeLastCodePoint();
            setLength(m_length - 1);
        }
        event->accept();
        return;
    case Qt::Key_Escape:
        if (m_length > 0) {
            clear();
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    const Qt::KeyboardModifiers commands = Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier;
    if ((event->modifiers() & commands) == 0) {
        // The key event's own text is the only place the character exists outside the buffer; it is
        // read code point by code point, never kept.
        bool added = false;
        for (const char32_t codePoint : event->text().toUcs4()) {
            if (!isPinCharacter(codePoint)) {
                continue;
            }
            if (m_length >= m_maximumLength) {
                QApplication::beep();
                break;
            }
            m_pin.appendCodePoint(codePoint);
            setLength(m_length + 1);
            added = true;
        }
        if (added) {
            event->accept();
            return;
        }
    }
    QWidget::keyPressEvent(event);
}

bool PinEdit::event(QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        // Typing a PIN character, Backspace or a paste (refused here) is the field's, not a menu's.
        auto* key = static_cast<QKeyEvent*>(event);
        const Qt::KeyboardModifiers commands = Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier;
        if (key->matches(QKeySequence::Paste) || key->key() == Qt::Key_Backspace ||
            ((key->modifiers() & commands) == 0 && !key->text().isEmpty() &&
             isPinCharacter(key->text().toUcs4().value(0)))) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

void PinEdit::inputMethodEvent(QInputMethodEvent* event)
{
    // Input methods are disabled; should one still send text, it is not taken.
    event->ignore();
}

QVariant PinEdit::inputMethodQuery(Qt::InputMethodQuery query) const
{
    switch (query) {
    case Qt::ImEnabled:
        return false;
    case Qt::ImHints:
        return int(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                   Qt::ImhNoAutoUppercase);
    default:
        return {};
    }
}

void PinEdit::contextMenuEvent(QContextMenuEvent* event)
{
    event->accept(); // no menu: nothing to copy, nothing may be pasted
}

void PinEdit::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::MiddleButton) {
        // X11's selection paste.
        Q_EMIT pasteRefused();
    }
    setFocus(Qt::MouseFocusReason);
    event->accept();
}

void PinEdit::focusInEvent(QFocusEvent* event)
{
    QWidget::focusInEvent(event);
    update();
}

void PinEdit::focusOutEvent(QFocusEvent* event)
{
    QWidget::focusOutEvent(event);
    update();
}

QSize PinEdit::sizeHint() const
{
    const QFontMetrics metrics(font());
    QStyleOptionFrame option;
    option.initFrom(this);
    option.lineWidth = style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, this);
    const QSize content(metrics.height() * 14, std::max(metrics.height(), 14) + 8);
    return style()->sizeFromContents(QStyle::CT_LineEdit, &option, content, this);
}

QSize PinEdit::minimumSizeHint() const
{
    const QSize hint = sizeHint();
    return {hint.width() / 2, hint.height()};
}

void PinEdit::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    QStyleOptionFrame frame;
    frame.initFrom(this);
    frame.lineWidth = style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &frame, this);
    frame.midLineWidth = 0;
    frame.state |= QStyle::State_Sunken;
    if (hasFocus()) {
        frame.state |= QStyle::State_HasFocus;
    }
    style()->drawPrimitive(QStyle::PE_PanelLineEdit, &frame, &painter, this);

    const QRect area =
        style()->subElementRect(QStyle::SE_LineEditContents, &frame, this).adjusted(6, 0, -6, 0);
    const int diameter = std::clamp(area.height() / 2, 6, 12);
    const int step = diameter + diameter / 2 + 2;
    const int y = area.center().y() - diameter / 2;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::Text));
    int x = area.left();
    const int fits = std::max(1, area.width() / step);
    for (int index = 0; index < std::min(m_length, fits); ++index) {
        painter.drawEllipse(QRect(x, y, diameter, diameter));
        x += step;
    }
    if (hasFocus() && isEnabled()) {
        painter.setPen(QPen(palette().color(QPalette::Text), 1));
        const int cursorX = std::min(x, area.right());
        painter.drawLine(cursorX, area.top() + 4, cursorX, area.bottom() - 4);
    }
}

} // namespace guichet::ui
