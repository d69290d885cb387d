// Commands that move whole dossiers: import, export, demo.

#include "cli.h"
#include "demo/demo_generator.h"
#include "package/package.h"
#include "store/database.h"
#include "store/order_store.h"
#include "workflow/workflow.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>
#include <numeric>

namespace guichet::cli {

int runImport(Context& context)
{
    auto loginOptions = takeLoginOptions(context.arguments);
    if (!loginOptions) {
        return context.fail(loginOptions.error());
    }
    const QStringList paths = context.arguments.mid(1);
    if (paths.isEmpty()) {
        return context.fail(Context::tr("import: give one or more package files"));
    }
    auto session = context.openStore();
    if (!session) {
        return context.fail(session.error());
    }
    auto login = context.logIn(*loginOptions);
    if (!login) {
        return context.fail(login.error());
    }
    const workflow::Actor actor{login->who, *login->signer};
    int failures = 0;
    for (const QString& path : paths) {
        package::PackageReader reader;
        auto imported = reader.read(path);
        if (!imported) {
            ++failures;
            context.err << "guichet-cli: " << QFileInfo(path).fileName() << ": " << imported.error().message
                        << '\n';
            for (const auto& problem : reader.problems()) {
                context.err << "  " << problem.toString() << '\n';
            }
            continue;
        }
        auto id = (*session)->workflow().importDossier(imported->dossier, actor);
        if (!id) {
            ++failures;
            context.err << "guichet-cli: " << QFileInfo(path).fileName() << ": " << id.error().toString()
                        << '\n';
            continue;
        }
        context.out << Context::tr("Imported order %1 from %2").arg(imported->dossier.order.number, path)
                    << '\n';
    }
    if (failures < paths.size()) {
        afterDecision(context, **session, *login);
    }
    context.err.flush();
    return failures == 0 ? Success : Failure;
}

int runExport(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")}, {},
                                    QStringLiteral("file"));
    parser.addOption(output);
    if (!parser.parse(context.arguments)) {
        return context.fail(parser.errorText());
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(output)) {
        return context.fail(Context::tr("export: give an order number and --output FILE"));
    }
    auto session = context.openStore();
    if (!session) {
        return context.fail(session.error());
    }
    auto id = (*session)->orderId(parser.positionalArguments().at(0));
    if (!id) {
        return context.fail(id.error());
    }
    if (auto written = (*session)->exportDossier(*id, parser.value(output)); !written) {
        return context.fail(written.error());
    }
    context.out << Context::tr("Exported order %1 to %2")
                       .arg(parser.positionalArguments().at(0), parser.value(output))
                << '\n';
    return Success;
}

int runDemo(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption seed(QStringLiteral("seed"), {}, QStringLiteral("n"), QStringLiteral("2026"));
    const QCommandLineOption first(QStringLiteral("first"), {}, QStringLiteral("index"));
    const QCommandLineOption bulk(QStringLiteral("bulk"));
    parser.addOptions({seed, first, bulk});
    if (!parser.parse(context.arguments)) {
        return context.fail(parser.errorText());
    }
    bool countOk = false;
    bool seedOk = false;
    const int count = parser.positionalArguments().value(0).toInt(&countOk);
    const quint64 seedValue = parser.value(seed).toULongLong(&seedOk);
    if (parser.positionalArguments().size() != 1 || !countOk || count <= 0 || !seedOk) {
        return context.fail(Context::tr("demo: give the number of orders to add, e.g. guichet-cli demo 200"));
    }
    auto session = context.openStore();
    if (!session) {
        return context.fail(session.error());
    }
    // Demo orders make a training store, for good: only there may a training operator act.
    if (auto marked = (*session)->database().markTraining(); !marked) {
        return context.fail(marked.error());
    }
    store::OrderStore& orders = (*session)->orders();
    // Demo orders are numbered from their index: continue after what the store already holds.
    int firstIndex = 0;
    if (parser.isSet(first)) {
        bool ok = false;
        firstIndex = parser.value(first).toInt(&ok);
        if (!ok || firstIndex < 0) {
            return context.fail(Context::tr("demo: --first takes a whole number"));
        }
    } else {
        store::OrderQuery all;
        auto existing = orders.count(all);
        if (!existing) {
            return context.fail(existing.error());
        }
        firstIndex = int(*existing);
    }

    const demo::DemoGenerator generator(seedValue);
    const demo::RenderMode mode =
        parser.isSet(bulk) || count > 5000 ? demo::RenderMode::Bulk : demo::RenderMode::Full;
    const QDate today = (*session)->workflow().today();
    const int batchSize = mode == demo::RenderMode::Bulk ? 10000 : 100;
    QElapsedTimer timer;
    timer.start();
    for (int start = 0; start < count; start += batchSize) {
        QList<int> indexes(std::min(batchSize, count - start));
        std::iota(indexes.begin(), indexes.end(), firstIndex + start);
        // Drawing documents is the slow part: the generator is thread-safe, so use every core.
        const QList<Dossier> batch = QtConcurrent::blockingMapped(
            indexes, [&](int index) { return generator.dossier(index, today, mode); });
        if (auto stored = orders.insertDossiers(batch); !stored) {
            return context.fail(stored.error());
        }
        if (count > batchSize) {
            context.err << Context::tr("%1 of %2 demo orders").arg(start + indexes.size()).arg(count) << '\r';
            context.err.flush();
        }
    }
    context.out << Context::tr("Added %1 demo orders in %3 s to %4 (documents: %2)")
                       .arg(count)
                       .arg(mode == demo::RenderMode::Full ? Context::tr("drawn for each order")
                                                           : Context::tr("shared specimens"))
                       .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                       .arg(context.storePath)
                << '\n';
    return Success;
}

} // namespace guichet::cli
