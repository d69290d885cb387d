#pragma once

// The PIN letter (*courrier PIN*): the temporary PIN and PUK generated for a holder's token, printed
// once and never stored. The codes arrive as token::Pin (a SecureBuffer) and are drawn character by
// character from the buffer's bytes as glyphs (QRawFont + QGlyphRun over arrays on the stack, wiped
// after drawing): no QString of a code is ever built.
//
// The desk paints the letter straight on the printer the operator chose (paint()): no document of
// the codes exists in Guichet, on disk or in memory. render() makes the same page as a PDF, returned
// in a token::SecureBuffer (locked, wiped when it dies), written there directly by QPdfWriter through
// a device of our own: there is no QByteArray copy of it (the tests and the screenshots read it).
// Limits, outside our reach: QPainter copies the glyph indexes and positions into its own temporary
// arrays, the paint engines keep the page's content (the glyph codes) in memory until the page ends,
// both freed without being wiped; and the print system spools the job as it does any print.

#include "model/order.h"
#include "model/result.h"
#include "token/pin.h"
#include "token/secure_buffer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QPagedPaintDevice;

namespace guichet::delivery {

class PaperPage;

struct PinLetterData
{
    QString orderNumber;
    Holder holder;
    Organisation organisation;
    QString tokenLabel;
    QString tokenSerial;
    QDateTime at;
    bool training = false;

    static PinLetterData from(const Order& order, const QString& tokenLabel, const QString& tokenSerial,
                              const QDateTime& at, bool training);
};

class PinLetter
{
    Q_DECLARE_TR_FUNCTIONS(guichet::delivery::PinLetter)

public:
    /// The letter's PDF for `pin` and `puk` (printable ASCII characters, at most 32 each). An error,
    /// and no bytes, when a code is empty, too long or holds other characters.
    static Result<token::SecureBuffer> render(const PinLetterData& data, const token::Pin& pin,
                                              const token::Pin& puk);
    /// The same letter drawn straight on `device` (the printer the operator chose): no bytes of it
    /// pass through Guichet's memory as a document, and nothing is saved.
    static Status paint(QPagedPaintDevice& device, const PinLetterData& data, const token::Pin& pin,
                        const token::Pin& puk);

private:
    static void draw(PaperPage& page, const PinLetterData& data, const token::Pin& pin,
                     const token::Pin& puk);
    static Error unprintable();
};

} // namespace guichet::delivery
