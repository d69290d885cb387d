#include "cmp_fixture.h"

#include "sample_order.h"
#include "token/openssl_handles.h"

#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <catch2/catch.hpp>
#include <openssl/evp.h>
#include <openssl/pem.h>

using namespace Qt::StringLiterals;
using namespace guichet::token;

namespace guichet::enrol::test {

namespace {

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(length));
}

QByteArray pemOf(const QByteArray& der)
{
    const auto* in = reinterpret_cast<const unsigned char*>(der.constData());
    const X509Ptr certificate(d2i_X509(nullptr, &in, static_cast<long>(der.size())));
    REQUIRE(certificate);
    const BioPtr bio(BIO_new(BIO_s_mem()));
    REQUIRE(PEM_write_bio_X509(bio.get(), certificate.get()) == 1);
    return bioBytes(bio.get());
}

Pkcs11Uri tokenUri(Pkcs11Module& module, const QString& label)
{
    const Result<QList<SlotInfo>> slotList = module.listSlots();
    REQUIRE(slotList.ok());
    for (const SlotInfo& slot : *slotList) {
        if (slot.token && slot.token->initialized && slot.token->label == label) {
            return slot.token->uri();
        }
    }
    FAIL("no token labelled " << label.toStdString());
    return {};
}

const QByteArray operatorId("\x0a", 1);

TokenSession loggedIn(Pkcs11Module& module, const QString& label)
{
    Result<TokenSession> session = module.openSession(tokenUri(module, label));
    INFO(describe(session));
    REQUIRE(session.ok());
    const Status login = session->login(Pin::fromUtf8(token::test::userPin));
    INFO(describe(login));
    REQUIRE(login.ok());
    return *session;
}

} // namespace

SoftwareKey softwareKey()
{
    const EvpPkeyPtr key(EVP_EC_gen("P-256"));
    REQUIRE(key);
    const BioPtr bio(BIO_new(BIO_s_mem()));
    REQUIRE(PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) == 1);
    SoftwareKey result;
    result.privatePem = bioBytes(bio.get());
    const int length = i2d_PUBKEY(key.get(), nullptr);
    REQUIRE(length > 0);
    result.publicDer.resize(length);
    auto* out = reinterpret_cast<unsigned char*>(result.publicDer.data());
    i2d_PUBKEY(key.get(), &out);
    return result;
}

// ---- CmpServer -----------------------------------------------------------------------------------

CmpServer::CmpServer(const QStringList& arguments)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(u"openssl"_s, QStringList{u"cmp"_s, u"-port"_s, u"0"_s} + arguments);
    REQUIRE(m_process.waitForStarted(10000));
    // "ACCEPT [::]:41215 PID=30631": the server listens once it says so.
    static const QRegularExpression accept(u"ACCEPT \\S*:(\\d+) "_s);
    QElapsedTimer timer;
    timer.start();
    while (m_port == 0 && timer.elapsed() < 10000) {
        m_process.waitForReadyRead(200);
        m_output += m_process.readAll();
        const QRegularExpressionMatch match = accept.match(QString::fromUtf8(m_output));
        if (match.hasMatch()) {
            m_port = match.captured(1).toInt();
        }
        if (m_process.state() == QProcess::NotRunning) {
            break;
        }
    }
    INFO("openssl cmp: " << QString::fromUtf8(m_output).toStdString());
    REQUIRE(m_port > 0);
}

CmpServer::~CmpServer()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

QString CmpServer::url() const
{
    return u"http://127.0.0.1:"_s + QString::number(m_port) + u"/pkix/"_s;
}

QString CmpServer::output()
{
    // QProcess reads its pipe in the event loop or when waited on: take what the server wrote.
    while (m_process.waitForReadyRead(100)) {
        m_output += m_process.readAll();
    }
    m_output += m_process.readAll();
    return QString::fromUtf8(m_output);
}

// ---- FakeCaServer --------------------------------------------------------------------------------

namespace {

/// Reads one HTTP request (headers, then Content-Length bytes), so that closing after the answer
/// does not reset the connection under the client's feet.
void readRequest(QTcpSocket& socket)
{
    QByteArray request;
    qsizetype expected = -1;
    while (expected < 0 || request.size() < expected) {
        if (!socket.waitForReadyRead(5000)) {
            return;
        }
        request += socket.readAll();
        const qsizetype headersEnd = request.indexOf("\r\n\r\n");
        if (expected < 0 && headersEnd >= 0) {
            static const QRegularExpression length(u"content-length:\\s*(\\d+)"_s,
                                                   QRegularExpression::CaseInsensitiveOption);
            const QRegularExpressionMatch match = length.match(QString::fromLatin1(request.left(headersEnd)));
            expected = headersEnd + 4 + (match.hasMatch() ? match.captured(1).toLongLong() : 0);
        }
    }
}

} // namespace

