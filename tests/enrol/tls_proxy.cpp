#include "tls_proxy.h"

#include "token/openssl_handles.h"

#include <QFile>
#include <QTemporaryDir>
#include <arpa/inet.h>
#include <catch2/catch.hpp>
#include <csignal>
#include <memory>
#include <netinet/in.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;
using namespace guichet::token;

namespace guichet::enrol::test {

namespace {

QByteArray pemOfKey(EVP_PKEY* key)
{
    const BioPtr bio(BIO_new(BIO_s_mem()));
    REQUIRE(PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) == 1);
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(length));
}

void addExtension(X509* certificate, X509V3_CTX* context, int nid, const QByteArray& value)
{
    const X509ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, context, nid, value.constData()));
    INFO("extension " << OBJ_nid2sn(nid) << " = " << value.toStdString());
    REQUIRE(extension);
    REQUIRE(X509_add_ext(certificate, extension.get(), -1) == 1);
}

sockaddr_in loopback(quint16 port)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

/// Writes all of `data` to the plain socket `fd`; false when the peer is gone.
bool sendAll(int fd, const char* data, int size)
{
    while (size > 0) {
        const ssize_t sent = ::send(fd, data, static_cast<size_t>(size), MSG_NOSIGNAL);
        if (sent <= 0) {
            return false;
        }
        data += sent;
        size -= static_cast<int>(sent);
    }
    return true;
}

/// Bytes both ways between the TLS client and the backend, until either closes or `stop`.
void pump(SSL* client, int clientFd, int backend, const std::atomic<bool>& stop)
{
    char buffer[16384];
    while (!stop) {
        pollfd fds[2] = {{clientFd, POLLIN, 0}, {backend, POLLIN, 0}};
        if (SSL_pending(client) == 0) {
            const int ready = ::poll(fds, 2, 50);
            if (ready < 0) {
                return;
            }
            if (ready == 0) {
                continue;
            }
        }
        if (SSL_pending(client) > 0 || (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) != 0) {
            const int got = SSL_read(client, buffer, sizeof buffer);
            if (got <= 0 || !sendAll(backend, buffer, got)) {
                return;
            }
        }
        if ((fds[1].revents & (POLLIN | POLLHUP | POLLERR)) != 0) {
            const ssize_t got = ::recv(backend, buffer, sizeof buffer, 0);
            if (got <= 0 || SSL_write(client, buffer, static_cast<int>(got)) != got) {
                return;
            }
        }
    }
}

struct Held
{
    SslPtr ssl;
    int fd = -1;
};

} // namespace

TlsIdentity serverIdentity(const CertificateAuthority& ca, const QStringList& altNames)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString certificatePath = dir.filePath(u"ca.pem"_s);
    const QString keyPath = dir.filePath(u"ca.key"_s);
    REQUIRE(ca.save(certificatePath, keyPath).ok());
    QFile keyFile(keyPath);
    REQUIRE(keyFile.open(QIODevice::ReadOnly));
    const QByteArray caKeyPem = keyFile.readAll();
    const BioPtr keyBio(BIO_new_mem_buf(caKeyPem.constData(), static_cast<int>(caKeyPem.size())));
    const EvpPkeyPtr caKey(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    REQUIRE(caKey);
    const QByteArray caDer = ca.certificateDer();
    const auto* in = reinterpret_cast<const unsigned char*>(caDer.constData());
    const X509Ptr caCertificate(d2i_X509(nullptr, &in, static_cast<long>(caDer.size())));
    REQUIRE(caCertificate);

    const EvpPkeyPtr key(EVP_EC_gen("P-256"));
    REQUIRE(key);
    const X509Ptr certificate(X509_new());
    REQUIRE(certificate);
    unsigned char serial[16];
    REQUIRE(RAND_bytes(serial, sizeof serial) == 1);
    serial[0] &= 0x7f;
    const BignumPtr serialNumber(BN_bin2bn(serial, sizeof serial, nullptr));
    REQUIRE(serialNumber);
    const X509NamePtr subject(X509_NAME_new());
    REQUIRE(X509_NAME_add_entry_by_txt(subject.get(), "CN", MBSTRING_UTF8,
                                       reinterpret_cast<const unsigned char*>("CMP over TLS"), -1, -1,
                                       0) == 1);
    REQUIRE(X509_set_version(certificate.get(), X509_VERSION_3) == 1);
    REQUIRE(BN_to_ASN1_INTEGER(serialNumber.get(), X509_get_serialNumber(certificate.get())) != nullptr);
    REQUIRE(X509_set_issuer_name(certificate.get(), X509_get_subject_name(caCertificate.get())) == 1);
    REQUIRE(X509_set_subject_name(certificate.get(), subject.get()) == 1);
    REQUIRE(X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600) != nullptr);
    REQUIRE(X509_gmtime_adj(X509_getm_notAfter(certificate.get()), 24 * 3600) != nullptr);
    REQUIRE(X509_set_pubkey(certificate.get(), key.get()) == 1);
    X509V3_CTX context;
    X509V3_set_ctx(&context, caCertificate.get(), certificate.get(), nullptr, nullptr, 0);
    addExtension(certificate.get(), &context, NID_basic_constraints, "critical,CA:FALSE");
    addExtension(certificate.get(), &context, NID_key_usage, "critical,digitalSignature");
    addExtension(certificate.get(), &context, NID_ext_key_usage, "serverAuth");
    addExtension(certificate.get(), &context, NID_authority_key_identifier, "keyid");
    addExtension(certificate.get(), &context, NID_subject_alt_name, altNames.join(u',').toUtf8());
    REQUIRE(X509_sign(certificate.get(), caKey.get(), EVP_sha256()) > 0);

    const BioPtr bio(BIO_new(BIO_s_mem()));
    REQUIRE(PEM_write_bio_X509(bio.get(), certificate.get()) == 1);
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return TlsIdentity{QByteArray(data, static_cast<qsizetype>(length)), pemOfKey(key.get())};
}

