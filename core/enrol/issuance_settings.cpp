#include "enrol/issuance_settings.h"

#include "enrol/issuer_support.h"
#include "token/openssl_handles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QUrl>
#include <QVariant>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace guichet::enrol {
namespace {

constexpr qint64 maxSecretBytes = 4096;

/// The problems found in the [ca] group, all of them: the operator's sentences and support's details.
struct Problems
{
    QStringList messages;
    QStringList details;

    void add(const QString& message, const QString& detail)
    {
        messages.append(message);
        details.append(detail);
    }
    void add(const Error& error) { add(error.message, error.detail); }
};

/// A path as the settings give it: relative paths are relative to the settings file's folder.
QString resolved(const QString& path, const QString& settingsFile)
{
    if (path.isEmpty() || QFileInfo(path).isAbsolute() || settingsFile.isEmpty()) {
        return path;
    }
    return QFileInfo(settingsFile).absoluteDir().filePath(path);
}

QString modeText(mode_t mode)
{
    return u"0"_s + QString::number(mode & 07777, 8);
}

/// The checks a secret file's status must pass, whether it is read or only looked at.
Status checkSecretStatus(const struct stat& status, const QString& path)
{
    if (!S_ISREG(status.st_mode)) {
        return Error{IssuanceSettings::tr("The CA's shared secret file %1 is not a file (ca/secretFile).")
                         .arg(QDir::toNativeSeparators(path)),
                     u"ca/secretFile: "_s + path + u": not a regular file"_s};
    }
    if ((status.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        return Error{IssuanceSettings::tr("The CA's shared secret file %1 is open to others than its owner "
                                          "(mode %2): it is refused. Make it readable by its owner only "
                                          "(chmod 600).")
                         .arg(QDir::toNativeSeparators(path), modeText(status.st_mode)),
                     u"ca/secretFile: "_s + path + u": mode "_s + modeText(status.st_mode)};
    }
    if (status.st_size > maxSecretBytes) {
        return Error{IssuanceSettings::tr("The CA's shared secret file %1 is too large to be a shared secret "
                                          "(more than 4 KiB).")
                         .arg(QDir::toNativeSeparators(path)),
                     u"ca/secretFile: "_s + path + u": "_s + QString::number(status.st_size) + u" bytes"_s};
    }
    return {};
}

Error secretFileError(const QString& path, int error)
{
    const QString detail =
        u"ca/secretFile: "_s + path + u": "_s + QString::fromLocal8Bit(std::strerror(error));
    if (error == ENOENT || error == ENOTDIR) {
        return Error{IssuanceSettings::tr("The CA's shared secret file %1 does not exist (ca/secretFile).")
                         .arg(QDir::toNativeSeparators(path)),
                     detail};
    }
    return Error{IssuanceSettings::tr("The CA's shared secret file %1 cannot be read (ca/secretFile): %2.")
                     .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(error))),
                 detail};
}

class FileDescriptor
{
public:
    explicit FileDescriptor(int fd) : m_fd(fd) {}
    ~FileDescriptor()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    int get() const { return m_fd; }

private:
    int m_fd = -1;
};

/// The CA certificates in `file` (PEM, one or more, or DER), each as DER; refused, naming the file
/// and the setting `key` that gives it, when it is missing, unreadable, holds no certificate, or one
/// that is not a CA's.
Result<QList<QByteArray>> loadCaCertificates(const QString& file, const QString& key)
{
    const QString shown = QDir::toNativeSeparators(file);
    const QString where = key + u": "_s + file;
    QFile input(file);
    if (!input.exists()) {
        return Error{IssuanceSettings::tr("The CA certificate file %1 does not exist (%2).").arg(shown, key),
                     where + u": no such file"_s};
    }
    if (!input.open(QIODevice::ReadOnly)) {
        return Error{IssuanceSettings::tr("The CA certificate file %1 cannot be read (%2): %3.")
                         .arg(shown, key, input.errorString()),
                     where + u": "_s + input.errorString()};
    }
    const QByteArray bytes = input.readAll();
    std::vector<token::X509Ptr> certificates;
    ERR_clear_error();
    if (bytes.contains("-----BEGIN")) {
        const token::BioPtr bio(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())));
        while (token::X509Ptr certificate{PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)}) {
            certificates.push_back(std::move(certificate));
        }
        // The end of the file reads as "no start line"; anything else is a damaged certificate.
        const unsigned long last = ERR_peek_last_error();
        if (last != 0 && !(ERR_GET_LIB(last) == ERR_LIB_PEM && ERR_GET_REASON(last) == PEM_R_NO_START_LINE)) {
            return Error{IssuanceSettings::tr("The CA certificate file %1 holds a certificate that cannot be "
                                              "read (%2).")
                             .arg(shown, key),
                         where + u": "_s + detail::openSslErrors("PEM_read_bio_X509")};
        }
        ERR_clear_error();
    } else if (token::X509Ptr certificate = detail::readCertificate(bytes)) {
        certificates.push_back(std::move(certificate));
    }
    ERR_clear_error();
    if (certificates.empty()) {
        return Error{
            IssuanceSettings::tr("The file %1 holds no certificate (PEM or DER) (%2).").arg(shown, key),
            where + u": no certificate"_s};
    }
    QList<QByteArray> der;
    for (const token::X509Ptr& certificate : certificates) {
        if (X509_check_ca(certificate.get()) == 0) {
            const QString subject = detail::nameText(X509_get_subject_name(certificate.get()));
            return Error{IssuanceSettings::tr("The certificate \"%1\" in %2 is not a CA certificate "
                                              "(%3): give the CA's own certificate(s).")
                             .arg(subject, shown, key),
                         where + u": not a CA: "_s + subject};
        }
        der.append(detail::derOf(certificate.get()));
    }
    return der;
}

