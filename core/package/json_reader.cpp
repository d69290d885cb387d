#include "json_reader.h"

#include <QRegularExpression>
#include <cmath>

namespace guichet::package {
namespace {

QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return PackageText::tr("null");
    case QJsonValue::Bool:
        return PackageText::tr("a boolean");
    case QJsonValue::Double:
        return PackageText::tr("a number");
    case QJsonValue::String:
        return PackageText::tr("a string");
    case QJsonValue::Array:
        return PackageText::tr("an array");
    case QJsonValue::Object:
        return PackageText::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return PackageText::tr("nothing");
}

/// JSON numbers are doubles: integers are exact up to 2^53, the limit JSON Schema users expect too.
constexpr qint64 maxExactInteger = (qint64(1) << 53) - 1;

} // namespace

void JsonReader::problem(const QString& pointer, const QString& message)
{
    m_problems.append(Problem{manifestLocation(pointer), message});
}

QString JsonReader::child(const QString& pointer, const char* key)
{
    return pointer + u'/' + QLatin1String(key);
}

QString JsonReader::child(const QString& pointer, qsizetype index)
{
    return pointer + u'/' + QString::number(index);
}

void JsonReader::wrongType(const QString& pointer, const QString& expected, const QJsonValue& found)
{
    problem(pointer, PackageText::tr("expected %1, found %2").arg(expected, typeName(found)));
}

void JsonReader::checkKeys(const QJsonObject& object, const QString& pointer,
                           std::initializer_list<const char*> known)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        const bool isKnown = std::any_of(known.begin(), known.end(),
                                         [&key](const char* k) { return key == QLatin1String(k); });
        if (!isKnown) {
            // Keys are the partner's text: escape them as JSON Pointer does (RFC 6901).
            QString escaped = key;
            escaped.replace(u'~', QStringLiteral("~0")).replace(u'/', QStringLiteral("~1"));
            problem(pointer + u'/' + printable(escaped), PackageText::tr("unknown field"));
        }
    }
}

std::optional<QJsonValue> JsonReader::field(const QJsonObject& object, const QString& pointer,
                                            const char* key)
{
    const auto it = object.constFind(QLatin1String(key));
    if (it == object.constEnd()) {
        problem(child(pointer, key), PackageText::tr("required field is missing"));
        return std::nullopt;
    }
    return it.value();
}

std::optional<QString> JsonReader::maybeString(const QJsonObject& object, const QString& pointer,
                                               const char* key)
{
    const auto value = field(object, pointer, key);
    return value ? asString(*value, child(pointer, key)) : std::nullopt;
}

QString JsonReader::string(const QJsonObject& object, const QString& pointer, const char* key, Empty empty)
{
    auto text = maybeString(object, pointer, key);
    if (!text) {
        return {};
    }
    if (empty == Empty::Refused && text->isEmpty()) {
        problem(child(pointer, key), PackageText::tr("must not be empty"));
    }
    return *text;
}

bool JsonReader::boolean(const QJsonObject& object, const QString& pointer, const char* key)
{
    const auto value = field(object, pointer, key);
    if (value && !value->isBool()) {
        wrongType(child(pointer, key), PackageText::tr("a boolean"), *value);
        return false;
    }
    return value && value->toBool();
}

qint64 JsonReader::integer(const QJsonObject& object, const QString& pointer, const char* key, qint64 min,
                           qint64 max)
{
    const auto value = field(object, pointer, key);
    if (!value) {
        return min;
    }
    const double number = value->toDouble();
    if (!value->isDouble() || !std::isfinite(number) || std::trunc(number) != number) {
        wrongType(child(pointer, key), PackageText::tr("a whole number"), *value);
        return min;
    }
    const qint64 lowest = std::max(min, -maxExactInteger);
    const qint64 highest = std::min(max, maxExactInteger);
    if (number < double(lowest) || number > double(highest)) {
        problem(child(pointer, key), PackageText::tr("%1 is not between %2 and %3")
                                         .arg(QString::number(number, 'g', 17), QString::number(lowest),
                                              QString::number(highest)));
        return min;
    }
    return qint64(number);
}

