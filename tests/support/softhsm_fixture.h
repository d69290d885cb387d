#pragma once

// SoftHSM2 for the token tests, in a world of the test's own: SOFTHSM2_CONF points at a
// configuration whose token folder is a fresh temporary folder, set before any module is loaded
// (SoftHSM reads it in C_Initialize), so the machine's own SoftHSM tokens never show up.

#include "qt_wait.h" // also teaches Catch2 to print QStrings
#include "token/pkcs11_module.h"
#include "token/token_session.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>
#include <optional>

namespace guichet::token::test {

inline constexpr char userPin[] = "123456";
inline constexpr char soPin[] = "87654321";
inline constexpr char tokenLabel[] = "Guichet Test";

/// A private SoftHSM2 configuration. Create it before opening a module; modules opened with it
/// must be released before it goes (the temporary folder goes with it).
class SoftHsm
{
public:
    SoftHsm();
    ~SoftHsm();
    SoftHsm(const SoftHsm&) = delete;
    SoftHsm& operator=(const SoftHsm&) = delete;

    static QString modulePath() { return QStringLiteral("/usr/lib/softhsm/libsofthsm2.so"); }
    /// The tests' fault-injection module (see fault_module.cpp), which forwards to SoftHSM.
    static QString faultModulePath() { return QStringLiteral(GUICHET_FAULT_MODULE); }
    QString tokenFolder() const { return m_dir.filePath(QStringLiteral("tokens")); }

    /// softhsm2-util --init-token --free (another process: do it before the module is loaded,
    /// SoftHSM only reads its token folder at C_Initialize).
    void initToken(const QString& label = QString::fromLatin1(tokenLabel),
                   const QString& pin = QString::fromLatin1(userPin));
    /// softhsm2-util --delete-token: the token disappears under a loaded module.
    void deleteToken(const QString& label = QString::fromLatin1(tokenLabel));

private:
    QTemporaryDir m_dir;
    std::optional<QByteArray> m_previousConf;
};

/// Runs a program and REQUIREs that it exits with 0.
void run(const QString& program, const QStringList& arguments);

std::shared_ptr<Pkcs11Module> openModule(const QString& path = SoftHsm::modulePath());
/// The URI of the one initialised token of `module`.
Pkcs11Uri theTokenUri(Pkcs11Module& module);
TokenSession openTheSession(Pkcs11Module& module);

/// Initialises the spare (uninitialised) token of an already loaded SoftHSM module in this process,
/// through the module's raw function list, as a card being inserted: C_InitToken, then the user PIN.
void initSpareTokenInProcess(const QString& modulePath, const QByteArray& label, const QByteArray& pin);

/// Sets an environment variable for the scope of the object, then restores it.
class ScopedEnv
{
public:
    ScopedEnv(const char* name, const QByteArray& value);
    ~ScopedEnv();
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

private:
    const char* m_name;
    std::optional<QByteArray> m_previous;
};

} // namespace guichet::token::test
