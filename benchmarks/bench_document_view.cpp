// Bytes to the first page on screen: the demo's 20-page CGU (written to a temporary file) shown in
// Guichet's DocumentViewer, its first page drawn at 150 dpi and painted, beside `pdftoppm -r 150
// -f 1 -l 1 -png` on the same file (the tool an operator would otherwise open it with). Medians of
// several runs, and the ratio (target: at most 0.6).
//
// pdftoppm's time with -png is mostly PNG compression (a 1240 x 1754 page), so the same command
// writing plain PPM (no -png: poppler's rendering, barely any encoding) is timed too, as the
// tighter comparison.
//
//   bench-document-view [--runs N] [--pdf FILE]
//
// Each Guichet run starts from an empty viewer, reads the file's bytes, calls showDocument() and
// waits for the page at 150 dpi to arrive, then paints the viewer (repaint(), synchronous). Each
// pdftoppm run is the whole process, from start to exit, as an operator would wait for it.

#include "bench_support.h"
#include "demo/demo_generator.h"
#include "viewer/document_viewer.h"
#include "viewer/page_view.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace guichet;
using namespace guichet::bench;
using namespace Qt::StringLiterals;

namespace {

QString ms(double value)
{
    return QString::number(value, 'f', 1) + u" ms"_s;
}

/// Lets the event loop run for `msec` (the render thread finishes what it drew ahead).
void settle(int msec)
{
    QEventLoop loop;
    QTimer::singleShot(msec, &loop, &QEventLoop::quit);
    loop.exec();
}

QByteArray demoCgu()
{
    const demo::DemoGenerator generator(7);
    const QDate today(2026, 3, 16);
    for (int index = 0; index < 200; ++index) {
        const Dossier dossier = generator.dossier(index, today, demo::RenderMode::Full);
        const auto it = dossier.contents.find(DocumentKind::TermsOfUse);
        if (it != dossier.contents.end() && !it->second.isEmpty()) {
            return it->second;
        }
    }
    return {};
}

struct GuichetRun
{
    double shown = 0;    ///< showDocument() returned
    double rendered = 0; ///< the page at 150 dpi arrived from the render thread
    double painted = 0;  ///< and was painted
};

GuichetRun guichetRun(ui::DocumentViewer& viewer, const QString& path)
{
    viewer.clear();
    settle(150);
    GuichetRun run;
    QEventLoop waitForPage;
    const auto connection =
        QObject::connect(&viewer, &ui::DocumentViewer::pageRendered, &waitForPage, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return run;
    }
    const QByteArray bytes = file.readAll();
    if (!viewer.showDocument(bytes, u"application/pdf"_s, u"CGU"_s)) {
        say(u"the viewer refused the CGU: "_s + viewer.message());
        return run;
    }
    run.shown = timer.nsecsElapsed() / 1e6;
    if (!viewer.isPageRendered()) {
        waitForPage.exec();
    }
    run.rendered = timer.nsecsElapsed() / 1e6;
    viewer.repaint();
    run.painted = timer.nsecsElapsed() / 1e6;
    QObject::disconnect(connection);
    return run;
}

double pdftoppmRun(const QString& path, const QString& outputStem, bool png)
{
    QProcess process;
    QStringList arguments = {u"-r"_s, u"150"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s};
    if (png) {
        arguments << u"-png"_s;
    }
    arguments << path << outputStem;
    QElapsedTimer timer;
    timer.start();
    process.start(u"pdftoppm"_s, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        return -1;
    }
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Bytes to the first page on screen, Guichet's viewer beside pdftoppm."_s);
    parser.addHelpOption();
    parser.addOption({u"runs"_s, u"Runs of each (default 15)."_s, u"N"_s, u"15"_s});
    parser.addOption(
        {u"pdf"_s, u"Where to write the demo CGU (kept; default: a temporary file)."_s, u"FILE"_s});
    parser.process(app);
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());

    QTemporaryDir dir;
    const QString path = parser.isSet(u"pdf"_s) ? parser.value(u"pdf"_s) : dir.filePath(u"cgu.pdf"_s);
    QFile file(path);
    const QByteArray cgu = demoCgu();
    if (cgu.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(cgu) != cgu.size()) {
        say(u"could not write the demo CGU to "_s + path);
        return 1;
    }
    file.close();
    say(u"demo CGU: 20 pages, %1 bytes, %2"_s.arg(cgu.size()).arg(path));

    ui::DocumentViewer viewer;
    viewer.resize(1000, 1000);
    viewer.show();
    // 150 dpi: zoom 1 is the screen's logical resolution.
    viewer.setZoom(150.0 / viewer.logicalDpiX());
    settle(100);

    QList<double> shown, rendered, painted;
    const double first = guichetRun(viewer, path).painted; // also the warm-up: fonts, code pages
    for (int run = 0; run < runs; ++run) {
        const GuichetRun r = guichetRun(viewer, path);
        if (r.painted <= 0) {
            return 1;
        }
        shown << r.shown;
        rendered << r.rendered;
        painted << r.painted;
    }
    // What "150 dpi" came to on this screen: the page drawn, in pixels.
    if (const auto* view = viewer.findChild<ui::viewer::PageView*>(u"viewerPage"_s)) {
        const QImage image = view->currentImage();
        say(u"page drawn: %1 × %2 px (device pixel ratio %3)"_s.arg(image.width())
                .arg(image.height())
                .arg(image.devicePixelRatio()));
    }

    QList<double> png, ppm;
    pdftoppmRun(path, dir.filePath(u"warm"_s), true);
    for (int run = 0; run < runs; ++run) {
        const double withPng = pdftoppmRun(path, dir.filePath(u"page"_s), true);
        const double withPpm = pdftoppmRun(path, dir.filePath(u"page"_s), false);
        if (withPng < 0 || withPpm < 0) {
            say(u"pdftoppm failed (is poppler-utils installed?)"_s);
            return 1;
        }
        png << withPng;
        ppm << withPpm;
    }

    const double guichet = median(painted);
    const auto ratio = [guichet](double other) -> QString {
        return QString::number(guichet / other, 'f', 2) + u'x';
    };
    say(u"Guichet viewer, bytes to first page painted at 150 dpi (median of %1): %2"_s.arg(runs).arg(
        ms(guichet)));
    say(u"  of which showDocument() %1, page drawn by %2; first run in the process %3"_s.arg(
        ms(median(shown)), ms(median(rendered)), ms(first)));
    say(u"pdftoppm -r 150 -f 1 -l 1 -png (median of %1): %2"_s.arg(runs).arg(ms(median(png))));
    say(u"pdftoppm -r 150 -f 1 -l 1, PPM (median of %1): %2"_s.arg(runs).arg(ms(median(ppm))));
    say(u"ratio: %1 of pdftoppm -png (target: at most 0.6x); %2 of pdftoppm writing PPM"_s.arg(
        ratio(median(png)), ratio(median(ppm))));
    return 0;
}
