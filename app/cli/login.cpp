// How a decision command logs the operator in on their token: the login options, the PIN (from
// stdin or the terminal with echo off, into a token::Pin, never a QString) and identity::logIn.

#include "audit/signer.h"
#include "cli.h"
#include "identity/login_config.h"
#include "identity/operator_session.h"
#include "token/pin.h"

#include <QSettings>
#include <cstdio>
#include <fcntl.h>
#include <openssl/crypto.h>
#include <termios.h>
#include <unistd.h>

namespace guichet::cli {
namespace {

/// Reads one line from `fd` into a Pin; with `quiet`, the terminal's echo is off meanwhile. The
/// read buffer is wiped.
Result<token::Pin> readPinLine(int fd, bool quiet)
{
    termios saved{};
    const bool terminal = quiet && ::isatty(fd) == 1 && ::tcgetattr(fd, &saved) == 0;
    if (terminal) {
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(fd, TCSAFLUSH, &silent);
    }
    char buffer[257];
    std::size_t length = 0;
    bool tooLong = false;
    char byte = 0;
    while (::read(fd, &byte, 1) == 1 && byte != '\n') {
        if (length == sizeof buffer) {
            tooLong = true;
            continue;
        }
        buffer[length++] = byte;
    }
    byte = 0;
    if (terminal) {
        ::tcsetattr(fd, TCSAFLUSH, &saved);
    }
    if (length > 0 && buffer[length - 1] == '\r') {
        --length;
    }
    token::Pin pin = token::Pin::fromUtf8(std::string_view(buffer, tooLong ? 0 : length));
    OPENSSL_cleanse(buffer, sizeof buffer);
    if (tooLong || pin.isEmpty()) {
        return Error{Context::tr("No PIN was given (one line of at most 256 characters)."), {}};
    }
    return pin;
}

/// Takes `--name VALUE` or `--name=VALUE` at `arguments[i]`; false when it is another argument.
bool takeValue(QStringList& arguments, qsizetype i, const QString& name, QString& value, QString& missing)
{
    const QString& argument = arguments.at(i);
    if (argument.startsWith(name + u'=')) {
        value = argument.mid(name.size() + 1);
        arguments.removeAt(i);
        return true;
    }
    if (argument != name) {
        return false;
    }
    if (i + 1 >= arguments.size()) {
        missing = name;
        arguments.removeAt(i);
        return true;
    }
    value = arguments.at(i + 1);
    arguments.remove(i, 2);
    return true;
}

} // namespace

Result<LoginOptions> takeLoginOptions(QStringList& arguments)
{
    LoginOptions options;
    QString missing;
    for (qsizetype i = 1; i < arguments.size();) {
        const QString argument = arguments.at(i);
        if (argument == u"--training") {
            options.training = true;
            arguments.removeAt(i);
        } else if (argument.startsWith(u"--training=")) {
            options.training = true;
            options.trainingDir = argument.mid(11);
            arguments.removeAt(i);
        } else if (argument == u"--pin-stdin") {
            options.pinStdin = true;
            arguments.removeAt(i);
        } else if (argument == u"--confirm-final-try") {
            options.confirmFinalTry = true;
            arguments.removeAt(i);
        } else if (!takeValue(arguments, i, QStringLiteral("--module"), options.modulePath, missing) &&
                   !takeValue(arguments, i, QStringLiteral("--token"), options.tokenUri, missing) &&
                   !takeValue(arguments, i, QStringLiteral("--trust"), options.trustPath, missing) &&
                   !takeValue(arguments, i, QStringLiteral("--roles"), options.rolesPath, missing)) {
            ++i;
        }
        if (!missing.isEmpty()) {
            return Error{Context::tr("%1 needs a value.").arg(missing), {}};
        }
    }
    return options;
}

Result<token::Pin> readPin(const Context& context, bool fromStdin)
{
    if (fromStdin) {
        return readPinLine(STDIN_FILENO, true);
    }
    const int tty = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (tty < 0) {
        return Error{Context::tr("There is no terminal to type the PIN on: give it with --pin-stdin."), {}};
    }
    context.err << Context::tr("Token PIN: ") << Qt::flush;
    auto pin = readPinLine(tty, true);
    context.err << Qt::endl;
    ::close(tty);
    return pin;
}

Result<OperatorLogin> Context::logIn(const LoginOptions& options) const
{
    identity::LoginConfig config;
    const bool explicitToken = !options.modulePath.isEmpty() || !options.tokenUri.isEmpty() ||
                               !options.trustPath.isEmpty() || !options.rolesPath.isEmpty();
    if (options.training) {
        config = identity::LoginConfig::training(options.trainingDir.isEmpty()
                                                     ? identity::LoginConfig::defaultTrainingDir()
                                                     : options.trainingDir);
    } else if (explicitToken) {
        if (options.trustPath.isEmpty() || options.rolesPath.isEmpty()) {
            return Error{tr("Logging in with --module or --token also needs --trust (the RA's CA "
                            "certificates) and --roles (the role mapping)."),
                         {}};
        }
        config.modulePath = options.modulePath;
        config.anchorsPath = options.trustPath;
        config.rolesPath = options.rolesPath;
        if (!options.tokenUri.isEmpty()) {
            auto uri = token::Pkcs11Uri::parse(options.tokenUri);
            if (!uri) {
                return uri.error();
            }
            config.tokenUri = *uri;
        }
    } else {
        QSettings settings;
        auto configured = identity::LoginConfig::fromSettings(settings);
        if (!configured) {
            return configured.error();
        }
        config = *configured;
        if (!config.trainingMode && config.anchorsPath.isEmpty()) {
            return Error{tr("Decisions are signed on the operator's token: log in with --training, or with "
                            "--module, --token, --trust and --roles (see guichet-cli help)."),
                         {}};
        }
    }
    // Before any module is loaded: SoftHSM reads its configuration once.
    if (auto applied = config.applyEnvironment(); !applied) {
        return applied.error();
    }
    auto anchors = config.loadAnchors();
    if (!anchors) {
        return anchors.error();
    }
    auto roles = config.loadRoles();
    if (!roles) {
        return roles.error();
    }
    auto session = identity::openToken(config);
    if (!session) {
        return session.error();
    }
    const identity::LoginPolicy policy{*anchors, *roles, QDateTime::currentDateTimeUtc()};
    const token::FinalTry finalTry =
        options.confirmFinalTry ? token::FinalTry::Confirmed : token::FinalTry::NotConfirmed;
    Result<std::shared_ptr<identity::OperatorSession>> operatorSession = Error{};
    if (session->token().protectedAuthenticationPath && !options.pinStdin) {
        err << tr("Enter the PIN on the reader's keypad.") << Qt::endl;
        operatorSession = identity::logInWithPinPad(std::move(*session), finalTry, policy);
    } else {
        auto pin = readPin(*this, options.pinStdin);
        if (!pin) {
            return pin.error();
        }
        operatorSession = identity::logIn(std::move(*session), std::move(*pin), finalTry, policy);
    }
    if (!operatorSession) {
        return operatorSession.error();
    }
    const std::shared_ptr<identity::OperatorSession> logged = *operatorSession;
    return OperatorLogin{logged->who(), logged->signer(), logged};
}

} // namespace guichet::cli
