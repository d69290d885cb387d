#include "enrol/cmp_issuer.h"

#include "enrol/cmp_transfer.h"
#include "enrol/issuer_support.h"
#include "token/openssl_handles.h"
#include "token/token_key.h"

#include <QDate>
#include <QStringList>
#include <QUrl>
#include <algorithm>
#include <cerrno>
#include <ctime>
#include <openssl/bio.h>
#include <openssl/cmp.h>
#include <openssl/cmperr.h>
#include <openssl/err.h>
#include <openssl/http.h>
#include <openssl/httperr.h>
#include <openssl/ssl.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

using namespace Qt::StringLiterals;

namespace guichet::enrol {

namespace {

struct CmpCtxDeleter
{
    void operator()(OSSL_CMP_CTX* context) const { OSSL_CMP_CTX_free(context); }
};
using CmpCtxPtr = std::unique_ptr<OSSL_CMP_CTX, CmpCtxDeleter>;
struct ExtensionsDeleter
{
    void operator()(X509_EXTENSIONS* extensions) const
    {
        sk_X509_EXTENSION_pop_free(extensions, X509_EXTENSION_free);
    }
};
using ExtensionsPtr = std::unique_ptr<X509_EXTENSIONS, ExtensionsDeleter>;
struct X509ReqDeleter
{
    void operator()(X509_REQ* request) const { X509_REQ_free(request); }
};
using X509ReqPtr = std::unique_ptr<X509_REQ, X509ReqDeleter>;
struct GeneralNamesDeleter
{
    void operator()(GENERAL_NAMES* names) const { GENERAL_NAMES_free(names); }
};
using GeneralNamesPtr = std::unique_ptr<GENERAL_NAMES, GeneralNamesDeleter>;
struct BitStringDeleter
{
    void operator()(ASN1_BIT_STRING* bits) const { ASN1_BIT_STRING_free(bits); }
};
using BitStringPtr = std::unique_ptr<ASN1_BIT_STRING, BitStringDeleter>;

// ---- The CMP client's log ----------------------------------------------------------------------

/// OpenSSL's CMP log callback takes no argument: the lines of the exchange running on this thread go
/// here, for the error's detail.
thread_local QStringList* cmpLog = nullptr;

int logLine(const char* function, const char*, int, OSSL_CMP_severity level, const char* message)
{
    if (cmpLog != nullptr && level <= OSSL_CMP_LOG_INFO) {
        cmpLog->append(QString::fromLatin1(function != nullptr ? function : "cmp") + u": "_s +
                       QString::fromUtf8(message));
    }
    return 1;
}

class LogCapture
{
public:
    explicit LogCapture(QStringList& lines) : m_previous(cmpLog) { cmpLog = &lines; }
    ~LogCapture() { cmpLog = m_previous; }
    LogCapture(const LogCapture&) = delete;
    LogCapture& operator=(const LogCapture&) = delete;

private:
    QStringList* m_previous;
};

// ---- The errors ---------------------------------------------------------------------------------

struct QueuedError
{
    int library = 0;
    int reason = 0;
    QString text;
};

QList<QueuedError> takeErrors()
{
    QList<QueuedError> errors;
    const char* data = nullptr;
    int flags = 0;
    while (const unsigned long code = ERR_get_error_all(nullptr, nullptr, nullptr, &data, &flags)) {
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        QueuedError error{ERR_GET_LIB(code), ERR_GET_REASON(code), QString::fromLatin1(text)};
        if (data != nullptr && (flags & ERR_TXT_STRING) != 0 && *data != '\0') {
            error.text += u" ("_s + QString::fromUtf8(data) + u')';
        }
        errors.append(error);
    }
    return errors;
}

enum class Fault
{
    Unreachable,
    Timeout,
    NotCmp,
    NotVerified,
    Other,
};

bool any(const QList<QueuedError>& errors, const auto& predicate)
{
    return std::any_of(errors.begin(), errors.end(), predicate);
}

Fault classify(const QList<QueuedError>& errors)
{
    // Connection refused or never accepted first: OpenSSL retries a refused connection until its
    // timeout, then reports a connect timeout.
    if (any(errors, [](const QueuedError& e) {
            return (e.library == ERR_LIB_SYS &&
                    (e.reason == ECONNREFUSED || e.reason == EHOSTUNREACH || e.reason == ENETUNREACH)) ||
                   (e.library == ERR_LIB_BIO &&
                    (e.reason == BIO_R_CONNECT_ERROR || e.reason == BIO_R_NBIO_CONNECT_ERROR ||
                     e.reason == BIO_R_CONNECT_TIMEOUT || e.reason == BIO_R_LOOKUP_RETURNED_NOTHING ||
                     e.reason == BIO_R_NO_SUCH_FILE || e.reason == BIO_R_UNABLE_TO_CREATE_SOCKET)) ||
                   (e.library == ERR_LIB_HTTP && e.reason == HTTP_R_CONNECT_FAILURE) ||
                   e.text.contains(u"Connection refused"_s, Qt::CaseInsensitive);
        })) {
        return Fault::Unreachable;
    }
    if (any(errors, [](const QueuedError& e) {
            return (e.library == ERR_LIB_HTTP && e.reason == HTTP_R_RETRY_TIMEOUT) ||
                   (e.library == ERR_LIB_CMP && e.reason == CMP_R_TOTAL_TIMEOUT) ||
                   e.text.contains(u"timeout"_s, Qt::CaseInsensitive) ||
                   e.text.contains(u"timed out"_s, Qt::CaseInsensitive);
        })) {
        return Fault::Timeout;
    }
    if (any(errors, [](const QueuedError& e) {
            return e.library == ERR_LIB_CMP &&
                   (e.reason == CMP_R_ERROR_VALIDATING_PROTECTION ||
                    e.reason == CMP_R_ERROR_VALIDATING_SIGNATURE ||
                    e.reason == CMP_R_NO_SUITABLE_SENDER_CERT ||
                    e.reason == CMP_R_SRVCERT_DOES_NOT_VALIDATE_MSG || e.reason == CMP_R_WRONG_PBM_VALUE ||
                    e.reason == CMP_R_MISSING_PROTECTION || e.reason == CMP_R_MISSING_PBM_SECRET ||
                    e.reason == CMP_R_MISSING_TRUST_STORE || e.reason == CMP_R_MISSING_TRUST_ANCHOR);
        })) {
        return Fault::NotVerified;
    }
    if (any(errors, [](const QueuedError& e) {
            return e.library == ERR_LIB_HTTP || e.library == ERR_LIB_ASN1 ||
                   (e.library == ERR_LIB_CMP &&
                    (e.reason == CMP_R_UNEXPECTED_PKIBODY || e.reason == CMP_R_UNEXPECTED_PVNO ||
                     e.reason == CMP_R_PKIBODY_ERROR || e.reason == CMP_R_TRANSACTIONID_UNMATCHED ||
                     e.reason == CMP_R_RECIPNONCE_UNMATCHED || e.reason == CMP_R_TRANSFER_ERROR));
        })) {
        return Fault::NotCmp;
    }
    return Fault::Other;
}

// ---- Building the request -----------------------------------------------------------------------

/// keyUsage (critical) as the profile says, and the e-mail address as rfc822Name.
ExtensionsPtr requestExtensions(const IssuanceRequest& request)
{
    X509_EXTENSIONS* extensions = nullptr;
    const BitStringPtr usage(ASN1_BIT_STRING_new());
    if (!usage) {
        return {};
    }
    for (int bit = 0; bit < 8; ++bit) {
        if ((request.profile.keyUsage & (0x80u >> bit)) != 0 &&
            ASN1_BIT_STRING_set_bit(usage.get(), bit, 1) != 1) {
            return {};
        }
    }
    const int added = X509V3_add1_i2d(&extensions, NID_key_usage, usage.get(), 1, X509V3_ADD_DEFAULT);
    ExtensionsPtr owned(extensions);
    if (added != 1) {
        return {};
    }
    const QString& email = request.subject.emailAddress;
    if (email.isEmpty()) {
        return owned;
    }
    const QByteArray ascii = email.toLatin1();
    const GeneralNamesPtr names(sk_GENERAL_NAME_new_null());
    GENERAL_NAME* name = GENERAL_NAME_new();
    ASN1_IA5STRING* value = ASN1_IA5STRING_new();
    if (!names || name == nullptr || value == nullptr ||
        ASN1_STRING_set(value, ascii.constData(), static_cast<int>(ascii.size())) != 1) {
        GENERAL_NAME_free(name);
        ASN1_IA5STRING_free(value);
        return {};
    }
    GENERAL_NAME_set0_value(name, GEN_EMAIL, value);
    if (sk_GENERAL_NAME_push(names.get(), name) == 0) {
        GENERAL_NAME_free(name);
        return {};
    }
    // Adds to the same stack `owned` holds (X509V3_add1_i2d appends when the stack exists).
    if (X509V3_add1_i2d(&extensions, NID_subject_alt_name, names.get(), 0, X509V3_ADD_DEFAULT) != 1) {
        return {};
    }
    return owned;
}

/// A PKCS#10 request: the plain copy of the holder's public key, the subject and the extensions,
/// signed with the holder's token key.
X509ReqPtr pkcs10Request(const IssuanceRequest& request, const X509_NAME* subject,
                         X509_EXTENSIONS* extensions)
{
    const auto* in = reinterpret_cast<const unsigned char*>(request.holderPublicKeyDer.constData());
    const token::EvpPkeyPtr publicKey(
        d2i_PUBKEY(nullptr, &in, static_cast<long>(request.holderPublicKeyDer.size())));
    X509ReqPtr csr(X509_REQ_new());
    if (!publicKey || !csr || X509_REQ_set_version(csr.get(), X509_REQ_VERSION_1) != 1 ||
        X509_REQ_set_subject_name(csr.get(), subject) != 1 ||
        X509_REQ_set_pubkey(csr.get(), publicKey.get()) != 1 ||
        X509_REQ_add_extensions(csr.get(), extensions) != 1 ||
        X509_REQ_sign(csr.get(), request.holderKey->evpPkey(), EVP_sha256()) <= 0) {
        return {};
    }
    return csr;
}

// ---- Checking what the CA issued, before confirming it -------------------------------------------

struct Confirmation
{
    ExpectedCertificate expected;
    bool ran = false;
    IssuedCheck check;
    QByteArray rejection; ///< the text sent in the certConf; must outlive the exchange
};

QList<QByteArray> derList(STACK_OF(X509) * certificates)
{
    QList<QByteArray> list;
    for (int i = 0; certificates != nullptr && i < sk_X509_num(certificates); ++i) {
        list.append(detail::derOf(sk_X509_value(certificates, i)));
    }
    return list;
}

/// OSSL_CMP_certConf_cb_t: holds the certificate to the request (checkIssuedCertificate) and
/// rejects it in the certConf when it does not match; OpenSSL's own objection (`failInfo`, a key
/// that is not the request's) stands as well.
int confirmCertificate(OSSL_CMP_CTX* context, X509* certificate, int failInfo, const char** text)
{
    auto* confirmation = static_cast<Confirmation*>(OSSL_CMP_CTX_get_certConf_cb_arg(context));
    const token::X509StackPtr caPubs(OSSL_CMP_CTX_get1_caPubs(context));
    const token::X509StackPtr extraCerts(OSSL_CMP_CTX_get1_extraCertsIn(context));
    confirmation->expected.intermediates = derList(caPubs.get()) + derList(extraCerts.get());
    confirmation->check = checkIssuedCertificate(detail::derOf(certificate), confirmation->expected);
    confirmation->ran = true;
    if (!confirmation->check.ok()) {
        QStringList reasons;
        for (const Mismatch& mismatch : confirmation->check.mismatches) {
            reasons.append(mismatch.detail.isEmpty() ? mismatch.message : mismatch.detail);
        }
        confirmation->rejection =
            u"certificate does not match the request: "_s.toUtf8() + reasons.join(u"; "_s).toUtf8();
        *text = confirmation->rejection.constData();
        const int bit = confirmation->check.has(CheckedItem::PublicKey)
                            ? OSSL_CMP_PKIFAILUREINFO_incorrectData
                            : OSSL_CMP_PKIFAILUREINFO_badCertTemplate;
        return failInfo | (1 << bit);
    }
    return failInfo;
}

QString freeText(OSSL_CMP_PKIFREETEXT* texts)
{
    QStringList lines;
    for (int i = 0; texts != nullptr && i < sk_ASN1_UTF8STRING_num(texts); ++i) {
        const ASN1_UTF8STRING* line = sk_ASN1_UTF8STRING_value(texts, i);
        lines.append(QString::fromUtf8(reinterpret_cast<const char*>(ASN1_STRING_get0_data(line)),
                                       ASN1_STRING_length(line)));
    }
    return lines.join(u" "_s).trimmed();
}

} // namespace

QString CmpIssuer::description() const
{
    return u"CMP "_s + m_config.server + (m_config.path.isEmpty() ? QString() : u" path "_s + m_config.path);
}

QString CmpIssuer::unreachable() const
{
    return tr("The CA cannot be reached at %1: it refused the connection or cannot be found. Check that "
              "it is up and that the address is right, then try again.")
        .arg(m_config.server);
}

Result<IssuedCertificate> CmpIssuer::issue(const IssuanceRequest& request)
{
    const QString where = description();
    const QUrl url(m_config.server.contains(u"://"_s) ? m_config.server : u"http://"_s + m_config.server);
    const bool https = url.scheme() == u"https"_s;
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http"_s && !https)) {
        return Error{tr("The CA's address \"%1\" is not one Guichet can use (http://host:port/path or "
                        "https://host:port/path).")
                         .arg(m_config.server),
                     where};
    }
    CmpEndpoint endpoint{url.host(), url.port(https ? 443 : 80), m_config.path};
    if (endpoint.path.isEmpty()) {
        endpoint.path = url.path().isEmpty() ? u"/"_s : url.path();
    }
    if (request.holderKey == nullptr || request.holderPublicKeyDer.isEmpty()) {
        return Error{tr("There is no key on the holder's token to certify."),
                     u"IssuanceRequest::holderKey or holderPublicKeyDer is empty"_s};
    }
    if (m_config.caCertificates.isEmpty()) {
        return Error{tr("No CA certificate is configured: the CA's answer could not be verified."), where};
    }

