#include "content_check.h"

#include <QStringView>

namespace guichet::ui::viewer {

namespace {

quint8 byteAt(const QByteArray& bytes, qsizetype index)
{
    return static_cast<quint8>(bytes.at(index));
}

quint32 bigEndian32(const QByteArray& bytes, qsizetype index)
{
    return (quint32(byteAt(bytes, index)) << 24) | (quint32(byteAt(bytes, index + 1)) << 16) |
           (quint32(byteAt(bytes, index + 2)) << 8) | quint32(byteAt(bytes, index + 3));
}

const QByteArray pngSignature = QByteArrayLiteral("\x89PNG\r\n\x1a\n");

bool pngComplete(const QByteArray& png)
{
    // Chunks: length (4, big-endian), type (4), data (length), CRC (4). IEND ends the file.
    qsizetype at = pngSignature.size();
    while (at + 12 <= png.size()) {
        const quint32 length = bigEndian32(png, at);
        const qsizetype end = at + 12 + qsizetype(length);
        if (length > 0x7fffffffu || end > png.size()) {
            return false;
        }
        if (png.mid(at + 4, 4) == "IEND") {
            return true;
        }
        at = end;
    }
    return false;
}

bool jpegComplete(const QByteArray& jpeg)
{
    // After SOI, marker segments (FF xx, then a 2-byte length that counts itself) up to a scan
    // (SOS); a scan's entropy-coded data runs until the next marker other than a stuffed byte
    // (FF 00) or a restart marker (FF D0-D7). Progressive files have several scans. EOI (FF D9) ends.
    qsizetype at = 2;
    const qsizetype size = jpeg.size();
    while (at + 1 < size) {
        if (byteAt(jpeg, at) != 0xFF) {
            return false;
        }
        const quint8 marker = byteAt(jpeg, at + 1);
        if (marker == 0xFF) { // fill byte before a marker
            ++at;
            continue;
        }
        if (marker == 0xD9) {
            return true;
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { // markers without a length
            at += 2;
            continue;
        }
        if (at + 3 >= size) {
            return false;
        }
        const qsizetype length = (qsizetype(byteAt(jpeg, at + 2)) << 8) | byteAt(jpeg, at + 3);
        if (length < 2) {
            return false;
        }
        at += 2 + length;
        if (at > size) {
            return false;
        }
        if (marker == 0xDA) { // SOS: skip the entropy-coded data
            while (at + 1 < size) {
                if (byteAt(jpeg, at) == 0xFF) {
                    const quint8 next = byteAt(jpeg, at + 1);
                    if (next != 0x00 && !(next >= 0xD0 && next <= 0xD7)) {
                        break;
                    }
                    at += 2;
                } else {
                    ++at;
                }
            }
        }
    }
    return false;
}

} // namespace

ContentKind sniffContent(const QByteArray& content)
{
    if (content.startsWith(pngSignature)) {
        return ContentKind::Png;
    }
    if (content.size() >= 3 && byteAt(content, 0) == 0xFF && byteAt(content, 1) == 0xD8 &&
        byteAt(content, 2) == 0xFF) {
        return ContentKind::Jpeg;
    }
    // ISO 32000 lets "%PDF-" come after some leading bytes; readers look within the first KiB.
    if (content.left(1024).contains("%PDF-")) {
        return ContentKind::Pdf;
    }
    return ContentKind::Unknown;
}

std::optional<ContentKind> kindOfMediaType(const QString& mediaType)
{
    const QStringView essence = QStringView(mediaType).left(mediaType.indexOf(u';')).trimmed();
    if (essence.compare(u"application/pdf", Qt::CaseInsensitive) == 0) {
        return ContentKind::Pdf;
    }
    if (essence.compare(u"image/png", Qt::CaseInsensitive) == 0) {
        return ContentKind::Png;
    }
    if (essence.compare(u"image/jpeg", Qt::CaseInsensitive) == 0 ||
        essence.compare(u"image/jpg", Qt::CaseInsensitive) == 0) {
        return ContentKind::Jpeg;
    }
    return std::nullopt;
}

bool isComplete(ContentKind kind, const QByteArray& content)
{
    switch (kind) {
    case ContentKind::Png:
        return content.startsWith(pngSignature) && pngComplete(content);
    case ContentKind::Jpeg:
        return sniffContent(content) == ContentKind::Jpeg && jpegComplete(content);
    case ContentKind::Pdf:
    case ContentKind::Unknown:
        break;
    }
    return true;
}

} // namespace guichet::ui::viewer
