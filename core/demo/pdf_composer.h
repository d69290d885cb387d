#pragma once

// A small page composer over QPdfWriter for the demo's A4 documents: a cursor that flows headings,
// paragraphs and label/value rows down the page. The PDF's creation date is set to the document's
// own date, so the same document always gives the same bytes (QPdfWriter stamps the current time).

#include <QBuffer>
#include <QByteArray>
#include <QColor>
#include <QDate>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QString>
#include <memory>

namespace guichet::demo {

class PdfComposer
{
public:
    /// `title` goes in the PDF's metadata; `documentDate` becomes its creation date.
    PdfComposer(const QString& title, const QDate& documentDate);
    ~PdfComposer();
    PdfComposer(const PdfComposer&) = delete;
    PdfComposer& operator=(const PdfComposer&) = delete;

    QPainter& painter() { return m_painter; }
    /// The printable area in device units (300 dpi, margins excluded).
    QRectF area() const { return m_area; }
    /// Millimetres to device units.
    static qreal mm(qreal millimetres);

    qreal cursor() const { return m_y; }
    void setCursor(qreal y) { m_y = y; }
    void skip(qreal millimetres) { m_y += mm(millimetres); }
    qreal remaining() const { return m_area.bottom() - m_y; }

    /// Text flowed over the full width (or the given indent), word-wrapped; moves the cursor.
    void text(const QString& text, const QFont& font, Qt::Alignment alignment = Qt::AlignLeft,
              const QColor& color = Qt::black, qreal indentMm = 0);
    /// A bold label on the left column and its value on the right, wrapped.
    void row(const QString& label, const QString& value, qreal labelWidthMm = 62);
    /// A section title on a tinted band.
    void band(const QString& title, const QColor& background);
    void line(const QColor& color = QColor(90, 90, 90), qreal widthMm = 0.3);
    /// Small grey text at the bottom of the current page (does not move the cursor).
    void footer(const QString& text);
    void newPage();
    int pageNumber() const { return m_page; }

    /// Ends the document and returns its bytes.
    QByteArray finish();

    static QFont sans(qreal points, bool bold = false);
    static QFont serif(qreal points, bool bold = false, bool italic = false);
    static QFont mono(qreal points);

private:
    QBuffer m_buffer;
    std::unique_ptr<QPdfWriter> m_writer;
    QPainter m_painter;
    QRectF m_area;
    qreal m_y = 0;
    int m_page = 1;
    QDate m_date;
};

} // namespace guichet::demo
