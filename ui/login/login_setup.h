#pragma once

// What the lock screen logs in against: the PKCS#11 modules whose tokens it offers, and the policy an
// operator's login is checked against (trust anchors, role mapping). app/desk builds it from
// identity::LoginConfig (the RA's settings, or the training configuration).

#include "identity/operator_session.h"
#include "model/result.h"
#include "token/pkcs11_uri.h"

#include <QList>
#include <QStringList>
#include <chrono>
#include <functional>
#include <optional>

class QThreadPool;

namespace guichet::ui {

struct LoginSetup
{
    /// The modules to load (paths), in the order their tokens are listed.
    QStringList modulePaths;
    /// Only tokens matching this URI's token attributes are offered (the RA's configured token).
    std::optional<token::Pkcs11Uri> tokenFilter;
    /// The policy a login is checked against, with `at` set to now. Called off the GUI thread; what
    /// it refers to (anchors, mapping) must live as long as the lock screen. Unset when the
    /// configuration could not be loaded: logins are refused, `problems` says why.
    std::function<identity::LoginPolicy()> policy;
    /// What is wrong with the login configuration (trust anchors missing, role mapping invalid...),
    /// shown on the lock screen.
    QList<Error> problems;
    /// The training configuration: everything on the lock screen says TRAINING / FORMATION.
    bool training = false;
    /// How often the modules are scanned for tokens inserted or removed.
    std::chrono::milliseconds scanInterval = std::chrono::seconds(1);
};

/// The one thread every blocking call on a token of the lock screen and the lock goes through (open,
/// log in, log out, check presence), so they happen in the order asked: a log-out at locking is
/// done before the next log-in starts. Owned by the application object.
QThreadPool* tokenThread();

} // namespace guichet::ui
