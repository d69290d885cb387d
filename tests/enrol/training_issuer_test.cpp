// TrainingIssuer: the training CA issues the holder's certificate locally, end to end from an
// order, in training mode only.

#include "cmp_fixture.h"
#include "enrol/issued_check.h"
#include "enrol/issuer.h"
#include "enrol/training.h"
#include "sample_order.h"

#include <catch2/catch.hpp>

using namespace guichet;
using namespace guichet::enrol;
using namespace guichet::enrol::test;
using namespace guichet::token;
using namespace Qt::StringLiterals;

TEST_CASE("The training CA delivers an order's certificate end to end", "[enrol][training][softhsm]")
{
    const auto algorithm = GENERATE(KeyAlgorithm::Rsa3072, KeyAlgorithm::EcP256);
    const auto protection = GENERATE(Protection::OperatorSignature, Protection::SharedSecret);
    Fixture fixture(QString::fromUtf8(trainingOrganisation));

    // From the order: subject and profile.
    const Order order = testing::sampleOrder(QDate::currentDate());
    const Result<SubjectFields> subject = holderSubject(order);
    REQUIRE(subject.ok());
    const Result<CertificateProfile> profile = profileForProduct(order.product, algorithm);
    REQUIRE(profile.ok());

    // The key, generated on the holder's token and reported so by the token.
    const QByteArray keyId = QByteArray::fromHex("4f524452");
    const TokenKey key = fixture.generateHolderKey(algorithm, keyId);
    const Result<KeyOrigin> origin = fixture.holderSession().keyOrigin(keyId);
    REQUIRE(origin.ok());
    REQUIRE(origin->generatedOnToken());

    IssuanceRequest request = fixture.request(key, algorithm, protection);
    request.subject = *subject;
    request.profile = *profile;
    TrainingIssuer issuer(fixture.ca(), true);
    const Result<IssuedCertificate> issued = issuer.issue(request);
    INFO(describe(issued));
    REQUIRE(issued.ok());
    CHECK(issued->summary.subject.contains(u"OU=FORMATION / TRAINING"_s));
    CHECK(issued->summary.subject.contains(u"CN=Hélène LEFÈVRE-DUPONT"_s));
    CHECK(issued->summary.issuer == fixture.ca().subject());
    CHECK(issued->caCertificates == QList<QByteArray>{fixture.ca().certificateDer()});
    CHECK(issued->issuedBy == u"training CA "_s + fixture.ca().subject());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CHECK(issued->summary.notAfter > now.addYears(3).addDays(-1));
    CHECK(issued->summary.notAfter < now.addYears(3).addDays(1));
    CHECK(checkIssuedCertificate(issued->der, expectedFor(request, fixture.caCertificates())).ok());

    REQUIRE(fixture.holderSession().storeCertificate(issued->der, keyId, order.holder.displayName()).ok());
    const Result<QByteArray> readBack = fixture.holderSession().readCertificate(keyId);
    REQUIRE(readBack.ok());
    CHECK(*readBack == issued->der);
}

TEST_CASE("The training CA refuses outside training mode and to act as a real CA",
          "[enrol][training][softhsm]")
{
    SECTION("outside training mode")
    {
        Fixture fixture(QString::fromUtf8(trainingOrganisation));
        const TokenKey key = fixture.generateHolderKey(KeyAlgorithm::Rsa2048);
        const Result<IssuedCertificate> issued =
            TrainingIssuer(fixture.ca(), false)
                .issue(fixture.request(key, KeyAlgorithm::Rsa2048, Protection::OperatorSignature));
        REQUIRE_FALSE(issued.ok());
        CHECK(issued.error().message == u"The training CA issues certificates in training mode only."_s);
    }
    SECTION("a CA that is not the training CA")
    {
        Fixture fixture(u"Autorité réelle"_s);
        const TokenKey key = fixture.generateHolderKey(KeyAlgorithm::Rsa2048);
        const Result<IssuedCertificate> issued =
            TrainingIssuer(fixture.ca(), true)
                .issue(fixture.request(key, KeyAlgorithm::Rsa2048, Protection::OperatorSignature));
        REQUIRE_FALSE(issued.ok());
        CHECK(issued.error().message ==
              u"This CA is not the training CA: it may not issue training certificates."_s);
    }
}

TEST_CASE("The training CA wants the holder's token to hold the key and a training operator to sign",
          "[enrol][training][softhsm]")
{
    Fixture fixture(QString::fromUtf8(trainingOrganisation));
    const TokenKey key = fixture.generateHolderKey(KeyAlgorithm::EcP256);
    TrainingIssuer issuer(fixture.ca(), true);

    SECTION("a public key that is not the token key's")
    {
        IssuanceRequest request = fixture.request(key, KeyAlgorithm::EcP256, Protection::SharedSecret);
        request.holderPublicKeyDer = softwareKey().publicDer;
        const Result<IssuedCertificate> issued = issuer.issue(request);
        REQUIRE_FALSE(issued.ok());
        CHECK(issued.error().message ==
              u"The holder's token did not prove that it holds the key to certify."_s);
    }
    SECTION("an operator certificate from another CA")
    {
        const Fixture elsewhere;
        IssuanceRequest request = fixture.request(key, KeyAlgorithm::EcP256, Protection::OperatorSignature);
        request.protection = OperatorProtection{&fixture.operatorKey(), elsewhere.operatorCertificate(), {}};
        const Result<IssuedCertificate> issued = issuer.issue(request);
        REQUIRE_FALSE(issued.ok());
        CHECK(issued.error().message.startsWith(
            u"The operator's certificate and key cannot sign a training request"_s));
        CHECK(issued.error().detail.contains(u"unable to get local issuer certificate"_s));
    }
}