std::optional<CmpCommand> commandNamed(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == u"ir"_s) {
        return CmpCommand::InitialRequest;
    }
    if (lower == u"cr"_s) {
        return CmpCommand::CertificationRequest;
    }
    if (lower == u"p10cr"_s) {
        return CmpCommand::Pkcs10Request;
    }
    return std::nullopt;
}

bool isKnownProduct(const QString& code)
{
    Product product;
    product.code = code;
    product.durationYears = 1;
    return profileForProduct(product).ok();
}

const QString keyAlgorithmKey = u"keyAlgorithm"_s;
const QString keyAlgorithmPrefix = u"keyAlgorithm/"_s;

} // namespace

QString settingsName(KeyAlgorithm algorithm)
{
    switch (algorithm) {
    case KeyAlgorithm::Rsa2048:
        return u"rsa2048"_s;
    case KeyAlgorithm::Rsa3072:
        return u"rsa3072"_s;
    case KeyAlgorithm::EcP256:
        return u"ec-p256"_s;
    }
    return {};
}

std::optional<KeyAlgorithm> keyAlgorithmNamed(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    for (KeyAlgorithm algorithm : {KeyAlgorithm::Rsa2048, KeyAlgorithm::Rsa3072, KeyAlgorithm::EcP256}) {
        if (lower == settingsName(algorithm)) {
            return algorithm;
        }
    }
    return std::nullopt;
}

