#include "enrol/certificate_authority.h"
#include "enrol/training.h"
#include "identity/operator_certificate.h"
#include "identity/role_mapping.h"
#include "identity/trust_anchors.h"
#include "softhsm_fixture.h"
#include "token/openssl_handles.h"
#include "token/pkcs11_module.h"
#include "token/token_key.h"
#include "training_checks.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <openssl/pem.h>
#include <sys/stat.h>

using namespace guichet;
using namespace guichet::enrol;
using namespace guichet::token;
using guichet::token::test::ScopedEnv;
using namespace guichet::enrol::test;
using namespace Qt::StringLiterals;

namespace {

TrainingSetup provisioned(const QString& directory, TrainingOptions options = {})
{
    Result<TrainingSetup> setup = provisionTraining(directory, std::move(options));
    INFO((setup ? QString() : setup.error().toString()).toStdString());
    REQUIRE(setup.ok());
    return *setup;
}

/// The identity room's view: the certificate verifies under the training anchor, is marked
/// training, and roles.json gives it `role`.
void checkIdentity(const TrainingSetup& setup, Role role)
{
    const Result<identity::TrustAnchors> anchors = identity::TrustAnchors::load(setup.layout.caCertificate());
    REQUIRE(anchors.ok());
    const Result<identity::VerifiedCertificate> verified =
        identity::verifyOperatorCertificate(setup.certificateDer, *anchors, QDateTime());
    INFO((verified ? QString() : verified.error().toString()).toStdString());
    REQUIRE(verified.ok());
    CHECK(verified->training);
    const Result<identity::RoleMapping> mapping = identity::RoleMapping::load(setup.layout.roles());
    INFO((mapping ? QString() : mapping.error().toString()).toStdString());
    REQUIRE(mapping.ok());
    const Result<QList<Role>> roles = mapping->rolesFor(*verified);
    REQUIRE(roles.ok());
    CHECK(*roles == QList<Role>{role});
}

} // namespace

