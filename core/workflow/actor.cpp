#include "workflow/actor.h"

#include <QSettings>

namespace guichet::workflow {

WorkflowPolicy WorkflowPolicy::fromSettings(QSettings& settings)
{
    WorkflowPolicy policy;
    settings.beginGroup(QStringLiteral("workflow"));
    policy.fourEyes = settings.value(QStringLiteral("fourEyes"), policy.fourEyes).toBool();
    const QString authority = settings.value(QStringLiteral("authority")).toString().trimmed();
    if (!authority.isEmpty()) {
        policy.authority = authority;
    }
    settings.endGroup();
    return policy;
}

} // namespace guichet::workflow
