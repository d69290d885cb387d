#pragma once

// Where a login finds its token, trust anchors and role mapping: the settings' [login] group, or
// the training layout (a SoftHSM2 token under the training RA CA). Keys, defaults and the training
// layout are documented in core/identity/README.md.
//
// Training mode points SoftHSM at the training token folder through SOFTHSM2_CONF, which SoftHSM
// reads once, when the module is loaded (C_Initialize): applyEnvironment() must run before any
// module is opened in the process.

#include "identity/role_mapping.h"
#include "identity/training_layout.h"
#include "identity/trust_anchors.h"
#include "model/result.h"
#include "token/pkcs11_module.h"
#include "token/pkcs11_uri.h"
#include "token/token_session.h"

#include <QList>
#include <QString>
#include <memory>
#include <optional>

class QSettings;

namespace guichet::identity {

struct LoginConfig
{
    /// The PKCS#11 module; empty: the modules p11-kit registers (token/module_discovery.h).
    QString modulePath;
    /// The token to use; unset: the first initialised token found.
    std::optional<token::Pkcs11Uri> tokenUri;
    QString anchorsPath; ///< the RA's CA certificates (TrustAnchors::load)
    QString rolesPath;   ///< the RA's role mapping (RoleMapping::load)
    /// Training: the SoftHSM token of `trainingDir`, the training CA and roles. Nothing real may
    /// be done in this mode.
    bool trainingMode = false;
    QString trainingDir; ///< the training layout's folder (set in training mode)

    /// $XDG_DATA_HOME/guichet/training (QStandardPaths::GenericDataLocation + "/guichet/training").
    static QString defaultTrainingDir();
    /// The training layout in `dir`: module SoftHSM2, token "GUICHET FORMATION", anchors
    /// `dir`/training-ca.pem, roles `dir`/roles.json, SOFTHSM2_CONF `dir`/softhsm2.conf.
    static LoginConfig training(const QString& dir = defaultTrainingDir());
    /// From the settings' [login] group. In training mode (login/training=true) the training layout
    /// of login/trainingDir is used and the other keys are ignored (they stay for the real RA). An
    /// error names a key whose value is unusable (a token URI that does not parse).
    static Result<LoginConfig> fromSettings(QSettings& settings);
    /// Writes this configuration to the [login] group (the keys fromSettings reads).
    void save(QSettings& settings) const;

    /// Training mode: sets SOFTHSM2_CONF to `trainingDir`/softhsm2.conf (an error if the training
    /// token was not provisioned there). Call it before any module is opened: SoftHSM reads it only
    /// when loaded. Does nothing outside training mode.
    Status applyEnvironment() const;

    Result<TrustAnchors> loadAnchors() const { return TrustAnchors::load(anchorsPath); }
    Result<RoleMapping> loadRoles() const { return RoleMapping::load(rolesPath); }
};

/// The modules a login may use: modulePath's, else every module p11-kit registers that loads.
/// An error when none loads (with each module's error in the detail).
Result<QList<std::shared_ptr<token::Pkcs11Module>>> openModules(const LoginConfig& config);

/// A session on the token to log in to: the first initialised token matching config.tokenUri
/// (any token when unset) in the modules of openModules(). "No token" is an error that says to
/// insert the token.
Result<token::TokenSession> openToken(const LoginConfig& config);

} // namespace guichet::identity
