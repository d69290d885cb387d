#pragma once

// Internal to core/store: the folded form of names used by the search index and the name sorts.

#include <QString>
#include <QStringView>

namespace guichet::store {

/// Lower case, accents removed, ligatures spelt out, white space collapsed:
/// "Hélène  LÆTITIA Œuvray" gives "helene laetitia oeuvray". SQLite 3.40's trigram tokenizer folds
/// case but keeps accents, so both the stored search columns and the searched text go through this.
/// Changing it requires a migration that recomputes the stored columns.
QString foldForSearch(QStringView text);

/// The stored `orders.search_holder`: surname first, so that it doubles as the sort key of the
/// holder column (the search itself ignores word order).
QString holderSearchKey(const QString& givenNames, const QString& surname);

} // namespace guichet::store
