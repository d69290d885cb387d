#include "qt_wait.h"
#include "token/module_discovery.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace guichet::token;
using namespace Qt::StringLiterals;

namespace {

const ModuleInfo* byName(const QList<ModuleInfo>& modules, const QString& name)
{
    for (const ModuleInfo& module : modules) {
        if (module.name == name) {
            return &module;
        }
    }
    return nullptr;
}

} // namespace

// Debian's opensc-pkcs11 and softhsm2 packages register their modules with p11-kit.
TEST_CASE("Module discovery finds SoftHSM2 and OpenSC in p11-kit's registry", "[token][modules]")
{
    const guichet::Result<QList<ModuleInfo>> modules = registeredModules();
    REQUIRE(modules.ok());
    const ModuleInfo* softhsm = byName(*modules, u"softhsm2"_s);
    const ModuleInfo* opensc = byName(*modules, u"opensc-pkcs11"_s);
    REQUIRE(softhsm != nullptr);
    REQUIRE(opensc != nullptr);
    CHECK(QFileInfo(softhsm->path).isAbsolute());
    CHECK(QFileInfo(softhsm->path).canonicalFilePath() ==
          QFileInfo(u"/usr/lib/softhsm/libsofthsm2.so"_s).canonicalFilePath());
    CHECK(QFileInfo::exists(opensc->path));
    CHECK_FALSE(softhsm->userOverride);
    // p11-kit's trust module holds CA anchors, not operator keys.
    CHECK(byName(*modules, u"p11-kit-trust"_s) == nullptr);
}

TEST_CASE("The module path set in the settings comes first, each library once", "[token][modules]")
{
    const guichet::Result<QList<ModuleInfo>> modules = discoverModules(u"/usr/lib/softhsm/libsofthsm2.so"_s);
    REQUIRE(modules.ok());
    REQUIRE_FALSE(modules->isEmpty());
    CHECK(modules->first().userOverride);
    CHECK(modules->first().path == u"/usr/lib/softhsm/libsofthsm2.so"_s);
    // The registry's entry for the same library (through another path) is not listed again.
    CHECK(byName(*modules, u"softhsm2"_s) == nullptr);
    CHECK(byName(*modules, u"opensc-pkcs11"_s) != nullptr);
}

TEST_CASE("A module path that does not exist is reported, not skipped", "[token][modules]")
{
    const QTemporaryDir dir;
    const QString missing = dir.filePath(u"nowhere-pkcs11.so"_s);
    const guichet::Result<QList<ModuleInfo>> modules = discoverModules(missing);
    REQUIRE_FALSE(modules.ok());
    CHECK(modules.error().message.contains(missing));
    CHECK(modules.error().detail == u"module-path: "_s + missing);
    CHECK_FALSE(moduleAtPath(dir.path()).ok()); // a folder is not a module
    CHECK(discoverModules().ok());              // no override: the registry alone
}
