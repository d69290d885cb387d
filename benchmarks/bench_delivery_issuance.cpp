// Times the issuance part of a face-to-face delivery on a SoftHSM2 token as Guichet does it: key pair
// generated on the holder's token (and its origin checked), the certificate requested over CMP from
// `openssl cmp` running as a server on loopback (PBM-protected ir, proof of possession signed on the
// token, the answer checked before it is confirmed), stored beside the key, read back and compared;
// beside the same steps done with the tools an administrator would script:
//
//   pkcs11-tool --keypairgen                     the key pair, on the token
//   (a PKCS#10 request signed on the token)      openssl req cannot use a token key here: Debian 12
//                                                ships no PKCS#11 engine or provider, so the request
//                                                is made with the token key through libp11, timed
//   openssl cmp -cmd p10cr -csr ...              the same CMP server, same shared secret
//   pkcs11-tool --write-object --type cert       the certificate, same id
//   pkcs11-tool --read-object --type cert        read back, compared
//
// and the ratio. The mock server always answers with one certificate (-rsp_cert), so before each
// issuance (untimed) the test CA certifies the key just generated and a server is started with it.
//
//   bench-delivery-issuance [--runs N] [--ec]
//
// Figures only: no timing is asserted.

#include "bench_support.h"
#include "enrol/certificate_authority.h"
#include "enrol/certificate_profile.h"
#include "enrol/cmp_issuer.h"
#include "enrol/issuer.h"
#include "enrol/training.h"
#include "token/openssl_handles.h"
#include "token/pkcs11_module.h"
#include "token/token_key.h"
#include "token/token_session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <memory>
#include <openssl/pem.h>
#include <optional>

using namespace guichet;
using namespace guichet::bench;
using namespace Qt::StringLiterals;

namespace {

constexpr char pin[] = "123456";
constexpr char secret[] = "bench-shared-secret";
constexpr char reference[] = "bench-ra";
const QString holderLabel = u"Porteur"_s;

struct Steps
{
    double keyGeneration = 0;
    double issuance = 0; ///< CMP (for the tools: the PKCS#10 request + openssl cmp)
    double store = 0;
    double readBack = 0;
    double total() const { return keyGeneration + issuance + store + readBack; }
};

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray pemOf(const QByteArray& der)
{
    const auto* in = reinterpret_cast<const unsigned char*>(der.constData());
    const token::X509Ptr certificate(d2i_X509(nullptr, &in, static_cast<long>(der.size())));
    const token::BioPtr bio(BIO_new(BIO_s_mem()));
    if (!certificate || PEM_write_bio_X509(bio.get(), certificate.get()) != 1) {
        return {};
    }
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(length));
}

/// Runs a tool; its wall time in ms, or -1 (the error said).
double runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        say(program + u" failed: "_s + QString::fromLocal8Bit(process.readAll()));
        return -1;
    }
    return msSince(timer);
}

/// `openssl cmp` as a PBM mock CMP server answering `responseDer`; stopped when destroyed.
class Server
{
public:
    Server(const QTemporaryDir& dir, const QByteArray& responseDer, const QByteArray& caPem)
    {
        const QString response = dir.filePath(u"rsp.pem"_s);
        const QString ca = dir.filePath(u"ca.pem"_s);
        if (!writeFile(response, pemOf(responseDer)) || !writeFile(ca, caPem)) {
            return;
        }
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(u"openssl"_s,
                        {u"cmp"_s, u"-port"_s, u"0"_s, u"-srv_secret"_s,
                         u"pass:"_s + QString::fromLatin1(secret), u"-srv_ref"_s,
                         QString::fromLatin1(reference), u"-rsp_cert"_s, response, u"-rsp_capubs"_s, ca});
        static const QRegularExpression accept(u"ACCEPT \\S*:(\\d+) "_s);
        QByteArray output;
        QElapsedTimer timer;
        timer.start();
        while (m_port == 0 && timer.elapsed() < 10000 && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(100);
            output += m_process.readAll();
            const QRegularExpressionMatch match = accept.match(QString::fromUtf8(output));
            m_port = match.hasMatch() ? match.captured(1).toInt() : 0;
        }
        if (m_port == 0) {
            say(u"openssl cmp server did not start: "_s + QString::fromUtf8(output));
        }
    }
    ~Server()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;
    int port() const { return m_port; }

private:
    QProcess m_process;
    int m_port = 0;
};

