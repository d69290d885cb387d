#include "registry_numbers.h"

#include "rules/identifiers.h"

namespace guichet::demo {
namespace {

int digitSum(const QString& digits)
{
    int sum = 0;
    for (const QChar c : digits) {
        sum += c.digitValue();
    }
    return sum;
}

} // namespace

QString withLuhnDigit(const QString& digitsWithoutCheck)
{
    for (int digit = 0; digit <= 9; ++digit) {
        const QString candidate = digitsWithoutCheck + QChar(u'0' + digit);
        if (rules::luhnValid(candidate)) {
            return candidate;
        }
    }
    Q_UNREACHABLE(); // exactly one digit in ten completes a Luhn number
}

QString withWrongCheckDigit(const QString& digits)
{
    Q_ASSERT(!digits.isEmpty());
    QString out = digits;
    const int last = digits.back().digitValue();
    for (int step = 1; step <= 9; ++step) {
        out.back() = QChar(u'0' + (last + step) % 10);
        if (!rules::luhnValid(out)) {
            return out;
        }
    }
    Q_UNREACHABLE();
}

QString makeSiren(DemoRandom& random, const QString& prefix)
{
    const QString head = prefix.isEmpty() ? QString(QChar(u'0' + random.between(3, 9))) : prefix;
    return withLuhnDigit(head + random.digits(8 - int(head.size())));
}

QString makeSiret(DemoRandom& random, const QString& siren)
{
    // Most establishments have small NICs: the head office is often 00010 to 00099.
    const QString nicHead = QStringLiteral("000") + QChar(u'1' + random.between(0, 8));
    if (siren == laPosteSiren()) {
        // 24 to 99 establishments' worth of NICs, then the digit that brings the sum to a multiple of 5.
        const QString head = siren + random.digits(4);
        const int missing = (5 - digitSum(head) % 5) % 5;
        return head + QChar(u'0' + missing + (random.chance(50) ? 5 : 0));
    }
    return withLuhnDigit(siren + nicHead);
}

QString spacedIdentifier(const QString& digits)
{
    if (digits.size() < 9) {
        return digits;
    }
    QString out = digits.left(3) + u' ' + digits.mid(3, 3) + u' ' + digits.mid(6, 3);
    if (digits.size() > 9) {
        out += u' ' + digits.mid(9);
    }
    return out;
}

} // namespace guichet::demo
