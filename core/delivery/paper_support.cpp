#include "delivery/paper_support.h"

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>

namespace guichet::delivery {
namespace {

constexpr int resolution = 300;
const QColor ink(25, 25, 25);
const QColor labelInk(70, 70, 70);
const QColor frame(120, 120, 120);
const QColor sectionFill(232, 236, 242);
constexpr qreal labelColumnMm = 58;

} // namespace

QString PaperPage::trainingMark()
{
    // Bilingual on purpose, in every language: the house's mark of everything training.
    return QStringLiteral("FORMATION / TRAINING");
}

PaperPage::PaperPage(QIODevice& device, const QString& title)
{
    m_writer = std::make_unique<QPdfWriter>(&device);
    m_writer->setResolution(resolution);
    m_writer->setTitle(title);
    m_writer->setCreator(QStringLiteral("Guichet"));
    begin(*m_writer);
}

PaperPage::PaperPage(QPagedPaintDevice& device)
{
    begin(device);
}

void PaperPage::begin(QPagedPaintDevice& device)
{
    m_target = &device;
    m_target->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                        QMarginsF(18, 15, 18, 15), QPageLayout::Millimeter));
    m_resolution = m_target->logicalDpiY() > 0 ? m_target->logicalDpiY() : resolution;
    m_painter.begin(m_target);
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_area = QRectF(QPointF(0, 0), QSizeF(m_target->width(), m_target->height()));
    m_y = m_area.top();
}

PaperPage::~PaperPage()
{
    if (m_painter.isActive()) {
        m_painter.end();
    }
}

qreal PaperPage::mm(qreal millimetres) const
{
    return millimetres * m_resolution / 25.4;
}

void PaperPage::heading(const QString& issuer, const QString& title, const QString& subtitle)
{
    m_painter.setPen(labelInk);
    m_painter.setFont(sans(8.5, true));
    QRectF used;
    m_painter.drawText(QRectF(m_area.left(), m_y, m_area.width(), mm(8)), Qt::AlignLeft | Qt::AlignTop,
                       issuer, &used);
    m_y += used.height() + mm(2);
    m_painter.setPen(ink);
    m_painter.setFont(sans(17, true));
    m_painter.drawText(QRectF(m_area.left(), m_y, m_area.width(), mm(30)), Qt::AlignLeft | Qt::TextWordWrap,
                       title, &used);
    m_y += used.height() + mm(1);
    m_painter.setFont(sans(10.5));
    m_painter.setPen(labelInk);
    m_painter.drawText(QRectF(m_area.left(), m_y, m_area.width(), mm(20)), Qt::AlignLeft | Qt::TextWordWrap,
                       subtitle, &used);
    m_y += used.height() + mm(2.5);
    m_painter.setPen(QPen(ink, mm(0.5)));
    m_painter.drawLine(QPointF(m_area.left(), m_y), QPointF(m_area.right(), m_y));
    m_y += mm(5);
}

void PaperPage::beginSection(const QString& title)
{
    m_sectionTop = m_y;
    const QFont font = sans(9.5, true);
    const qreal height = QFontMetricsF(font, m_target).height() + mm(2.2);
    const QRectF band(m_area.left(), m_y, m_area.width(), height);
    m_painter.fillRect(band, sectionFill);
    m_painter.setFont(font);
    m_painter.setPen(ink);
    m_painter.drawText(band.adjusted(mm(2.5), 0, -mm(2.5), 0), Qt::AlignVCenter | Qt::AlignLeft, title);
    m_y += height + mm(2);
}

void PaperPage::endSection()
{
    if (m_sectionTop < 0) {
        return;
    }
    m_y += mm(0.8);
    m_painter.setPen(QPen(frame, mm(0.25)));
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawRect(QRectF(m_area.left(), m_sectionTop, m_area.width(), m_y - m_sectionTop));
    m_sectionTop = -1;
    m_y += mm(4);
}