TEST_CASE("Provisioning makes the training folder, token, key and certificate", "[enrol][training][softhsm]")
{
    const ScopedEnv env("SOFTHSM2_CONF", "/nonexistent/softhsm2.conf");
    const QTemporaryDir temporary;
    REQUIRE(temporary.isValid());
    const QString directory = temporary.filePath(u"training"_s);
    const TrainingSetup setup = provisioned(directory);

    // The layout.
    CHECK(setup.layout.directory == directory);
    CHECK(setup.layout.existing() == QStringList{u"softhsm2.conf"_s, u"tokens/"_s, u"training-ca.pem"_s,
                                                 u"training-ca.key"_s, u"roles.json"_s});
    CHECK(readAll(setup.layout.softHsmConf())
              .contains(QByteArray("directories.tokendir = " + directory.toUtf8() + "/tokens\n")));
    struct stat keyStat
    {};
    REQUIRE(::stat(QFile::encodeName(setup.layout.caKey()).constData(), &keyStat) == 0);
    CHECK((keyStat.st_mode & 0777) == 0600);
    CHECK(readAll(setup.layout.roles()) == trainingRolesJson());
    CHECK_FALSE(QJsonDocument::fromJson(readAll(setup.layout.roles())).isNull());
    CHECK(qgetenv("SOFTHSM2_CONF") == QFile::encodeName(setup.layout.softHsmConf()));

    // What it reports.
    CHECK(setup.caCreated);
    CHECK(setup.trainingPin);
    CHECK(setup.tokenLabel == u"GUICHET FORMATION"_s);
    CHECK(setup.tokenUri.token == u"GUICHET FORMATION"_s);
    CHECK(setup.keyId.size() == 8);
    CHECK(setup.certificateSubject ==
          u"CN=Camille Martin (FORMATION),GN=Camille,SN=Martin,title=AEA,OU=FORMATION / TRAINING,"
          "O=Guichet FORMATION,C=FR"_s);
    CHECK(setup.caSubject ==
          u"CN=AC de formation Guichet — FORMATION / TRAINING\\, NE PAS UTILISER,O=Guichet FORMATION,C=FR"_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CHECK((setup.notAfter > now.addDays(729) && setup.notAfter < now.addDays(731)));
    CHECK(verifyAgainst(setup.certificateDer, setup.layout.caCertificate()) == X509_V_OK);
    checkIdentity(setup, Role::AdministrativeRa);

    // The token, seen afresh through the training configuration.
    const auto module = token::test::openModule();
    Result<TokenSession> session = module->openSession(setup.tokenUri);
    REQUIRE(session.ok());
    CHECK(session->token().label == u"GUICHET FORMATION"_s);
    CHECK(session->token().userPinInitialized);
    CHECK_FALSE(session->login(Pin::fromUtf8("654321")).ok());
    REQUIRE(session->login(Pin::fromUtf8(trainingPin)).ok());
    const Result<QByteArray> certificate = session->readCertificate(setup.keyId);
    REQUIRE(certificate.ok());
    CHECK(*certificate == setup.certificateDer);
    const Result<TokenKey> key = session->privateKey(setup.keyId);
    REQUIRE(key.ok());
    CHECK(key->object().uri == setup.keyUri);
    // The key is the certificate's: a signature on the token verifies with the certificate's key.
    const auto* in = reinterpret_cast<const unsigned char*>(setup.certificateDer.constData());
    const X509Ptr x509(d2i_X509(nullptr, &in, static_cast<long>(setup.certificateDer.size())));
    REQUIRE(x509);
    QByteArray spki(i2d_PUBKEY(X509_get0_pubkey(x509.get()), nullptr), Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(spki.data());
    i2d_PUBKEY(X509_get0_pubkey(x509.get()), &out);
    const Result<QByteArray> signature = key->sign("challenge");
    REQUIRE(signature.ok());
    CHECK(verifySha256(spki, QByteArray("challenge"), *signature));
}

TEST_CASE("Provisioning refuses an existing folder unless told to replace it or add an operator",
          "[enrol][training][softhsm]")
{
    const ScopedEnv env("SOFTHSM2_CONF", "/nonexistent/softhsm2.conf");
    const QTemporaryDir temporary;
    REQUIRE(temporary.isValid());
    const QString directory = temporary.path();
    // Another file of the user's in the folder, left alone throughout.
    QFile other(temporary.filePath(u"notes.txt"_s));
    REQUIRE(other.open(QIODevice::WriteOnly));
    other.write("mine");
    other.close();

    SECTION("adding an operator needs a training folder")
    {
        TrainingOptions options;
        options.mode = TrainingMode::AddOperator;
        const Result<TrainingSetup> refused = provisionTraining(directory, std::move(options));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.startsWith(u"There is no training folder in "_s));
        CHECK(refused.error().detail == u"missing: softhsm2.conf"_s);
    }

    const TrainingSetup first = provisioned(directory);

    const Result<TrainingSetup> again = provisionTraining(directory, {});
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message ==
          u"A training folder is already in %1 (softhsm2.conf, tokens/, training-ca.pem, training-ca.key, "
          "roles.json). Replace it (--force), or add an operator to it (--add-operator)."_s.arg(directory));

    // A second operator (AET) on a second token under the same CA.
    TrainingOptions second;
    second.mode = TrainingMode::AddOperator;
    second.role = Role::TechnicalRa;
    const TrainingSetup added = provisioned(directory, std::move(second));
    CHECK_FALSE(added.caCreated);
    CHECK(added.tokenLabel == u"GUICHET FORMATION 2"_s);
    CHECK(added.tokenUri != first.tokenUri);
    CHECK(added.caSubject == first.caSubject);
    CHECK(added.certificateSubject.startsWith(
        u"CN=Dominique Bernard (FORMATION),GN=Dominique,SN=Bernard,title=AET,"_s));
    CHECK(verifyAgainst(added.certificateDer, first.layout.caCertificate()) == X509_V_OK);
    checkIdentity(added, Role::TechnicalRa);

    Result<TrainingInventory> inventory = inspectTraining(directory);
    INFO((inventory ? QString() : inventory.error().toString()).toStdString());
    REQUIRE(inventory.ok());
    CHECK(inventory->caSubject == first.caSubject);
    REQUIRE(inventory->tokens.size() == 2);
    QStringList labels{inventory->tokens[0].label, inventory->tokens[1].label};
    labels.sort();
    CHECK(labels == QStringList{u"GUICHET FORMATION"_s, u"GUICHET FORMATION 2"_s});
    for (const TrainingToken& token : inventory->tokens) {
        REQUIRE(token.certificateSubjects.size() == 1);
        CHECK(token.certificateSubjects.first() ==
              (token.label == u"GUICHET FORMATION"_s ? first.certificateSubject : added.certificateSubject));
    }

    // Replacing: a new CA and one token again; the user's own file stays.
    TrainingOptions replace;
    replace.mode = TrainingMode::Replace;
    replace.operatorName = u"Alex Durand"_s;
    replace.role = Role::DelegatedOperator;
    const TrainingSetup replaced = provisioned(directory, std::move(replace));
    CHECK(replaced.caCreated);
    CHECK(replaced.tokenLabel == u"GUICHET FORMATION"_s);
    CHECK(verifyAgainst(first.certificateDer, replaced.layout.caCertificate()) != X509_V_OK);
    checkIdentity(replaced, Role::DelegatedOperator);
    inventory = inspectTraining(directory);
    REQUIRE(inventory.ok());
    CHECK(inventory->tokens.size() == 1);
    CHECK(readAll(temporary.filePath(u"notes.txt"_s)) == "mine");
}

