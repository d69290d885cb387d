// Database: opening, pragmas, the transaction guard and query errors.

#include "store/database.h"
#include "store_fixture.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <catch2/catch.hpp>

using namespace guichet;
using namespace guichet::store;
using namespace guichet::store::test;

namespace {

qint64 orderCount(Database& db)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM orders")).toLongLong();
}

bool insertOrder(Database& db, const QString& number)
{
    // Enough columns to satisfy the schema; the store's own insertion is tested elsewhere.
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO orders (number, date, phase, type, portal, process, product_code, product_label, "
        "product_duration_years, requester_name, requester_email, holder_given_names, holder_surname, "
        "holder_email, holder_otp_contact, organisation_kind, organisation_name, siren, siret, "
        "legal_given_names, legal_surname, legal_email, agent_present, agent_given_names, agent_surname, "
        "agent_email, payment_received, payment_method, payment_reference, payment_amount_cents, "
        "recorded_id_kind, recorded_id_number) VALUES (?, '2024-01-02', 'verification', 'D', 'P', '', '', "
        "'', "
        "1, '', '', 'Ann', 'Lee', '', '', 'company', 'Acme', '', '', '', '', '', 0, '', '', '', 0, '', '', "
        "0, "
        "'none', '')"));
    query.addBindValue(number);
    return query.exec();
}

} // namespace

TEST_CASE("A new store is created at the latest schema version, in WAL mode with foreign keys on")
{
    TempStore store;
    Database& db = *store.db;
    CHECK(QFile::exists(store.path()));
    CHECK(db.path() == store.path());
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    CHECK(Database::latestSchemaVersion() >= 3);
    CHECK(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(scalar(db, QStringLiteral("PRAGMA recursive_triggers")).toInt() == 1);
    CHECK(scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt() >= 1000);
    CHECK(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
}

TEST_CASE("An in-memory store is a full store that vanishes when closed")
{
    auto db = Database::open(QStringLiteral(":memory:"));
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() == Database::latestSchemaVersion());
    BlobStore blobs(**db);
    OrderStore orders(**db, blobs);
    auto id = orders.insertDossier(fullDossier(QStringLiteral("MEM-1")));
    REQUIRE(id.ok());
    OrderQuery query;
    query.text = QStringLiteral("helene");
    CHECK(orders.count(query).value() == 1);

    auto other = Database::open(QStringLiteral(":memory:")); // another, empty store
    REQUIRE(other.ok());
    CHECK(orderCount(**other) == 0);
}

TEST_CASE("Each Database has its own connection, even on the same file")
{
    TempStore store;
    auto second = Database::open(store.path());
    REQUIRE(second.ok());
    CHECK((*second)->connection().connectionName() != store.db->connection().connectionName());
    REQUIRE(insertOrder(*store.db, QStringLiteral("C-1")));
    CHECK(orderCount(**second) == 1); // the second connection sees the first one's commit
    const QString name = (*second)->connection().connectionName();
    second = Error{}; // closes it
    CHECK_FALSE(QSqlDatabase::contains(name));
}

TEST_CASE("openUnmigrated leaves a new file at version 0, open migrates it")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/folder/store.sqlite")); // folders are created
    {
        auto db = Database::openUnmigrated(path);
        REQUIRE(db.ok());
        CHECK((*db)->schemaVersion() == 0);
    }
    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("A store written by a newer Guichet is refused, and so is a file that is not a store")
{
    QTemporaryDir dir;
    const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        auto db = Database::openUnmigrated(newer);
        REQUIRE(db.ok());
        REQUIRE((*db)->exec(QStringLiteral("PRAGMA user_version = 99"), "test").ok());
    }
    auto refused = Database::open(newer);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("newer version")));

    const QString garbage = dir.filePath(QStringLiteral("garbage.sqlite"));
    QFile file(garbage);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    auto notAStore = Database::open(garbage);
    REQUIRE_FALSE(notAStore.ok());
    CHECK(notAStore.error().message.contains(QStringLiteral("could not be opened")));
}

