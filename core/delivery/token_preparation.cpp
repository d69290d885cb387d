#include "token_preparation.h"

#include <QSettings>
#include <QStringList>
#include <cstring>
#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace guichet::delivery {

Result<TokenPolicy> TokenPolicy::fromSettings(QSettings& settings)
{
    TokenPolicy policy;
    QStringList problems;
    settings.beginGroup(QStringLiteral("delivery"));
    const auto read = [&](const QString& key, int& value, int minimum) {
        if (!settings.contains(key)) {
            return;
        }
        bool whole = false;
        const int number = settings.value(key).toString().trimmed().toInt(&whole);
        if (!whole || number < minimum || number > 32) {
            problems.append(tr("delivery/%1 must be a whole number from %2 to 32.").arg(key).arg(minimum));
            return;
        }
        value = number;
    };
    read(QStringLiteral("soPinLength"), policy.soPinLength, 8);
    read(QStringLiteral("temporaryPinLength"), policy.temporaryPinLength, 4);
    read(QStringLiteral("minimumPinLength"), policy.minimumPinLength, 4);
    settings.endGroup();
    if (problems.isEmpty() && policy.temporaryPinLength < policy.minimumPinLength) {
        problems.append(tr("delivery/temporaryPinLength (%1) is shorter than delivery/minimumPinLength (%2): "
                           "the letter's temporary PIN would be shorter than a PIN the holder may choose.")
                            .arg(policy.temporaryPinLength)
                            .arg(policy.minimumPinLength));
    }
    if (!problems.isEmpty()) {
        return Error{tr("The RA's token policy in the settings is wrong: %1").arg(problems.join(u' ')), {}};
    }
    return policy;
}

Result<token::SecureBuffer> TokenPreparation::randomSecret(int length, std::string_view alphabet)
{
    token::SecureBuffer secret;
    const std::size_t size = alphabet.size();
    // Bytes at or above `limit` would favour the first characters: drawn again.
    const unsigned limit = 256 - 256 % static_cast<unsigned>(size);
    unsigned char bytes[64];
    while (secret.size() < static_cast<std::size_t>(length)) {
        if (RAND_bytes(bytes, sizeof bytes) != 1) {
            OPENSSL_cleanse(bytes, sizeof bytes);
            return Error{tr("No random PIN could be generated."), QStringLiteral("RAND_bytes failed")};
        }
        for (unsigned char byte : bytes) {
            if (byte < limit && secret.size() < static_cast<std::size_t>(length)) {
                secret.append(alphabet[byte % size]);
            }
        }
    }
    OPENSSL_cleanse(bytes, sizeof bytes);
    return secret;
}

QString TokenPreparation::labelFor(const Holder& holder)
{
    QString label = QString(holder.surname.toUpper() + u' ' + holder.givenNames).trimmed();
    while (label.toUtf8().size() > 32) {
        label.chop(label.size() > 1 && label.at(label.size() - 1).isLowSurrogate() ? 2 : 1);
    }
    return label.trimmed();
}

Result<QList<token::TokenInfo>> TokenPreparation::holderTokens(const token::Pkcs11Module& module,
                                                               const token::Pkcs11Uri& operatorToken)
{
    auto slotList = module.listSlots();
    if (!slotList) {
        return slotList.error();
    }
    QList<token::TokenInfo> tokens;
    for (const auto& slot : *slotList) {
        if (slot.token && !operatorToken.matchesToken(*slot.token)) {
            tokens.append(*slot.token);
        }
    }
    return tokens;
}

Result<token::TokenInfo> TokenPreparation::blankHolderToken(const token::Pkcs11Module& module,
                                                            unsigned long slotId,
                                                            const token::Pkcs11Uri& operatorToken)
{
    auto info = module.tokenInfo(slotId);
    if (!info) {
        return Error{tr("No token is in this reader: plug in the holder's token."), info.error().toString()};
    }
    if (operatorToken.matchesToken(*info)) {
        return Error{tr("This is the operator's own token: plug in the holder's token."),
                     info->uri().toString()};
    }
    if (info->initialized) {
        return Error{tr("The token \"%1\" is not blank: use a new token for the holder.").arg(info->label),
                     info->uri().toString()};
    }
    return info;
}

Status TokenPreparation::checkTypedPin(const HolderPinChoice& choice, const TokenPolicy& policy)
{
    if (!choice.typed || !choice.confirmation) {
        return Error{tr("The holder must type their PIN twice."), {}};
    }
    const token::SecureBuffer& first = choice.typed->bytes();
    const token::SecureBuffer& second = choice.confirmation->bytes();
    if (first.size() != second.size() || CRYPTO_memcmp(first.data(), second.data(), first.size()) != 0) {
        return Error{tr("The two PINs typed differ: the holder must type the same PIN twice."), {}};
    }
    if (first.size() < static_cast<std::size_t>(policy.minimumPinLength)) {
        return Error{tr("The PIN is too short: at least %1 characters.").arg(policy.minimumPinLength), {}};
    }
    return {};
}

Status TokenPreparation::checkPinLengths(const token::TokenInfo& token, const TokenPolicy& policy,
                                         std::optional<std::size_t> typedLength)
{
    const auto accepts = [&token](std::size_t length) {
        return length >= token.minimumPinLength &&
               (token.maximumPinLength == 0 || length <= token.maximumPinLength);
    };
    const QString range = tr("This token accepts PINs of %1 to %2 characters.")
                              .arg(token.minimumPinLength)
                              .arg(token.maximumPinLength);
    if (typedLength && !accepts(*typedLength)) {
        return Error{tr("The PIN typed has %1 characters. %2 The holder types another PIN.")
                         .arg(*typedLength)
                         .arg(range),
                     {}};
    }
    if (!typedLength && !accepts(std::size_t(policy.temporaryPinLength))) {
        return Error{tr("The RA's temporary PIN has %1 digits. %2 Change delivery/temporaryPinLength, or use "
                        "another token.")
                         .arg(policy.temporaryPinLength)
                         .arg(range),
                     {}};
    }
    if (!accepts(std::size_t(policy.soPinLength))) {
        return Error{tr("The RA's SO PIN has %1 characters. %2 Change delivery/soPinLength, or use another "
                        "token.")
                         .arg(policy.soPinLength)
                         .arg(range),
                     {}};
    }
    return {};
}

} // namespace guichet::delivery
