#pragma once

// Lets Catch print Qt values in failed assertions. Every test includes this one header rather than
// specialising StringMaker itself: two specialisations in one test program would clash.

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <catch2/catch.hpp>

namespace Catch {

template <> struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList& value)
    {
        return '[' + value.join(QStringLiteral("\", \"")).prepend(u'"').append(u'"').toStdString() + ']';
    }
};
template <> struct StringMaker<QDate>
{
    static std::string convert(const QDate& value)
    {
        return value.isValid() ? value.toString(Qt::ISODate).toStdString() : std::string("(invalid date)");
    }
};
template <> struct StringMaker<QDateTime>
{
    static std::string convert(const QDateTime& value)
    {
        return value.isValid() ? value.toString(Qt::ISODateWithMs).toStdString() : std::string("(invalid)");
    }
};
template <> struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray& value)
    {
        return std::to_string(value.size()) + " bytes: " + value.left(32).toHex().toStdString();
    }
};

} // namespace Catch
