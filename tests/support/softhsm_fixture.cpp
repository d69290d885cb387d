#include "softhsm_fixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <algorithm>
#include <cstring>
#include <p11-kit/p11-kit.h>

using namespace Qt::StringLiterals;

namespace guichet::token::test {

SoftHsm::SoftHsm()
{
    REQUIRE(m_dir.isValid());
    REQUIRE(QDir().mkpath(tokenFolder()));
    const QString conf = m_dir.filePath(u"softhsm2.conf"_s);
    QFile file(conf);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("directories.tokendir = " + tokenFolder().toUtf8() +
               "\n"
               "objectstore.backend = file\n"
               "log.level = ERROR\n");
    file.close();
    if (qEnvironmentVariableIsSet("SOFTHSM2_CONF")) {
        m_previousConf = qgetenv("SOFTHSM2_CONF");
    }
    qputenv("SOFTHSM2_CONF", conf.toLocal8Bit());
}

SoftHsm::~SoftHsm()
{
    if (m_previousConf) {
        qputenv("SOFTHSM2_CONF", *m_previousConf);
    } else {
        qunsetenv("SOFTHSM2_CONF");
    }
}

void run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(30000));
    INFO(program.toStdString() << ": " << process.readAll().toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
}

void SoftHsm::initToken(const QString& label, const QString& pin)
{
    run(u"softhsm2-util"_s, {u"--init-token"_s, u"--free"_s, u"--label"_s, label, u"--so-pin"_s,
                             QString::fromLatin1(soPin), u"--pin"_s, pin});
}

void SoftHsm::deleteToken(const QString& label)
{
    run(u"softhsm2-util"_s, {u"--delete-token"_s, u"--token"_s, label});
}

std::shared_ptr<Pkcs11Module> openModule(const QString& path)
{
    Result<std::shared_ptr<Pkcs11Module>> module = Pkcs11Module::open(path);
    INFO((module ? QString() : module.error().toString()).toStdString());
    REQUIRE(module.ok());
    return *module;
}

Pkcs11Uri theTokenUri(Pkcs11Module& module)
{
    Result<QList<SlotInfo>> slotList = module.listSlots();
    REQUIRE(slotList.ok());
    std::optional<Pkcs11Uri> found;
    for (const SlotInfo& slot : *slotList) {
        if (slot.token && slot.token->initialized) {
            REQUIRE_FALSE(found); // exactly one
            found = slot.token->uri();
        }
    }
    REQUIRE(found);
    return *found;
}

TokenSession openTheSession(Pkcs11Module& module)
{
    Result<TokenSession> session = module.openSession(theTokenUri(module));
    INFO((session ? QString() : session.error().toString()).toStdString());
    REQUIRE(session.ok());
    return *session;
}

void initSpareTokenInProcess(const QString& modulePath, const QByteArray& label, const QByteArray& pin)
{
    // The same library instance the module under test loaded; it is initialised already, and
    // C_Finalize must not be called behind its back.
    CK_FUNCTION_LIST* f = p11_kit_module_load(modulePath.toLocal8Bit().constData(), P11_KIT_MODULE_UNMANAGED);
    REQUIRE(f != nullptr);
    CK_SLOT_ID ids[16];
    CK_ULONG count = 16;
    REQUIRE(f->C_GetSlotList(CK_TRUE, ids, &count) == CKR_OK);
    std::optional<CK_SLOT_ID> spare;
    for (CK_ULONG i = 0; i < count; ++i) {
        CK_TOKEN_INFO info{};
        if (f->C_GetTokenInfo(ids[i], &info) == CKR_OK && !(info.flags & CKF_TOKEN_INITIALIZED)) {
            spare = ids[i];
        }
    }
    REQUIRE(spare);
    CK_UTF8CHAR paddedLabel[32];
    std::memset(paddedLabel, ' ', sizeof paddedLabel);
    std::memcpy(paddedLabel, label.constData(), std::min<std::size_t>(label.size(), sizeof paddedLabel));
    QByteArray so(soPin);
    QByteArray user = pin;
    const auto utf8 = [](QByteArray& bytes) {
        return reinterpret_cast<CK_UTF8CHAR*>(bytes.data());
    };
    REQUIRE(f->C_InitToken(*spare, utf8(so), static_cast<CK_ULONG>(so.size()), paddedLabel) == CKR_OK);
    CK_SESSION_HANDLE session = CK_INVALID_HANDLE;
    REQUIRE(f->C_OpenSession(*spare, CKF_SERIAL_SESSION | CKF_RW_SESSION, nullptr, nullptr, &session) ==
            CKR_OK);
    REQUIRE(f->C_Login(session, CKU_SO, utf8(so), static_cast<CK_ULONG>(so.size())) == CKR_OK);
    REQUIRE(f->C_InitPIN(session, utf8(user), static_cast<CK_ULONG>(user.size())) == CKR_OK);
    f->C_Logout(session);
    f->C_CloseSession(session);
    p11_kit_module_release(f);
}

ScopedEnv::ScopedEnv(const char* name, const QByteArray& value) : m_name(name)
{
    if (qEnvironmentVariableIsSet(name)) {
        m_previous = qgetenv(name);
    }
    qputenv(name, value);
}

ScopedEnv::~ScopedEnv()
{
    if (m_previous) {
        qputenv(m_name, *m_previous);
    } else {
        qunsetenv(m_name);
    }
}

} // namespace guichet::token::test
