// Schema version 2: the search index and the name sorts. Frozen: later changes are later steps.
//
// SQLite 3.40's trigram tokenizer folds case but not accents, so the names go in as folded copies
// (text_fold.h) kept in real columns, which also serve as sort keys. Number, SIREN and SIRET need
// no folding. The FTS5 table is an external-content index over `orders`, kept in sync by triggers.

#include "database.h"
#include "migrations.h"
#include "sql_support.h"
#include "text_fold.h"

#include <QSqlQuery>

namespace guichet::store {
namespace {

constexpr const char* addColumns[] = {
    "ALTER TABLE orders ADD COLUMN search_holder TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE orders ADD COLUMN search_organisation TEXT NOT NULL DEFAULT ''",
};

constexpr const char* indexes[] = {
    "CREATE INDEX orders_by_holder ON orders (search_holder)",
    "CREATE INDEX orders_by_organisation ON orders (search_organisation)",
    // Sorting by phase follows the workflow, not the alphabet. OrderSearch repeats this expression
    // word for word: SQLite only uses an expression index for the identical expression.
    R"(CREATE INDEX orders_by_phase_rank ON orders ((CASE phase WHEN 'data-entry' THEN 0
        WHEN 'verification' THEN 1 WHEN 'awaiting-signature' THEN 2 WHEN 'validation' THEN 3
        WHEN 'generation' THEN 4 WHEN 'delivered' THEN 5 ELSE 6 END), date))",

    // columnsize=0: no per-row token counts, which only ranking (bm25) would need.
    R"(CREATE VIRTUAL TABLE order_search USING fts5 (
        number, search_holder, search_organisation, siren, siret,
        content = 'orders', content_rowid = 'id', tokenize = 'trigram', columnsize = 0))",
    "INSERT INTO order_search (order_search) VALUES ('rebuild')",
    R"(CREATE TRIGGER order_search_after_insert AFTER INSERT ON orders
        BEGIN
            INSERT INTO order_search (rowid, number, search_holder, search_organisation, siren, siret)
            VALUES (NEW.id, NEW.number, NEW.search_holder, NEW.search_organisation, NEW.siren, NEW.siret);
        END)",
    R"(CREATE TRIGGER order_search_after_delete AFTER DELETE ON orders
        BEGIN
            INSERT INTO order_search (order_search, rowid, number, search_holder, search_organisation,
                                      siren, siret)
            VALUES ('delete', OLD.id, OLD.number, OLD.search_holder, OLD.search_organisation, OLD.siren,
                    OLD.siret);
        END)",
    R"(CREATE TRIGGER order_search_after_update
        AFTER UPDATE OF number, search_holder, search_organisation, siren, siret ON orders
        BEGIN
            INSERT INTO order_search (order_search, rowid, number, search_holder, search_organisation,
                                      siren, siret)
            VALUES ('delete', OLD.id, OLD.number, OLD.search_holder, OLD.search_organisation, OLD.siren,
                    OLD.siret);
            INSERT INTO order_search (rowid, number, search_holder, search_organisation, siren, siret)
            VALUES (NEW.id, NEW.number, NEW.search_holder, NEW.search_organisation, NEW.siren, NEW.siret);
        END)",
};

/// Computes the folded columns of the orders already stored, a thousand at a time.
Status fillFoldedColumns(Database& db)
{
    constexpr int chunk = 1000;
    QSqlQuery select(db.connection());
    QSqlQuery update(db.connection());
    auto status =
        sql::prepare(select,
                     QStringLiteral("SELECT id, holder_given_names, holder_surname, organisation_name "
                                    "FROM orders WHERE id > ? ORDER BY id LIMIT %1")
                         .arg(chunk),
                     "createSearchIndex");
    if (status) {
        status = sql::prepare(update,
                              QStringLiteral("UPDATE orders SET search_holder = ?, search_organisation = ? "
                                             "WHERE id = ?"),
                              "createSearchIndex");
    }
    qint64 lastId = 0;
    while (status) {
        struct Row
        {
            qint64 id;
            QString holder;
            QString organisation;
        };
        QList<Row> rows;
        select.bindValue(0, lastId);
        status = sql::exec(select, "createSearchIndex");
        while (status && select.next()) {
            rows.append({select.value(0).toLongLong(),
                         holderSearchKey(select.value(1).toString(), select.value(2).toString()),
                         foldForSearch(select.value(3).toString())});
        }
        select.finish();
        if (rows.isEmpty()) {
            break;
        }
        for (const Row& row : rows) {
            update.bindValue(0, sql::text(row.holder));
            update.bindValue(1, sql::text(row.organisation));
            update.bindValue(2, row.id);
            status = sql::exec(update, "createSearchIndex");
            if (!status) {
                break;
            }
        }
        lastId = rows.constLast().id;
    }
    return status;
}

} // namespace

Status createSearchIndex(Database& db)
{
    if (auto status = execStatements(db, addColumns, "createSearchIndex"); !status) {
        return status;
    }
    if (auto status = fillFoldedColumns(db); !status) {
        return status;
    }
    return execStatements(db, indexes, "createSearchIndex");
}

} // namespace guichet::store
