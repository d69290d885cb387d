#include "desk_fixture.h"

#include "demo/demo_generator.h"
#include "sample_order.h"
#include "store/order_store.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QtGlobal>

namespace guichet::ui::test {
namespace {

/// The store every fixture copies, made on first use and removed when the run ends.
QString goldenStore()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        REQUIRE(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("golden.sqlite"));
        auto session = DeskSession::open(file, QStringLiteral("fixture"));
        REQUIRE(session.ok());
        const demo::DemoGenerator generator(2026);
        const QDate today = (*session)->today();
        QList<Dossier> batch;
        for (int i = 0; i < demoOrders; ++i) {
            batch.append(generator.dossier(i, today, demo::RenderMode::Bulk));
            if (batch.size() == 1000 || i == demoOrders - 1) {
                const auto stored = (*session)->orders().insertDossiers(batch);
                REQUIRE(stored.ok());
                batch.clear();
            }
        }
        return file;
    }(); // the session closes here: the WAL is checkpointed into the file
    return path;
}

QMutex warningsMutex;
QStringList warnings;
QtMessageHandler previousHandler = nullptr;

void recordModelTester(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (context.category && QByteArrayView(context.category) == "qt.modeltest") {
        const QMutexLocker locker(&warningsMutex);
        warnings.append(message);
        return;
    }
    if (previousHandler) {
        previousHandler(type, context, message);
    }
}

} // namespace

DeskFixture::DeskFixture()
{
    REQUIRE(dir.isValid());
    const QString golden = goldenStore();
    const QString copy = dir.filePath(QStringLiteral("guichet.sqlite"));
    REQUIRE(QFile::copy(golden, copy));
    if (QFile::exists(golden + u"-wal")) {
        REQUIRE(QFile::copy(golden + u"-wal", copy + u"-wal"));
    }
    auto opened = DeskSession::open(copy, QStringLiteral("operator-test"));
    if (!opened) {
        FAIL(opened.error().toString().toStdString());
    }
    session = std::move(opened).value();
}

DeskFixture::~DeskFixture() = default;

qint64 insertSample(DeskSession& session, const QString& number, bool confirmed)
{
    Dossier dossier = testing::sampleDossier(session.today(), confirmed);
    dossier.order.number = number;
    auto id = session.orders().insertDossier(dossier);
    if (!id) {
        FAIL(id.error().toString().toStdString());
    }
    return *id;
}

ModelTesterWarnings::ModelTesterWarnings()
{
    const QMutexLocker locker(&warningsMutex);
    warnings.clear();
    previousHandler = qInstallMessageHandler(recordModelTester);
}

ModelTesterWarnings::~ModelTesterWarnings()
{
    qInstallMessageHandler(previousHandler);
}

QStringList ModelTesterWarnings::messages() const
{
    const QMutexLocker locker(&warningsMutex);
    return warnings;
}

} // namespace guichet::ui::test
