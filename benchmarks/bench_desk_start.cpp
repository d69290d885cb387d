// How long the desk takes to show a usable order list over a big store, and how much memory it
// takes, beside the sqlite3 command line showing the first 100 rows of the same file.
//
//   bench-desk-start [--orders N] [--store FILE] [--runs R]
//
// The store is made once (DemoGenerator Bulk, batches of 10,000) and kept in the temp folder under
// the same name as bench-store-search's, so both benchmarks share it. Each measured start runs in a
// fresh process (this program with --measure), so that its peak memory is the desk's alone:
//   - open: DeskSession::open on the file;
//   - usable: OrderListView shown, the first page of rows read and the viewport painted (grabbed);
//   - checklists: the checklist column of the rows on screen computed (it follows on a timer);
// then, in the same process, what an operator does next: jump to the middle and to the end, sort
// by holder, filter by phase, search a name, each until the viewport is painted again.
// Peak resident memory is VmHWM from /proc/self/status. Figures are with the file in the page
// cache (a second start, the usual case); nothing here drops the system's caches.

#include "bench_support.h"
#include "demo/demo_generator.h"
#include "orders/checklist_digests.h"
#include "orders/order_list_model.h"
#include "orders/order_list_view.h"
#include "session/desk_session.h"
#include "store/order_store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QScrollBar>
#include <QTableView>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <numeric>

using namespace guichet;
using namespace guichet::bench;
using namespace Qt::StringLiterals;

namespace {

/// Paints the table's viewport as the screen would, reading whatever rows it shows.
void paint(QTableView* table)
{
    QCoreApplication::processEvents();
    (void)table->viewport()->grab();
}

/// Waits until the checklists asked for by the last paint are computed; false after 10 s.
bool waitForChecklists(ui::OrderListView& view)
{
    QElapsedTimer timer;
    timer.start();
    while (view.model()->checklists().hasPending() && timer.elapsed() < 10000) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return !view.model()->checklists().hasPending();
}

/// One start of the desk, in this process: prints "usable <ms>" as soon as the list is usable, then
/// the other figures as "key value" lines.
int measure(const QString& path, QElapsedTimer& sinceMain)
{
    QElapsedTimer timer;
    timer.start();
    const double appMs = msSince(sinceMain);
    auto session = ui::DeskSession::open(path);
    if (!session) {
        say(u"error "_s + session.error().toString());
        return 1;
    }
    const double openMs = msSince(timer);
    ui::OrderListView view(**session); // counts the orders, lists the portals
    const double constructMs = msSince(timer);
    view.resize(1400, 800);
    view.show();
    QTableView* table = view.table();
    paint(table);
    const double usableMs = msSince(timer);
    const double usableSinceMainMs = msSince(sinceMain);
    say(QStringLiteral("usable %1").arg(usableMs, 0, 'f', 1));
    const int rowsOnScreen = table->rowAt(table->viewport()->height() - 1) + 1;
    const bool checked = waitForChecklists(view);
    paint(table);
    const double checklistsMs = msSince(timer);
    const double startMemory = peakMemoryMb();
    const auto statistics = view.model()->statistics();

    say(QStringLiteral("app %1").arg(appMs, 0, 'f', 1));
    say(QStringLiteral("open %1").arg(openMs, 0, 'f', 1));
    say(QStringLiteral("construct %1").arg(constructMs - openMs, 0, 'f', 1));
    say(QStringLiteral("usable-since-main %1").arg(usableSinceMainMs, 0, 'f', 1));
    say(QStringLiteral("checklists %1 %2").arg(checklistsMs, 0, 'f', 1).arg(checked ? "ok" : "timeout"));
    say(QStringLiteral("rows %1 %2 %3")
            .arg(view.model()->rowCount())
            .arg(rowsOnScreen)
            .arg(statistics.pageQueries));
    say(QStringLiteral("memory-start %1").arg(startMemory, 0, 'f', 1));

    // What the operator does next, each until the viewport is painted again.
    const auto step = [&](const QString& name, const std::function<void()>& action) {
        QElapsedTimer stepTimer;
        stepTimer.start();
        action();
        paint(table);
        say(QStringLiteral("step %1 %2").arg(name).arg(msSince(stepTimer), 0, 'f', 1));
    };
    const int rows = view.model()->rowCount();
    step(QStringLiteral("page-down"),
         [&] { table->verticalScrollBar()->setValue(table->verticalScrollBar()->value() + rowsOnScreen); });
    step(QStringLiteral("jump-to-middle"), [&] { table->scrollTo(view.model()->index(rows / 2, 0)); });
    step(QStringLiteral("jump-to-end"), [&] { table->scrollTo(view.model()->index(rows - 1, 0)); });
    step(QStringLiteral("sort-by-holder"),
         [&] { view.model()->sort(int(ui::OrderListModel::Column::Holder), Qt::AscendingOrder); });
    step(QStringLiteral("filter-phase"), [&] {
        ui::OrderFilter filter;
        filter.phase = Phase::Verification;
        view.model()->setFilter(filter);
    });
    step(QStringLiteral("search-name"), [&] {
        ui::OrderFilter filter;
        filter.text = QStringLiteral("Lefèvre");
        view.model()->setFilter(filter);
    });
    step(QStringLiteral("back-to-all"), [&] { view.model()->setFilter({}); });
    waitForChecklists(view);
    say(QStringLiteral("memory-end %1").arg(peakMemoryMb(), 0, 'f', 1));
    return 0;
}

/// Wall time of `sqlite3 FILE "SQL"` from launch to exit, in ms; -1 on error.
double sqliteCliMs(const QString& file, const QString& sql, int* rows)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral("sqlite3"), {file, sql});
    if (!process.waitForFinished(600000) || process.exitCode() != 0) {
        say(u"sqlite3 failed: "_s + QString::fromLocal8Bit(process.readAllStandardError()));
        return -1;
    }
    const double ms = msSince(timer);
    *rows = int(process.readAllStandardOutput().count('\n'));
    return ms;
}

