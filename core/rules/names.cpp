// Name folding and comparison, declared in mrz.h: the MRZ writes names in upper-case Latin letters
// only (ICAO 9303 part 3, section 6), so an order's "Léa-Marie d'Hérouël" has to be folded before it
// can be compared with "LEA<MARIE<D<HEROUEL".

#include "rules/mrz.h"

namespace guichet::rules {

namespace {

enum class Umlauts
{
    Drop,         ///< Ä -> A, Ö -> O, Ü -> U, Ø -> O, Å -> A (what French documents do)
    Transliterate ///< Ä -> AE, Ö -> OE, Ü -> UE, Ø -> OE, Å -> AA (ICAO's recommendation)
};

/// Letters that neither canonical nor compatibility decomposition turns into plain Latin letters.
QStringView expansion(char16_t c, Umlauts umlauts)
{
    switch (c) {
    case u'Æ':
    case u'æ':
        return u"AE";
    case u'Œ':
    case u'œ':
        return u"OE";
    case u'ß':
    case u'ẞ':
        return u"SS";
    case u'Ø':
    case u'ø':
        return umlauts == Umlauts::Transliterate ? u"OE" : u"O";
    case u'Ð':
    case u'ð':
    case u'Đ':
    case u'đ':
        return u"D";
    case u'Þ':
    case u'þ':
        return u"TH";
    case u'Ł':
    case u'ł':
        return u"L";
    case u'ı':
        return u"I";
    case u'Ħ':
    case u'ħ':
        return u"H";
    case u'Ŧ':
    case u'ŧ':
        return u"T";
    case u'Ŋ':
    case u'ŋ':
        return u"N";
    default:
        return {};
    }
}

/// German-style transliterations, applied before accents are stripped (Ä would become A).
QStringView umlautExpansion(char16_t c)
{
    switch (c) {
    case u'Ä':
    case u'ä':
        return u"AE";
    case u'Ö':
    case u'ö':
        return u"OE";
    case u'Ü':
    case u'ü':
        return u"UE";
    case u'Å':
    case u'å':
        return u"AA";
    default:
        return {};
    }
}

bool isMark(QChar c)
{
    const auto category = c.category();
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
           category == QChar::Mark_Enclosing;
}

QString fold(const QString& name, Umlauts umlauts)
{
    // Composed first, so that an "A" followed by a combining diaeresis is seen as one "Ä".
    const QString composed = name.normalized(QString::NormalizationForm_C);
    QString expanded;
    expanded.reserve(composed.size());
    for (QChar c : composed) {
        const QStringView umlaut =
            umlauts == Umlauts::Transliterate ? umlautExpansion(c.unicode()) : QStringView();
        if (!umlaut.isEmpty())
            expanded += umlaut;
        else
            expanded += c;
    }

    // Compatibility decomposition splits "É" into "E" + U+0301 and "ĳ" into "ij"; marks are dropped.
    const QString decomposed = expanded.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (isMark(c) || c == u'\u00B7') // the Catalan middle dot (l·l) joins, it does not separate
            continue;
        const QStringView special = expansion(c.unicode(), umlauts);
        if (!special.isEmpty())
            out += special;
        else if (c.isLetterOrNumber())
            out += c.toUpper();
        else
            out += u' '; // hyphen, apostrophe, '<', comma, period, space...
    }
    return out.simplified();
}

QString withoutSpaces(QString text)
{
    text.remove(u' ');
    return text;
}

} // namespace

QString foldName(const QString& name)
{
    return fold(name, Umlauts::Drop);
}

bool namesMatch(const QString& orderName, const QString& mrzName, int mrzFieldWidth)
{
    const QString mrz = foldName(mrzName);
    // The MRZ field is full when the name reaches its last column. Counted on the text as given, so a
    // "<<" that was read back as one space makes the name look shorter: it then has to match
    // exactly, which errs on the safe side.
    QString raw = mrzName.trimmed();
    while (raw.endsWith(u'<'))
        raw.chop(1);
    const bool fieldFull = mrzFieldWidth > 0 && !mrz.isEmpty() && raw.size() >= mrzFieldWidth;

    for (Umlauts umlauts : {Umlauts::Drop, Umlauts::Transliterate}) {
        const QString order = fold(orderName, umlauts);
        if (order == mrz)
            return true;
        // Some issuers drop apostrophes and spaces instead of writing '<' ("D'ARC" -> "DARC").
        const QString orderCompact = withoutSpaces(order);
        const QString mrzCompact = withoutSpaces(mrz);
        if (orderCompact == mrzCompact)
            return true;
        if (fieldFull && (order.startsWith(mrz) || orderCompact.startsWith(mrzCompact)))
            return true;
    }
    return false;
}

} // namespace guichet::rules
