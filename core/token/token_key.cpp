#include "token/token_key.h"

#include "token/pkcs11_error.h"
#include "token/pkcs11_module_p.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace guichet::token {

namespace {

QByteArray bytes(const unsigned char* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

const unsigned char* unsignedData(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char*>(view.data());
}

} // namespace

Result<TokenKey> TokenSession::privateKey(const QByteArray& id) const
{
    Pkcs11Uri uri = m_core->token.uri();
    uri.id = id;
    return privateKey(uri);
}

Result<TokenKey> TokenSession::privateKey(const Pkcs11Uri& uri) const
{
    if (Status present = m_core->checkPresent(); !present) {
        return present.error();
    }
    PKCS11_KEY* keys = nullptr;
    unsigned int count = 0;
    clearOpenSslErrors();
    if (PKCS11_enumerate_keys(m_core->slot->token, &keys, &count) != 0) {
        return openSslFailure(u"PKCS11_enumerate_keys"_s, ckrSentence(CKR_GENERAL_ERROR));
    }
    // Newest first: after a logout and a new login, libp11 0.4.12 appends the keys it finds again
    // (under new handles) behind the ones it cached before, whose handles are now invalid
    // (CKR_OBJECT_HANDLE_INVALID on SoftHSM). See README.md.
    for (unsigned int n = count; n > 0; --n) {
        const unsigned int i = n - 1;
        const QByteArray id = bytes(keys[i].id, keys[i].id_len);
        const QString label = QString::fromUtf8(keys[i].label);
        if ((uri.id && *uri.id != id) || (uri.object && *uri.object != label)) {
            continue;
        }
        clearOpenSslErrors();
        // A new reference to an EVP_PKEY whose private operations call the token; ours to free.
        EvpPkeyPtr pkey(PKCS11_get_private_key(&keys[i]));
        if (!pkey) {
            return openSslFailure(u"PKCS11_get_private_key"_s, ckrSentence(CKR_GENERAL_ERROR));
        }
        TokenObject object{id, label, m_core->token.uri().withObject(id, label, ObjectType::PrivateKey)};
        return TokenKey(m_core, std::move(object), std::move(pkey));
    }
    // Private objects only show after a login: say which of the two is the likelier reason.
    return Error{m_core->isLoggedIn()
                     ? QCoreApplication::translate(
                           "guichet::token",
                           "The key Guichet was set up with is not on this token. Check that this is your "
                           "RA token, or choose its key again in the settings.")
                     : ckrSentence(CKR_USER_NOT_LOGGED_IN),
                 u"PKCS11_enumerate_keys: no private key matches "_s + uri.toString()};
}

Status TokenSession::generateRsaKeyPair(unsigned int bits, const QString& label, const QByteArray& id)
{
    if (Status present = m_core->checkPresent(); !present) {
        return present;
    }
    QByteArray labelBytes = label.toUtf8();
    QByteArray idBytes = id;
    clearOpenSslErrors();
    // Deprecated in libp11 (PKCS11_keygen replaces it in 0.4.14) but the only way in 0.4.12.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    const int rv = PKCS11_generate_key(m_core->slot->token, EVP_PKEY_RSA, bits, labelBytes.data(),
                                       reinterpret_cast<unsigned char*>(idBytes.data()),
                                       static_cast<std::size_t>(idBytes.size()));
#pragma GCC diagnostic pop
    if (rv != 0) {
        return openSslFailure(u"PKCS11_generate_key"_s,
                              QCoreApplication::translate(
                                  "guichet::token",
                                  "The token could not generate the key. Contact support with the details "
                                  "below."));
    }
    return {};
}

Result<QByteArray> TokenKey::sign(QByteArrayView data) const
{
    // Without this check a token pulled out since the key was taken fails inside OpenSSL with a
    // less telling code (SoftHSM: CKR_OBJECT_HANDLE_INVALID).
    if (Status present = m_core->checkPresent(); !present) {
        return present.error();
    }
    const QString failed = QCoreApplication::translate(
        "guichet::token", "The token could not sign. Check that it is still inserted and that you are "
                          "logged in, then try again.");
    const EvpMdCtxPtr context(EVP_MD_CTX_new());
    if (!context) {
        return Error{failed, u"EVP_MD_CTX_new: out of memory"_s};
    }
    clearOpenSslErrors();
    if (EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, m_pkey.get()) != 1) {
        return openSslFailure(u"EVP_DigestSignInit"_s, failed);
    }
    std::size_t length = 0;
    if (EVP_DigestSign(context.get(), nullptr, &length, unsignedData(data),
                       static_cast<std::size_t>(data.size())) != 1) {
        return openSslFailure(u"EVP_DigestSign"_s, failed);
    }
    QByteArray signature(static_cast<qsizetype>(length), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                       unsignedData(data), static_cast<std::size_t>(data.size())) != 1) {
        return openSslFailure(u"EVP_DigestSign"_s, failed);
    }
    signature.resize(static_cast<qsizetype>(length)); // ECDSA signatures are often shorter than the bound
    return signature;
}

Result<QByteArray> TokenKey::publicKeyDer() const
{
    clearOpenSslErrors();
    const int length = i2d_PUBKEY(m_pkey.get(), nullptr);
    if (length <= 0) {
        return openSslFailure(u"i2d_PUBKEY"_s,
                              QCoreApplication::translate(
                                  "guichet::token", "The token's public key cannot be read. Contact support "
                                                    "with the details below."));
    }
    QByteArray der(length, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    i2d_PUBKEY(m_pkey.get(), &out);
    return der;
}

bool verifySha256(QByteArrayView publicKeyDer, QByteArrayView data, QByteArrayView signature)
{
    const unsigned char* in = unsignedData(publicKeyDer);
    const EvpPkeyPtr key(d2i_PUBKEY(nullptr, &in, static_cast<long>(publicKeyDer.size())));
    const EvpMdCtxPtr context(EVP_MD_CTX_new());
    if (!key || !context) {
        return false;
    }
    const bool ok =
        EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, key.get()) == 1 &&
        EVP_DigestVerify(context.get(), unsignedData(signature), static_cast<std::size_t>(signature.size()),
                         unsignedData(data), static_cast<std::size_t>(data.size())) == 1;
    clearOpenSslErrors();
    return ok;
}

} // namespace guichet::token
