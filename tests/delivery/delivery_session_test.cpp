// DeliverySession on SoftHSM2: a validated order delivered end to end onto a blank holder token with
// the training CA (RSA and EC) and with a real CMP peer (`openssl cmp` on loopback); every step in
// the signed audit trail; what pkcs11-tool and NSS see afterwards; the faults (identity refused, the
// operator's token offered, the CA down, a certificate for another key, the token pulled out) with
// resume, and the order delivered only at the end.

#include "delivery_fixture.h"
#include "enrol/cmp_issuer.h"
#include "enrol/training.h"
#include "sample_order.h"
#include "token/token_key.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <catch2/catch.hpp>

using namespace guichet;
using namespace guichet::delivery;
using namespace guichet::delivery::test;
using namespace Qt::StringLiterals;

namespace {

constexpr char holderPin[] = "246810";

HolderPinChoice typedPin()
{
    return HolderPinChoice::typedTwice(token::Pin::fromUtf8(holderPin), token::Pin::fromUtf8(holderPin));
}

Dossier validatedDossier()
{
    return testing::sampleDossier(QDate::currentDate());
}

std::string describe(const Status& status)
{
    return status ? std::string("ok") : status.error().toString().toStdString();
}

} // namespace

TEST_CASE("A validated order is delivered end to end with the training CA", "[delivery][token][training]")
{
    const auto algorithm = GENERATE(enrol::KeyAlgorithm::Rsa2048, enrol::KeyAlgorithm::EcP256);
    CAPTURE(enrol::toText(algorithm).toStdString());
    DeliveryFixture f(QString::fromUtf8(enrol::trainingOrganisation));
    const qint64 id = f.addValidated(validatedDossier());
    enrol::TrainingIssuer issuer(f.cmp.ca(), true);

    auto opened = DeliverySession::open(f.environment(issuer, algorithm), id);
    REQUIRE(opened.ok());
    DeliverySession& session = **opened;
    CHECK(session.reached() == DeliveryStep::NotStarted);

    const Status identity = session.checkIdentity(DeliveryFixture::holderCard(session.order()));
    INFO(describe(identity));
    REQUIRE(identity.ok());
    auto secrets = session.prepareToken(f.blankSlot(), typedPin());
    INFO(enrol::test::describe(secrets));
    REQUIRE(secrets.ok());
    CHECK(secrets->soPin.size() == 16);
    CHECK(secrets->temporaryPin.isEmpty());
    CHECK(session.progress().tokenLabel == u"LEFÈVRE-DUPONT Hélène"_s);
    CHECK(f.load(id).phase == Phase::Generation);

    const Status completed = session.complete();
    INFO(describe(completed));
    REQUIRE(completed.ok());
    CHECK(session.reached() == DeliveryStep::Recorded);
    CHECK(f.load(id).phase == Phase::Delivered);

    // The trail: every step, signed, and the delivery's facts.
    const QList<audit::AuditEntry> entries = f.events(session.order().number);
    CHECK(eventsOf(entries) == QStringList{u"delivery-identity-checked"_s, u"delivery-token-prepared"_s,
                                           u"delivery-key-generated"_s, u"delivery-certificate-issued"_s,
                                           u"delivery-certificate-written"_s, u"deliver"_s});
    CHECK(f.verifyAudit().ok());
    const QJsonObject facts = QJsonDocument::fromJson(entries.last().payload).object();
    const QString keyId = QString::fromLatin1(session.progress().keyId.toHex());
    CHECK(facts[u"identity"_s][u"idDocument"_s][u"number"_s].toString() == u"X4RTBPFW4"_s);
    CHECK(facts[u"identity"_s][u"idDocument"_s][u"type"_s].toString() == u"national-id-card"_s);
    CHECK(facts[u"identity"_s][u"faceAttestedBy"_s].toString() == u"aet.1"_s);
    CHECK(facts[u"token"_s][u"serial"_s].toString() == session.progress().tokenSerial);
    CHECK(facts[u"key"_s][u"id"_s].toString() == keyId);
    CHECK(facts[u"key"_s][u"algorithm"_s].toString() == enrol::toText(algorithm));
    CHECK(facts[u"key"_s][u"origin"_s][u"local"_s].toBool());
    CHECK(facts[u"key"_s][u"origin"_s][u"neverExtractable"_s].toBool());
    CHECK(facts[u"certificate"_s][u"issuer"_s].toString() == f.cmp.ca().subject());
    CHECK(facts[u"certificate"_s][u"sha256"_s].toString().size() == 64);
    CHECK_FALSE(entries.first().payload.contains("IDFRA")); // the ID's number, never the scan

    // Interoperability: pkcs11-tool lists the key and the certificate under the same ID.
    const QString listing = holderObjects(session.progress().tokenLabel, holderPin);
    INFO(listing.toStdString());
    CHECK(listing.count(QRegularExpression(u"ID:\\s+"_s + keyId)) == 3); // private, public key, certificate
    CHECK(listing.contains(u"Certificate Object"_s));
    CHECK(listing.contains(u"Private Key Object"_s));

    // A session opened afterwards says the order is delivered.
    auto again = DeliverySession::open(f.environment(issuer, algorithm), id);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(u"already delivered"_s));
}

