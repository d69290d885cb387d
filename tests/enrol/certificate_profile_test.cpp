// The product's certificate profile and the subject an order gives a holder's certificate.

#include "enrol/certificate_profile.h"
#include "qt_wait.h"
#include "sample_order.h"

#include <catch2/catch.hpp>

using namespace guichet;
using namespace guichet::enrol;
using namespace Qt::StringLiterals;

TEST_CASE("The holder's subject comes from the order", "[enrol][profile]")
{
    Order order = testing::sampleOrder(QDate(2026, 11, 21));
    const Result<SubjectFields> subject = holderSubject(order);
    REQUIRE(subject.ok());
    CHECK(subject->givenName == u"Hélène"_s);
    CHECK(subject->surname == u"Lefèvre-Dupont"_s);
    CHECK(subject->commonName == u"Hélène LEFÈVRE-DUPONT"_s);
    CHECK(subject->emailAddress == u"helene.lefevre@acme-signature.fr"_s);
    CHECK(subject->organization == u"ACME Signature SAS"_s);
    CHECK(subject->organizationIdentifier == u"NTRFR-732829320"_s);
    CHECK(subject->country == u"FR"_s);
    CHECK(subject->organizationalUnit.isEmpty());
    CHECK(subject->title.isEmpty());

    // The first of several given names; spaces in the SIREN are dropped.
    order.holder.givenNames = u"Marie  Hélène Joséphine"_s;
    order.organisation.siren = u"732 829 320"_s;
    const Result<SubjectFields> second = holderSubject(order);
    REQUIRE(second.ok());
    CHECK(second->givenName == u"Marie"_s);
    CHECK(second->commonName == u"Marie LEFÈVRE-DUPONT"_s);
    CHECK(second->organizationIdentifier == u"NTRFR-732829320"_s);
}

TEST_CASE("An order that lacks a subject field is refused, naming what is missing", "[enrol][profile]")
{
    Order order = testing::sampleOrder(QDate(2026, 11, 21));
    order.holder.email.clear();
    order.organisation.siren.clear();
    const Result<SubjectFields> missing = holderSubject(order);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message ==
          u"The certificate's subject cannot be made: the order lacks the holder's "
          "e-mail address, the organisation's SIREN."_s);

    order = testing::sampleOrder(QDate(2026, 11, 21));
    order.organisation.siren = u"73282932"_s;
    const Result<SubjectFields> shortSiren = holderSubject(order);
    REQUIRE_FALSE(shortSiren.ok());
    CHECK(shortSiren.error().message == u"The organisation's SIREN \"73282932\" is not 9 digits."_s);

    // emailAddress and rfc822Name are IA5String: an address OpenSSL would refuse deep in the request
    // is refused here, in words.
    for (const QString& email : {u"hélène.lefèvre@exemple.fr"_s, u"helene.lefevre.exemple.fr"_s}) {
        order = testing::sampleOrder(QDate(2026, 11, 21));
        order.holder.email = email;
        const Result<SubjectFields> wrongEmail = holderSubject(order);
        REQUIRE_FALSE(wrongEmail.ok());
        CHECK(wrongEmail.error().message.contains(u"e-mail address \""_s + email +
                                                  u"\" cannot go into a certificate"_s));
    }
}

TEST_CASE("The product gives the profile: validity, key usage, key algorithm", "[enrol][profile]")
{
    const Product product{u"RGS2-SIGN-TOKEN"_s, u"Certificat de signature"_s, 2};
    const Result<CertificateProfile> profile = profileForProduct(product, KeyAlgorithm::EcP256);
    REQUIRE(profile.ok());
    CHECK(profile->productCode == u"RGS2-SIGN-TOKEN"_s);
    CHECK(profile->validityYears == 2);
    CHECK(profile->keyAlgorithm == KeyAlgorithm::EcP256);
    CHECK(profile->keyUsage == (DigitalSignature | NonRepudiation));
    CHECK(keyUsageText(profile->keyUsage) == u"digitalSignature, nonRepudiation"_s);
    CHECK(toText(KeyAlgorithm::Rsa3072) == u"RSA 3072"_s);
    CHECK(profileForProduct({u"RGS2-SIGN-AUTH-TOKEN"_s, {}, 1})->keyAlgorithm == KeyAlgorithm::Rsa2048);

    const Result<CertificateProfile> unknown = profileForProduct({u"SSL-EV"_s, u"Certificat serveur"_s, 1});
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.startsWith(u"The product \"SSL-EV\" has no certificate profile"_s));
    const Result<CertificateProfile> tooLong = profileForProduct({u"RGS2-SIGN-TOKEN"_s, {}, 4});
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().message ==
          u"The order's certificate lasts 4 years; the product is sold for 1, 2 or 3 years."_s);
}
