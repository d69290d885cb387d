// Where a login finds its token, anchors and roles: the settings' [login] group and the training
// layout.

#include "enrol/training.h"
#include "identity/login_config.h"
#include "identity_fixture.h"
#include "token/token_key.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace guichet;
using namespace guichet::identity;
using namespace guichet::identity::test;
using namespace Qt::StringLiterals;

TEST_CASE("The training layout names SoftHSM, the training token, CA and roles", "[identity][config]")
{
    const LoginConfig config = LoginConfig::training(u"/srv/formation"_s);
    CHECK(config.trainingMode);
    CHECK(config.trainingDir == u"/srv/formation"_s);
    CHECK(config.modulePath == token::test::SoftHsm::modulePath());
    REQUIRE(config.tokenUri);
    CHECK(config.tokenUri->toString() == u"pkcs11:token=GUICHET%20FORMATION"_s);
    CHECK(config.anchorsPath == u"/srv/formation/training-ca.pem"_s);
    CHECK(config.rolesPath == u"/srv/formation/roles.json"_s);
    CHECK(LoginConfig::defaultTrainingDir().endsWith(u"/guichet/training"_s));
}

TEST_CASE("Settings give the RA's configuration, and training mode ignores it", "[identity][config]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"guichet.ini"_s), QSettings::IniFormat);
    settings.setValue(u"login/module"_s, u"/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so"_s);
    settings.setValue(u"login/token"_s, u"pkcs11:token=Carte%20RA;serial=1234"_s);
    settings.setValue(u"login/anchors"_s, u"/etc/guichet/ca"_s);
    settings.setValue(u"login/roles"_s, u"/etc/guichet/roles.json"_s);

    Result<LoginConfig> real = LoginConfig::fromSettings(settings);
    REQUIRE(real.ok());
    CHECK_FALSE(real->trainingMode);
    CHECK(real->modulePath == u"/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so"_s);
    REQUIRE(real->tokenUri);
    CHECK(real->tokenUri->token == u"Carte RA"_s);
    CHECK(real->tokenUri->serial == u"1234"_s);
    CHECK(real->anchorsPath == u"/etc/guichet/ca"_s);
    CHECK(real->rolesPath == u"/etc/guichet/roles.json"_s);

    settings.setValue(u"login/training"_s, true);
    settings.setValue(u"login/trainingDir"_s, dir.path());
    Result<LoginConfig> training = LoginConfig::fromSettings(settings);
    REQUIRE(training.ok());
    CHECK(training->trainingMode);
    CHECK(training->anchorsPath == QDir(dir.path()).filePath(u"training-ca.pem"_s));
    CHECK(training->modulePath == token::test::SoftHsm::modulePath());

    // Saved and read back, each mode keeps its keys.
    QSettings copy(dir.filePath(u"copy.ini"_s), QSettings::IniFormat);
    real->save(copy);
    Result<LoginConfig> reread = LoginConfig::fromSettings(copy);
    REQUIRE(reread.ok());
    CHECK(reread->tokenUri == real->tokenUri);
    CHECK(reread->anchorsPath == real->anchorsPath);
    training->save(copy);
    CHECK(LoginConfig::fromSettings(copy)->trainingMode);
    CHECK(copy.value(u"login/anchors"_s).toString() == u"/etc/guichet/ca"_s);

    settings.setValue(u"login/training"_s, false);
    settings.setValue(u"login/token"_s, u"pkcs11:token=A?pin-value=1234"_s);
    Result<LoginConfig> bad = LoginConfig::fromSettings(settings);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.startsWith(
        u"The token set in the settings (login/token) is not a valid PKCS#11 URI"_s));
}

TEST_CASE("Training mode points SoftHSM at the training tokens, or says they are not provisioned",
          "[identity][config]")
{
    QTemporaryDir dir;
    const token::test::ScopedEnv previous("SOFTHSM2_CONF", "/nonexistent/softhsm2.conf");
    const LoginConfig config = LoginConfig::training(dir.path());
    const Status missing = config.applyEnvironment();
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.startsWith(u"The training token is not set up in"_s));
    CHECK(qgetenv("SOFTHSM2_CONF") == "/nonexistent/softhsm2.conf");

    QFile conf(dir.filePath(u"softhsm2.conf"_s));
    REQUIRE(conf.open(QIODevice::WriteOnly));
    conf.write("directories.tokendir = " + QFile::encodeName(dir.filePath(u"tokens"_s)) + "\n");
    conf.close();
    REQUIRE(config.applyEnvironment().ok());
    CHECK(qgetenv("SOFTHSM2_CONF") == QFile::encodeName(dir.filePath(u"softhsm2.conf"_s)));

    LoginConfig real;
    REQUIRE(real.applyEnvironment().ok()); // outside training: nothing to set
}