TEST_CASE("NSS sees the delivered certificate on the holder's token", "[delivery][token][nss]")
{
    REQUIRE_FALSE(QStandardPaths::findExecutable(u"certutil"_s).isEmpty());
    DeliveryFixture f(QString::fromUtf8(enrol::trainingOrganisation));
    const qint64 id = f.addValidated(validatedDossier());
    enrol::TrainingIssuer issuer(f.cmp.ca(), true);
    auto opened = DeliverySession::open(f.environment(issuer, enrol::KeyAlgorithm::EcP256), id);
    REQUIRE(opened.ok());
    DeliverySession& session = **opened;
    REQUIRE(session.checkIdentity(DeliveryFixture::holderCard(session.order())).ok());
    REQUIRE(session.prepareToken(f.blankSlot(), typedPin()).ok());
    REQUIRE(session.complete().ok());

    QTemporaryDir nss;
    REQUIRE(nss.isValid());
    const QString database = u"sql:"_s + nss.path();
    output(u"certutil"_s, {u"-N"_s, u"-d"_s, database, u"--empty-password"_s});
    output(u"modutil"_s, {u"-dbdir"_s, database, u"-add"_s, u"softhsm"_s, u"-libfile"_s,
                          token::test::SoftHsm::modulePath(), u"-force"_s});
    QFile password(nss.filePath(u"pin.txt"_s));
    REQUIRE(password.open(QIODevice::WriteOnly));
    password.write(QByteArray(holderPin) + '\n');
    password.close();
    const QString listing =
        output(u"certutil"_s, {u"-L"_s, u"-d"_s, database, u"-h"_s, session.progress().tokenLabel, u"-f"_s,
                               password.fileName()});
    INFO(listing.toStdString());
    CHECK(listing.contains(QRegularExpression(QRegularExpression::escape(session.progress().tokenLabel) +
                                              u":Hélène Lefèvre-Dupont\\s+u,u,u"_s)));
}