/// Everything a run needs.
struct Bench
{
    QTemporaryDir dir;
    QString module = QString::fromLatin1(enrol::softHsmModule);
    std::shared_ptr<token::Pkcs11Module> loaded;
    token::Pkcs11Uri holderToken;
    std::optional<enrol::CertificateAuthority> ca;
    enrol::SubjectFields subject;
    enrol::CertificateProfile profile;
    bool ec = false;
    int nextId = 1;

    QByteArray newId() { return QByteArray::fromHex(QByteArray::number(0x1000 + nextId++, 16)); }

    QByteArray certify(const QByteArray& publicKeyDer) const
    {
        enrol::CertificateRequest request;
        request.publicKeyDer = publicKeyDer;
        request.subject = subject;
        request.notBefore = QDateTime::currentDateTimeUtc();
        request.notAfter = request.notBefore.addYears(profile.validityYears);
        Result<QByteArray> der = ca->issue(request);
        return der ? *der : QByteArray();
    }
};

std::optional<token::TokenSession> loggedInSession(Bench& bench)
{
    Result<token::TokenSession> session = bench.loaded->openSession(bench.holderToken);
    if (!session) {
        say(u"session: "_s + session.error().toString());
        return {};
    }
    if (Status login = session->login(token::Pin::fromUtf8(pin)); !login) {
        say(u"login: "_s + login.error().toString());
        return {};
    }
    return *session;
}

/// Guichet's steps, with the holder's session opened and logged in within the key generation step
/// (a delivery logs in to the holder's token once).
bool guichetRun(Bench& bench, Steps* steps)
{
    const QByteArray id = bench.newId();
    QElapsedTimer timer;
    timer.start();
    std::optional<token::TokenSession> session = loggedInSession(bench);
    if (!session) {
        return false;
    }
    const Status generated = bench.ec ? session->generateEcKeyPair(token::EcCurve::P256, holderLabel, id)
                                      : session->generateRsaKeyPair(2048, holderLabel, id);
    Result<token::TokenKey> key =
        generated ? session->privateKey(id) : Result<token::TokenKey>(generated.error());
    Result<token::KeyOrigin> origin = key ? session->keyOrigin(id) : Result<token::KeyOrigin>(key.error());
    Result<QByteArray> publicKey = key ? key->publicKeyDer() : Result<QByteArray>(key.error());
    if (!publicKey || !origin || !origin->generatedOnToken()) {
        say(u"key generation: "_s +
            (publicKey ? u"not generated on the token"_s : publicKey.error().toString()));
        return false;
    }
    steps->keyGeneration = msSince(timer);

    // Untimed: the mock CA's answer for this key.
    const Server server(bench.dir, bench.certify(*publicKey), bench.ca->certificatePem());
    if (server.port() == 0) {
        return false;
    }
    enrol::CmpConfig config;
    config.server = u"http://127.0.0.1:%1/pkix/"_s.arg(server.port());
    config.caCertificates = {bench.ca->certificatePem()};
    enrol::CmpIssuer issuer(config);
    enrol::IssuanceRequest request;
    request.holderKey = &*key;
    request.holderPublicKeyDer = *publicKey;
    request.subject = bench.subject;
    request.profile = bench.profile;
    request.protection =
        enrol::SharedSecretProtection{QByteArray(reference), token::SecureBuffer::fromBytes(secret)};

    timer.restart();
    const Result<enrol::IssuedCertificate> issued = issuer.issue(request);
    if (!issued) {
        say(u"issuance: "_s + issued.error().toString());
        return false;
    }
    steps->issuance = msSince(timer);

    timer.restart();
    if (Status stored = session->storeCertificate(issued->der, id, holderLabel); !stored) {
        say(u"store: "_s + stored.error().toString());
        return false;
    }
    steps->store = msSince(timer);

    timer.restart();
    const Result<QByteArray> readBack = session->readCertificate(id);
    if (!readBack || *readBack != issued->der) {
        say(u"read back: differs or failed"_s);
        return false;
    }
    steps->readBack = msSince(timer);
    return true;
}

