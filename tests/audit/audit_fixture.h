#pragma once

// Shared by the audit tests: a software signer (EC P-256 key and a self-signed certificate made
// with OpenSSL) standing in for the operator's token, and a store holding a few signed entries.

#include "audit/audit_log.h"
#include "audit/signer.h"
#include "audit/verifier.h"
#include "catch_qt.h"
#include "store/database.h"
#include "token/openssl_handles.h"

#include <QSqlQuery>
#include <QVariant>
#include <catch2/catch.hpp>
#include <memory>

namespace guichet::audit::test {

class SoftwareSigner : public Signer
{
public:
    /// A fresh EC P-256 key and a self-signed certificate for it, named `commonName`.
    explicit SoftwareSigner(const char* commonName = "Opératrice de test");

    QString keyReference() const override { return QStringLiteral("software:test"); }
    Result<QByteArray> sign(const QByteArray& digestInput) override;
    QByteArray certificateDer() const override { return m_certificate; }

    bool failNextSignature = false; ///< simulates a token removed or a PIN refused

private:
    token::EvpPkeyPtr m_key;
    QByteArray m_certificate;
};

/// An entry with REG-6.4.5-04 facts, different for each `index`.
AuditEntry sampleEntry(int index);

/// An in-memory store with `count` entries appended by `signer`, and a verifier trusting it.
struct AuditStore
{
    explicit AuditStore(int count);

    SoftwareSigner signer;
    std::unique_ptr<store::Database> db;
    std::unique_ptr<AuditLog> log;
    CertificateVerifier verifier;

    /// Drops the append-only triggers, as an attacker with the file would.
    void dropTriggers();
    /// Runs `sql` with `values` bound in order; true if SQLite accepted it.
    bool exec(const QString& sql, const QVariantList& values = {});
    /// The column's raw bytes for the entry `sequence`.
    QByteArray raw(const QString& column, qint64 sequence);
    AuditReport verify(const std::optional<AuditAnchor>& anchor = {});
};

} // namespace guichet::audit::test
