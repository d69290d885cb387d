#pragma once

// Internal to core/token: what Pkcs11Module, TokenSession and TokenKey share.

#include "token/pkcs11_module.h"

#include <libp11.h>
#include <map>
#include <memory>
#include <mutex>
#include <p11-kit/pkcs11.h>
#include <vector>

namespace guichet::token {

/// A libp11 slot list. Releasing it (PKCS11_release_all_slots) calls C_CloseAllSessions on each of
/// its slots, logging the process out of their tokens: the module only releases lists when no
/// session is open (see Pkcs11Module::Private::sessionEnded).
class SlotList
{
public:
    SlotList(PKCS11_CTX* context, PKCS11_SLOT* slotArray, unsigned int count)
        : m_context(context), m_slots(slotArray), m_count(count)
    {}
    ~SlotList()
    {
        if (m_slots != nullptr) {
            PKCS11_release_all_slots(m_context, m_slots, m_count);
        }
    }
    SlotList(const SlotList&) = delete;
    SlotList& operator=(const SlotList&) = delete;

    /// The slot with PKCS#11 id `slotId`, or null.
    PKCS11_SLOT* find(unsigned long slotId) const
    {
        for (unsigned int i = 0; i < m_count; ++i) {
            if (PKCS11_get_slotid_from_slot(&m_slots[i]) == slotId) {
                return &m_slots[i];
            }
        }
        return nullptr;
    }

private:
    PKCS11_CTX* m_context;
    PKCS11_SLOT* m_slots;
    unsigned int m_count;
};

struct ContextDeleter
{
    void operator()(PKCS11_CTX* context) const
    {
        PKCS11_CTX_unload(context); // C_Finalize, then dlclose
        PKCS11_CTX_free(context);
    }
};

struct Pkcs11Module::Private
{
    QString path;
    QString description;
    QString manufacturer;
    std::unique_ptr<PKCS11_CTX, ContextDeleter> context;
    /// The same library's raw function list (p11-kit, unmanaged), for calls libp11 does not offer
    /// or makes harmful. libp11 initialised the module; this list never calls C_Initialize/C_Finalize.
    CK_FUNCTION_LIST* functions = nullptr;

    std::mutex mutex;
    /// Slot lists of sessions, open or ended, kept until no session is open.
    std::vector<std::unique_ptr<SlotList>> slotLists;
    /// The open session of each slot, to share one login per token.
    std::map<unsigned long, std::weak_ptr<SessionCore>> sessions;
    int openSessions = 0;

    ~Private();
    /// Called by a session's destructor: logs out (unless a newer session on the slot took over),
    /// closes the anchor session, and releases the slot lists once no session remains.
    void sessionEnded(unsigned long slotId, CK_SESSION_HANDLE anchor);
};

/// The state behind TokenSession handles and TokenKeys: a libp11 slot (for keys and certificates)
/// and an "anchor" PKCS#11 session of our own, through which Guichet logs in and out. The anchor
/// keeps the login alive and lets C_Login take the PIN straight from the Pin's buffer: libp11's
/// PKCS11_login keeps a heap copy of the PIN (to log in again after a fork) until its slot list is
/// released, which the Pin must not leave behind.
class SessionCore
{
public:
    SessionCore(std::shared_ptr<Pkcs11Module> owner, PKCS11_SLOT* libp11Slot, CK_SESSION_HANDLE anchorSession,
                TokenInfo opened)
        : module(std::move(owner)), slot(libp11Slot), anchor(anchorSession), token(std::move(opened))
    {}
    ~SessionCore();
    SessionCore(const SessionCore&) = delete;
    SessionCore& operator=(const SessionCore&) = delete;

    CK_FUNCTION_LIST* functions() const { return module->d->functions; }
    /// An error if the token is gone or another one took its place.
    Status checkPresent() const;
    bool isLoggedIn() const;

    const std::shared_ptr<Pkcs11Module> module;
    PKCS11_SLOT* const slot;
    const CK_SESSION_HANDLE anchor;
    const TokenInfo token;
};

/// The sentence for a token that is gone, with `function`'s return code as the detail.
Error tokenGone(const QString& function, unsigned long code);

} // namespace guichet::token
