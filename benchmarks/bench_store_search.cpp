// Fills a store with demo orders (1,000,000 by default) and prints, for a holder-name search, a
// SIREN lookup and a phase filter, Guichet's time to the first 100 rows beside the sqlite3 command
// line running the plain LIKE / = query on the same file, and the ratio.
//
//   bench-store-search [--orders N] [--store FILE]
//
// The store is kept (default: a file in the system temp folder) so that later runs skip the fill.

#include "bench_support.h"
#include "demo/demo_generator.h"
#include "store/blob_store.h"
#include "store/database.h"
#include "store/order_store.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <cstdio>
#include <numeric>

using namespace guichet;
using namespace guichet::bench;

namespace {

/// The sqlite3 command line's own timer for `sql` ("Run Time: real X"), in milliseconds; -1 on error.
double sqliteCliMs(const QString& file, const QString& sql, int* rows)
{
    QProcess process;
    // The shell prints its timer only for statements read from standard input.
    process.start(QStringLiteral("sqlite3"), {file});
    process.write(".timer on\n" + sql.toUtf8() + '\n');
    process.closeWriteChannel();
    if (!process.waitForFinished(600000) || process.exitCode() != 0) {
        say(QStringLiteral("sqlite3 failed: ") + QString::fromLocal8Bit(process.readAllStandardError()));
        return -1;
    }
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression timerLine(QStringLiteral("Run Time: real ([0-9.]+)"));
    const auto match = timerLine.match(output);
    *rows = int(output.count(u'\n')) - int(output.count(QStringLiteral("Run Time:")));
    return match.hasMatch() ? match.captured(1).toDouble() * 1000.0 : -1;
}

struct Case
{
    QString name;
    store::OrderQuery query;
    QString sql;
};

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv); // the demo generator draws its specimens with Qt Gui
    QCommandLineParser parser;
    const QCommandLineOption ordersOption(QStringLiteral("orders"), {}, QStringLiteral("n"),
                                          QStringLiteral("1000000"));
    const QCommandLineOption storeOption(QStringLiteral("store"), {}, QStringLiteral("file"));
    parser.addOptions({ordersOption, storeOption});
    parser.addHelpOption();
    parser.process(app);
    const int wanted = parser.value(ordersOption).toInt();
    const QString path = parser.isSet(storeOption) ? parser.value(storeOption) : benchStorePath(wanted);

    {
        auto db = store::Database::open(path);
        if (!db) {
            say(db.error().toString());
            return 1;
        }
        store::BlobStore blobs(**db);
        store::OrderStore orders(**db, blobs);
        const qint64 existing = orders.count({}).value();
        if (existing < wanted && !fillBenchStore(orders, int(existing), wanted)) {
            return 1;
        }
    }
    say(QStringLiteral("store: %1 (%2 orders, %3 MB)")
            .arg(path)
            .arg(wanted)
            .arg(double(QFileInfo(path).size()) / 1e6, 0, 'f', 0));

    // A fresh connection, as the desk would open it.
    auto db = store::Database::open(path);
    store::BlobStore blobs(**db);
    store::OrderStore orders(**db, blobs);

    // Search terms taken from an order in the middle of the store.
    const demo::DemoGenerator generator(2026);
    const Order sample = generator.order(wanted / 2, benchToday);
    const QString surname = sample.holder.surname;
    const QString siren = sample.organisation.siren;
    const QString columns = QStringLiteral("SELECT id, number, date, holder_given_names, holder_surname, "
                                           "organisation_name, siren, phase, type, portal FROM orders ");
    const QString escapedSurname = QString(surname).replace(u'\'', QStringLiteral("''"));

    QList<Case> cases;
    // A surname alone matches hundreds of orders: the LIKE query walks the date index and stops at
    // 100 matches. A person's given name and surname match a handful: LIKE must scan every row.
    store::OrderQuery nameQuery;
    nameQuery.text = surname;
    cases.append(
        {QStringLiteral("surname \"%1\"").arg(surname), nameQuery,
         columns + QStringLiteral("WHERE holder_surname LIKE '%%1%' OR holder_given_names LIKE '%%1%' "
                                  "ORDER BY date DESC LIMIT 100;")
                       .arg(escapedSurname)});
    const QString givenName = sample.holder.givenNames.section(u' ', 0, 0);
    store::OrderQuery personQuery;
    personQuery.text = givenName + u' ' + surname;
    cases.append(
        {QStringLiteral("holder \"%1 %2\"").arg(givenName, surname), personQuery,
         columns + QStringLiteral("WHERE holder_given_names LIKE '%%1%' AND holder_surname LIKE '%%2%' "
                                  "ORDER BY date DESC LIMIT 100;")
                       .arg(QString(givenName).replace(u'\'', QStringLiteral("''")), escapedSurname)});
    store::OrderQuery sirenQuery;
    sirenQuery.text = siren;
    cases.append({QStringLiteral("SIREN %1").arg(siren), sirenQuery,
                  columns + QStringLiteral("WHERE siren = '%1' ORDER BY date DESC LIMIT 100;").arg(siren)});
    store::OrderQuery phaseQuery;
    phaseQuery.phase = Phase::Verification;
    cases.append({QStringLiteral("phase = verification"), phaseQuery,
                  columns + QStringLiteral("WHERE phase = 'verification' ORDER BY date DESC LIMIT 100;")});

    say(QStringLiteral("\n%1 %2 %3 %4 %5 %6")
            .arg(QStringLiteral("query"), -34)
            .arg(QStringLiteral("guichet 1st"), 12)
            .arg(QStringLiteral("guichet med"), 12)
            .arg(QStringLiteral("sqlite3 med"), 12)
            .arg(QStringLiteral("ratio"), 8)
            .arg(QStringLiteral("rows")));
    for (Case& c : cases) {
        c.query.limit = 100;
        QList<double> guichet;
        int rows = 0;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            auto found = orders.find(c.query);
            guichet.append(double(timer.nsecsElapsed()) / 1e6);
            if (!found) {
                say(found.error().toString());
                return 1;
            }
            rows = int(found->size());
        }
        QList<double> cli;
        int cliRows = 0;
        for (int run = 0; run < 3; ++run) {
            cli.append(sqliteCliMs(path, c.sql, &cliRows));
        }
        const double ratio = median(guichet) / std::max(median(cli), 0.001);
        say(QStringLiteral("%1 %2 %3 %4 %5 %6 (sqlite3: %7)")
                .arg(c.name, -34)
                .arg(QStringLiteral("%1 ms").arg(guichet.first(), 0, 'f', 1), 12)
                .arg(QStringLiteral("%1 ms").arg(median(guichet), 0, 'f', 1), 12)
                .arg(QStringLiteral("%1 ms").arg(median(cli), 0, 'f', 1), 12)
                .arg(QStringLiteral("%1x").arg(ratio, 0, 'f', 3), 8)
                .arg(rows)
                .arg(cliRows));
    }
    say(QStringLiteral(
        "\ntargets: first 100 rows within 50 ms; name search at most 0.3x the sqlite3 LIKE scan"));
    say(QStringLiteral("(Guichet's SIREN search goes through the full-text index and also finds SIRETs that "
                       "begin with the SIREN; sqlite3's is an exact match on the SIREN's own index.)"));
    return 0;
}
