#pragma once

// The RA's CA over CMP (RFC 4210, RFC 6712 HTTP transfer), with OpenSSL's CMP client. The request
// (ir, cr or p10cr) carries the subject and the product's validity and key usage; the proof of
// possession is signed on the holder's token; the message is protected by the operator's token key
// and certificate, or by the CA's shared secret (PBM). The CA's answer must be protected the same
// way (a signature that chains to the configured CA certificates, or the same shared secret). The
// certificate it issues is checked (checkIssuedCertificate) before it is confirmed: a certificate
// that does not match is refused in the CMP certConf, so the CA knows it was not accepted.

#include "enrol/issuer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace guichet::enrol {

enum class CmpCommand
{
    InitialRequest,       ///< ir: a first certificate for a new end entity (the usual case here)
    CertificationRequest, ///< cr
    Pkcs10Request,        ///< p10cr: a PKCS#10 request, signed on the holder's token
};

struct CmpConfig
{
    /// "http://ca.example.fr:8080/pkix/" or "https://ca.example.fr/pkix/": host, port (default 80,
    /// or 443 with https) and, unless `path` says otherwise, the path. With https://, each message
    /// goes inside TLS (1.2 at least): the server's certificate must chain to `tlsTrust` and name
    /// the host (DNS name, or the IP address given).
    QString server;
    /// The CMP alias path at the server; empty: the URL's path, else "/".
    QString path;
    /// The CA certificate(s), DER or PEM: trusted to sign the CA's answers, and the issued
    /// certificate must chain to them.
    QList<QByteArray> caCertificates;
    /// With https://: the CA certificate(s), DER or PEM, the server's TLS certificate must chain to;
    /// empty: `caCertificates`.
    QList<QByteArray> tlsTrust;
    CmpCommand command = CmpCommand::InitialRequest;
    /// Seconds for each message's round trip; and for the whole exchange. 0: no limit.
    int messageTimeoutSeconds = 30;
    int totalTimeoutSeconds = 120;
};

class CmpIssuer final : public Issuer
{
    Q_DECLARE_TR_FUNCTIONS(guichet::enrol::CmpIssuer)

public:
    explicit CmpIssuer(CmpConfig config) : m_config(std::move(config)) {}

    /// Each message goes over a connection of its own, tried once (OpenSSL's client would retry a
    /// refused connection until its timeout, so a CA that is down would look slow), no proxy
    /// whatever http_proxy says. Errors, each a plain sentence
    /// with OpenSSL's errors (and the CMP client's log) in the detail: the CA cannot be reached (connection
    /// refused, unknown host), did not answer in time, answered something that is not CMP, refused
    /// the request (its PKIStatus and text), answered with a protection that does not verify, or
    /// issued a certificate that does not match the request (each mismatch named). With https://,
    /// also: the CA's TLS certificate cannot be verified (the reason named), the CA's name does not
    /// match its TLS certificate, the TLS handshake failed (a peer that speaks plain HTTP, say); a
    /// TLS handshake that does not finish in time is a CA that did not answer in time.
    Result<IssuedCertificate> issue(const IssuanceRequest& request) override;
    /// "CMP http://host:port/path" or "CMP https://host/path".
    QString description() const override;

    const CmpConfig& config() const { return m_config; }

private:
    QString unreachable() const;

    CmpConfig m_config;
};

} // namespace guichet::enrol
