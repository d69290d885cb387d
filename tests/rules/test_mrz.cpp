// Machine-readable zones: the ICAO 9303 specimens (Anna Maria Eriksson of Utopia, TD3 and TD1;
// Peter John Stevenson's long document number, part 11 appendix D.2), the published specimens of the
// old French ID card (Corinne Berthier), and zones composed for Guichet whose check digits are worked
// out in the comments.

#include "rules/mrz.h"

#include <catch2/catch.hpp>

using namespace guichet;
using namespace guichet::rules;

namespace {

const QStringList td3Specimen{QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"),
                              QStringLiteral("L898902C36UTO7408122F1204159ZE184226B<<<<<10")};
const QStringList td1Specimen{QStringLiteral("I<UTOD231458907<<<<<<<<<<<<<<<"),
                              QStringLiteral("7408122F1204159UTO<<<<<<<<<<<6"),
                              QStringLiteral("ERIKSSON<<ANNA<MARIA<<<<<<<<<<")};
const QStringList td1LongNumber{QStringLiteral("I<UTOD23145890<7349<<<<<<<<<<<"),
                                QStringLiteral("3407127M9507122UTO<<<<<<<<<<<2"),
                                QStringLiteral("STEVENSON<<PETER<JOHN<<<<<<<<<")};
const QStringList berthier1988{QStringLiteral("IDFRABERTHIER<<<<<<<<<<<<<<<<<<<<<<<"),
                               QStringLiteral("8806923102858CORINNE<<<<<<<6512068F6")};
const QStringList berthier1994{QStringLiteral("IDFRABERTHIER<<<<<<<<<<<<<<<<<<<<<<<"),
                               QStringLiteral("9409923102854CORINNE<<<<<<<6512068F4")};

const QDate reference(2024, 1, 1);

MrzData parsed(const QStringList& lines, const QDate& referenceDate = reference)
{
    const Result<MrzData> result = parseMrz(lines, referenceDate);
    INFO((result.ok() ? QString() : result.error().toString()).toStdString());
    REQUIRE(result.ok());
    return result.value();
}

QStringList failedFields(const MrzData& data)
{
    QStringList fields;
    for (const MrzCheckFailure& failure : data.checkFailures)
        fields.append(failure.field);
    return fields;
}

QChar digit(int value)
{
    return QChar(u'0' + value);
}

/// Recomputes the last check digit, so that a test can break exactly one field.
QStringList withTd3Composite(QStringList l)
{
    l[1][43] = digit(mrzCheckDigit(QString(l[1].mid(0, 10) + l[1].mid(13, 7) + l[1].mid(21, 22))));
    return l;
}
QStringList withTd1Composite(QStringList l)
{
    l[1][29] =
        digit(mrzCheckDigit(QString(l[0].mid(5, 25) + l[1].mid(0, 7) + l[1].mid(8, 7) + l[1].mid(18, 11))));
    return l;
}
QStringList withFrenchFinalCheck(QStringList l)
{
    l[1][35] = digit(mrzCheckDigit(QString(l[0] + l[1].left(35))));
    return l;
}

QStringList replaced(QStringList l, int line, int column, QChar c)
{
    l[line][column] = c;
    return l;
}

} // namespace

TEST_CASE("mrzCheckDigit on the ICAO specimens' fields", "[rules][mrz]")
{
    CHECK(mrzCheckDigit(u"L898902C3") == 6);
    CHECK(mrzCheckDigit(u"740812") == 2);
    CHECK(mrzCheckDigit(u"120415") == 9);
    CHECK(mrzCheckDigit(u"ZE184226B<<<<<") == 1);
    CHECK(mrzCheckDigit(u"D23145890") == 7);
    CHECK(mrzCheckDigit(u"D23145890734") == 9);
    CHECK(mrzCheckDigit(u"L898902C3674081221204159ZE184226B<<<<<1") == 0); // TD3 composite
    CHECK(mrzCheckDigit(u"<<<<") == 0);
    CHECK(mrzCheckDigit(u"") == 0);
    CHECK(mrzCheckDigit(u"l898902c3") == -1);
    CHECK(mrzCheckDigit(u"L898 902") == -1);
}

TEST_CASE("TD3: the ICAO passport specimen", "[rules][mrz]")
{
    const MrzData d = parsed(td3Specimen);
    CHECK(d.format == MrzFormat::TD3);
    CHECK(d.documentCode == u"P");
    CHECK(d.issuingState == u"UTO");
    CHECK(d.surname == u"ERIKSSON");
    CHECK(d.givenNames == u"ANNA MARIA");
    CHECK(d.documentNumber == u"L898902C3");
    CHECK(d.nationality == u"UTO");
    CHECK(d.birthDate == QDate(1974, 8, 12));
    CHECK(d.expiryDate == QDate(2012, 4, 15));
    CHECK(d.sex == u'F');
    CHECK(d.checkDigitsValid());
}

