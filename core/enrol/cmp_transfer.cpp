#include "enrol/cmp_transfer.h"

#include "token/openssl_handles.h"

#include <algorithm>
#include <ctime>
#include <memory>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/http.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

using namespace Qt::StringLiterals;

namespace guichet::enrol {
namespace {

/// A TCP connection to the CA, tried once: OpenSSL's HTTP client retries a refused connection until
/// its message timeout, so a CA that is down would look like a slow one, and only after the whole
/// timeout. Null on failure, the reason on OpenSSL's queue.
token::BioPtr connectTo(const CmpEndpoint& endpoint, int timeoutSeconds)
{
    const QString host = endpoint.host.contains(u':') ? u'[' + endpoint.host + u']' : endpoint.host;
    const QByteArray address = (host + u':' + QString::number(endpoint.port)).toUtf8();
    token::BioPtr bio(BIO_new_connect(address.constData()));
    if (!bio) {
        return {};
    }
    BIO_set_nbio(bio.get(), 1);
    const time_t deadline = time(nullptr) + (timeoutSeconds > 0 ? timeoutSeconds : 30);
    for (;;) {
        if (BIO_do_connect(bio.get()) > 0) {
            return bio;
        }
        if (!BIO_should_retry(bio.get()) || BIO_wait(bio.get(), deadline, 100) <= 0) {
            return {};
        }
    }
}

/// The TLS client over `socket`, handshake done within `deadline` (0: none): the server's certificate
/// verified against the context's store and for the endpoint's host (its DNS name, with SNI, or its
/// IP address). Null on failure, state->tlsFault set and OpenSSL's reasons on its queue.
token::BioChainPtr startTls(CmpTransfer& state, token::BioPtr socket, time_t deadline)
{
    token::SslPtr ssl(SSL_new(state.tls));
    token::BioChainPtr chain(BIO_new(BIO_f_ssl()));
    if (!ssl || !chain) {
        state.tlsFault = TlsFault::Handshake;
        return {};
    }
    SSL* connection = ssl.get();
    SSL_set_connect_state(connection);
    const QByteArray host = state.endpoint.host.toUtf8();
    // An IP address literal is checked as such (iPAddress in subjectAltName), and sent no SNI.
    ASN1_OCTET_STRING* address = a2i_IPADDRESS(host.constData());
    const bool named = address == nullptr;
    ASN1_OCTET_STRING_free(address);
    ERR_clear_error(); // a2i_IPADDRESS queues an error for a name
    const bool hostSet =
        named ? // SSL_set_tlsext_host_name, without its C cast
            SSL_ctrl(connection, SSL_CTRL_SET_TLSEXT_HOSTNAME, TLSEXT_NAMETYPE_host_name,
                     const_cast<char*>(host.constData())) == 1 &&
                SSL_set1_host(connection, host.constData()) == 1
              : X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(connection), host.constData()) == 1;
    if (!hostSet) {
        state.tlsFault = TlsFault::Handshake;
        return {};
    }
    BIO_set_ssl(chain.get(), ssl.release(), BIO_CLOSE);
    BIO_push(chain.get(), socket.release()); // the chain owns the socket now
    for (;;) {
        if (BIO_do_handshake(chain.get()) > 0) {
            return chain;
        }
        if (!BIO_should_retry(chain.get())) {
            break;
        }
        const int waited = BIO_wait(chain.get(), deadline, 100);
        if (waited == 0) {
            state.tlsFault = TlsFault::Timeout;
            return {};
        }
        if (waited < 0) {
            break;
        }
    }
    const long verified = SSL_get_verify_result(connection);
    if (verified == X509_V_ERR_HOSTNAME_MISMATCH || verified == X509_V_ERR_IP_ADDRESS_MISMATCH) {
        state.tlsFault = TlsFault::NameMismatch;
    } else if (verified != X509_V_OK) {
        state.tlsFault = TlsFault::NotVerified;
    } else {
        state.tlsFault = TlsFault::Handshake;
    }
    if (verified != X509_V_OK) {
        state.tlsReason = QString::fromUtf8(X509_verify_cert_error_string(verified));
    }
    return {};
}

struct HeadersDeleter
{
    void operator()(STACK_OF(CONF_VALUE) * headers) const
    {
        sk_CONF_VALUE_pop_free(headers, X509V3_conf_free);
    }
};

} // namespace

/// OSSL_CMP_transfer_cb_t: what OSSL_CMP_MSG_http_perform does (RFC 6712: POST, application/pkixcmp),
/// over a connection of our own (connectTo), one per message, no proxy; with https, inside TLS
/// (startTls), the handshake within the message's timeout.
OSSL_CMP_MSG* cmpTransfer(OSSL_CMP_CTX* context, const OSSL_CMP_MSG* request)
{
    auto* state = static_cast<CmpTransfer*>(OSSL_CMP_CTX_get_transfer_cb_arg(context));
    // The message timeout, already shortened by the client to what the total timeout leaves.
    int timeout = OSSL_CMP_CTX_get_option(context, OSSL_CMP_OPT_MSG_TIMEOUT);
    const time_t started = time(nullptr);
    token::BioPtr socket = connectTo(state->endpoint, timeout);
    if (!socket) {
        state->connectFailed = true;
        return nullptr;
    }
    token::BioChainPtr connection;
    if (state->tls != nullptr) {
        connection = startTls(*state, std::move(socket), timeout > 0 ? started + timeout : 0);
        if (!connection) {
            return nullptr;
        }
        // What the connection and the handshake left of the message's timeout.
        if (timeout > 0) {
            timeout = static_cast<int>(std::max<time_t>(1, started + timeout - time(nullptr)));
        }
    } else {
        connection.reset(socket.release());
    }
    const token::BioPtr body(BIO_new(BIO_s_mem()));
    STACK_OF(CONF_VALUE)* rawHeaders = nullptr;
    const bool headerAdded = X509V3_add_value("Pragma", "no-cache", &rawHeaders) == 1;
    const std::unique_ptr<STACK_OF(CONF_VALUE), HeadersDeleter> headers(rawHeaders);
    if (!body || !headerAdded || i2d_OSSL_CMP_MSG_bio(body.get(), request) <= 0) {
        return nullptr;
    }
    const QByteArray host = state->endpoint.host.toUtf8();
    const QByteArray port = QByteArray::number(state->endpoint.port);
    const QByteArray path = state->endpoint.path.toUtf8();
    static constexpr char contentType[] = "application/pkixcmp";
    const token::BioPtr response(OSSL_HTTP_transfer(
        nullptr, host.constData(), port.constData(), path.constData(), 0, nullptr, nullptr, connection.get(),
        connection.get(), nullptr, nullptr, 0, headers.get(), contentType, body.get(), contentType, 1,
        OSSL_HTTP_DEFAULT_MAX_RESP_LEN, timeout, 0));
    if (!response) {
        return nullptr;
    }
    return d2i_OSSL_CMP_MSG_bio(response.get(), nullptr);
}

} // namespace guichet::enrol
