#include "identity/trust_anchors.h"

#include "identity/distinguished_name.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

using namespace Qt::StringLiterals;

namespace guichet::identity {

namespace {

/// OpenSSL's first queued error as text, and the queue emptied.
QString drainOpenSslError()
{
    const unsigned long code = ERR_peek_error();
    char text[256] = {};
    if (code != 0) {
        ERR_error_string_n(code, text, sizeof text);
    }
    ERR_clear_error();
    return QString::fromLatin1(text);
}

QString describe(const X509* certificate)
{
    const DistinguishedName subject = DistinguishedName::fromX509(X509_get_subject_name(certificate));
    return subject.commonName().isEmpty() ? subject.toString() : subject.commonName();
}

bool looksLikePem(const QByteArray& data)
{
    return data.contains("-----BEGIN ");
}

} // namespace

Result<TrustAnchors> TrustAnchors::load(const QString& path)
{
    const QFileInfo info(path);
    if (path.isEmpty()) {
        return Error{tr("No trust anchors are configured: Guichet cannot check operators' certificates. Set "
                        "the RA's CA certificates in the settings."),
                     u"TrustAnchors::load: empty path"_s};
    }
    if (!info.exists()) {
        return Error{tr("The trust anchor file %1 does not exist.").arg(QDir::toNativeSeparators(path)),
                     u"TrustAnchors::load: "_s + path};
    }
    QStringList files;
    if (info.isDir()) {
        const QDir dir(path);
        const QStringList names = dir.entryList({u"*.pem"_s, u"*.crt"_s, u"*.cer"_s, u"*.der"_s},
                                                QDir::Files | QDir::Readable, QDir::Name);
        for (const QString& name : names) {
            files.append(dir.filePath(name));
        }
    } else {
        files.append(path);
    }
    TrustAnchors anchors;
    for (const QString& file : files) {
        QFile input(file);
        if (!input.open(QIODevice::ReadOnly)) {
            return Error{tr("The trust anchor file %1 cannot be read.").arg(QDir::toNativeSeparators(file)),
                         u"QFile::open: "_s + input.errorString()};
        }
        if (Status added = anchors.add(input.readAll(), QDir::toNativeSeparators(file)); !added) {
            return added.error();
        }
    }
    if (anchors.isEmpty()) {
        return Error{tr("%1 holds no CA certificate: Guichet cannot check operators' certificates.")
                         .arg(QDir::toNativeSeparators(path)),
                     info.isDir() ? u"no *.pem, *.crt, *.cer or *.der file in the folder"_s
                                  : u"empty file"_s};
    }
    return anchors;
}

Status TrustAnchors::add(const QByteArray& data, const QString& source)
{
    ERR_clear_error();
    if (looksLikePem(data)) {
        token::BioPtr bio(BIO_new_mem_buf(data.constData(), int(data.size())));
        if (!bio) {
            return Error{tr("%1 cannot be read.").arg(source), u"BIO_new_mem_buf: out of memory"_s};
        }
        int found = 0;
        while (true) {
            token::X509Ptr certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
            if (!certificate) {
                // The end of the data, or a damaged block: PEM_R_NO_START_LINE means no more blocks.
                const unsigned long code = ERR_peek_last_error();
                if (ERR_GET_LIB(code) == ERR_LIB_PEM && ERR_GET_REASON(code) == PEM_R_NO_START_LINE) {
                    ERR_clear_error();
                    if (found > 0) {
                        break;
                    }
                    return Error{tr("%1 holds no certificate.").arg(source),
                                 u"PEM_read_bio_X509: no CERTIFICATE block"_s};
                }
                return Error{
                    tr("%1 is damaged: certificate %2 in it cannot be read.").arg(source).arg(found + 1),
                    u"PEM_read_bio_X509: "_s + drainOpenSslError()};
            }
            ++found;
            if (Status added = addOne(std::move(certificate), source); !added) {
                return added;
            }
        }
        return {};
    }
    if (data.isEmpty()) {
        return Error{tr("%1 is empty: it holds no CA certificate.").arg(source), u"empty file"_s};
    }
    const auto* bytes = reinterpret_cast<const unsigned char*>(data.constData());
    token::X509Ptr certificate(d2i_X509(nullptr, &bytes, long(data.size())));
    if (!certificate) {
        return Error{tr("%1 is not a certificate file (PEM or DER).").arg(source),
                     u"d2i_X509: "_s + drainOpenSslError()};
    }
    return addOne(std::move(certificate), source);
}

Status TrustAnchors::addOne(token::X509Ptr certificate, const QString& source)
{
    // 1: basicConstraints CA:TRUE; 3: a self-signed version 1 certificate; 4, 5: keyCertSign or the
    // Netscape CA types without basicConstraints. Only a CA can be an anchor.
    if (X509_check_ca(certificate.get()) == 0) {
        return Error{tr("The certificate of %1 in %2 is not a CA certificate: it cannot be a trust anchor.")
                         .arg(describe(certificate.get()), source),
                     u"X509_check_ca: 0"_s};
    }
    m_certificates.push_back(std::move(certificate));
    return {};
}

QList<QByteArray> TrustAnchors::certificates() const
{
    QList<QByteArray> result;
    for (const token::X509Ptr& certificate : m_certificates) {
        const int length = i2d_X509(certificate.get(), nullptr);
        QByteArray der(length, Qt::Uninitialized);
        auto* out = reinterpret_cast<unsigned char*>(der.data());
        i2d_X509(certificate.get(), &out);
        result.append(der);
    }
    return result;
}

} // namespace guichet::identity
