#include "cli_support.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace guichet::cli::test {
namespace {

/// Settings and training folders of the test program's own, never the user's.
QTemporaryDir& home()
{
    static QTemporaryDir dir;
    REQUIRE(dir.isValid());
    return dir;
}

} // namespace

QJsonObject Run::json() const
{
    return QJsonDocument::fromJson(out).object();
}

Run cli(const QString& store, const QStringList& arguments, const QByteArray& input)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, home().filePath(u"config"_s));
    environment.remove(u"SOFTHSM2_CONF"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(GUICHET_CLI), QStringList{u"--store"_s, store} + arguments);
    REQUIRE(process.waitForStarted());
    if (!input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(300000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QString trainingDir(const QString& role)
{
    static std::map<QString, QString> provisioned;
    if (const auto found = provisioned.find(role); found != provisioned.end()) {
        return found->second;
    }
    const QString dir = home().filePath(u"training-"_s + role);
    const Run run = cli(home().filePath(u"unused.sqlite"_s),
                        {u"training"_s, u"provision"_s, u"--dir"_s, dir, u"--role"_s, role, u"--pin-stdin"_s},
                        trainingPin);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    provisioned[role] = dir;
    return dir;
}

QStringList trainingLogin(const QString& role)
{
    return {u"--training="_s + trainingDir(role), u"--pin-stdin"_s};
}

Run decide(const QString& store, const QStringList& arguments, const QString& role)
{
    return cli(store, arguments + trainingLogin(role), trainingPin);
}

QStringList orderNumbers(const QString& store)
{
    const Run listed =
        cli(store, {u"list"_s, u"--json"_s, u"--limit"_s, u"1000"_s, u"--sort"_s, u"number"_s, u"--asc"_s});
    REQUIRE(listed.exitCode == 0);
    QStringList numbers;
    for (const auto& row : listed.json().value(u"orders"_s).toArray()) {
        numbers.append(row.toObject().value(u"number"_s).toString());
    }
    return numbers;
}

} // namespace guichet::cli::test