TEST_CASE("A delivery over CMP: the key generated, then the CA's certificate written",
          "[delivery][token][sync]")
{
    const auto algorithm = GENERATE(enrol::KeyAlgorithm::Rsa2048, enrol::KeyAlgorithm::EcP256);
    CAPTURE(enrol::toText(algorithm).toStdString());
    DeliveryFixture f;
    const qint64 id = f.addValidated(validatedDossier());
    // The mock CA answers with a fixed certificate: the key must exist first. The session stops after
    // the key (the CA is not configured yet), and resumes.
    enrol::CmpIssuer down(enrol::test::cmpConfig(u"http://127.0.0.1:"_s +
                                                     QString::number(enrol::test::closedPort()) + u"/pkix/"_s,
                                                 f.cmp.caCertificates()));
    auto opened = DeliverySession::open(f.environment(down, algorithm), id);
    REQUIRE(opened.ok());
    DeliverySession& first = **opened;
    REQUIRE(first.checkIdentity(DeliveryFixture::holderCard(first.order())).ok());
    REQUIRE(first.prepareToken(f.blankSlot(), typedPin()).ok());
    REQUIRE(first.generateKey().ok());

    // CA down: stopped at issuance, recorded, not delivered.
    const Status refused = first.issueCertificate();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(u"stopped at \"certificate issued by the CA\""_s));
    CHECK(refused.error().message.contains(u"The order is not delivered."_s));
    CHECK(first.reached() == DeliveryStep::KeyGenerated);
    CHECK(first.whereItStopped().contains(u"stopped after \"key generated on the token\""_s));
    CHECK(f.load(id).phase == Phase::Generation);
    CHECK(eventsOf(f.events(first.order().number)).last() == u"delivery-failed"_s);

    // Nothing half-done goes unreported: the trail lists the delivery as under way, and guichet-cli
    // says where it stopped, with the holder's token that holds a key nobody has handed over.
    const QString number = first.order().number;
    auto underWay = readAllProgress(f.workspace->database());
    REQUIRE(underWay.ok());
    REQUIRE(underWay->contains(number));
    CHECK(underWay->value(number).unfinished());
    CHECK(underWay->value(number).reached == DeliveryStep::KeyGenerated);
    const QString store = f.dir.filePath(u"store.sqlite"_s);
    const QString listed =
        output(QStringLiteral(GUICHET_CLI), {u"--store"_s, store, u"delivery"_s, u"list"_s});
    CHECK(listed.contains(number + u"  key-generated"_s));
    CHECK(listed.contains(u"failed at certificate-issued"_s));
    CHECK(listed.contains(first.progress().tokenSerial));
    const QJsonObject shown = QJsonDocument::fromJson(output(QStringLiteral(GUICHET_CLI),
                                                             {u"--store"_s, store, u"--lang"_s, u"en"_s,
                                                              u"delivery"_s, u"show"_s, number, u"--json"_s})
                                                          .toUtf8())
                                  .object();
    CHECK(shown.value(u"reached"_s).toString() == u"key-generated"_s);
    CHECK(shown.value(u"unfinished"_s).toBool());
    CHECK(shown.value(u"key"_s).toObject().value(u"id"_s).toString() ==
          QString::fromLatin1(first.progress().keyId.toHex()));
    CHECK(shown.value(u"lastFailure"_s).toObject().value(u"step"_s).toString() == u"certificate-issued"_s);

    const QByteArray publicKey = f.holderPublicKey(first);
    const QByteArray preIssued = f.cmp.issue(publicKey, f.cmp.subject());
    enrol::test::CmpServer server(
        f.cmp.serverArguments(enrol::test::Protection::OperatorSignature, preIssued));
    enrol::CmpIssuer issuer(enrol::test::cmpConfig(server.url(), f.cmp.caCertificates()));

    // A new session (the desk restarted): the trail says where it stopped, the holder logs in again,
    // the key on the token is certified (not a second one).
    auto resumed = DeliverySession::open(f.environment(issuer, algorithm), id);
    REQUIRE(resumed.ok());
    DeliverySession& second = **resumed;
    CHECK(second.reached() == DeliveryStep::KeyGenerated);
    REQUIRE(second.progress().lastFailure);
    CHECK(second.progress().lastFailure->step == DeliveryStep::CertificateIssued);
    CHECK(second.whereItStopped().contains(u"The last attempt at \"certificate issued by the CA\" failed"_s));
    CHECK_FALSE(second.complete().ok()); // not logged in to the holder's token yet
    REQUIRE(second.logInHolder(token::Pin::fromUtf8(holderPin)).ok());
    const Status completed = second.complete();
    INFO(describe(completed));
    INFO(server.output().toStdString());
    REQUIRE(completed.ok());
    CHECK(f.load(id).phase == Phase::Delivered);
    CHECK(privateKeyCount(second.progress().tokenLabel, holderPin) == 1);
    CHECK(second.progress().certificateDer == preIssued);
    CHECK(second.progress().issuedBy == u"CMP "_s + server.url());
    CHECK(f.verifyAudit().ok());

    // Recorded: no longer under way.
    CHECK_FALSE(readAllProgress(f.workspace->database())->value(number).unfinished());
    const QString after =
        output(QStringLiteral(GUICHET_CLI), {u"--store"_s, f.dir.filePath(u"store.sqlite"_s), u"--lang"_s,
                                             u"en"_s, u"delivery"_s, u"list"_s});
    CHECK(after.contains(u"No delivery is under way"_s));
    CHECK(output(QStringLiteral(GUICHET_CLI), {u"--store"_s, f.dir.filePath(u"store.sqlite"_s), u"--lang"_s,
                                               u"en"_s, u"delivery"_s, u"show"_s, number})
              .contains(u"Order "_s + number + u" is delivered."_s));
}

