// A delivery with the RA's CA as the settings configure it: the environment is built from an
// IssuanceSettings read from a real INI file ([ca] group: server, CA certificate file, command,
// timeouts, protection, key algorithm per product), as the desk builds its delivery setup, and the
// delivery runs end to end against `openssl cmp` on loopback: once with the operator's token key and
// EC P-256 chosen for the product, once with the CA's shared secret read from a 0600 file (at each
// request: a wrong secret, then a file opened to others, are refused before the right one issues).
//
// The mock CA answers with a certificate given when it starts, so the key must exist first: the
// session stops after the key (the CA's address in the settings is not up yet), the CA comes up,
// its address goes into the settings, and a new session (the desk restarted) completes.

#include "delivery_fixture.h"
#include "enrol/cmp_issuer.h"
#include "enrol/issuance_settings.h"
#include "sample_order.h"
#include "token/openssl_handles.h"
#include "token/token_key.h"

#include <QFile>
#include <QSettings>
#include <catch2/catch.hpp>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <sys/stat.h>

using namespace guichet;
using namespace guichet::delivery;
using namespace guichet::delivery::test;
using namespace Qt::StringLiterals;

namespace {

constexpr char holderPin[] = "135790";

std::string describe(const Status& status)
{
    return status ? std::string("ok") : status.error().toString().toStdString();
}

/// The [ca] group of the settings file `file`: REQUIREd configured and usable.
enrol::IssuanceSettings caSettings(const QString& file)
{
    QSettings settings(file, QSettings::IniFormat);
    REQUIRE(settings.status() == QSettings::NoError);
    auto configured = enrol::IssuanceSettings::fromSettings(settings);
    REQUIRE(configured.has_value());
    INFO((configured->ok() ? QString() : configured->error().toString()).toStdString());
    REQUIRE(configured->ok());
    return std::move(**configured);
}

/// The delivery's environment as the desk makes it from the settings (app/desk/desk_delivery.cpp,
/// ui::DeliveryWorker::environment): `issuer` is the CmpIssuer of settings.cmpConfig().
DeliveryEnvironment environmentFrom(DeliveryFixture& f, const enrol::IssuanceSettings& settings,
                                    enrol::Issuer& issuer)
{
    std::function<Result<enrol::RequestProtection>()> protection;
    if (settings.protection == enrol::IssuanceSettings::Protection::SharedSecret) {
        protection = [settings]() -> Result<enrol::RequestProtection> {
            auto secret = settings.sharedSecret();
            if (!secret) {
                return secret.error();
            }
            return enrol::RequestProtection{std::move(*secret)};
        };
    } else {
        const token::TokenKey* operatorKey = &f.cmp.operatorKey();
        protection = [operatorKey,
                      certificate = f.cmp.operatorCertificate()]() -> Result<enrol::RequestProtection> {
            return enrol::RequestProtection{enrol::OperatorProtection{operatorKey, certificate, {}}};
        };
    }
    return DeliveryEnvironment{
        f.workspace->database(),
        f.workspace->orders(),
        f.workspace->workflow(),
        f.actor,
        f.module,
        f.cmp.operatorKey().object().uri,
        issuer,
        std::move(protection),
        settings.keyAlgorithm,
        settings.keyAlgorithmByProduct,
        {},
    };
}

/// A session on the holder's token the delivery prepared.
token::TokenSession holderSession(DeliveryFixture& f, const DeliveryProgress& progress)
{
    auto tokens = TokenPreparation::holderTokens(*f.module, f.cmp.operatorKey().object().uri);
    REQUIRE(tokens.ok());
    for (const auto& info : *tokens) {
        if (info.serial == progress.tokenSerial) {
            auto opened = f.module->openSession(info.uri());
            REQUIRE(opened.ok());
            return std::move(*opened);
        }
    }
    FAIL("the holder's token is not there");
    throw std::logic_error("unreachable");
}

token::EvpPkeyPtr publicKey(const QByteArray& der)
{
    const auto* in = reinterpret_cast<const unsigned char*>(der.constData());
    token::EvpPkeyPtr key(d2i_PUBKEY(nullptr, &in, static_cast<long>(der.size())));
    REQUIRE(key);
    return key;
}

/// "EC prime256v1", "RSA 2048": the key as the token holds it.
QString algorithmOf(EVP_PKEY* key)
{
    if (EVP_PKEY_get_base_id(key) == EVP_PKEY_EC) {
        char group[64] = {};
        REQUIRE(EVP_PKEY_get_group_name(key, group, sizeof group, nullptr) == 1);
        return u"EC "_s + QString::fromLatin1(group);
    }
    if (EVP_PKEY_get_base_id(key) == EVP_PKEY_RSA) {
        return u"RSA "_s + QString::number(EVP_PKEY_get_bits(key));
    }
    return u"other"_s;
}

/// Writes `bytes` to `file` with the POSIX mode `mode`.
void writeSecret(const QString& file, const QByteArray& bytes, mode_t mode)
{
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(out.write(bytes) == bytes.size());
    out.close();
    REQUIRE(::chmod(QFile::encodeName(file).constData(), mode) == 0);
}

} // namespace