std::optional<Result<IssuanceSettings>> IssuanceSettings::fromSettings(QSettings& settings)
{
    settings.beginGroup(u"ca"_s);
    const QStringList keys = settings.allKeys();
    QHash<QString, QVariant> values;
    for (const QString& key : keys) {
        values.insert(key, settings.value(key));
    }
    settings.endGroup();
    if (keys.isEmpty()) {
        return std::nullopt;
    }
    const QString settingsFile = settings.fileName();

    IssuanceSettings result;
    Problems problems;
    // One value: an unquoted comma makes QSettings read a list, which no single-valued key wants.
    const auto text = [&](const QString& key) -> QString {
        const QVariant value = values.value(key);
        if (value.typeId() == QMetaType::QStringList) {
            problems.add(
                tr("The setting ca/%1 holds a list (a comma): put its value in double quotes.").arg(key),
                u"ca/"_s + key + u": "_s + value.toStringList().join(u", "_s));
            return value.toStringList().join(u","_s);
        }
        return value.toString().trimmed();
    };
    const auto seconds = [&](const QString& key, int fallback) {
        if (!values.contains(key)) {
            return fallback;
        }
        const QString given = text(key);
        bool ok = false;
        const int number = given.toInt(&ok);
        if (!ok || number < 0) {
            problems.add(tr("The timeout ca/%1 is \"%2\": give a whole number of seconds (0: no limit).")
                             .arg(key, given),
                         u"ca/"_s + key + u"="_s + given);
            return fallback;
        }
        return number;
    };

    // The keys Guichet knows; any other is named (a typo would otherwise go unnoticed).
    static const QStringList known = {u"server"_s,          u"path"_s,       u"certificates"_s,
                                      u"tlsCertificates"_s, u"command"_s,    u"messageTimeout"_s,
                                      u"totalTimeout"_s,    u"protection"_s, u"secretReference"_s,
                                      u"secretFile"_s,      keyAlgorithmKey};
    for (const QString& key : keys) {
        if (!known.contains(key) && !key.startsWith(keyAlgorithmPrefix)) {
            problems.add(tr("The setting ca/%1 is not one of the CA's settings (a typo?).").arg(key),
                         u"ca/"_s + key + u": unknown key"_s);
        }
    }

    result.server = text(u"server"_s);
    if (result.server.isEmpty()) {
        problems.add(tr("The CA's address (ca/server) is missing."), u"ca/server: missing"_s);
    } else {
        const QUrl url(result.server, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) ||
            url.host().isEmpty()) {
            problems.add(tr("The CA's address \"%1\" (ca/server) is not one Guichet can use: "
                            "http://host:port/path or https://host:port/path.")
                             .arg(result.server),
                         u"ca/server: "_s + (url.isValid() ? u"not http(s)://host"_s : url.errorString()));
        }
    }
    result.path = text(u"path"_s);

    const QVariant certificates = values.value(u"certificates"_s);
    for (const QString& file : certificates.toStringList()) {
        if (!file.trimmed().isEmpty()) {
            result.certificateFiles.append(resolved(file.trimmed(), settingsFile));
        }
    }
    if (result.certificateFiles.isEmpty()) {
        problems.add(tr("The CA's certificate (ca/certificates) is missing: it is needed to verify the CA's "
                        "answers and the certificates it issues."),
                     u"ca/certificates: missing"_s);
    }
    for (const QString& file : std::as_const(result.certificateFiles)) {
        Result<QList<QByteArray>> loaded = loadCaCertificates(file, u"ca/certificates"_s);
        if (loaded) {
            result.caCertificates += *loaded;
        } else {
            problems.add(loaded.error());
        }
    }
    // The CA(s) the server's TLS certificate must chain to, with https://; none given: the above.
    for (const QString& file : values.value(u"tlsCertificates"_s).toStringList()) {
        if (file.trimmed().isEmpty()) {
            continue;
        }
        result.tlsCertificateFiles.append(resolved(file.trimmed(), settingsFile));
        Result<QList<QByteArray>> loaded =
            loadCaCertificates(result.tlsCertificateFiles.last(), u"ca/tlsCertificates"_s);
        if (loaded) {
            result.tlsCertificates += *loaded;
        } else {
            problems.add(loaded.error());
        }
    }

    if (values.contains(u"command"_s)) {
        const QString given = text(u"command"_s);
        if (const std::optional<CmpCommand> command = commandNamed(given)) {
            result.command = *command;
        } else {
            problems.add(tr("The CMP command ca/command is \"%1\": use ir, cr or p10cr.").arg(given),
                         u"ca/command="_s + given);
        }
    }
    result.messageTimeoutSeconds = seconds(u"messageTimeout"_s, result.messageTimeoutSeconds);
    result.totalTimeoutSeconds = seconds(u"totalTimeout"_s, result.totalTimeoutSeconds);

    const QString protection =
        values.contains(u"protection"_s) ? text(u"protection"_s).toLower() : u"operator"_s;
    if (protection == u"operator"_s) {
        result.protection = Protection::OperatorKey;
    } else if (protection == u"shared-secret"_s) {
        result.protection = Protection::SharedSecret;
    } else {
        problems.add(
            tr("The protection ca/protection is \"%1\": use operator (the operator's token key signs "
               "each request) or shared-secret.")
                .arg(protection),
            u"ca/protection="_s + protection);
    }
    result.secretReference = text(u"secretReference"_s).toUtf8();
    result.secretFile = resolved(text(u"secretFile"_s), settingsFile);
    if (result.protection == Protection::SharedSecret) {
        if (result.secretReference.isEmpty()) {
            problems.add(tr("The reference of the CA's shared secret (ca/secretReference) is missing."),
                         u"ca/secretReference: missing"_s);
        }
        if (result.secretFile.isEmpty()) {
            problems.add(
                tr("The file holding the CA's shared secret (ca/secretFile) is missing: the secret is "
                   "never written in the settings themselves."),
                u"ca/secretFile: missing"_s);
        } else if (Status usable = checkSecretFile(result.secretFile); !usable) {
            problems.add(usable.error());
        }
    }

    if (values.contains(keyAlgorithmKey)) {
        const QString given = text(keyAlgorithmKey);
        if (const std::optional<KeyAlgorithm> algorithm = keyAlgorithmNamed(given)) {
            result.keyAlgorithm = *algorithm;
        } else {
            problems.add(tr("The key algorithm ca/keyAlgorithm is \"%1\": use rsa2048, rsa3072 or ec-p256.")
                             .arg(given),
                         u"ca/keyAlgorithm="_s + given);
        }
    }
    for (const QString& key : keys) {
        if (!key.startsWith(keyAlgorithmPrefix)) {
            continue;
        }
        const QString product = key.mid(keyAlgorithmPrefix.size());
        const QString given = text(key);
        const std::optional<KeyAlgorithm> algorithm = keyAlgorithmNamed(given);
        if (!algorithm) {
            problems.add(
                tr("The key algorithm ca/%1 is \"%2\": use rsa2048, rsa3072 or ec-p256.").arg(key, given),
                u"ca/"_s + key + u"="_s + given);
        } else if (!isKnownProduct(product)) {
            problems.add(
                tr("The setting ca/%1 names the product \"%2\", which has no certificate profile here.")
                    .arg(key, product),
                u"ca/"_s + key + u": unknown product"_s);
        } else {
            result.keyAlgorithmByProduct.insert(product, *algorithm);
        }
    }

    if (!problems.messages.isEmpty()) {
        return Result<IssuanceSettings>{
            Error{tr("The RA's CA is not configured correctly (settings group [ca]): %1")
                      .arg(problems.messages.join(u' ')),
                  settingsFile + u": "_s + problems.details.join(u"; "_s)}};
    }
    return Result<IssuanceSettings>{std::move(result)};
}

