// guichet-cli [global options] COMMAND [options]: see `guichet-cli help`.

#include "cli.h"
#include "store/database.h"
#include "token/hardening.h"
#include "translations/translations.h"

#include <QGuiApplication>
#include <map>
#include <memory>

namespace {

using namespace guichet::cli;
using Command = int (*)(Context&);

const std::map<QString, Command>& commands()
{
    static const std::map<QString, Command> table{
        {QStringLiteral("import"), runImport},
        {QStringLiteral("list"), runList},
        {QStringLiteral("show"), runShow},
        {QStringLiteral("check"), runCheck},
        {QStringLiteral("export"), runExport},
        {QStringLiteral("summary"), runSummary},
        {QStringLiteral("demo"), runDemo},
        {QStringLiteral("confirm"), runDecision},
        {QStringLiteral("record-identity"), runDecision},
        {QStringLiteral("send-for-signature"), runDecision},
        {QStringLiteral("sign"), runDecision},
        {QStringLiteral("validate"), runDecision},
        {QStringLiteral("notify"), runDecision},
        {QStringLiteral("audit"), runAudit},
        {QStringLiteral("training"), runTraining},
        {QStringLiteral("delivery"), runDelivery},
    };
    return table;
}

QString usage()
{
    return Context::
        tr("Usage: guichet-cli [--store FILE] [--lang fr|en] COMMAND [OPTIONS]\n"
           "\n"
           "Commands:\n"
           "  import PACKAGE...          import dossier packages (all or nothing per package)\n"
           "  list [--search TEXT] [--phase P] [--type D|P] [--portal NAME] [--from DATE] [--to DATE]\n"
           "       [--sort COLUMN] [--asc] [--offset N] [--limit N] [--json]\n"
           "  show NUMBER [--json]       an order and its documents\n"
           "  check NUMBER [--as-of DATE] [--json]\n"
           "                             the checklist; exit 0 if the dossier can be validated, 1 if not\n"
           "  export NUMBER --output FILE\n"
           "                             the dossier archive: documents, checklist, decisions\n"
           "  summary [--json]           per portal: orders to verify, to validate, to generate\n"
           "  demo COUNT [--seed N] [--bulk]\n"
           "                             add COUNT synthetic orders with rendered documents\n"
           "  confirm NUMBER ITEM        confirm an operator checklist item\n"
           "  record-identity NUMBER KIND DOCUMENT-NUMBER\n"
           "  send-for-signature NUMBER\n"
           "  sign NUMBER DOCUMENT-KIND  a contractual document came back signed\n"
           "  validate NUMBER            irreversible\n"
           "  notify NUMBER --kind KIND --subject TEXT --body TEXT\n"
           "  audit verify [--anchor FILE] [--trust FILE]... [--from-export FILE]\n"
           "                             exit 0 intact, 1 problems (one per line: sequence kind message)\n"
           "  audit export OUT.json      the log, its signers' certificates and its head anchor\n"
           "  audit show [--order NUMBER] [--json]\n"
           "  delivery list [--all] [--json]\n"
           "                             deliveries started and not recorded (--all: every one)\n"
           "  delivery show NUMBER [--json]\n"
           "                             where an order's face-to-face delivery stands (audit trail)\n"
           "  training provision [--dir DIR] [--name NAME] [--role aea|aet|aed] [--pin-stdin] [--force]\n"
           "       [--add-operator]      a SoftHSM2 training token (FORMATION / TRAINING only)\n"
           "  training show [--dir DIR]  the training folder and its tokens\n"
           "\n"
           "import and the decisions (confirm ... notify) are signed on the operator's token:\n"
           "  --training[=DIR]           the training token (FORMATION / TRAINING)\n"
           "  --module PATH --token URI --trust FILE --roles FILE\n"
           "                             else the desk's [login] settings\n"
           "  --pin-stdin                read the PIN from the standard input, not the terminal\n"
           "  --confirm-final-try        send the PIN even if a wrong one would lock the token\n"
           "\n"
           "The store defaults to %1 (or $GUICHET_STORE).\n"
           "Exit status: 0 done, 1 the dossier cannot be validated (check), 2 error.\n")
            .arg(guichet::store::Database::defaultPath());
}

/// The command's name, found before Qt sees the arguments: the first argument that is neither a
/// global option nor its value.
QByteArray commandName(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (!argument.startsWith("--")) {
            return argument;
        }
        if (argument != "--help" && argument != "--version") {
            ++i; // skip the option's value
        }
    }
    return {};
}

} // namespace

int main(int argc, char* argv[])
{
    // Decisions take a PIN: no core dump, no ptrace, as the desk.
    if (const guichet::Status hardened = guichet::token::hardenProcess(); !hardened) {
        QTextStream(stderr) << "guichet-cli: " << hardened.error().toString() << Qt::endl;
    }
    guichet::token::ignoreBrokenPipes();
    // The command line never opens a window; only drawing demo documents needs a Gui application.
    std::unique_ptr<QCoreApplication> application;
    if (commandName(argc, argv) == "demo") {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("guichet"));
    QCoreApplication::setApplicationName(QStringLiteral("guichet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GUICHET_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments().mid(1);

    QString storePath = qEnvironmentVariable("GUICHET_STORE");
    QString language;
    while (!arguments.isEmpty() && arguments.first().startsWith(u"--")) {
        const QString option = arguments.takeFirst();
        if (option == u"--help") {
            arguments.prepend(QStringLiteral("help"));
            break;
        }
        if (option == u"--version") {
            out << "guichet-cli " << QCoreApplication::applicationVersion() << Qt::endl;
            return Success;
        }
        if (arguments.isEmpty()) {
            err << "guichet-cli: " << Context::tr("%1 needs a value.").arg(option) << Qt::endl;
            return Failure;
        }
        const QString value = arguments.takeFirst();
        if (option == u"--store") {
            storePath = value;
        } else if (option == u"--lang") {
            language = value;
        } else {
            err << "guichet-cli: " << Context::tr("unknown option %1").arg(option) << Qt::endl;
            return Failure;
        }
    }
    guichet::installTranslations(app, language);

    if (arguments.isEmpty() || arguments.first() == u"help") {
        (arguments.isEmpty() ? err : out) << usage();
        return arguments.isEmpty() ? Failure : Success;
    }
    const auto command = commands().find(arguments.first());
    if (command == commands().end()) {
        err << "guichet-cli: "
            << Context::tr("unknown command \"%1\"; see guichet-cli help").arg(arguments.first()) << Qt::endl;
        return Failure;
    }
    if (storePath.isEmpty()) {
        storePath = guichet::store::Database::defaultPath();
    }
    Context context{arguments, storePath, out, err};
    const int status = command->second(context);
    out.flush();
    err.flush();
    return status;
}
