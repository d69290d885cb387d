#include "mrz_writer.h"

#include "rules/mrz.h"

namespace guichet::demo {
namespace {

/// Padded with '<' to `width`, or cut to it.
QString field(const QString& text, int width)
{
    return text.left(width).leftJustified(width, u'<');
}

QString date(const QDate& day)
{
    return day.toString(QStringLiteral("yyMMdd"));
}

QChar check(QStringView text)
{
    const int digit = rules::mrzCheckDigit(text);
    Q_ASSERT(digit >= 0);
    return QChar(u'0' + digit);
}

/// "SURNAME<<GIVEN<NAMES" cut to `width`.
QString nameField(const MrzSubject& subject, int width)
{
    return field(mrzName(subject.surname) + u"<<" + mrzName(subject.givenNames), width);
}

} // namespace

QString mrzName(const QString& name)
{
    QString folded = rules::foldName(name);
    folded.replace(u' ', u'<');
    return folded;
}

QStringList composeTd1(const QString& documentCode, const QString& number, const QDate& expiry,
                       const MrzSubject& subject)
{
    const QString numberField = field(number, 9);
    const QString line1 = field(documentCode, 2) + u"FRA" + numberField + check(numberField) + field({}, 15);
    const QString birth = date(subject.birthDate);
    const QString until = date(expiry);
    QString line2 = birth + check(birth) + subject.sex + until + check(until) +
                    field(subject.nationality, 3) + field({}, 11);
    // Composite: line 1 from the number on, and line 2's dates with their checks and optional data.
    const QString composite = line1.mid(5, 25) + line2.mid(0, 7) + line2.mid(8, 7) + line2.mid(18, 11);
    line2 += check(composite);
    return {line1, line2, nameField(subject, 30)};
}

QStringList composeTd3(const QString& number, const QDate& expiry, const MrzSubject& subject)
{
    const QString line1 = u"P<FRA" + nameField(subject, 39);
    const QString numberField = field(number, 9);
    const QString birth = date(subject.birthDate);
    const QString until = date(expiry);
    const QString personal = field({}, 14);
    QString line2 = numberField + check(numberField) + field(subject.nationality, 3) + birth + check(birth) +
                    subject.sex + until + check(until) + personal + check(personal);
    const QString composite = line2.mid(0, 10) + line2.mid(13, 7) + line2.mid(21, 22);
    line2 += check(composite);
    return {line1, line2};
}

QStringList composeFrenchIdCard(const QString& number, const QString& officeCode, const MrzSubject& subject)
{
    const QString line1 = u"IDFRA" + field(mrzName(subject.surname), 25) + field(officeCode, 6);
    // The old card separates given names with "<<" (a hyphen inside a name stays one '<').
    QStringList names;
    for (const QString& name : subject.givenNames.split(u' ', Qt::SkipEmptyParts)) {
        names.append(mrzName(name));
    }
    const QString given = names.join(QStringLiteral("<<"));
    const QString numberField = field(number, 12);
    const QString birth = date(subject.birthDate);
    QString line2 = numberField + check(numberField) + field(given, 14) + birth + check(birth) + subject.sex;
    line2 += check(QString(line1 + line2));
    return {line1, line2};
}

} // namespace guichet::demo
