#pragma once

#include <QByteArray>
#include <QString>

namespace guichet {

/// Lower-case hex SHA-256 of `bytes`: how documents are named in the blob store, in orders and in
/// dossier packages.
QString sha256Hex(const QByteArray& bytes);

} // namespace guichet
