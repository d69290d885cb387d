#include "search_text.h"

#include "text_fold.h"

#include <QStringList>
#include <algorithm>

namespace guichet::store {

TextSearch analyseText(const QString& text)
{
    QString simplified = text.simplified();
    if (simplified.isEmpty()) {
        return {};
    }
    if (std::all_of(simplified.cbegin(), simplified.cend(),
                    [](QChar c) { return c.isDigit() || c == u' '; })) {
        simplified.remove(u' ');
    }
    QStringList phrases;
    const QStringList words = foldForSearch(simplified).split(u' ', Qt::SkipEmptyParts);
    for (QString word : words) {
        if (word.size() >= 3) {
            // An FTS5 string: double quotes inside are doubled; everything else is literal.
            phrases.append(u'"' + word.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"');
        }
    }
    if (phrases.isEmpty()) {
        return TextSearch{QString(), simplified};
    }
    return TextSearch{phrases.join(u" AND "), QString()};
}

} // namespace guichet::store
