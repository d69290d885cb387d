#pragma once

// A software signer standing in for the operator's token in the tests of the rooms above the token
// (audit, workflow, ui): an EC P-256 key and a self-signed certificate made with OpenSSL. The token
// itself (login, key on the card, removal) is tested in tests/token and tests/identity.

#include "audit/signer.h"
#include "model/operator.h"
#include "token/openssl_handles.h"

#include <QList>
#include <QString>

namespace guichet::testing {

class SoftwareSigner : public audit::Signer
{
public:
    /// A fresh EC P-256 key and a self-signed certificate for it, named `commonName`.
    explicit SoftwareSigner(const char* commonName = "Opératrice de test");

    QString keyReference() const override { return QStringLiteral("software:test"); }
    Result<QByteArray> sign(const QByteArray& digestInput) override;
    QByteArray certificateDer() const override { return m_certificate; }

    bool failNextSignature = false; ///< simulates a token removed or a PIN refused
    int signatures = 0;             ///< how many signatures were made

private:
    token::EvpPkeyPtr m_key;
    QByteArray m_certificate;
};

/// The operator `id` whose certificate is `signer`'s, with `roles`.
Operator testOperator(const audit::Signer& signer, const QString& id,
                      QList<Role> roles = {Role::AdministrativeRa});

} // namespace guichet::testing
