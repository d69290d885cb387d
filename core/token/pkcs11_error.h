#pragma once

// PKCS#11 failures as the operator and support see them: a plain, translated sentence that says
// what to do, and a detail naming the function and the return code, e.g.
// "C_Login: CKR_PIN_INCORRECT (0xa0)".

#include "model/result.h"

#include <QString>

namespace guichet::token {

/// "CKR_PIN_INCORRECT" for 0xA0; "CKR_VENDOR_DEFINED+0x12" for vendor codes; "CKR_0x..." otherwise.
QString ckrName(unsigned long code);
/// The operator's sentence for a return code (translated, context "guichet::token").
QString ckrSentence(unsigned long code);
/// Codes that mean "nothing to do" rather than failure: the module was already initialised, the
/// user is already logged in (PKCS#11 logins are per process, so another session did it), a slot
/// has no token (while listing, that is an answer, not an error).
bool isBenign(unsigned long code);

struct Pkcs11Error
{
    /// The function that failed: a PKCS#11 function ("C_Login"), a libp11 one ("PKCS11_enumerate_keys")
    /// or OpenSSL's, when the token answered through it ("EVP_DigestSign").
    QString function;
    unsigned long code = 0;

    QString codeName() const { return ckrName(code); }
    /// "C_Login: CKR_PIN_INCORRECT (0xa0)"
    QString detail() const;
    /// The sentence for the code, and the detail.
    Error toError() const;
    /// Another sentence (when the context says more than the code), same detail.
    Error toError(const QString& message) const;
};

/// After a libp11 or OpenSSL call failed: drains this thread's OpenSSL error queue and returns the
/// PKCS#11 return code libp11 left there. libp11 raises its CKR errors under a library number that
/// OpenSSL assigns at run time (ERR_get_CKR_code()), with the CKR as the reason: the number is
/// compared with that, never with a constant. Without a CKR (libp11's own or OpenSSL's errors),
/// `fallback` is the sentence and the detail carries OpenSSL's text for the first error.
Error openSslFailure(const QString& function, const QString& fallback);

/// Empties this thread's OpenSSL error queue. libp11 leaves unrelated errors there even on success
/// (PKCS11_CTX_load queues four DSO/ENGINE "could not load" errors and still returns 0): clear
/// before a call whose failure will be read from the queue.
void clearOpenSslErrors();

} // namespace guichet::token