/// A PKCS#10 request for the key `id` on the holder token, signed there (libp11), the public key a
/// plain copy: what openssl req would make with a PKCS#11 engine.
QByteArray pkcs10WithTokenKey(Bench& bench, const QByteArray& id)
{
    std::optional<token::TokenSession> session = loggedInSession(bench);
    if (!session) {
        return {};
    }
    Result<token::TokenKey> key = session->privateKey(id);
    Result<QByteArray> publicKeyDer = key ? key->publicKeyDer() : Result<QByteArray>(key.error());
    if (!publicKeyDer) {
        say(u"CSR key: "_s + publicKeyDer.error().toString());
        return {};
    }
    const auto* in = reinterpret_cast<const unsigned char*>(publicKeyDer->constData());
    const token::EvpPkeyPtr publicKey(d2i_PUBKEY(nullptr, &in, static_cast<long>(publicKeyDer->size())));
    const token::X509NamePtr name(X509_NAME_new());
    const QByteArray commonName = bench.subject.commonName.toUtf8();
    struct RequestDeleter
    {
        void operator()(X509_REQ* request) const { X509_REQ_free(request); }
    };
    const std::unique_ptr<X509_REQ, RequestDeleter> csr(X509_REQ_new());
    if (!publicKey || !name || !csr ||
        X509_NAME_add_entry_by_NID(name.get(), NID_commonName, MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char*>(commonName.constData()),
                                   static_cast<int>(commonName.size()), -1, 0) != 1 ||
        X509_REQ_set_subject_name(csr.get(), name.get()) != 1 ||
        X509_REQ_set_pubkey(csr.get(), publicKey.get()) != 1 ||
        X509_REQ_sign(csr.get(), key->evpPkey(), EVP_sha256()) <= 0) {
        say(u"CSR: cannot be signed on the token"_s);
        return {};
    }
    const token::BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509_REQ(bio.get(), csr.get());
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(length));
}

