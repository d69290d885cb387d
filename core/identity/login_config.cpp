#include "identity/login_config.h"

#include "token/module_discovery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace guichet::identity {

namespace {

QString text(const char* source)
{
    return QCoreApplication::translate("guichet::identity", source);
}

} // namespace

QString LoginConfig::defaultTrainingDir()
{
    return TrainingLayout::defaultDirectory();
}

LoginConfig LoginConfig::training(const QString& dir)
{
    LoginConfig config;
    const TrainingLayout layout{dir};
    config.modulePath = QString::fromLatin1(softHsmModule);
    token::Pkcs11Uri uri;
    uri.token = QString::fromLatin1(trainingTokenLabel);
    config.tokenUri = uri;
    config.anchorsPath = layout.caCertificate();
    config.rolesPath = layout.roles();
    config.trainingMode = true;
    config.trainingDir = dir;
    return config;
}

Result<LoginConfig> LoginConfig::fromSettings(QSettings& settings)
{
    settings.beginGroup(u"login"_s);
    const bool trainingMode = settings.value(u"training"_s, false).toBool();
    const QString trainingDir = settings.value(u"trainingDir"_s).toString();
    const QString modulePath = settings.value(u"module"_s).toString();
    const QString tokenText = settings.value(u"token"_s).toString();
    const QString anchorsPath = settings.value(u"anchors"_s).toString();
    const QString rolesPath = settings.value(u"roles"_s).toString();
    settings.endGroup();

    if (trainingMode) {
        return training(trainingDir.isEmpty() ? defaultTrainingDir() : trainingDir);
    }
    LoginConfig config;
    config.modulePath = modulePath;
    config.anchorsPath = anchorsPath;
    config.rolesPath = rolesPath;
    if (!tokenText.isEmpty()) {
        Result<token::Pkcs11Uri> uri = token::Pkcs11Uri::parse(tokenText);
        if (!uri) {
            return Error{text("The token set in the settings (login/token) is not a valid PKCS#11 URI: %1")
                             .arg(uri.error().message),
                         u"login/token: "_s + uri.error().detail};
        }
        config.tokenUri = *uri;
    }
    return config;
}

void LoginConfig::save(QSettings& settings) const
{
    settings.beginGroup(u"login"_s);
    settings.setValue(u"training"_s, trainingMode);
    if (trainingMode) {
        settings.setValue(u"trainingDir"_s, trainingDir);
    } else {
        settings.setValue(u"module"_s, modulePath);
        settings.setValue(u"token"_s, tokenUri ? tokenUri->toString() : QString());
        settings.setValue(u"anchors"_s, anchorsPath);
        settings.setValue(u"roles"_s, rolesPath);
    }
    settings.endGroup();
}

Status LoginConfig::applyEnvironment() const
{
    if (!trainingMode) {
        return {};
    }
    const QString conf = TrainingLayout{trainingDir}.softHsmConf();
    if (!QFileInfo(conf).isFile()) {
        return Error{
            text("The training token is not set up in %1. Provision it first (FORMATION / TRAINING).")
                .arg(QDir::toNativeSeparators(trainingDir)),
            u"missing "_s + conf};
    }
    qputenv("SOFTHSM2_CONF", QFile::encodeName(conf));
    return {};
}

Result<QList<std::shared_ptr<token::Pkcs11Module>>> openModules(const LoginConfig& config)
{
    Result<QList<token::ModuleInfo>> modules = token::discoverModules(config.modulePath);
    if (!modules) {
        return modules.error();
    }
    // The override alone when set: the operator chose that module.
    QList<token::ModuleInfo> wanted = *modules;
    if (!config.modulePath.isEmpty() && !wanted.isEmpty()) {
        wanted = {wanted.first()};
    }
    QList<std::shared_ptr<token::Pkcs11Module>> opened;
    QStringList failures;
    for (const token::ModuleInfo& module : wanted) {
        Result<std::shared_ptr<token::Pkcs11Module>> loaded = token::Pkcs11Module::open(module.path);
        if (loaded) {
            opened.append(*loaded);
        } else {
            failures.append(module.path + u": "_s + loaded.error().toString());
        }
    }
    if (opened.isEmpty()) {
        return Error{failures.isEmpty()
                         ? text("No token software (PKCS#11 module) is installed. Install your "
                                "token's middleware (OpenSC for most cards), or set its module "
                                "in the settings.")
                         : text("The token software (PKCS#11 module) could not be loaded. "
                                "Contact support with the details below."),
                     failures.isEmpty() ? u"p11-kit: no registered module"_s : failures.join(u"; "_s)};
    }
    return opened;
}

Result<token::TokenSession> openToken(const LoginConfig& config)
{
    Result<QList<std::shared_ptr<token::Pkcs11Module>>> modules = openModules(config);
    if (!modules) {
        return modules.error();
    }
    QStringList seen;
    for (const std::shared_ptr<token::Pkcs11Module>& module : *modules) {
        Result<QList<token::SlotInfo>> slotList = module->listSlots();
        if (!slotList) {
            seen.append(module->path() + u": "_s + slotList.error().detail);
            continue;
        }
        for (const token::SlotInfo& slot : *slotList) {
            if (!slot.token || !slot.token->initialized) {
                continue;
            }
            if (config.tokenUri && !config.tokenUri->matchesToken(*slot.token)) {
                seen.append(slot.token->uri().toString());
                continue;
            }
            return module->openSession(slot.token->uri());
        }
    }
    const QString detail = (config.tokenUri ? u"wanted "_s + config.tokenUri->toString() : u"any token"_s) +
                           u"; present: "_s + (seen.isEmpty() ? u"none"_s : seen.join(u", "_s));
    if (config.trainingMode) {
        return Error{
            text("The training token \"%1\" was not found. Provision it again (FORMATION / TRAINING).")
                .arg(QString::fromLatin1(trainingTokenLabel)),
            detail};
    }
    if (config.tokenUri && config.tokenUri->token) {
        return Error{
            text("Your token \"%1\" is not inserted. Insert it, then log in.").arg(*config.tokenUri->token),
            detail};
    }
    return Error{text("No token is inserted. Insert your RA token, then log in."), detail};
}

} // namespace guichet::identity
