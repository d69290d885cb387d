// Times an operator's login on a SoftHSM2 token as Guichet does it: module discovery (p11-kit's
// registry, as a desk without a module setting finds OpenSC's and SoftHSM's) + loading + session,
// PIN login, certificate verification against the trust anchors, proof of possession (a fresh
// challenge signed on the token, checked with the certificate) and roles; beside
//   pkcs11-tool --module M --login --pin P --sign --mechanism SHA256-RSA-PKCS --id ID -i challenge
// of the same challenge with the same key, run as a process each time (what an operator's script
// would run), and the ratio.
//
//   bench-operator-login [--runs N] [--module-path]
//
// --module-path skips the p11-kit discovery (the settings' module path, as training mode does).
// It provisions a training SoftHSM2 folder of its own (token, CA, operator certificate) in a
// temporary folder. Figures only: no timing is asserted.

#include "bench_support.h"
#include "enrol/training.h"
#include "identity/login_config.h"
#include "identity/operator_session.h"
#include "identity/proof_of_possession.h"
#include "token/token_key.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace guichet;
using namespace guichet::bench;
using namespace Qt::StringLiterals;

namespace {

struct Phases
{
    double openToken = 0; ///< discovery + module load + slot list + session
    double pin = 0;       ///< C_Login
    double identify = 0;  ///< certificate, chain, proof of possession, roles
    double total = 0;
};

/// One whole login from nothing loaded; every module is released at the end (as a new desk
/// process would start).
bool guichetLogin(const identity::LoginConfig& config, const identity::TrustAnchors& anchors,
                  const identity::RoleMapping& roles, Phases* phases)
{
    QElapsedTimer total;
    total.start();
    QElapsedTimer step;
    step.start();
    Result<token::TokenSession> session = identity::openToken(config);
    if (!session) {
        say(u"openToken: "_s + session.error().toString());
        return false;
    }
    phases->openToken = msSince(step);
    step.restart();
    if (Status loggedIn = session->login(token::Pin::fromUtf8(enrol::trainingPin)); !loggedIn) {
        say(u"login: "_s + loggedIn.error().toString());
        return false;
    }
    phases->pin = msSince(step);
    step.restart();
    const identity::LoginPolicy policy{anchors, roles, QDateTime::currentDateTimeUtc()};
    Result<std::shared_ptr<identity::OperatorSession>> login = identity::identify(*session, policy);
    if (!login) {
        say(u"identify: "_s + login.error().toString());
        return false;
    }
    phases->identify = msSince(step);
    phases->total = msSince(total);
    (*login)->logOut();
    return true;
}

/// pkcs11-tool signing `challengeFile` with the key `keyIdHex`: wall time of the process, in ms.
double pkcs11ToolSign(const QString& module, const QString& keyIdHex, const QString& challengeFile,
                      const QString& signatureFile)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(u"pkcs11-tool"_s,
                  {u"--module"_s, module, u"--login"_s, u"--pin"_s, QString::fromLatin1(enrol::trainingPin),
                   u"--sign"_s, u"--mechanism"_s, u"SHA256-RSA-PKCS"_s, u"--id"_s, keyIdHex, u"-i"_s,
                   challengeFile, u"-o"_s, signatureFile});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        say(u"pkcs11-tool failed: "_s + QString::fromLocal8Bit(process.readAllStandardError()));
        return -1;
    }
    return msSince(timer);
}

/// The certificate's public key, DER SubjectPublicKeyInfo.
QByteArray publicKeyOf(const QByteArray& certificateDer)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(certificateDer.constData());
    const token::X509Ptr certificate(d2i_X509(nullptr, &bytes, long(certificateDer.size())));
    const token::EvpPkeyPtr key(certificate ? X509_get_pubkey(certificate.get()) : nullptr);
    if (!key) {
        return {};
    }
    QByteArray der(i2d_PUBKEY(key.get(), nullptr), Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    i2d_PUBKEY(key.get(), &out);
    return der;
}

