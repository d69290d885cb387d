#pragma once

// What an import found wrong with a package. Every problem says where it is: an archive entry
// ("documents/id.png"), a manifest field as a JSON pointer ("manifest.json: /order/holder/birthDate")
// or, when it concerns the whole archive, nothing.

#include "model/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace guichet::package {

/// Gives the package room's messages their translation context, "guichet::package".
class PackageText
{
    Q_DECLARE_TR_FUNCTIONS(guichet::package)
};

struct Problem
{
    QString location; ///< empty for the archive as a whole
    QString message;  ///< translated

    QString toString() const { return location.isEmpty() ? message : location + u": " + message; }
    friend bool operator==(const Problem&, const Problem&) = default;
};

/// The location of a manifest field: "manifest.json: /order/holder/birthDate".
QString manifestLocation(const QString& pointer);

/// One Error for a list of problems: `message` (translated, a summary) and every problem, one per
/// line, as the detail.
Error summarise(const QString& message, const QList<Problem>& problems);

/// `text` with its control and formatting characters (newlines, bidirectional overrides...) shown
/// as \u{XXXX}: names and values from a package go into messages, one problem per line, and must
/// not be able to forge a line or disguise themselves.
QString printable(const QString& text);

/// "312 bytes", "4.5 KB", "300 MB" (binary multiples, as file managers show them).
QString formatSize(qint64 bytes);

} // namespace guichet::package
