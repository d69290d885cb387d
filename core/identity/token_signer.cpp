#include "identity/token_signer.h"

using namespace Qt::StringLiterals;

namespace guichet::identity {

TokenSigner::TokenSigner(token::TokenKey key, QByteArray certificateDer)
    : m_key(std::move(key)), m_certificateDer(std::move(certificateDer))
{}

QString TokenSigner::keyReference() const
{
    return m_key.object().uri.toString();
}

Result<QByteArray> TokenSigner::sign(const QByteArray& digestInput)
{
    if (m_revoked) {
        return Error{tr("You are logged out: log in again with your token to continue."),
                     u"TokenSigner: revoked at logout, "_s + keyReference()};
    }
    return m_key.sign(digestInput);
}

} // namespace guichet::identity
