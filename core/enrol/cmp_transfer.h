#pragma once

// How CmpIssuer's messages reach the CA (RFC 6712: HTTP POST, application/pkixcmp): one connection
// of our own per message, tried once and with no proxy, inside TLS for an https:// address, the
// connection and handshake within the message's timeout. OpenSSL's CMP client calls cmpTransfer()
// (OSSL_CMP_transfer_cb_t) with a CmpTransfer as its argument; the issuer reads back what failed.
// Internal to core/enrol.

#include <QString>
#include <openssl/cmp.h>
#include <openssl/ssl.h>

namespace guichet::enrol {

struct CmpEndpoint
{
    QString host;
    int port = 80;
    QString path;
};

/// What went wrong setting up TLS on a connection, before any message was sent.
enum class TlsFault
{
    None,
    NotVerified,  ///< the server's certificate does not chain to the TLS trust (or is not valid)
    NameMismatch, ///< it does not name the host
    Handshake,    ///< no TLS at all (a plain HTTP peer), or one Guichet does not accept
    Timeout,      ///< the peer did not finish the handshake in time
};

struct CmpTransfer
{
    CmpEndpoint endpoint;
    SSL_CTX* tls = nullptr; ///< https: the client's TLS context (owned by issue()); null: plain HTTP
    bool connectFailed = false;
    TlsFault tlsFault = TlsFault::None;
    QString tlsReason; ///< OpenSSL's verification error, with NotVerified and NameMismatch
};

/// OSSL_CMP_transfer_cb_t; its argument (OSSL_CMP_CTX_set_transfer_cb_arg) is a CmpTransfer.
OSSL_CMP_MSG* cmpTransfer(OSSL_CMP_CTX* context, const OSSL_CMP_MSG* request);

} // namespace guichet::enrol
