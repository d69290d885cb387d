#pragma once

// Internal to core/store: writes a batch of dossiers. The caller owns the transaction.
//
// Orders are staged in a TEMP table and moved into `orders` by one INSERT ... SELECT in finish(),
// documents and confirmations follow. Why: an INSERT into `orders` fires triggers, so SQLite wraps
// it in a statement savepoint, and SQLite 3.40's FTS5 flushes its pending index data at every
// savepoint: row by row, that wrote one tiny index segment per order and made bulk inserts 2 to 3
// times slower. One statement for the batch lets FTS5 index it in one pass, through the same
// triggers as any other insert. Statements are prepared once per batch.

#include "model/order.h"
#include "model/result.h"

#include <QList>
#include <QSet>
#include <QSqlQuery>
#include <QString>
#include <map>
#include <utility>

namespace guichet::store {

class BlobStore;
class Database;

class DossierWriter
{
public:
    DossierWriter(Database& db, BlobStore& blobs);

    /// Prepares the staging table and the statements; call once, inside the caller's transaction.
    Status begin();
    /// Checks one dossier, stores its bytes and stages it; returns the id its order will have.
    Result<qint64> add(const Dossier& dossier);
    /// Writes what was staged. Nothing is in `orders` before this succeeds.
    Status finish();

private:
    struct Pending
    {
        qint64 id;
        QList<Document> documents;
        QList<Confirmation> confirmations;
    };

    Result<QString> storeContent(const QByteArray& bytes);
    Status requireBlob(const QString& sha256);
    Status checkNumber(const QString& number);

    Database& m_db;
    BlobStore& m_blobs;
    QSqlQuery m_numberTaken;
    QSqlQuery m_stageOrder;
    QSqlQuery m_insertDocument;
    QSqlQuery m_insertConfirmation;
    qint64 m_nextId = 0;
    QList<Pending> m_pending;
    /// The batch's numbers as `orders.number` compares them (COLLATE NOCASE: ASCII case only).
    QSet<QString> m_numbers;
    /// Contents hashed and stored during this batch, by address and size: a batch that shares one
    /// QByteArray among many dossiers (demo data does) hashes it once. The batch keeps every array
    /// alive, so an address cannot be reused by other bytes meanwhile.
    std::map<std::pair<const char*, qsizetype>, QString> m_stored;
    QSet<QString> m_knownBlobs;
};

} // namespace guichet::store
