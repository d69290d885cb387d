#include "token/module_discovery.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>
#include <cstdlib>
#include <memory>
#include <p11-kit/p11-kit.h>

using namespace Qt::StringLiterals;

namespace guichet::token {

namespace {

// p11-kit returns malloc'ed strings.
using CString = std::unique_ptr<char, decltype(&std::free)>;

QString take(char* text)
{
    const CString owned(text, &std::free);
    return owned ? QString::fromUtf8(owned.get()) : QString();
}

struct ModuleListDeleter
{
    void operator()(CK_FUNCTION_LIST** modules) const { p11_kit_modules_release(modules); }
};

QString canonical(const QString& path)
{
    const QString resolved = QFileInfo(path).canonicalFilePath();
    return resolved.isEmpty() ? path : resolved;
}

} // namespace

Result<QList<ModuleInfo>> registeredModules()
{
    // UNMANAGED: the raw modules, not p11-kit's managed wrappers; nothing is initialised.
    const std::unique_ptr<CK_FUNCTION_LIST*, ModuleListDeleter> modules(
        p11_kit_modules_load(nullptr, P11_KIT_MODULE_UNMANAGED));
    if (!modules) {
        const char* message = p11_kit_message();
        return Error{QCoreApplication::translate("guichet::token",
                                                 "The list of installed token middleware (p11-kit) cannot "
                                                 "be read. Set the module's path in the settings."),
                     u"p11_kit_modules_load: "_s + (message ? QString::fromUtf8(message) : u"failed"_s)};
    }
    QList<ModuleInfo> result;
    for (CK_FUNCTION_LIST** module = modules.get(); *module != nullptr; ++module) {
        if (take(p11_kit_config_option(*module, "trust-policy")) == u"yes") {
            continue;
        }
        ModuleInfo info;
        info.name = take(p11_kit_module_get_name(*module));
        info.path = take(p11_kit_module_get_filename(*module));
        if (!info.path.isEmpty()) {
            result << info;
        }
    }
    return result;
}

Result<ModuleInfo> moduleAtPath(const QString& path)
{
    const QFileInfo file(path);
    if (path.isEmpty() || !file.exists() || !file.isFile()) {
        return Error{QCoreApplication::translate("guichet::token",
                                                 "The token module set in the settings does not exist: %1. "
                                                 "Correct the path or clear it to use the installed "
                                                 "middleware.")
                         .arg(path),
                     u"module-path: "_s + path};
    }
    return ModuleInfo{file.fileName(), file.absoluteFilePath(), true};
}

Result<QList<ModuleInfo>> discoverModules(const QString& overridePath)
{
    QList<ModuleInfo> result;
    if (!overridePath.isEmpty()) {
        Result<ModuleInfo> chosen = moduleAtPath(overridePath);
        if (!chosen) {
            return chosen.error();
        }
        result << *chosen;
    }
    Result<QList<ModuleInfo>> registered = registeredModules();
    if (!registered) {
        // The override alone is enough to work with.
        if (!result.isEmpty()) {
            return result;
        }
        return registered.error();
    }
    for (const ModuleInfo& module : *registered) {
        const bool known = std::any_of(result.cbegin(), result.cend(), [&](const ModuleInfo& other) {
            return canonical(other.path) == canonical(module.path);
        });
        if (!known) {
            result << module;
        }
    }
    return result;
}

} // namespace guichet::token
