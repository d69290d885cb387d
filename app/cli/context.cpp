#include "cli.h"

namespace guichet::cli {

int Context::fail(const QString& message) const
{
    err << "guichet-cli: " << message << Qt::endl;
    return Failure;
}

void warnAboutAnchor(const Context& context, const workflow::Workspace& workspace)
{
    if (const Status& anchor = workspace.anchorStatus(); !anchor) {
        context.err << "guichet-cli: " << Context::tr("warning: %1").arg(anchor.error().toString())
                    << Qt::endl;
    }
}

} // namespace guichet::cli
