// Logging in with a real PKCS#11 token (SoftHSM2): PIN, the operator certificate beside its key,
// verification against the anchors, proof of possession, roles, and what happens when the token
// goes.

#include "audit/audit_log.h"
#include "audit/verifier.h"
#include "identity/login_config.h"
#include "identity_fixture.h"
#include "store/database.h"
#include "token/pkcs11_error.h"

#include <QDateTime>
#include <catch2/catch.hpp>
#include <p11-kit/pkcs11.h>

using namespace guichet;
using namespace guichet::identity;
using namespace guichet::identity::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray keyA("\x0A", 1);
const QByteArray keyB("\x0B", 1);

} // namespace

TEST_CASE("An operator logs in with the PIN and gets the roles of every matching rule",
          "[identity][token][login]")
{
    OperatorToken token;
    const auto ca = makeCa(u"AC Exemple"_s, u"AE Exemple"_s);
    token.provision(ca, keyA, u"Marie Martin"_s, u"AEA"_s);
    token.logOutAfterSetup();
    const TrustAnchors anchors = anchorsOf(ca);
    const RoleMapping roles = testRoles();

    auto login = logInWith(token.session(), token::test::userPin, anchors, roles);
    INFO((login ? std::string() : describe(login.error())));
    REQUIRE(login.ok());
    const std::shared_ptr<OperatorSession> session = *login;
    const Operator& who = session->who();
    CHECK(who.id == u"Marie Martin"_s);
    CHECK(who.name == u"Marie Martin"_s);
    CHECK(who.organisation == u"AE Exemple"_s);
    CHECK(who.roles == QList<Role>{Role::AdministrativeRa, Role::DelegatedOperator});
    CHECK(who.may(Permission::ValidateOrder));
    CHECK(who.may(Permission::DeliverCertificate));
    CHECK_FALSE(who.training);
    const Result<QList<token::TokenCertificate>> onToken = token.session().certificates();
    REQUIRE(onToken.ok());
    REQUIRE(onToken->size() == 1);
    CHECK(who.certificateDer == onToken->first().der);
    CHECK(who.certificateReference == audit::certificateReference(onToken->first().der));
    CHECK(session->tokenUri() == token.session().token().uri());
    CHECK(session->checkPresent().ok());
    CHECK(token.session().isLoggedIn());
    const std::shared_ptr<audit::Signer> signer = session->signer();
    REQUIRE(signer);
    CHECK(signer->certificateDer() == who.certificateDer);
    CHECK(signer->keyReference().startsWith(token.session().token().uri().toString()));
    CHECK(signer->keyReference().contains(u"id=%0A"_s));
    CHECK(signer->keyReference().contains(u"type=private"_s));
}

TEST_CASE("A wrong PIN logs nobody in and says so", "[identity][token][login]")
{
    OperatorToken token;
    const auto ca = makeCa(u"AC Exemple"_s, u"AE Exemple"_s);
    token.provision(ca, keyA, u"Paul Durand"_s, u"AEA"_s);
    token.logOutAfterSetup();

    auto login = logInWith(token.session(), "000000", anchorsOf(ca), testRoles());
    REQUIRE_FALSE(login.ok());
    CHECK(login.error().message == token::ckrSentence(CKR_PIN_INCORRECT));
    CHECK(login.error().detail.contains(u"C_Login: CKR_PIN_INCORRECT"_s));
    CHECK_FALSE(token.session().isLoggedIn());
}

TEST_CASE("A token still logged in does not let a wrong PIN through", "[identity][token][login]")
{
    OperatorToken token;
    const auto ca = makeCa(u"AC Exemple"_s, u"AE Exemple"_s);
    token.provision(ca, keyA, u"Paul Durand"_s, u"AEA"_s); // leaves the token logged in
    REQUIRE(token.session().isLoggedIn());

    auto login = logInWith(token.session(), "999999", anchorsOf(ca), testRoles());
    REQUIRE_FALSE(login.ok());
    CHECK(login.error().detail.contains(u"CKR_PIN_INCORRECT"_s));
    CHECK_FALSE(token.session().isLoggedIn());
}

TEST_CASE("Without a token there is nothing to log in to, and the message says to insert it",
          "[identity][token][login]")
{
    token::test::SoftHsm softhsm; // no token initialised: SoftHSM shows only its spare, blank slot
    LoginConfig config;
    config.modulePath = token::test::SoftHsm::modulePath();
    const Result<token::TokenSession> any = openToken(config);
    REQUIRE_FALSE(any.ok());
    CHECK(any.error().message.contains(u"No token is inserted"_s));

    token::Pkcs11Uri wanted;
    wanted.token = u"Carte RA"_s;
    config.tokenUri = wanted;
    const Result<token::TokenSession> named = openToken(config);
    REQUIRE_FALSE(named.ok());
    CHECK(named.error().message.contains(u"\"Carte RA\" is not inserted"_s));
}

