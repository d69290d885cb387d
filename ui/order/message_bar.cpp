#include "message_bar.h"

#include <QHBoxLayout>
#include <QLabel>

namespace guichet::ui {

MessageBar::MessageBar(QWidget* parent) : QFrame(parent), m_label(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    m_label->setObjectName(QStringLiteral("messageText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_label);
    hide();
}

void MessageBar::showMessage(Kind kind, const QString& text)
{
    m_kind = kind;
    m_label->setText(text);
    // Colour helps, the words carry the meaning: the text itself says what failed.
    setStyleSheet(kind == Kind::Error
                      ? QStringLiteral("QFrame { background: #fde8e8; border: 1px solid #c62828; }"
                                       "QLabel { color: #7f1d1d; border: none; }")
                      : QStringLiteral("QFrame { background: #e6f4ea; border: 1px solid #2e7d32; }"
                                       "QLabel { color: #1b4d20; border: none; }"));
    setAccessibleName(kind == Kind::Error ? tr("Error") : tr("Information"));
    setAccessibleDescription(text);
    show();
}

void MessageBar::clear()
{
    m_label->clear();
    hide();
}

QString MessageBar::text() const
{
    return m_label->text();
}

} // namespace guichet::ui
