#include "rules/identifiers.h"

namespace guichet::rules {

bool luhnValid(QStringView digits)
{
    if (digits.isEmpty())
        return false;
    int sum = 0;
    bool doubled = false; // the rightmost digit (the check digit) is not doubled
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const QChar c = digits[i];
        if (c < u'0' || c > u'9')
            return false;
        int d = c.unicode() - u'0';
        if (doubled) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

} // namespace guichet::rules
