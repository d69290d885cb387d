#pragma once

// One loaded PKCS#11 module (token middleware): its slots and tokens, and sessions on them.
//
// A module is a process-wide resource: loading it twice in one process gives the same library, and
// unloading either copy finalises it for both (C_Finalize), so open() hands out one shared instance
// per path. Listing reads C_GetSlotList / C_GetSlotInfo / C_GetTokenInfo directly, never through
// libp11's slot lists: releasing a libp11 slot list calls C_CloseAllSessions on every slot in it,
// which would log the operator out each time a list is refreshed. See core/token/README.md.

#include "model/result.h"
#include "token/pin.h"
#include "token/token_info.h"

#include <QList>
#include <QString>
#include <memory>

namespace guichet::token {

class TokenSession;
class SessionCore;

class Pkcs11Module : public std::enable_shared_from_this<Pkcs11Module>
{
public:
    /// Loads and initialises the module at `path`, or returns the instance already loaded from it.
    /// Environment the module reads at initialisation (SOFTHSM2_CONF...) must be set before.
    static Result<std::shared_ptr<Pkcs11Module>> open(const QString& path);
    /// The instance loaded from `path` in this process, if one is alive (open() would return it
    /// without initialising the module again, so environment set now would not be read); else null.
    static std::shared_ptr<Pkcs11Module> loaded(const QString& path);

    ~Pkcs11Module();
    Pkcs11Module(const Pkcs11Module&) = delete;
    Pkcs11Module& operator=(const Pkcs11Module&) = delete;

    QString path() const;
    /// The module's own description and manufacturer (C_GetInfo), e.g. "Implementation of PKCS11".
    QString description() const;
    QString manufacturer() const;

    /// Every slot with its token as they are now. A slot whose token cannot be read is listed
    /// without a token (see SlotInfo::tokenProblem). Safe from any thread, and while sessions are open.
    Result<QList<SlotInfo>> listSlots() const;
    /// The token in `slotId` as it is now; an error (C_GetTokenInfo's) if there is none.
    Result<TokenInfo> tokenInfo(unsigned long slotId) const;
    /// The first initialised token matching `uri`'s token attributes.
    Result<TokenInfo> findToken(const Pkcs11Uri& uri) const;

    /// A session on the token `uri` names. Sessions on the same token share one login (PKCS#11 logins
    /// are per process): a second openSession() for it returns a handle to the same session.
    Result<TokenSession> openSession(const Pkcs11Uri& uri);

    /// Initialises the token in `slotId` (C_InitToken): erases every object on it, sets its label
    /// (at most 32 bytes of UTF-8) and makes `soPin` its security officer PIN. On a token already
    /// initialised, `soPin` must be its current SO PIN. Fails with CKR_SESSION_EXISTS while a session
    /// is open on it. Set the user PIN next (TokenSession::initUserPin). `soPin` is wiped.
    Status initToken(unsigned long slotId, const QString& label, Pin soPin);

    struct Private;

private:
    explicit Pkcs11Module(std::unique_ptr<Private> state);
    std::unique_ptr<Private> d;
    friend class SessionCore;
};

} // namespace guichet::token