    QStringList log;
    const LogCapture capture(log);
    const auto failed = [&](const QString& message, const char* function) {
        QString detail = detail::openSslErrors(function);
        if (!log.isEmpty()) {
            detail += u"; "_s + log.join(u"; "_s);
        }
        return Error{message, where + u": "_s + detail};
    };
    const QString setupFailed = tr("The request to the CA could not be prepared.");

    ERR_clear_error();
    const CmpCtxPtr context(OSSL_CMP_CTX_new(nullptr, nullptr));
    if (!context) {
        return failed(setupFailed, "OSSL_CMP_CTX_new");
    }
    OSSL_CMP_CTX* ctx = context.get();
    CmpTransfer connection;
    connection.endpoint = endpoint;

    // With https: TLS 1.2 at least, the server's certificate verified against the TLS trust (the
    // CA certificates unless configured apart); the host is set on each connection (startTls).
    token::SslCtxPtr tls;
    if (https) {
        const QList<QByteArray>& trust =
            m_config.tlsTrust.isEmpty() ? m_config.caCertificates : m_config.tlsTrust;
        const token::X509StackPtr anchors = detail::readCertificates(trust);
        token::X509StorePtr store(X509_STORE_new());
        if (!anchors || !store) {
            return failed(tr("A CA certificate configured for TLS cannot be read."), "d2i_X509");
        }
        for (int i = 0; i < sk_X509_num(anchors.get()); ++i) {
            if (X509_STORE_add_cert(store.get(), sk_X509_value(anchors.get(), i)) != 1) {
                return failed(tr("A CA certificate configured for TLS cannot be read."),
                              "X509_STORE_add_cert");
            }
        }
        tls.reset(SSL_CTX_new(TLS_client_method()));
        if (!tls || SSL_CTX_set_min_proto_version(tls.get(), TLS1_2_VERSION) != 1) {
            return failed(setupFailed, "SSL_CTX_new");
        }
        SSL_CTX_set_verify(tls.get(), SSL_VERIFY_PEER, nullptr);
        SSL_CTX_set_cert_store(tls.get(), store.release()); // the context owns it now
        connection.tls = tls.get();
    }
    const QByteArray host = endpoint.host.toUtf8();
    const QByteArray path = endpoint.path.toUtf8();
    OSSL_CMP_CTX_set_log_verbosity(ctx, OSSL_CMP_LOG_INFO);
    if (OSSL_CMP_CTX_set_log_cb(ctx, logLine) != 1 || OSSL_CMP_CTX_set1_server(ctx, host.constData()) != 1 ||
        OSSL_CMP_CTX_set_serverPort(ctx, endpoint.port) != 1 ||
        OSSL_CMP_CTX_set1_serverPath(ctx, path.constData()) != 1 ||
        // Messages go through transfer(), on connections of its own: no proxy, whatever http_proxy says.
        OSSL_CMP_CTX_set_transfer_cb(ctx, cmpTransfer) != 1 ||
        OSSL_CMP_CTX_set_transfer_cb_arg(ctx, &connection) != 1 ||
        OSSL_CMP_CTX_set_option(ctx, OSSL_CMP_OPT_MSG_TIMEOUT, m_config.messageTimeoutSeconds) != 1 ||
        OSSL_CMP_CTX_set_option(ctx, OSSL_CMP_OPT_TOTAL_TIMEOUT, m_config.totalTimeoutSeconds) != 1) {
        return failed(setupFailed, "OSSL_CMP_CTX_set1_server");
    }

