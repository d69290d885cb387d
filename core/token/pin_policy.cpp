#include "token/pin_policy.h"

#include <QCoreApplication>

namespace guichet::token {

namespace {} // namespace

PinState pinState(const PinFlags& flags)
{
    if (flags.locked) {
        return PinState::Locked;
    }
    if (flags.finalTry) {
        return PinState::FinalTry;
    }
    if (flags.countLow) {
        return PinState::CountLow;
    }
    if (flags.toBeChanged) {
        return PinState::ToBeChanged;
    }
    return PinState::Ok;
}

QString pinStateText(PinState state)
{
    switch (state) {
    case PinState::Ok:
        return {};
    case PinState::ToBeChanged:
        return QCoreApplication::translate(
            "guichet::token",
            "The token asks for its PIN to be changed. Change it with the token's own tool before "
            "signing.");
    case PinState::CountLow:
        return QCoreApplication::translate(
            "guichet::token",
            "A wrong PIN was entered on this token since its last successful login: take care, it "
            "locks itself after a few wrong PINs.");
    case PinState::FinalTry:
        return QCoreApplication::translate(
            "guichet::token",
            "One try is left: one more wrong PIN locks the token. If you are not sure of your PIN, "
            "stop and contact your security officer.");
    case PinState::Locked:
        return QCoreApplication::translate(
            "guichet::token",
            "The token's PIN is locked after too many wrong tries. Ask your security officer to "
            "unlock it with the unlock code (PUK); Guichet cannot.");
    }
    return {};
}

LoginAdvice loginAdvice(const TokenInfo& token)
{
    if (!token.initialized) {
        return {LoginVerdict::Refuse,
                QCoreApplication::translate(
                    "guichet::token",
                    "This token is blank (not initialised). Use the RA token you were issued, or ask your "
                    "security officer to prepare this one.")};
    }
    if (!token.userPinInitialized) {
        return {LoginVerdict::Refuse,
                QCoreApplication::translate("guichet::token",
                                            "This token has no user PIN yet. Ask your security officer to "
                                            "initialise it.")};
    }
    const PinState state = pinState(token.userPin);
    switch (state) {
    case PinState::Ok:
        return {};
    case PinState::ToBeChanged:
    case PinState::CountLow:
        return {LoginVerdict::ProceedWithWarning, pinStateText(state)};
    case PinState::FinalTry:
        return {LoginVerdict::ConfirmFinalTry, pinStateText(state)};
    case PinState::Locked:
        return {LoginVerdict::Refuse, pinStateText(state)};
    }
    return {};
}

} // namespace guichet::token
