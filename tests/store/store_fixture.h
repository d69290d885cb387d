#pragma once

// Shared by the store tests: a store in a fresh temporary folder, and dossiers with every field set.

#include "catch_qt.h"
#include "model/order.h"
#include "store/blob_store.h"
#include "store/database.h"
#include "store/order_store.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>
#include <catch2/catch.hpp>
#include <memory>

namespace guichet::store::test {

/// A migrated store in its own temporary folder, removed with it.
struct TempStore
{
    TempStore();
    QString path() const { return dir.filePath(QStringLiteral("guichet.sqlite")); }

    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<BlobStore> blobs;
    std::unique_ptr<OrderStore> orders;
};

/// A dossier with every field of Order set (agent included), four documents with facts, two of
/// them with bytes, and two confirmations. Names carry accents.
Dossier fullDossier(const QString& number);

/// A small order for list tests: only what the list shows is set.
Dossier listDossier(const QString& number, const QDate& date, const QString& givenNames,
                    const QString& surname, const QString& organisation, const QString& siren, Phase phase,
                    const QString& portal, DossierType type = DossierType::Dematerialised);

/// The first column of the first row of `sql` (for checks that look under the store's API).
QVariant scalar(Database& db, const QString& sql);
/// Runs `sql`; true if SQLite accepted it.
bool execute(Database& db, const QString& sql);

} // namespace guichet::store::test
