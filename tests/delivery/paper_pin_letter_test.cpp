// The PIN letter: the temporary PIN and PUK drawn from their SecureBuffers, glyph by glyph, into a
// PDF that itself lives in a SecureBuffer. Read back with Qt PDF: the codes are in its text.

#include "delivery/pin_letter.h"
#include "paper_fixture.h"
#include "sample_order.h"

#include <QFile>
#include <QPrinter>
#include <QTemporaryDir>
#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace guichet;
using namespace guichet::delivery;
using namespace guichet::testing;

namespace {

const QDate today(2025, 3, 12);

PinLetterData letterFor(const Order& order, bool training = false)
{
    return PinLetterData::from(order, u"HÉLÈNE LEFÈVRE-DUPONT"_s, u"4A1B2C3D4E5F"_s,
                               QDateTime(today, QTime(14, 20), Qt::UTC), training);
}

std::string_view view(const token::SecureBuffer& buffer)
{
    return {buffer.data(), buffer.size()};
}

} // namespace

TEST_CASE("The PIN letter prints the PIN and the PUK for the holder on one A4 page", "[delivery][paper]")
{
    const Order order = sampleOrder(today);
    const token::Pin pin = token::Pin::fromUtf8("482913");
    const token::Pin puk = token::Pin::fromUtf8("55019283");
    const auto pdf = PinLetter::render(letterFor(order), pin, puk);
    REQUIRE(pdf.ok());
    REQUIRE(pdf->size() > 1000);
    CHECK(std::string_view(pdf->data(), 5) == "%PDF-");
    const PaperInfo paper = readPaper(view(*pdf));
    REQUIRE(paper.loaded);
    CHECK(paper.pages == 1);
    CHECK(std::abs(paper.pointSize.width() - 595.3) < 1.5);
    const QString text = paper.compact();
    // The codes, drawn one glyph per cell, read back in order.
    CHECK(text.contains(u"TemporaryPIN482913"_s));
    CHECK(text.contains(u"PUK(unblockingcode)55019283"_s));
    CHECK(text.contains(compact(order.number)));
    CHECK(text.contains(compact(order.holder.displayName())));
    CHECK(text.contains(u"4A1B2C3D4E5F"_s));
    CHECK_FALSE(text.contains(u"TRAINING"_s));
    saveScreenshot(view(*pdf), u"pin-letter-en"_s);

    const auto training = PinLetter::render(letterFor(order, true), pin, puk);
    REQUIRE(training.ok());
    CHECK(readPaper(view(*training)).compact().contains(u"FORMATION/TRAINING"_s));
    saveScreenshot(view(*training), u"pin-letter-training-en"_s);
}

TEST_CASE("A code the letter cannot print is refused without a document", "[delivery][paper]")
{
    const Order order = sampleOrder(today);
    const token::Pin good = token::Pin::fromUtf8("12345678");
    CHECK_FALSE(PinLetter::render(letterFor(order), token::Pin(), good).ok());
    CHECK_FALSE(PinLetter::render(letterFor(order), good, token::Pin::fromUtf8("12 34")).ok());
    CHECK_FALSE(PinLetter::render(letterFor(order), token::Pin::fromUtf8("é123"), good).ok());
    CHECK_FALSE(PinLetter::render(letterFor(order), good, token::Pin::fromUtf8(std::string(33, '7'))).ok());
    CHECK(PinLetter::render(letterFor(order), good, token::Pin::fromUtf8(std::string(32, '7'))).ok());
}

TEST_CASE("The letter's codes may hold letters and signs as well as digits", "[delivery][paper]")
{
    const auto pdf = PinLetter::render(letterFor(sampleOrder(today)), token::Pin::fromUtf8("Ab3#x9"),
                                       token::Pin::fromUtf8("Zz-0!"));
    REQUIRE(pdf.ok());
    const QString text = readPaper(view(*pdf)).compact();
    CHECK(text.contains(u"Ab3#x9"_s));
    CHECK(text.contains(u"Zz-0!"_s));
}

TEST_CASE("The PIN letter is painted straight on a printer, at the printer's resolution", "[delivery][paper]")
{
    // What the desk does: no PDF of the codes in Guichet's memory, the letter drawn on the QPrinter the
    // operator chose. A printer printing to PDF stands in for the real one (same paint engine calls).
    const Order order = sampleOrder(today);
    const token::Pin pin = token::Pin::fromUtf8("731904");
    const token::Pin puk = token::Pin::fromUtf8("Zq7-88Kd");
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString output = dir.filePath(u"printed.pdf"_s);
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(output);
        REQUIRE(printer.resolution() != 300); // another resolution than the PDFs' own
        REQUIRE(PinLetter::paint(printer, letterFor(order), pin, puk).ok());
    }
    QFile file(output);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const PaperInfo printed = readPaper(file.readAll());
    REQUIRE(printed.loaded);
    CHECK(printed.pages == 1);
    CHECK(std::abs(printed.pointSize.width() - 595.3) < 1.5); // A4, whatever the printer's default
    const QString text = printed.compact();
    CHECK(text.contains(u"TemporaryPIN731904"_s));
    CHECK(text.contains(u"PUK(unblockingcode)Zq7-88Kd"_s));

    // The same page as the PDF rendering: same words, in the same order.
    const auto pdf = PinLetter::render(letterFor(order), pin, puk);
    REQUIRE(pdf.ok());
    CHECK(readPaper(view(*pdf)).compact() == text);

    // Codes it cannot print are refused before anything is drawn.
    QPrinter refused(QPrinter::HighResolution);
    refused.setOutputFormat(QPrinter::PdfFormat);
    refused.setOutputFileName(dir.filePath(u"refused.pdf"_s));
    CHECK_FALSE(PinLetter::paint(refused, letterFor(order), token::Pin::fromUtf8("12 34"), puk).ok());
    CHECK_FALSE(QFile::exists(dir.filePath(u"refused.pdf"_s)));
}
