#include "migrations.h"

#include "database.h"

#include <QCoreApplication>

namespace guichet::store {
namespace {

constexpr MigrationStep steps[] = {
    {1, "orders, documents, blobs, confirmations, decisions", &createOrdersSchema},
    {2, "trigram search index and name sorts", &createSearchIndex},
    {3, "notification outbox, activity counts, read-only validated dossiers", &createOutboxAndActivity},
    {4, "append-only audit log", &createAuditLog},
    {5, "certificates of the audit log's signers", &createAuditCertificates},
    {6, "what the store is for (training stores)", &createStoreInfo},
};

Error upgradeError(const QString& detail)
{
    return Error{
        QCoreApplication::translate("guichet::store::Database", "The local store could not be upgraded."),
        detail};
}

} // namespace

std::span<const MigrationStep> migrationSteps()
{
    return steps;
}

Status execStatements(Database& db, std::span<const char* const> statements, const char* where)
{
    for (const char* statement : statements) {
        if (auto status = db.exec(QString::fromUtf8(statement), where); !status) {
            return status;
        }
    }
    return {};
}

Status applyMigrations(Database& db, std::span<const MigrationStep> steps, int target)
{
    const int current = db.schemaVersion();
    if (current < 0) {
        return upgradeError(QStringLiteral("cannot read the schema version"));
    }
    const int latest = steps.empty() ? 0 : steps.back().version;
    if (target < current || target > latest) {
        return upgradeError(QStringLiteral("no way from schema version %1 to %2").arg(current).arg(target));
    }
    if (target == current) {
        return {};
    }
    // One transaction for every step: a failure halfway leaves the file at the version it had.
    // (Which rules out steps that need PRAGMA foreign_keys = OFF, a no-op inside a transaction.)
    Transaction transaction(db);
    if (!transaction.ok()) {
        return transaction.status();
    }
    for (const auto& step : steps) {
        if (step.version <= current || step.version > target) {
            continue;
        }
        if (auto status = step.apply(db); !status) {
            return upgradeError(QStringLiteral("step %1 (%2): %3")
                                    .arg(step.version)
                                    .arg(QString::fromUtf8(step.summary), status.error().toString()));
        }
        if (auto status =
                db.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version), "applyMigrations");
            !status) {
            return status;
        }
    }
    return transaction.commit();
}

} // namespace guichet::store
