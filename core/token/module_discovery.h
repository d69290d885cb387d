#pragma once

// Which PKCS#11 modules (token middleware) Guichet may load: those registered with p11-kit (OpenSC's
// and SoftHSM's packages register theirs in /usr/share/p11-kit/modules), or the one whose path the
// operator set in the settings. Guichet never scans directories for libraries to load.

#include "model/result.h"

#include <QList>
#include <QString>

namespace guichet::token {

struct ModuleInfo
{
    QString name; ///< p11-kit's name ("opensc-pkcs11", "softhsm2"), or the file name for an override
    QString path; ///< absolute path of the shared library
    bool userOverride = false;

    friend bool operator==(const ModuleInfo&, const ModuleInfo&) = default;
};

/// The modules registered with p11-kit, by name. Modules that only hold trust anchors
/// (`trust-policy: yes`, p11-kit-trust) are left out: they carry no operator keys. p11-kit loads
/// (dlopens) each module to answer, without initialising it.
Result<QList<ModuleInfo>> registeredModules();

/// A module given by path (the settings' override): the file must exist and be a regular file.
Result<ModuleInfo> moduleAtPath(const QString& path);

/// The modules to offer, in order: the override when `overridePath` is set (an error if it is set
/// but unusable: the operator must learn that the setting is wrong), then the registered ones, each
/// library once.
Result<QList<ModuleInfo>> discoverModules(const QString& overridePath = {});

} // namespace guichet::token