FakeCaServer::FakeCaServer(QByteArray response) : m_response(std::move(response))
{
    m_thread = std::thread([this] { serve(); });
    QElapsedTimer timer;
    timer.start();
    while (!m_listening && timer.elapsed() < 10000) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    REQUIRE(m_port != 0);
}

FakeCaServer::~FakeCaServer()
{
    m_stop = true;
    m_thread.join();
}

QString FakeCaServer::url() const
{
    return u"http://127.0.0.1:"_s + QString::number(m_port) + u"/pkix/"_s;
}

void FakeCaServer::serve()
{
    // Qt's blocking calls, on this thread without an event loop; the server and its sockets are
    // created and destroyed here.
    QTcpServer server;
    if (server.listen(QHostAddress::LocalHost, 0)) {
        m_port = server.serverPort();
    }
    m_listening = true;
    std::vector<std::unique_ptr<QTcpSocket>> held; // accepted, read, never answered
    while (m_port != 0 && !m_stop) {
        if (!server.waitForNewConnection(50)) {
            continue;
        }
        while (QTcpSocket* accepted = server.nextPendingConnection()) {
            ++m_connections;
            std::unique_ptr<QTcpSocket> socket(accepted);
            readRequest(*socket);
            if (m_response.isEmpty()) {
                held.push_back(std::move(socket));
                continue;
            }
            socket->write(m_response);
            socket->waitForBytesWritten(5000);
            socket->disconnectFromHost();
            if (socket->state() != QAbstractSocket::UnconnectedState) {
                socket->waitForDisconnected(2000);
            }
        }
    }
}

