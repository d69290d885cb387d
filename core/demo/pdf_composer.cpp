#include "pdf_composer.h"

#include <QPageLayout>
#include <QPageSize>

namespace guichet::demo {
namespace {

constexpr int resolution = 300;

/// QPdfWriter writes "/CreationDate (D:YYYYMMDDHHmmSS..." from the clock; overwrite the 14 digits
/// in place (same length, so the cross-reference offsets stay right).
void stampCreationDate(QByteArray& pdf, const QDate& date)
{
    const QByteArray marker("/CreationDate (D:");
    const qsizetype at = pdf.indexOf(marker);
    if (at < 0 || !date.isValid()) {
        return;
    }
    const QByteArray stamp = date.toString(QStringLiteral("yyyyMMdd")).toLatin1() + QByteArray("090000");
    const qsizetype digits = at + marker.size();
    if (digits + stamp.size() <= pdf.size()) {
        pdf.replace(digits, stamp.size(), stamp);
    }
}

} // namespace

PdfComposer::PdfComposer(const QString& title, const QDate& documentDate) : m_date(documentDate)
{
    m_buffer.open(QIODevice::WriteOnly);
    m_writer = std::make_unique<QPdfWriter>(&m_buffer);
    m_writer->setResolution(resolution);
    m_writer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                        QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter));
    m_writer->setTitle(title);
    m_writer->setCreator(QStringLiteral("Guichet demo"));
    m_painter.begin(m_writer.get());
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_area = QRectF(QPointF(0, 0), QSizeF(m_writer->width(), m_writer->height()));
    m_y = m_area.top();
}

PdfComposer::~PdfComposer()
{
    if (m_painter.isActive()) {
        m_painter.end();
    }
}

qreal PdfComposer::mm(qreal millimetres)
{
    return millimetres * resolution / 25.4;
}

void PdfComposer::text(const QString& text, const QFont& font, Qt::Alignment alignment, const QColor& color,
                       qreal indentMm)
{
    m_painter.setFont(font);
    m_painter.setPen(color);
    const QRectF box(m_area.left() + mm(indentMm), m_y, m_area.width() - mm(indentMm), m_area.bottom() - m_y);
    QRectF used;
    m_painter.drawText(box, int(alignment | Qt::TextWordWrap), text, &used);
    m_y += used.height();
}

void PdfComposer::row(const QString& label, const QString& value, qreal labelWidthMm)
{
    const qreal labelWidth = mm(labelWidthMm);
    const qreal gap = mm(3);
    QRectF usedLabel;
    QRectF usedValue;
    m_painter.setPen(QColor(40, 40, 40));
    m_painter.setFont(sans(9, true));
    m_painter.drawText(QRectF(m_area.left(), m_y, labelWidth, m_area.bottom() - m_y), Qt::TextWordWrap, label,
                       &usedLabel);
    m_painter.setPen(Qt::black);
    m_painter.setFont(sans(9));
    m_painter.drawText(QRectF(m_area.left() + labelWidth + gap, m_y, m_area.width() - labelWidth - gap,
                              m_area.bottom() - m_y),
                       Qt::TextWordWrap, value, &usedValue);
    m_y += std::max(usedLabel.height(), usedValue.height()) + mm(1.2);
}

void PdfComposer::band(const QString& title, const QColor& background)
{
    const QFont font = sans(9.5, true);
    m_painter.setFont(font);
    const qreal height = QFontMetricsF(font, m_writer.get()).height() + mm(2);
    m_painter.fillRect(QRectF(m_area.left(), m_y, m_area.width(), height), background);
    m_painter.setPen(Qt::black);
    m_painter.drawText(QRectF(m_area.left() + mm(2), m_y, m_area.width() - mm(4), height), Qt::AlignVCenter,
                       title);
    m_y += height + mm(2);
}

void PdfComposer::line(const QColor& color, qreal widthMm)
{
    m_painter.setPen(QPen(color, mm(widthMm)));
    m_painter.drawLine(QPointF(m_area.left(), m_y), QPointF(m_area.right(), m_y));
    m_y += mm(2);
}

void PdfComposer::footer(const QString& text)
{
    m_painter.setFont(sans(7));
    m_painter.setPen(QColor(110, 110, 110));
    m_painter.drawText(QRectF(m_area.left(), m_area.bottom() - mm(5), m_area.width(), mm(5)),
                       Qt::AlignHCenter | Qt::AlignBottom, text);
}

void PdfComposer::newPage()
{
    m_writer->newPage();
    ++m_page;
    m_y = m_area.top();
}

QByteArray PdfComposer::finish()
{
    m_painter.end();
    m_writer.reset(); // flushes the trailer into the buffer
    QByteArray pdf = m_buffer.data();
    stampCreationDate(pdf, m_date);
    return pdf;
}

QFont PdfComposer::sans(qreal points, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

QFont PdfComposer::serif(qreal points, bool bold, bool italic)
{
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setItalic(italic);
    return font;
}

QFont PdfComposer::mono(qreal points)
{
    QFont font(QStringLiteral("DejaVu Sans Mono"));
    font.setPointSizeF(points);
    return font;
}

} // namespace guichet::demo
