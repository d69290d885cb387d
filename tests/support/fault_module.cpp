// A PKCS#11 module for the token tests: it forwards every call to SoftHSM2 and, driven by
// environment variables read at each call, changes what SoftHSM cannot be made to do.
//   GUICHET_FAULT_TOKEN_FLAGS  flags OR'ed into C_GetTokenInfo's (e.g. CKF_USER_PIN_FINAL_TRY)
//   GUICHET_FAULT_LOGIN_RV     C_Login returns this code without asking SoftHSM
//   GUICHET_FAULT_PINPAD_PIN   a C_Login with no PIN (PIN pad) logs in with this one, as if the
//                              operator had typed it on the reader
//   GUICHET_FAULT_NO_TOKEN     every slot is empty (a reader without a card)
//   GUICHET_FAULT_SIGN_RV      C_SignInit and C_Sign return this code (a device failing mid-operation)
// guichet_fault_login_calls() counts C_Login calls, so tests can see that none was made.

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <p11-kit/pkcs11.h>

namespace {

CK_FUNCTION_LIST* real = nullptr;
CK_FUNCTION_LIST wrapped;
std::atomic<unsigned long> loginCalls{0};
std::atomic<unsigned long> pinPadLogins{0};

const char* env(const char* name)
{
    const char* value = std::getenv(name);
    return value != nullptr && *value != '\0' ? value : nullptr;
}

CK_RV getSlotList(CK_BBOOL tokenPresent, CK_SLOT_ID* list, CK_ULONG* count)
{
    if (tokenPresent && env("GUICHET_FAULT_NO_TOKEN")) {
        *count = 0;
        return CKR_OK;
    }
    return real->C_GetSlotList(tokenPresent, list, count);
}

CK_RV getSlotInfo(CK_SLOT_ID slot, CK_SLOT_INFO* info)
{
    const CK_RV rv = real->C_GetSlotInfo(slot, info);
    if (rv == CKR_OK && env("GUICHET_FAULT_NO_TOKEN")) {
        info->flags &= ~CKF_TOKEN_PRESENT;
    }
    return rv;
}

CK_RV getTokenInfo(CK_SLOT_ID slot, CK_TOKEN_INFO* info)
{
    if (env("GUICHET_FAULT_NO_TOKEN")) {
        return CKR_TOKEN_NOT_PRESENT;
    }
    const CK_RV rv = real->C_GetTokenInfo(slot, info);
    if (const char* flags = env("GUICHET_FAULT_TOKEN_FLAGS"); rv == CKR_OK && flags != nullptr) {
        info->flags |= std::strtoul(flags, nullptr, 0);
    }
    return rv;
}

CK_RV login(CK_SESSION_HANDLE session, CK_USER_TYPE user, CK_UTF8CHAR* pin, CK_ULONG length)
{
    ++loginCalls;
    if (const char* rv = env("GUICHET_FAULT_LOGIN_RV")) {
        return std::strtoul(rv, nullptr, 0);
    }
    if (pin == nullptr) {
        ++pinPadLogins;
        if (const char* typed = env("GUICHET_FAULT_PINPAD_PIN")) {
            auto* bytes = reinterpret_cast<CK_UTF8CHAR*>(const_cast<char*>(typed));
            return real->C_Login(session, user, bytes, std::strlen(typed));
        }
        return CKR_FUNCTION_CANCELED; // nobody typed anything on the pad
    }
    return real->C_Login(session, user, pin, length);
}

CK_RV signInit(CK_SESSION_HANDLE session, CK_MECHANISM* mechanism, CK_OBJECT_HANDLE key)
{
    if (const char* rv = env("GUICHET_FAULT_SIGN_RV")) {
        return std::strtoul(rv, nullptr, 0);
    }
    return real->C_SignInit(session, mechanism, key);
}

CK_RV sign(CK_SESSION_HANDLE session, CK_BYTE* data, CK_ULONG length, CK_BYTE* signature,
           CK_ULONG* signatureLength)
{
    if (const char* rv = env("GUICHET_FAULT_SIGN_RV")) {
        return std::strtoul(rv, nullptr, 0);
    }
    return real->C_Sign(session, data, length, signature, signatureLength);
}

} // namespace

extern "C" {

__attribute__((visibility("default"))) unsigned long guichet_fault_login_calls()
{
    return loginCalls.load();
}

__attribute__((visibility("default"))) unsigned long guichet_fault_pinpad_logins()
{
    return pinPadLogins.load();
}

__attribute__((visibility("default"))) CK_RV C_GetFunctionList(CK_FUNCTION_LIST** list)
{
    if (list == nullptr) {
        return CKR_ARGUMENTS_BAD;
    }
    if (real == nullptr) {
        const char* path = env("GUICHET_FAULT_UNDERLYING");
        void* handle =
            dlopen(path != nullptr ? path : "/usr/lib/softhsm/libsofthsm2.so", RTLD_NOW | RTLD_LOCAL);
        if (handle == nullptr) {
            return CKR_GENERAL_ERROR;
        }
        auto getFunctionList = reinterpret_cast<CK_C_GetFunctionList>(dlsym(handle, "C_GetFunctionList"));
        if (getFunctionList == nullptr || getFunctionList(&real) != CKR_OK) {
            return CKR_GENERAL_ERROR;
        }
        wrapped = *real;
        wrapped.C_GetSlotList = getSlotList;
        wrapped.C_GetSlotInfo = getSlotInfo;
        wrapped.C_GetTokenInfo = getTokenInfo;
        wrapped.C_Login = login;
        wrapped.C_SignInit = signInit;
        wrapped.C_Sign = sign;
    }
    *list = &wrapped;
    return CKR_OK;
}

} // extern "C"