    // Whom the answers must come from: the configured CA certificates.
    {
        const token::X509StackPtr anchors = detail::readCertificates(m_config.caCertificates);
        token::X509StorePtr store(X509_STORE_new());
        if (!anchors || !store) {
            return failed(tr("A configured CA certificate cannot be read."), "d2i_X509");
        }
        for (int i = 0; i < sk_X509_num(anchors.get()); ++i) {
            if (X509_STORE_add_cert(store.get(), sk_X509_value(anchors.get(), i)) != 1) {
                return failed(tr("A configured CA certificate cannot be read."), "X509_STORE_add_cert");
            }
        }
        if (OSSL_CMP_CTX_set0_trustedStore(ctx, store.get()) != 1) {
            return failed(setupFailed, "OSSL_CMP_CTX_set0_trustedStore");
        }
        store.release(); // the context owns it now
    }

    // The request's protection.
    if (const auto* signedBy = std::get_if<OperatorProtection>(&request.protection)) {
        const token::X509Ptr certificate = detail::readCertificate(signedBy->certificateDer);
        const token::X509StackPtr chain = detail::readCertificates(signedBy->chainDer);
        if (signedBy->key == nullptr || !certificate || !chain) {
            return failed(tr("The operator's certificate or key cannot sign the request."), "d2i_X509");
        }
        // An empty stack given to OSSL_CMP_CTX_set1_untrusted leaves the context's list null, and
        // the client then fails to store the answer's extraCerts (OpenSSL 3.0): only a real chain.
        if (OSSL_CMP_CTX_set1_cert(ctx, certificate.get()) != 1 ||
            OSSL_CMP_CTX_set1_pkey(ctx, signedBy->key->evpPkey()) != 1 ||
            (sk_X509_num(chain.get()) > 0 && OSSL_CMP_CTX_set1_untrusted(ctx, chain.get()) != 1)) {
            return failed(tr("The operator's certificate or key cannot sign the request."),
                          "OSSL_CMP_CTX_set1_cert");
        }
    } else {
        const auto& shared = std::get<SharedSecretProtection>(request.protection);
        if (shared.secret.isEmpty() || shared.reference.isEmpty()) {
            return Error{tr("The CA's shared secret or its reference is missing from the configuration."),
                         where};
        }
        // The context keeps a copy of the secret, wiped when it is freed.
        if (OSSL_CMP_CTX_set1_referenceValue(
                ctx, reinterpret_cast<const unsigned char*>(shared.reference.constData()),
                static_cast<int>(shared.reference.size())) != 1 ||
            OSSL_CMP_CTX_set1_secretValue(ctx, reinterpret_cast<const unsigned char*>(shared.secret.data()),
                                          static_cast<int>(shared.secret.size())) != 1) {
            return failed(setupFailed, "OSSL_CMP_CTX_set1_secretValue");
        }
    }

