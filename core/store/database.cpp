#include "database.h"

#include "migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtGlobal>
#include <atomic>

namespace guichet::store {
namespace {

/// How long a statement waits for another connection's write lock before giving up (ms).
constexpr int busyTimeoutMs = 5000;

bool isMemory(const QString& path)
{
    return path == u":memory:";
}

/// QtSql connections are named globally per process: each Database gets its own.
QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("guichet-store-%1").arg(++counter);
}

Error openError(const QString& path, const QString& detail)
{
    return Error{
        QCoreApplication::translate("guichet::store::Database", "The local store %1 could not be opened.")
            .arg(QDir::toNativeSeparators(path)),
        detail};
}

/// Runs a PRAGMA that answers one value, and returns that value.
Result<QVariant> pragma(QSqlDatabase& db, const QString& statement, const char* where)
{
    QSqlQuery query(db);
    if (!query.exec(statement) || !query.next()) {
        return queryError(query, where);
    }
    return query.value(0);
}

} // namespace

Database::Database(QSqlDatabase db, QString path) : m_db(std::move(db)), m_path(std::move(path)) {}

Database::~Database()
{
    // Lets SQLite refresh its planner statistics where they went stale (cheap; recommended on close).
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA optimize"));
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/guichet.sqlite";
}

int Database::latestSchemaVersion()
{
    return int(migrationSteps().size());
}

Result<std::unique_ptr<Database>> Database::openConnection(const QString& path)
{
    if (!isMemory(path)) {
        const QString folder = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(folder)) {
            return openError(path, QStringLiteral("cannot create the folder"));
        }
    }
    const QString name = nextConnectionName();
    std::unique_ptr<Database> database;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        if (!db.open()) {
            const QString detail = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return openError(path, detail);
        }
        database.reset(new Database(std::move(db), path));
    }

    // The first statement also tells whether the file is an SQLite database at all.
    auto journal = pragma(database->m_db, QStringLiteral("PRAGMA journal_mode = WAL"), "Database::open");
    if (!journal) {
        return openError(path, journal.error().detail);
    }
    if (!isMemory(path) && journal->toString() != u"wal") {
        return openError(path, QStringLiteral("journal mode stays %1").arg(journal->toString()));
    }
    // Foreign keys are off by default in SQLite, per connection. Recursive triggers make the
    // triggers that guard orders (and keep the search index in sync) fire on the rows an
    // INSERT OR REPLACE deletes, too. NORMAL synchronisation is durable enough in WAL mode: a power
    // cut may lose the last commits, never corrupt the file. A 64 MiB page cache (the default is
    // 2 MiB) keeps the indexes of a million orders warm.
    for (const auto* statement : {"PRAGMA foreign_keys = ON", "PRAGMA recursive_triggers = ON",
                                  "PRAGMA synchronous = NORMAL", "PRAGMA cache_size = -65536"}) {
        if (auto status = database->exec(QString::fromLatin1(statement), "Database::open"); !status) {
            return openError(path, status.error().detail);
        }
    }
    auto foreignKeys = pragma(database->m_db, QStringLiteral("PRAGMA foreign_keys"), "Database::open");
    if (!foreignKeys || foreignKeys->toInt() != 1) {
        return openError(path, QStringLiteral("foreign keys unavailable"));
    }
    return database;
}

Result<std::unique_ptr<Database>> Database::openUnmigrated(const QString& path)
{
    return openConnection(path);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path)
{
    auto database = openConnection(path);
    if (!database) {
        return database;
    }
    const int version = (*database)->schemaVersion();
    if (version > latestSchemaVersion()) {
        return Error{
            QCoreApplication::translate("guichet::store::Database",
                                        "The local store was written by a newer version of Guichet."),
            QStringLiteral("schema version %1, this build knows up to %2")
                .arg(version)
                .arg(latestSchemaVersion())};
    }
    if (auto status = (*database)->migrateTo(latestSchemaVersion()); !status) {
        return status.error();
    }
    return database;
}

