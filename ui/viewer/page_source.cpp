#include "page_source.h"

#include "content_check.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QPainter>
#include <QPdfDocument>
#include <QThread>
#include <QTransform>
#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace guichet::ui::viewer {

namespace {

// The sentences below are translated in the context "guichet::ui::viewer", spelled out at each call:
// lupdate files a call under the literal context it names, so the context extracted and the one
// looked up at run time cannot drift apart (a free tr() helper would be filed under the namespace
// but looked up under whatever context the helper passed).

/// Above this many pixels an image is refused: 64 Mpx is a 300 dpi scan of an A1 sheet, and four
/// times Qt's default allocation limit for one image already.
constexpr qint64 maxImagePixels = 64LL * 1024 * 1024;

QString kindName(ContentKind kind)
{
    switch (kind) {
    case ContentKind::Pdf:
        return QCoreApplication::translate("guichet::ui::viewer", "a PDF document");
    case ContentKind::Png:
        return QCoreApplication::translate("guichet::ui::viewer", "a PNG image");
    case ContentKind::Jpeg:
        return QCoreApplication::translate("guichet::ui::viewer", "a JPEG image");
    case ContentKind::Unknown:
        break;
    }
    return QCoreApplication::translate("guichet::ui::viewer", "data of no known format");
}

/// The page drawn on white: PDFium leaves the background transparent.
QImage onWhite(const QImage& image)
{
    if (!image.hasAlphaChannel()) {
        return image.convertToFormat(QImage::Format_RGB32);
    }
    QImage opaque(image.size(), QImage::Format_RGB32);
    opaque.fill(Qt::white);
    QPainter painter(&opaque);
    painter.drawImage(0, 0, image);
    return opaque;
}

class PdfPageSource final : public PageSource
{
public:
    explicit PdfPageSource(const QByteArray& content) : m_content(content), m_buffer(&m_content)
    {
        m_buffer.open(QIODevice::ReadOnly);
        // From a random-access device, QPdfDocument loads synchronously: status is final on return.
        m_document.load(&m_buffer);
        if (m_document.status() == QPdfDocument::Status::Ready) {
            m_sizes.reserve(m_document.pageCount());
            for (int page = 0; page < m_document.pageCount(); ++page) {
                m_sizes.append(m_document.pagePointSize(page));
            }
        }
    }

    QPdfDocument::Status status() const { return m_document.status(); }
    QPdfDocument::Error error() const { return m_document.error(); }

    int pageCount() const override { return int(m_sizes.size()); }
    QSizeF pageSize(int page) const override { return m_sizes.value(page); }

    QImage render(int page, QSize pixelSize, int rotation) override
    {
        if (page < 0 || page >= pageCount() || pixelSize.isEmpty()) {
            return {};
        }
        QPdfDocumentRenderOptions options;
        options.setRotation(QPdfDocumentRenderOptions::Rotation((rotation / 90) % 4));
        // Annotations carry form fields and stamps a signed contract may show.
        options.setRenderFlags(QPdfDocumentRenderOptions::RenderFlag::Annotations);
        const QImage image = m_document.render(page, pixelSize, options);
        return image.isNull() ? QImage() : onWhite(image);
    }

private:
    QByteArray m_content;
    QBuffer m_buffer; ///< PDFium reads the document from it lazily, page by page
    QPdfDocument m_document;
    QList<QSizeF> m_sizes;
};

class ImagePageSource final : public PageSource
{
public:
    explicit ImagePageSource(QImage image) : m_image(std::move(image)) {}

    int pageCount() const override { return 1; }
    QSizeF pageSize(int page) const override { return page == 0 ? QSizeF(m_image.size()) * 0.75 : QSizeF(); }

