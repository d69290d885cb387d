#pragma once

// Owning handles for the OpenSSL objects the token room hands out or uses.

#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

namespace guichet::token {

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

struct X509StoreDeleter
{
    void operator()(X509_STORE* store) const { X509_STORE_free(store); }
};
struct X509StoreCtxDeleter
{
    void operator()(X509_STORE_CTX* context) const { X509_STORE_CTX_free(context); }
};
/// A STACK_OF(X509) that owns its certificates.
struct X509StackDeleter
{
    void operator()(STACK_OF(X509) * stack) const { sk_X509_pop_free(stack, X509_free); }
};
struct BioDeleter
{
    void operator()(BIO* bio) const { BIO_free(bio); }
};
/// A chain of BIOs (an SSL BIO pushed on a socket BIO): the whole chain goes.
struct BioChainDeleter
{
    void operator()(BIO* bio) const { BIO_free_all(bio); }
};
/// libssl's: whoever uses them links OpenSSL::SSL.
struct SslCtxDeleter
{
    void operator()(SSL_CTX* context) const { SSL_CTX_free(context); }
};
struct SslDeleter
{
    void operator()(SSL* connection) const { SSL_free(connection); }
};
struct X509ExtensionDeleter
{
    void operator()(X509_EXTENSION* extension) const { X509_EXTENSION_free(extension); }
};
struct X509NameDeleter
{
    void operator()(X509_NAME* name) const { X509_NAME_free(name); }
};
struct BignumDeleter
{
    void operator()(BIGNUM* number) const { BN_free(number); }
};

using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, EvpPkeyDeleter>;
using EvpMdCtxPtr = std::unique_ptr<EVP_MD_CTX, EvpMdCtxDeleter>;
using X509Ptr = std::unique_ptr<X509, X509Deleter>;
using X509StorePtr = std::unique_ptr<X509_STORE, X509StoreDeleter>;
using X509StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, X509StoreCtxDeleter>;
using X509StackPtr = std::unique_ptr<STACK_OF(X509), X509StackDeleter>;
using BioPtr = std::unique_ptr<BIO, BioDeleter>;
using BioChainPtr = std::unique_ptr<BIO, BioChainDeleter>;
using SslCtxPtr = std::unique_ptr<SSL_CTX, SslCtxDeleter>;
using SslPtr = std::unique_ptr<SSL, SslDeleter>;
using X509ExtensionPtr = std::unique_ptr<X509_EXTENSION, X509ExtensionDeleter>;
using X509NamePtr = std::unique_ptr<X509_NAME, X509NameDeleter>;
using BignumPtr = std::unique_ptr<BIGNUM, BignumDeleter>;

} // namespace guichet::token
