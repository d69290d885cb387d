#pragma once

// A private key on a token, usable as an OpenSSL EVP_PKEY whose signatures happen on the token
// (libp11's PKCS11_get_private_key). The key keeps its session alive: the session's slot list (and
// the libp11 key the EVP_PKEY points into) must outlive it.

#include "model/result.h"
#include "token/openssl_handles.h"
#include "token/token_session.h"

#include <QByteArray>
#include <QByteArrayView>
#include <memory>

namespace guichet::token {

class TokenKey
{
public:
    const TokenObject& object() const { return m_object; }
    /// For OpenSSL APIs (X509_REQ_sign, CMP...). Owned by the TokenKey. Do not put it in objects
    /// that OpenSSL copies (X509_REQ_dup): use publicKeyDer() for a plain copy of the public key.
    EVP_PKEY* evpPkey() const { return m_pkey.get(); }

    /// SHA-256 signature of `data` made on the token (EVP_DigestSign): PKCS#1 v1.5 for RSA keys,
    /// DER-encoded ECDSA for EC keys.
    Result<QByteArray> sign(QByteArrayView data) const;
    /// The public key as a DER SubjectPublicKeyInfo (i2d_PUBKEY).
    Result<QByteArray> publicKeyDer() const;

private:
    TokenKey(std::shared_ptr<SessionCore> core, TokenObject object, EvpPkeyPtr pkey)
        : m_core(std::move(core)), m_object(std::move(object)), m_pkey(std::move(pkey))
    {}
    // Declaration order matters: the EVP_PKEY is freed before the session that backs it.
    std::shared_ptr<SessionCore> m_core;
    TokenObject m_object;
    EvpPkeyPtr m_pkey;
    friend class TokenSession;
};

/// Verifies a SHA-256 signature with a DER SubjectPublicKeyInfo, in software (for tests and for
/// checking what a token signed).
bool verifySha256(QByteArrayView publicKeyDer, QByteArrayView data, QByteArrayView signature);

} // namespace guichet::token
