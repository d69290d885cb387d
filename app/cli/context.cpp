#include "cli.h"

namespace guichet::cli {

int Context::fail(const QString& message) const
{
    err << "guichet-cli: " << message << Qt::endl;
    return Failure;
}

} // namespace guichet::cli
