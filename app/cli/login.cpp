// How a decision command logs the operator in on their token.

#include "audit/signer.h"
#include "cli.h"

namespace guichet::cli {

Result<OperatorLogin> Context::logIn() const
{
    return Error{tr("Decisions need the operator's token: logging in from the command line is not "
                    "available yet."),
                 {}};
}

} // namespace guichet::cli