QDate JsonReader::date(const QJsonObject& object, const QString& pointer, const char* key, bool nullable)
{
    const auto value = field(object, pointer, key);
    if (!value || (nullable && value->isNull())) {
        return {};
    }
    if (!value->isString()) {
        wrongType(child(pointer, key),
                  nullable ? PackageText::tr("a date or null") : PackageText::tr("a date"), *value);
        return {};
    }
    // QDate::fromString(ISODate) alone would also take "1985-3-7" or trailing text: insist on the
    // exact YYYY-MM-DD form the schema documents.
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString text = value->toString();
    const QDate result = shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!result.isValid()) {
        problem(child(pointer, key), PackageText::tr("\"%1\" is not a date").arg(printable(text)));
    }
    return result;
}

QDateTime JsonReader::dateTime(const QJsonObject& object, const QString& pointer, const char* key,
                               bool nullable)
{
    const auto value = field(object, pointer, key);
    if (!value || (nullable && value->isNull())) {
        return {};
    }
    if (!value->isString()) {
        wrongType(child(pointer, key),
                  nullable ? PackageText::tr("a date and time or null") : PackageText::tr("a date and time"),
                  *value);
        return {};
    }
    // An explicit offset is required: a time without one would be read in this machine's zone.
    static const QRegularExpression shape(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:\\d{2})$"));
    const QString text = value->toString();
    const QDateTime result =
        shape.match(text).hasMatch() ? QDateTime::fromString(text, Qt::ISODateWithMs) : QDateTime();
    if (!result.isValid()) {
        problem(
            child(pointer, key),
            PackageText::tr("\"%1\" is not a date and time with a time zone offset").arg(printable(text)));
        return {};
    }
    return result.toUTC();
}

std::optional<QJsonObject> JsonReader::asObject(const QJsonValue& value, const QString& pointer,
                                                std::initializer_list<const char*> known)
{
    if (!value.isObject()) {
        wrongType(pointer, PackageText::tr("an object"), value);
        return std::nullopt;
    }
    checkKeys(value.toObject(), pointer, known);
    return value.toObject();
}

std::optional<QJsonObject> JsonReader::anyObject(const QJsonValue& value, const QString& pointer)
{
    if (!value.isObject()) {
        wrongType(pointer, PackageText::tr("an object"), value);
        return std::nullopt;
    }
    return value.toObject();
}

std::optional<QString> JsonReader::asString(const QJsonValue& value, const QString& pointer)
{
    if (!value.isString()) {
        wrongType(pointer, PackageText::tr("a string"), value);
        return std::nullopt;
    }
    return value.toString();
}

std::optional<QJsonObject> JsonReader::object(const QJsonObject& parent, const QString& pointer,
                                              const char* key, std::initializer_list<const char*> known)
{
    const auto value = field(parent, pointer, key);
    return value ? asObject(*value, child(pointer, key), known) : std::nullopt;
}

std::optional<QJsonObject> JsonReader::nullableObject(const QJsonObject& parent, const QString& pointer,
                                                      const char* key,
                                                      std::initializer_list<const char*> known)
{
    const auto value = field(parent, pointer, key);
    if (!value || value->isNull()) {
        return std::nullopt;
    }
    if (!value->isObject()) {
        wrongType(child(pointer, key), PackageText::tr("an object or null"), *value);
        return std::nullopt;
    }
    checkKeys(value->toObject(), child(pointer, key), known);
    return value->toObject();
}

QJsonArray JsonReader::array(const QJsonObject& object, const QString& pointer, const char* key)
{
    const auto value = field(object, pointer, key);
    if (!value) {
        return {};
    }
    if (!value->isArray()) {
        wrongType(child(pointer, key), PackageText::tr("an array"), *value);
        return {};
    }
    return value->toArray();
}

} // namespace guichet::package
