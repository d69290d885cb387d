#pragma once

// Internal to core/store: how model values become SQL values and back, and the few wrappers that
// turn a failed QSqlQuery into an Error naming the statement and the call site.

#include "model/result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

class QSqlQuery;

namespace guichet::store::sql {

/// A string for a NOT NULL text column. QtSql binds a null QString as SQL NULL, so a null string
/// becomes the empty string here.
QVariant text(const QString& value);
/// NULL when empty (columns that reference another table, such as documents.sha256).
QVariant textOrNull(const QString& value);

/// Days as ISO 8601 text (`yyyy-MM-dd`, which sorts and compares as text); NULL when invalid.
QVariant date(const QDate& value);
QDate toDate(const QVariant& value);
/// Instants as ISO 8601 UTC text with milliseconds; NULL when invalid.
QVariant dateTime(const QDateTime& value);
QDateTime toDateTime(const QVariant& value);

/// `query.prepare(sql)`, or the error naming the statement and `where`.
Status prepare(QSqlQuery& query, const QString& sql, const char* where);
/// `query.exec()` of a prepared statement, or the error naming it and `where`.
Status exec(QSqlQuery& query, const char* where);

} // namespace guichet::store::sql