void PaperPage::row(const QString& label, const QString& value)
{
    const qreal inset = mm(2.5);
    const qreal labelWidth = mm(labelColumnMm);
    const qreal gap = mm(3);
    const qreal left = m_area.left() + inset;
    const qreal valueLeft = left + labelWidth + gap;
    const qreal valueWidth = m_area.right() - inset - valueLeft;
    QRectF usedLabel;
    QRectF usedValue;
    m_painter.setPen(labelInk);
    m_painter.setFont(sans(9));
    m_painter.drawText(QRectF(left, m_y, labelWidth, m_area.bottom() - m_y), Qt::TextWordWrap, label,
                       &usedLabel);
    m_painter.setPen(ink);
    m_painter.setFont(sans(9.5, true));
    m_painter.drawText(QRectF(valueLeft, m_y, valueWidth, m_area.bottom() - m_y), Qt::TextWrapAnywhere,
                       value.isEmpty() ? QStringLiteral("—") : value, &usedValue);
    m_y += std::max(usedLabel.height(), usedValue.height()) + mm(1.3);
}

void PaperPage::paragraph(const QString& text, const QFont& font, const QColor& color)
{
    m_painter.setFont(font);
    m_painter.setPen(color);
    QRectF used;
    m_painter.drawText(QRectF(m_area.left(), m_y, m_area.width(), m_area.bottom() - m_y), Qt::TextWordWrap,
                       text, &used);
    m_y += used.height() + mm(1.5);
}

void PaperPage::signatureBoxes(const QString& leftCaption, const QString& leftName,
                               const QString& rightCaption, const QString& rightName, qreal heightMm)
{
    const qreal gap = mm(8);
    const qreal width = (m_area.width() - gap) / 2;
    const qreal height = mm(heightMm);
    const auto box = [&](qreal left, const QString& caption, const QString& name) {
        const QRectF rect(left, m_y, width, height);
        m_painter.setPen(QPen(ink, mm(0.35)));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawRect(rect);
        const QRectF inner = rect.adjusted(mm(2.5), mm(2), -mm(2.5), -mm(2));
        m_painter.setFont(sans(9, true));
        QRectF used;
        m_painter.drawText(inner, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, caption, &used);
        m_painter.setFont(sans(9));
        m_painter.setPen(labelInk);
        m_painter.drawText(inner.adjusted(0, used.height() + mm(0.5), 0, 0),
                           Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, name);
    };
    box(m_area.left(), leftCaption, leftName);
    box(m_area.left() + width + gap, rightCaption, rightName);
    m_y += height + mm(4);
}

void PaperPage::trainingMarks()
{
    m_painter.save();
    // The band sits in the top margin, above the heading, across the whole sheet.
    const qreal bandHeight = mm(9);
    const QRectF band(m_area.left() - mm(18), m_area.top() - mm(13), m_area.width() + mm(36), bandHeight);
    m_painter.fillRect(band, QColor(190, 20, 30));
    m_painter.setPen(Qt::white);
    m_painter.setFont(sans(11, true));
    m_painter.drawText(band, Qt::AlignCenter,
                       trainingMark() + QStringLiteral(" — ") +
                           tr("not a real delivery: nothing on this page is valid"));
    // The watermark: large, translucent, diagonal, over the content (the documents draw it last).
    m_painter.translate(m_area.center());
    m_painter.rotate(-55);
    QFont font = sans(42, true);
    font.setLetterSpacing(QFont::PercentageSpacing, 105);
    m_painter.setFont(font);
    m_painter.setPen(QColor(200, 30, 40, 50));
    const qreal length = std::hypot(m_area.width(), m_area.height());
    m_painter.drawText(QRectF(-length / 2, -mm(20), length, mm(40)), Qt::AlignCenter, trainingMark());
    m_painter.restore();
}

void PaperPage::footer(const QString& text)
{
    m_painter.setFont(sans(7.5));
    m_painter.setPen(QColor(110, 110, 110));
    m_painter.drawText(QRectF(m_area.left(), m_area.bottom() - mm(8), m_area.width(), mm(8)),
                       Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, text);
}

Status PaperPage::finish()
{
    if (!m_painter.end()) {
        return Error{tr("The document could not be drawn."), QStringLiteral("QPainter::end failed")};
    }
    m_writer.reset(); // writes the trailer into the device
    return {};
}

QFont PaperPage::sans(qreal points, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

QFont PaperPage::mono(qreal points, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans Mono"));
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

QString PaperPage::formatDate(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString PaperPage::formatDateTime(const QDateTime& at)
{
    if (!at.isValid()) {
        return {};
    }
    const QDateTime local = at.toLocalTime();
    //: A date and a time on the delivery's paper: %1 is dd/MM/yyyy, %2 is HH:mm (local time).
    return tr("%1 at %2").arg(formatDate(local.date()), local.time().toString(QStringLiteral("HH:mm")));
}

} // namespace guichet::delivery