TEST_CASE("TD3: each wrong check digit is flagged on its own field", "[rules][mrz]")
{
    struct Case
    {
        int column;
        const char* field;
        char16_t expected;
    };
    const auto c = GENERATE(values<Case>({
        {9, "document-number", u'6'},
        {19, "birth-date", u'2'},
        {27, "expiry-date", u'9'},
        {42, "optional-data", u'1'},
    }));
    INFO(c.field);
    const MrzData d = parsed(withTd3Composite(replaced(td3Specimen, 1, c.column, u'5')));
    REQUIRE(d.checkFailures.size() == 1);
    CHECK(d.checkFailures[0].field == QString::fromUtf8(c.field));
    CHECK(d.checkFailures[0].found == u'5');
    CHECK(d.checkFailures[0].expected == QChar(c.expected));

    const MrzData composite = parsed(replaced(td3Specimen, 1, 43, u'3'));
    CHECK(failedFields(composite) == QStringList{QStringLiteral("composite")});
    CHECK(composite.checkFailures[0].expected == u'0');
}

TEST_CASE("TD3: a misread character breaks its field and the composite", "[rules][mrz]")
{
    // OCR read the birth day 12 as 13.
    const MrzData d = parsed(replaced(td3Specimen, 1, 18, u'3'));
    CHECK(failedFields(d) == QStringList{QStringLiteral("birth-date"), QStringLiteral("composite")});
    CHECK(d.birthDate == QDate(1974, 8, 13));
}

TEST_CASE("TD3: a French passport composed for Guichet", "[rules][mrz]")
{
    // Number 18AA12345: 1*7+8*3+A(10)*1+A(10)*7+1*3+2*1+3*7+4*3+5*1 = 154 -> 4. Birth 850315 -> 0,
    // expiry 280709 -> 6. The personal number is unused: its check digit is '<', which ICAO allows.
    const QStringList mrz{QStringLiteral("P<FRADUPONT<<JEAN<ETIENNE<<<<<<<<<<<<<<<<<<<"),
                          QStringLiteral("18AA123454FRA8503150M2807096<<<<<<<<<<<<<<<4")};
    const MrzData d = parsed(mrz);
    CHECK(d.checkDigitsValid());
    CHECK(d.issuingState == u"FRA");
    CHECK(d.surname == u"DUPONT");
    CHECK(d.givenNames == u"JEAN ETIENNE");
    CHECK(d.documentNumber == u"18AA12345");
    CHECK(d.sex == u'M');
    CHECK(d.birthDate == QDate(1985, 3, 15));
    CHECK(d.expiryDate == QDate(2028, 7, 9));
}

TEST_CASE("TD1: the ICAO ID card specimen", "[rules][mrz]")
{
    const MrzData d = parsed(td1Specimen);
    CHECK(d.format == MrzFormat::TD1);
    CHECK(d.documentCode == u"I");
    CHECK(d.issuingState == u"UTO");
    CHECK(d.documentNumber == u"D23145890");
    CHECK(d.surname == u"ERIKSSON");
    CHECK(d.givenNames == u"ANNA MARIA");
    CHECK(d.nationality == u"UTO");
    CHECK(d.birthDate == QDate(1974, 8, 12));
    CHECK(d.expiryDate == QDate(2012, 4, 15));
    CHECK(d.sex == u'F');
    CHECK(d.checkDigitsValid());
}

TEST_CASE("TD1: each wrong check digit is flagged on its own field", "[rules][mrz]")
{
    CHECK(failedFields(parsed(withTd1Composite(replaced(td1Specimen, 0, 14, u'8')))) ==
          QStringList{QStringLiteral("document-number")});
    CHECK(failedFields(parsed(withTd1Composite(replaced(td1Specimen, 1, 6, u'8')))) ==
          QStringList{QStringLiteral("birth-date")});
    CHECK(failedFields(parsed(withTd1Composite(replaced(td1Specimen, 1, 14, u'8')))) ==
          QStringList{QStringLiteral("expiry-date")});
    const MrzData composite = parsed(replaced(td1Specimen, 1, 29, u'8'));
    CHECK(failedFields(composite) == QStringList{QStringLiteral("composite")});
    CHECK(composite.checkFailures[0].found == u'8');
    CHECK(composite.checkFailures[0].expected == u'6');
}

