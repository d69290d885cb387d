#pragma once

// The audit log as one JSON file that verifies elsewhere: every entry as stored, the certificate of
// every signer, and the chain's head anchor. The format is in docs/audit.md.

#include "audit_log.h"
#include "model/result.h"
#include "store/audit_table.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <map>
#include <optional>

namespace guichet::audit {

/// "guichet-audit-log".
inline constexpr char exportFormat[] = "guichet-audit-log";

struct AuditExport
{
    QList<store::AuditRow> rows;                ///< the entries, as rows would store them
    std::map<QString, QByteArray> certificates; ///< by reference, DER
    std::optional<AuditAnchor> anchor;          ///< the head anchor it was exported with
};

/// The JSON of the whole log with its signers' certificates and `anchor` (the head kept outside
/// the store if there is one, else the log's own head).
Result<QByteArray> exportLog(AuditLog& log, const std::optional<AuditAnchor>& anchor);

/// Reads an export. An error when it is not one (the format, a field of the wrong type); a field
/// whose value was changed still reads, and verification names the entry.
Result<AuditExport> readExport(const QByteArray& json);

/// The certificate as PEM text; DER from PEM (or DER) bytes, empty when neither.
QByteArray toPem(const QByteArray& der);
QByteArray derFromPem(const QByteArray& pem);

} // namespace guichet::audit
