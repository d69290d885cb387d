#pragma once

// Shared by the demo tests: a fixed "today", a full textual dump of an order (to compare two
// orders field by field), and PDF reading through Qt Pdf.

#include "catch_qt.h"
#include "demo/demo_generator.h"
#include "model/order.h"

#include <QByteArray>
#include <QDate>
#include <QImage>
#include <QString>
#include <catch2/catch.hpp>

namespace guichet::demo::test {

/// The day the tests generate for (the 15-year rule case needs 2024 to 2028).
inline QDate today()
{
    return {2026, 3, 16};
}

/// Every field of the order, one per line, in a stable order.
QString describe(const Order& order);

struct PdfInfo
{
    bool loaded = false;
    int pages = 0;
    QString text; ///< all pages' text
};
/// Loads `bytes` with QPdfDocument (through a temporary file).
PdfInfo readPdf(const QByteArray& bytes);
/// Page `page` rendered at `dpi` on white (QPdfDocument renders on transparent).
QImage renderPdfPage(const QByteArray& bytes, int page, int dpi);

} // namespace guichet::demo::test