TEST_CASE("The configured token is found and opened", "[identity][token][login]")
{
    token::test::SoftHsm softhsm;
    softhsm.initToken(u"Autre jeton"_s);
    softhsm.initToken();
    LoginConfig config;
    config.modulePath = token::test::SoftHsm::modulePath();
    token::Pkcs11Uri wanted;
    wanted.token = QString::fromLatin1(token::test::tokenLabel);
    config.tokenUri = wanted;
    const Result<token::TokenSession> opened = openToken(config);
    INFO((opened ? std::string() : describe(opened.error())));
    REQUIRE(opened.ok());
    CHECK(opened->token().label == QString::fromLatin1(token::test::tokenLabel));
}

TEST_CASE("A certificate from a CA the RA does not trust is refused", "[identity][token][login]")
{
    OperatorToken token;
    const auto trusted = makeCa(u"AC Exemple"_s, u"AE Exemple"_s);
    const auto stranger = makeCa(u"AC Inconnue"_s, u"AE Exemple"_s); // same names, other key
    token.provision(stranger, keyA, u"Paul Durand"_s, u"AEA"_s);
    token.logOutAfterSetup();

    auto login = logInWith(token.session(), token::test::userPin, anchorsOf(trusted), testRoles());
    REQUIRE_FALSE(login.ok());
    CHECK(login.error().message == u"The certificate of Paul Durand is not issued by a CA this RA trusts."_s);
    CHECK(login.error().detail.contains(u"X509_verify_cert: unable to get local issuer certificate"_s));
    CHECK_FALSE(token.session().isLoggedIn());
}

