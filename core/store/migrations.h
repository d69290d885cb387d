#pragma once

// Internal to core/store: the schema's history as an ordered list of steps. Each step is frozen
// once released: a change to the schema is a new step, never an edit of an old one.

#include "model/result.h"

#include <span>

namespace guichet::store {

class Database;

struct MigrationStep
{
    int version;         ///< the PRAGMA user_version this step leads to
    const char* summary; ///< what it adds (for errors; not translated)
    Status (*apply)(Database& db);
};

/// Every step, oldest first: step i leads from version i to version i + 1.
std::span<const MigrationStep> migrationSteps();

/// Applies, in one transaction, the steps leading from the current user_version up to `target`,
/// raising user_version after each. Any failure rolls everything back. `steps` is a parameter so
/// that tests can run the mechanism on steps of their own.
Status applyMigrations(Database& db, std::span<const MigrationStep> steps, int target);

/// Runs each statement in turn (QtSql runs one statement per call); stops at the first failure.
Status execStatements(Database& db, std::span<const char* const> statements, const char* where);

// The steps themselves (schema_v1.cpp ...).
Status createOrdersSchema(Database& db);      // 1
Status createSearchIndex(Database& db);       // 2
Status createOutboxAndActivity(Database& db); // 3
Status createAuditLog(Database& db);          // 4
Status createAuditCertificates(Database& db); // 5
Status createStoreInfo(Database& db);         // 6

} // namespace guichet::store