TEST_CASE("A certificate for another key is refused, the token cleaned and the delivery started again",
          "[delivery][token][sync]")
{
    DeliveryFixture f;
    const qint64 id = f.addValidated(validatedDossier());
    const QByteArray wrong = f.cmp.issue(enrol::test::softwareKey().publicDer, f.cmp.subject());
    enrol::test::CmpServer wrongServer(
        f.cmp.serverArguments(enrol::test::Protection::OperatorSignature, wrong));
    enrol::CmpIssuer wrongIssuer(enrol::test::cmpConfig(wrongServer.url(), f.cmp.caCertificates()));
    auto opened = DeliverySession::open(f.environment(wrongIssuer, enrol::KeyAlgorithm::EcP256), id);
    REQUIRE(opened.ok());
    DeliverySession& session = **opened;
    REQUIRE(session.checkIdentity(DeliveryFixture::holderCard(session.order())).ok());
    REQUIRE(session.prepareToken(f.blankSlot(), typedPin()).ok());
    REQUIRE(session.generateKey().ok());
    const Status refused = session.issueCertificate();
    REQUIRE_FALSE(refused.ok());
    CHECK(session.reached() == DeliveryStep::KeyGenerated);
    CHECK(f.load(id).phase == Phase::Generation);
    const QByteArray firstKeyId = session.progress().keyId;

    // Clean the token and start again: the first key is gone, a new one under a new ID.
    REQUIRE(session.cleanToken().ok());
    CHECK(session.reached() == DeliveryStep::TokenPrepared);
    CHECK(session.progress().keyId != firstKeyId);
    CHECK(privateKeyCount(session.progress().tokenLabel, holderPin) == 0);
    REQUIRE(session.generateKey().ok());
    const QByteArray right = f.cmp.issue(f.holderPublicKey(session), f.cmp.subject());
    enrol::test::CmpServer server(f.cmp.serverArguments(enrol::test::Protection::OperatorSignature, right));
    enrol::CmpIssuer issuer(enrol::test::cmpConfig(server.url(), f.cmp.caCertificates()));
    auto resumed = DeliverySession::open(f.environment(issuer, enrol::KeyAlgorithm::EcP256), id);
    REQUIRE(resumed.ok());
    CHECK((*resumed)->progress().keyId == session.progress().keyId);
    CHECK((*resumed)->progress().restarts == 1);
    REQUIRE((*resumed)->logInHolder(token::Pin::fromUtf8(holderPin)).ok());
    const Status completed = (*resumed)->complete();
    INFO(describe(completed));
    REQUIRE(completed.ok());
    CHECK(f.load(id).phase == Phase::Delivered);
    CHECK(privateKeyCount(session.progress().tokenLabel, holderPin) == 1);
    CHECK(eventsOf(f.events(session.order().number)).contains(u"delivery-restarted"_s));
}

TEST_CASE("A token pulled out mid-way stops the delivery, which starts again on another token",
          "[delivery][token]")
{
    DeliveryFixture f(QString::fromUtf8(enrol::trainingOrganisation));
    const qint64 id = f.addValidated(validatedDossier());
    enrol::TrainingIssuer issuer(f.cmp.ca(), true);
    auto opened = DeliverySession::open(f.environment(issuer, enrol::KeyAlgorithm::Rsa2048), id);
    REQUIRE(opened.ok());
    DeliverySession& session = **opened;
    REQUIRE(session.checkIdentity(DeliveryFixture::holderCard(session.order())).ok());
    auto secrets = session.prepareToken(f.blankSlot(), HolderPinChoice::generated());
    REQUIRE(secrets.ok());
    CHECK(secrets->temporaryPin.size() == 8);
    REQUIRE(session.generateKey().ok());

    output(u"softhsm2-util"_s, {u"--delete-token"_s, u"--token"_s, session.progress().tokenLabel});
    const Status stopped = session.complete();
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().message.contains(u"The order is not delivered."_s));
    CHECK(session.reached() == DeliveryStep::KeyGenerated);
    CHECK(f.load(id).phase == Phase::Generation);

    REQUIRE(session.restartWithAnotherToken().ok());
    CHECK(session.reached() == DeliveryStep::IdentityChecked);
    CHECK(session.progress().tokenSerial.isEmpty());
    CHECK(f.load(id).phase == Phase::Generation);
    const QStringList events = eventsOf(f.events(session.order().number));
    CHECK(events.mid(events.size() - 2) == QStringList{u"delivery-failed"_s, u"delivery-restarted"_s});
    CHECK(f.verifyAudit().ok());
    // A new session reads the same from the trail: a new token is next.
    auto resumed = DeliverySession::open(f.environment(issuer, enrol::KeyAlgorithm::Rsa2048), id);
    REQUIRE(resumed.ok());
    CHECK((*resumed)->reached() == DeliveryStep::IdentityChecked);
    CHECK((*resumed)->progress().restarts == 1);
    // (Preparing another token in this same process is not tested here: SoftHSM keeps the deleted
    // token in its slot list and libp11 0.4.12 then fails to enumerate the slots, CKR_GENERAL_ERROR,
    // until the module is loaded again. A real reader shows an empty slot instead.)
}

