#include "training_checks.h"

#include "token/openssl_handles.h"

#include <QFile>
#include <catch2/catch.hpp>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace guichet::enrol::test {

using namespace guichet::token;

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

int verifyAgainst(const QByteArray& der, const QString& anchorPath)
{
    const QByteArray pem = readAll(anchorPath);
    const BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    const X509Ptr anchor(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    REQUIRE(anchor);
    const auto* in = reinterpret_cast<const unsigned char*>(der.constData());
    const X509Ptr certificate(d2i_X509(nullptr, &in, static_cast<long>(der.size())));
    REQUIRE(certificate);
    const X509StorePtr store(X509_STORE_new());
    REQUIRE(X509_STORE_add_cert(store.get(), anchor.get()) == 1);
    const X509StoreCtxPtr context(X509_STORE_CTX_new());
    REQUIRE(X509_STORE_CTX_init(context.get(), store.get(), certificate.get(), nullptr) == 1);
    X509_verify_cert(context.get());
    return X509_STORE_CTX_get_error(context.get());
}

} // namespace guichet::enrol::test
