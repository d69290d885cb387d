#include "demo_store.h"

#include "demo/demo_generator.h"
#include "store/blob_store.h"
#include "store/database.h"
#include "store/order_store.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>
#include <functional>
#include <numeric>

namespace guichet::desk {

QString demoStorePath()
{
    return QFileInfo(store::Database::defaultPath()).dir().filePath(QStringLiteral("demo.sqlite"));
}

Status fillDemoStore(const QString& path, int count, const std::function<bool(int, int)>& progress)
{
    auto db = store::Database::open(path);
    if (!db) {
        return db.error();
    }
    // The demo store is a training store, for good: the training operator may act there, and only
    // there.
    if (auto marked = (*db)->markTraining(); !marked) {
        return marked;
    }
    store::BlobStore blobs(**db);
    store::OrderStore orders(**db, blobs);
    auto existing = orders.count({});
    if (!existing) {
        return existing.error();
    }
    if (*existing > 0) {
        return {};
    }
    const demo::DemoGenerator generator(2026);
    const QDate today = QDate::currentDate();
    const int batchSize = 10;
    for (int start = 0; start < count; start += batchSize) {
        QList<int> indexes(std::min(batchSize, count - start));
        std::iota(indexes.begin(), indexes.end(), start);
        // Drawing is the slow part: the generator is thread-safe, so draw on every core.
        const QList<Dossier> batch = QtConcurrent::blockingMapped(
            indexes, [&](int index) { return generator.dossier(index, today, demo::RenderMode::Full); });
        if (auto stored = orders.insertDossiers(batch); !stored) {
            return stored;
        }
        if (!progress(start + int(indexes.size()), count)) {
            break;
        }
    }
    return {};
}

} // namespace guichet::desk
