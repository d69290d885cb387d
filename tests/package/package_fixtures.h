#pragma once

// Test material for dossier packages: a dossier with every field set, export extras, a thorough
// equality check, and the means to build broken packages by hand with libzip.

#include "package/manifest.h"
#include "package/package.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <map>
#include <memory>
#include <optional>
#include <utility>

namespace guichet::package::testing {

/// Real files, drawn with Qt: a one-page PDF, a PNG and a JPEG.
QByteArray pdfBytes(const QString& text);
QByteArray pngBytes();
QByteArray jpegBytes();

/// Every field of the order set, none at its default value; a certification agent when `withAgent`.
/// Documents: every kind, contractual ones signed (one unsigned without content), supporting ones
/// imported with facts and MRZ lines, and one supporting document not imported.
Dossier fullDossier(bool withAgent = true);
/// A checklist, two decisions (one carrying its checklist) and two notifications (one sent).
ExportExtras fullExtras();

/// Checks (with Catch CHECKs naming the field) that every field of `actual` equals `expected`,
/// store ids excepted (they do not travel).
void checkSameOrder(const Order& actual, const Order& expected);
void checkSameDossier(const Dossier& actual, const Dossier& expected);
void checkSameDecisions(const QList<Decision>& actual, const QList<Decision>& expected);
void checkSameNotifications(const QList<Notification>& actual, const QList<Notification>& expected);

/// A package taken apart: its manifest as JSON and its entries, to break one thing and zip again.
struct PackageParts
{
    QJsonObject manifest;
    std::map<QString, QByteArray> entries; ///< archive path -> content, manifest.json excluded

    /// Replaces the value at a JSON pointer ("/order/holder/birthDate", "/documents/3/kind"); an
    /// undefined QJsonValue removes it.
    void set(const QString& pointer, const QJsonValue& value);
    QJsonValue at(const QString& pointer) const;
    /// The zip: manifest.json first, then the entries in name order.
    QByteArray zip() const;
};
PackageParts partsOf(const Dossier& dossier, const ExportExtras* extras = nullptr);

/// A zip built entry by entry, for the archives no writer should produce.
class ZipBuilder
{
public:
    ZipBuilder();
    ~ZipBuilder();
    ZipBuilder(const ZipBuilder&) = delete;
    ZipBuilder& operator=(const ZipBuilder&) = delete;

    /// Adds an entry (a folder when `name` ends with '/'); returns its index.
    qint64 add(const QString& name, const QByteArray& content);
    void setUnixMode(qint64 index, unsigned mode);
    void encrypt(qint64 index, const char* password);
    QByteArray finish();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

/// Overwrites the uncompressed size an entry declares, in its local header and in the central
/// directory (consistently, so that only the lie about the size remains).
QByteArray withDeclaredSize(QByteArray zip, const QString& name, quint32 size);
/// Overwrites the CRC-32 an entry declares, in both headers.
QByteArray withCrc(QByteArray zip, const QString& name, quint32 crc);
/// Renames an entry in place (`to` must be as long as `from`), in both headers.
QByteArray withRenamedEntry(QByteArray zip, const QString& from, const QString& to);

/// Reads `zip` expecting a refusal; returns every problem found.
QList<Problem> problemsOf(const QByteArray& zip, const PackageLimits& limits = {});
/// The problems as "location: message" lines, for readable assertions.
QStringList lines(const QList<Problem>& problems);

} // namespace guichet::package::testing
