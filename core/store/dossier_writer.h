#pragma once

// Internal to core/store: writes dossiers with statements prepared once, so that a batch of ten
// thousand dossiers does not prepare a hundred thousand statements. The caller owns the transaction.

#include "model/order.h"
#include "model/result.h"

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

    /// Prepares the statements; call once before write().
    Status prepare();
    /// Writes one dossier (its bytes into the blob store) and returns the new order's id.
    Result<qint64> write(const Dossier& dossier);

private:
    Result<QString> storeContent(const QByteArray& bytes);
    Status requireBlob(const QString& sha256);

    Database& m_db;
    BlobStore& m_blobs;
    QSqlQuery m_numberTaken;
    QSqlQuery m_insertOrder;
    QSqlQuery m_insertDocument;
    QSqlQuery m_insertConfirmation;
    /// Contents hashed and stored during this batch, by address and size: a batch that shares one
    /// QByteArray among many dossiers (demo data does) hashes it once. The batch keeps every array
    /// alive, so an address cannot be reused by other bytes meanwhile.
    std::map<std::pair<const char*, qsizetype>, QString> m_stored;
    QSet<QString> m_knownBlobs;
};

} // namespace guichet::store
