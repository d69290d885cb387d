#include "rules/mrz.h"

#include <QCoreApplication>
#include <array>
#include <cstdlib>
#include <utility>

// Layouts (0-based column ranges, end excluded), from ICAO Doc 9303 parts 4 and 5, and for the old
// French ID card from the card's published specimens (BERTHIER Corinne):
//
// TD3 (2 x 44)  line 1: code 0-2, state 2-5, names 5-44
//               line 2: number 0-9, check 9, nationality 10-13, birth 13-19, check 19, sex 20,
//                       expiry 21-27, check 27, optional 28-42, check 42, composite 43 over
//                       0-10 + 13-20 + 21-43
// TD1 (3 x 30)  line 1: code 0-2, state 2-5, number 5-14, check 14, optional 15-30
//               line 2: birth 0-6, check 6, sex 7, expiry 8-14, check 14, nationality 15-18,
//                       optional 18-29, composite 29 over line 1 5-30 + line 2 0-7, 8-15, 18-29
//               line 3: names 0-30
//               A number longer than 9 characters puts '<' at line 1 column 14 and continues in
//               the optional data, followed by its check digit.
// Old French ID card (2 x 36)
//               line 1: "ID", "FRA", surname 5-30, administrative code 30-36
//               line 2: number 0-12, check 12, given names 13-27, birth 27-33, check 33, sex 34,
//                       final check 35 over the whole of line 1 and line 2 0-35.

