// Schema version 6: what the store is for. A store holding demo data is a training store: only
// there may a training operator (a certificate from the training RA CA) act. Once a store is marked
// training it stays so: a trigger refuses taking the mark back, so demo dossiers never pass for real
// ones. Frozen: later changes are later steps.

#include "database.h"
#include "migrations.h"

namespace guichet::store {
namespace {

constexpr const char* statements[] = {
    R"(CREATE TABLE store_info (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL))",
    R"(CREATE TRIGGER store_info_training_stays BEFORE UPDATE ON store_info
        WHEN OLD.key = 'purpose' AND OLD.value = 'training'
        BEGIN
            SELECT RAISE(ABORT, 'a training store stays a training store');
        END)",
    R"(CREATE TRIGGER store_info_training_not_deleted BEFORE DELETE ON store_info
        WHEN OLD.key = 'purpose' AND OLD.value = 'training'
        BEGIN
            SELECT RAISE(ABORT, 'a training store stays a training store');
        END)",
};

} // namespace

Status createStoreInfo(Database& db)
{
    return execStatements(db, statements, "createStoreInfo");
}

} // namespace guichet::store
