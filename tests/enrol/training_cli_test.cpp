// guichet-cli training provision|show as a trainer runs it: a real process, then the token it made
// opened through SoftHSM2 with the training folder's configuration, and seen by OpenSC's pkcs11-tool.

#include "enrol/certificate_authority.h"
#include "enrol/training.h"
#include "softhsm_fixture.h"
#include "token/openssl_handles.h"
#include "token/pkcs11_module.h"
#include "token/token_key.h"
#include "training_checks.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <openssl/pem.h>

using namespace guichet;
using namespace guichet::token;
using guichet::token::test::ScopedEnv;
using namespace guichet::enrol::test;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QTemporaryDir& home, const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    environment.remove(u"SOFTHSM2_CONF"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(GUICHET_CLI),
                  QStringList{u"--store"_s, home.filePath(u"store.sqlite"_s), u"--lang"_s, u"en"_s} +
                      arguments);
    REQUIRE(process.waitForStarted());
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

/// The value printed after "  Name:" on the provision report.
QString reported(const QString& out, const QString& name)
{
    const QRegularExpression line(u"^  "_s + QRegularExpression::escape(name) + u":\\s+(.*)$"_s,
                                  QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = line.match(out);
    REQUIRE(match.hasMatch());
    return match.captured(1);
}

QString pkcs11ToolObjects(const QString& conf, const QString& tokenLabel, const char* pin)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"SOFTHSM2_CONF"_s, conf);
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"pkcs11-tool"_s,
                  {u"--module"_s, QString::fromLatin1(enrol::softHsmModule), u"--token-label"_s, tokenLabel,
                   u"--login"_s, u"--pin"_s, QString::fromLatin1(pin), u"-O"_s});
    REQUIRE(process.waitForFinished(30000));
    const QString output = QString::fromUtf8(process.readAll());
    INFO(output.toStdString());
    REQUIRE(process.exitCode() == 0);
    return output;
}

} // namespace

