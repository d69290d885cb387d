#include "checklist_icons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace guichet::ui {
namespace {

QPixmap draw(ChecklistDigest::Level level, int size)
{
    using Level = ChecklistDigest::Level;
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / 16.0, size / 16.0);
    const QRectF disc(1.5, 1.5, 13, 13);
    QPen mark(Qt::white, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (level) {
    case Level::Ready: {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x2e, 0x7d, 0x32));
        painter.drawEllipse(disc);
        QPainterPath tick;
        tick.moveTo(4.8, 8.2);
        tick.lineTo(7.0, 10.4);
        tick.lineTo(11.2, 5.8);
        painter.setPen(mark);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(tick);
        break;
    }
    case Level::InProgress:
        painter.setPen(QPen(QColor(0xd9, 0x7a, 0x00), 2.2));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(disc.adjusted(0.6, 0.6, -0.6, -0.6));
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xd9, 0x7a, 0x00));
        painter.drawEllipse(QPointF(8, 8), 2.0, 2.0);
        break;
    case Level::Failing:
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xc6, 0x28, 0x28));
        painter.drawEllipse(disc);
        painter.setPen(mark);
        painter.drawLine(QPointF(8, 4.6), QPointF(8, 8.8));
        painter.drawPoint(QPointF(8, 11.4));
        break;
    case Level::Unavailable:
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x75, 0x75, 0x75));
        painter.drawEllipse(disc);
        painter.setPen(mark);
        painter.drawLine(QPointF(5, 8), QPointF(11, 8));
        break;
    }
    return pixmap;
}

} // namespace

QIcon checklistIcon(ChecklistDigest::Level level)
{
    QIcon icon;
    icon.addPixmap(draw(level, 16));
    icon.addPixmap(draw(level, 32));
    return icon;
}

} // namespace guichet::ui