TEST_CASE("An expired certificate is refused with its date", "[identity][token][login]")
{
    OperatorToken token;
    const auto ca = makeCa(u"AC Exemple"_s, u"AE Exemple"_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    token.provision(ca, keyA, u"Paul Durand"_s, u"AEA"_s, now.addYears(-2), now.addDays(-3));
    token.logOutAfterSetup();

    auto login = logInWith(token.session(), token::test::userPin, anchorsOf(ca), testRoles());
    REQUIRE_FALSE(login.ok());
    CHECK(login.error().message.startsWith(u"The certificate of Paul Durand expired on "_s));
    CHECK(login.error().message.contains(QLocale().toString(now.addDays(-3).date(), QLocale::LongFormat)));
    CHECK(login.error().detail.contains(u"certificate has expired"_s));
    CHECK_FALSE(token.session().isLoggedIn());
}

TEST_CASE("A certificate not yet valid is refused", "[identity][token][login]")
{
    OperatorToken token;
    const auto ca = makeCa(u"AC Exemple"_s, u"AE Exemple"_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    token.provision(ca, keyA, u"Paul Durand"_s, u"AEA"_s, now.addDays(10), now.addYears(2));
    token.logOutAfterSetup();

    auto login = logInWith(token.session(), token::test::userPin, anchorsOf(ca), testRoles());
    REQUIRE_FALSE(login.ok());
    CHECK(login.error().message.startsWith(u"The certificate of Paul Durand is not valid yet"_s));
    CHECK(login.error().detail.contains(u"certificate is not yet valid"_s));
}

TEST_CASE("A CA certificate offered as the operator's is refused", "[identity][token][login]")
{
    OperatorToken token;
    const auto ca = makeCa(u"AC Exemple"_s, u"AE Exemple"_s);
    token.generateKey(keyA);
    token.storeCertificate(ca.certificateDer(), keyA); // the CA's certificate beside an operator key
    token.logOutAfterSetup();

    auto login = logInWith(token.session(), token::test::userPin, anchorsOf(ca), testRoles());
    REQUIRE_FALSE(login.ok());
    CHECK(login.error().message.startsWith(
        u"The certificate of AC Exemple is a certification authority's certificate, not an operator's"_s));
    CHECK_FALSE(token.session().isLoggedIn());
}

TEST_CASE("A certificate stored beside another key is refused: the token cannot prove possession",
          "[identity][token][login]")
{
    OperatorToken token;
    const auto ca = makeCa(u"AC Exemple"_s, u"AE Exemple"_s);
    token.generateKey(keyA);
    const QByteArray publicKeyB = token.generateKey(keyB, u"Autre clé"_s);
    // B's certificate with A's id: the certificate beside key A is not A's.
    token.storeCertificate(operatorCertificate(ca, publicKeyB, u"Paul Durand"_s, u"AEA"_s), keyA);
    token.logOutAfterSetup();

    auto login = logInWith(token.session(), token::test::userPin, anchorsOf(ca), testRoles());
    REQUIRE_FALSE(login.ok());
    CHECK(login.error().message.startsWith(
        u"The key on the token is not the key of the certificate of Paul Durand"_s));
    CHECK(login.error().detail.contains(u"id=%0A"_s));
    CHECK_FALSE(token.session().isLoggedIn());
}

TEST_CASE("A certificate no rule of the mapping gives a role is refused", "[identity][token][login]")
{
    OperatorToken token;
    const auto ca = makeCa(u"AC Exemple"_s, u"AE Exemple"_s);
    token.provision(ca, keyA, u"Paul Durand"_s, u"Stagiaire"_s);
    token.logOutAfterSetup();

    auto login = logInWith(token.session(), token::test::userPin, anchorsOf(ca), testRoles());
    REQUIRE_FALSE(login.ok());
    CHECK(login.error().message.startsWith(u"The certificate of Paul Durand has no role at this RA"_s));
    CHECK(login.error().detail.contains(u"title=Stagiaire"_s));
    CHECK_FALSE(token.session().isLoggedIn());
}

TEST_CASE("A token without any certificate beside a key holds no operator certificate",
          "[identity][token][login]")
{
    OperatorToken token;
    const auto ca = makeCa(u"AC Exemple"_s, u"AE Exemple"_s);
    token.generateKey(keyA);
    token.storeCertificate(operatorCertificate(ca, token.generateKey(keyB), u"Paul Durand"_s, u"AEA"_s),
                           QByteArray("\x0C", 1));
    token.logOutAfterSetup();

    auto login = logInWith(token.session(), token::test::userPin, anchorsOf(ca), testRoles());
    REQUIRE_FALSE(login.ok());
    CHECK(login.error().message.startsWith(u"This token holds no operator certificate"_s));
    CHECK(login.error().detail.contains(u"CKA_ID 0c"_s));
}

TEST_CASE("With several certificates the one that passes is taken, and when none does each is named",
          "[identity][token][login]")
{
    OperatorToken token;
    const auto ca = makeCa(u"AC Exemple"_s, u"AE Exemple"_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    token.provision(ca, keyA, u"Ancien Certificat"_s, u"AEA"_s, now.addYears(-3), now.addYears(-1));
    token.provision(ca, keyB, u"Paul Durand"_s, u"AET"_s);
    token.logOutAfterSetup();

    SECTION("one passes")
    {
        auto login = logInWith(token.session(), token::test::userPin, anchorsOf(ca), testRoles());
        INFO((login ? std::string() : describe(login.error())));
        REQUIRE(login.ok());
        CHECK((*login)->who().id == u"Paul Durand"_s);
        CHECK((*login)->who().roles == QList<Role>{Role::TechnicalRa});
    }
    SECTION("none passes")
    {
        const auto other = makeCa(u"AC Autre"_s, u"AE Exemple"_s);
        auto login = logInWith(token.session(), token::test::userPin, anchorsOf(other), testRoles());
        REQUIRE_FALSE(login.ok());
        CHECK(login.error().message.startsWith(u"None of the 2 certificates on this token can be used"_s));
        CHECK(login.error().message.contains(u"Ancien Certificat"_s));
        CHECK(login.error().message.contains(u"Paul Durand"_s));
        CHECK(login.error().detail.contains(u"Ancien Certificat: X509_verify_cert"_s));
        CHECK_FALSE(token.session().isLoggedIn());
    }
}

TEST_CASE("A certificate under the training CA makes a training operator", "[identity][token][login]")
{
    OperatorToken token;
    const auto ca = makeCa(u"AC de formation"_s, QString::fromLatin1(trainingOrganisation));
    token.provision(ca, keyA, u"Opérateur FORMATION"_s, u"AEA"_s);
    token.logOutAfterSetup();

    auto login = logInWith(token.session(), token::test::userPin, anchorsOf(ca), testRoles());
    INFO((login ? std::string() : describe(login.error())));
    REQUIRE(login.ok());
    CHECK((*login)->who().training);
    CHECK((*login)->who().roles == QList<Role>{Role::AdministrativeRa});
}

TEST_CASE("When the token is removed, the session and its signer fail with the token's error",
          "[identity][token][login]")
{
    OperatorToken token;
    const auto ca = makeCa(u"AC Exemple"_s, u"AE Exemple"_s);
    token.provision(ca, keyA, u"Marie Martin"_s, u"AEA"_s);
    token.logOutAfterSetup();
    const TrustAnchors anchors = anchorsOf(ca);
    const RoleMapping roles = testRoles();
    auto login = logInWith(token.session(), token::test::userPin, anchors, roles);
    REQUIRE(login.ok());
    const std::shared_ptr<OperatorSession> session = *login;
    const std::shared_ptr<audit::Signer> signer = session->signer();
    REQUIRE(signer->sign("avant le retrait").ok());

    token.softhsm().deleteToken();

    const Status present = session->checkPresent();
    REQUIRE_FALSE(present.ok());
    const Status tokenSays = token.session().checkPresent();
    REQUIRE_FALSE(tokenSays.ok());
    CHECK(present.error().message == tokenSays.error().message);
    const Result<QByteArray> signature = signer->sign("après le retrait");
    REQUIRE_FALSE(signature.ok());
    CHECK(signature.error().message == tokenSays.error().message);
    session->logOut(); // the token is gone: logging out must not fail or hang
    CHECK_FALSE(session->checkPresent().ok());
}

TEST_CASE("After logging out the session and its signer refuse", "[identity][token][login]")
{
    OperatorToken token;
    const auto ca = makeCa(u"AC Exemple"_s, u"AE Exemple"_s);
    token.provision(ca, keyA, u"Marie Martin"_s, u"AEA"_s);
    token.logOutAfterSetup();
    const TrustAnchors anchors = anchorsOf(ca);
    const RoleMapping roles = testRoles();
    auto login = logInWith(token.session(), token::test::userPin, anchors, roles);
    REQUIRE(login.ok());
    const std::shared_ptr<audit::Signer> signer = (*login)->signer();

    (*login)->logOut();
    CHECK_FALSE(token.session().isLoggedIn());
    const Status present = (*login)->checkPresent();
    REQUIRE_FALSE(present.ok());
    CHECK(present.error().message.contains(u"logged out"_s));
    const Result<QByteArray> signature = signer->sign("après la déconnexion");
    REQUIRE_FALSE(signature.ok());
    CHECK(signature.error().message.contains(u"logged out"_s));
    (*login)->logOut(); // twice is harmless

    SECTION("and destroying a session logs out too")
    {
        auto again = logInWith(token.session(), token::test::userPin, anchors, roles);
        REQUIRE(again.ok());
        CHECK(token.session().isLoggedIn());
        again = Error{};
        CHECK_FALSE(token.session().isLoggedIn());
    }
}

TEST_CASE("Audit entries signed on the token verify with the operator's certificate",
          "[identity][token][audit]")
{
    OperatorToken token;
    const auto ca = makeCa(u"AC Exemple"_s, u"AE Exemple"_s);
    token.provision(ca, keyA, u"Marie Martin"_s, u"AEA"_s);
    token.logOutAfterSetup();
    const TrustAnchors anchors = anchorsOf(ca);
    const RoleMapping roles = testRoles();
    auto login = logInWith(token.session(), token::test::userPin, anchors, roles);
    REQUIRE(login.ok());
    const std::shared_ptr<OperatorSession> session = *login;

    auto db = store::Database::open(u":memory:"_s);
    REQUIRE(db.ok());
    audit::AuditLog log(**db);
    for (int i = 0; i < 3; ++i) {
        audit::AuditEntry entry;
        entry.event = u"confirm"_s;
        entry.orderNumber = u"CMD-%1"_s.arg(100 + i);
        entry.operatorId = session->who().id;
        entry.authority = u"AE Exemple"_s;
        entry.payload = R"({"validation":"face-à-face"})";
        auto appended = log.append(entry, *session->signer());
        INFO((appended ? std::string() : describe(appended.error())));
        REQUIRE(appended.ok());
        CHECK(appended->signer == session->who().certificateReference);
    }
    audit::CertificateVerifier verifier;
    REQUIRE(verifier.addCertificate(session->who().certificateDer).ok());
    auto report = log.verify(verifier);
    REQUIRE(report.ok());
    CHECK(report->entries == 3);
    CHECK(report->ok());

    // A verifier that trusts another certificate with the same name does not accept them.
    const token::EvpPkeyPtr otherKey(EVP_EC_gen("P-256"));
    QByteArray otherPublicKey(i2d_PUBKEY(otherKey.get(), nullptr), Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(otherPublicKey.data());
    i2d_PUBKEY(otherKey.get(), &out);
    audit::CertificateVerifier wrong;
    REQUIRE(wrong.addCertificate(operatorCertificate(ca, otherPublicKey, u"Marie Martin"_s, u"AEA"_s)).ok());
    auto refused = log.verify(wrong);
    REQUIRE(refused.ok());
    CHECK_FALSE(refused->ok());
}

TEST_CASE("Logging in again after a logout signs with the key found again", "[identity][token][login]")
{
    // The desk locks (logOut) and unlocks (logIn) in the same process: libp11's cached key handles
    // from the first login are stale by then.
    OperatorToken token;
    const auto ca = makeCa(u"AC Exemple"_s, u"AE Exemple"_s);
    token.provision(ca, keyA, u"Marie Martin"_s, u"AEA"_s);
    token.logOutAfterSetup();
    const TrustAnchors anchors = anchorsOf(ca);
    const RoleMapping roles = testRoles();
    for (int round = 0; round < 3; ++round) {
        auto login = logInWith(token.session(), token::test::userPin, anchors, roles);
        INFO("round " << round << ": " << (login ? std::string() : describe(login.error())));
        REQUIRE(login.ok());
        REQUIRE((*login)->signer()->sign("entrée").ok());
        (*login)->logOut();
    }
    CHECK_FALSE(token.session().isLoggedIn());
}

TEST_CASE("A new login ends the previous session, which then neither signs nor logs the new one out",
          "[identity][token][login]")
{
    OperatorToken token;
    const auto ca = makeCa(u"AC Exemple"_s, u"AE Exemple"_s);
    token.provision(ca, keyA, u"Marie Martin"_s, u"AEA"_s);
    token.logOutAfterSetup();
    const TrustAnchors anchors = anchorsOf(ca);
    const RoleMapping roles = testRoles();
    auto first = logInWith(token.session(), token::test::userPin, anchors, roles);
    REQUIRE(first.ok());
    const std::shared_ptr<audit::Signer> firstSigner = (*first)->signer();

    SECTION("a successful second login")
    {
        auto second = logInWith(token.session(), token::test::userPin, anchors, roles);
        REQUIRE(second.ok());
        const Status over = (*first)->checkPresent();
        REQUIRE_FALSE(over.ok());
        CHECK(over.error().message == u"Someone logged in again with this token: this session is over."_s);
        CHECK_FALSE(firstSigner->sign("ancienne session").ok());

        first = Error{}; // the first session goes: the second one stays logged in
        CHECK(token.session().isLoggedIn());
        CHECK((*second)->checkPresent().ok());
        CHECK((*second)->signer()->sign("nouvelle session").ok());
    }
    SECTION("a refused second login")
    {
        auto second = logInWith(token.session(), "000000", anchors, roles);
        REQUIRE_FALSE(second.ok());
        CHECK_FALSE((*first)->checkPresent().ok());
        CHECK_FALSE(firstSigner->sign("ancienne session").ok());
        CHECK_FALSE(token.session().isLoggedIn());
    }
}

TEST_CASE("A device failing mid-signature writes no audit entry, and says so with the code for support",
          "[identity][token][audit][fault]")
{
    OperatorToken token(token::test::SoftHsm::faultModulePath());
    const auto ca = makeCa(u"AC Exemple"_s, u"AE Exemple"_s);
    token.provision(ca, keyA, u"Marie Martin"_s, u"AEA"_s);
    token.logOutAfterSetup();
    const TrustAnchors anchors = anchorsOf(ca);
    const RoleMapping roles = testRoles();
    auto login = logInWith(token.session(), token::test::userPin, anchors, roles);
    REQUIRE(login.ok());
    const std::shared_ptr<OperatorSession> session = *login;

    auto db = store::Database::open(u":memory:"_s);
    REQUIRE(db.ok());
    audit::AuditLog log(**db);
    audit::AuditEntry entry;
    entry.event = u"validate"_s;
    entry.orderNumber = u"CMD-2026-0000042"_s;
    entry.operatorId = session->who().id;
    entry.authority = u"AE Exemple"_s;
    {
        const token::test::ScopedEnv fault("GUICHET_FAULT_SIGN_RV", QByteArray::number(CKR_DEVICE_ERROR));
        const auto failed = log.append(entry, *session->signer());
        REQUIRE_FALSE(failed.ok());
        INFO(describe(failed.error()));
        CHECK_FALSE(failed.error().message.isEmpty());
        CHECK(failed.error().detail.contains(u"CKR_DEVICE_ERROR"_s));
        const auto entries = log.entries();
        REQUIRE(entries.ok());
        CHECK(entries->isEmpty());
    }
    // The device answers again: the same entry is appended, first in the chain.
    const auto appended = log.append(entry, *session->signer());
    INFO((appended ? std::string() : describe(appended.error())));
    REQUIRE(appended.ok());
    CHECK(appended->sequence == 1);
}
