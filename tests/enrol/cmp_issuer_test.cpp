// CmpIssuer against a real CMP peer: `openssl cmp` as a server on loopback, the holder's key on a
// SoftHSM2 token, the request protected by the operator's token key or by a shared secret (PBM); and
// the faults a CA can show: down, slow, answering garbage, refusing, issuing for another key or
// another subject.

#include "cmp_fixture.h"
#include "enrol/cmp_issuer.h"

#include <QElapsedTimer>
#include <catch2/catch.hpp>

using namespace guichet;
using namespace guichet::enrol;
using namespace guichet::enrol::test;
using namespace guichet::token;
using namespace Qt::StringLiterals;

TEST_CASE("CMP issues the holder's certificate for the key on the token", "[enrol][cmp][softhsm]")
{
    const auto algorithm = GENERATE(KeyAlgorithm::Rsa2048, KeyAlgorithm::EcP256);
    const auto protection = GENERATE(Protection::OperatorSignature, Protection::SharedSecret);
    const auto command = GENERATE(CmpCommand::InitialRequest, CmpCommand::Pkcs10Request);
    CAPTURE(toText(algorithm).toStdString(), protection == Protection::SharedSecret ? "PBM" : "signature",
            command == CmpCommand::Pkcs10Request ? "p10cr" : "ir");

    Fixture fixture;
    const QByteArray keyId = QByteArray::fromHex("c0ffee01");
    const TokenKey holderKey = fixture.generateHolderKey(algorithm, keyId);
    const QByteArray publicKey = Fixture::publicKeyOf(holderKey);
    const QByteArray preIssued = fixture.issue(publicKey, fixture.subject());
    CmpServer server(fixture.serverArguments(protection, preIssued));

    CmpConfig config = cmpConfig(server.url(), fixture.caCertificates());
    config.command = command;
    CmpIssuer issuer(config);
    const IssuanceRequest request = fixture.request(holderKey, algorithm, protection);
    const Result<IssuedCertificate> issued = issuer.issue(request);
    INFO(describe(issued));
    INFO(server.output().toStdString());
    REQUIRE(issued.ok());
    CHECK(issued->der == preIssued);
    CHECK(issued->summary.subject.contains(u"CN=Hélène LEFÈVRE-DUPONT"_s));
    CHECK(issued->summary.subject.contains(u"organizationIdentifier=NTRFR-732829320"_s));
    // The mock server sends its caPubs in ip messages only (not in the cp answering a p10cr).
    CHECK(issued->caCertificates.contains(fixture.ca().certificateDer()) ==
          (command == CmpCommand::InitialRequest));
    CHECK(issued->issuedBy == u"CMP "_s + server.url());
    INFO(server.output().toStdString());
    CHECK(server.output().contains(u"POST /pkix/"_s));

    // What the delivery does next: write it beside the key, read it back.
    const Status stored =
        fixture.holderSession().storeCertificate(issued->der, keyId, u"Hélène Lefèvre-Dupont"_s);
    INFO(describe(stored));
    REQUIRE(stored.ok());
    const Result<QByteArray> readBack = fixture.holderSession().readCertificate(keyId);
    REQUIRE(readBack.ok());
    CHECK(*readBack == issued->der);
}

TEST_CASE("A CA that is down is reported as unreachable", "[enrol][cmp][softhsm][faults]")
{
    Fixture fixture;
    const TokenKey holderKey = fixture.generateHolderKey(KeyAlgorithm::Rsa2048);
    CmpConfig config = cmpConfig(u"http://127.0.0.1:"_s + QString::number(closedPort()) + u"/pkix/"_s,
                                 fixture.caCertificates());
    config.messageTimeoutSeconds = 3;
    CmpIssuer issuer(config);
    QElapsedTimer timer;
    timer.start();
    const Result<IssuedCertificate> issued =
        issuer.issue(fixture.request(holderKey, KeyAlgorithm::Rsa2048, Protection::SharedSecret));
    INFO(describe(issued));
    REQUIRE_FALSE(issued.ok());
    CHECK(issued.error().message.startsWith(u"The CA cannot be reached at http://127.0.0.1:"_s));
    CHECK(issued.error().detail.contains(u"onnect"_s));
    // At once, not after the message timeout OpenSSL would spend retrying.
    CHECK(timer.elapsed() < 1000);
    CHECK(issued.error().detail.contains(u"Connection refused"_s));
}

TEST_CASE("A CA that accepts and never answers times out", "[enrol][cmp][softhsm][faults]")
{
    Fixture fixture;
    const TokenKey holderKey = fixture.generateHolderKey(KeyAlgorithm::EcP256);
    FakeCaServer silent; // accepts, reads, never answers
    CmpConfig config = cmpConfig(silent.url(), fixture.caCertificates());
    config.messageTimeoutSeconds = 1;
    config.totalTimeoutSeconds = 2;
    CmpIssuer issuer(config);
    const IssuanceRequest request =
        fixture.request(holderKey, KeyAlgorithm::EcP256, Protection::OperatorSignature);
    QElapsedTimer timer;
    timer.start();
    const Result<IssuedCertificate> issued = issuer.issue(request);
    INFO(describe(issued));
    REQUIRE_FALSE(issued.ok());
    CHECK(issued.error().message.contains(u"did not answer in time"_s));
    CHECK(timer.elapsed() < 5000);
    CHECK(silent.connections() > 0);
}