TEST_CASE("training provision makes a token the desk can log in with", "[enrol][training][cli]")
{
    const QTemporaryDir home;
    REQUIRE(home.isValid());
    const QString directory = home.filePath(u"formation"_s);
    const Run run = cli(home, {u"training"_s, u"provision"_s, u"--dir"_s, directory});
    INFO(run.err.toStdString());
    INFO(run.out.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    CHECK(run.out.startsWith(
        u"Training token ready: FORMATION / TRAINING only, never for real certificates.\n"_s));
    CHECK(reported(run.out, u"Folder"_s) == directory);
    CHECK(reported(run.out, u"Token"_s) == u"GUICHET FORMATION"_s);
    CHECK(reported(run.out, u"Trust anchor"_s) == directory + u"/training-ca.pem"_s);
    CHECK(reported(run.out, u"SoftHSM2"_s) == u"SOFTHSM2_CONF="_s + directory + u"/softhsm2.conf"_s);
    CHECK(reported(run.out, u"PIN"_s) == u"the training PIN (see docs/training.md)"_s);
    CHECK(reported(run.out, u"Certificate"_s).startsWith(u"CN=Camille Martin (FORMATION),"_s));
    CHECK(reported(run.out, u"Issued by"_s).endsWith(u" (new)"_s));
    CHECK_FALSE(run.out.contains(QString::fromLatin1(enrol::trainingPin))); // the PIN itself is never printed
    const Result<Pkcs11Uri> keyUri = Pkcs11Uri::parse(reported(run.out, u"Key"_s));
    REQUIRE(keyUri.ok());
    REQUIRE(keyUri->id);

    // The token through the training configuration, as the desk's login opens it.
    const ScopedEnv env("SOFTHSM2_CONF", QFile::encodeName(directory + u"/softhsm2.conf"_s));
    QByteArray certificateDer;
    {
        const auto module = token::test::openModule(QString::fromLatin1(enrol::softHsmModule));
        const Result<Pkcs11Uri> tokenUri = Pkcs11Uri::parse(reported(run.out, u"Token URI"_s));
        REQUIRE(tokenUri.ok());
        Result<TokenSession> session = module->openSession(*tokenUri);
        REQUIRE(session.ok());
        CHECK(session->token().label == u"GUICHET FORMATION"_s);
        REQUIRE(session->login(Pin::fromUtf8(enrol::trainingPin)).ok());
        const Result<QList<TokenObject>> keys = session->privateKeys();
        REQUIRE(keys.ok());
        REQUIRE(keys->size() == 1);
        CHECK(keys->first().id == *keyUri->id);
        const Result<QList<TokenCertificate>> certificates = session->certificates();
        REQUIRE(certificates.ok());
        REQUIRE(certificates->size() == 1);
        CHECK(certificates->first().object.id == *keyUri->id);
        certificateDer = certificates->first().der;
        const Result<TokenKey> key = session->privateKey(*keyUri->id);
        REQUIRE(key.ok());
        const Result<QByteArray> publicKey = key->publicKeyDer();
        REQUIRE(publicKey.ok());
        const Result<QByteArray> signature = key->sign("proof");
        REQUIRE(signature.ok());
        CHECK(verifySha256(*publicKey, QByteArray("proof"), *signature));
        // ...and the certificate is that key's.
        const auto* in = reinterpret_cast<const unsigned char*>(certificateDer.constData());
        const X509Ptr x509(d2i_X509(nullptr, &in, static_cast<long>(certificateDer.size())));
        REQUIRE(x509);
        QByteArray certificateKey(i2d_PUBKEY(X509_get0_pubkey(x509.get()), nullptr), Qt::Uninitialized);
        auto* out = reinterpret_cast<unsigned char*>(certificateKey.data());
        i2d_PUBKEY(X509_get0_pubkey(x509.get()), &out);
        CHECK(certificateKey == *publicKey);
    }
    CHECK(verifyAgainst(certificateDer, directory + u"/training-ca.pem"_s) == X509_V_OK);

    // OpenSC's pkcs11-tool lists the certificate (with its serial) and the key under the same ID.
    const QString objects =
        pkcs11ToolObjects(directory + u"/softhsm2.conf"_s, u"GUICHET FORMATION"_s, enrol::trainingPin);
    const QString idLine = u"ID:         "_s + QString::fromLatin1(keyUri->id->toHex());
    CHECK(objects.contains(u"Certificate Object; type = X.509 cert"_s));
    CHECK(objects.contains(u"Private Key Object; RSA"_s));
    CHECK(objects.count(idLine) == 3); // certificate, public key, private key
    const Result<enrol::CertificateSummary> summary = enrol::describeCertificate(certificateDer);
    REQUIRE(summary.ok());
    CHECK(objects.contains(u"serial:     "_s + summary->serialHex));

    // Again without --force: refused, and nothing changed.
    const QByteArray anchor = readAll(directory + u"/training-ca.pem"_s);
    const Run again = cli(home, {u"training"_s, u"provision"_s, u"--dir"_s, directory});
    CHECK(again.exitCode == 2);
    CHECK(again.out.isEmpty());
    CHECK(again.err.contains(u"A training folder is already in "_s + directory +
                             u" (softhsm2.conf, tokens/, training-ca.pem, training-ca.key, roles.json)"_s));
    CHECK(readAll(directory + u"/training-ca.pem"_s) == anchor);
}

TEST_CASE("training provision adds a second operator with a PIN from stdin, and show lists both",
          "[enrol][training][cli]")
{
    const QTemporaryDir home;
    REQUIRE(home.isValid());
    // No --dir: the default folder under XDG_DATA_HOME.
    const QString directory = home.filePath(u"data/guichet/training"_s);
    const Run first = cli(home, {u"training"_s, u"provision"_s});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(reported(first.out, u"Folder"_s) == directory);

    const Run second = cli(home,
                           {u"training"_s, u"provision"_s, u"--add-operator"_s, u"--role"_s, u"aed"_s,
                            u"--name"_s, u"Sam Leroy"_s, u"--pin-stdin"_s},
                           "24681357\n");
    INFO(second.err.toStdString());
    REQUIRE(second.exitCode == 0);
    CHECK(reported(second.out, u"Token"_s) == u"GUICHET FORMATION 2"_s);
    CHECK(reported(second.out, u"Certificate"_s)
              .startsWith(u"CN=Sam Leroy (FORMATION),GN=Sam,SN=Leroy,title=AED,"_s));
    CHECK(reported(second.out, u"Issued by"_s).endsWith(u" (existing)"_s));
    CHECK(reported(second.out, u"PIN"_s) == u"the PIN given on the standard input"_s);
    CHECK_FALSE(second.out.contains(u"24681357"_s));
    CHECK_FALSE(second.err.contains(u"24681357"_s));
    // The second token takes the PIN from stdin.
    pkcs11ToolObjects(directory + u"/softhsm2.conf"_s, u"GUICHET FORMATION 2"_s, "24681357");

    const Run show = cli(home, {u"training"_s, u"show"_s});
    INFO(show.err.toStdString());
    REQUIRE(show.exitCode == 0);
    CHECK(show.out.contains(u"Training folder "_s + directory));
    CHECK(show.out.contains(u"Training CA: CN=AC de formation Guichet — FORMATION / TRAINING"_s));
    CHECK(show.out.contains(u"Token GUICHET FORMATION: pkcs11:"_s));
    CHECK(show.out.contains(u"Token GUICHET FORMATION 2: pkcs11:"_s));
    CHECK(show.out.contains(u"Certificate: CN=Camille Martin (FORMATION)"_s));
    CHECK(show.out.contains(u"Certificate: CN=Sam Leroy (FORMATION)"_s));
}

TEST_CASE("training commands refuse bad options and an empty folder", "[enrol][training][cli]")
{
    const QTemporaryDir home;
    REQUIRE(home.isValid());
    const QString directory = home.filePath(u"empty"_s);
    for (const QStringList& arguments :
         {QStringList{u"training"_s, u"provision"_s, u"--dir"_s, directory, u"--role"_s,
                      u"certification-agent"_s},
          QStringList{u"training"_s, u"provision"_s, u"--dir"_s, directory, u"--force"_s,
                      u"--add-operator"_s},
          QStringList{u"training"_s, u"provision"_s, u"--dir"_s, directory, u"--add-operator"_s},
          QStringList{u"training"_s, u"provision"_s, u"--dir"_s, directory, u"--pin-stdin"_s},
          QStringList{u"training"_s, u"show"_s, u"--dir"_s, directory}, QStringList{u"training"_s}}) {
        INFO(arguments.join(u' ').toStdString());
        const Run run = cli(home, arguments);
        CHECK(run.exitCode == 2);
        CHECK(run.err.startsWith(u"guichet-cli: "_s));
        CHECK(run.out.isEmpty());
    }
    CHECK(enrol::TrainingLayout{directory}.existing().isEmpty());
}
