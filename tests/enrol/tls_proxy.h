#pragma once

// A TLS peer on loopback for the CMP-over-HTTPS tests, written with OpenSSL on a thread of its own
// (so the code under test may block on it): it terminates TLS with a server certificate of the
// test's choosing and forwards each connection, as is, to a plain HTTP server (the `openssl cmp`
// mock server of cmp_fixture.h); or it completes the handshake and never answers, or never even
// answers the handshake.

#include "enrol/certificate_authority.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <atomic>
#include <thread>

namespace guichet::enrol::test {

/// A TLS server's certificate and key, PEM.
struct TlsIdentity
{
    QByteArray certificatePem;
    QByteArray keyPem;
};

/// A new P-256 key and its certificate issued by `ca` (whose key is read back from
/// CertificateAuthority::save): CN "CMP over TLS", subjectAltName `altNames` (e.g. {"IP:127.0.0.1",
/// "DNS:localhost"}), extendedKeyUsage serverAuth, valid for a day.
TlsIdentity serverIdentity(const CertificateAuthority& ca, const QStringList& altNames);

class TlsProxy
{
public:
    enum class Mode
    {
        Forward, ///< TLS, then each connection forwarded to the backend
        Silent,  ///< TLS, the request read, never answered
        Mute,    ///< the connection accepted, the client's hello never answered
    };

    /// Listening on 127.0.0.1 by the time it returns; `backendPort` only for Forward.
    TlsProxy(Mode mode, const TlsIdentity& identity, quint16 backendPort = 0);
    ~TlsProxy();
    TlsProxy(const TlsProxy&) = delete;
    TlsProxy& operator=(const TlsProxy&) = delete;

    quint16 port() const { return m_port; }
    /// "https://`host`:port/pkix/".
    QString url(const QString& host = QStringLiteral("127.0.0.1")) const;
    /// Connections accepted, and TLS handshakes completed, so far.
    int connections() const { return m_connections; }
    int handshakes() const { return m_handshakes; }

private:
    void serve();

    const Mode m_mode;
    const TlsIdentity m_identity;
    const quint16 m_backendPort;
    int m_listener = -1;
    std::atomic<quint16> m_port{0};
    std::atomic<int> m_connections{0};
    std::atomic<int> m_handshakes{0};
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace guichet::enrol::test