int Database::schemaVersion()
{
    auto version = pragma(m_db, QStringLiteral("PRAGMA user_version"), "Database::schemaVersion");
    return version ? version->toInt() : -1;
}

Status Database::migrateTo(int version)
{
    return applyMigrations(*this, migrationSteps(), version);
}

Result<bool> Database::isTraining()
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM store_info WHERE key = 'purpose'"));
    if (!query.exec()) {
        return queryError(query, "Database::isTraining");
    }
    return query.next() && query.value(0).toString() == QLatin1String("training");
}

Status Database::markTraining()
{
    return exec(
        QStringLiteral("INSERT INTO store_info (key, value) VALUES ('purpose', 'training') "
                       "ON CONFLICT (key) DO UPDATE SET value = 'training' WHERE value <> 'training'"),
        "Database::markTraining");
}

Status Database::exec(const QString& sql, const char* where)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        return queryError(query, where);
    }
    return {};
}

Error queryError(const QSqlQuery& query, const char* where)
{
    const QSqlError error = query.lastError();
    // The statement is shown with its placeholders: bound values (names, ID numbers) never appear.
    return Error{QCoreApplication::translate("guichet::store::Database",
                                             "The local store could not complete the operation."),
                 QStringLiteral("%1: %2 (SQLite %3) in: %4")
                     .arg(QString::fromUtf8(where), error.databaseText(), error.nativeErrorCode(),
                          query.lastQuery().simplified())};
}

// Transaction -------------------------------------------------------------------------------------

Transaction::Transaction(Database& db) : m_db(db)
{
    const int depth = db.m_transactionDepth + 1;
    QString statement;
    if (depth == 1) {
        // IMMEDIATE takes the write lock now: a deferred transaction that reads, then writes, could
        // fail on a snapshot another connection changed meanwhile, which no busy timeout can cure.
        statement = QStringLiteral("BEGIN IMMEDIATE");
    } else {
        m_name = QStringLiteral("guichet_%1").arg(depth);
        statement = u"SAVEPOINT " + m_name;
    }
    m_error = db.exec(statement, "Transaction::Transaction");
    if (m_error.ok()) {
        m_depth = depth;
        db.m_transactionDepth = depth;
    }
}

Transaction::~Transaction()
{
    if (m_depth != 0 && !m_done) {
        rollback();
    }
}

Status Transaction::commit()
{
    if (!m_error.ok()) {
        return m_error;
    }
    if (m_done) {
        return Error{QCoreApplication::translate("guichet::store::Database",
                                                 "The local store could not complete the operation."),
                     QStringLiteral("Transaction::commit: already finished")};
    }
    if (m_depth != m_db.m_transactionDepth) {
        return Error{QCoreApplication::translate("guichet::store::Database",
                                                 "The local store could not complete the operation."),
                     QStringLiteral("Transaction::commit: an inner transaction is still open")};
    }
    auto status = m_db.exec(m_depth == 1 ? QStringLiteral("COMMIT") : u"RELEASE SAVEPOINT " + m_name,
                            "Transaction::commit");
    if (status) {
        m_done = true;
        m_db.m_transactionDepth = m_depth - 1;
    }
    return status;
}

void Transaction::rollback()
{
    QList<Status> outcomes;
    if (m_depth == 1) {
        outcomes << m_db.exec(QStringLiteral("ROLLBACK"), "Transaction::~Transaction");
    } else {
        // ROLLBACK TO undoes the savepoint's work but keeps it open: RELEASE closes it.
        outcomes << m_db.exec(u"ROLLBACK TO SAVEPOINT " + m_name, "Transaction::~Transaction");
        outcomes << m_db.exec(u"RELEASE SAVEPOINT " + m_name, "Transaction::~Transaction");
    }
    for (const auto& outcome : outcomes) {
        if (!outcome) {
            // A destructor cannot return an error. SQLite may have rolled back already (after a disk
            // error, say); the detail names statements only, never data.
            qWarning("guichet store: rollback failed: %s", qPrintable(outcome.error().detail));
        }
    }
    m_done = true;
    m_db.m_transactionDepth = m_depth - 1;
}

} // namespace guichet::store
