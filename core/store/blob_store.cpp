#include "blob_store.h"

#include "database.h"
#include "model/digest.h"
#include "sql_support.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace guichet::store {
namespace {

constexpr auto where = "BlobStore";

Error alteredError(const QString& sha256, const QString& detail)
{
    return Error{QCoreApplication::translate("guichet::store::BlobStore",
                                             "The document was altered after it was stored: it can no longer "
                                             "be trusted."),
                 QStringLiteral("blob %1: %2").arg(sha256, detail)};
}

} // namespace

BlobStore::BlobStore(Database& db, std::unique_ptr<BlobCodec> codec) : m_db(db), m_codec(std::move(codec)) {}

Result<QString> BlobStore::put(const QByteArray& bytes)
{
    const QString sha256 = sha256Hex(bytes);
    if (contains(sha256)) {
        return sha256;
    }
    auto sealed = m_codec->seal(bytes);
    if (!sealed) {
        return sealed.error();
    }
    QSqlQuery query(m_db.connection());
    // OR IGNORE: another connection may have stored the same content meanwhile; one copy is kept.
    auto status = sql::prepare(query,
                               QStringLiteral("INSERT OR IGNORE INTO blobs (sha256, scheme, size, data) "
                                              "VALUES (?, ?, ?, ?)"),
                               where);
    if (!status) {
        return status.error();
    }
    query.bindValue(0, sha256);
    query.bindValue(1, m_codec->scheme());
    query.bindValue(2, qint64(bytes.size()));
    query.bindValue(3, *sealed);
    if (status = sql::exec(query, where); !status) {
        return status.error();
    }
    return sha256;
}

Result<QByteArray> BlobStore::get(const QString& sha256)
{
    QSqlQuery query(m_db.connection());
    auto status =
        sql::prepare(query, QStringLiteral("SELECT scheme, size, data FROM blobs WHERE sha256 = ?"), where);
    if (!status) {
        return status.error();
    }
    query.bindValue(0, sha256);
    if (status = sql::exec(query, where); !status) {
        return status.error();
    }
    if (!query.next()) {
        return Error{QCoreApplication::translate("guichet::store::BlobStore",
                                                 "A document's content is missing from the local store."),
                     QStringLiteral("blob %1 not found").arg(sha256)};
    }
    const QString scheme = query.value(0).toString();
    const qint64 size = query.value(1).toLongLong();
    const QByteArray sealed = query.value(2).toByteArray();
    if (scheme != m_codec->scheme()) {
        return Error{QCoreApplication::translate("guichet::store::BlobStore",
                                                 "A document is stored in a form this store cannot read."),
                     QStringLiteral("blob %1: scheme \"%2\", this store reads \"%3\"")
                         .arg(sha256, scheme, m_codec->scheme())};
    }
    auto plain = m_codec->open(sealed);
    if (!plain) {
        // A codec that authenticates (encryption) fails here when the bytes were changed.
        return alteredError(sha256, plain.error().toString());
    }
    if (plain->size() != size || sha256Hex(*plain) != sha256) {
        return alteredError(sha256, QStringLiteral("content does not match its SHA-256"));
    }
    return std::move(plain).value();
}

bool BlobStore::contains(const QString& sha256)
{
    QSqlQuery query(m_db.connection());
    if (!query.prepare(QStringLiteral("SELECT 1 FROM blobs WHERE sha256 = ?"))) {
        return false;
    }
    query.bindValue(0, sha256);
    return query.exec() && query.next();
}

} // namespace guichet::store
