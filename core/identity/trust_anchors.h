#pragma once

// The RA's trust anchors: the CA certificates an operator's certificate must chain to. They come
// from the RA's configuration (a PEM bundle, a DER file, or a folder of them), never from a token
// or the store.

#include "identity/training_layout.h"
#include "model/result.h"
#include "token/openssl_handles.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <vector>

namespace guichet::identity {

class TrustAnchors
{
    Q_DECLARE_TR_FUNCTIONS(guichet::identity::TrustAnchors)
public:
    TrustAnchors() = default;
    TrustAnchors(TrustAnchors&&) noexcept = default;
    TrustAnchors& operator=(TrustAnchors&&) noexcept = default;

    /// Loads `path`: a file holding one or more PEM certificates or one DER certificate, or a folder
    /// whose *.pem, *.crt, *.cer and *.der files are loaded (other files are ignored). Every
    /// certificate must be a CA certificate. An error names the file: missing, unreadable, not a
    /// certificate, not a CA, or no certificate at all.
    static Result<TrustAnchors> load(const QString& path);

    /// Adds the certificates in `data` (PEM, one or more, or DER); `source` names it in errors.
    Status add(const QByteArray& data, const QString& source);

    bool isEmpty() const { return m_certificates.empty(); }
    qsizetype size() const { return qsizetype(m_certificates.size()); }
    /// The anchors, DER.
    QList<QByteArray> certificates() const;
    /// For verification: the anchors as OpenSSL holds them (owned by this object).
    const std::vector<token::X509Ptr>& x509() const { return m_certificates; }

private:
    Status addOne(token::X509Ptr certificate, const QString& source);
    std::vector<token::X509Ptr> m_certificates;
};

} // namespace guichet::identity
