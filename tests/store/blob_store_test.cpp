// BlobStore: content addressing, verification on read, codecs.

#include "model/digest.h"
#include "store_fixture.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace guichet;
using namespace guichet::store;
using namespace guichet::store::test;

namespace {

/// A stand-in for an encrypting codec: XORs every byte with a key.
class XorCodec final : public BlobCodec
{
public:
    explicit XorCodec(char key) : m_key(key) {}
    QString scheme() const override { return QStringLiteral("xor-test"); }
    Result<QByteArray> seal(const QByteArray& plain) const override { return apply(plain); }
    Result<QByteArray> open(const QByteArray& sealed) const override { return apply(sealed); }

private:
    QByteArray apply(QByteArray bytes) const
    {
        for (char& byte : bytes) {
            byte = char(byte ^ m_key);
        }
        return bytes;
    }
    char m_key;
};

/// A codec whose open() always fails, as an authenticating cipher does on altered bytes.
class RefusingCodec final : public BlobCodec
{
public:
    QString scheme() const override { return QStringLiteral("plain"); }
    Result<QByteArray> seal(const QByteArray& plain) const override { return plain; }
    Result<QByteArray> open(const QByteArray&) const override
    {
        return Error{QStringLiteral("tag mismatch"), {}};
    }
};

int blobRows(Database& db)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM blobs")).toInt();
}

QByteArray storedData(Database& db, const QString& sha256)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT data FROM blobs WHERE sha256 = ?"));
    query.addBindValue(sha256);
    return query.exec() && query.next() ? query.value(0).toByteArray() : QByteArray();
}

} // namespace

TEST_CASE("Blobs are addressed by the SHA-256 of their content")
{
    CHECK(guichet::sha256Hex("abc") ==
          QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    CHECK(guichet::sha256Hex({}) ==
          QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
}

TEST_CASE("A blob is stored once and read back as it was")
{
    TempStore store;
    const QByteArray pdf = QByteArray("%PDF-1.7\n") + QByteArray(100000, '\0') + QByteArray("\xff\xfe%%EOF");
    auto first = store.blobs->put(pdf);
    REQUIRE(first.ok());
    CHECK(*first == guichet::sha256Hex(pdf));
    CHECK(store.blobs->contains(*first));
    auto second = store.blobs->put(QByteArray(pdf)); // same content, another array
    REQUIRE(second.ok());
    CHECK(*second == *first);
    CHECK(blobRows(*store.db) == 1);
    CHECK(scalar(*store.db, QStringLiteral("SELECT scheme FROM blobs")).toString() ==
          QStringLiteral("plain"));
    CHECK(scalar(*store.db, QStringLiteral("SELECT size FROM blobs")).toLongLong() == pdf.size());

    auto read = store.blobs->get(*first);
    REQUIRE(read.ok());
    CHECK(*read == pdf);

    auto other = store.blobs->put("another document");
    REQUIRE(other.ok());
    CHECK(blobRows(*store.db) == 2);
}

TEST_CASE("A missing blob is an error")
{
    TempStore store;
    const QString absent = guichet::sha256Hex("never stored");
    CHECK_FALSE(store.blobs->contains(absent));
    auto read = store.blobs->get(absent);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().message.contains(QStringLiteral("missing")));
}

TEST_CASE("A blob altered in the file is detected when read")
{
    TempStore store;
    auto sha256 = store.blobs->put("Carte nationale d'identité, recto verso");
    REQUIRE(sha256.ok());

    SECTION("changed bytes")
    {
        REQUIRE(execute(
            *store.db,
            QStringLiteral("UPDATE blobs SET data = X'436172746520' WHERE sha256 = '%1'").arg(*sha256)));
    }
    SECTION("same size, one byte flipped")
    {
        REQUIRE(execute(*store.db,
                        QStringLiteral("UPDATE blobs SET data = CAST(replace(CAST(data AS TEXT), 'recto', "
                                       "'RECTO') AS BLOB) WHERE sha256 = '%1'")
                            .arg(*sha256)));
    }
    auto read = store.blobs->get(*sha256);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().message.contains(QStringLiteral("altered")));
}

TEST_CASE("A codec that refuses to open the bytes makes the document count as altered")
{
    TempStore store;
    auto sha256 = store.blobs->put("signed contract");
    REQUIRE(sha256.ok());
    BlobStore refusing(*store.db, std::make_unique<RefusingCodec>());
    auto read = refusing.get(*sha256);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().message.contains(QStringLiteral("altered")));
    CHECK(read.error().detail.contains(QStringLiteral("tag mismatch")));
}

TEST_CASE("The codec seals what reaches the disk and its scheme is recorded per blob")
{
    TempStore store;
    BlobStore sealed(*store.db, std::make_unique<XorCodec>('\x5a'));
    const QByteArray plain("Extrait Kbis - RCS Lyon 552 100 554");
    auto sha256 = sealed.put(plain);
    REQUIRE(sha256.ok());
    CHECK(*sha256 == guichet::sha256Hex(plain)); // the address is the plain content's
    CHECK(scalar(*store.db, QStringLiteral("SELECT scheme FROM blobs")).toString() ==
          QStringLiteral("xor-test"));
    const QByteArray onDisk = storedData(*store.db, *sha256);
    CHECK(onDisk.size() == plain.size());
    CHECK(onDisk != plain);
    CHECK_FALSE(onDisk.contains("Kbis"));

    auto read = sealed.get(*sha256);
    REQUIRE(read.ok());
    CHECK(*read == plain);

    // A store with another codec does not misread it.
    auto misread = store.blobs->get(*sha256);
    REQUIRE_FALSE(misread.ok());
    CHECK(misread.error().detail.contains(QStringLiteral("xor-test")));
}
