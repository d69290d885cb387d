#pragma once

// Reads typed fields out of the manifest's JSON, recording a Problem (with the field's JSON pointer)
// for every field that is missing, of the wrong type or out of range, and carrying on: the caller
// gets a placeholder value and the complete list of problems at the end. Internal to the room.

#include "model/decision.h"
#include "model/enums.h"
#include "problem.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <algorithm>
#include <initializer_list>
#include <optional>

namespace guichet::package {

class JsonReader
{
public:
    explicit JsonReader(QList<Problem>& problems) : m_problems(problems) {}

    void problem(const QString& pointer, const QString& message);

    /// Reports every key of `object` not in `known` (a misspelt field would otherwise be silently
    /// lost). Missing keys are reported by the accessors below.
    void checkKeys(const QJsonObject& object, const QString& pointer,
                   std::initializer_list<const char*> known);

    /// The value of a required field, or nothing (and a problem) when it is missing.
    std::optional<QJsonValue> field(const QJsonObject& object, const QString& pointer, const char* key);

    /// A string, or nothing (and a problem) when missing or of another type.
    std::optional<QString> maybeString(const QJsonObject& object, const QString& pointer, const char* key);
    enum class Empty
    {
        Allowed,
        Refused
    };
    QString string(const QJsonObject& object, const QString& pointer, const char* key,
                   Empty empty = Empty::Allowed);
    bool boolean(const QJsonObject& object, const QString& pointer, const char* key);
    qint64 integer(const QJsonObject& object, const QString& pointer, const char* key, qint64 min,
                   qint64 max);
    /// An ISO 8601 calendar date ("1985-03-07"), or null when `nullable` (gives an invalid QDate).
    QDate date(const QJsonObject& object, const QString& pointer, const char* key, bool nullable);
    /// An RFC 3339 date and time with an explicit offset, converted to UTC; null when `nullable`.
    QDateTime dateTime(const QJsonObject& object, const QString& pointer, const char* key, bool nullable);
    /// A required object whose keys are checked against `known`; nothing when it is missing or not an
    /// object (reported once: the caller skips its fields rather than report each as missing).
    std::optional<QJsonObject> object(const QJsonObject& parent, const QString& pointer, const char* key,
                                      std::initializer_list<const char*> known);
    /// Like object(), but null is allowed and gives nothing.
    std::optional<QJsonObject> nullableObject(const QJsonObject& parent, const QString& pointer,
                                              const char* key, std::initializer_list<const char*> known);
    QJsonArray array(const QJsonObject& object, const QString& pointer, const char* key);

    /// `value` (found at `pointer`) as an object whose keys are checked, or nothing (and a problem).
    std::optional<QJsonObject> asObject(const QJsonValue& value, const QString& pointer,
                                        std::initializer_list<const char*> known);
    /// `value` as an object of any content (for informational parts such as checklists).
    std::optional<QJsonObject> anyObject(const QJsonValue& value, const QString& pointer);
    std::optional<QString> asString(const QJsonValue& value, const QString& pointer);

    /// A stable code read with fromCode<Enum>, or nothing (and a problem); `unknownMessage` has %1
    /// for the code found.
    template <typename Enum>
    std::optional<Enum> maybeCode(const QJsonObject& object, const QString& pointer, const char* key,
                                  const QString& unknownMessage)
    {
        const auto text = maybeString(object, pointer, key);
        if (!text) {
            return std::nullopt; // missing or not a string: already reported
        }
        const auto value = fromCode<Enum>(*text);
        if (!value) {
            problem(child(pointer, key), unknownMessage.arg(printable(*text)));
        }
        return value;
    }
    template <typename Enum>
    Enum code(const QJsonObject& object, const QString& pointer, const char* key, Enum fallback,
              const QString& unknownMessage)
    {
        return maybeCode<Enum>(object, pointer, key, unknownMessage).value_or(fallback);
    }

    static QString child(const QString& pointer, const char* key);
    static QString child(const QString& pointer, qsizetype index);

private:
    /// "expected a string, found a number"
    void wrongType(const QString& pointer, const QString& expected, const QJsonValue& found);

    QList<Problem>& m_problems;
};

} // namespace guichet::package
