#include "delivery/pin_letter.h"

#include "delivery/paper_support.h"

#include <QGlyphRun>
#include <QIODevice>
#include <QRawFont>
#include <array>
#include <openssl/crypto.h>

namespace guichet::delivery {
namespace {

constexpr std::size_t maxCodeLength = 32;

/// A write-only device that appends what it is given to a SecureBuffer: the PDF never sits in a
/// QByteArray.
class SecureBufferDevice final : public QIODevice
{
public:
    explicit SecureBufferDevice(token::SecureBuffer& buffer) : m_buffer(buffer) {}
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        m_buffer.append(std::string_view(data, std::size_t(size)));
        return size;
    }

private:
    token::SecureBuffer& m_buffer;
};

bool printable(const token::Pin& code)
{
    if (code.isEmpty() || code.size() > maxCodeLength) {
        return false;
    }
    const char* bytes = code.bytes().data();
    for (std::size_t i = 0; i < code.size(); ++i) {
        if (bytes[i] < 0x21 || bytes[i] > 0x7e) {
            return false;
        }
    }
    return true;
}

/// Draws `code` in a row of cells, one character per cell, starting at (left, top). The characters go
/// from the buffer's bytes to QChars and glyph indexes in arrays on the stack, wiped afterwards.
void drawCode(QPainter& painter, const token::Pin& code, qreal left, qreal top, qreal cell, qreal penWidth)
{
    QFont font = PaperPage::mono(10, true);
    QRawFont raw = QRawFont::fromFont(font);
    raw.setPixelSize(cell * 0.62);

    std::array<QChar, maxCodeLength> characters{};
    std::array<quint32, maxCodeLength> glyphs{};
    std::array<QPointF, maxCodeLength> positions{};
    const int count = int(code.size());
    const char* bytes = code.bytes().data();
    for (int i = 0; i < count; ++i) {
        characters[std::size_t(i)] = QChar(ushort(static_cast<unsigned char>(bytes[i])));
    }
    int glyphCount = count;
    raw.glyphIndexesForChars(characters.data(), count, glyphs.data(), &glyphCount);
    std::array<QPointF, maxCodeLength> advances{};
    raw.advancesForGlyphIndexes(glyphs.data(), advances.data(), glyphCount);

    painter.setPen(QPen(QColor(25, 25, 25), penWidth));
    painter.setBrush(Qt::NoBrush);
    const qreal baseline = top + cell / 2 + (raw.ascent() - raw.descent()) / 2;
    for (int i = 0; i < glyphCount; ++i) {
        const qreal cellLeft = left + i * cell;
        painter.drawRect(QRectF(cellLeft, top, cell, cell));
        positions[std::size_t(i)] = QPointF(cellLeft + (cell - advances[std::size_t(i)].x()) / 2, baseline);
    }
    QGlyphRun run;
    run.setRawFont(raw);
    run.setRawData(glyphs.data(), positions.data(), glyphCount);
    painter.setPen(Qt::black);
    painter.drawGlyphRun(QPointF(0, 0), run);
    run.clear();

    OPENSSL_cleanse(characters.data(), sizeof(characters));
    OPENSSL_cleanse(glyphs.data(), sizeof(glyphs));
    OPENSSL_cleanse(positions.data(), sizeof(positions));
    OPENSSL_cleanse(advances.data(), sizeof(advances));
}

} // namespace

Error PinLetter::unprintable()
{
    return Error{tr("The PIN letter cannot print these codes."),
                 QStringLiteral("a code is empty, longer than %1 or not printable ASCII").arg(maxCodeLength)};
}

PinLetterData PinLetterData::from(const Order& order, const QString& tokenLabel, const QString& tokenSerial,
                                  const QDateTime& at, bool training)
{
    PinLetterData data;
    data.orderNumber = order.number;
    data.holder = order.holder;
    data.organisation = order.organisation;
    data.tokenLabel = tokenLabel;
    data.tokenSerial = tokenSerial;
    data.at = at;
    data.training = training;
    return data;
}

void PinLetter::draw(PaperPage& page, const PinLetterData& data, const token::Pin& pin, const token::Pin& puk)
{
    page.heading(tr("Registration authority — personal and confidential"), tr("Your token's PIN codes"),
                 tr("Order %1").arg(data.orderNumber));

    page.beginSection(tr("Holder"));
    page.row(tr("Name"), data.holder.displayName());
    page.row(tr("Organisation"), data.organisation.name);
    page.endSection();

    page.beginSection(tr("Token"));
    page.row(tr("Token label"), data.tokenLabel);
    page.row(tr("Token serial number"), data.tokenSerial);
    page.row(tr("Printed on"), PaperPage::formatDateTime(data.at));
    page.endSection();

    page.paragraph(tr("Here are the temporary codes of your token. The PIN protects your certificate's "
                      "private key: change it the first time you use the token. The PUK unblocks the token "
                      "if the PIN is entered wrongly too many times: keep it apart from the token."),
                   PaperPage::sans(9.5));
    page.skip(3);

    const qreal cell = page.mm(11);
    const auto code = [&](const QString& caption, const token::Pin& value) {
        page.paragraph(caption, PaperPage::sans(11, true));
        page.skip(1);
        drawCode(page.painter(), value, page.area().left() + page.mm(2.5), page.cursor(), cell,
                 page.mm(0.35));
        page.setCursor(page.cursor() + cell);
        page.skip(7);
    };
    code(tr("Temporary PIN"), pin);
    code(tr("PUK (unblocking code)"), puk);

    page.paragraph(tr("Nobody from the registration authority will ever ask you for these codes. Guichet "
                      "did not keep them: if you lose this letter, the token must be reset. Destroy this "
                      "letter once you have changed your PIN."),
                   PaperPage::sans(9.5, true), QColor(150, 20, 30));
    if (data.training) {
        page.trainingMarks();
    }
    page.footer(tr("Personal and confidential — order %1.").arg(data.orderNumber));
}

Status PinLetter::paint(QPagedPaintDevice& device, const PinLetterData& data, const token::Pin& pin,
                        const token::Pin& puk)
{
    if (!printable(pin) || !printable(puk)) {
        return unprintable();
    }
    PaperPage page(device);
    draw(page, data, pin, puk);
    return page.finish();
}

Result<token::SecureBuffer> PinLetter::render(const PinLetterData& data, const token::Pin& pin,
                                              const token::Pin& puk)
{
    if (!printable(pin) || !printable(puk)) {
        return unprintable();
    }
    token::SecureBuffer pdf;
    SecureBufferDevice device(pdf);
    device.open(QIODevice::WriteOnly);
    {
        PaperPage page(device, tr("PIN letter %1").arg(data.orderNumber));
        draw(page, data, pin, puk);
        if (Status finished = page.finish(); !finished) {
            return finished.error();
        }
    }
    device.close();
    return pdf;
}

} // namespace guichet::delivery
