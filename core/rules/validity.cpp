#include "rules/validity.h"

#include "rules/identifiers.h"

#include <QCoreApplication>
#include <QLocale>

namespace guichet::rules {

namespace {

/// Translation context "guichet::rules", shared by every rule.
struct Rules
{
    Q_DECLARE_TR_FUNCTIONS(guichet::rules)
};

// Décret n° 2013-1188: cards issued to adults from 2 January 2004 to 31 December 2013 were still
// valid on 1 January 2014 and got five more years than printed.
QDate fifteenYearRuleFirstIssue()
{
    return {2004, 1, 2};
}
QDate fifteenYearRuleLastIssue()
{
    return {2013, 12, 31};
}

/// The holder was 18 or older on `day`. Unknown birth date: not established.
bool adultOn(const QDate& birthDate, const QDate& day)
{
    return birthDate.isValid() && day.isValid() && birthDate.addYears(18) <= day;
}

/// An old-model card. Without a number, the issue date tells: the 2021 model did not exist before.
bool isOldNationalIdCard(const DocumentFacts& facts)
{
    const QString& number = facts.identity.number;
    if (!number.trimmed().isEmpty())
        return isOldNationalIdCardNumber(number);
    return facts.issueDate.isValid() && facts.issueDate < QDate(2021, 3, 15); // first 2021 cards (Oise)
}

bool fifteenYearRuleApplies(const DocumentFacts& facts, const QDate& holderBirthDate)
{
    return facts.identity.kind == IdDocumentKind::NationalIdCard && isOldNationalIdCard(facts) &&
           facts.issueDate >= fifteenYearRuleFirstIssue() && facts.issueDate <= fifteenYearRuleLastIssue() &&
           adultOn(holderBirthDate, facts.issueDate);
}

/// Nominal validity in years when the printed expiry is unknown; 0 when it depends on the document.
int nominalYears(const DocumentFacts& facts, const QDate& holderBirthDate)
{
    switch (facts.identity.kind) {
    case IdDocumentKind::NationalIdCard:
        return 10;
    case IdDocumentKind::Passport:
        // Minors' passports last 5 years; with the birth date unknown, take the shorter one.
        return adultOn(holderBirthDate, facts.issueDate) ? 10 : 5;
    case IdDocumentKind::ResidencePermit: // 1, 2, 4 or 10 years: only the card says
    case IdDocumentKind::None:
        return 0;
    }
    return 0;
}

QString formatDate(const QDate& date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

QDate effectiveExpiry(const DocumentFacts& facts, const QDate& holderBirthDate)
{
    QDate expiry = facts.expiryDate;
    if (!expiry.isValid()) {
        const int years = nominalYears(facts, holderBirthDate);
        if (years == 0 || !facts.issueDate.isValid())
            return {};
        // French documents are valid up to the day before the anniversary of their issue.
        expiry = facts.issueDate.addYears(years).addDays(-1);
    }
    if (fifteenYearRuleApplies(facts, holderBirthDate))
        expiry = expiry.addYears(5);
    return expiry;
}

Verdict checkIdValidOn(const DocumentFacts& facts, const QDate& holderBirthDate, const QDate& day)
{
    const QDate expiry = effectiveExpiry(facts, holderBirthDate);
    if (!expiry.isValid())
        return Verdict::fail(Rules::tr("The identity document's expiry date is unknown."));
    if (facts.issueDate.isValid() && facts.issueDate > day)
        return Verdict::fail(Rules::tr("The identity document's issue date (%1) is in the future.")
                                 .arg(formatDate(facts.issueDate)));
    if (day <= expiry)
        return Verdict::pass();
    if (fifteenYearRuleApplies(facts, holderBirthDate))
        return Verdict::fail(Rules::tr("The identity card expired on %1, even counting the five extra years "
                                       "granted to cards issued to adults from 2004 to 2013.")
                                 .arg(formatDate(expiry)));
    return Verdict::fail(Rules::tr("The identity document expired on %1.").arg(formatDate(expiry)));
}

Verdict checkKbisRecent(const QDate& issueDate, const QDate& day)
{
    if (!issueDate.isValid())
        return Verdict::fail(Rules::tr("The Kbis extract's date is unknown."));
    if (issueDate > day)
        return Verdict::fail(Rules::tr("The Kbis extract is dated %1, after the day of the check (%2).")
                                 .arg(formatDate(issueDate), formatDate(day)));
    if (issueDate < day.addMonths(-3))
        return Verdict::fail(
            Rules::tr("The Kbis extract is dated %1: more than 3 months old.").arg(formatDate(issueDate)));
    return Verdict::pass();
}

} // namespace guichet::rules
