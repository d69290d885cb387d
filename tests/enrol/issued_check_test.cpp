// checkIssuedCertificate: a certificate is held to the holder token key, the order's subject and
// e-mail, the product's validity and key usage, and the configured CA; every mismatch is named.

#include "cmp_fixture.h"
#include "enrol/issued_check.h"

#include <catch2/catch.hpp>

using namespace guichet;
using namespace guichet::enrol;
using namespace guichet::enrol::test;
using namespace guichet::token;
using namespace Qt::StringLiterals;

namespace {

ExpectedCertificate expected(const Fixture& fixture, const QByteArray& publicKey)
{
    ExpectedCertificate wanted;
    wanted.publicKeyDer = publicKey;
    wanted.subject = fixture.subject();
    wanted.profile = fixture.profile(KeyAlgorithm::Rsa2048);
    wanted.caCertificates = fixture.caCertificates();
    return wanted;
}

QStringList messages(const IssuedCheck& check)
{
    QStringList list;
    for (const Mismatch& mismatch : check.mismatches) {
        list.append(mismatch.message);
    }
    return list;
}

} // namespace

TEST_CASE("A certificate that is what the order asked for passes the check", "[enrol][check][softhsm]")
{
    Fixture fixture;
    const TokenKey key = fixture.generateHolderKey(KeyAlgorithm::EcP256);
    const QByteArray publicKey = Fixture::publicKeyOf(key);
    const IssuedCheck check =
        checkIssuedCertificate(fixture.issue(publicKey, fixture.subject()), expected(fixture, publicKey));
    INFO(messages(check).join(u"\n"_s).toStdString());
    CHECK(check.ok());
    CHECK(check.status().ok());
    // PEM is read as well as DER.
    const QByteArray pem = fixture.ca().certificatePem();
    CHECK(checkIssuedCertificate(pem, expected(fixture, publicKey)).has(CheckedItem::PublicKey));
}

TEST_CASE("Each mismatch of an issued certificate is named", "[enrol][check][softhsm]")
{
    Fixture fixture;
    const TokenKey key = fixture.generateHolderKey(KeyAlgorithm::Rsa2048);
    const QByteArray publicKey = Fixture::publicKeyOf(key);
    const ExpectedCertificate wanted = expected(fixture, publicKey);

    SECTION("another key")
    {
        const IssuedCheck check =
            checkIssuedCertificate(fixture.issue(softwareKey().publicDer, fixture.subject()), wanted);
        REQUIRE(check.mismatches.size() == 1);
        CHECK(check.mismatches.first().item == CheckedItem::PublicKey);
        CHECK(check.mismatches.first().message ==
              u"The certificate is for another key than the one generated on the holder's token."_s);
        CHECK(check.mismatches.first().detail.contains(u"token key sha256:"_s));
    }
    SECTION("another subject: each attribute, and the e-mail")
    {
        SubjectFields other = fixture.subject();
        other.givenName.clear();
        other.organizationIdentifier = u"NTRFR-552100554"_s;
        other.emailAddress = u"HELENE.LEFEVRE@ACME-SIGNATURE.FR"_s; // case does not matter
        const IssuedCheck check = checkIssuedCertificate(fixture.issue(publicKey, other), wanted);
        INFO(messages(check).join(u"\n"_s).toStdString());
        CHECK(messages(check) ==
              QStringList{u"The certificate's subject has no given name (GN); the order says \"Hélène\"."_s,
                          u"The certificate's organisation identifier (organizationIdentifier) is "
                          "\"NTRFR-552100554\"; the order says \"NTRFR-732829320\"."_s});
        REQUIRE(check.mismatches.size() == 2);
        CHECK(check.mismatches[0].attribute == u"GN"_s);
        CHECK(check.mismatches[1].attribute == u"organizationIdentifier"_s);
    }
    SECTION("a validity the product does not sell")
    {
        const IssuedCheck check =
            checkIssuedCertificate(fixture.issue(publicKey, fixture.subject(), 1), wanted);
        REQUIRE(check.mismatches.size() == 1);
        CHECK(check.mismatches.first().item == CheckedItem::Validity);
        CHECK(check.mismatches.first().message.endsWith(u"the product says 3 year(s)."_s));
    }
    SECTION("an expired certificate")
    {
        CertificateRequest request;
        request.publicKeyDer = publicKey;
        request.subject = fixture.subject();
        request.notBefore = QDateTime::currentDateTimeUtc().addYears(-3).addDays(-2);
        request.notAfter = request.notBefore.addYears(3);
        const Result<QByteArray> der = fixture.ca().issue(request);
        REQUIRE(der.ok());
        const IssuedCheck check = checkIssuedCertificate(*der, wanted);
        INFO(messages(check).join(u"\n"_s).toStdString());
        REQUIRE(check.mismatches.size() == 1); // the chain's own "expired" is not counted twice
        CHECK(check.mismatches.first().message.startsWith(u"The certificate has already expired"_s));
    }
    SECTION("a key usage the product does not say")
    {
        ExpectedCertificate signatureOnly = wanted;
        signatureOnly.profile.keyUsage = DigitalSignature;
        const IssuedCheck check =
            checkIssuedCertificate(fixture.issue(publicKey, fixture.subject()), signatureOnly);
        REQUIRE(check.mismatches.size() == 1);
        CHECK(check.mismatches.first().item == CheckedItem::KeyUsage);
        CHECK(check.mismatches.first().message ==
              u"The certificate's key usage is digitalSignature, nonRepudiation; the product says "
              "digitalSignature."_s);
    }
    SECTION("another CA")
    {
        CaOptions options;
        options.commonName = u"AC inconnue"_s;
        const Result<CertificateAuthority> other = CertificateAuthority::create(options);
        REQUIRE(other.ok());
        ExpectedCertificate otherCa = wanted;
        otherCa.caCertificates = {other->certificateDer()};
        const IssuedCheck check =
            checkIssuedCertificate(fixture.issue(publicKey, fixture.subject()), otherCa);
        REQUIRE(check.mismatches.size() == 1);
        CHECK(check.mismatches.first().item == CheckedItem::Chain);
        CHECK(
            check.mismatches.first().message ==
            u"The certificate does not chain to the configured CA: unable to get local issuer certificate."_s);
        otherCa.caCertificates.clear();
        CHECK(checkIssuedCertificate(fixture.issue(publicKey, fixture.subject()), otherCa)
                  .has(CheckedItem::Chain));
    }
    SECTION("not a certificate")
    {
        const IssuedCheck check = checkIssuedCertificate("<html>erreur 500</html>", wanted);
        REQUIRE(check.mismatches.size() == 1);
        CHECK(check.mismatches.first().item == CheckedItem::Certificate);
    }
    SECTION("all of them at once, in one error")
    {
        SubjectFields other = fixture.subject();
        other.surname = u"Martin"_s;
        const IssuedCheck check =
            checkIssuedCertificate(fixture.issue(softwareKey().publicDer, other, 2), wanted);
        CHECK(check.has(CheckedItem::PublicKey));
        CHECK(check.has(CheckedItem::Subject));
        CHECK(check.has(CheckedItem::Validity));
        CHECK_FALSE(check.has(CheckedItem::Chain));
        const Status status = check.status();
        REQUIRE_FALSE(status.ok());
        CHECK(
            status.error().message.startsWith(u"The certificate the CA issued does not match the order: The "
                                              "certificate is for another key"_s));
        CHECK(status.error().message.contains(u"surname (SN) is \"Martin\""_s));
        CHECK(status.error().message.contains(u"the product says 3 year(s)."_s));
    }
}
