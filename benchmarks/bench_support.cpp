#include "bench_support.h"

#include "demo/demo_generator.h"
#include "store/order_store.h"

#include <QDir>
#include <QFile>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <cstdio>
#include <numeric>

namespace guichet::bench {

void say(const QString& line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double peakMemoryMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return -1;
}

QString benchStorePath(int orders)
{
    return QDir::temp().filePath(QStringLiteral("guichet-bench-%1.sqlite").arg(orders));
}

bool fillBenchStore(store::OrderStore& orders, int from, int to)
{
    const demo::DemoGenerator generator(2026);
    QElapsedTimer timer;
    timer.start();
    const int batchSize = 10000;
    for (int start = from; start < to; start += batchSize) {
        QList<int> indexes(std::min(batchSize, to - start));
        std::iota(indexes.begin(), indexes.end(), start);
        const QList<Dossier> batch = QtConcurrent::blockingMapped(
            indexes, [&](int index) { return generator.dossier(index, benchToday, demo::RenderMode::Bulk); });
        if (auto stored = orders.insertDossiers(batch); !stored) {
            say(QStringLiteral("fill failed: ") + stored.error().toString());
            return false;
        }
        std::fprintf(stderr, "\rfilled %d of %d orders", start + int(indexes.size()), to);
    }
    std::fprintf(stderr, "\n");
    const double seconds = double(timer.elapsed()) / 1000.0;
    say(QStringLiteral("fill: %1 orders in %2 s (%3 orders/s)")
            .arg(to - from)
            .arg(seconds, 0, 'f', 1)
            .arg(double(to - from) / std::max(seconds, 0.001), 0, 'f', 0));
    return true;
}

} // namespace guichet::bench
