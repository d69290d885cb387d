#pragma once

// The chain's head kept outside the store: after each committed act the workspace writes the log's
// head (sequence and hash) to `<store>.audit-head`, so that `guichet-cli audit verify` notices
// when the last entries were removed. Its limits are in docs/audit.md: whoever can rewrite both the
// store and this file can hide a truncation; an export kept elsewhere cannot be rewritten so.

#include "audit_log.h"
#include "model/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace guichet::audit {

/// `<storePath>.audit-head`.
QString anchorPathFor(const QString& storePath);

/// {"sequence": N, "hash": "<lower-case hex>"}.
QJsonObject toJson(const AuditAnchor& anchor);
/// The anchor in `object`, or an error when it is not one.
Result<AuditAnchor> anchorFromJson(const QJsonObject& object);

/// Writes `anchor` to `path` atomically (a complete file or the previous one, never half of one).
Status writeAnchor(const QString& path, const AuditAnchor& anchor);
/// The anchor in `path`; nothing when there is no such file; an error when it cannot be read or
/// is not an anchor.
Result<std::optional<AuditAnchor>> readAnchor(const QString& path);

} // namespace guichet::audit