QByteArray httpResponse(const QByteArray& status, const QByteArray& contentType, const QByteArray& body)
{
    return "HTTP/1.1 " + status + "\r\nContent-Type: " + contentType +
           "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

// ---- Fixture -------------------------------------------------------------------------------------

Fixture::Fixture(const QString& caOrganisation)
{
    REQUIRE(m_dir.isValid());
    m_softhsm.initToken(u"Porteur"_s);
    m_softhsm.initToken(u"Operateur"_s);
    m_module = token::test::openModule();
    m_holder = loggedIn(*m_module, u"Porteur"_s);
    m_operator = loggedIn(*m_module, u"Operateur"_s);

    CaOptions options;
    options.commonName = u"AC de test Guichet"_s;
    options.organization = caOrganisation;
    options.country = u"FR"_s;
    Result<CertificateAuthority> ca = CertificateAuthority::create(options);
    INFO(describe(ca));
    REQUIRE(ca.ok());
    m_ca = *ca;

    // The operator: an RSA key on their token, certified by the CA.
    const Status generated = m_operator->generateRsaKeyPair(2048, u"Camille Martin"_s, operatorId);
    INFO(describe(generated));
    REQUIRE(generated.ok());
    takeOperatorKey();
    CertificateRequest operatorRequest;
    operatorRequest.publicKeyDer = publicKeyOf(*m_operatorKey);
    operatorRequest.subject.commonName = u"Camille Martin"_s;
    operatorRequest.subject.organization = caOrganisation;
    operatorRequest.subject.title = u"AET"_s;
    operatorRequest.profile = Profile::Operator;
    Result<QByteArray> operatorCertificate = m_ca->issue(operatorRequest);
    REQUIRE(operatorCertificate.ok());
    m_operatorCertificate = *operatorCertificate;

    // The CMP server's signing key and certificate.
    m_serverKey = softwareKey();
    CertificateRequest serverRequest;
    serverRequest.publicKeyDer = m_serverKey.publicDer;
    serverRequest.subject.commonName = u"CMP server"_s;
    serverRequest.subject.organization = caOrganisation;
    serverRequest.profile = Profile::Operator;
    Result<QByteArray> serverCertificate = m_ca->issue(serverRequest);
    REQUIRE(serverCertificate.ok());
    m_serverCertificate = *serverCertificate;

    const Result<SubjectFields> subject = holderSubject(guichet::testing::sampleOrder(QDate::currentDate()));
    INFO(describe(subject));
    REQUIRE(subject.ok());
    m_subject = *subject;
}

void Fixture::takeOperatorKey()
{
    Result<TokenKey> operatorKey = m_operator->privateKey(operatorId);
    REQUIRE(operatorKey.ok());
    m_operatorKey.emplace(std::move(*operatorKey));
}

void Fixture::reloadModule()
{
    m_operatorKey.reset();
    m_operator.reset();
    m_holder.reset();
    m_module.reset();
    INFO("something else still holds the module");
    REQUIRE_FALSE(Pkcs11Module::loaded(token::test::SoftHsm::modulePath()));
    m_module = token::test::openModule();
    m_holder = loggedIn(*m_module, u"Porteur"_s);
    m_operator = loggedIn(*m_module, u"Operateur"_s);
    takeOperatorKey();
}

TokenKey Fixture::generateHolderKey(KeyAlgorithm algorithm, const QByteArray& id)
{
    const QString label = u"Hélène Lefèvre-Dupont"_s;
    const Status generated =
        algorithm == KeyAlgorithm::EcP256
            ? m_holder->generateEcKeyPair(EcCurve::P256, label, id)
            : m_holder->generateRsaKeyPair(algorithm == KeyAlgorithm::Rsa3072 ? 3072 : 2048, label, id);
    INFO(describe(generated));
    REQUIRE(generated.ok());
    Result<TokenKey> key = m_holder->privateKey(id);
    INFO(describe(key));
    REQUIRE(key.ok());
    return std::move(*key);
}

QByteArray Fixture::publicKeyOf(const TokenKey& key)
{
    const Result<QByteArray> publicKey = key.publicKeyDer();
    INFO(describe(publicKey));
    REQUIRE(publicKey.ok());
    return *publicKey;
}

CertificateProfile Fixture::profile(KeyAlgorithm algorithm) const
{
    const Result<CertificateProfile> profile =
        profileForProduct(guichet::testing::sampleOrder(QDate::currentDate()).product, algorithm);
    REQUIRE(profile.ok());
    return *profile;
}

QByteArray Fixture::issue(const QByteArray& publicKeyDer, const SubjectFields& subject, int years) const
{
    CertificateRequest request;
    request.publicKeyDer = publicKeyDer;
    request.subject = subject;
    request.profile = Profile::Holder;
    request.notBefore = QDateTime::currentDateTimeUtc();
    request.notAfter = request.notBefore.addYears(years);
    Result<QByteArray> der = m_ca->issue(request);
    INFO(describe(der));
    REQUIRE(der.ok());
    return *der;
}

IssuanceRequest Fixture::request(const TokenKey& holderKey, KeyAlgorithm algorithm,
                                 Protection protection) const
{
    IssuanceRequest request;
    request.holderKey = &holderKey;
    request.holderPublicKeyDer = publicKeyOf(holderKey);
    request.subject = m_subject;
    request.profile = profile(algorithm);
    if (protection == Protection::OperatorSignature) {
        request.protection = OperatorProtection{&*m_operatorKey, m_operatorCertificate, {}};
    } else {
        request.protection = SharedSecretProtection{QByteArray(reference), SecureBuffer::fromBytes(secret)};
    }
    return request;
}

QString Fixture::write(const QString& name, const QByteArray& bytes) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

QStringList Fixture::serverArguments(Protection protection, const QByteArray& responseDer) const
{
    const QString ca = write(u"ca.pem"_s, m_ca->certificatePem());
    QStringList arguments{u"-rsp_cert"_s, write(u"rsp.pem"_s, pemOf(responseDer)), u"-rsp_capubs"_s, ca};
    if (protection == Protection::OperatorSignature) {
        arguments += {u"-srv_cert"_s,    write(u"server.pem"_s, pemOf(m_serverCertificate)),
                      u"-srv_key"_s,     write(u"server.key"_s, m_serverKey.privatePem),
                      u"-srv_trusted"_s, ca};
    } else {
        arguments += {u"-srv_secret"_s, u"pass:"_s + QString::fromLatin1(secret), u"-srv_ref"_s,
                      QString::fromLatin1(reference)};
    }
    return arguments;
}

CmpConfig cmpConfig(const QString& url, const QList<QByteArray>& caCertificates)
{
    CmpConfig config;
    config.server = url;
    config.caCertificates = caCertificates;
    config.messageTimeoutSeconds = 10;
    config.totalTimeoutSeconds = 20;
    return config;
}

quint16 closedPort()
{
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace guichet::enrol::test
