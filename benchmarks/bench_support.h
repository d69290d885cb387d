#pragma once

// What the benchmarks share: printing, medians, peak memory, and the million-order demo store they
// all measure (made once, kept in the temp folder for the next runs).

#include <QDate>
#include <QElapsedTimer>
#include <QList>
#include <QString>

namespace guichet::store {
class OrderStore;
}

namespace guichet::bench {

/// The day the demo orders are made for: the same orders in the same file, run after run.
inline const QDate benchToday(2026, 11, 21);

/// Prints one line on stdout, at once.
void say(const QString& line);
double median(QList<double> values);
double msSince(const QElapsedTimer& timer);
/// Peak resident memory of this process, in MB (VmHWM); -1 when unknown.
double peakMemoryMb();
/// "<temp>/guichet-bench-<orders>.sqlite", shared by every benchmark.
QString benchStorePath(int orders);
/// Adds demo orders [from, to) in batches of 10,000 (Bulk mode), drawing on every core.
bool fillBenchStore(store::OrderStore& orders, int from, int to);

} // namespace guichet::bench
