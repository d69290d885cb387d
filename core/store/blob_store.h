#pragma once

// Document bytes, content-addressed by their SHA-256 and verified when read. The bytes pass through
// a BlobCodec before they reach the disk, so that encryption at rest can be added by a codec of
// its own without changing any caller.

#include "model/result.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace guichet::store {

class Database;

/// Turns plain bytes into what is stored, and back. Each stored blob records its codec's scheme.
class BlobCodec
{
public:
    virtual ~BlobCodec() = default;
    virtual QString scheme() const = 0;
    virtual Result<QByteArray> seal(const QByteArray& plain) const = 0;
    virtual Result<QByteArray> open(const QByteArray& sealed) const = 0;
};

/// Stores bytes as they are ("plain").
class PlainCodec final : public BlobCodec
{
public:
    QString scheme() const override { return QStringLiteral("plain"); }
    Result<QByteArray> seal(const QByteArray& plain) const override { return plain; }
    Result<QByteArray> open(const QByteArray& sealed) const override { return sealed; }
};

class BlobStore
{
public:
    explicit BlobStore(Database& db, std::unique_ptr<BlobCodec> codec = std::make_unique<PlainCodec>());

    /// Stores `bytes` (once: storing the same content twice keeps one copy) and returns its SHA-256.
    Result<QString> put(const QByteArray& bytes);
    /// The bytes whose SHA-256 is `sha256`, verified against it; an error if missing or altered.
    Result<QByteArray> get(const QString& sha256);
    /// Whether the store holds that content (false too if the store cannot be read: put() and get()
    /// then report the error).
    bool contains(const QString& sha256);

private:
    Database& m_db;
    std::unique_ptr<BlobCodec> m_codec;
};

} // namespace guichet::store
