#include "softhsm_fixture.h"
#include "token/pkcs11_error.h"
#include "token/token_key.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <p11-kit/pkcs11.h>

using namespace guichet;
using namespace guichet::token;
using namespace guichet::token::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray ecId = QByteArray::fromHex("ec01");

TokenSession loggedIn(Pkcs11Module& module)
{
    TokenSession session = openTheSession(module);
    REQUIRE(session.login(Pin::fromUtf8(userPin)).ok());
    return session;
}

} // namespace

TEST_CASE("An EC key generated on the token signs and is reported generated on the device",
          "[token][softhsm][keys][ec]")
{
    SoftHsm softhsm;
    softhsm.initToken();
    const auto module = openModule();
    TokenSession session = loggedIn(*module);
    const auto [curve, bits, signatureBound] =
        GENERATE(table<EcCurve, int, int>({{EcCurve::P256, 256, 72}, {EcCurve::P384, 384, 104}}));
    const Status generated = session.generateEcKeyPair(curve, u"Clé porteur"_s, ecId);
    INFO((generated ? QString() : generated.error().toString()).toStdString());
    REQUIRE(generated.ok());

    const Result<TokenKey> key = session.privateKey(ecId);
    INFO((key ? QString() : key.error().toString()).toStdString());
    REQUIRE(key.ok());
    CHECK(key->object().label == u"Clé porteur"_s);
    CHECK(EVP_PKEY_get_base_id(key->evpPkey()) == EVP_PKEY_EC);
    const Result<QByteArray> publicKey = key->publicKeyDer();
    REQUIRE(publicKey.ok());
    const auto* in = reinterpret_cast<const unsigned char*>(publicKey->constData());
    const EvpPkeyPtr parsed(d2i_PUBKEY(nullptr, &in, publicKey->size()));
    REQUIRE(parsed);
    CHECK(EVP_PKEY_get_bits(parsed.get()) == bits);
    const Result<QByteArray> signature = key->sign("holder proof of possession");
    REQUIRE(signature.ok());
    CHECK(signature->size() <= signatureBound);
    CHECK(verifySha256(*publicKey, QByteArray("holder proof of possession"), *signature));

    const Result<KeyOrigin> origin = session.keyOrigin(ecId);
    INFO((origin ? QString() : origin.error().toString()).toStdString());
    REQUIRE(origin.ok());
    CHECK(origin->local);
    CHECK(origin->sensitive);
    CHECK(origin->alwaysSensitive);
    CHECK_FALSE(origin->extractable);
    CHECK(origin->neverExtractable);
    CHECK(origin->generatedOnToken());
}

TEST_CASE("An RSA key generated through libp11 is reported generated on the device", "[token][softhsm][keys]")
{
    SoftHsm softhsm;
    softhsm.initToken();
    const auto module = openModule();
    TokenSession session = loggedIn(*module);
    REQUIRE(session.generateRsaKeyPair(2048, u"rsa"_s, QByteArray("\x02", 1)).ok());
    const Result<KeyOrigin> origin = session.keyOrigin(QByteArray("\x02", 1));
    REQUIRE(origin.ok());
    CHECK(origin->generatedOnToken());
}

TEST_CASE("An imported key is not reported generated on the device", "[token][softhsm][keys][ec]")
{
    SoftHsm softhsm;
    softhsm.initToken();
    // A key made in software and written to the token by pkcs11-tool, before the module is loaded.
    const EvpPkeyPtr software(EVP_EC_gen("P-256"));
    REQUIRE(software);
    QByteArray der(i2d_PrivateKey(software.get(), nullptr), Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    i2d_PrivateKey(software.get(), &out);
    const QTemporaryDir dir;
    QFile file(dir.filePath(u"key.der"_s));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(der);
    file.close();
    run(u"pkcs11-tool"_s, {u"--module"_s, SoftHsm::modulePath(), u"--login"_s, u"--pin"_s,
                           QString::fromLatin1(userPin), u"--write-object"_s, file.fileName(), u"--type"_s,
                           u"privkey"_s, u"--id"_s, u"0a0b"_s, u"--label"_s, u"imported"_s});

    const auto module = openModule();
    const TokenSession session = loggedIn(*module);
    const Result<KeyOrigin> origin = session.keyOrigin(QByteArray::fromHex("0a0b"));
    REQUIRE(origin.ok());
    CHECK_FALSE(origin->local);
    CHECK_FALSE(origin->alwaysSensitive);
    CHECK_FALSE(origin->generatedOnToken());
}

TEST_CASE("Key origin and EC generation need a login and an existing key", "[token][softhsm][keys][ec]")
{
    SoftHsm softhsm;
    softhsm.initToken();
    const auto module = openModule();
    TokenSession session = openTheSession(*module);

    const Status refused = session.generateEcKeyPair(EcCurve::P256, u"x"_s, ecId);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().detail == u"C_GenerateKeyPair: CKR_USER_NOT_LOGGED_IN (0x101)"_s);

    REQUIRE(session.login(Pin::fromUtf8(userPin)).ok());
    REQUIRE(session.generateEcKeyPair(EcCurve::P256, u"x"_s, ecId).ok());
    const Result<KeyOrigin> missing = session.keyOrigin(QByteArray::fromHex("ffff"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().detail == u"C_FindObjects: 0 private keys with CKA_ID ffff"_s);

    REQUIRE(session.logout().ok());
    const Result<KeyOrigin> hidden = session.keyOrigin(ecId);
    REQUIRE_FALSE(hidden.ok());
    CHECK(hidden.error().message == ckrSentence(CKR_USER_NOT_LOGGED_IN));
}
