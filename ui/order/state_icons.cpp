#include "state_icons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace guichet::ui {
namespace {

QPixmap drawState(rules::ItemState state, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / 16.0, size / 16.0);
    const QColor colour = stateColour(state);
    QPen pen(Qt::white, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (state) {
    case rules::ItemState::Passed: {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(QRectF(0.5, 0.5, 15, 15));
        painter.setPen(pen);
        QPainterPath tick;
        tick.moveTo(4.5, 8.5);
        tick.lineTo(7, 11);
        tick.lineTo(11.5, 5.5);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(tick);
        break;
    }
    case rules::ItemState::Failed:
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(QRectF(0.5, 0.5, 15, 15));
        painter.setPen(pen);
        painter.drawLine(QPointF(5, 5), QPointF(11, 11));
        painter.drawLine(QPointF(11, 5), QPointF(5, 11));
        break;
    case rules::ItemState::AwaitingConfirmation:
        // A ring with a dot: something for the operator to do, not a fault.
        painter.setPen(QPen(colour, 2.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(QRectF(1.5, 1.5, 13, 13));
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(QRectF(5.5, 5.5, 5, 5));
        break;
    case rules::ItemState::NotApplicable:
        painter.setPen(QPen(colour, 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(QRectF(1.5, 1.5, 13, 13));
        painter.setPen(QPen(colour, 2.0, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(5, 8), QPointF(11, 8));
        break;
    }
    return pixmap;
}

} // namespace

QColor stateColour(rules::ItemState state)
{
    switch (state) {
    case rules::ItemState::Passed:
        return QColor(0x2e, 0x7d, 0x32);
    case rules::ItemState::Failed:
        return QColor(0xc6, 0x28, 0x28);
    case rules::ItemState::AwaitingConfirmation:
        return QColor(0xb2, 0x5e, 0x00);
    case rules::ItemState::NotApplicable:
        return QColor(0x61, 0x61, 0x61);
    }
    Q_UNREACHABLE();
}

QIcon stateIcon(rules::ItemState state)
{
    QIcon icon;
    for (int size : {16, 32}) {
        icon.addPixmap(drawState(state, size));
    }
    return icon;
}

} // namespace guichet::ui