TEST_CASE("TD1: a document number longer than nine characters", "[rules][mrz]")
{
    const MrzData d = parsed(td1LongNumber);
    CHECK(d.checkDigitsValid());
    CHECK(d.documentNumber == u"D23145890734");
    CHECK(d.surname == u"STEVENSON");
    CHECK(d.givenNames == u"PETER JOHN");
    CHECK(d.sex == u'M');
    CHECK(d.birthDate == QDate(1934, 7, 12));
    CHECK(d.expiryDate == QDate(1995, 7, 12));

    // The number's check digit sits after its overflow in the optional data.
    const MrzData wrong = parsed(withTd1Composite(replaced(td1LongNumber, 0, 18, u'1')));
    CHECK(failedFields(wrong) == QStringList{QStringLiteral("document-number")});
    CHECK(wrong.checkFailures[0].expected == u'9');
}

TEST_CASE("TD1: a 2021 French ID card composed for Guichet", "[rules][mrz]")
{
    // Number X4RTBPFW4: X(33)*7+4*3+R(27)+T(29)*7+B(11)*3+P(25)+F(15)*7+W(32)*3+4 = 736 -> 6.
    const QStringList mrz{QStringLiteral("IDFRAX4RTBPFW46<<<<<<<<<<<<<<<"),
                          QStringLiteral("9001011F3106121FRA<<<<<<<<<<<8"),
                          QStringLiteral("MARTIN<<MAELYS<GAELLE<MARIE<<<")};
    const MrzData d = parsed(mrz);
    CHECK(d.checkDigitsValid());
    CHECK(d.documentCode == u"ID");
    CHECK(d.documentNumber == u"X4RTBPFW4");
    CHECK(d.surname == u"MARTIN");
    CHECK(d.givenNames == u"MAELYS GAELLE MARIE");
    CHECK(d.birthDate == QDate(1990, 1, 1));
    CHECK(d.expiryDate == QDate(2031, 6, 12));
}

TEST_CASE("Old French ID card: the BERTHIER specimens", "[rules][mrz]")
{
    const MrzData d = parsed(berthier1988);
    CHECK(d.format == MrzFormat::FrenchIdCard);
    CHECK(d.documentCode == u"ID");
    CHECK(d.issuingState == u"FRA");
    CHECK(d.nationality == u"FRA");
    CHECK(d.surname == u"BERTHIER");
    CHECK(d.givenNames == u"CORINNE");
    CHECK(d.documentNumber == u"880692310285");
    CHECK(d.issueMonth == QDate(1988, 6, 1));
    CHECK(d.birthDate == QDate(1965, 12, 6));
    CHECK_FALSE(d.expiryDate.isValid());
    CHECK(d.sex == u'F');
    CHECK(d.checkDigitsValid());

    const MrzData later = parsed(berthier1994);
    CHECK(later.checkDigitsValid());
    CHECK(later.documentNumber == u"940992310285");
    CHECK(later.issueMonth == QDate(1994, 9, 1));
}

TEST_CASE("Old French ID card: the final check covers line 1 and line 2", "[rules][mrz]")
{
    CHECK(failedFields(parsed(withFrenchFinalCheck(replaced(berthier1988, 1, 12, u'1')))) ==
          QStringList{QStringLiteral("document-number")});
    CHECK(failedFields(parsed(withFrenchFinalCheck(replaced(berthier1988, 1, 33, u'1')))) ==
          QStringList{QStringLiteral("birth-date")});
    // A changed surname letter on line 1 has no check digit of its own: only the final check sees it.
    CHECK(failedFields(parsed(replaced(berthier1988, 0, 6, u'A'))) ==
          QStringList{QStringLiteral("composite")});
    // So does a changed administrative code, and a changed sex on line 2.
    CHECK(failedFields(parsed(replaced(berthier1988, 0, 30, u'7'))) ==
          QStringList{QStringLiteral("composite")});
    CHECK(failedFields(parsed(replaced(berthier1988, 1, 34, u'M'))) ==
          QStringList{QStringLiteral("composite")});
}

