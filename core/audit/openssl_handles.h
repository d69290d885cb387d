#pragma once

// Owning handles for the OpenSSL objects the audit room uses (its own: it does not link the token
// room).

#include <memory>
#include <openssl/evp.h>
#include <openssl/x509.h>

namespace guichet::audit {

struct EvpPkeyDeleter
{
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct EvpMdCtxDeleter
{
    void operator()(EVP_MD_CTX* context) const { EVP_MD_CTX_free(context); }
};
struct X509Deleter
{
    void operator()(X509* certificate) const { X509_free(certificate); }
};

using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, EvpPkeyDeleter>;
using EvpMdCtxPtr = std::unique_ptr<EVP_MD_CTX, EvpMdCtxDeleter>;
using X509Ptr = std::unique_ptr<X509, X509Deleter>;

} // namespace guichet::audit
