// CmpIssuer over HTTPS against a real TLS peer on loopback: a TLS-terminating proxy (tls_proxy.h) in
// front of the `openssl cmp` mock server, its certificate issued by a test CA; and the TLS faults: a
// certificate from another CA, one for another name, a peer that speaks plain HTTP (the mock server
// itself), a TLS peer that never answers.

#include "cmp_fixture.h"
#include "enrol/cmp_issuer.h"
#include "tls_proxy.h"

#include <QElapsedTimer>
#include <catch2/catch.hpp>

using namespace guichet;
using namespace guichet::enrol;
using namespace guichet::enrol::test;
using namespace guichet::token;
using namespace Qt::StringLiterals;

namespace {

const QStringList loopbackNames = {u"IP:127.0.0.1"_s, u"DNS:localhost"_s};

CertificateAuthority otherCa(const QString& name)
{
    CaOptions options;
    options.commonName = name;
    options.organization = u"Guichet TEST"_s;
    Result<CertificateAuthority> ca = CertificateAuthority::create(options);
    REQUIRE(ca.ok());
    return *ca;
}

/// What a refused TLS connection must leave: nothing sent to the CA, nothing issued.
void checkNothingSent(CmpServer& server)
{
    const QString output = server.output();
    INFO(output.toStdString());
    CHECK_FALSE(output.contains(u"POST /pkix/"_s));
}

} // namespace

TEST_CASE("CMP over HTTPS issues the holder's certificate", "[enrol][cmp][tls][softhsm]")
{
    // The host as an IP address (checked against iPAddress) or as a name (dNSName, sent as SNI).
    const QString host = GENERATE(u"127.0.0.1"_s, u"localhost"_s);
    // The TLS certificate from the CMP CA itself (tlsTrust empty), or from a CA of its own.
    const bool ownTlsCa = GENERATE(false, true);
    CAPTURE(host.toStdString(), ownTlsCa);

    Fixture fixture;
    const TokenKey holderKey = fixture.generateHolderKey(KeyAlgorithm::EcP256);
    const QByteArray preIssued = fixture.issue(Fixture::publicKeyOf(holderKey), fixture.subject());
    CmpServer server(fixture.serverArguments(Protection::OperatorSignature, preIssued));
    const CertificateAuthority tlsCa = ownTlsCa ? otherCa(u"AC TLS"_s) : fixture.ca();
    TlsProxy proxy(TlsProxy::Mode::Forward, serverIdentity(tlsCa, loopbackNames),
                   static_cast<quint16>(server.port()));

    CmpConfig config = cmpConfig(proxy.url(host), fixture.caCertificates());
    if (ownTlsCa) {
        config.tlsTrust = {tlsCa.certificateDer()};
    }
    CmpIssuer issuer(config);
    CHECK(issuer.description() == u"CMP "_s + proxy.url(host));
    const Result<IssuedCertificate> issued =
        issuer.issue(fixture.request(holderKey, KeyAlgorithm::EcP256, Protection::OperatorSignature));
    INFO(describe(issued));
    INFO(server.output().toStdString());
    REQUIRE(issued.ok());
    CHECK(issued->der == preIssued);
    CHECK(issued->issuedBy.startsWith(u"CMP https://"_s + host));
    // The ir and the certConf, each over a TLS connection of its own.
    CHECK(proxy.handshakes() == 2);
    CHECK(server.output().contains(u"POST /pkix/"_s));
}

TEST_CASE("A TLS certificate from another CA is refused before anything is sent",
          "[enrol][cmp][tls][softhsm][faults]")
{
    Fixture fixture;
    const TokenKey holderKey = fixture.generateHolderKey(KeyAlgorithm::EcP256);
    const QByteArray preIssued = fixture.issue(Fixture::publicKeyOf(holderKey), fixture.subject());
    CmpServer server(fixture.serverArguments(Protection::SharedSecret, preIssued));
    TlsProxy proxy(TlsProxy::Mode::Forward, serverIdentity(otherCa(u"AC Inconnue"_s), loopbackNames),
                   static_cast<quint16>(server.port()));

    const Result<IssuedCertificate> issued =
        CmpIssuer(cmpConfig(proxy.url(), fixture.caCertificates()))
            .issue(fixture.request(holderKey, KeyAlgorithm::EcP256, Protection::SharedSecret));
    INFO(describe(issued));
    REQUIRE_FALSE(issued.ok());
    CHECK(issued.error().message.startsWith(u"The CA's TLS certificate cannot be verified ("_s));
    CHECK(issued.error().message.contains(u"unable to get local issuer certificate"_s));
    CHECK(issued.error().detail.contains(u"certificate verify failed"_s));
    CHECK(proxy.handshakes() == 0);
    checkNothingSent(server);
}

