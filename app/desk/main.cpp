// guichet: the RA operator's desk. It opens locked: the operator logs in with their token's PIN.
//
//   guichet [--store FILE | --demo] [--training[=DIR]] [--lang fr|en] [--screenshots DIR]
//
// --training logs in against the training folder (default $XDG_DATA_HOME/guichet/training, made on
// first use: SoftHSM2 token "GUICHET FORMATION", PIN 123456); --demo implies it. Otherwise the RA's
// login configuration comes from the settings' [login] group (core/identity/login_config.h), and
// the CA that issues at the delivery from the [ca] group (docs/issuance.md).

#include "demo_store.h"
#include "desk_delivery.h"
#include "desk_login.h"
#include "screenshots.h"
#include "session/desk_session.h"
#include "store/database.h"
#include "token/hardening.h"
#include "translations/translations.h"
#include "window/desk_settings.h"
#include "window/main_window.h"
#include "workflow/actor.h"
#include "workflow/workflow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QTextStream>

using namespace guichet;

namespace {

/// QCommandLineParser has no option with an optional value: "--training=DIR" becomes "--training"
/// here, and DIR is returned.
std::optional<QString> takeTrainingDir(QStringList& arguments)
{
    std::optional<QString> dir;
    for (QString& argument : arguments) {
        for (const QLatin1String prefix : {QLatin1String("--training="), QLatin1String("-training=")}) {
            if (argument.startsWith(prefix)) {
                dir = argument.mid(prefix.size());
                argument = QStringLiteral("--training");
            }
        }
    }
    return dir;
}

} // namespace

int main(int argc, char* argv[])
{
    // Before anything holds a PIN or a login: no core dump, no ptrace by other processes.
    if (Status hardened = token::hardenProcess(); !hardened) {
        QTextStream(stderr) << "guichet: " << hardened.error().toString() << Qt::endl;
    }
    token::ignoreBrokenPipes(); // a CA closing mid-request fails the request, not the desk
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("guichet"));
    QCoreApplication::setApplicationName(QStringLiteral("guichet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GUICHET_VERSION));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("security-high")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Guichet: the registration authority's desk."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption storeOption(QStringLiteral("store"), QStringLiteral("The store file to open."),
                                         QStringLiteral("file"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), QStringLiteral("Open the embedded demo data (created on first use)."));
    const QCommandLineOption demoCountOption(QStringLiteral("demo-orders"),
                                             QStringLiteral("How many demo orders to create on first use."),
                                             QStringLiteral("n"), QStringLiteral("120"));
    const QCommandLineOption languageOption(QStringLiteral("lang"), QStringLiteral("fr or en."),
                                            QStringLiteral("language"));
    const QCommandLineOption trainingOption(
        QStringLiteral("training"),
        QStringLiteral("Training mode: log in with the training token of DIR (--training=DIR; default "
                       "$XDG_DATA_HOME/guichet/training, prepared on first use). Nothing real may be done."));
    const QCommandLineOption screenshotsOption(
        QStringLiteral("screenshots"),
        QStringLiteral("Draw the lock screen and the main screens into DIR and quit."),
        QStringLiteral("dir"));
    parser.addOptions(
        {storeOption, demoOption, demoCountOption, languageOption, trainingOption, screenshotsOption});
    QStringList arguments = QCoreApplication::arguments();
    std::optional<QString> trainingDir = takeTrainingDir(arguments);
    parser.process(arguments);

    installTranslations(app, parser.isSet(languageOption) ? parser.value(languageOption)
                                                          : ui::DeskSettings::language());

    const bool demo = parser.isSet(demoOption);
    // The demo is training: its operators are training operators on a training token.
    if ((demo || parser.isSet(trainingOption)) && !trainingDir) {
        trainingDir = QString();
    }
    QString storePath = parser.value(storeOption);
    if (storePath.isEmpty()) {
        storePath = demo ? desk::demoStorePath()
                         : qEnvironmentVariable("GUICHET_STORE", store::Database::defaultPath());
    }
    if (demo) {
        QProgressDialog progress(QApplication::translate("guichet::desk", "Preparing the demo orders…"),
                                 QApplication::translate("guichet::desk", "Stop"), 0, 0);
        progress.setMinimumDuration(500);
        progress.setWindowModality(Qt::ApplicationModal);
        const auto filled = desk::fillDemoStore(storePath, parser.value(demoCountOption).toInt(),
                                                [&progress](int done, int total) {
                                                    progress.setMaximum(total);
                                                    progress.setValue(done);
                                                    return !progress.wasCanceled();
                                                });
        if (!filled) {
            QMessageBox::critical(nullptr, QApplication::translate("guichet::desk", "Guichet"),
                                  filled.error().toString());
            return 1;
        }
    }

    auto session = ui::DeskSession::open(storePath);
    if (!session) {
        QMessageBox::critical(nullptr, QApplication::translate("guichet::desk", "Guichet"),
                              QApplication::translate("guichet::desk", "The store %1 cannot be opened: %2")
                                  .arg(storePath, session.error().toString()));
        return 1;
    }
    {
        QSettings settings; // the RA's workflow policy: four-eyes rule, authority (docs/roles.md)
        (*session)->workflow().setPolicy(workflow::WorkflowPolicy::fromSettings(settings));
    }
    desk::DeskLogin login = desk::prepareLogin(trainingDir);
    if (login.provisioned) {
        QTextStream(stderr) << "guichet: training token prepared in " << login.config.trainingDir
                            << " (FORMATION / TRAINING: its PIN is the training PIN, see docs/training.md)"
                            << Qt::endl;
    }
    // Training: the training CA issues the delivered certificates; otherwise the RA's CA of the
    // settings' [ca] group (docs/issuance.md). A configuration that cannot be used is shown by the
    // delivery page.
    QSettings deliverySettings;
    ui::DeliverySetup delivery = desk::prepareDelivery(
        login.config, login.setup.modulePaths,
        QFileInfo(storePath).absoluteDir().filePath(QStringLiteral("deliveries")), deliverySettings);
    ui::MainWindow window(**session, demo, std::move(login.setup));
    window.setDeliverySetup(std::move(delivery));
    if (parser.isSet(screenshotsOption)) {
        return desk::saveScreenshots(window, parser.value(screenshotsOption)) > 0 ? 0 : 1;
    }
    window.show();
    return QApplication::exec();
}