TEST_CASE("A refused identity and the operator's own token stop the delivery before the token",
          "[delivery][token]")
{
    DeliveryFixture f(QString::fromUtf8(enrol::trainingOrganisation));
    const qint64 id = f.addValidated(validatedDossier());
    enrol::TrainingIssuer issuer(f.cmp.ca(), true);
    auto opened = DeliverySession::open(f.environment(issuer, enrol::KeyAlgorithm::Rsa2048), id);
    REQUIRE(opened.ok());
    DeliverySession& session = **opened;

    rules::PresentedIdentity presented = DeliveryFixture::holderCard(session.order());
    presented.faceMatches = false;
    const Status refused = session.checkIdentity(presented);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(u"face"_s));
    CHECK(session.reached() == DeliveryStep::NotStarted);
    CHECK_FALSE(session.prepareToken(f.blankSlot(), typedPin()).ok());
    CHECK(eventsOf(f.events(session.order().number)) == QStringList{u"delivery-failed"_s});

    REQUIRE(session.checkIdentity(DeliveryFixture::holderCard(session.order())).ok());
    // The operator's token is never the holder's.
    auto operatorToken = f.module->findToken(f.cmp.operatorKey().object().uri);
    REQUIRE(operatorToken.ok());
    auto wrongToken = session.prepareToken(operatorToken->slotId, typedPin());
    REQUIRE_FALSE(wrongToken.ok());
    CHECK(wrongToken.error().message == u"This is the operator's own token: plug in the holder's token."_s);
    // PINs typed differently.
    auto mistyped =
        session.prepareToken(f.blankSlot(), HolderPinChoice::typedTwice(token::Pin::fromUtf8("246810"),
                                                                        token::Pin::fromUtf8("246811")));
    REQUIRE_FALSE(mistyped.ok());
    CHECK(session.reached() == DeliveryStep::IdentityChecked);
    CHECK(f.load(id).phase == Phase::Generation);
}

TEST_CASE("An order whose subject no certificate can carry is refused before any token is touched",
          "[delivery][token]")
{
    DeliveryFixture f(QString::fromUtf8(enrol::trainingOrganisation));
    Dossier dossier = validatedDossier();
    dossier.order.holder.email = u"hélène.lefèvre@exemple.fr"_s; // IA5String: ASCII only
    const qint64 id = f.addValidated(dossier);
    enrol::TrainingIssuer issuer(f.cmp.ca(), true);
    auto opened = DeliverySession::open(f.environment(issuer, enrol::KeyAlgorithm::Rsa2048), id);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(u"cannot start"_s));
    CHECK(opened.error().message.contains(u"hélène.lefèvre@exemple.fr"_s));
    const QString number = f.load(id).number;
    CHECK(eventsOf(f.events(number)).filter(u"delivery-"_s).isEmpty());
    CHECK(f.load(id).phase == Phase::Generation);
}

TEST_CASE("A PIN the holder's token would refuse is refused before the token is initialised",
          "[delivery][token]")
{
    DeliveryFixture f(QString::fromUtf8(enrol::trainingOrganisation));
    const qint64 id = f.addValidated(validatedDossier());
    enrol::TrainingIssuer issuer(f.cmp.ca(), true);
    auto opened = DeliverySession::open(f.environment(issuer, enrol::KeyAlgorithm::Rsa2048), id);
    REQUIRE(opened.ok());
    DeliverySession& session = **opened;
    REQUIRE(session.checkIdentity(DeliveryFixture::holderCard(session.order())).ok());

    // SoftHSM takes PINs of 4 to 255 bytes: a longer one would fail C_InitPIN after C_InitToken,
    // leaving the token initialised without a PIN and its SO PIN lost.
    const unsigned long slot = f.blankSlot();
    auto blank = f.module->tokenInfo(slot);
    REQUIRE(blank.ok());
    REQUIRE(blank->maximumPinLength > 0);
    const std::string tooLong(blank->maximumPinLength + 1, '7');
    auto refused = session.prepareToken(
        slot, HolderPinChoice::typedTwice(token::Pin::fromUtf8(tooLong), token::Pin::fromUtf8(tooLong)));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(u"The holder types another PIN"_s));
    auto still = f.module->tokenInfo(slot);
    REQUIRE(still.ok());
    CHECK_FALSE(still->initialized); // untouched: still blank
    CHECK(session.reached() == DeliveryStep::IdentityChecked);

    // The holder types another PIN: the same token is prepared.
    REQUIRE(session.prepareToken(slot, typedPin()).ok());
    CHECK(session.reached() == DeliveryStep::TokenPrepared);
}
