#pragma once

// guichet-cli: the command line over core. It wires core together and prints; it decides nothing.

#include "model/operator.h"
#include "model/result.h"
#include "workflow/workspace.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace guichet::audit {
class Signer;
}

namespace guichet::cli {

/// The operator a decision command acts as, logged in on their token for this one command.
struct OperatorLogin
{
    Operator who;
    std::shared_ptr<audit::Signer> signer;
    std::shared_ptr<void> session; ///< keeps the token session open while the command runs
};

/// Exit statuses: 0 done (for `check`: the dossier can be validated), 1 `check` says it cannot,
/// 2 an error (one line on stderr).
enum Exit
{
    Success = 0,
    NotValidatable = 1,
    Failure = 2
};

/// What every command gets: its arguments, the global options, and where to print.
struct Context
{
    Q_DECLARE_TR_FUNCTIONS(guichet::cli::Context)

public:
    QStringList arguments; ///< the command's own, starting with the command name
    QString storePath;
    QTextStream& out;
    QTextStream& err;

    /// Prints "guichet-cli: <message>" on stderr and returns Failure.
    int fail(const QString& message) const;
    int fail(const Error& error) const { return fail(error.toString()); }
    Result<std::unique_ptr<workflow::Workspace>> openStore() const
    {
        return workflow::Workspace::open(storePath);
    }
    /// Logs the operator in on their token, as the login options say (see login.cpp).
    Result<OperatorLogin> logIn() const;
};

int runImport(Context& context);
int runList(Context& context);
int runShow(Context& context);
int runCheck(Context& context);
int runExport(Context& context);
int runSummary(Context& context);
int runDemo(Context& context);
int runDecision(Context& context); ///< confirm, record-identity, send-for-signature, sign, validate, notify

} // namespace guichet::cli
