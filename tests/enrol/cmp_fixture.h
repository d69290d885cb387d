#pragma once

// What the issuance tests share: a SoftHSM2 world with two tokens (the holder's, the operator's, both
// logged in), a test RA CA (enrol::CertificateAuthority) with a CMP server key and certificate, and
// `openssl cmp` run as a CMP server on loopback. The server always answers with the certificate given
// as -rsp_cert, so the tests pre-issue it with the CA for the key just generated on the holder token.

#include "enrol/certificate_authority.h"
#include "enrol/certificate_profile.h"
#include "enrol/cmp_issuer.h"
#include "enrol/issuer.h"
#include "softhsm_fixture.h"
#include "token/pkcs11_module.h"
#include "token/token_key.h"
#include "token/token_session.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <atomic>
#include <memory>
#include <optional>
#include <thread>

namespace guichet::enrol::test {

/// A software key pair (the CMP server's, or "another key" the CA certifies by mistake).
struct SoftwareKey
{
    QByteArray privatePem;
    QByteArray publicDer;
};
SoftwareKey softwareKey();

/// `openssl cmp` as a mock CMP server: started on a free port (-port 0, the port read from its
/// "ACCEPT" line), listening by the time the constructor returns, killed by the destructor.
class CmpServer
{
public:
    explicit CmpServer(const QStringList& arguments);
    ~CmpServer();
    CmpServer(const CmpServer&) = delete;
    CmpServer& operator=(const CmpServer&) = delete;

    int port() const { return m_port; }
    QString url() const;
    /// What the server printed so far (for INFO on failure).
    QString output();

private:
    QProcess m_process;
    QByteArray m_output;
    int m_port = 0;
};

/// A loopback HTTP server that is not a working CA, for the faults: it accepts every connection and,
/// given no response, reads the request and never answers (a slow CA); given `response` (a whole
/// HTTP response, see httpResponse()), reads the request, answers that and closes. It serves on a
/// thread of its own, so the code under test may block while it waits for it.
class FakeCaServer
{
public:
    explicit FakeCaServer(QByteArray response = {});
    ~FakeCaServer();
    FakeCaServer(const FakeCaServer&) = delete;
    FakeCaServer& operator=(const FakeCaServer&) = delete;

    QString url() const;
    /// Connections accepted so far.
    int connections() const { return m_connections; }

private:
    void serve();

    const QByteArray m_response;
    std::atomic<quint16> m_port{0};
    std::atomic<int> m_connections{0};
    std::atomic<bool> m_listening{false};
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

/// "HTTP/1.1 `status`" with `body` as `contentType`, its length, and "Connection: close".
QByteArray httpResponse(const QByteArray& status, const QByteArray& contentType, const QByteArray& body);

enum class Protection
{
    OperatorSignature,
    SharedSecret,
};

class Fixture
{
public:
    static constexpr char secret[] = "CMP-shared-secret-42";
    static constexpr char reference[] = "guichet-ra-1";

    explicit Fixture(const QString& caOrganisation = QStringLiteral("Guichet Test RA"));

    /// A key pair generated on the holder's token (RSA 2048/3072 or EC P-256), CKA_ID `id`.
    token::TokenKey generateHolderKey(KeyAlgorithm algorithm, const QByteArray& id = QByteArray("\x01", 1));
    static QByteArray publicKeyOf(const token::TokenKey& key);

    /// The sample order's subject and profile (RGS2-SIGN-TOKEN, 3 years).
    SubjectFields subject() const { return m_subject; }
    CertificateProfile profile(KeyAlgorithm algorithm) const;

    /// A certificate of the CA for `publicKeyDer` (what the CMP server will hand out).
    QByteArray issue(const QByteArray& publicKeyDer, const SubjectFields& subject, int years = 3) const;

    IssuanceRequest request(const token::TokenKey& holderKey, KeyAlgorithm algorithm,
                            Protection protection) const;
    /// The CA (trust anchor) as the issuer's configuration gives it.
    QList<QByteArray> caCertificates() const { return {m_ca->certificatePem()}; }

    /// Writes `bytes` to a file of the fixture's temporary folder; returns its path.
    QString write(const QString& name, const QByteArray& bytes) const;
    /// openssl cmp's server arguments for `protection`, answering with `responseDer`.
    QStringList serverArguments(Protection protection, const QByteArray& responseDer) const;

    /// As when the desk restarts: releases the fixture's sessions and the module, which is then
    /// finalised (C_Finalize) and loaded again, so SoftHSM reads its token folder afresh (a token
    /// deleted under the loaded module is gone from the slot list); logs in to both tokens again.
    /// Whatever else holds the module (sessions, keys, shared pointers) must be released first.
    void reloadModule();

    const CertificateAuthority& ca() const { return *m_ca; }
    token::TokenSession& holderSession() { return *m_holder; }
    const token::TokenKey& operatorKey() const { return *m_operatorKey; }
    QByteArray operatorCertificate() const { return m_operatorCertificate; }

private:
    void takeOperatorKey();

    // Declaration order is destruction order reversed: keys and sessions go before the module,
    // the module before SoftHSM's configuration.
    QTemporaryDir m_dir;
    token::test::SoftHsm m_softhsm;
    std::shared_ptr<token::Pkcs11Module> m_module;
    std::optional<token::TokenSession> m_holder;
    std::optional<token::TokenSession> m_operator;
    std::optional<token::TokenKey> m_operatorKey;
    QByteArray m_operatorCertificate;
    std::optional<CertificateAuthority> m_ca;
    QByteArray m_serverCertificate;
    SoftwareKey m_serverKey;
    SubjectFields m_subject;
};

/// The CMP client's configuration for the server at `url` trusting `caCertificates` for its answers,
/// with timeouts short enough for tests.
CmpConfig cmpConfig(const QString& url, const QList<QByteArray>& caCertificates);

/// A port nothing listens on: one the system just gave out, closed again.
quint16 closedPort();

/// The error's message and detail, for INFO.
template <typename T> std::string describe(const Result<T>& result)
{
    return result ? std::string("ok") : result.error().toString().toStdString();
}

} // namespace guichet::enrol::test