struct Start
{
    double wallMs = -1; ///< from launching the process to "usable"
    QMap<QString, QString> figures;
};

/// Runs one measured start in a child process.
Start startChild(const QString& program, const QString& path)
{
    Start start;
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    child.start(program, {QStringLiteral("--measure"), QStringLiteral("--store"), path});
    QByteArray output;
    while (child.state() != QProcess::NotRunning || child.bytesAvailable() > 0) {
        if (!child.waitForReadyRead(60000) && child.state() == QProcess::NotRunning) {
            break;
        }
        while (child.canReadLine()) {
            const QString line = QString::fromUtf8(child.readLine()).trimmed();
            if (line.startsWith(u"usable ") && start.wallMs < 0) {
                start.wallMs = msSince(timer);
            }
            const qsizetype space = line.indexOf(u' ');
            if (space > 0) {
                const QString key = line.left(space);
                const QString value = line.mid(space + 1);
                start.figures.insert(key == u"step" ? u"step " + value.section(u' ', 0, 0) : key,
                                     key == u"step" ? value.section(u' ', 1) : value);
            }
        }
    }
    child.waitForFinished();
    if (child.exitCode() != 0) {
        say(u"measured start failed: "_s + QString::fromLocal8Bit(child.readAllStandardError()));
        start.wallMs = -1;
    }
    return start;
}

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption ordersOption(QStringLiteral("orders"), QStringLiteral("Orders in the store."),
                                          QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption storeOption(QStringLiteral("store"), QStringLiteral("The store file."),
                                         QStringLiteral("file"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Measured starts."),
                                        QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption measureOption(QStringLiteral("measure"),
                                           QStringLiteral("One measured start (internal)."));
    parser.addOptions({ordersOption, storeOption, runsOption, measureOption});
    parser.addHelpOption();
    parser.process(app);
    const int wanted = parser.value(ordersOption).toInt();
    const QString path = parser.isSet(storeOption) ? parser.value(storeOption) : benchStorePath(wanted);
    if (parser.isSet(measureOption)) {
        return measure(path, sinceMain);
    }

    qint64 stored = 0;
    {
        auto session = ui::DeskSession::open(path);
        if (!session) {
            say(session.error().toString());
            return 1;
        }
        stored = (*session)->orders().count({}).value();
        if (stored < wanted && !fillBenchStore((*session)->orders(), int(stored), wanted)) {
            return 1;
        }
        stored = std::max<qint64>(stored, wanted);
    }
    say(QStringLiteral("store: %1 (%2 orders, %3 MB)")
            .arg(path)
            .arg(stored)
            .arg(double(QFileInfo(path).size()) / 1e6, 0, 'f', 0));

    // The baseline: the first 100 rows by date, newest first, as a user's own tool would show them.
    const QString sql = QStringLiteral("SELECT id, number, date, holder_given_names, holder_surname, siren, "
                                       "organisation_name, process, phase, type, portal FROM orders "
                                       "ORDER BY date DESC LIMIT 100;");
    QList<double> cli;
    QList<double> cliCounted;
    int cliRows = 0;
    int cliCountedRows = 0;
    for (int run = 0; run < 5; ++run) {
        cli.append(sqliteCliMs(path, sql, &cliRows));
        // The list also says how many orders there are: the same with the count.
        cliCounted.append(sqliteCliMs(path, u"SELECT count(*) FROM orders; "_s + sql, &cliCountedRows));
    }

    QList<Start> starts;
    const int runs = std::max(1, parser.value(runsOption).toInt());
    for (int run = 0; run < runs; ++run) {
        starts.append(startChild(QCoreApplication::applicationFilePath(), path));
        if (starts.constLast().wallMs < 0) {
            return 1;
        }
    }
    // The run with the median wall time speaks for all.
    std::sort(starts.begin(), starts.end(),
              [](const Start& a, const Start& b) { return a.wallMs < b.wallMs; });
    const Start& typical = starts.at(starts.size() / 2);
    const auto figure = [&](const QString& key) {
        return typical.figures.value(key);
    };
    QList<double> walls;
    for (const Start& start : starts) {
        walls.append(start.wallMs);
    }

    const QStringList rows = figure(QStringLiteral("rows")).split(u' ');
    say(QStringLiteral("\nstart of the desk (median of %1 runs, file in the page cache)").arg(runs));
    say(QStringLiteral("  process launch -> list usable:        %1 ms (runs: %2)")
            .arg(median(walls), 0, 'f', 1)
            .arg([&] {
                QStringList list;
                for (double wall : walls) {
                    list.append(QString::number(wall, 'f', 0));
                }
                return list.join(u", ");
            }()));
    say(QStringLiteral("  main() -> QApplication ready:          %1 ms").arg(figure(QStringLiteral("app"))));
    say(QStringLiteral("  main() -> list usable:                 %1 ms (the rest is loading the program)")
            .arg(figure(QStringLiteral("usable-since-main"))));
    say(QStringLiteral("  open the store:                        %1 ms").arg(figure(QStringLiteral("open"))));
    say(QStringLiteral("  list view made (count, portals):       %1 ms")
            .arg(figure(QStringLiteral("construct"))));
    say(QStringLiteral("  open -> first page painted (usable):   %1 ms")
            .arg(figure(QStringLiteral("usable"))));
    say(QStringLiteral("  open -> checklists on screen computed: %1 ms")
            .arg(figure(QStringLiteral("checklists")).section(u' ', 0, 0)));
    say(QStringLiteral("  rows: %1 listed, %2 on screen, %3 page read(s) of 200 for the first paint")
            .arg(rows.value(0), rows.value(1), rows.value(2)));
    say(QStringLiteral("  peak memory (VmHWM): %1 MB at usable, %2 MB after the steps below")
            .arg(figure(QStringLiteral("memory-start")), figure(QStringLiteral("memory-end"))));
    say(QStringLiteral("\nthen, until the viewport is painted again:"));
    for (const char* step : {"page-down", "jump-to-middle", "jump-to-end", "sort-by-holder", "filter-phase",
                             "search-name", "back-to-all"}) {
        say(QStringLiteral("  %1 %2 ms")
                .arg(QString::fromLatin1(step), -16)
                .arg(figure(u"step "_s + QString::fromLatin1(step))));
    }

    const double baseline = median(cli);
    say(QStringLiteral(
            "\nbaseline: sqlite3 FILE \"SELECT ... ORDER BY date DESC LIMIT 100\", launch to exit: %1 ms "
            "(%2 rows)")
            .arg(baseline, 0, 'f', 1)
            .arg(cliRows));
    say(QStringLiteral(
            "          the same after SELECT count(*) FROM orders (the list shows the count): %1 ms; "
            "ratio %2x")
            .arg(median(cliCounted), 0, 'f', 1)
            .arg(median(walls) / std::max(median(cliCounted), 0.001), 0, 'f', 2));
    say(QStringLiteral("guichet, launch to usable list: %1 ms; ratio %2x")
            .arg(median(walls), 0, 'f', 1)
            .arg(median(walls) / std::max(baseline, 0.001), 0, 'f', 2));
    say(QStringLiteral("targets: usable list under 1000 ms, peak memory under 200 MB"));
    return 0;
}
