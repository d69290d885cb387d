// Schema migrations: every step from a store of the previous version holding data, and rollback.

#include "model/digest.h"
#include "store/migrations.h"
#include "store_fixture.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace guichet;
using namespace guichet::store;
using namespace guichet::store::test;

namespace {

std::unique_ptr<Database> storeAtVersion(const QTemporaryDir& dir, int version)
{
    auto db = Database::openUnmigrated(dir.filePath(QStringLiteral("store.sqlite")));
    REQUIRE(db.ok());
    auto status = (*db)->migrateTo(version);
    INFO((status.ok() ? QString() : status.error().toString()).toStdString());
    REQUIRE(status.ok());
    REQUIRE((*db)->schemaVersion() == version);
    return std::move(db).value();
}

/// An order as version 1 stored it (the columns every later version keeps).
qint64 insertVersion1Order(Database& db, const QString& number, const QString& givenNames,
                           const QString& surname, const QString& organisation, const QString& siren,
                           const QString& phase, const QString& portal)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.prepare(QStringLiteral(
        "INSERT INTO orders (number, date, phase, type, portal, process, product_code, product_label, "
        "product_duration_years, requester_name, requester_email, holder_given_names, holder_surname, "
        "holder_birth_date, holder_email, holder_otp_contact, organisation_kind, organisation_name, siren, "
        "siret, legal_given_names, legal_surname, legal_birth_date, legal_email, agent_present, "
        "agent_given_names, agent_surname, agent_birth_date, agent_email, payment_received, payment_method, "
        "payment_reference, payment_amount_cents, recorded_id_kind, recorded_id_number) VALUES "
        "(?, '2023-06-01', ?, 'D', ?, 'Génération Certificat', 'RGS2', 'Token', 2, 'Achats', 'a@example.fr', "
        "?, ?, '1970-01-31', 'h@example.fr', '+33600000000', 'company', ?, ?, ?, 'Paul', 'Rep', NULL, "
        "'r@example.fr', 0, '', '', NULL, '', 1, 'card', 'REF', 12000, 'passport', '19AB12345')")));
    query.addBindValue(number);
    query.addBindValue(phase);
    query.addBindValue(portal);
    query.addBindValue(givenNames);
    query.addBindValue(surname);
    query.addBindValue(organisation);
    query.addBindValue(siren);
    query.addBindValue(QString(siren + QStringLiteral("00013")));
    REQUIRE(query.exec());
    return query.lastInsertId().toLongLong();
}

void insertVersion1Document(Database& db, qint64 orderId, const QByteArray& bytes)
{
    const QString sha256 = guichet::sha256Hex(bytes);
    QSqlQuery query(db.connection());
    REQUIRE(query.prepare(
        QStringLiteral("INSERT INTO blobs (sha256, scheme, size, data) VALUES (?, 'plain', ?, ?)")));
    query.addBindValue(sha256);
    query.addBindValue(qint64(bytes.size()));
    query.addBindValue(bytes);
    REQUIRE(query.exec());
    REQUIRE(query.prepare(QStringLiteral(
        "INSERT INTO documents (order_id, kind, position, status, file_name, media_type, sha256, size, "
        "issue_date, expiry_date, id_kind, id_number, mrz, facts_siren, facts_organisation_name) VALUES "
        "(?, 'holder-id', 0, 'imported', 'id.pdf', 'application/pdf', ?, ?, '2020-01-01', '2030-01-01', "
        "'passport', '19AB12345', '', '', '')")));
    query.addBindValue(orderId);
    query.addBindValue(sha256);
    query.addBindValue(qint64(bytes.size()));
    REQUIRE(query.exec());
    REQUIRE(
        query.prepare(QStringLiteral("INSERT INTO confirmations (order_id, item_id, operator_id, at) "
                                     "VALUES (?, 'confirm.holder-id', 'op', '2023-06-02T08:00:00.000Z')")));
    query.addBindValue(orderId);
    REQUIRE(query.exec());
    REQUIRE(query.prepare(QStringLiteral(
        "INSERT INTO decisions (order_id, action, operator_id, at, from_phase, to_phase, detail, "
        "checklist_json) "
        "VALUES (?, 'confirm', 'op', '2023-06-02T08:00:00.000Z', 'verification', 'verification', "
        "'confirm.holder-id', '{\"items\":[]}')")));
    query.addBindValue(orderId);
    REQUIRE(query.exec());
}

