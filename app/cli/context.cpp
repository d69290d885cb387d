#include "cli.h"

#include <QFileInfo>

namespace guichet::cli {

int Context::fail(const QString& message) const
{
    err << "guichet-cli: " << message << Qt::endl;
    return Failure;
}

Result<std::unique_ptr<workflow::Workspace>> Context::openExistingStore() const
{
    if (!QFileInfo::exists(storePath)) {
        return Error{tr("There is no store at %1.").arg(storePath), {}};
    }
    return openStore();
}

void afterDecision(const Context& context, const workflow::Workspace& workspace, const OperatorLogin& login)
{
    if (login.who.training) {
        context.out << Context::tr(
                           "FORMATION / TRAINING: recorded for the training operator %1; nothing real "
                           "may be done with this certificate.")
                           .arg(login.who.name)
                    << '\n';
    }
    if (const Status& anchor = workspace.anchorStatus(); !anchor) {
        context.err << "guichet-cli: " << Context::tr("warning: %1").arg(anchor.error().toString())
                    << Qt::endl;
    }
}

} // namespace guichet::cli
