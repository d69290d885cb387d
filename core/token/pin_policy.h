#pragma once

// The token's PIN state in words, and what Guichet does about it before a login: refuse when the
// PIN is locked (another try cannot succeed and some cards erase their keys), ask for an explicit
// confirmation before the final try, warn when tries have been wasted.

#include "token/token_info.h"

#include <QString>

namespace guichet::token {

/// The user PIN's state, most severe first when several flags are set.
enum class PinState
{
    Ok,
    ToBeChanged, ///< usable, but the issuer wants it changed
    CountLow,    ///< at least one wrong PIN since the last good one
    FinalTry,    ///< the next wrong PIN locks the token
    Locked,      ///< no more tries
};

PinState pinState(const PinFlags& flags);
/// A plain sentence for the state, with what to do; empty for Ok.
QString pinStateText(PinState state);

enum class LoginVerdict
{
    Proceed,            ///< nothing to say
    ProceedWithWarning, ///< show `message` beside the PIN field
    ConfirmFinalTry,    ///< ask the operator to confirm with `message` before sending the PIN
    Refuse,             ///< do not send a PIN; `message` says why and what to do
};

struct LoginAdvice
{
    LoginVerdict verdict = LoginVerdict::Proceed;
    QString message;
};

/// What to do before logging in to `token`, from its PIN flags as last listed.
LoginAdvice loginAdvice(const TokenInfo& token);

/// Whether the operator confirmed a login on the final try (TokenSession::login refuses a final try
/// that was not confirmed).
enum class FinalTry
{
    NotConfirmed,
    Confirmed,
};

} // namespace guichet::token
