#pragma once

// The local store: one SQLite file (WAL, foreign keys on), its schema migrations and transactions.
// core/store is the only room that speaks SQL.

#include "model/result.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

class QSqlQuery;

namespace guichet::store {

/// One connection to the store. Like any QtSql connection, use it only from the thread that opened
/// it; another thread opens a Database of its own on the same file (WAL lets readers and one writer
/// work side by side, and a writer waits up to 5 s for another's lock).
class Database
{
public:
    /// Opens (creating if needed) the store at `path` and migrates it to the latest schema version.
    /// `path` may be ":memory:" for a throw-away store.
    static Result<std::unique_ptr<Database>> open(const QString& path);
    /// Opens without migrating (for migration tests and tools that must look before they change).
    static Result<std::unique_ptr<Database>> openUnmigrated(const QString& path);
    /// `$XDG_DATA_HOME/guichet/guichet.sqlite` (QStandardPaths::AppLocalDataLocation).
    static QString defaultPath();

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase& connection() { return m_db; }
    QString path() const { return m_path; }

    /// PRAGMA user_version.
    int schemaVersion();
    static int latestSchemaVersion();
    /// Applies the migrations from the current version up to `version`, all in one transaction
    /// that rolls back on any failure (so a failed upgrade leaves the previous version intact).
    Status migrateTo(int version);

    /// Whether the store holds demo data for training (see schema step 6). Only a training store
    /// accepts acts by a training operator.
    Result<bool> isTraining();
    /// Marks the store as a training store, for good (a trigger refuses taking the mark back).
    Status markTraining();

    /// Runs one statement; the error names the statement and the call site.
    Status exec(const QString& sql, const char* where);

private:
    friend class Transaction;
    Database(QSqlDatabase db, QString path);
    static Result<std::unique_ptr<Database>> openConnection(const QString& path);

    QSqlDatabase m_db;
    QString m_path;
    /// How many Transaction guards are open on this connection (the outermost one is a real
    /// BEGIN IMMEDIATE, the inner ones SAVEPOINTs).
    int m_transactionDepth = 0;
};

/// Rolls back unless committed. Nests through SAVEPOINTs, so a method that opens its own
/// transaction can run inside a caller's.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool ok() const { return m_error.ok(); }
    const Status& status() const { return m_error; }
    Status commit();

private:
    void rollback();

    Database& m_db;
    QString m_name;  ///< the SAVEPOINT's name; empty for the outermost transaction
    int m_depth = 0; ///< 1 for the outermost; 0 if it could not begin
    bool m_done = false;
    Status m_error;
};

/// Builds the error of a failed query: a plain message plus the SQL error, the statement and `where`.
Error queryError(const QSqlQuery& query, const char* where);

} // namespace guichet::store
