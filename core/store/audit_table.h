#pragma once

// The audit log's table (schema step 4): append-only, its triggers refuse UPDATE and DELETE. The
// store keeps the rows; core/audit hashes, signs and verifies them and knows no SQL.

#include "model/result.h"

#include <QByteArray>
#include <QList>
#include <functional>
#include <optional>
#include <utility>

namespace guichet::store {

class Database;

/// One row as stored. Text columns are UTF-8 bytes and are read back as the bytes in the file, not
/// decoded: verification must see an edited row exactly as it was edited.
struct AuditRow
{
    qint64 sequence = 0;
    QByteArray recordedAt;
    QByteArray event;
    QByteArray orderNumber;
    QByteArray operatorId;
    QByteArray authority;
    QByteArray payload;
    QByteArray previousHash; ///< binary
    QByteArray hash;         ///< binary
    QByteArray signature;    ///< binary
    QByteArray signer;
};

/// The sequence and hash of the log's last row.
struct AuditHead
{
    qint64 sequence = 0;
    QByteArray hash;
};

class AuditTable
{
public:
    explicit AuditTable(Database& db) : m_db(db) {}

    /// The last row's sequence and hash; nothing for an empty log.
    Result<std::optional<AuditHead>> last();
    Status append(const AuditRow& row);
    /// Every row in sequence order, handed to `visit` one at a time.
    Status forEach(const std::function<void(const AuditRow&)>& visit);

    /// Keeps the certificate (DER) named `reference`, if not kept already.
    Status addCertificate(const QByteArray& reference, const QByteArray& der);
    /// Every kept certificate, by reference.
    Result<QList<std::pair<QByteArray, QByteArray>>> certificates();

private:
    Database& m_db;
};

} // namespace guichet::store