// ---- TlsProxy ------------------------------------------------------------------------------------

TlsProxy::TlsProxy(Mode mode, const TlsIdentity& identity, quint16 backendPort)
    : m_mode(mode), m_identity(identity), m_backendPort(backendPort)
{
    // A peer gone while the proxy writes must not kill the test run.
    std::signal(SIGPIPE, SIG_IGN);
    m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    REQUIRE(m_listener >= 0);
    sockaddr_in address = loopback(0);
    REQUIRE(::bind(m_listener, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    REQUIRE(::listen(m_listener, 8) == 0);
    socklen_t size = sizeof address;
    REQUIRE(::getsockname(m_listener, reinterpret_cast<sockaddr*>(&address), &size) == 0);
    m_port = ntohs(address.sin_port);
    m_thread = std::thread([this] { serve(); });
}

TlsProxy::~TlsProxy()
{
    m_stop = true;
    m_thread.join();
    ::close(m_listener);
}

QString TlsProxy::url(const QString& host) const
{
    return u"https://"_s + host + u':' + QString::number(m_port) + u"/pkix/"_s;
}

void TlsProxy::serve()
{
    // No REQUIRE on this thread: a context that cannot be set up leaves every handshake failing.
    const SslCtxPtr context(SSL_CTX_new(TLS_server_method()));
    {
        const BioPtr certificate(BIO_new_mem_buf(m_identity.certificatePem.constData(),
                                                 static_cast<int>(m_identity.certificatePem.size())));
        const BioPtr key(
            BIO_new_mem_buf(m_identity.keyPem.constData(), static_cast<int>(m_identity.keyPem.size())));
        const X509Ptr x509(PEM_read_bio_X509(certificate.get(), nullptr, nullptr, nullptr));
        const EvpPkeyPtr pkey(PEM_read_bio_PrivateKey(key.get(), nullptr, nullptr, nullptr));
        if (context && x509 && pkey) {
            SSL_CTX_use_certificate(context.get(), x509.get());
            SSL_CTX_use_PrivateKey(context.get(), pkey.get());
        }
    }
    std::vector<Held> held; // Silent and Mute: never answered
    while (!m_stop) {
        pollfd listening{m_listener, POLLIN, 0};
        if (::poll(&listening, 1, 50) <= 0) {
            continue;
        }
        const int client = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC);
        if (client < 0) {
            continue;
        }
        ++m_connections;
        const timeval patience{5, 0};
        ::setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &patience, sizeof patience);
        ::setsockopt(client, SOL_SOCKET, SO_SNDTIMEO, &patience, sizeof patience);
        if (m_mode == Mode::Mute) {
            held.push_back(Held{nullptr, client});
            continue;
        }
        SslPtr ssl(SSL_new(context.get()));
        if (!ssl || SSL_set_fd(ssl.get(), client) != 1 || SSL_accept(ssl.get()) != 1) {
            ERR_clear_error();
            ::close(client);
            continue;
        }
        ++m_handshakes;
        if (m_mode == Mode::Silent) {
            held.push_back(Held{std::move(ssl), client});
            continue;
        }
        const int backend = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        const sockaddr_in target = loopback(m_backendPort);
        if (backend >= 0 &&
            ::connect(backend, reinterpret_cast<const sockaddr*>(&target), sizeof target) == 0) {
            pump(ssl.get(), client, backend, m_stop);
        }
        SSL_shutdown(ssl.get());
        ERR_clear_error();
        if (backend >= 0) {
            ::close(backend);
        }
        ssl.reset();
        ::close(client);
    }
    for (Held& connection : held) {
        connection.ssl.reset();
        ::close(connection.fd);
    }
}

} // namespace guichet::enrol::test