QList<qint64> matches(Database& db, const QString& expression)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.prepare(
        QStringLiteral("SELECT rowid FROM order_search WHERE order_search MATCH ? ORDER BY rowid")));
    query.addBindValue(expression);
    REQUIRE(query.exec());
    QList<qint64> ids;
    while (query.next()) {
        ids.append(query.value(0).toLongLong());
    }
    return ids;
}

bool hasTable(Database& db, const QString& name)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = ?"));
    query.addBindValue(name);
    return query.exec() && query.next() && query.value(0).toInt() == 1;
}

bool hasColumn(Database& db, const QString& table, const QString& column)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM pragma_table_info(?) WHERE name = ?"));
    query.addBindValue(table);
    query.addBindValue(column);
    return query.exec() && query.next() && query.value(0).toInt() == 1;
}

} // namespace

TEST_CASE("Migration step 1 creates the orders schema on an empty file")
{
    QTemporaryDir dir;
    auto db = storeAtVersion(dir, 0);
    REQUIRE(db->migrateTo(1).ok());
    CHECK(db->schemaVersion() == 1);
    for (const auto* table : {"orders", "documents", "blobs", "confirmations", "decisions"}) {
        CHECK(hasTable(*db, QString::fromLatin1(table)));
    }
    CHECK_FALSE(hasTable(*db, QStringLiteral("order_search")));

    const qint64 id = insertVersion1Order(
        *db, QStringLiteral("V1-1"), QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("Acme"),
        QStringLiteral("552100554"), QStringLiteral("generation"), QStringLiteral("P1"));
    insertVersion1Document(*db, id, "bytes");
    // Codes are checked; validation is irreversible from this version on.
    CHECK_FALSE(execute(*db, QStringLiteral("UPDATE orders SET phase = 'not-a-phase'")));
    CHECK_FALSE(execute(*db, QStringLiteral("UPDATE orders SET phase = 'validation'")));
    CHECK(execute(*db, QStringLiteral("UPDATE orders SET phase = 'delivered'")));
    // A document cannot reference bytes that are not stored.
    CHECK_FALSE(execute(*db, QStringLiteral("UPDATE documents SET sha256 = '%1'").arg(QString(64, u'0'))));
}

TEST_CASE("Migration step 2 indexes the orders of a version 1 store for search")
{
    QTemporaryDir dir;
    auto db = storeAtVersion(dir, 1);
    const qint64 helene = insertVersion1Order(
        *db, QStringLiteral("V1-HEL"), QStringLiteral("Hélène"), QStringLiteral("Lefèvre"),
        QStringLiteral("Crème & Brûlée SARL"), QStringLiteral("552100554"), QStringLiteral("verification"),
        QStringLiteral("BPOI-Rhône"));
    insertVersion1Document(*db, helene, "helene's id");
    // More rows than one fill chunk (1,000), so that the chunking is exercised.
    {
        Transaction transaction(*db);
        for (int i = 0; i < 2100; ++i) {
            insertVersion1Order(*db, QStringLiteral("V1-%1").arg(i), QStringLiteral("Jean"),
                                QStringLiteral("Martin%1").arg(i), QStringLiteral("Société %1").arg(i),
                                QStringLiteral("732829320"), QStringLiteral("validation"),
                                QStringLiteral("P2"));
        }
        REQUIRE(transaction.commit().ok());
    }

    auto status = db->migrateTo(2);
    INFO((status.ok() ? QString() : status.error().toString()).toStdString());
    REQUIRE(status.ok());
    CHECK(db->schemaVersion() == 2);

    // The data survived.
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM orders")).toInt() == 2101);
    CHECK(scalar(*db, QStringLiteral("SELECT holder_surname FROM orders WHERE id = %1").arg(helene))
              .toString() == QStringLiteral("Lefèvre"));
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM documents")).toInt() == 1);
    // The folded copies are filled for every row, the index answers without accents or case.
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM orders WHERE search_holder = ''")).toInt() == 0);
    CHECK(scalar(*db, QStringLiteral("SELECT search_holder FROM orders WHERE id = %1").arg(helene))
              .toString() == QStringLiteral("lefevre helene"));
    CHECK(scalar(*db, QStringLiteral("SELECT search_organisation FROM orders WHERE id = %1").arg(helene))
              .toString() == QStringLiteral("creme & brulee sarl"));
    CHECK(matches(*db, QStringLiteral("\"helene\"")) == QList<qint64>{helene});
    CHECK(matches(*db, QStringLiteral("\"brulee\"")) == QList<qint64>{helene});
    CHECK(matches(*db, QStringLiteral("\"martin2099\"")).size() == 1);
    CHECK(matches(*db, QStringLiteral("\"v1-hel\"")) == QList<qint64>{helene});
    CHECK(matches(*db, QStringLiteral("\"732829320\"")).size() == 2100);

    // New and changed rows stay in sync with the index.
    CHECK(execute(*db, QStringLiteral("UPDATE orders SET siren = '130005481', siret = '13000548100010' "
                                      "WHERE id = %1")
                           .arg(helene)));
    CHECK(matches(*db, QStringLiteral("\"130005481\"")) == QList<qint64>{helene});
    CHECK(matches(*db, QStringLiteral("\"552100554\"")).isEmpty());
    CHECK_FALSE(hasTable(*db, QStringLiteral("notifications")));
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM order_search")).toInt() == 2101);
    CHECK(execute(*db, QStringLiteral("INSERT INTO order_search (order_search) VALUES ('integrity-check')")));
}

