#include "problem.h"

#include <QStringList>

namespace guichet::package {

QString manifestLocation(const QString& pointer)
{
    return u"manifest.json: " + pointer;
}

Error summarise(const QString& message, const QList<Problem>& problems)
{
    QStringList lines;
    lines.reserve(problems.size());
    for (const auto& problem : problems) {
        lines.append(problem.toString());
    }
    return Error{message, lines.join(u'\n')};
}

QString printable(const QString& text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            result += u"\\u{" + QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0') + u'}';
        } else {
            result += c;
        }
    }
    return result;
}

QString formatSize(qint64 bytes)
{
    constexpr qint64 kib = 1024;
    constexpr qint64 mib = 1024 * kib;
    const auto scaled = [](qint64 value, qint64 unit) {
        // One decimal, dropped when it is zero: "300", "4.5".
        QString text = QString::number(double(value) / double(unit), 'f', 1);
        if (text.endsWith(u".0")) {
            text.chop(2);
        }
        return text;
    };
    if (bytes == 1) {
        return PackageText::tr("1 byte");
    }
    if (bytes < kib) {
        return PackageText::tr("%1 bytes").arg(bytes);
    }
    if (bytes < mib) {
        return PackageText::tr("%1 KB").arg(scaled(bytes, kib));
    }
    return PackageText::tr("%1 MB").arg(scaled(bytes, mib));
}

} // namespace guichet::package