    // What is asked for: subject, key usage and e-mail, validity; the key, whose proof of possession
    // the holder's token signs.
    const token::X509NamePtr subject = detail::subjectName(request.subject);
    ExtensionsPtr extensions = requestExtensions(request);
    if (!subject || !extensions) {
        return failed(tr("The certificate's subject or extensions cannot be encoded."),
                      "X509_NAME_add_entry");
    }
    const QDate today = QDate::currentDate();
    const int validityDays = static_cast<int>(today.daysTo(today.addYears(request.profile.validityYears)));
    if (m_config.command == CmpCommand::Pkcs10Request) {
        const X509ReqPtr csr = pkcs10Request(request, subject.get(), extensions.get());
        if (!csr) {
            return failed(tr("The holder's token could not sign the certificate request."), "X509_REQ_sign");
        }
        if (OSSL_CMP_CTX_set1_p10CSR(ctx, csr.get()) != 1) {
            return failed(setupFailed, "OSSL_CMP_CTX_set1_p10CSR");
        }
    } else {
        // The context holds a reference to the token key for the proof of possession; the key (the
        // TokenKey) outlives the context.
        EVP_PKEY* holderKey = request.holderKey->evpPkey();
        if (EVP_PKEY_up_ref(holderKey) != 1) {
            return failed(setupFailed, "EVP_PKEY_up_ref");
        }
        if (OSSL_CMP_CTX_set0_newPkey(ctx, 1, holderKey) != 1) {
            EVP_PKEY_free(holderKey);
            return failed(setupFailed, "OSSL_CMP_CTX_set0_newPkey");
        }
        if (OSSL_CMP_CTX_set1_subjectName(ctx, subject.get()) != 1 ||
            OSSL_CMP_CTX_set0_reqExtensions(ctx, extensions.get()) != 1 ||
            OSSL_CMP_CTX_set_option(ctx, OSSL_CMP_OPT_VALIDITY_DAYS, validityDays) != 1) {
            return failed(setupFailed, "OSSL_CMP_CTX_set0_reqExtensions");
        }
        extensions.release(); // the context owns them now
    }

