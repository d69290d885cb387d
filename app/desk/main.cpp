// guichet: the RA operator's desk.
//
//   guichet [--store FILE | --demo] [--lang fr|en] [--operator ID] [--screenshots DIR]

#include "demo_store.h"
#include "screenshots.h"
#include "session/desk_session.h"
#include "store/database.h"
#include "translations/translations.h"
#include "window/desk_settings.h"
#include "window/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTextStream>

using namespace guichet;

int main(int argc, char* argv[])
{
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
    const QCommandLineOption operatorOption(
        QStringLiteral("operator"), QStringLiteral("The operator's identifier (until token login)."),
        QStringLiteral("id"), qEnvironmentVariable("USER", QStringLiteral("operator")));
    const QCommandLineOption screenshotsOption(QStringLiteral("screenshots"),
                                               QStringLiteral("Draw the main screens into DIR and quit."),
                                               QStringLiteral("dir"));
    parser.addOptions(
        {storeOption, demoOption, demoCountOption, languageOption, operatorOption, screenshotsOption});
    parser.process(app);

    installTranslations(app, parser.isSet(languageOption) ? parser.value(languageOption)
                                                          : ui::DeskSettings::language());

    const bool demo = parser.isSet(demoOption);
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
    ui::MainWindow window(**session, demo);
    if (parser.isSet(screenshotsOption)) {
        return desk::saveScreenshots(window, parser.value(screenshotsOption)) > 0 ? 0 : 1;
    }
    window.show();
    return QApplication::exec();
}