TEST_CASE("Old French ID card: administrative code, truncated names", "[rules][mrz]")
{
    // Surname DE LA TOUR D'AUVERGNE-LAURAGUAIS cut at 25 characters, given names Amandine, Charlotte
    // cut at 14. Number 130775123456: 1*7+3*3+0+7*7+7*3+5+1*7+2*3+3+4*7+5*3+6 = 156 -> 6; birth
    // 751231 -> 9; final check over both lines -> 8.
    const QStringList mrz{QStringLiteral("IDFRADE<LA<TOUR<D<AUVERGNE<LAU075123"),
                          QStringLiteral("1307751234566AMANDINE<<CHAR7512319F8")};
    const MrzData d = parsed(mrz);
    CHECK(d.checkDigitsValid());
    CHECK(d.surname == u"DE LA TOUR D AUVERGNE LAU");
    CHECK(d.givenNames == u"AMANDINE CHAR");
    CHECK(d.issueMonth == QDate(2013, 7, 1));
    CHECK(d.birthDate == QDate(1975, 12, 31));
    CHECK(namesMatch(QStringLiteral("de La Tour d'Auvergne-Lauraguais"), d.surname, 25));
    // Given names are separated by "<<": the raw field shows that it is full...
    const QString givenNamesField = mrz[1].mid(13, 14);
    CHECK(namesMatch(QStringLiteral("Amandine Charlotte"), givenNamesField, 14));
    CHECK_FALSE(namesMatch(QStringLiteral("Amandine Claire"), givenNamesField, 14));
    CHECK_FALSE(namesMatch(QStringLiteral("Amandine Charlotte"), givenNamesField));
    // ...the parsed text, with single spaces, looks one character short: exact match only.
    CHECK_FALSE(namesMatch(QStringLiteral("Amandine Charlotte"), d.givenNames, 14));
    CHECK(namesMatch(QStringLiteral("Amandine, Char"), d.givenNames, 14));
}

TEST_CASE("Two-digit years against the reference date", "[rules][mrz]")
{
    // A TD3 zone with the given birth and expiry dates and correct check digits.
    const auto zone = [](const QString& birth, const QString& expiry) {
        QString l2 = QStringLiteral("L898902C36UTO") + birth + digit(mrzCheckDigit(birth)) + u'F' + expiry +
                     digit(mrzCheckDigit(expiry)) + QStringLiteral("ZE184226B<<<<<10");
        return withTd3Composite({td3Specimen[0], l2});
    };
    // A birth date is the latest one not after the reference date...
    CHECK(parsed(zone(QStringLiteral("240101"), QStringLiteral("300101"))).birthDate == QDate(2024, 1, 1));
    CHECK(parsed(zone(QStringLiteral("240102"), QStringLiteral("300101"))).birthDate == QDate(1924, 1, 2));
    CHECK(parsed(zone(QStringLiteral("000229"), QStringLiteral("300101"))).birthDate == QDate(2000, 2, 29));
    // ...an expiry date the one nearest to it.
    CHECK(parsed(zone(QStringLiteral("800101"), QStringLiteral("350101"))).expiryDate == QDate(2035, 1, 1));
    CHECK(parsed(zone(QStringLiteral("800101"), QStringLiteral("850101"))).expiryDate == QDate(1985, 1, 1));
    CHECK(parsed(zone(QStringLiteral("800101"), QStringLiteral("730101"))).expiryDate == QDate(2073, 1, 1));
    CHECK(parsed(zone(QStringLiteral("800101"), QStringLiteral("010101")), QDate(1998, 6, 1)).expiryDate ==
          QDate(2001, 1, 1));
    CHECK(parsed(zone(QStringLiteral("990101"), QStringLiteral("010101")), QDate(1998, 6, 1)).birthDate ==
          QDate(1899, 1, 1));
}

TEST_CASE("parseMrz tolerates whitespace and one string holding the lines", "[rules][mrz]")
{
    const QStringList padded{u"  " + td3Specimen[0] + u" \r", u"\t" + td3Specimen[1]};
    CHECK(parsed(padded).documentNumber == u"L898902C3");
    const QStringList oneString{td1Specimen.join(u'\n')};
    CHECK(parsed(oneString).documentNumber == u"D23145890");
    CHECK(parsed(replaced(td3Specimen, 1, 20, u'X')).sex == u'<');
}

TEST_CASE("parseMrz refuses what it cannot read", "[rules][mrz]")
{
    const auto fails = [](const QStringList& lines, const char* messagePart) {
        const Result<MrzData> r = parseMrz(lines, reference);
        INFO(messagePart);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QString::fromUtf8(messagePart)));
    };
    fails({td3Specimen[0].toLower(), td3Specimen[1]}, "capital letters");
    fails({td3Specimen[0], td3Specimen[1].left(43)}, "is not a passport");
    fails({td3Specimen[0]}, "is not a passport");
    fails({}, "is not a passport");
    fails({td1Specimen[0], td1Specimen[1]}, "is not a passport");
    // 2 x 36 that is not an old French ID card (an ICAO TD2 document).
    fails({QStringLiteral("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<"), berthier1988[1]}, "is not a passport");
    fails(replaced(td3Specimen, 1, 15, u'1'), "birth date is not a valid date");  // month 18
    fails(replaced(td3Specimen, 1, 23, u'3'), "expiry date is not a valid date"); // month 34
    fails(replaced(berthier1988, 1, 2, u'2'), "issue month is not a valid date"); // month 26
    fails(replaced(td1Specimen, 1, 7, u'Z'), "sex");
    const Result<MrzData> noReference = parseMrz(td3Specimen, QDate());
    CHECK_FALSE(noReference.ok());
}
