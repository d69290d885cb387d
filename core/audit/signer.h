#pragma once

// Who signs audit entries. The token-backed signer (the operator's key on their PKCS#11 token)
// implements this in a later room; tests use a software key.

#include "model/result.h"

#include <QByteArray>
#include <QString>

namespace guichet::audit {

class Signer
{
public:
    virtual ~Signer() = default;
    /// Which key signs (e.g. a PKCS#11 URI); for messages, not part of the entry.
    virtual QString keyReference() const = 0;
    /// The signature of `digestInput` with SHA-256 (EVP_DigestSign semantics: the input is hashed
    /// once more by the signature scheme). For ECDSA the DER-encoded signature.
    virtual Result<QByteArray> sign(const QByteArray& digestInput) = 0;
    /// The X.509 certificate (DER) that verifies the signatures.
    virtual QByteArray certificateDer() const = 0;
};

} // namespace guichet::audit
