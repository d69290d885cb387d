#pragma once

// Internal to core/store: the mapping between Order / Document and their rows. The column lists
// and the value lists are written side by side so that they stay in the same order.

#include "model/order.h"
#include "model/result.h"

#include <QString>
#include <QVariantList>

class QSqlQuery;

namespace guichet::store::columns {

/// The `orders` columns written on insert, comma-separated (not `id`).
const QString& orderColumns();
/// The values of orderColumns() for `order`, folded search columns included.
QVariantList orderValues(const Order& order);
/// Reads an order from a row selected as `id, ` + orderColumns() (documents and confirmations are
/// read separately).
Result<Order> readOrder(const QSqlQuery& query);

/// The `documents` columns after `order_id`, comma-separated.
const QString& documentColumns();
QVariantList documentValues(const Document& document, int position);
/// Reads a document from a row selected as documentColumns().
Result<Document> readDocument(const QSqlQuery& query);

/// "?, ?, ?" for `count` placeholders.
QString placeholders(qsizetype count);

/// The error of a row holding a code this build does not know (a newer Guichet wrote it).
Error unknownCode(const char* column, const QString& code);

} // namespace guichet::store::columns
