// guichet-cli training provision|show: the training token (docs/training.md).

#include "cli.h"
#include "enrol/training.h"
#include "token/pin.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace guichet::cli {
namespace {

class Training
{
    Q_DECLARE_TR_FUNCTIONS(guichet::cli::Training)

public:
    static int provision(Context& context);
    static int show(Context& context);
};

bool parse(Context& context, QCommandLineParser& parser, const QStringList& arguments)
{
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    if (!parser.parse(arguments)) {
        context.fail(parser.errorText());
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        context.fail(Training::tr("training: unexpected argument %1; see guichet-cli help")
                         .arg(parser.positionalArguments().first()));
        return false;
    }
    return true;
}

QString dateText(const QDateTime& when)
{
    return when.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'");
}

int Training::provision(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption dirOption(QStringLiteral("dir"), tr("Training folder."), QStringLiteral("DIR"),
                                       enrol::TrainingLayout::defaultDirectory());
    const QCommandLineOption nameOption(QStringLiteral("name"), tr("Operator's name."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption roleOption(QStringLiteral("role"), tr("aea, aet or aed."),
                                        QStringLiteral("ROLE"), QStringLiteral("aea"));
    const QCommandLineOption pinOption(QStringLiteral("pin-stdin"), tr("Read the token's PIN from stdin."));
    const QCommandLineOption forceOption(QStringLiteral("force"), tr("Replace an existing training folder."));
    const QCommandLineOption addOption(QStringLiteral("add-operator"),
                                       tr("Add an operator on a new token under the existing training CA."));
    parser.addOptions({dirOption, nameOption, roleOption, pinOption, forceOption, addOption});
    // "training provision ...": the parser takes the first argument as the program's name.
    if (!parse(context, parser, context.arguments.mid(1))) {
        return Failure;
    }
    if (parser.isSet(forceOption) && parser.isSet(addOption)) {
        return context.fail(tr("training provision: --force and --add-operator exclude each other."));
    }
    enrol::TrainingOptions options;
    options.mode = parser.isSet(forceOption) ? enrol::TrainingMode::Replace
                   : parser.isSet(addOption) ? enrol::TrainingMode::AddOperator
                                             : enrol::TrainingMode::Create;
    options.operatorName = parser.value(nameOption);
    const std::optional<Role> role = roleFromCode(parser.value(roleOption));
    if (!role || *role == Role::CertificationAgent) {
        return context.fail(
            tr("training provision: --role is aea, aet or aed, not \"%1\".").arg(parser.value(roleOption)));
    }
    options.role = *role;
    if (parser.isSet(pinOption)) {
        Result<token::Pin> pin = readPin(context, true); // the same reader as the decisions' login
        if (!pin) {
            return context.fail(pin.error());
        }
        options.pin = std::move(*pin);
    }

    const Result<enrol::TrainingSetup> setup =
        enrol::provisionTraining(parser.value(dirOption), std::move(options));
    if (!setup) {
        return context.fail(setup.error());
    }
    QTextStream& out = context.out;
    out << tr("Training token ready: FORMATION / TRAINING only, never for real certificates.") << '\n';
    const auto line = [&out](const QString& name, const QString& value) {
        out << "  " << name.leftJustified(14) << ' ' << value << '\n';
    };
    line(tr("Folder:"), setup->layout.directory);
    line(tr("Token:"), setup->tokenLabel);
    line(tr("Token URI:"), setup->tokenUri.toString());
    line(tr("Key:"), setup->keyUri.toString());
    line(tr("Certificate:"), setup->certificateSubject);
    line(tr("Valid until:"), dateText(setup->notAfter));
    line(tr("Issued by:"), setup->caSubject + (setup->caCreated ? tr(" (new)") : tr(" (existing)")));
    line(tr("Trust anchor:"), setup->layout.caCertificate());
    line(tr("Roles:"), setup->layout.roles());
    line(tr("SoftHSM2:"), u"SOFTHSM2_CONF="_s + setup->layout.softHsmConf());
    line(tr("PIN:"), setup->trainingPin ? tr("the training PIN (see docs/training.md)")
                                        : tr("the PIN given on the standard input"));
    return Success;
}

int Training::show(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption dirOption(QStringLiteral("dir"), tr("Training folder."), QStringLiteral("DIR"),
                                       enrol::TrainingLayout::defaultDirectory());
    parser.addOption(dirOption);
    if (!parse(context, parser, context.arguments.mid(1))) {
        return Failure;
    }
    const Result<enrol::TrainingInventory> inventory = enrol::inspectTraining(parser.value(dirOption));
    if (!inventory) {
        return context.fail(inventory.error());
    }
    if (inventory->existing.isEmpty()) {
        return context.fail(tr("There is no training folder in %1; guichet-cli training provision makes one.")
                                .arg(inventory->layout.directory));
    }
    QTextStream& out = context.out;
    out << tr("Training folder %1 (FORMATION / TRAINING only)").arg(inventory->layout.directory) << '\n';
    out << "  " << tr("Files: %1").arg(inventory->existing.join(u", "_s)) << '\n';
    if (!inventory->caSubject.isEmpty()) {
        out << "  "
            << tr("Training CA: %1, valid until %2")
                   .arg(inventory->caSubject, dateText(inventory->caNotAfter))
            << '\n';
    }
    for (const enrol::TrainingToken& token : inventory->tokens) {
        out << "  " << tr("Token %1: %2").arg(token.label, token.uri.toString()) << '\n';
        for (const QString& subject : token.certificateSubjects) {
            out << "    " << tr("Certificate: %1").arg(subject) << '\n';
        }
    }
    return Success;
}

} // namespace

int runTraining(Context& context)
{
    const QString action = context.arguments.value(1);
    if (action == u"provision") {
        return Training::provision(context);
    }
    if (action == u"show") {
        return Training::show(context);
    }
    return context.fail(Context::tr("training: provision or show; see guichet-cli help"));
}

} // namespace guichet::cli