TEST_CASE("A server answering something that is not CMP is named as such", "[enrol][cmp][softhsm][faults]")
{
    const QByteArray contentType = GENERATE(QByteArray("text/html"), QByteArray("application/pkixcmp"));
    CAPTURE(contentType.toStdString());
    Fixture fixture;
    const TokenKey holderKey = fixture.generateHolderKey(KeyAlgorithm::Rsa2048);
    FakeCaServer garbage(
        httpResponse("200 OK", contentType, "<html>Bienvenue sur le portail</html> \x01\x02 not CMP"));
    CmpIssuer issuer(cmpConfig(garbage.url(), fixture.caCertificates()));
    const IssuanceRequest request =
        fixture.request(holderKey, KeyAlgorithm::Rsa2048, Protection::SharedSecret);
    const Result<IssuedCertificate> issued = issuer.issue(request);
    INFO(describe(issued));
    REQUIRE_FALSE(issued.ok());
    CHECK(issued.error().message.contains(u"did not answer as a CMP certification authority"_s));
}

TEST_CASE("A CA's rejection is reported with its own words", "[enrol][cmp][softhsm][faults]")
{
    Fixture fixture;
    const TokenKey holderKey = fixture.generateHolderKey(KeyAlgorithm::Rsa2048);
    const QByteArray preIssued = fixture.issue(Fixture::publicKeyOf(holderKey), fixture.subject());
    CmpServer server(fixture.serverArguments(Protection::SharedSecret, preIssued) +
                     QStringList{u"-pkistatus"_s, u"2"_s, u"-failure"_s, u"2"_s, u"-statusstring"_s,
                                 u"Dossier inconnu de l'AC"_s});
    CmpIssuer issuer(cmpConfig(server.url(), fixture.caCertificates()));
    const Result<IssuedCertificate> issued =
        issuer.issue(fixture.request(holderKey, KeyAlgorithm::Rsa2048, Protection::SharedSecret));
    INFO(describe(issued));
    REQUIRE_FALSE(issued.ok());
    CHECK(issued.error().message == u"The CA refused the request: \"Dossier inconnu de l'AC\"."_s);
    CHECK(issued.error().detail.contains(u"rejection"_s));
}

TEST_CASE("A certificate for another key is refused and the CA is told", "[enrol][cmp][softhsm][faults]")
{
    const auto protection = GENERATE(Protection::OperatorSignature, Protection::SharedSecret);
    Fixture fixture;
    const QByteArray keyId("\x01", 1);
    const TokenKey holderKey = fixture.generateHolderKey(KeyAlgorithm::EcP256, keyId);
    const QByteArray forAnotherKey = fixture.issue(softwareKey().publicDer, fixture.subject());
    CmpServer server(fixture.serverArguments(protection, forAnotherKey));
    CmpIssuer issuer(cmpConfig(server.url(), fixture.caCertificates()));
    const Result<IssuedCertificate> issued =
        issuer.issue(fixture.request(holderKey, KeyAlgorithm::EcP256, protection));
    INFO(describe(issued));
    INFO(server.output().toStdString());
    REQUIRE_FALSE(issued.ok());
    CHECK(issued.error().message.startsWith(u"The certificate the CA issued does not match the order: The "
                                            "certificate is for another key than the one generated on the "
                                            "holder's token."_s));
    CHECK(issued.error().message.contains(u"the CA was told so"_s));
    // The server received the rejecting certConf.
    REQUIRE_EVENTUALLY(server.output().count(u"Received request"_s) >= 2);
    CHECK_FALSE(fixture.holderSession().readCertificate(keyId).ok());
}

TEST_CASE("A certificate with another subject is refused, each difference named",
          "[enrol][cmp][softhsm][faults]")
{
    Fixture fixture;
    const TokenKey holderKey = fixture.generateHolderKey(KeyAlgorithm::Rsa2048);
    SubjectFields other = fixture.subject();
    other.surname = u"Martin"_s;
    other.commonName = u"Hélène MARTIN"_s;
    other.emailAddress = u"h.martin@example.fr"_s;
    const QByteArray wrongSubject = fixture.issue(Fixture::publicKeyOf(holderKey), other, 1);
    CmpServer server(fixture.serverArguments(Protection::OperatorSignature, wrongSubject));
    CmpIssuer issuer(cmpConfig(server.url(), fixture.caCertificates()));
    const Result<IssuedCertificate> issued =
        issuer.issue(fixture.request(holderKey, KeyAlgorithm::Rsa2048, Protection::OperatorSignature));
    INFO(describe(issued));
    REQUIRE_FALSE(issued.ok());
    const QString& message = issued.error().message;
    CHECK(
        message.contains(u"The certificate's common name (CN) is \"Hélène MARTIN\"; the order says \"Hélène "
                         "LEFÈVRE-DUPONT\"."_s));
    CHECK(message.contains(
        u"The certificate's surname (SN) is \"Martin\"; the order says \"Lefèvre-Dupont\"."_s));
    CHECK(message.contains(u"The certificate's e-mail address is \"h.martin@example.fr\"; the order says "
                           "\"helene.lefevre@acme-signature.fr\"."_s));
    CHECK(message.contains(u"the product says 3 year(s)"_s));
    CHECK_FALSE(message.contains(u"another key"_s));
}