TEST_CASE("Migration step 3 adds the outbox and counts the orders of a version 2 store")
{
    QTemporaryDir dir;
    auto db = storeAtVersion(dir, 2);
    // Version 2 rows carry their folded columns (filled here by hand: what OrderStore wrote then).
    const qint64 validated = insertVersion1Order(
        *db, QStringLiteral("V2-1"), QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("Acme"),
        QStringLiteral("552100554"), QStringLiteral("generation"), QStringLiteral("Nord"));
    insertVersion1Document(*db, validated, "ann's id");
    insertVersion1Order(*db, QStringLiteral("V2-2"), QStringLiteral("Bob"), QStringLiteral("Ray"),
                        QStringLiteral("Acme"), QStringLiteral("552100554"), QStringLiteral("verification"),
                        QStringLiteral("Nord"));
    insertVersion1Order(*db, QStringLiteral("V2-3"), QStringLiteral("Eve"), QStringLiteral("Roy"),
                        QStringLiteral("Acme"), QStringLiteral("552100554"), QStringLiteral("verification"),
                        QStringLiteral("Sud"));
    REQUIRE(
        execute(*db, QStringLiteral("UPDATE orders SET search_holder = lower(holder_surname || ' ' || "
                                    "holder_given_names), search_organisation = lower(organisation_name)")));

    auto status = db->migrateTo(3);
    INFO((status.ok() ? QString() : status.error().toString()).toStdString());
    REQUIRE(status.ok());
    CHECK(db->schemaVersion() == 3);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM orders")).toInt() == 3);

    BlobStore blobs(*db);
    OrderStore orders(*db, blobs);
    // The counts start from the rows already there, and follow later changes.
    auto activity = orders.activity();
    REQUIRE(activity.ok());
    REQUIRE(activity->size() == 2);
    CHECK(activity->at(0).portal == QStringLiteral("Nord"));
    CHECK(activity->at(0).toVerify == 1);
    CHECK(activity->at(0).toGenerate == 1);
    CHECK(activity->at(1).portal == QStringLiteral("Sud"));
    CHECK(activity->at(1).toVerify == 1);

    // The outbox works.
    Notification notification;
    notification.kind = NotificationKind::MissingDocument;
    notification.recipient = QStringLiteral("a@example.fr");
    notification.subject = QStringLiteral("Pièce manquante");
    notification.body = QStringLiteral("Merci d'importer votre Kbis.");
    notification.operatorId = QStringLiteral("op");
    notification.createdAt = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);
    REQUIRE(orders.addNotification(validated, notification).ok());
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM notifications WHERE sent_at IS NULL")).toInt() ==
          1);

    // The validated order's dossier is now read-only, even to SQL.
    CHECK_FALSE(execute(
        *db,
        QStringLiteral("UPDATE documents SET status = 'not-imported' WHERE order_id = %1").arg(validated)));
    CHECK_FALSE(execute(
        *db, QStringLiteral("UPDATE orders SET recorded_id_number = 'X' WHERE id = %1").arg(validated)));
    CHECK(scalar(*db, QStringLiteral("SELECT status FROM documents WHERE order_id = %1").arg(validated))
              .toString() == QStringLiteral("imported"));
}

