// Schema version 1: orders and what their dossiers hold. Frozen: later changes are later steps.
//
// Enum values are stored as their stable codes (model/enums.h), checked by CHECK constraints.
// Days are ISO 8601 text ('2024-03-01'), instants ISO 8601 UTC text with milliseconds.

#include "database.h"
#include "migrations.h"

namespace guichet::store {
namespace {

constexpr const char* statements[] = {
    // Document bytes, content-addressed. `scheme` names the BlobCodec that sealed `data`; `size`
    // is the size of the plain bytes.
    R"(CREATE TABLE blobs (
        sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
        scheme TEXT NOT NULL,
        size INTEGER NOT NULL CHECK (size >= 0),
        data BLOB NOT NULL))",

    // What the order list shows and filters on are real columns, so that they can be indexed.
    // Order numbers are compared without case: "cmd-1" and "CMD-1" are the same order.
    R"(CREATE TABLE orders (
        id INTEGER PRIMARY KEY,
        number TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (number <> ''),
        date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        phase TEXT NOT NULL CHECK (phase IN ('data-entry', 'verification', 'awaiting-signature',
                                             'validation', 'generation', 'delivered', 'cancelled')),
        type TEXT NOT NULL CHECK (type IN ('D', 'P')),
        portal TEXT NOT NULL,
        process TEXT NOT NULL,
        product_code TEXT NOT NULL,
        product_label TEXT NOT NULL,
        product_duration_years INTEGER NOT NULL,
        requester_name TEXT NOT NULL,
        requester_email TEXT NOT NULL,
        holder_given_names TEXT NOT NULL,
        holder_surname TEXT NOT NULL,
        holder_birth_date TEXT,
        holder_email TEXT NOT NULL,
        holder_otp_contact TEXT NOT NULL,
        organisation_kind TEXT NOT NULL CHECK (organisation_kind IN ('company', 'public-body')),
        organisation_name TEXT NOT NULL,
        siren TEXT NOT NULL,
        siret TEXT NOT NULL,
        legal_given_names TEXT NOT NULL,
        legal_surname TEXT NOT NULL,
        legal_birth_date TEXT,
        legal_email TEXT NOT NULL,
        agent_present INTEGER NOT NULL CHECK (agent_present IN (0, 1)),
        agent_given_names TEXT NOT NULL,
        agent_surname TEXT NOT NULL,
        agent_birth_date TEXT,
        agent_email TEXT NOT NULL,
        payment_received INTEGER NOT NULL CHECK (payment_received IN (0, 1)),
        payment_method TEXT NOT NULL,
        payment_reference TEXT NOT NULL,
        payment_amount_cents INTEGER NOT NULL,
        recorded_id_kind TEXT NOT NULL CHECK (recorded_id_kind IN ('none', 'national-id-card',
                                                                   'passport', 'residence-permit')),
        recorded_id_number TEXT NOT NULL))",
    // The list's default sort, and its filters with that sort (an index also holds the row id,
    // which breaks ties).
    "CREATE INDEX orders_by_date ON orders (date)",
    "CREATE INDEX orders_by_phase ON orders (phase, date)",
    "CREATE INDEX orders_by_portal ON orders (portal, date)",
    "CREATE INDEX orders_by_siren ON orders (siren)",

    // One row per order and kind; `position` keeps the order's own document order.
    R"(CREATE TABLE documents (
        order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('terms-of-use', 'subscription-contract',
                                           'authorisation-letter', 'power-of-attorney', 'kbis-extract',
                                           'sirene-notice', 'holder-id', 'legal-representative-id',
                                           'agent-id', 'payment-proof')),
        position INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('not-imported', 'imported', 'unsigned', 'signed')),
        file_name TEXT NOT NULL,
        media_type TEXT NOT NULL,
        sha256 TEXT REFERENCES blobs (sha256),
        size INTEGER NOT NULL,
        issue_date TEXT,
        expiry_date TEXT,
        id_kind TEXT NOT NULL CHECK (id_kind IN ('none', 'national-id-card', 'passport',
                                                 'residence-permit')),
        id_number TEXT NOT NULL,
        mrz TEXT NOT NULL, -- the MRZ lines joined with line feeds
        facts_siren TEXT NOT NULL,
        facts_organisation_name TEXT NOT NULL,
        PRIMARY KEY (order_id, kind)) WITHOUT ROWID)",

    R"(CREATE TABLE confirmations (
        id INTEGER PRIMARY KEY,
        order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
        item_id TEXT NOT NULL CHECK (item_id <> ''),
        operator_id TEXT NOT NULL,
        at TEXT NOT NULL))",
    "CREATE INDEX confirmations_by_order ON confirmations (order_id)",

    // The audit trail: no ON DELETE CASCADE, so an order with decisions cannot be deleted.
    R"(CREATE TABLE decisions (
        id INTEGER PRIMARY KEY,
        order_id INTEGER NOT NULL REFERENCES orders (id),
        action TEXT NOT NULL CHECK (action <> ''),
        operator_id TEXT NOT NULL,
        at TEXT NOT NULL,
        from_phase TEXT NOT NULL,
        to_phase TEXT NOT NULL,
        detail TEXT NOT NULL,
        checklist_json TEXT NOT NULL CHECK (checklist_json = '' OR json_valid(checklist_json))))",
    "CREATE INDEX decisions_by_order ON decisions (order_id)",

    // Validation is irreversible, whoever runs the SQL: once an order reaches 'generation' it may
    // only move on to 'delivered', and a validated order cannot be deleted. (Database::open turns
    // recursive_triggers on, so an INSERT OR REPLACE over a validated order is refused as well.)
    R"(CREATE TRIGGER orders_validation_is_irreversible
        BEFORE UPDATE OF phase ON orders
        WHEN OLD.phase IN ('generation', 'delivered') AND NEW.phase IS NOT OLD.phase
             AND NOT (OLD.phase = 'generation' AND NEW.phase = 'delivered')
        BEGIN
            SELECT RAISE(ABORT, 'validation is irreversible');
        END)",
    R"(CREATE TRIGGER orders_validated_are_kept
        BEFORE DELETE ON orders
        WHEN OLD.phase IN ('generation', 'delivered')
        BEGIN
            SELECT RAISE(ABORT, 'validation is irreversible');
        END)",
};

} // namespace

Status createOrdersSchema(Database& db)
{
    return execStatements(db, statements, "createOrdersSchema");
}

} // namespace guichet::store
