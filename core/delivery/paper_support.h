#pragma once

// What the delivery's paper has in common: one A4 page drawn with Qt Gui on a QPdfWriter (never Qt
// Widgets), with a title block, label/value rows grouped in framed sections, signature boxes, the
// TRAINING / FORMATION band and a footer. The three documents (intervention sheet, delivery receipt,
// PIN letter) compose their page from these pieces so that they look like one family of forms.

#include "model/result.h"

#include <QByteArray>
#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QIODevice>
#include <QPainter>
#include <QPdfWriter>
#include <QString>
#include <memory>

namespace guichet::delivery {

/// One A4 portrait page: a PDF at 300 dpi written to a QIODevice (a QBuffer, or a device that keeps
/// the bytes somewhere safer), or drawn straight on a paged device such as a printer (the PIN letter,
/// which is never saved). Lengths are given in millimetres (mm()) and drawn at the device's resolution.
class PaperPage
{
    Q_DECLARE_TR_FUNCTIONS(guichet::delivery::PaperPage)

public:
    /// A PDF into `device`, which must be open for writing and outlive the page.
    PaperPage(QIODevice& device, const QString& title);
    /// Drawn on `device` (a QPrinter the operator chose), which must outlive the page. Its page layout
    /// is set to the house's: A4 portrait, the same margins as the PDFs.
    explicit PaperPage(QPagedPaintDevice& device);
    ~PaperPage();
    PaperPage(const PaperPage&) = delete;
    PaperPage& operator=(const PaperPage&) = delete;

    QPainter& painter() { return m_painter; }
    /// The printable area in device units (margins excluded).
    QRectF area() const { return m_area; }
    /// `millimetres` in the device's units.
    qreal mm(qreal millimetres) const;

    qreal cursor() const { return m_y; }
    void setCursor(qreal y) { m_y = y; }
    void skip(qreal millimetres) { m_y += mm(millimetres); }

    /// The document's heading: an issuer line, the title, a subtitle (e.g. the order number) and a rule.
    void heading(const QString& issuer, const QString& title, const QString& subtitle);
    /// A section title; the rows that follow are drawn under it until endSection() frames them.
    void beginSection(const QString& title);
    void endSection();
    /// A label and its value in two columns, wrapped. An empty value is drawn as a dash.
    void row(const QString& label, const QString& value);
    /// A paragraph over the full width, wrapped.
    void paragraph(const QString& text, const QFont& font, const QColor& color = Qt::black);
    /// Two boxes side by side, each with a caption and the signer's name above an empty space.
    void signatureBoxes(const QString& leftCaption, const QString& leftName, const QString& rightCaption,
                        const QString& rightName, qreal heightMm = 38);
    /// A red band across the top of the page and a large diagonal watermark: the document was made in
    /// training and proves nothing. Drawn last, translucent, over the content. Does not move the cursor.
    void trainingMarks();
    /// "FORMATION / TRAINING", in every language (the mark of everything training in Guichet).
    static QString trainingMark();
    /// Small grey text at the bottom of the page. Does not move the cursor.
    void footer(const QString& text);

    /// Ends the page and the document; the bytes are in the device. An error when QPdfWriter failed.
    Status finish();

    static QFont sans(qreal points, bool bold = false);
    static QFont mono(qreal points, bool bold = false);

    /// "12/03/2025 à 14:05" in French, "12/03/2025 at 14:05" in English, in local time.
    static QString formatDateTime(const QDateTime& at);
    /// dd/MM/yyyy, as French forms write it (English operators read the same paper).
    static QString formatDate(const QDate& date);

private:
    void begin(QPagedPaintDevice& device);

    std::unique_ptr<QPdfWriter> m_writer;  ///< set for a PDF
    QPagedPaintDevice* m_target = nullptr; ///< what is painted on: the writer, or the caller's device
    qreal m_resolution = 300;
    QPainter m_painter;
    QRectF m_area;
    qreal m_y = 0;
    qreal m_sectionTop = -1;
};

} // namespace guichet::delivery
