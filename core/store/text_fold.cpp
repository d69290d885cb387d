#include "text_fold.h"

namespace guichet::store {

QString foldForSearch(QStringView text)
{
    // Compatibility decomposition splits "é" into "e" + a combining accent (and "ﬁ" into "fi"); the
    // combining marks are then dropped.
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing) {
            folded.append(c);
        }
    }
    folded = folded.toCaseFolded();
    // Letters that no decomposition splits: ligatures as written without them, and the stroked
    // letters of Nordic and Polish names as their base letter (Łukasz, Søren).
    folded.replace(QChar(0x0153), QStringLiteral("oe")); // œ
    folded.replace(QChar(0x00E6), QStringLiteral("ae")); // æ
    folded.replace(QChar(0x00DF), QStringLiteral("ss")); // ß
    folded.replace(QChar(0x00F8), QChar(u'o'));          // ø
    folded.replace(QChar(0x0142), QChar(u'l'));          // ł
    folded.replace(QChar(0x0111), QChar(u'd'));          // đ
    return folded.simplified();
}

QString holderSearchKey(const QString& givenNames, const QString& surname)
{
    return foldForSearch(QString(surname + u' ' + givenNames));
}

} // namespace guichet::store
