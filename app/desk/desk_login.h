#pragma once

// How the desk's lock screen logs operators in: the RA's login configuration from the settings, or
// training mode (`--training[=DIR]`, and `--demo`), whose folder is provisioned on first use like the
// demo data: a SoftHSM2 token "GUICHET FORMATION" with a training operator under a training CA.

#include "identity/login_config.h"
#include "login/login_setup.h"

#include <QString>
#include <optional>

namespace guichet::desk {

/// The login configuration: training in `trainingDir` when set (empty: the default training
/// folder), else the settings' [login] group. Errors go into the setup's problems, never stop the
/// desk: it opens locked and says what is wrong.
struct DeskLogin
{
    identity::LoginConfig config;
    ui::LoginSetup setup;
    /// Set when the training folder was provisioned just now (first use).
    bool provisioned = false;
};

DeskLogin prepareLogin(const std::optional<QString>& trainingDir);

} // namespace guichet::desk
