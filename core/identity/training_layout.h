#pragma once

// The training folder: one description, used by the login (LoginConfig::training) and by the
// provisioning that fills it (core/enrol/training.h). Training values are documented in
// docs/training.md: never secrets, never for real tokens.

#include <QString>
#include <QStringList>

namespace guichet::identity {

/// The training token's label (further operators' tokens add " 2", " 3"...), and the training PINs.
inline constexpr char trainingTokenLabel[] = "GUICHET FORMATION";
inline constexpr char trainingPin[] = "123456";
inline constexpr char trainingSoPin[] = "12345678";
/// The organisation (O) of the training RA CA: certificates that chain to an anchor with this O are
/// training certificates (Operator::training).
inline constexpr char trainingOrganisation[] = "Guichet FORMATION";
/// The PKCS#11 module training tokens live in.
inline constexpr char softHsmModule[] = "/usr/lib/softhsm/libsofthsm2.so";

/// The files of a training folder.
struct TrainingLayout
{
    QString directory;

    QString softHsmConf() const { return directory + QStringLiteral("/softhsm2.conf"); }
    QString tokens() const { return directory + QStringLiteral("/tokens"); }
    /// The training RA CA's certificate: the training trust anchor.
    QString caCertificate() const { return directory + QStringLiteral("/training-ca.pem"); }
    /// Its private key (PEM, 0600): only for issuing training certificates.
    QString caKey() const { return directory + QStringLiteral("/training-ca.key"); }
    /// The training role mapping (identity::RoleMapping's format, docs/roles.md).
    QString roles() const { return directory + QStringLiteral("/roles.json"); }

    /// $XDG_DATA_HOME/guichet/training (QStandardPaths::GenericDataLocation + "/guichet/training").
    static QString defaultDirectory();
    /// The layout's entries present in `directory` ("softhsm2.conf", "tokens/"...), for messages.
    QStringList existing() const;
};

} // namespace guichet::identity
