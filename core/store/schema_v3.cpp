// Schema version 3: the notification outbox, per-portal activity counts, and validated dossiers
// made read-only. Frozen: later changes are later steps.

#include "database.h"
#include "migrations.h"

namespace guichet::store {
namespace {

constexpr const char* statements[] = {
    // Messages to the requester. Until connected mode exists they wait here: sent_at stays NULL.
    // No ON DELETE CASCADE: like decisions, they are the order's history.
    R"(CREATE TABLE notifications (
        id INTEGER PRIMARY KEY,
        order_id INTEGER NOT NULL REFERENCES orders (id),
        kind TEXT NOT NULL CHECK (kind IN ('missing-document', 'invalid-contact', 'awaiting-signature',
                                           'other')),
        recipient TEXT NOT NULL,
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        operator_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        sent_at TEXT))",
    "CREATE INDEX notifications_by_order ON notifications (order_id)",
    "CREATE INDEX notifications_outbox ON notifications (created_at) WHERE sent_at IS NULL",

    // How many orders each portal has in each phase, kept by triggers: the activity summary then
    // reads a few dozen rows instead of counting through a million orders.
    R"(CREATE TABLE order_counts (
        portal TEXT NOT NULL,
        phase TEXT NOT NULL,
        orders INTEGER NOT NULL CHECK (orders >= 0),
        PRIMARY KEY (portal, phase)) WITHOUT ROWID)",
    "INSERT INTO order_counts (portal, phase, orders) SELECT portal, phase, count(*) FROM orders "
    "GROUP BY portal, phase",
    R"(CREATE TRIGGER order_counts_after_insert AFTER INSERT ON orders
        BEGIN
            INSERT INTO order_counts (portal, phase, orders) VALUES (NEW.portal, NEW.phase, 1)
            ON CONFLICT (portal, phase) DO UPDATE SET orders = orders + 1;
        END)",
    R"(CREATE TRIGGER order_counts_after_delete AFTER DELETE ON orders
        BEGIN
            UPDATE order_counts SET orders = orders - 1 WHERE portal = OLD.portal AND phase = OLD.phase;
        END)",
    R"(CREATE TRIGGER order_counts_after_update AFTER UPDATE OF portal, phase ON orders
        BEGIN
            UPDATE order_counts SET orders = orders - 1 WHERE portal = OLD.portal AND phase = OLD.phase;
            INSERT INTO order_counts (portal, phase, orders) VALUES (NEW.portal, NEW.phase, 1)
            ON CONFLICT (portal, phase) DO UPDATE SET orders = orders + 1;
        END)",

    // A validated dossier is what the operator attested: its documents and the holder's recorded
    // identity no longer change.
    R"(CREATE TRIGGER documents_of_validated_orders_are_read_only
        BEFORE UPDATE ON documents
        WHEN (SELECT phase FROM orders WHERE id = OLD.order_id) IN ('generation', 'delivered')
        BEGIN
            SELECT RAISE(ABORT, 'validated dossiers are read-only');
        END)",
    R"(CREATE TRIGGER documents_of_validated_orders_are_kept
        BEFORE DELETE ON documents
        WHEN (SELECT phase FROM orders WHERE id = OLD.order_id) IN ('generation', 'delivered')
        BEGIN
            SELECT RAISE(ABORT, 'validated dossiers are read-only');
        END)",
    R"(CREATE TRIGGER identity_of_validated_orders_is_read_only
        BEFORE UPDATE OF recorded_id_kind, recorded_id_number ON orders
        WHEN OLD.phase IN ('generation', 'delivered')
        BEGIN
            SELECT RAISE(ABORT, 'validated dossiers are read-only');
        END)",
};

} // namespace

Status createOutboxAndActivity(Database& db)
{
    return execStatements(db, statements, "createOutboxAndActivity");
}

} // namespace guichet::store
