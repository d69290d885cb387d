#pragma once

// The operator's token key as the audit trail's signer: entries are signed on the token, and name
// the operator's certificate. Once the token is removed (or the operator logged out) sign() fails
// with the token's error, and the desk locks.

#include "audit/signer.h"
#include "token/token_key.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <atomic>

namespace guichet::identity {

class TokenSigner : public audit::Signer
{
    Q_DECLARE_TR_FUNCTIONS(guichet::identity::TokenSigner)
public:
    TokenSigner(token::TokenKey key, QByteArray certificateDer);

    /// The key's PKCS#11 URI (pkcs11:...;id=...;object=...;type=private).
    QString keyReference() const override;
    Result<QByteArray> sign(const QByteArray& digestInput) override;
    QByteArray certificateDer() const override { return m_certificateDer; }

    /// After this, sign() refuses: the operator logged out. Safe from any thread.
    void revoke() { m_revoked = true; }

private:
    token::TokenKey m_key;
    QByteArray m_certificateDer;
    std::atomic<bool> m_revoked = false;
};

} // namespace guichet::identity