QString row(const QString& name, double first, double median)
{
    return u"%1 %2 %3"_s.arg(name, -44)
        .arg(u"%1 ms"_s.arg(first, 0, 'f', 2), 11)
        .arg(u"%1 ms"_s.arg(median, 0, 'f', 2), 11);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption runsOption(u"runs"_s, u"Runs after the first (default 15)."_s, u"n"_s, u"15"_s);
    const QCommandLineOption modulePathOption(u"module-path"_s,
                                              u"Use SoftHSM's path instead of p11-kit's module registry."_s);
    parser.addOptions({runsOption, modulePathOption});
    parser.addHelpOption();
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    if (!dir.isValid()) {
        say(u"no temporary folder"_s);
        return 1;
    }
    // The training provisioning makes the SoftHSM folder, the CA, the operator's RSA key and
    // certificate, and sets SOFTHSM2_CONF for this process and the pkcs11-tool processes.
    Result<enrol::TrainingSetup> setup = enrol::provisionTraining(dir.path(), {});
    if (!setup) {
        say(u"provisioning: "_s + setup.error().toString());
        return 1;
    }
    identity::LoginConfig config = identity::LoginConfig::training(dir.path());
    if (!parser.isSet(modulePathOption)) {
        config.modulePath.clear(); // p11-kit's registry, as a desk without a module setting
    }
    if (Status environment = config.applyEnvironment(); !environment) {
        say(environment.error().toString());
        return 1;
    }
    Result<identity::TrustAnchors> anchors = config.loadAnchors();
    Result<identity::RoleMapping> roles = config.loadRoles();
    if (!anchors || !roles) {
        say(u"anchors or roles: "_s + (anchors ? roles.error() : anchors.error()).toString());
        return 1;
    }
    say(u"token: %1, key id %2, certificate %3"_s.arg(
        setup->tokenUri.toString(), QString::fromLatin1(setup->keyId.toHex()), setup->certificateSubject));
    say(u"discovery: %1"_s.arg(config.modulePath.isEmpty() ? u"p11-kit registry"_s : config.modulePath));

    // Guichet: the first login (libraries loaded for the first time), then `runs` more.
    Phases first;
    if (!guichetLogin(config, *anchors, *roles, &first)) {
        return 1;
    }
    QList<double> open, pin, identify, total;
    for (int run = 0; run < runs; ++run) {
        Phases phases;
        if (!guichetLogin(config, *anchors, *roles, &phases)) {
            return 1;
        }
        open.append(phases.openToken);
        pin.append(phases.pin);
        identify.append(phases.identify);
        total.append(phases.total);
    }

    // pkcs11-tool, a process per signature, of one challenge with the same key.
    const Result<QByteArray> challenge = identity::freshChallenge();
    if (!challenge) {
        return 1;
    }
    const QString challengeFile = dir.filePath(u"challenge.bin"_s);
    const QString signatureFile = dir.filePath(u"challenge.sig"_s);
    {
        QFile file(challengeFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(*challenge) != challenge->size()) {
            say(u"cannot write "_s + challengeFile);
            return 1;
        }
    }
    const QString keyIdHex = QString::fromLatin1(setup->keyId.toHex());
    const QString module = QString::fromLatin1(enrol::softHsmModule);
    const double toolFirst = pkcs11ToolSign(module, keyIdHex, challengeFile, signatureFile);
    QList<double> tool;
    for (int run = 0; run < runs && toolFirst >= 0; ++run) {
        tool.append(pkcs11ToolSign(module, keyIdHex, challengeFile, signatureFile));
    }
    if (toolFirst < 0 || tool.contains(-1)) {
        return 1;
    }
    // The tool's signature must be what Guichet's proof checks: same key, same scheme.
    QFile signature(signatureFile);
    const bool sameScheme =
        signature.open(QIODevice::ReadOnly) &&
        token::verifySha256(publicKeyOf(setup->certificateDer), *challenge, signature.readAll());

    say(u"\n%1 %2 %3"_s.arg(u"(%1 runs after the first)"_s.arg(runs), -44)
            .arg(u"first"_s, 11)
            .arg(u"median"_s, 11));
    say(row(u"guichet: discovery + module + session"_s, first.openToken, median(open)));
    say(row(u"guichet: PIN login"_s, first.pin, median(pin)));
    say(row(u"guichet: certificate + proof + roles"_s, first.identify, median(identify)));
    say(row(u"guichet: whole login"_s, first.total, median(total)));
    say(row(u"pkcs11-tool --login --sign (process)"_s, toolFirst, median(tool)));
    say(u"\nratio guichet whole login / pkcs11-tool: %1x (median), %2x (first)"_s
            .arg(median(total) / std::max(median(tool), 0.001), 0, 'f', 2)
            .arg(first.total / std::max(toolFirst, 0.001), 0, 'f', 2));
    say(u"pkcs11-tool's signature verifies with the operator's certificate: %1"_s.arg(sameScheme ? u"yes"_s
                                                                                                 : u"NO"_s));
    return sameScheme ? 0 : 1;
}