TEST_CASE("Provisioning takes a PIN of the operator's choosing and refuses bad options",
          "[enrol][training][softhsm]")
{
    const ScopedEnv env("SOFTHSM2_CONF", "/nonexistent/softhsm2.conf");
    const QTemporaryDir temporary;
    REQUIRE(temporary.isValid());

    TrainingOptions shortPin;
    shortPin.pin = Pin::fromUtf8("123");
    const Result<TrainingSetup> tooShort = provisionTraining(temporary.path(), std::move(shortPin));
    REQUIRE_FALSE(tooShort.ok());
    CHECK(tooShort.error().message == u"The training PIN must have 4 to 255 characters."_s);

    TrainingOptions agent;
    agent.role = Role::CertificationAgent;
    CHECK_FALSE(provisionTraining(temporary.path(), std::move(agent)).ok());
    CHECK(TrainingLayout{temporary.path()}.existing().isEmpty()); // nothing made by refusals

    TrainingOptions options;
    options.pin = Pin::fromUtf8("24681357");
    const TrainingSetup setup = provisioned(temporary.path(), std::move(options));
    CHECK_FALSE(setup.trainingPin);
    const auto module = token::test::openModule();
    Result<TokenSession> session = module->openSession(setup.tokenUri);
    REQUIRE(session.ok());
    CHECK_FALSE(session->login(Pin::fromUtf8(trainingPin)).ok());
    CHECK(session->login(Pin::fromUtf8("24681357")).ok());
}

TEST_CASE("Provisioning refuses a SoftHSM2 already loaded with another configuration",
          "[enrol][training][softhsm]")
{
    const ScopedEnv env("SOFTHSM2_CONF", "/nonexistent/softhsm2.conf");
    token::test::SoftHsm softhsm; // the tests' own configuration, loaded below
    softhsm.initToken();
    const auto module = token::test::openModule();
    const QTemporaryDir temporary;
    REQUIRE(temporary.isValid());
    const Result<TrainingSetup> refused = provisionTraining(temporary.path(), {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.startsWith(u"SoftHSM2 is already in use in this program"_s));
    // Nothing was initialised on the loaded module's tokens.
    const Result<QList<SlotInfo>> slotList = module->listSlots();
    REQUIRE(slotList.ok());
    int initialised = 0;
    for (const SlotInfo& slot : *slotList) {
        initialised += slot.token && slot.token->initialized ? 1 : 0;
    }
    CHECK(initialised == 1);

    TrainingOptions replace;
    replace.mode = TrainingMode::Replace;
    CHECK_FALSE(provisionTraining(temporary.path(), std::move(replace)).ok());
}
