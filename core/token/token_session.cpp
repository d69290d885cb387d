#include "token/token_session.h"

#include "token/pkcs11_error.h"
#include "token/pkcs11_module_p.h"

#include <QCoreApplication>
#include <QPromise>
#include <QThread>

using namespace Qt::StringLiterals;

namespace guichet::token {

namespace {

QByteArray bytes(const unsigned char* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

} // namespace

// ---- Opening a session ----------------------------------------------------------------------------

Result<TokenSession> Pkcs11Module::openSession(const Pkcs11Uri& uri)
{
    Result<TokenInfo> token = findToken(uri);
    if (!token) {
        return token.error();
    }
    // Declared before the lock: if this turns out to hold the last reference to a session of another
    // token, that session ends (and takes the lock) after the lock is released.
    std::shared_ptr<SessionCore> previous;
    const std::lock_guard lock(d->mutex);
    const unsigned long slotId = token->slotId;
    if (const auto existing = d->sessions.find(slotId); existing != d->sessions.end()) {
        previous = existing->second.lock();
        if (previous && previous->token.uri() == token->uri()) {
            return TokenSession(std::move(previous));
        }
    }

    // A slot list of the session's own: libp11 needs one for keys and certificates.
    PKCS11_SLOT* slotArray = nullptr;
    unsigned int count = 0;
    clearOpenSslErrors();
    if (PKCS11_enumerate_slots(d->context.get(), &slotArray, &count) != 0) {
        return openSslFailure(u"PKCS11_enumerate_slots"_s, ckrSentence(CKR_GENERAL_ERROR));
    }
    auto list = std::make_unique<SlotList>(d->context.get(), slotArray, count);
    PKCS11_SLOT* slot = list->find(slotId);
    if (slot == nullptr || slot->token == nullptr) {
        return tokenGone(u"PKCS11_enumerate_slots"_s, CKR_TOKEN_NOT_PRESENT);
    }
    // libp11 pools its sessions per slot and opens them read-write only if told so before the first
    // one (key generation fails with CKR_SESSION_READ_ONLY otherwise). This also closes every
    // session of the process on the slot (C_CloseAllSessions), so it comes before our anchor's login.
    clearOpenSslErrors();
    if (PKCS11_open_session(slot, token->writeProtected ? 0 : 1) != 0) {
        return openSslFailure(u"PKCS11_open_session"_s, ckrSentence(CKR_GENERAL_ERROR));
    }
    CK_SESSION_HANDLE anchor = CK_INVALID_HANDLE;
    const CK_FLAGS flags = CKF_SERIAL_SESSION | (token->writeProtected ? 0 : CKF_RW_SESSION);
    const CK_RV rv = d->functions->C_OpenSession(slotId, flags, nullptr, nullptr, &anchor);
    if (rv != CKR_OK) {
        return Pkcs11Error{u"C_OpenSession"_s, rv}.toError();
    }
    d->slotLists.push_back(std::move(list));
    ++d->openSessions;
    auto core = std::make_shared<SessionCore>(shared_from_this(), slot, anchor, *token);
    d->sessions[slotId] = core;
    return TokenSession(std::move(core));
}

SessionCore::~SessionCore()
{
    module->d->sessionEnded(token.slotId, anchor);
}

Status SessionCore::checkPresent() const
{
    Result<TokenInfo> now = module->tokenInfo(token.slotId);
    if (!now) {
        return now.error();
    }
    if (now->uri() != token.uri()) {
        return Error{QCoreApplication::translate(
                         "guichet::token",
                         "Another token is now in the reader. Insert the token you logged in with, or log "
                         "in again with this one."),
                     u"C_GetTokenInfo: expected "_s + token.uri().toString() + u", found "_s +
                         now->uri().toString()};
    }
    return {};
}

bool SessionCore::isLoggedIn() const
{
    // SoftHSM keeps a session "logged in" after its token was deleted: ask the token first.
    if (!checkPresent()) {
        return false;
    }
    CK_SESSION_INFO info{};
    if (functions()->C_GetSessionInfo(anchor, &info) != CKR_OK) {
        return false;
    }
    return info.state == CKS_RO_USER_FUNCTIONS || info.state == CKS_RW_USER_FUNCTIONS;
}

// ---- Logging in -----------------------------------------------------------------------------------

namespace {

// The checks before any PIN leaves Guichet, on the token's PIN flags as they are now.
Status admitLogin(const SessionCore& core, FinalTry confirmation)
{
    Result<TokenInfo> now = core.module->tokenInfo(core.token.slotId);
    if (!now) {
        return now.error();
    }
    const LoginAdvice advice = loginAdvice(*now);
    if (advice.verdict == LoginVerdict::Refuse) {
        return Error{advice.message, u"login refused before C_Login: "_s + now->uri().toString()};
    }
    if (advice.verdict == LoginVerdict::ConfirmFinalTry && confirmation != FinalTry::Confirmed) {
        return Error{advice.message, u"login refused before C_Login: final try not confirmed"_s};
    }
    return {};
}

Status loginOutcome(const SessionCore& core, CK_RV rv)
{
    if (rv == CKR_OK || rv == CKR_USER_ALREADY_LOGGED_IN) {
        return {};
    }
    const Pkcs11Error error{u"C_Login"_s, rv};
    if (rv == CKR_PIN_INCORRECT) {
        // Say at once when this wrong PIN left a single try, or locked the token.
        if (Result<TokenInfo> now = core.module->tokenInfo(core.token.slotId)) {
            const PinState state = pinState(now->userPin);
            if (state == PinState::FinalTry || state == PinState::Locked) {
                return error.toError(ckrSentence(rv) + u' ' + pinStateText(state));
            }
        }
    }
    return error.toError();
}

} // namespace

Status TokenSession::login(Pin pin, FinalTry confirmation)
{
    // `pin` is a parameter by value: it is wiped when this function returns, on every path.
    if (Status present = m_core->checkPresent(); !present) {
        return present;
    }
    if (m_core->isLoggedIn()) {
        return {};
    }
    if (Status admitted = admitLogin(*m_core, confirmation); !admitted) {
        return admitted;
    }
    auto* pinBytes = reinterpret_cast<CK_UTF8CHAR*>(const_cast<char*>(pin.bytes().data()));
    const CK_RV rv = m_core->functions()->C_Login(m_core->anchor, CKU_USER, pinBytes, pin.size());
    pin.clear();
    return loginOutcome(*m_core, rv);
}

Status TokenSession::loginWithPinPad(FinalTry confirmation)
{
    if (Status present = m_core->checkPresent(); !present) {
        return present;
    }
    if (m_core->isLoggedIn()) {
        return {};
    }
    if (Status admitted = admitLogin(*m_core, confirmation); !admitted) {
        return admitted;
    }
    if (!m_core->token.protectedAuthenticationPath) {
        return Error{QCoreApplication::translate("guichet::token",
                                                 "This reader has no PIN pad: type the PIN in Guichet."),
                     u"C_GetTokenInfo: no CKF_PROTECTED_AUTHENTICATION_PATH"_s};
    }
    // A NULL PIN asks the reader to collect it on its pad (PKCS#11 C_Login, protected path).
    const CK_RV rv = m_core->functions()->C_Login(m_core->anchor, CKU_USER, nullptr, 0);
    return loginOutcome(*m_core, rv);
}

QFuture<Status> TokenSession::loginWithPinPadInBackground(FinalTry confirmation) const
{
    auto promise = std::make_shared<QPromise<Status>>();
    QFuture<Status> future = promise->future();
    promise->start();
    QThread* thread = QThread::create([session = *this, promise, confirmation]() mutable {
        promise->addResult(session.loginWithPinPad(confirmation));
        promise->finish();
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    return future;
}

Status TokenSession::logout()
{
    const CK_RV rv = m_core->functions()->C_Logout(m_core->anchor);
    if (rv == CKR_OK || rv == CKR_USER_NOT_LOGGED_IN) {
        return {};
    }
    return Pkcs11Error{u"C_Logout"_s, rv}.toError();
}

bool TokenSession::isLoggedIn() const
{
    return m_core->isLoggedIn();
}

const TokenInfo& TokenSession::token() const
{
    return m_core->token;
}

Result<TokenInfo> TokenSession::refresh() const
{
    if (Status present = m_core->checkPresent(); !present) {
        return present.error();
    }
    return m_core->module->tokenInfo(m_core->token.slotId);
}

Status TokenSession::checkPresent() const
{
    return m_core->checkPresent();
}

// ---- Listing objects ------------------------------------------------------------------------------

Result<QList<TokenObject>> TokenSession::privateKeys() const
{
    if (Status present = m_core->checkPresent(); !present) {
        return present.error();
    }
    PKCS11_KEY* keys = nullptr;
    unsigned int count = 0;
    clearOpenSslErrors();
    // The array belongs to libp11 (cached on the slot until its list is released).
    if (PKCS11_enumerate_keys(m_core->slot->token, &keys, &count) != 0) {
        return openSslFailure(u"PKCS11_enumerate_keys"_s, ckrSentence(CKR_GENERAL_ERROR));
    }
    // After a logout and a new login libp11 lists each key twice (the stale cached entry, then the
    // one found again): each key once.
    QList<TokenObject> result;
    QList<QPair<QByteArray, QString>> seen;
    for (unsigned int i = 0; i < count; ++i) {
        const QByteArray id = bytes(keys[i].id, keys[i].id_len);
        const QString label = QString::fromUtf8(keys[i].label);
        if (seen.contains({id, label})) {
            continue;
        }
        seen.append({id, label});
        result << TokenObject{id, label, m_core->token.uri().withObject(id, label, ObjectType::PrivateKey)};
    }
    return result;
}

Result<QList<TokenCertificate>> TokenSession::certificates() const
{
    if (Status present = m_core->checkPresent(); !present) {
        return present.error();
    }
    PKCS11_CERT* certs = nullptr;
    unsigned int count = 0;
    clearOpenSslErrors();
    if (PKCS11_enumerate_certs(m_core->slot->token, &certs, &count) != 0) {
        return openSslFailure(u"PKCS11_enumerate_certs"_s, ckrSentence(CKR_GENERAL_ERROR));
    }
    QList<TokenCertificate> result;
    for (unsigned int i = 0; i < count; ++i) {
        const QByteArray id = bytes(certs[i].id, certs[i].id_len);
        const QString label = QString::fromUtf8(certs[i].label);
        TokenCertificate certificate{
            TokenObject{id, label, m_core->token.uri().withObject(id, label, ObjectType::Certificate)}, {}};
        if (certs[i].x509 != nullptr) {
            const int length = i2d_X509(certs[i].x509, nullptr);
            if (length > 0) {
                certificate.der.resize(length);
                auto* out = reinterpret_cast<unsigned char*>(certificate.der.data());
                i2d_X509(certs[i].x509, &out);
            }
        }
        result << certificate;
    }
    return result;
}

} // namespace guichet::token
