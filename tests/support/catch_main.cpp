// The one translation unit that compiles Catch2's runner. Tests run inside a Qt application object
// so that QSqlDatabase, translations and (for GUI-flavoured tests) QPainter work.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#if defined(GUICHET_TEST_WIDGETS)
#include <QApplication>
using TestApplication = QApplication;
#elif defined(GUICHET_TEST_GUI)
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char* argv[])
{
#if defined(GUICHET_TEST_GUI) || defined(GUICHET_TEST_WIDGETS)
    // Drawing tests need no display: run them on the offscreen platform unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
#endif
    TestApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