    QImage render(int page, QSize pixelSize, int rotation) override
    {
        if (page != 0 || pixelSize.isEmpty()) {
            return {};
        }
        // Scale first, then rotate the small result: rotating a 20 Mpx scan costs more than scaling.
        const bool sideways = rotation % 180 != 0;
        const QSize unrotated = sideways ? pixelSize.transposed() : pixelSize;
        QImage scaled = m_image.scaled(unrotated, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        if (rotation % 360 != 0) {
            scaled = scaled.transformed(QTransform().rotate(rotation));
        }
        return onWhite(scaled);
    }

private:
    QImage m_image;
};

/// Qt PDF's document is a QObject made on the GUI thread: whoever lets go of the source last (maybe
/// the render thread), it is deleted on the GUI thread.
std::shared_ptr<PageSource> shareFromGuiThread(PageSource* source)
{
    return std::shared_ptr<PageSource>(source, [](PageSource* doomed) {
        QCoreApplication* app = QCoreApplication::instance();
        if (app && QThread::currentThread() != app->thread()) {
            QMetaObject::invokeMethod(
                app, [doomed] { delete doomed; }, Qt::QueuedConnection);
        } else {
            delete doomed;
        }
    });
}

Result<std::shared_ptr<PageSource>> openPdf(const QByteArray& content)
{
    auto pdf = std::make_unique<PdfPageSource>(content);
    if (pdf->status() != QPdfDocument::Status::Ready) {
        const QString code = QString::number(int(pdf->error()));
        switch (pdf->error()) {
        case QPdfDocument::Error::IncorrectPassword:
            return Error{QCoreApplication::translate(
                             "guichet::ui::viewer",
                             "This PDF is protected by a password, so it cannot be shown. Ask the requester "
                             "for a copy without a password."),
                         u"QPdfDocument error "_s + code};
        case QPdfDocument::Error::UnsupportedSecurityScheme:
            return Error{QCoreApplication::translate(
                             "guichet::ui::viewer",
                             "This PDF is encrypted in a way Guichet cannot open. Ask the requester for a "
                             "copy without protection."),
                         u"QPdfDocument error "_s + code};
        default:
            return Error{QCoreApplication::translate(
                             "guichet::ui::viewer",
                             "This PDF cannot be read: the file is damaged or is not a real PDF."),
                         u"QPdfDocument error "_s + code};
        }
    }
    if (pdf->pageCount() == 0) {
        return Error{QCoreApplication::translate("guichet::ui::viewer",
                                                 "This PDF has no pages: there is nothing to show."),
                     u"PDF with 0 pages"_s};
    }
    return shareFromGuiThread(pdf.release());
}

Result<std::shared_ptr<PageSource>> openImage(const QByteArray& content, ContentKind kind)
{
    if (!isComplete(kind, content)) {
        return Error{QCoreApplication::translate(
                         "guichet::ui::viewer",
                         "This image is incomplete: the file was cut short, probably while it was sent or "
                         "stored. Ask the requester to send it again."),
                     kind == ContentKind::Png ? u"PNG without IEND"_s : u"JPEG without EOI"_s};
    }
    QBuffer buffer;
    buffer.setData(content);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, kind == ContentKind::Png ? "png" : "jpeg");
    // Scans from phones carry their orientation in EXIF: show them upright.
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > maxImagePixels) {
        return Error{QCoreApplication::translate("guichet::ui::viewer",
                                                 "This image is too large to show (%1 × %2 pixels).")
                         .arg(QString::number(size.width()), QString::number(size.height())),
                     u"image above the pixel limit"_s};
    }
    QImage image = reader.read();
    if (image.isNull()) {
        return Error{QCoreApplication::translate("guichet::ui::viewer",
                                                 "This image cannot be read: the file is damaged."),
                     reader.errorString()};
    }
    return shareFromGuiThread(new ImagePageSource(std::move(image)));
}

} // namespace

Result<std::shared_ptr<PageSource>> openPageSource(const QByteArray& content, const QString& mediaType)
{
    const std::optional<ContentKind> declared = kindOfMediaType(mediaType);
    if (!declared) {
        return Error{QCoreApplication::translate(
                         "guichet::ui::viewer",
                         "Documents of type “%1” cannot be shown: only PDF, PNG and JPEG files can.")
                         .arg(mediaType.isEmpty()
                                  ? QCoreApplication::translate("guichet::ui::viewer", "unknown")
                                  : mediaType),
                     u"unsupported media type"_s};
    }
    if (content.isEmpty()) {
        return Error{QCoreApplication::translate("guichet::ui::viewer",
                                                 "This document is empty: the file holds no data."),
                     u"0 bytes"_s};
    }
    const ContentKind actual = sniffContent(content);
    if (actual != *declared) {
        return Error{QCoreApplication::translate(
                         "guichet::ui::viewer",
                         "This file is declared as %1 but holds %2: it was sent with the wrong type, or it "
                         "is damaged.")
                         .arg(kindName(*declared), kindName(actual)),
                     u"media type mismatch"_s};
    }
    return actual == ContentKind::Pdf ? openPdf(content) : openImage(content, actual);
}

} // namespace guichet::ui::viewer