    Confirmation confirmation;
    confirmation.expected = expectedFor(request, m_config.caCertificates);
    if (OSSL_CMP_CTX_set_certConf_cb(ctx, confirmCertificate) != 1 ||
        OSSL_CMP_CTX_set_certConf_cb_arg(ctx, &confirmation) != 1) {
        return failed(setupFailed, "OSSL_CMP_CTX_set_certConf_cb");
    }

    X509* issued = nullptr; // owned by the context
    switch (m_config.command) {
    case CmpCommand::InitialRequest:
        issued = OSSL_CMP_exec_IR_ses(ctx);
        break;
    case CmpCommand::CertificationRequest:
        issued = OSSL_CMP_exec_CR_ses(ctx);
        break;
    case CmpCommand::Pkcs10Request:
        issued = OSSL_CMP_exec_P10CR_ses(ctx);
        break;
    }

    if (issued == nullptr) {
        const QList<QueuedError> errors = takeErrors();
        QStringList details;
        for (const QueuedError& error : errors) {
            details.append(error.text);
        }
        details += log;
        char status[OSSL_CMP_PKISI_BUFLEN];
        if (OSSL_CMP_CTX_get_status(ctx) >= 0 &&
            OSSL_CMP_CTX_snprint_PKIStatus(ctx, status, sizeof status) != nullptr) {
            details.prepend(QString::fromUtf8(status));
        }
        const QString detail = where + u": "_s + details.join(u"; "_s);

        if (confirmation.ran && !confirmation.check.ok()) {
            const Error mismatch = confirmation.check.status().error();
            return Error{mismatch.message + u' ' +
                             tr("It was refused, and the CA was told so: nothing is written on the token."),
                         mismatch.detail + u"; "_s + detail};
        }
        if (OSSL_CMP_CTX_get_status(ctx) == OSSL_CMP_PKISTATUS_rejection) {
            const QString text = freeText(OSSL_CMP_CTX_get0_statusString(ctx));
            return Error{text.isEmpty() ? tr("The CA refused the request without saying why.")
                                        : tr("The CA refused the request: \"%1\".").arg(text),
                         detail};
        }
        switch (connection.tlsFault) {
        case TlsFault::NotVerified:
            return Error{tr("The CA's TLS certificate cannot be verified (%1): the connection to %2 was "
                            "closed before anything was sent, and nothing was issued.")
                             .arg(connection.tlsReason, m_config.server),
                         detail};
        case TlsFault::NameMismatch:
            return Error{tr("The CA's name does not match its TLS certificate (%1 is not a name it "
                            "bears): the connection was closed before anything was sent, and nothing was "
                            "issued.")
                             .arg(endpoint.host),
                         detail};
        case TlsFault::Handshake:
            return Error{tr("The secure connection (TLS) to the CA at %1 could not be set up: check that "
                            "the CA speaks HTTPS at that address. Nothing was sent.")
                             .arg(m_config.server),
                         detail};
        case TlsFault::Timeout:
        case TlsFault::None:
            break;
        }
        const Fault fault = connection.tlsFault == TlsFault::Timeout ? Fault::Timeout
                            : connection.connectFailed               ? Fault::Unreachable
                                                                     : classify(errors);
        switch (fault) {
        case Fault::Unreachable:
            return Error{unreachable(), detail};
        case Fault::Timeout:
            return Error{tr("The CA at %1 did not answer in time. Try again later; nothing was issued that "
                            "Guichet knows of.")
                             .arg(m_config.server),
                         detail};
        case Fault::NotCmp:
            return Error{tr("The server at %1 did not answer as a CMP certification authority: check the "
                            "CA's address and path.")
                             .arg(m_config.server),
                         detail};
        case Fault::NotVerified:
            if (std::holds_alternative<SharedSecretProtection>(request.protection)) {
                return Error{tr("The CA's answer does not verify with the shared secret configured for it: "
                                "the secret or its reference is probably wrong. Nothing was issued."),
                             detail};
            }
            return Error{tr("The CA's answer could not be verified (its signature does not chain to the "
                            "configured CA certificates): it was not accepted."),
                         detail};
        case Fault::Other:
            break;
        }
        return Error{tr("The certificate could not be obtained from the CA."), detail};
    }

    // The certConf callback checked it; a CA that sends no certificate to confirm (implicit
    // confirmation) still gets it checked here.
    const QByteArray der = detail::derOf(issued);
    if (!confirmation.ran) {
        if (Status checked = checkIssuedCertificate(der, confirmation.expected).status(); !checked) {
            return checked.error();
        }
    }
    const token::X509StackPtr caPubs(OSSL_CMP_CTX_get1_caPubs(ctx));
    const token::X509StackPtr extraCerts(OSSL_CMP_CTX_get1_extraCertsIn(ctx));
    Result<CertificateSummary> summary = describeCertificate(der);
    if (!summary) {
        return summary.error();
    }
    ERR_clear_error();
    return IssuedCertificate{der, derList(caPubs.get()) + derList(extraCerts.get()), *summary, where};
}

} // namespace guichet::enrol
