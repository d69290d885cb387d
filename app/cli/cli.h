#pragma once

// guichet-cli: the command line over core. It wires core together and prints; it decides nothing.

#include "model/operator.h"
#include "model/result.h"
#include "workflow/actor.h"
#include "workflow/workflow.h"
#include "workflow/workspace.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace guichet::audit {
class Signer;
}
namespace guichet::token {
class Pin;
}

namespace guichet::cli {

/// The operator a decision command acts as, logged in on their token for this one command.
struct OperatorLogin
{
    Operator who;
    std::shared_ptr<audit::Signer> signer;
    std::shared_ptr<void> session; ///< keeps the token session open while the command runs
};

/// How a decision command logs in: `--training[=DIR]`, or `--module PATH --token URI --trust FILE
/// --roles FILE`, or else the settings' [login] group (the desk's); `--pin-stdin` reads the PIN
/// from the standard input instead of the terminal; `--confirm-final-try` sends it even when the
/// next wrong PIN locks the token.
struct LoginOptions
{
    bool training = false;
    QString trainingDir; ///< empty: the default training folder
    QString modulePath;
    QString tokenUri;
    QString trustPath;
    QString rolesPath;
    bool pinStdin = false;
    bool confirmFinalTry = false;
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
    /// The store, refused when there is no file yet (a reading command never creates one).
    Result<std::unique_ptr<workflow::Workspace>> openExistingStore() const;
    Result<std::unique_ptr<workflow::Workspace>> openStore() const
    {
        auto workspace = workflow::Workspace::open(storePath);
        if (workspace) {
            QSettings settings; // the desk's: the RA's workflow policy (four-eyes rule, authority)
            (*workspace)->workflow().setPolicy(workflow::WorkflowPolicy::fromSettings(settings));
        }
        return workspace;
    }
    /// Logs the operator in on their token, as `options` say (login.cpp).
    Result<OperatorLogin> logIn(const LoginOptions& options) const;
};

/// After a decision that succeeded: says on stdout that it was a training operator's, and warns on
/// stderr when the audit log's head could not be written next to the store (the decision is
/// recorded either way).
void afterDecision(const Context& context, const workflow::Workspace& workspace, const OperatorLogin& login);

/// Removes the login options from `arguments` (after the command's name) and returns them.
Result<LoginOptions> takeLoginOptions(QStringList& arguments);
/// One line from the standard input (`fromStdin`) or the terminal with echo off, as a Pin.
Result<token::Pin> readPin(const Context& context, bool fromStdin);

int runImport(Context& context);
int runList(Context& context);
int runShow(Context& context);
int runCheck(Context& context);
int runExport(Context& context);
int runSummary(Context& context);
int runDemo(Context& context);
int runDecision(Context& context); ///< confirm, record-identity, send-for-signature, sign, validate, notify
int runAudit(Context& context);    ///< audit verify|export|show (commands_audit.cpp)
int runTraining(Context& context); ///< training provision|show (commands_training.cpp)
int runDelivery(Context& context); ///< delivery list|show (commands_delivery.cpp)

} // namespace guichet::cli
