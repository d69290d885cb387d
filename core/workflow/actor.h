#pragma once

// Who performs a workflow act: the logged-in operator and the key that signs the act's audit entry
// (the operator's token key, through identity::OperatorSession). The workflow refuses an act the
// operator's roles do not allow.

#include "model/operator.h"

class QSettings;

namespace guichet::audit {
class Signer;
}

namespace guichet::workflow {

struct Actor
{
    Operator who;
    audit::Signer& signer;
};

/// What the RA configured for its workflow.
struct WorkflowPolicy
{
    /// Four-eyes rule: the operator who verified a dossier (confirmed an item, recorded the ID)
    /// cannot also validate it.
    bool fourEyes = false;
    /// The RA on whose behalf acts are recorded (audit entries' `authority`).
    QString authority = QStringLiteral("Guichet");

    /// The RA's choices in the settings' [workflow] group: `fourEyes` (true/false, default false)
    /// and `authority` (the RA's name, default "Guichet"). Documented in docs/roles.md.
    static WorkflowPolicy fromSettings(QSettings& settings);
};

} // namespace guichet::workflow
