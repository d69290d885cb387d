#include "token/pkcs11_module.h"

#include "token/pkcs11_error.h"
#include "token/pkcs11_module_p.h"
#include "token/token_session.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <p11-kit/p11-kit.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace guichet::token {

namespace {

// PKCS#11 strings are fixed-width, blank-padded and not NUL-terminated.
QString padded(const unsigned char* text, std::size_t width)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(text),
                             static_cast<qsizetype>(p11_kit_space_strlen(text, width)));
}

TokenInfo tokenFrom(unsigned long slotId, const CK_TOKEN_INFO& info)
{
    TokenInfo token;
    token.slotId = slotId;
    token.label = padded(info.label, sizeof info.label);
    token.manufacturer = padded(info.manufacturerID, sizeof info.manufacturerID);
    token.model = padded(info.model, sizeof info.model);
    token.serial = padded(info.serialNumber, sizeof info.serialNumber);
    token.initialized = info.flags & CKF_TOKEN_INITIALIZED;
    token.loginRequired = info.flags & CKF_LOGIN_REQUIRED;
    token.userPinInitialized = info.flags & CKF_USER_PIN_INITIALIZED;
    token.writeProtected = info.flags & CKF_WRITE_PROTECTED;
    token.protectedAuthenticationPath = info.flags & CKF_PROTECTED_AUTHENTICATION_PATH;
    token.userPin.countLow = info.flags & CKF_USER_PIN_COUNT_LOW;
    token.userPin.finalTry = info.flags & CKF_USER_PIN_FINAL_TRY;
    token.userPin.locked = info.flags & CKF_USER_PIN_LOCKED;
    token.userPin.toBeChanged = info.flags & CKF_USER_PIN_TO_BE_CHANGED;
    token.minimumPinLength = info.ulMinPinLen;
    token.maximumPinLength = info.ulMaxPinLen;
    return token;
}

// One module instance per library path in the process (see the header). The mutex is also held
// while an instance is destroyed, so that a new one never initialises the library while the old one
// is finalising it.
std::mutex registryMutex;
std::map<QString, std::weak_ptr<Pkcs11Module>>& registry()
{
    static std::map<QString, std::weak_ptr<Pkcs11Module>> modules;
    return modules;
}

} // namespace

Error tokenGone(const QString& function, unsigned long code)
{
    return Pkcs11Error{function, code}.toError(QCoreApplication::translate(
        "guichet::token",
        "The token is no longer available: it was removed or its reader was disconnected. Insert "
        "it again, then log in."));
}

Pkcs11Module::Private::~Private()
{
    slotLists.clear(); // before the context that owns them
    if (functions != nullptr) {
        p11_kit_module_release(functions); // drops p11-kit's dlopen reference only
    }
}

void Pkcs11Module::Private::sessionEnded(unsigned long slotId, CK_SESSION_HANDLE anchor)
{
    const std::lock_guard lock(mutex);
    // The entry of a session being destroyed has expired; a live entry is a newer session that
    // replaced this one (another token in the same reader), and its login is not ours to end.
    const auto entry = sessions.find(slotId);
    if (entry != sessions.end() && entry->second.expired()) {
        sessions.erase(entry);
        functions->C_Logout(anchor); // CKR_USER_NOT_LOGGED_IN or a dead session: nothing to undo
    }
    functions->C_CloseSession(anchor);
    if (--openSessions == 0) {
        slotLists.clear();
    }
}

Pkcs11Module::Pkcs11Module(std::unique_ptr<Private> state) : d(std::move(state)) {}

Pkcs11Module::~Pkcs11Module() = default;

Result<std::shared_ptr<Pkcs11Module>> Pkcs11Module::open(const QString& path)
{
    const QFileInfo file(path);
    const QString key = file.canonicalFilePath().isEmpty() ? path : file.canonicalFilePath();
    const std::lock_guard lock(registryMutex);
    if (const std::shared_ptr<Pkcs11Module> loaded = registry()[key].lock()) {
        return loaded;
    }
    const Error notLoaded{QCoreApplication::translate(
                              "guichet::token",
                              "The token module %1 cannot be loaded. Check the module path in the settings, "
                              "or reinstall the token's middleware.")
                              .arg(path),
                          {}};
    auto d = std::make_unique<Private>();
    d->path = path;
    d->context.reset(PKCS11_CTX_new());
    if (!d->context) {
        return Error{notLoaded.message, u"PKCS11_CTX_new: out of memory"_s};
    }
    clearOpenSslErrors();
    if (PKCS11_CTX_load(d->context.get(), path.toLocal8Bit().constData()) != 0) {
        Error failure = openSslFailure(u"PKCS11_CTX_load"_s, notLoaded.message);
        // A failed load (C_Initialize refused: SoftHSM without a readable configuration, say) has
        // dlclosed the library already, and libp11 0.4.12's PKCS11_CTX_unload would then call its
        // C_Finalize in unmapped memory: the context is only freed.
        PKCS11_CTX_free(d->context.release());
        return failure;
    }
    clearOpenSslErrors(); // PKCS11_CTX_load leaves DSO/ENGINE errors behind even when it succeeds
    d->description = QString::fromUtf8(d->context->description);
    d->manufacturer = QString::fromUtf8(d->context->manufacturer);
    // The same library again (dlopen returns the handle libp11 already holds), for raw calls.
    d->functions = p11_kit_module_load(path.toLocal8Bit().constData(), P11_KIT_MODULE_UNMANAGED);
    if (d->functions == nullptr) {
        const char* message = p11_kit_message();
        return Error{notLoaded.message,
                     u"p11_kit_module_load: "_s + (message ? QString::fromUtf8(message) : u"failed"_s)};
    }
    // Deleted under the registry's lock (see registryMutex).
    std::shared_ptr<Pkcs11Module> module(new Pkcs11Module(std::move(d)), [key](Pkcs11Module* doomed) {
        const std::lock_guard doomedLock(registryMutex);
        delete doomed;
        const auto entry = registry().find(key);
        if (entry != registry().end() && entry->second.expired()) {
            registry().erase(entry);
        }
    });
    registry()[key] = module;
    return module;
}

