#include "identity_documents.h"

#include "french_data.h"
#include "mrz_writer.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace guichet::demo {
namespace {

// The old laminated card was issued until the 2021 card replaced it (first cards: 15 March 2021).
const QDate lastOldCardIssue(2021, 3, 14);
const QDate firstNewCardIssue(2021, 3, 15);
// Décret 2013-1188: the 15-year rule covers cards issued to adults in this span.
const QDate fifteenYearFirst(2004, 1, 2);
const QDate fifteenYearLast(2013, 12, 31);

/// A day in [from, to]; `from` must not be after `to`.
QDate dayBetween(DemoRandom& random, const QDate& from, const QDate& to)
{
    Q_ASSERT(from <= to);
    return from.addDays(random.between(0, int(from.daysTo(to))));
}

/// French documents are valid up to the day before the anniversary of their issue.
QDate printedExpiry(const QDate& issue, int years)
{
    return issue.addYears(years).addDays(-1);
}

/// A birth date that makes the person an adult (18 to 45) on `issue`.
QDate adultOn(DemoRandom& random, const QDate& issue)
{
    return dayBetween(random, issue.addYears(-45), issue.addYears(-18).addDays(-1));
}

const QString noO = u"0123456789ABCDEFGHIJKLMNPQRSTUVWXYZ"_s; // the 2021 card's numbers avoid O
const QString letters = u"ABCDEFGHIJKLMNPQRSTUVWXYZ"_s;

/// Three characters for the issuing office's department: "692", "353", "974".
QString officeDepartment(DemoRandom& random, const Place& place)
{
    return place.department.size() == 3 ? place.department
                                        : place.department + QChar(u'0' + random.between(1, 9));
}

struct Dates
{
    IdModel model;
    QDate issue;
    QDate expiry;
    QDate birth;
};

/// Picks issue, expiry and birth dates for `model` and `validity`; falls back to another model when
/// `today` leaves no room for the asked one.
Dates chooseDates(DemoRandom& random, IdModel model, IdValidity validity, const QDate& today)
{
    const QDate birth = dayBetween(random, today.addYears(-66), today.addYears(-23));
    const QDate lastIssue = today.addDays(-30);
    // Issued at most 10 years (minus a margin) ago, so the printed expiry is still ahead.
    const QDate freshIssue = today.addYears(-10).addDays(60);

    if (validity == IdValidity::FifteenYearRule) {
        const QDate from = std::max(fifteenYearFirst, today.addYears(-15).addDays(60));
        const QDate to = std::min(fifteenYearLast, today.addYears(-10).addDays(-30));
        if (from > to) {
            return chooseDates(random, IdModel::NationalIdCard2021, IdValidity::Valid, today);
        }
        const QDate issue = dayBetween(random, from, to);
        return {IdModel::OldNationalIdCard, issue, printedExpiry(issue, 10), adultOn(random, issue)};
    }

    if (validity == IdValidity::Expired) {
        switch (model) {
        case IdModel::OldNationalIdCard: {
            // Either a card issued before 2004 (no extension), or one issued to a minor in 2004-2013
            // (the extension is for adults only): its printed date is the real one.
            const QDate minorTo = std::min(fifteenYearLast, today.addYears(-10).addDays(-30));
            if (random.chance(50) && fifteenYearFirst <= minorTo) {
                const QDate issue = dayBetween(random, fifteenYearFirst, minorTo);
                const QDate minorBirth = dayBetween(random, issue.addYears(-17), issue.addYears(-15));
                return {model, issue, printedExpiry(issue, 10), minorBirth};
            }
            const QDate issue = dayBetween(random, QDate(1996, 1, 1), QDate(2003, 12, 31));
            return {model, issue, printedExpiry(issue, 10), adultOn(random, issue)};
        }
        case IdModel::ResidencePermit: { // a one-year *carte de séjour temporaire* not renewed
            const QDate issue = today.addDays(-random.between(380, 900));
            return {model, issue, printedExpiry(issue, 1), adultOn(random, issue)};
        }
        case IdModel::NationalIdCard2021: // cannot have expired before 2031: a passport instead
        case IdModel::Passport: {
            const QDate expiry = dayBetween(random, today.addYears(-3), today.addDays(-20));
            const QDate issue = expiry.addDays(1).addYears(-10);
            return {IdModel::Passport, issue, expiry, adultOn(random, issue)};
        }
        }
    }

    switch (model) {
    case IdModel::OldNationalIdCard: {
        const QDate from = std::max(freshIssue, birth.addYears(18));
        const QDate to = std::min(lastOldCardIssue, lastIssue);
        if (from > to) {
            return chooseDates(random, IdModel::NationalIdCard2021, validity, today);
        }
        const QDate issue = dayBetween(random, from, to);
        return {model, issue, printedExpiry(issue, 10), birth};
    }
    case IdModel::NationalIdCard2021: {
        const QDate from = std::max(firstNewCardIssue, birth.addYears(18));
        if (from > lastIssue) {
            return chooseDates(random, IdModel::Passport, validity, today);
        }
        const QDate issue = dayBetween(random, from, lastIssue);
        return {model, issue, printedExpiry(issue, 10), birth};
    }
    case IdModel::Passport: {
        const QDate issue = dayBetween(random, std::max(freshIssue, birth.addYears(18)), lastIssue);
        return {model, issue, printedExpiry(issue, 10), birth};
    }
    case IdModel::ResidencePermit: {
        // A ten-year *carte de résident*, or a one-year card issued within the last ten months.
        const bool resident = random.chance(60);
        const QDate issue =
            resident ? dayBetween(random, freshIssue, lastIssue) : today.addDays(-random.between(30, 300));
        return {model, issue, printedExpiry(issue, resident ? 10 : 1), birth};
    }
    }
    Q_UNREACHABLE();
}

/// The given names the MRZ of `model` holds without cutting: later given names are dropped until
/// they fit (the first always fits: the longest is 12 characters). The RA checklist cannot yet tell
/// an MRZ name cut at the field's end from a different name, so the demo's valid dossiers keep to
/// names that are not cut.
QString fittingGivenNames(IdModel model, const QString& surname, const QString& givenNames)
{
    QStringList names = givenNames.split(u' ', Qt::SkipEmptyParts);
    const auto fits = [&] {
        QStringList folded;
        for (const QString& name : names) {
            folded.append(mrzName(name));
        }
        switch (model) {
        case IdModel::OldNationalIdCard: // its own 14-character field, names separated by "<<"
            return folded.join(u"<<").size() <= 14;
        case IdModel::NationalIdCard2021:
        case IdModel::ResidencePermit: // line 3: SURNAME<<GIVEN<NAMES in 30
            return mrzName(surname).size() + 2 + folded.join(u'<').size() <= 30;
        case IdModel::Passport: // line 1 after "P<FRA": 39
            return mrzName(surname).size() + 2 + folded.join(u'<').size() <= 39;
        }
        return true;
    };
    while (names.size() > 1 && !fits()) {
        names.removeLast();
    }
    return names.join(u' ');
}

} // namespace

