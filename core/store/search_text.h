#pragma once

// Internal to core/store: what the free text of an OrderQuery becomes in SQL.

#include <QString>

namespace guichet::store {

struct TextSearch
{
    /// An FTS5 MATCH expression over the trigram index; empty when no word is long enough.
    QString match;
    /// Set instead of `match` when the text is too short for trigrams: a prefix of order numbers.
    QString numberPrefix;

    bool isEmpty() const { return match.isEmpty() && numberPrefix.isEmpty(); }
};

/// Folds the text (text_fold.h) and ANDs its words of 3 characters or more, each as a quoted
/// phrase, so that word order does not matter ("dupont jean" finds "Jean Dupont"). Shorter words
/// are left out when longer ones exist (trigrams cannot match them); when none is long enough the
/// whole text becomes a number prefix. A text of digits and spaces is taken as one number, as
/// people type SIRENs in groups: "552 100 554".
TextSearch analyseText(const QString& text);

} // namespace guichet::store