CmpConfig IssuanceSettings::cmpConfig() const
{
    CmpConfig config;
    config.server = server;
    config.path = path;
    config.caCertificates = caCertificates;
    config.tlsTrust = tlsCertificates;
    config.command = command;
    config.messageTimeoutSeconds = messageTimeoutSeconds;
    config.totalTimeoutSeconds = totalTimeoutSeconds;
    return config;
}

Result<SharedSecretProtection> IssuanceSettings::sharedSecret() const
{
    if (protection != Protection::SharedSecret) {
        return Error{tr("The CA's requests are signed with the operator's token key: no shared secret is "
                        "configured (ca/protection)."),
                     u"ca/protection=operator"_s};
    }
    Result<token::SecureBuffer> secret = readSecretFile(secretFile);
    if (!secret) {
        return secret.error();
    }
    return SharedSecretProtection{secretReference, std::move(*secret)};
}

KeyAlgorithm IssuanceSettings::keyAlgorithmFor(const QString& productCode) const
{
    return keyAlgorithmByProduct.value(productCode, keyAlgorithm);
}

Status IssuanceSettings::checkSecretFile(const QString& path)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0) {
        return secretFileError(path, errno);
    }
    return checkSecretStatus(status, path);
}

Result<token::SecureBuffer> IssuanceSettings::readSecretFile(const QString& path)
{
    const FileDescriptor file(::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY));
    if (file.get() < 0) {
        return secretFileError(path, errno);
    }
    // The file opened is the one checked (fstat), whatever happens to the path meanwhile.
    struct stat status = {};
    if (::fstat(file.get(), &status) != 0) {
        return secretFileError(path, errno);
    }
    if (Status usable = checkSecretStatus(status, path); !usable) {
        return usable.error();
    }
    token::SecureBuffer secret;
    char chunk[256];
    for (;;) {
        const ssize_t got = ::read(file.get(), chunk, sizeof chunk);
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got < 0) {
            const int error = errno;
            OPENSSL_cleanse(chunk, sizeof chunk);
            return secretFileError(path, error);
        }
        if (got == 0) {
            break;
        }
        secret.append(std::string_view(chunk, static_cast<std::size_t>(got)));
        if (static_cast<qint64>(secret.size()) > maxSecretBytes) {
            OPENSSL_cleanse(chunk, sizeof chunk);
            return Error{
                tr("The CA's shared secret file %1 is too large to be a shared secret (more than 4 KiB).")
                    .arg(QDir::toNativeSeparators(path)),
                u"ca/secretFile: "_s + path + u": grew while read"_s};
        }
    }
    OPENSSL_cleanse(chunk, sizeof chunk);
    // The line break an editor or `echo` leaves at the end is not part of the secret.
    while (!secret.isEmpty() &&
           (secret.data()[secret.size() - 1] == '\n' || secret.data()[secret.size() - 1] == '\r')) {
        secret.removeLastCodePoint();
    }
    if (secret.isEmpty()) {
        return Error{tr("The CA's shared secret file %1 is empty.").arg(QDir::toNativeSeparators(path)),
                     u"ca/secretFile: "_s + path + u": empty"_s};
    }
    return secret;
}

} // namespace guichet::enrol
