#include "sql_support.h"

#include "database.h"

#include <QSqlQuery>

namespace guichet::store::sql {

QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant textOrNull(const QString& value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

QVariant date(const QDate& value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QDate toDate(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant dateTime(const QDateTime& value)
{
    return value.isValid() ? QVariant(value.toUTC().toString(Qt::ISODateWithMs))
                           : QVariant(QMetaType::fromType<QString>());
}

QDateTime toDateTime(const QVariant& value)
{
    if (value.isNull()) {
        return {};
    }
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

Status prepare(QSqlQuery& query, const QString& sql, const char* where)
{
    if (!query.prepare(sql)) {
        return queryError(query, where);
    }
    return {};
}

Status exec(QSqlQuery& query, const char* where)
{
    if (!query.exec()) {
        return queryError(query, where);
    }
    return {};
}

} // namespace guichet::store::sql