TEST_CASE("A training token provisioned by hand logs in through the training configuration",
          "[identity][config][token]")
{
    // The training layout as core/enrol provisions it, made here by hand: a SoftHSM folder, the
    // training CA's certificate and a role mapping.
    QTemporaryDir dir;
    REQUIRE(QDir(dir.path()).mkpath(u"tokens"_s));
    {
        QFile conf(dir.filePath(u"softhsm2.conf"_s));
        REQUIRE(conf.open(QIODevice::WriteOnly));
        conf.write("directories.tokendir = " + QFile::encodeName(dir.filePath(u"tokens"_s)) +
                   "\nobjectstore.backend = file\nlog.level = ERROR\n");
    }
    const token::test::ScopedEnv previous("SOFTHSM2_CONF", "/nonexistent/softhsm2.conf");
    const LoginConfig config = LoginConfig::training(dir.path());
    REQUIRE(config.applyEnvironment().ok());
    token::test::run(u"softhsm2-util"_s,
                     {u"--init-token"_s, u"--free"_s, u"--label"_s, QString::fromLatin1(trainingTokenLabel),
                      u"--so-pin"_s, QString::fromLatin1(token::test::soPin), u"--pin"_s,
                      QString::fromLatin1(trainingPin)});
    const auto ca = makeCa(u"AC de formation"_s, QString::fromLatin1(trainingOrganisation));
    {
        QFile pem(config.anchorsPath);
        REQUIRE(pem.open(QIODevice::WriteOnly));
        pem.write(ca.certificatePem());
        QFile roles(config.rolesPath);
        REQUIRE(roles.open(QIODevice::WriteOnly));
        roles.write(
            R"({"version": 1, "rules": [{"issuer": {"O": "Guichet FORMATION"}, "subject": {"title": "AEA"},
                        "roles": ["aea"]}]})");
    }

    Result<token::TokenSession> session = openToken(config);
    INFO((session ? std::string() : describe(session.error())));
    REQUIRE(session.ok());
    REQUIRE(session->login(token::Pin::fromUtf8(trainingPin)).ok());
    REQUIRE(session->generateRsaKeyPair(2048, u"Clé FORMATION"_s, "\x01").ok());
    const QByteArray publicKey = session->privateKey(QByteArray("\x01")).value().publicKeyDer().value();
    REQUIRE(session
                ->storeCertificate(operatorCertificate(ca, publicKey, u"Opérateur FORMATION"_s, u"AEA"_s),
                                   "\x01", u"Certificat FORMATION"_s)
                .ok());
    REQUIRE(session->logout().ok());

    const Result<TrustAnchors> anchors = config.loadAnchors();
    REQUIRE(anchors.ok());
    const Result<RoleMapping> roles = config.loadRoles();
    REQUIRE(roles.ok());
    auto login = logInWith(*session, trainingPin, *anchors, *roles);
    INFO((login ? std::string() : describe(login.error())));
    REQUIRE(login.ok());
    CHECK((*login)->who().training);
    CHECK((*login)->who().roles == QList<Role>{Role::AdministrativeRa});
    CHECK((*login)->tokenUri().token == QString::fromLatin1(trainingTokenLabel));
}

TEST_CASE("The training token core/enrol provisions logs in through the training configuration",
          "[identity][config][token][training]")
{
    QTemporaryDir dir;
    const token::test::ScopedEnv previous("SOFTHSM2_CONF", "/nonexistent/softhsm2.conf");
    enrol::TrainingOptions options;
    options.role = Role::TechnicalRa;
    const Result<enrol::TrainingSetup> setup = enrol::provisionTraining(dir.path(), std::move(options));
    INFO((setup ? std::string() : describe(setup.error())));
    REQUIRE(setup.ok());

    const LoginConfig config = LoginConfig::training(dir.path());
    REQUIRE(config.applyEnvironment().ok());
    const Result<TrustAnchors> anchors = config.loadAnchors();
    INFO((anchors ? std::string() : describe(anchors.error())));
    REQUIRE(anchors.ok());
    const Result<RoleMapping> roles = config.loadRoles();
    REQUIRE(roles.ok());
    Result<token::TokenSession> session = openToken(config);
    INFO((session ? std::string() : describe(session.error())));
    REQUIRE(session.ok());
    CHECK(session->token().uri() == setup->tokenUri);

    auto login = logInWith(*session, trainingPin, *anchors, *roles);
    INFO((login ? std::string() : describe(login.error())));
    REQUIRE(login.ok());
    CHECK((*login)->who().training);
    CHECK((*login)->who().roles == QList<Role>{Role::TechnicalRa});
    CHECK((*login)->who().certificateDer == setup->certificateDer);
    CHECK((*login)->signer()->keyReference() == setup->keyUri.toString());
}
