#pragma once

// The manifest of a dossier package (manifest.json) and its mapping to and from the domain model.
// docs/dossier-package.md describes the format for partners; docs/dossier-package.schema.json is
// its JSON Schema. Reusable on its own: `guichet-cli show --json` prints manifestToJson().

#include "model/decision.h"
#include "model/order.h"
#include "package/problem.h"
#include "rules/checklist.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <map>
#include <optional>

namespace guichet::package {

inline constexpr QStringView formatName = u"guichet-dossier";
inline constexpr int formatVersion = 1;

/// What an exported package (the RA's *Télécharger le dossier*) carries beside the order.
struct ExportExtras
{
    rules::Checklist checklist; ///< as it stood when exported
    QList<Decision> decisions;
    QList<Notification> notifications;
};

/// The same, read back. The checklist stays JSON: it is informational, never trusted (the rules
/// recompute it from the order).
struct ImportedExtras
{
    QJsonObject checklist;
    QList<Decision> decisions;         ///< ids are 0: store ids do not travel
    QList<Notification> notifications; ///< ids are 0
};

/// What a manifest says.
struct Manifest
{
    Order order; ///< with its documents; id 0
    /// The archive entry holding each document that has content, e.g. "documents/holder-id.png".
    std::map<DocumentKind, QString> paths;
    /// Every path the manifest names, including those of documents it could not read (an unknown
    /// kind, a duplicate): such entries are not reported a second time as unlisted.
    QStringList listedPaths;
    std::optional<ImportedExtras> extras; ///< present in exported packages
};

/// The archive entry a writer gives a document's content: "documents/<kind code>.<extension>".
QString documentPath(const Document& document);

QJsonObject orderToJson(const Order& order); ///< everything but the documents and the store id
/// `path` is the document's archive entry, or empty when it has no content.
QJsonObject documentToJson(const Document& document, const QString& path);
/// The decision's checklistJson is embedded as a JSON object (null when empty, or when it is not a
/// JSON object: encodePackage refuses that case). Read back, it is compact JSON again, so compact
/// QJsonDocument output, as rules::Checklist gives, survives a round trip byte for byte.
QJsonObject decisionToJson(const Decision& decision);
QJsonObject notificationToJson(const Notification& notification);
/// The whole manifest; the "export" member only when `extras` is given.
QJsonObject manifestToJson(const Order& order, const ExportExtras* extras = nullptr);

/// Reads and checks a manifest. Every problem found is appended to `problems` (located by JSON
/// pointer); the result is meaningful only when none was. Checks the structure, types, codes,
/// dates, the consistency of each document (status against kind, content against status, path,
/// digest and media type formats) and unique kinds and paths; not the archive's content.
/// Nothing when it is not a manifest of this format and version (a problem says so): its fields
/// may then mean anything and are not read.
std::optional<Manifest> manifestFromJson(const QJsonObject& manifest, QList<Problem>& problems);

} // namespace guichet::package