TEST_CASE("A delivery with the CA the settings configure, over CMP", "[delivery][token][sync][settings]")
{
    const bool shared = GENERATE(false, true);
    CAPTURE(shared);
    DeliveryFixture f;
    const qint64 id = f.addValidated(testing::sampleDossier(QDate::currentDate()));
    const QString caFile = f.cmp.write(u"ra-ca.pem"_s, f.cmp.ca().certificatePem());
    const QString secretFile = f.cmp.write(u"ca-secret"_s, {});
    // The operator's key, EC P-256 for the order's product (RSA 3072 otherwise); or the shared secret
    // from a 0600 file, p10cr, RSA 2048 (the override names another product).
    const QByteArray group =
        shared ? QByteArray("command=p10cr\nprotection=shared-secret\nsecretReference=") +
                     enrol::test::Fixture::reference + "\nsecretFile=" + QFile::encodeName(secretFile) +
                     "\nkeyAlgorithm/RGS2-SIGN-AUTH-TOKEN=ec-p256\n"
               : QByteArray("command=ir\nprotection=operator\nkeyAlgorithm=rsa3072\nkeyAlgorithm/"
                            "RGS2-SIGN-TOKEN=ec-p256\n");
    const QString expectedAlgorithm = shared ? u"RSA 2048"_s : u"EC prime256v1"_s;
    // A new file for each start: QSettings caches a file by path, size and modification time.
    int starts = 0;
    const auto settingsFile = [&](const QString& server) {
        return f.cmp.write(u"guichet-"_s + QString::number(++starts) + u".conf"_s,
                           "[ca]\nserver=" + server.toUtf8() + "\ncertificates=" + caFile.toUtf8() +
                               "\nmessageTimeout=10\ntotalTimeout=20\n" + group);
    };
    // A wrong secret first: the file is read again at each request.
    writeSecret(secretFile, "not-the-CA-secret\n", 0600);

    // The desk starts with the CA's address set but the CA not up yet: identity, token and key.
    const QString down = u"http://127.0.0.1:"_s + QString::number(enrol::test::closedPort()) + u"/pkix/"_s;
    const enrol::IssuanceSettings before = caSettings(settingsFile(down));
    enrol::CmpIssuer unreachable(before.cmpConfig());
    auto opened = DeliverySession::open(environmentFrom(f, before, unreachable), id);
    REQUIRE(opened.ok());
    DeliverySession& first = **opened;
    REQUIRE(first.checkIdentity(DeliveryFixture::holderCard(first.order())).ok());
    REQUIRE(first
                .prepareToken(f.blankSlot(), HolderPinChoice::typedTwice(token::Pin::fromUtf8(holderPin),
                                                                         token::Pin::fromUtf8(holderPin)))
                .ok());
    const Status generated = first.generateKey();
    INFO(describe(generated));
    REQUIRE(generated.ok());

    // The key the settings chose for the product, on the token.
    QByteArray holderKey;
    {
        token::TokenSession session = holderSession(f, first.progress());
        auto key = session.privateKey(first.progress().keyId);
        REQUIRE(key.ok());
        holderKey = enrol::test::Fixture::publicKeyOf(*key);
    }
    CHECK(algorithmOf(publicKey(holderKey).get()) == expectedAlgorithm);

    // The CA comes up; its address goes into the settings; the desk restarts.
    const QByteArray preIssued = f.cmp.issue(holderKey, f.cmp.subject());
    enrol::test::CmpServer server(f.cmp.serverArguments(shared ? enrol::test::Protection::SharedSecret
                                                               : enrol::test::Protection::OperatorSignature,
                                                        preIssued));
    const enrol::IssuanceSettings settings = caSettings(settingsFile(server.url()));
    CHECK(settings.command ==
          (shared ? enrol::CmpCommand::Pkcs10Request : enrol::CmpCommand::InitialRequest));
    enrol::CmpIssuer issuer(settings.cmpConfig());
    auto resumed = DeliverySession::open(environmentFrom(f, settings, issuer), id);
    REQUIRE(resumed.ok());
    DeliverySession& second = **resumed;
    CHECK(second.reached() == DeliveryStep::KeyGenerated);
    REQUIRE(second.logInHolder(token::Pin::fromUtf8(holderPin)).ok());

    if (shared) {
        // The wrong secret in the file: the CA's answer does not verify, nothing is delivered.
        const Status wrong = second.complete();
        INFO(describe(wrong));
        REQUIRE_FALSE(wrong.ok());
        CHECK(wrong.error().toString().contains(u"does not verify with the shared secret"_s));
        CHECK(f.load(id).phase == Phase::Generation);
        // The right secret, in a file others may read: refused before anything is sent.
        writeSecret(secretFile, QByteArray(enrol::test::Fixture::secret) + '\n', 0644);
        const Status open = second.complete();
        INFO(describe(open));
        REQUIRE_FALSE(open.ok());
        CHECK(open.error().toString().contains(u"is open to others than its owner (mode 0644)"_s));
        CHECK_FALSE(open.error().toString().contains(QString::fromLatin1(enrol::test::Fixture::secret)));
        REQUIRE(::chmod(QFile::encodeName(secretFile).constData(), 0600) == 0);
    }

    const Status completed = second.complete();
    INFO(describe(completed));
    INFO(server.output().toStdString());
    REQUIRE(completed.ok());
    CHECK(f.load(id).phase == Phase::Delivered);
    CHECK(second.progress().certificateDer == preIssued);
    CHECK(second.progress().issuedBy == u"CMP "_s + server.url());
    CHECK(f.verifyAudit().ok());

    // On the token: the CA's certificate beside the key, for that key, of the algorithm chosen.
    token::TokenSession session = holderSession(f, second.progress());
    auto written = session.readCertificate(second.progress().keyId);
    REQUIRE(written.ok());
    CHECK(*written == preIssued);
    const auto* in = reinterpret_cast<const unsigned char*>(written->constData());
    const token::X509Ptr certificate(d2i_X509(nullptr, &in, static_cast<long>(written->size())));
    REQUIRE(certificate);
    EVP_PKEY* certified = X509_get0_pubkey(certificate.get());
    REQUIRE(certified != nullptr);
    CHECK(algorithmOf(certified) == expectedAlgorithm);
    CHECK(EVP_PKEY_eq(certified, publicKey(holderKey).get()) == 1);
}