TEST_CASE("An answer signed by a server the configured CA did not certify is not accepted",
          "[enrol][cmp][softhsm][faults]")
{
    Fixture fixture;
    const TokenKey holderKey = fixture.generateHolderKey(KeyAlgorithm::Rsa2048);
    const QByteArray preIssued = fixture.issue(Fixture::publicKeyOf(holderKey), fixture.subject());
    CmpServer server(fixture.serverArguments(Protection::OperatorSignature, preIssued));
    // The desk trusts another CA than the one that certified the server.
    CaOptions options;
    options.commonName = u"Une autre AC"_s;
    const Result<CertificateAuthority> otherCa = CertificateAuthority::create(options);
    REQUIRE(otherCa.ok());
    CmpIssuer issuer(cmpConfig(server.url(), {otherCa->certificateDer()}));
    const Result<IssuedCertificate> issued =
        issuer.issue(fixture.request(holderKey, KeyAlgorithm::Rsa2048, Protection::OperatorSignature));
    INFO(describe(issued));
    REQUIRE_FALSE(issued.ok());
    CHECK(issued.error().message.startsWith(u"The CA's answer could not be verified"_s));
}

TEST_CASE("A wrong shared secret is refused by the CA", "[enrol][cmp][softhsm][faults]")
{
    Fixture fixture;
    const TokenKey holderKey = fixture.generateHolderKey(KeyAlgorithm::Rsa2048);
    const QByteArray preIssued = fixture.issue(Fixture::publicKeyOf(holderKey), fixture.subject());
    CmpServer server(fixture.serverArguments(Protection::SharedSecret, preIssued));
    CmpIssuer issuer(cmpConfig(server.url(), fixture.caCertificates()));
    IssuanceRequest request = fixture.request(holderKey, KeyAlgorithm::Rsa2048, Protection::SharedSecret);
    request.protection =
        SharedSecretProtection{QByteArray(Fixture::reference), SecureBuffer::fromBytes("wrong")};
    const Result<IssuedCertificate> issued = issuer.issue(request);
    INFO(describe(issued));
    REQUIRE_FALSE(issued.ok());
    INFO(server.output().toStdString());
    // The CA answers with an error protected with the real secret, which does not verify here.
    CHECK(issued.error().message.startsWith(
        u"The CA's answer does not verify with the shared secret configured"_s));
    CHECK(issued.error().detail.contains(u"wrong pbm value"_s));
}

TEST_CASE("A CMP configuration without a usable address or CA is refused before anything is sent",
          "[enrol][cmp][softhsm]")
{
    Fixture fixture;
    const TokenKey holderKey = fixture.generateHolderKey(KeyAlgorithm::Rsa2048);
    const IssuanceRequest request =
        fixture.request(holderKey, KeyAlgorithm::Rsa2048, Protection::SharedSecret);
    const Result<IssuedCertificate> ftp =
        CmpIssuer(cmpConfig(u"ftp://ca.example/pkix/"_s, fixture.caCertificates())).issue(request);
    REQUIRE_FALSE(ftp.ok());
    CHECK(ftp.error().message.contains(u"is not one Guichet can use"_s));
    const Result<IssuedCertificate> noCa = CmpIssuer(cmpConfig(u"http://127.0.0.1:1/"_s, {})).issue(request);
    REQUIRE_FALSE(noCa.ok());
    CHECK(noCa.error().message.startsWith(u"No CA certificate is configured"_s));
}

TEST_CASE("A proxy in the environment is not used to reach the CA", "[enrol][cmp][softhsm]")
{
    Fixture fixture;
    const TokenKey holderKey = fixture.generateHolderKey(KeyAlgorithm::EcP256);
    const QByteArray preIssued = fixture.issue(Fixture::publicKeyOf(holderKey), fixture.subject());
    CmpServer server(fixture.serverArguments(Protection::SharedSecret, preIssued));
    // A proxy that does not exist: used, it would make the issuance fail.
    const QByteArray deadProxy = "http://127.0.0.1:" + QByteArray::number(closedPort());
    const token::test::ScopedEnv http("http_proxy", deadProxy);
    const token::test::ScopedEnv upper("HTTP_PROXY", deadProxy);
    CmpIssuer issuer(cmpConfig(server.url(), fixture.caCertificates()));
    const Result<IssuedCertificate> issued =
        issuer.issue(fixture.request(holderKey, KeyAlgorithm::EcP256, Protection::SharedSecret));
    INFO(describe(issued));
    REQUIRE(issued.ok());
    CHECK(issued->der == preIssued);
}