/// The same steps with the tools, a process each (the PKCS#10 request in process, see the header).
bool toolsRun(Bench& bench, Steps* steps)
{
    const QByteArray id = bench.newId();
    const QString idHex = QString::fromLatin1(id.toHex());
    const QStringList login{u"--module"_s, bench.module, u"--token-label"_s,      holderLabel,
                            u"--login"_s,  u"--pin"_s,   QString::fromLatin1(pin)};
    steps->keyGeneration =
        runTool(u"pkcs11-tool"_s, login + QStringList{u"--keypairgen"_s, u"--key-type"_s,
                                                      bench.ec ? u"EC:prime256v1"_s : u"rsa:2048"_s,
                                                      u"--id"_s, idHex, u"--label"_s, holderLabel});
    if (steps->keyGeneration < 0) {
        return false;
    }

    // Untimed: the public key (for the mock CA's answer) and the server.
    const QString publicKeyFile = bench.dir.filePath(u"pub.der"_s);
    if (runTool(u"pkcs11-tool"_s,
                QStringList{u"--module"_s, bench.module, u"--token-label"_s, holderLabel, u"--read-object"_s,
                            u"--type"_s, u"pubkey"_s, u"--id"_s, idHex, u"-o"_s, publicKeyFile}) < 0) {
        return false;
    }
    const Server server(bench.dir, bench.certify(readFile(publicKeyFile)), bench.ca->certificatePem());
    if (server.port() == 0) {
        return false;
    }

    QElapsedTimer timer;
    timer.start();
    const QByteArray csr = pkcs10WithTokenKey(bench, id);
    const QString csrFile = bench.dir.filePath(u"request.csr"_s);
    if (csr.isEmpty() || !writeFile(csrFile, csr)) {
        return false;
    }
    const QString certificateFile = bench.dir.filePath(u"issued.pem"_s);
    const double cmp = runTool(
        u"openssl"_s, {u"cmp"_s, u"-cmd"_s, u"p10cr"_s, u"-server"_s, u"127.0.0.1:%1"_s.arg(server.port()),
                       u"-path"_s, u"pkix/"_s, u"-ref"_s, QString::fromLatin1(reference), u"-secret"_s,
                       u"pass:"_s + QString::fromLatin1(secret), u"-csr"_s, csrFile, u"-certout"_s,
                       certificateFile, u"-msg_timeout"_s, u"30"_s, u"-recipient"_s, u"/CN=CA"_s});
    if (cmp < 0) {
        return false;
    }
    steps->issuance = msSince(timer);

    const QString derFile = bench.dir.filePath(u"issued.der"_s);
    const QByteArray pem = readFile(certificateFile);
    const token::BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    const token::X509Ptr certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    QByteArray der(certificate ? i2d_X509(certificate.get(), nullptr) : 0, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    if (!certificate || i2d_X509(certificate.get(), &out) <= 0 || !writeFile(derFile, der)) {
        say(u"openssl cmp gave no certificate"_s);
        return false;
    }
    steps->store =
        runTool(u"pkcs11-tool"_s, login + QStringList{u"--write-object"_s, derFile, u"--type"_s, u"cert"_s,
                                                      u"--id"_s, idHex, u"--label"_s, holderLabel});
    const QString readFileName = bench.dir.filePath(u"read.der"_s);
    steps->readBack =
        runTool(u"pkcs11-tool"_s,
                QStringList{u"--module"_s, bench.module, u"--token-label"_s, holderLabel, u"--read-object"_s,
                            u"--type"_s, u"cert"_s, u"--id"_s, idHex, u"-o"_s, readFileName});
    if (steps->store < 0 || steps->readBack < 0 || readFile(readFileName) != der) {
        say(u"pkcs11-tool: the certificate read back differs"_s);
        return false;
    }
    return true;
}

QString row(const QString& name, double first, double median)
{
    return u"%1 %2 %3"_s.arg(name, -46)
        .arg(u"%1 ms"_s.arg(first, 0, 'f', 1), 10)
        .arg(u"%1 ms"_s.arg(median, 0, 'f', 1), 10);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption runsOption(u"runs"_s, u"Runs after the first (default 5)."_s, u"n"_s, u"5"_s);
    const QCommandLineOption ecOption(u"ec"_s, u"EC P-256 keys instead of RSA 2048."_s);
    parser.addOptions({runsOption, ecOption});
    parser.addHelpOption();
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    Bench bench;
    bench.ec = parser.isSet(ecOption);
    if (!bench.dir.isValid() || !QDir().mkpath(bench.dir.filePath(u"tokens"_s))) {
        say(u"no temporary folder"_s);
        return 1;
    }
    // SoftHSM2 in a world of its own, for this process and the tools.
    const QString conf = bench.dir.filePath(u"softhsm2.conf"_s);
    if (!writeFile(conf, "directories.tokendir = " + bench.dir.filePath(u"tokens"_s).toUtf8() +
                             "\nobjectstore.backend = file\nlog.level = ERROR\n")) {
        return 1;
    }
    qputenv("SOFTHSM2_CONF", conf.toLocal8Bit());
    if (runTool(u"softhsm2-util"_s, {u"--init-token"_s, u"--free"_s, u"--label"_s, holderLabel, u"--so-pin"_s,
                                     u"12345678"_s, u"--pin"_s, QString::fromLatin1(pin)}) < 0) {
        return 1;
    }
    Result<std::shared_ptr<token::Pkcs11Module>> module = token::Pkcs11Module::open(bench.module);
    if (!module) {
        say(module.error().toString());
        return 1;
    }
    bench.loaded = *module;
    const Result<QList<token::SlotInfo>> slotList = bench.loaded->listSlots();
    for (const token::SlotInfo& slot : slotList ? *slotList : QList<token::SlotInfo>{}) {
        if (slot.token && slot.token->initialized && slot.token->label == holderLabel) {
            bench.holderToken = slot.token->uri();
        }
    }
    enrol::CaOptions options;
    options.commonName = u"AC de mesure"_s;
    options.organization = u"Guichet"_s;
    Result<enrol::CertificateAuthority> ca = enrol::CertificateAuthority::create(options);
    Order order;
    order.number = u"BENCH-1"_s;
    order.holder.givenNames = u"Hélène"_s;
    order.holder.surname = u"Lefèvre-Dupont"_s;
    order.holder.email = u"helene.lefevre@acme-signature.fr"_s;
    order.organisation.name = u"ACME Signature SAS"_s;
    order.organisation.siren = u"732829320"_s;
    order.product = {u"RGS2-SIGN-TOKEN"_s, u"Certificat de signature"_s, 3};
    Result<enrol::SubjectFields> subject = enrol::holderSubject(order);
    Result<enrol::CertificateProfile> profile = enrol::profileForProduct(
        order.product, bench.ec ? enrol::KeyAlgorithm::EcP256 : enrol::KeyAlgorithm::Rsa2048);
    if (!ca || !subject || !profile) {
        say(u"setup failed"_s);
        return 1;
    }
    bench.ca = *ca;
    bench.subject = *subject;
    bench.profile = *profile;
    say(u"holder token: %1; keys %2; CMP: openssl cmp mock server on loopback, PBM"_s.arg(
        bench.holderToken.toString(), bench.ec ? u"EC P-256"_s : u"RSA 2048"_s));

    Steps guichetFirst;
    Steps toolsFirst;
    if (!guichetRun(bench, &guichetFirst) || !toolsRun(bench, &toolsFirst)) {
        return 1;
    }
    QList<Steps> guichet;
    QList<Steps> tools;
    for (int run = 0; run < runs; ++run) {
        Steps g;
        Steps t;
        if (!guichetRun(bench, &g) || !toolsRun(bench, &t)) {
            return 1;
        }
        guichet.append(g);
        tools.append(t);
    }
    const auto medianOf = [](const QList<Steps>& list, double (*pick)(const Steps&)) {
        QList<double> values;
        for (const Steps& steps : list) {
            values.append(pick(steps));
        }
        return median(values);
    };
    using Pick = double (*)(const Steps&);
    const Pick keyGeneration = [](const Steps& s) {
        return s.keyGeneration;
    };
    const Pick issuance = [](const Steps& s) {
        return s.issuance;
    };
    const Pick store = [](const Steps& s) {
        return s.store;
    };
    const Pick readBack = [](const Steps& s) {
        return s.readBack;
    };
    const Pick total = [](const Steps& s) {
        return s.total();
    };

    say(u"\n%1 %2 %3"_s.arg(u"(%1 runs after the first)"_s.arg(runs), -46)
            .arg(u"first"_s, 10)
            .arg(u"median"_s, 10));
    say(row(u"guichet: login + key generation + origin"_s, guichetFirst.keyGeneration,
            medianOf(guichet, keyGeneration)));
    say(row(u"guichet: CMP ir (PBM), checked"_s, guichetFirst.issuance, medianOf(guichet, issuance)));
    say(row(u"guichet: store certificate"_s, guichetFirst.store, medianOf(guichet, store)));
    say(row(u"guichet: read back, compare"_s, guichetFirst.readBack, medianOf(guichet, readBack)));
    say(row(u"guichet: the four steps"_s, guichetFirst.total(), medianOf(guichet, total)));
    say(row(u"pkcs11-tool --keypairgen"_s, toolsFirst.keyGeneration, medianOf(tools, keyGeneration)));
    say(row(u"CSR on the token (libp11) + openssl cmp p10cr"_s, toolsFirst.issuance,
            medianOf(tools, issuance)));
    say(row(u"pkcs11-tool --write-object"_s, toolsFirst.store, medianOf(tools, store)));
    say(row(u"pkcs11-tool --read-object"_s, toolsFirst.readBack, medianOf(tools, readBack)));
    say(row(u"tools: the four steps"_s, toolsFirst.total(), medianOf(tools, total)));
    say(u"\nratio guichet / tools: %1x (median), %2x (first)"_s
            .arg(medianOf(guichet, total) / std::max(medianOf(tools, total), 0.001), 0, 'f', 2)
            .arg(guichetFirst.total() / std::max(toolsFirst.total(), 0.001), 0, 'f', 2));
    say(u"ratio of the CMP step alone: %1x (median)"_s.arg(
        medianOf(guichet, issuance) / std::max(medianOf(tools, issuance), 0.001), 0, 'f', 2));
    return 0;
}