TEST_CASE("A TLS certificate for another name is refused before anything is sent",
          "[enrol][cmp][tls][softhsm][faults]")
{
    const QString host = GENERATE(u"127.0.0.1"_s, u"localhost"_s);
    CAPTURE(host.toStdString());
    Fixture fixture;
    const TokenKey holderKey = fixture.generateHolderKey(KeyAlgorithm::EcP256);
    const QByteArray preIssued = fixture.issue(Fixture::publicKeyOf(holderKey), fixture.subject());
    CmpServer server(fixture.serverArguments(Protection::SharedSecret, preIssued));
    TlsProxy proxy(TlsProxy::Mode::Forward, serverIdentity(fixture.ca(), {u"DNS:other.example"_s}),
                   static_cast<quint16>(server.port()));

    const Result<IssuedCertificate> issued =
        CmpIssuer(cmpConfig(proxy.url(host), fixture.caCertificates()))
            .issue(fixture.request(holderKey, KeyAlgorithm::EcP256, Protection::SharedSecret));
    INFO(describe(issued));
    REQUIRE_FALSE(issued.ok());
    CHECK(issued.error().message.startsWith(u"The CA's name does not match its TLS certificate ("_s + host));
    CHECK(proxy.handshakes() == 0);
    checkNothingSent(server);
}

TEST_CASE("A peer that speaks plain HTTP on an https:// address is refused",
          "[enrol][cmp][tls][softhsm][faults]")
{
    Fixture fixture;
    const TokenKey holderKey = fixture.generateHolderKey(KeyAlgorithm::EcP256);
    const QByteArray preIssued = fixture.issue(Fixture::publicKeyOf(holderKey), fixture.subject());
    // The real CMP server, which speaks plain HTTP: it answers the TLS hello with an HTTP error.
    CmpServer server(fixture.serverArguments(Protection::SharedSecret, preIssued));
    const QString url = u"https://127.0.0.1:"_s + QString::number(server.port()) + u"/pkix/"_s;
    CmpConfig config = cmpConfig(url, fixture.caCertificates());
    config.messageTimeoutSeconds = 5;
    QElapsedTimer timer;
    timer.start();
    const Result<IssuedCertificate> issued =
        CmpIssuer(config).issue(fixture.request(holderKey, KeyAlgorithm::EcP256, Protection::SharedSecret));
    INFO(describe(issued));
    REQUIRE_FALSE(issued.ok());
    CHECK(issued.error().message.startsWith(u"The secure connection (TLS) to the CA at "_s + url +
                                            u" could not be set up"_s));
    CHECK(issued.error().detail.contains(u"SSL routines"_s));
    CHECK(timer.elapsed() < 3000); // at once, not after the timeout
    checkNothingSent(server);
}

TEST_CASE("A TLS peer that never answers times out", "[enrol][cmp][tls][softhsm][faults]")
{
    // Mute: not even the handshake; Silent: the handshake, then nothing.
    const auto mode = GENERATE(TlsProxy::Mode::Mute, TlsProxy::Mode::Silent);
    CAPTURE(mode == TlsProxy::Mode::Mute ? "mute" : "silent");
    Fixture fixture;
    const TokenKey holderKey = fixture.generateHolderKey(KeyAlgorithm::EcP256);
    TlsProxy silent(mode, serverIdentity(fixture.ca(), loopbackNames));
    CmpConfig config = cmpConfig(silent.url(), fixture.caCertificates());
    config.messageTimeoutSeconds = 1;
    config.totalTimeoutSeconds = 2;
    QElapsedTimer timer;
    timer.start();
    const Result<IssuedCertificate> issued = CmpIssuer(config).issue(
        fixture.request(holderKey, KeyAlgorithm::EcP256, Protection::OperatorSignature));
    INFO(describe(issued));
    REQUIRE_FALSE(issued.ok());
    CHECK(issued.error().message.startsWith(u"The CA at "_s + silent.url() + u" did not answer in time"_s));
    CHECK(timer.elapsed() < 5000);
    CHECK(silent.connections() > 0);
    CHECK(silent.handshakes() == (mode == TlsProxy::Mode::Silent ? silent.connections() : 0));
}
