// Trust anchors and the verification of operator certificates, in software (no token): what is
// loaded, what verifies, and the sentence each refusal gives.

#include "identity/operator_certificate.h"
#include "identity/trust_anchors.h"
#include "identity_fixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace guichet;
using namespace guichet::identity;
using namespace guichet::identity::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray publicKeyOf(EVP_PKEY* key)
{
    QByteArray der(i2d_PUBKEY(key, nullptr), Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    i2d_PUBKEY(key, &out);
    return der;
}

QByteArray freshPublicKey()
{
    const token::EvpPkeyPtr key(EVP_EC_gen("P-256"));
    REQUIRE(key);
    return publicKeyOf(key.get());
}

void write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("Trust anchors load from a PEM bundle, a DER file or a folder", "[identity][anchors]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto first = makeCa(u"AC Une"_s, u"AE Exemple"_s);
    const auto second = makeCa(u"AC Deux"_s, u"AE Exemple"_s);
    write(dir.filePath(u"bundle.pem"_s), first.certificatePem() + second.certificatePem());
    write(dir.filePath(u"one.der"_s), first.certificateDer());
    write(dir.filePath(u"notes.txt"_s), "not a certificate, and not loaded from a folder");

    const Result<TrustAnchors> bundle = TrustAnchors::load(dir.filePath(u"bundle.pem"_s));
    INFO((bundle ? std::string() : describe(bundle.error())));
    REQUIRE(bundle.ok());
    CHECK(bundle->certificates() == QList<QByteArray>{first.certificateDer(), second.certificateDer()});

    const Result<TrustAnchors> der = TrustAnchors::load(dir.filePath(u"one.der"_s));
    REQUIRE(der.ok());
    CHECK(der->certificates() == QList<QByteArray>{first.certificateDer()});

    const Result<TrustAnchors> folder = TrustAnchors::load(dir.path());
    INFO((folder ? std::string() : describe(folder.error())));
    REQUIRE(folder.ok());
    CHECK(folder->size() == 3); // bundle.pem (2) and one.der, in name order; notes.txt ignored
}

TEST_CASE("Trust anchors that cannot be used say which file and why", "[identity][anchors]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto ca = makeCa(u"AC Exemple"_s, u"AE Exemple"_s);

    SECTION("missing")
    {
        const QString path = dir.filePath(u"absent.pem"_s);
        const Result<TrustAnchors> anchors = TrustAnchors::load(path);
        REQUIRE_FALSE(anchors.ok());
        CHECK(anchors.error().message == u"The trust anchor file %1 does not exist."_s.arg(path));
    }
    SECTION("not configured")
    {
        const Result<TrustAnchors> anchors = TrustAnchors::load({});
        REQUIRE_FALSE(anchors.ok());
        CHECK(anchors.error().message.startsWith(u"No trust anchors are configured"_s));
    }
    SECTION("corrupt DER")
    {
        QByteArray damaged = ca.certificateDer();
        damaged.truncate(damaged.size() / 2);
        write(dir.filePath(u"ca.der"_s), damaged);
        const Result<TrustAnchors> anchors = TrustAnchors::load(dir.filePath(u"ca.der"_s));
        REQUIRE_FALSE(anchors.ok());
        CHECK(anchors.error().message ==
              u"%1 is not a certificate file (PEM or DER)."_s.arg(dir.filePath(u"ca.der"_s)));
        CHECK(anchors.error().detail.startsWith(u"d2i_X509: error:"_s));
    }
    SECTION("corrupt PEM")
    {
        QByteArray pem = ca.certificatePem();
        pem[pem.indexOf('\n') + 10] = '*';
        write(dir.filePath(u"ca.pem"_s), ca.certificatePem() + pem);
        const Result<TrustAnchors> anchors = TrustAnchors::load(dir.filePath(u"ca.pem"_s));
        REQUIRE_FALSE(anchors.ok());
        CHECK(anchors.error().message ==
              u"%1 is damaged: certificate 2 in it cannot be read."_s.arg(dir.filePath(u"ca.pem"_s)));
    }
    SECTION("a PEM file without a certificate")
    {
        write(dir.filePath(u"key.pem"_s), "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        const Result<TrustAnchors> anchors = TrustAnchors::load(dir.filePath(u"key.pem"_s));
        REQUIRE_FALSE(anchors.ok());
        CHECK(anchors.error().message == u"%1 holds no certificate."_s.arg(dir.filePath(u"key.pem"_s)));
    }
    SECTION("an operator certificate is no anchor")
    {
        write(dir.filePath(u"operator.der"_s),
              operatorCertificate(ca, freshPublicKey(), u"Paul Durand"_s, u"AEA"_s));
        const Result<TrustAnchors> anchors = TrustAnchors::load(dir.filePath(u"operator.der"_s));
        REQUIRE_FALSE(anchors.ok());
        CHECK(anchors.error().message.startsWith(u"The certificate of Paul Durand in "_s));
        CHECK(anchors.error().message.endsWith(u"is not a CA certificate: it cannot be a trust anchor."_s));
    }
    SECTION("an empty folder")
    {
        const Result<TrustAnchors> anchors = TrustAnchors::load(dir.path());
        REQUIRE_FALSE(anchors.ok());
        CHECK(anchors.error().message.endsWith(u"holds no CA certificate: Guichet cannot check operators' "
                                               u"certificates."_s));
    }
}

TEST_CASE("A verified certificate says who, who issued it, and when it is valid", "[identity][verify]")
{
    enrol::CaOptions options;
    options.commonName = u"AC Exemple"_s;
    options.organization = u"AE Exemple"_s;
    options.notBefore = QDateTime(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::utc());
    options.notAfter = QDateTime(QDate(2040, 1, 1), QTime(0, 0), QTimeZone::utc());
    Result<enrol::CertificateAuthority> created = enrol::CertificateAuthority::create(options);
    REQUIRE(created.ok());
    const enrol::CertificateAuthority& ca = *created;
    const QDateTime from(QDate(2026, 1, 1), QTime(8, 0), QTimeZone::utc());
    const QDateTime to(QDate(2028, 1, 1), QTime(8, 0), QTimeZone::utc());
    const QByteArray der = operatorCertificate(ca, freshPublicKey(), u"Marie Martin"_s, u"AEA"_s, from, to);
    const TrustAnchors anchors = anchorsOf(ca);

    const Result<VerifiedCertificate> verified =
        verifyOperatorCertificate(der, anchors, QDateTime(QDate(2027, 6, 1), QTime(12, 0), QTimeZone::utc()));
    INFO((verified ? std::string() : describe(verified.error())));
    REQUIRE(verified.ok());
    CHECK(verified->commonName() == u"Marie Martin"_s);
    CHECK(verified->organisation() == u"AE Exemple"_s);
    CHECK(verified->title() == u"AEA"_s);
    CHECK(verified->issuer.commonName() == u"AC Exemple"_s);
    CHECK(verified->anchor.commonName() == u"AC Exemple"_s);
    CHECK(verified->notBefore == from);
    CHECK(verified->notAfter == to);
    CHECK(verified->serial.size() >= 30); // 16 random bytes, in hex
    CHECK(verified->fingerprint ==
          u"sha256:"_s +
              QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex()));
    CHECK_FALSE(verified->training);

    // The same certificate the day after it expired, and the day before it starts.
    const Result<VerifiedCertificate> later = verifyOperatorCertificate(der, anchors, to.addDays(1));
    REQUIRE_FALSE(later.ok());
    CHECK(later.error().message.startsWith(u"The certificate of Marie Martin expired on "_s));
    CHECK(
        later.error().detail.startsWith(u"X509_verify_cert: certificate has expired (error 10 at depth 0"_s));
    const Result<VerifiedCertificate> earlier = verifyOperatorCertificate(der, anchors, from.addDays(-1));
    REQUIRE_FALSE(earlier.ok());
    CHECK(earlier.error().message.startsWith(u"The certificate of Marie Martin is not valid yet"_s));
}

TEST_CASE("A certificate whose key may not sign is refused, and says so", "[identity][verify]")
{
    const HandmadeCa root = handmadeCa("AC Artisanale");
    TrustAnchors anchors;
    REQUIRE(anchors.add(root.der(), u"test"_s).ok());

    const QByteArray encipherOnly = handmadeLeaf(root, "Paul Durand", "critical,keyEncipherment");
    const Result<VerifiedCertificate> refused = verifyOperatorCertificate(encipherOnly, anchors, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message ==
          u"The certificate of Paul Durand does not allow digital signatures (its key "
          u"usage lacks digitalSignature): it cannot identify an operator."_s);
    CHECK(refused.error().detail == u"keyUsage: 0x20"_s);

    const QByteArray noKeyUsage = handmadeLeaf(root, "Paul Durand", nullptr);
    const Result<VerifiedCertificate> unsaid = verifyOperatorCertificate(noKeyUsage, anchors, {});
    REQUIRE_FALSE(unsaid.ok());
    CHECK(unsaid.error().detail == u"no keyUsage extension"_s);

    const QByteArray signing = handmadeLeaf(root, "Paul Durand", "critical,digitalSignature");
    CHECK(verifyOperatorCertificate(signing, anchors, {}).ok());
}

TEST_CASE("Intermediates from the token complete a chain but are never trusted themselves",
          "[identity][verify]")
{
    const HandmadeCa root = handmadeCa("AC Racine");
    const HandmadeCa issuing = handmadeCa("AC Opérateurs", &root);
    const QByteArray leaf = handmadeLeaf(issuing, "Paul Durand", "critical,digitalSignature");
    TrustAnchors rootOnly;
    REQUIRE(rootOnly.add(root.der(), u"test"_s).ok());

    const Result<VerifiedCertificate> alone = verifyOperatorCertificate(leaf, rootOnly, {});
    REQUIRE_FALSE(alone.ok());
    CHECK(alone.error().message == u"The certificate of Paul Durand is not issued by a CA this RA trusts."_s);

    const Result<VerifiedCertificate> withIntermediate =
        verifyOperatorCertificate(leaf, rootOnly, {}, {issuing.der()});
    INFO((withIntermediate ? std::string() : describe(withIntermediate.error())));
    REQUIRE(withIntermediate.ok());
    CHECK(withIntermediate->anchor.commonName() == u"AC Racine"_s);

    // A self-made root on the token under the trusted root's name does not make its certificates
    // trusted: the chain reaches the real root, whose key did not sign.
    const HandmadeCa rogue = handmadeCa("AC Racine");
    const QByteArray rogueLeaf = handmadeLeaf(rogue, "Paul Durand", "critical,digitalSignature");
    const Result<VerifiedCertificate> rogueChain =
        verifyOperatorCertificate(rogueLeaf, rootOnly, {}, {rogue.der()});
    REQUIRE_FALSE(rogueChain.ok());
    CHECK(rogueChain.error().message ==
          u"The signature on the certificate of Paul Durand is not valid: the "
          u"certificate was altered, or it is not issued by a CA this RA trusts."_s);
    const HandmadeCa stranger = handmadeCa("AC Étrangère");
    const QByteArray strangerLeaf = handmadeLeaf(stranger, "Paul Durand", "critical,digitalSignature");
    const Result<VerifiedCertificate> strangerChain =
        verifyOperatorCertificate(strangerLeaf, rootOnly, {}, {stranger.der()});
    REQUIRE_FALSE(strangerChain.ok());
    CHECK(strangerChain.error().message ==
          u"The certificate of Paul Durand is not issued by a CA this RA trusts."_s);
    CHECK(strangerChain.error().detail.contains(u"self-signed certificate in certificate chain"_s));

    // The issuing CA alone may be the anchor (the RA trusts only the CA that issues its operators').
    TrustAnchors issuingOnly;
    REQUIRE(issuingOnly.add(issuing.der(), u"test"_s).ok());
    CHECK(verifyOperatorCertificate(leaf, issuingOnly, {}).ok());
}

TEST_CASE("A CA certificate is refused as an operator certificate even when trusted", "[identity][verify]")
{
    const auto ca = makeCa(u"AC Exemple"_s, u"AE Exemple"_s);
    const Result<VerifiedCertificate> refused =
        verifyOperatorCertificate(ca.certificateDer(), anchorsOf(ca), {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message ==
          u"The certificate of AC Exemple is a certification authority's certificate, not "
          u"an operator's: it cannot be used to log in."_s);
}

TEST_CASE("Bytes that are not a certificate are refused", "[identity][verify]")
{
    const auto ca = makeCa(u"AC Exemple"_s, u"AE Exemple"_s);
    const Result<VerifiedCertificate> refused =
        verifyOperatorCertificate(QByteArray("not a certificate"), anchorsOf(ca), {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.startsWith(u"The certificate on the token cannot be read"_s));
}

TEST_CASE("An expired CA is named in the refusal", "[identity][verify]")
{
    enrol::CaOptions options;
    options.commonName = u"AC Périmée"_s;
    options.organization = u"AE Exemple"_s;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    options.notBefore = now.addYears(-5);
    options.notAfter = now.addDays(-1);
    Result<enrol::CertificateAuthority> ca = enrol::CertificateAuthority::create(options);
    REQUIRE(ca.ok());
    const QByteArray der = operatorCertificate(*ca, freshPublicKey(), u"Paul Durand"_s, u"AEA"_s,
                                               now.addYears(-2), now.addYears(1));
    const Result<VerifiedCertificate> refused = verifyOperatorCertificate(der, anchorsOf(*ca), now);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.startsWith(
        u"The certificate of the CA AC Périmée, which issued the certificate of Paul Durand, expired on "_s));
    CHECK(refused.error().detail.contains(u"at depth 1"_s));
}