TEST_CASE("Opening a version 1 store holding data migrates it to the latest version")
{
    QTemporaryDir dir;
    qint64 id = 0;
    {
        auto db = storeAtVersion(dir, 1);
        id = insertVersion1Order(*db, QStringLiteral("OLD-1"), QStringLiteral("Élodie"),
                                 QStringLiteral("Gérard"), QStringLiteral("Hôtel de Ville"),
                                 QStringLiteral("130005481"), QStringLiteral("validation"),
                                 QStringLiteral("Est"));
        insertVersion1Document(*db, id, "elodie's id");
    }
    auto db = Database::open(dir.filePath(QStringLiteral("store.sqlite")));
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() == Database::latestSchemaVersion());
    BlobStore blobs(**db);
    OrderStore orders(**db, blobs);

    auto order = orders.order(id);
    REQUIRE(order.ok());
    CHECK(order->holder.surname == QStringLiteral("Gérard"));
    CHECK(order->recordedIdentity == IdentityRecord{IdDocumentKind::Passport, QStringLiteral("19AB12345")});
    REQUIRE(order->documents.size() == 1);
    CHECK(order->confirmations.size() == 1);
    auto dossier = orders.dossier(id);
    REQUIRE(dossier.ok());
    CHECK(dossier->contents.at(DocumentKind::HolderId) == QByteArray("elodie's id"));
    auto decisions = orders.decisions(id);
    REQUIRE(decisions.ok());
    CHECK(decisions->size() == 1);

    OrderQuery query;
    query.text = QStringLiteral("elodie gerard");
    auto found = orders.find(query);
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK(found->at(0).id == id);
    auto activity = orders.activity();
    REQUIRE(activity.ok());
    REQUIRE(activity->size() == 1);
    CHECK(activity->at(0).toValidate == 1);
}

TEST_CASE("A migration that fails rolls every step back")
{
    QTemporaryDir dir;
    auto db = storeAtVersion(dir, 1);
    insertVersion1Order(*db, QStringLiteral("KEEP-1"), QStringLiteral("Ann"), QStringLiteral("Lee"),
                        QStringLiteral("Acme"), QStringLiteral("552100554"), QStringLiteral("verification"),
                        QStringLiteral("P1"));
    // Something of the same name as what step 3 creates: step 2 succeeds, then step 3 fails.
    REQUIRE(execute(*db, QStringLiteral("CREATE TABLE notifications (x)")));

    auto status = db->migrateTo(3);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().message.contains(QStringLiteral("could not be upgraded")));
    CHECK(status.error().detail.contains(QStringLiteral("step 3")));
    CHECK(db->schemaVersion() == 1);
    CHECK_FALSE(hasTable(*db, QStringLiteral("order_search")));
    CHECK_FALSE(hasColumn(*db, QStringLiteral("orders"), QStringLiteral("search_holder")));
    CHECK(scalar(*db, QStringLiteral("SELECT number FROM orders")).toString() == QStringLiteral("KEEP-1"));

    // Once the obstacle is gone, the same upgrade goes through.
    REQUIRE(execute(*db, QStringLiteral("DROP TABLE notifications")));
    REQUIRE(db->migrateTo(3).ok());
    CHECK(db->schemaVersion() == 3);
    CHECK(hasColumn(*db, QStringLiteral("orders"), QStringLiteral("search_holder")));
}

TEST_CASE("The migration runner applies steps in one transaction and refuses impossible targets")
{
    QTemporaryDir dir;
    auto db = storeAtVersion(dir, 0);
    const MigrationStep steps[] = {
        {1, "create a",
         [](Database& d) {
             return d.exec(QStringLiteral("CREATE TABLE a (x)"), "step 1");
         }},
        {2, "create b, then fail",
         [](Database& d) {
             if (auto status = d.exec(QStringLiteral("CREATE TABLE b (x)"), "step 2"); !status) {
                 return status;
             }
             return d.exec(QStringLiteral("INSERT INTO missing VALUES (1)"), "step 2");
         }},
    };
    auto failed = applyMigrations(*db, steps, 2);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().detail.contains(QStringLiteral("create b, then fail")));
    CHECK(db->schemaVersion() == 0);
    CHECK_FALSE(hasTable(*db, QStringLiteral("a")));
    CHECK_FALSE(hasTable(*db, QStringLiteral("b")));

    REQUIRE(applyMigrations(*db, steps, 1).ok());
    CHECK(db->schemaVersion() == 1);
    CHECK(hasTable(*db, QStringLiteral("a")));
    CHECK(applyMigrations(*db, steps, 1).ok());       // already there: nothing to do
    CHECK_FALSE(applyMigrations(*db, steps, 0).ok()); // no way down
    CHECK_FALSE(applyMigrations(*db, steps, 3).ok()); // no such version
    CHECK_FALSE(db->migrateTo(Database::latestSchemaVersion() + 1).ok());
}