TEST_CASE("The default path is guichet/guichet.sqlite under XDG_DATA_HOME")
{
    QTemporaryDir home;
    const QByteArray savedHome = qgetenv("XDG_DATA_HOME");
    const QString savedName = QCoreApplication::applicationName();
    const QString savedOrganisation = QCoreApplication::organizationName();
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.path()));
    QCoreApplication::setApplicationName(QStringLiteral("guichet"));
    QCoreApplication::setOrganizationName(QString());
    const QString path = Database::defaultPath();
    qputenv("XDG_DATA_HOME", savedHome);
    QCoreApplication::setApplicationName(savedName);
    QCoreApplication::setOrganizationName(savedOrganisation);
    CHECK(path == home.path() + QStringLiteral("/guichet/guichet.sqlite"));
}

TEST_CASE("A transaction commits its work, and rolls it back when destroyed uncommitted")
{
    TempStore store;
    Database& db = *store.db;
    {
        Transaction transaction(db);
        REQUIRE(transaction.ok());
        REQUIRE(insertOrder(db, QStringLiteral("C-1")));
        REQUIRE(transaction.commit().ok());
        CHECK_FALSE(transaction.commit().ok()); // once only
    }
    CHECK(orderCount(db) == 1);
    {
        Transaction transaction(db);
        REQUIRE(insertOrder(db, QStringLiteral("C-2")));
        CHECK(orderCount(db) == 2);
    } // not committed
    CHECK(orderCount(db) == 1);
    // The connection is usable afterwards, outside any transaction.
    REQUIRE(insertOrder(db, QStringLiteral("C-3")));
    CHECK(orderCount(db) == 2);
}

TEST_CASE("Transactions nest through savepoints")
{
    TempStore store;
    Database& db = *store.db;

    SECTION("an inner rollback keeps the outer transaction's work")
    {
        Transaction outer(db);
        REQUIRE(insertOrder(db, QStringLiteral("OUT-1")));
        {
            Transaction inner(db);
            REQUIRE(inner.ok());
            REQUIRE(insertOrder(db, QStringLiteral("IN-1")));
            CHECK(orderCount(db) == 2);
        }
        CHECK(orderCount(db) == 1);
        {
            Transaction inner(db);
            REQUIRE(insertOrder(db, QStringLiteral("IN-2")));
            REQUIRE(inner.commit().ok());
        }
        REQUIRE(outer.commit().ok());
        CHECK(orderCount(db) == 2);
        CHECK(scalar(db, QStringLiteral(
                             "SELECT group_concat(number) FROM (SELECT number FROM orders ORDER BY id)"))
                  .toString() == QStringLiteral("OUT-1,IN-2"));
    }

    SECTION("an outer rollback discards the work of inner transactions that committed")
    {
        {
            Transaction outer(db);
            {
                Transaction inner(db);
                REQUIRE(insertOrder(db, QStringLiteral("IN-1")));
                REQUIRE(inner.commit().ok());
            }
            CHECK(orderCount(db) == 1);
        }
        CHECK(orderCount(db) == 0);
    }

    SECTION("an outer transaction cannot commit while an inner one is open")
    {
        Transaction outer(db);
        Transaction inner(db);
        REQUIRE(insertOrder(db, QStringLiteral("IN-1")));
        CHECK_FALSE(outer.commit().ok());
        REQUIRE(inner.commit().ok());
        REQUIRE(outer.commit().ok());
        CHECK(orderCount(db) == 1);
    }
}

TEST_CASE("A failed statement's error names the statement and the call site, not the bound values")
{
    TempStore store;
    Database& db = *store.db;
    auto status = db.exec(QStringLiteral("SELECT x FROM nowhere"), "test::callSite");
    REQUIRE_FALSE(status.ok());
    CHECK_FALSE(status.error().message.isEmpty());
    CHECK(status.error().detail.contains(QStringLiteral("test::callSite")));
    CHECK(status.error().detail.contains(QStringLiteral("SELECT x FROM nowhere")));
    INFO(status.error().detail.toStdString());
    CHECK(status.error().detail.contains(QStringLiteral("no such table")));

    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("INSERT INTO orders (number) VALUES (?)"));
    query.addBindValue(QStringLiteral("Secret-Name"));
    REQUIRE_FALSE(query.exec());
    const Error error = queryError(query, "test::insert");
    CHECK(error.detail.contains(QStringLiteral("INSERT INTO orders (number) VALUES (?)")));
    CHECK(error.detail.contains(QStringLiteral("test::insert")));
    CHECK_FALSE(error.toString().contains(QStringLiteral("Secret-Name")));
}