namespace guichet::rules {

namespace {

/// Translation context "guichet::rules", shared by every rule.
struct Rules
{
    Q_DECLARE_TR_FUNCTIONS(guichet::rules)
};

QChar checkChar(int digit)
{
    return QChar(u'0' + digit);
}

/// Compares the check character at `at` with the digit computed over `field`.
void verify(MrzData& data, const QString& fieldName, QStringView field, QChar found)
{
    const int digit = mrzCheckDigit(field);
    if (digit < 0 || found != checkChar(digit))
        data.checkFailures.append({fieldName, found, digit < 0 ? QChar(u'?') : checkChar(digit)});
}

/// '<' fillers removed from the end (and everywhere for codes such as "P<" or "D<<").
QString withoutFillers(QStringView field)
{
    QString out = field.toString();
    out.remove(u'<');
    return out;
}

/// '<' runs turned into single spaces, trimmed: "ANNA<MARIA<<<" -> "ANNA MARIA".
QString nameText(QStringView field)
{
    QString out = field.toString();
    out.replace(u'<', u' ');
    return out.simplified();
}

/// Splits a primary<<secondary name field into surname and given names.
void splitNames(MrzData& data, QStringView field)
{
    const qsizetype separator = field.indexOf(u"<<");
    if (separator < 0) {
        data.surname = nameText(field); // a truncated surname filling the whole field
        return;
    }
    data.surname = nameText(field.left(separator));
    data.givenNames = nameText(field.mid(separator + 2));
}

bool twoDigits(QStringView text, int& value)
{
    if (text.size() != 2 || !text[0].isDigit() || !text[1].isDigit())
        return false;
    value = (text[0].unicode() - u'0') * 10 + (text[1].unicode() - u'0');
    return true;
}

enum class YearRule
{
    NotAfter, ///< the latest date not after the reference (birth, issue)
    Nearest,  ///< the date nearest to the reference (expiry)
};

/// A YYMMDD (or YYMM with day 1) field with its century resolved; invalid when unreadable.
QDate resolveDate(QStringView yymmdd, const QDate& reference, YearRule rule)
{
    int yy = 0, mm = 0, dd = 1;
    if (!twoDigits(yymmdd.mid(0, 2), yy) || !twoDigits(yymmdd.mid(2, 2), mm))
        return {};
    if (yymmdd.size() == 6 && !twoDigits(yymmdd.mid(4, 2), dd))
        return {};
    const int century = reference.year() / 100 * 100;
    QDate best;
    for (int base : {century + 100, century, century - 100}) {
        const QDate candidate(base + yy, mm, dd); // invalid for 29 February of a non-leap century
        if (!candidate.isValid())
            continue;
        if (rule == YearRule::NotAfter) {
            if (candidate <= reference)
                return candidate; // candidates come latest first
            continue;
        }
        if (!best.isValid() || std::llabs(reference.daysTo(candidate)) < std::llabs(reference.daysTo(best)))
            best = candidate;
    }
    return best;
}

Error unreadable(QString message)
{
    return Error{std::move(message), QStringLiteral("mrz")};
}

Result<QChar> readSex(QChar c)
{
    if (c == u'M' || c == u'F' || c == u'<')
        return c;
    if (c == u'X') // ICAO 9303 8th edition: unspecified
        return QChar(u'<');
    return Error{Rules::tr("The machine-readable zone cannot be read: the sex is neither M, F nor '<'."),
                 QStringLiteral("mrz")};
}

Result<MrzData> parseTd3(const QStringList& l, const QDate& reference)
{
    const QString& a = l[0];
    const QString& b = l[1];
    MrzData data;
    data.format = MrzFormat::TD3;
    data.documentCode = withoutFillers(QStringView(a).mid(0, 2));
    data.issuingState = withoutFillers(QStringView(a).mid(2, 3));
    splitNames(data, QStringView(a).mid(5, 39));
    data.documentNumber = withoutFillers(QStringView(b).mid(0, 9));
    data.nationality = withoutFillers(QStringView(b).mid(10, 3));
    data.birthDate = resolveDate(QStringView(b).mid(13, 6), reference, YearRule::NotAfter);
    if (!data.birthDate.isValid())
        return unreadable(
            Rules::tr("The machine-readable zone cannot be read: the birth date is not a valid date."));
    auto sex = readSex(b[20]);
    if (!sex)
        return sex.error();
    data.sex = *sex;
    data.expiryDate = resolveDate(QStringView(b).mid(21, 6), reference, YearRule::Nearest);
    if (!data.expiryDate.isValid())
        return unreadable(
            Rules::tr("The machine-readable zone cannot be read: the expiry date is not a valid date."));

    verify(data, QStringLiteral("document-number"), QStringView(b).mid(0, 9), b[9]);
    verify(data, QStringLiteral("birth-date"), QStringView(b).mid(13, 6), b[19]);
    verify(data, QStringLiteral("expiry-date"), QStringView(b).mid(21, 6), b[27]);
    // An unused personal number may carry '<' instead of 0 as its check digit.
    const QStringView optional = QStringView(b).mid(28, 14);
    if (!(b[42] == u'<' && withoutFillers(optional).isEmpty()))
        verify(data, QStringLiteral("optional-data"), optional, b[42]);
    const QString composite = b.mid(0, 10) + b.mid(13, 7) + b.mid(21, 22);
    verify(data, QStringLiteral("composite"), composite, b[43]);
    return data;
}

Result<MrzData> parseTd1(const QStringList& l, const QDate& reference)
{
    const QString& a = l[0];
    const QString& b = l[1];
    MrzData data;
    data.format = MrzFormat::TD1;
    data.documentCode = withoutFillers(QStringView(a).mid(0, 2));
    data.issuingState = withoutFillers(QStringView(a).mid(2, 3));
    splitNames(data, QStringView(l[2]));

    QString number = a.mid(5, 9);
    QChar numberCheck = a[14];
    if (numberCheck == u'<') {
        // Long number: the rest and its check digit are at the start of the optional data.
        const QStringView optional = QStringView(a).mid(15, 15);
        const qsizetype end = optional.indexOf(u'<');
        const QStringView rest = optional.left(end < 0 ? optional.size() : end);
        if (!rest.isEmpty()) {
            number += rest.chopped(1);
            numberCheck = rest.back();
        }
    }
    data.documentNumber = withoutFillers(number);

    data.birthDate = resolveDate(QStringView(b).mid(0, 6), reference, YearRule::NotAfter);
    if (!data.birthDate.isValid())
        return unreadable(
            Rules::tr("The machine-readable zone cannot be read: the birth date is not a valid date."));
    auto sex = readSex(b[7]);
    if (!sex)
        return sex.error();
    data.sex = *sex;
    data.expiryDate = resolveDate(QStringView(b).mid(8, 6), reference, YearRule::Nearest);
    if (!data.expiryDate.isValid())
        return unreadable(
            Rules::tr("The machine-readable zone cannot be read: the expiry date is not a valid date."));
    data.nationality = withoutFillers(QStringView(b).mid(15, 3));

    verify(data, QStringLiteral("document-number"), number, numberCheck);
    verify(data, QStringLiteral("birth-date"), QStringView(b).mid(0, 6), b[6]);
    verify(data, QStringLiteral("expiry-date"), QStringView(b).mid(8, 6), b[14]);
    const QString composite = a.mid(5, 25) + b.mid(0, 7) + b.mid(8, 7) + b.mid(18, 11);
    verify(data, QStringLiteral("composite"), composite, b[29]);
    return data;
}

Result<MrzData> parseFrenchIdCard(const QStringList& l, const QDate& reference)
{
    const QString& a = l[0];
    const QString& b = l[1];
    MrzData data;
    data.format = MrzFormat::FrenchIdCard;
    data.documentCode = QStringLiteral("ID");
    data.issuingState = QStringLiteral("FRA");
    data.nationality = QStringLiteral("FRA"); // the card is only issued to French nationals
    data.surname = nameText(QStringView(a).mid(5, 25));
    data.givenNames = nameText(QStringView(b).mid(13, 14)); // given names are separated by "<<"
    data.documentNumber = withoutFillers(QStringView(b).mid(0, 12));
    // The number starts with the issue year and month (YYMM).
    data.issueMonth = resolveDate(QStringView(b).mid(0, 4), reference, YearRule::NotAfter);
    if (!data.issueMonth.isValid())
        return unreadable(
            Rules::tr("The machine-readable zone cannot be read: the issue month is not a valid date."));
    data.birthDate = resolveDate(QStringView(b).mid(27, 6), reference, YearRule::NotAfter);
    if (!data.birthDate.isValid())
        return unreadable(
            Rules::tr("The machine-readable zone cannot be read: the birth date is not a valid date."));
    auto sex = readSex(b[34]);
    if (!sex)
        return sex.error();
    data.sex = *sex;

    verify(data, QStringLiteral("document-number"), QStringView(b).mid(0, 12), b[12]);
    verify(data, QStringLiteral("birth-date"), QStringView(b).mid(27, 6), b[33]);
    const QString final = a + b.left(35);
    verify(data, QStringLiteral("composite"), final, b[35]);
    return data;
}

/// The lines, trimmed, with empty ones dropped; a single string holding several lines is split.
QStringList normalisedLines(const QStringList& lines)
{
    QStringList out;
    for (const QString& line : lines) {
        const QStringList parts = line.split(u'\n', Qt::SkipEmptyParts);
        for (const QString& part : parts) {
            const QString trimmed = part.trimmed();
            if (!trimmed.isEmpty())
                out.append(trimmed);
        }
    }
    return out;
}

} // namespace

int mrzCheckDigit(QStringView field)
{
    static constexpr std::array weights{7, 3, 1};
    int sum = 0;
    for (qsizetype i = 0; i < field.size(); ++i) {
        const char16_t c = field[i].unicode();
        int value = 0;
        if (c >= u'0' && c <= u'9')
            value = c - u'0';
        else if (c >= u'A' && c <= u'Z')
            value = c - u'A' + 10;
        else if (c == u'<')
            value = 0;
        else
            return -1;
        sum += value * weights[static_cast<std::size_t>(i % 3)];
    }
    return sum % 10;
}

Result<MrzData> parseMrz(const QStringList& lines, const QDate& referenceDate)
{
    if (!referenceDate.isValid())
        return Error{Rules::tr("The machine-readable zone cannot be read without a reference date."),
                     QStringLiteral("parseMrz: invalid reference date")};
    const QStringList l = normalisedLines(lines);
    for (const QString& line : l) {
        for (QChar c : line) {
            const bool allowed = (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || c == u'<';
            if (!allowed)
                return Error{Rules::tr("The machine-readable zone may only contain capital letters, digits "
                                       "and '<'; it contains '%1'.")
                                 .arg(c),
                             QStringLiteral("mrz")};
        }
    }

    const auto lengthsAre = [&l](qsizetype count, qsizetype length) {
        if (l.size() != count)
            return false;
        for (const QString& line : l) {
            if (line.size() != length)
                return false;
        }
        return true;
    };
    if (lengthsAre(2, 44))
        return parseTd3(l, referenceDate);
    if (lengthsAre(3, 30))
        return parseTd1(l, referenceDate);
    if (lengthsAre(2, 36) && l[0].startsWith(u"IDFRA"))
        return parseFrenchIdCard(l, referenceDate);

    QStringList lengths;
    for (const QString& line : l)
        lengths.append(QString::number(line.size()));
    return Error{
        Rules::tr("The machine-readable zone is not a passport (2 lines of 44 characters), an ID card "
                  "(3 lines of 30) or an old French ID card (2 lines of 36)."),
        QStringLiteral("mrz line lengths: ") + lengths.join(u", ")};
}

MrzNameFields mrzNameFields(const MrzData& mrz, const QStringList& lines)
{
    const auto fullAt = [&lines](int line, int column) {
        return line < lines.size() && column < lines.at(line).trimmed().size() &&
               lines.at(line).trimmed().at(column) != u'<';
    };
    switch (mrz.format) {
    case MrzFormat::TD3:
        return {fullAt(0, 43), fullAt(0, 43)};
    case MrzFormat::TD1:
        return {fullAt(2, 29), fullAt(2, 29)};
    case MrzFormat::FrenchIdCard:
        return {fullAt(0, 29), fullAt(1, 26)};
    }
    return {};
}

bool mrzNameMatches(const QString& orderName, const QString& mrzName, bool fieldFull, bool givenNames)
{
    if (namesMatch(orderName, mrzName)) {
        return true;
    }
    const QString order = foldName(orderName);
    const QString mrz = foldName(mrzName);
    if (order.isEmpty() || mrz.isEmpty()) {
        return false;
    }
    if (givenNames && mrz.startsWith(order + u' ')) {
        return true;
    }
    return fieldFull && order.startsWith(mrz);
}

} // namespace guichet::rules