IdDocumentKind IdentityDocument::kind() const
{
    switch (model) {
    case IdModel::OldNationalIdCard:
    case IdModel::NationalIdCard2021:
        return IdDocumentKind::NationalIdCard;
    case IdModel::Passport:
        return IdDocumentKind::Passport;
    case IdModel::ResidencePermit:
        return IdDocumentKind::ResidencePermit;
    }
    Q_UNREACHABLE();
}

DocumentFacts IdentityDocument::facts() const
{
    DocumentFacts facts;
    facts.identity = {kind(), number};
    facts.issueDate = issueDate;
    facts.expiryDate = expiryDate;
    facts.mrz = mrz;
    return facts;
}

IdentityDocument makeIdentityDocument(DemoRandom& random, const QString& surname, const QString& givenNames,
                                      QChar sex, IdModel model, IdValidity validity, const QDate& today)
{
    const Dates dates = chooseDates(random, model, validity, today);
    IdentityDocument document;
    document.model = dates.model;
    document.surname = surname;
    document.givenNames = fittingGivenNames(dates.model, surname, givenNames);
    document.sex = sex;
    document.birthDate = dates.birth;
    document.issueDate = dates.issue;
    document.expiryDate = dates.expiry;
    document.heightCm = sex == u'F' ? random.between(152, 180) : random.between(163, 195);

    const Place& born = birthPlace(random);
    document.birthPlace = born.city + u" (" + born.department + u')';
    const PortalArea& area = random.pick(portalAreas());
    const Place& home = random.pick(area.places);
    document.address = streetAddress(random) + u", " + home.postalCode + u' ' + home.city;
    document.authority = prefectureOf(home);
    document.nationality = document.model == IdModel::ResidencePermit ? foreignNationality(random) : u"FRA"_s;

    const MrzSubject subject{surname, document.givenNames, dates.birth, sex, document.nationality};
    switch (document.model) {
    case IdModel::OldNationalIdCard: {
        const QString department = officeDepartment(random, home);
        document.number = dates.issue.toString(u"yyMM"_s) + department + random.digits(5);
        document.mrz = composeFrenchIdCard(document.number, department + random.digits(3), subject);
        break;
    }
    case IdModel::NationalIdCard2021:
        document.number = random.characters(noO, 9);
        document.mrz = composeTd1(u"ID"_s, document.number, dates.expiry, subject);
        break;
    case IdModel::Passport:
        document.number = dates.issue.toString(u"yy"_s) + random.characters(letters, 2) + random.digits(5);
        document.mrz = composeTd3(document.number, dates.expiry, subject);
        break;
    case IdModel::ResidencePermit:
        document.number = random.characters(letters, 2) + random.digits(7);
        document.mrz = composeTd1(u"IR"_s, document.number, dates.expiry, subject);
        break;
    }
    return document;
}

IdModel typicalIdModel(DemoRandom& random)
{
    const int roll = random.between(0, 99);
    if (roll < 45) {
        return IdModel::NationalIdCard2021;
    }
    if (roll < 70) {
        return IdModel::OldNationalIdCard;
    }
    if (roll < 92) {
        return IdModel::Passport;
    }
    return IdModel::ResidencePermit;
}

} // namespace guichet::demo