std::shared_ptr<Pkcs11Module> Pkcs11Module::loaded(const QString& path)
{
    const QFileInfo file(path);
    const QString key = file.canonicalFilePath().isEmpty() ? path : file.canonicalFilePath();
    const std::lock_guard lock(registryMutex);
    const auto entry = registry().find(key);
    return entry == registry().end() ? nullptr : entry->second.lock();
}

QString Pkcs11Module::path() const
{
    return d->path;
}

QString Pkcs11Module::description() const
{
    return d->description;
}

QString Pkcs11Module::manufacturer() const
{
    return d->manufacturer;
}

Result<QList<SlotInfo>> Pkcs11Module::listSlots() const
{
    CK_FUNCTION_LIST* f = d->functions;
    std::vector<CK_SLOT_ID> ids;
    CK_RV rv = CKR_OK;
    // The first call (no buffer) also lets the module refresh its list of readers (PKCS#11 5.5);
    // a reader plugged in between the two calls makes the second say CKR_BUFFER_TOO_SMALL.
    do {
        CK_ULONG count = 0;
        rv = f->C_GetSlotList(CK_FALSE, nullptr, &count);
        if (rv != CKR_OK) {
            break;
        }
        ids.resize(count);
        rv = f->C_GetSlotList(CK_FALSE, ids.data(), &count);
        ids.resize(count);
    } while (rv == CKR_BUFFER_TOO_SMALL);
    if (rv != CKR_OK) {
        return Pkcs11Error{u"C_GetSlotList"_s, rv}.toError();
    }

    QList<SlotInfo> result;
    for (const CK_SLOT_ID id : ids) {
        CK_SLOT_INFO info{};
        rv = f->C_GetSlotInfo(id, &info);
        if (rv == CKR_SLOT_ID_INVALID || rv == CKR_DEVICE_REMOVED) {
            continue; // the reader went away since C_GetSlotList
        }
        if (rv != CKR_OK) {
            return Pkcs11Error{u"C_GetSlotInfo"_s, rv}.toError();
        }
        SlotInfo slot;
        slot.id = id;
        slot.description = padded(info.slotDescription, sizeof info.slotDescription);
        slot.manufacturer = padded(info.manufacturerID, sizeof info.manufacturerID);
        slot.removable = info.flags & CKF_REMOVABLE_DEVICE;
        slot.hardware = info.flags & CKF_HW_SLOT;
        if (info.flags & CKF_TOKEN_PRESENT) {
            CK_TOKEN_INFO tokenInfo{};
            rv = f->C_GetTokenInfo(id, &tokenInfo);
            if (rv == CKR_OK) {
                slot.token = tokenFrom(id, tokenInfo);
            } else if (!isBenign(rv) && rv != CKR_TOKEN_NOT_RECOGNIZED && rv != CKR_DEVICE_REMOVED) {
                slot.tokenProblem = tokenGone(u"C_GetTokenInfo"_s, rv);
            }
        }
        result << slot;
    }
    return result;
}

Result<TokenInfo> Pkcs11Module::tokenInfo(unsigned long slotId) const
{
    CK_TOKEN_INFO info{};
    const CK_RV rv = d->functions->C_GetTokenInfo(slotId, &info);
    if (rv != CKR_OK) {
        return tokenGone(u"C_GetTokenInfo"_s, rv);
    }
    return tokenFrom(slotId, info);
}

Result<TokenInfo> Pkcs11Module::findToken(const Pkcs11Uri& uri) const
{
    Result<QList<SlotInfo>> all = listSlots();
    if (!all) {
        return all.error();
    }
    for (const SlotInfo& slot : *all) {
        if (slot.token && slot.token->initialized && uri.matchesToken(*slot.token)) {
            return *slot.token;
        }
    }
    return Error{QCoreApplication::translate(
                     "guichet::token",
                     "The token %1 is not in any reader. Insert it, or choose another token in the settings.")
                     .arg(uri.token.value_or(uri.tokenOnly().toString())),
                 u"no token matches "_s + uri.tokenOnly().toString()};
}

} // namespace guichet::token
