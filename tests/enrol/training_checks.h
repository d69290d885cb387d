#pragma once

// What the training tests (in-process and through guichet-cli) check the same way.

#include <QByteArray>
#include <QString>

namespace guichet::enrol::test {

/// The file's bytes (REQUIREs that it opens).
QByteArray readAll(const QString& path);

/// X509_verify_cert of `der` with the PEM file `anchorPath` as the only trust anchor: the
/// verification's error code (X509_V_OK when it chains).
int verifyAgainst(const QByteArray& der, const QString& anchorPath);

} // namespace guichet::enrol::test
