#include "desk_fixture.h"

#include "demo/demo_generator.h"
#include "sample_order.h"
#include "store/order_store.h"
#include "test_signer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QtGlobal>
#include <cstdio>

namespace guichet::ui::test {
namespace {

/// Fills a new store at `file` with the demo orders.
void makeDemoStore(const QString& file)
{
    auto session = DeskSession::open(file);
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
} // the session closes here: the WAL is checkpointed into the file

/// The store every fixture copies. ctest runs each test case in its own process, so the store is
/// kept in the build folder, one per day (demo dates follow today), made under a temporary name
/// and renamed into place so that test processes running side by side never see half of one.
QString goldenStore()
{
    static const QString path = [] {
        QDir folder(QStringLiteral(GUICHET_BINARY_DIR "/tests/ui_orders"));
        REQUIRE(folder.mkpath(QStringLiteral(".")));
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const QString name = QStringLiteral("golden-%1-%2.sqlite").arg(today).arg(demoOrders);
        const QString file = folder.filePath(name);
        if (QFile::exists(file)) {
            return file;
        }
        QTemporaryDir scratch(folder.filePath(QStringLiteral("golden-XXXXXX")));
        REQUIRE(scratch.isValid());
        const QString made = scratch.filePath(name);
        makeDemoStore(made);
        REQUIRE(QFileInfo::exists(made));
        REQUIRE_FALSE(QFile::exists(made + u"-wal"));
        // rename(2) replaces atomically; a store another process made meanwhile is just as good.
        REQUIRE(std::rename(QFile::encodeName(made).constData(), QFile::encodeName(file).constData()) == 0);
        for (const QString& old : folder.entryList({QStringLiteral("golden-*.sqlite")}, QDir::Files)) {
            if (old != name) {
                folder.remove(old); // an earlier day's
            }
        }
        return file;
    }();
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
    auto opened = DeskSession::open(copy);
    if (!opened) {
        FAIL(opened.error().toString().toStdString());
    }
    session = std::move(opened).value();
    auto signer = std::make_shared<testing::SoftwareSigner>("operator-test");
    session->setOperator(testing::testOperator(*signer, QStringLiteral("operator-test")), signer);
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
