#include "rules/mrz.h"

namespace guichet::rules {

int mrzCheckDigit(QStringView field)
{
    static constexpr int weights[] = {7, 3, 1};
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
        sum += value * weights[i % 3];
    }
    return sum % 10;
}

} // namespace guichet::rules
