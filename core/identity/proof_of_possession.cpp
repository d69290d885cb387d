#include "identity/proof_of_possession.h"

#include "identity/operator_certificate.h"

#include <QCoreApplication>
#include <openssl/err.h>
#include <openssl/rand.h>

using namespace Qt::StringLiterals;

namespace guichet::identity {

Result<QByteArray> freshChallenge()
{
    QByteArray challenge(challengeSize, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(challenge.data()), challengeSize) != 1) {
        ERR_clear_error();
        return Error{QCoreApplication::translate("guichet::identity",
                                                 "Guichet could not draw a random challenge for the token. "
                                                 "Contact support with the details below."),
                     u"RAND_bytes failed"_s};
    }
    return challenge;
}

Status provePossession(const token::TokenKey& key, const QByteArray& certificateDer,
                       const QByteArray& challenge)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(certificateDer.constData());
    const token::X509Ptr certificate(d2i_X509(nullptr, &bytes, long(certificateDer.size())));
    const token::EvpPkeyPtr publicKey(certificate ? X509_get_pubkey(certificate.get()) : nullptr);
    if (!publicKey) {
        ERR_clear_error();
        return Error{QCoreApplication::translate("guichet::identity",
                                                 "The certificate on the token cannot be read: it is not an "
                                                 "X.509 certificate."),
                     u"d2i_X509 / X509_get_pubkey"_s};
    }
    const Result<QByteArray> signature = key.sign(challenge);
    if (!signature) {
        return signature.error();
    }
    const token::EvpMdCtxPtr context(EVP_MD_CTX_new());
    const bool valid =
        context &&
        EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, publicKey.get()) == 1 &&
        EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char*>(signature->constData()),
                         size_t(signature->size()),
                         reinterpret_cast<const unsigned char*>(challenge.constData()),
                         size_t(challenge.size())) == 1;
    ERR_clear_error();
    if (!valid) {
        return Error{
            QCoreApplication::translate("guichet::identity",
                                        "The key on the token is not the key of the certificate of "
                                        "%1: the token cannot prove it holds this certificate. Ask "
                                        "the RA to check the token.")
                .arg(certificateName(certificateDer)),
            u"proof of possession: the signature of a %1-byte challenge by %2 does not verify with the "
            u"certificate's public key"_s.arg(challenge.size())
                .arg(key.object().uri.toString())};
    }
    return {};
}

Status provePossession(const token::TokenKey& key, const QByteArray& certificateDer)
{
    const Result<QByteArray> challenge = freshChallenge();
    if (!challenge) {
        return challenge.error();
    }
    return provePossession(key, certificateDer, *challenge);
}

} // namespace guichet::identity
