#pragma once

// One entry of the audit trail and its canonical encoding.
//
// Canonical encoding (what the hash covers): the UTF-8 bytes of a compact JSON object with sorted
// keys holding every field except `hash` and `signature`:
//   {"at":"2026-11-21T18:44:05.123Z","authority":...,"event":...,"operator":...,"order":...,
//    "payload":{...},"previousHash":"<hex>","sequence":N,"signer":...}
// `at` is UTC with milliseconds; `payload` is embedded as a JSON object (itself compact, keys
// sorted); `previousHash` is lower-case hex. Then
//   hash = SHA-256(previousHash bytes || canonical bytes)
// and the signature is the signer's SHA-256 signature of `hash` (32 raw bytes).
// The first entry's previous hash is 32 zero bytes.

#include "model/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace guichet::audit {

/// One registration event (import, a check confirmed, a notification, sent for signature,
/// validation, delivery...) with the facts ETSI EN 319 411-1 REG-6.4.5-04 asks an RA to record.
struct AuditEntry
{
    qint64 sequence = 0; ///< 1, 2, 3... without gaps; set by AuditLog::append
    QDateTime at;        ///< when (UTC, millisecond precision)
    QString event;       ///< stable code: "import", "confirm", "notify", "send-for-signature", ...
    QString orderNumber; ///< the order it concerns
    QString operatorId;  ///< the operator who accepted / acted
    QString authority;   ///< the RA (and portal) on whose behalf
    /// Compact JSON object with the REG-6.4.5-04 facts where they apply: "documents" (types and
    /// numbers), "storage" (blob SHA-256 of each copy), "choices" (the subscriber's), "validation"
    /// (how the documents were validated).
    QByteArray payload = QByteArrayLiteral("{}");
    QByteArray previousHash; ///< the previous entry's hash (32 bytes)
    QByteArray hash;         ///< SHA-256(previousHash || canonicalBytes)
    QByteArray signature;    ///< the signer's signature of `hash`
    QString signer;          ///< the signer's certificate reference (see certificateReference)
};

/// 32 zero bytes: the previous hash of the first entry.
QByteArray genesisHash();

/// The payload as the canonical encoding holds it (compact JSON, keys sorted), or an error when it
/// is not a JSON object.
Result<QByteArray> canonicalPayload(const QByteArray& payload);

/// The canonical bytes of `entry` (see above). `entry.payload` must already be canonical.
QByteArray canonicalBytes(const AuditEntry& entry);

/// SHA-256(previousHash || canonical) through OpenSSL EVP.
QByteArray chainHash(const QByteArray& previousHash, const QByteArray& canonical);

/// SHA-256 of `data` through OpenSSL EVP.
QByteArray sha256(const QByteArray& data);

/// How `at` is written in the store and in the canonical encoding.
QString formatTime(const QDateTime& at);

} // namespace guichet::audit
