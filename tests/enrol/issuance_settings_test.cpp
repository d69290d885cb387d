// IssuanceSettings: the RA's CA as the settings' [ca] group configures it, read from real INI files
// (QSettings::IniFormat) with real CA certificates (PEM, several per file, and DER) and a real shared
// secret file in a temporary folder: every key, the defaults, every refusal named, and the secret
// file's rule (no access for group or others, read at each request, never kept).

#include "enrol/certificate_authority.h"
#include "enrol/issuance_settings.h"
#include "token/openssl_handles.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <openssl/x509.h>
#include <sys/stat.h>

using namespace guichet;
using namespace guichet::enrol;
using namespace Qt::StringLiterals;

namespace {

constexpr char secretText[] = "CMP-shared-secret-42";

CertificateAuthority makeCa(const QString& name)
{
    Result<CertificateAuthority> ca = CertificateAuthority::create(
        {name, u"Guichet TEST"_s, u"FR"_s, KeyType::EcP256, QDateTime(), QDateTime()});
    REQUIRE(ca.ok());
    return *ca;
}

/// A certificate that is not a CA's: one the CA issued to an end entity.
QByteArray endEntityCertificate(const CertificateAuthority& ca)
{
    const CertificateAuthority other = makeCa(u"Some key"_s);
    const QByteArray der = other.certificateDer();
    const auto* in = reinterpret_cast<const unsigned char*>(der.constData());
    const token::X509Ptr certificate(d2i_X509(nullptr, &in, static_cast<long>(der.size())));
    REQUIRE(certificate);
    EVP_PKEY* key = X509_get0_pubkey(certificate.get());
    QByteArray publicKey(i2d_PUBKEY(key, nullptr), Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(publicKey.data());
    i2d_PUBKEY(key, &out);
    CertificateRequest request;
    request.publicKeyDer = publicKey;
    request.subject.commonName = u"Camille Martin"_s;
    request.subject.emailAddress = u"camille.martin@example.fr"_s;
    Result<QByteArray> issued = ca.issue(request);
    REQUIRE(issued.ok());
    return *issued;
}

class Folder
{
public:
    Folder() { REQUIRE(m_dir.isValid()); }

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString write(const QString& name, const QByteArray& bytes, QFile::Permissions permissions = {}) const
    {
        QFile file(path(name));
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(file.write(bytes) == bytes.size());
        file.close();
        if (permissions) {
            REQUIRE(file.setPermissions(permissions));
        }
        return file.fileName();
    }
    /// A secret file with the POSIX mode `mode` (chmod), holding `bytes`.
    QString secret(const QString& name, const QByteArray& bytes, mode_t mode) const
    {
        const QString file = write(name, bytes);
        REQUIRE(::chmod(QFile::encodeName(file).constData(), mode) == 0);
        return file;
    }
    /// A settings file holding `ini`, as the desk reads its settings: a new file each time, since
    /// QSettings caches a file's content by its path, size and modification time (to the
    /// millisecond), and two files written within a millisecond may not differ in those.
    QString settings(const QByteArray& ini)
    {
        return write(u"guichet-"_s + QString::number(++m_written) + u".conf"_s, ini);
    }

private:
    QTemporaryDir m_dir;
    int m_written = 0;
};

std::optional<Result<IssuanceSettings>> load(const QString& settingsFile)
{
    QSettings settings(settingsFile, QSettings::IniFormat);
    REQUIRE(settings.status() == QSettings::NoError);
    return IssuanceSettings::fromSettings(settings);
}

IssuanceSettings loaded(const QString& settingsFile)
{
    auto settings = load(settingsFile);
    REQUIRE(settings.has_value());
    INFO((settings->ok() ? QString() : settings->error().toString()).toStdString());
    REQUIRE(settings->ok());
    return std::move(**settings);
}

/// The error the settings file holding `ini` is refused with.
Error refusal(Folder& folder, const QByteArray& ini)
{
    const QString file = folder.settings(ini);
    auto settings = load(file);
    REQUIRE(settings.has_value());
    REQUIRE_FALSE(settings->ok());
    const Error error = settings->error();
    INFO(error.toString().toStdString());
    CHECK(error.message.startsWith(u"The RA's CA is not configured correctly (settings group [ca]): "_s));
    CHECK(error.detail.startsWith(file + u": "_s));
    return error;
}

QString secretOf(const SharedSecretProtection& protection)
{
    return QString::fromUtf8(protection.secret.data(), static_cast<qsizetype>(protection.secret.size()));
}

} // namespace

TEST_CASE("Without a [ca] group no CA is configured", "[enrol][settings]")
{
    Folder folder;
    CHECK_FALSE(load(folder.settings("")).has_value());
    CHECK_FALSE(
        load(folder.settings("[login]\nmodule=/usr/lib/opensc-pkcs11.so\n[workflow]\nfourEyes=true\n"))
            .has_value());
    // An empty [ca] group holds no key: still not configured.
    CHECK_FALSE(load(folder.settings("[ca]\n")).has_value());
}

TEST_CASE("Every key of the [ca] group is read", "[enrol][settings]")
{
    Folder folder;
    const CertificateAuthority root = makeCa(u"AC Racine"_s);
    const CertificateAuthority qualified = makeCa(u"AC Qualifiée"_s);
    const CertificateAuthority third = makeCa(u"AC Tierce"_s);
    // One PEM file holding two CA certificates (and a comment line), one DER file.
    folder.write(u"ca-chain.pem"_s, "The RA's CAs\n" + root.certificatePem() + qualified.certificatePem());
    const QString der = folder.write(u"ca-third.der"_s, third.certificateDer());
    // A relative secret file: relative to the settings file's folder. `echo` leaves a line break.
    folder.secret(u"ca-secret"_s, QByteArray(secretText) + '\n', 0600);

    const IssuanceSettings settings = loaded(folder.settings("[ca]\n"
                                                             "server=http://ca.example.fr:8080/pkix/\n"
                                                             "path=/pkix/ra-1\n"
                                                             "certificates=ca-chain.pem, " +
                                                             der.toUtf8() +
                                                             "\n"
                                                             "command=p10cr\n"
                                                             "messageTimeout=5\n"
                                                             "totalTimeout=0\n"
                                                             "protection=shared-secret\n"
                                                             "secretReference=guichet-ra-1\n"
                                                             "secretFile=ca-secret\n"
                                                             "keyAlgorithm=rsa3072\n"
                                                             "keyAlgorithm/RGS2-SIGN-TOKEN=ec-p256\n"
                                                             "keyAlgorithm\\RGS2-SIGN-AUTH-TOKEN=RSA2048\n"));

    CHECK(settings.server == u"http://ca.example.fr:8080/pkix/"_s);
    CHECK(settings.path == u"/pkix/ra-1"_s);
    CHECK(settings.certificateFiles == QStringList{folder.path(u"ca-chain.pem"_s), der});
    CHECK(settings.caCertificates ==
          QList<QByteArray>{root.certificateDer(), qualified.certificateDer(), third.certificateDer()});
    CHECK(settings.command == CmpCommand::Pkcs10Request);
    CHECK(settings.protection == IssuanceSettings::Protection::SharedSecret);
    CHECK(settings.secretReference == "guichet-ra-1");
    CHECK(settings.secretFile == folder.path(u"ca-secret"_s));
    CHECK(settings.keyAlgorithm == KeyAlgorithm::Rsa3072);
    CHECK(settings.keyAlgorithmFor(u"RGS2-SIGN-TOKEN"_s) == KeyAlgorithm::EcP256);
    CHECK(settings.keyAlgorithmFor(u"RGS2-SIGN-AUTH-TOKEN"_s) == KeyAlgorithm::Rsa2048);
    CHECK(settings.keyAlgorithmFor(u"ANOTHER-PRODUCT"_s) == KeyAlgorithm::Rsa3072);
    CHECK(settings.keyAlgorithmByProduct.size() == 2);

    const CmpConfig config = settings.cmpConfig();
    CHECK(config.server == settings.server);
    CHECK(config.path == u"/pkix/ra-1"_s);
    CHECK(config.caCertificates == settings.caCertificates);
    CHECK(config.command == CmpCommand::Pkcs10Request);
    CHECK(config.messageTimeoutSeconds == 5);
    CHECK(config.totalTimeoutSeconds == 0);
    CHECK(CmpIssuer(config).description() == u"CMP http://ca.example.fr:8080/pkix/ path /pkix/ra-1"_s);

    // The secret comes from the file, without its final line break.
    Result<SharedSecretProtection> secret = settings.sharedSecret();
    INFO((secret ? QString() : secret.error().toString()).toStdString());
    REQUIRE(secret.ok());
    CHECK(secret->reference == "guichet-ra-1");
    CHECK(secretOf(*secret) == QString::fromLatin1(secretText));

    // The commands and key algorithms by name, case-insensitively.
    for (const auto& [name, command] :
         {std::pair{"ir", CmpCommand::InitialRequest}, std::pair{"CR", CmpCommand::CertificationRequest}}) {
        CAPTURE(name);
        CHECK(loaded(folder.settings("[ca]\nserver=http://ca:80/\ncertificates=ca-chain.pem\ncommand=" +
                                     QByteArray(name) + "\n"))
                  .command == command);
    }
    for (KeyAlgorithm algorithm : {KeyAlgorithm::Rsa2048, KeyAlgorithm::Rsa3072, KeyAlgorithm::EcP256}) {
        CHECK(keyAlgorithmNamed(settingsName(algorithm)) == algorithm);
        CHECK(keyAlgorithmNamed(settingsName(algorithm).toUpper()) == algorithm);
    }
    CHECK_FALSE(keyAlgorithmNamed(u"ec-p384"_s).has_value());
}

TEST_CASE("An https:// CA, its TLS certificate checked against the CA certificates or its own",
          "[enrol][settings]")
{
    Folder folder;
    const CertificateAuthority ca = makeCa(u"AC Racine"_s);
    const CertificateAuthority tls = makeCa(u"AC TLS"_s);
    folder.write(u"ca.pem"_s, ca.certificatePem());
    folder.write(u"tls.pem"_s, tls.certificatePem());

    const IssuanceSettings withTls = loaded(folder.settings(
        "[ca]\nserver=https://ca.example.fr/pkix/\ncertificates=ca.pem\ntlsCertificates=tls.pem\n"));
    CHECK(withTls.server == u"https://ca.example.fr/pkix/"_s);
    CHECK(withTls.tlsCertificateFiles == QStringList{folder.path(u"tls.pem"_s)});
    CHECK(withTls.tlsCertificates == QList<QByteArray>{tls.certificateDer()});
    CHECK(withTls.cmpConfig().tlsTrust == withTls.tlsCertificates);
    CHECK(withTls.cmpConfig().caCertificates == QList<QByteArray>{ca.certificateDer()});
    CHECK(CmpIssuer(withTls.cmpConfig()).description() == u"CMP https://ca.example.fr/pkix/"_s);

    // Without ca/tlsCertificates: the CA certificates (CmpIssuer falls back on them).
    const IssuanceSettings without =
        loaded(folder.settings("[ca]\nserver=https://ca.example.fr:8443/\ncertificates=ca.pem\n"));
    CHECK(without.tlsCertificates.isEmpty());
    CHECK(without.cmpConfig().tlsTrust.isEmpty());
}

TEST_CASE("The [ca] group's defaults: ir, 30 and 120 seconds, the operator's key, RSA 2048",
          "[enrol][settings]")
{
    Folder folder;
    const CertificateAuthority ca = makeCa(u"AC Racine"_s);
    const QString pem = folder.write(u"ca.pem"_s, ca.certificatePem());
    const IssuanceSettings settings = loaded(
        folder.settings("[ca]\nserver=http://127.0.0.1:8080/pkix/\ncertificates=" + pem.toUtf8() + "\n"));
    CHECK(settings.caCertificates == QList<QByteArray>{ca.certificateDer()});
    CHECK(settings.path.isEmpty());
    CHECK(settings.command == CmpCommand::InitialRequest);
    CHECK(settings.messageTimeoutSeconds == 30);
    CHECK(settings.totalTimeoutSeconds == 120);
    CHECK(settings.protection == IssuanceSettings::Protection::OperatorKey);
    CHECK(settings.keyAlgorithm == KeyAlgorithm::Rsa2048);
    CHECK(settings.keyAlgorithmByProduct.isEmpty());
    CHECK(settings.keyAlgorithmFor(u"RGS2-SIGN-TOKEN"_s) == KeyAlgorithm::Rsa2048);
    // No shared secret with the operator's key, even with a secret file set (kept for later).
    Result<SharedSecretProtection> secret = settings.sharedSecret();
    REQUIRE_FALSE(secret.ok());
    CHECK(secret.error().message.contains(u"signed with the operator's token key"_s));

    folder.secret(u"unused-secret"_s, "x", 0644);
    const IssuanceSettings explicitOperator =
        loaded(folder.settings("[ca]\nserver=http://127.0.0.1:8080/pkix/\ncertificates=ca.pem\nprotection="
                               "operator\nsecretFile=unused-secret\n"));
    CHECK(explicitOperator.protection == IssuanceSettings::Protection::OperatorKey);
}

TEST_CASE("Each problem of the [ca] group is named", "[enrol][settings]")
{
    Folder folder;
    const CertificateAuthority ca = makeCa(u"AC Racine"_s);
    folder.write(u"ca.pem"_s, ca.certificatePem());
    folder.secret(u"secret"_s, secretText, 0600);
    const QByteArray usable = "[ca]\nserver=http://ca.example.fr/pkix/\ncertificates=ca.pem\n";
    const QByteArray certificateOnly = "[ca]\ncertificates=ca.pem\n";

    struct Case
    {
        const char* what;
        QByteArray ini;
        QString says;
        QString detail;
    };
    const CertificateAuthority other = makeCa(u"AC Autre"_s);
    folder.write(u"not-a-ca.pem"_s, "-----BEGIN CERTIFICATE-----\n" + endEntityCertificate(ca).toBase64() +
                                        "\n-----END CERTIFICATE-----\n");
    folder.write(u"junk.der"_s, "not a certificate at all");
    folder.write(u"key-only.pem"_s,
                 "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n-----END PRIVATE KEY-----\n");
    QByteArray damaged = other.certificatePem();
    damaged.replace(40, 20, "AAAAAAAAAAAAAAAAAAAA");
    folder.write(u"damaged.pem"_s, ca.certificatePem() + damaged);
    QDir(folder.path({})).mkdir(u"a-folder"_s);
    folder.secret(u"open-secret"_s, secretText, 0644);
    folder.secret(u"group-secret"_s, secretText, 0640);
    folder.secret(u"group-writable-secret"_s, secretText, 0620);

    const QList<Case> cases = {
        {"no server", certificateOnly, u"The CA's address (ca/server) is missing."_s,
         u"ca/server: missing"_s},
        {"a missing TLS certificate file", usable + "tlsCertificates=nowhere-tls.pem\n",
         u"The CA certificate file "_s + folder.path(u"nowhere-tls.pem"_s) +
             u" does not exist (ca/tlsCertificates)"_s,
         u"ca/tlsCertificates: "_s + folder.path(u"nowhere-tls.pem"_s)},
        {"another scheme", certificateOnly + "server=ftp://ca.example.fr/\n",
         u"The CA's address \"ftp://ca.example.fr/\" (ca/server) is not one Guichet can use"_s,
         u"ca/server"_s},
        {"no scheme", certificateOnly + "server=ca.example.fr:8080/pkix/\n",
         u"The CA's address \"ca.example.fr:8080/pkix/\" (ca/server) is not one Guichet can use"_s,
         u"ca/server"_s},
        {"a list", certificateOnly + "server=http://ca.example.fr/a,b\n",
         u"The setting ca/server holds a list (a comma)"_s, u"ca/server: http://ca.example.fr/a, b"_s},
        {"no certificate", "[ca]\nserver=http://ca.example.fr/\n",
         u"The CA's certificate (ca/certificates) is missing"_s, u"ca/certificates: missing"_s},
        {"a missing certificate file",
         "[ca]\nserver=http://ca.example.fr/\ncertificates=ca.pem, nowhere.pem\n",
         u"The CA certificate file "_s + folder.path(u"nowhere.pem"_s) + u" does not exist"_s,
         folder.path(u"nowhere.pem"_s)},
        {"an unreadable certificate file", "[ca]\nserver=http://ca.example.fr/\ncertificates=a-folder\n",
         u"The CA certificate file "_s + folder.path(u"a-folder"_s) + u" cannot be read"_s,
         folder.path(u"a-folder"_s)},
        {"not a certificate", "[ca]\nserver=http://ca.example.fr/\ncertificates=junk.der\n",
         u"The file "_s + folder.path(u"junk.der"_s) + u" holds no certificate (PEM or DER)"_s,
         u"junk.der"_s},
        {"a key, no certificate", "[ca]\nserver=http://ca.example.fr/\ncertificates=key-only.pem\n",
         u"key-only.pem holds no certificate"_s, u"key-only.pem"_s},
        {"a damaged certificate", "[ca]\nserver=http://ca.example.fr/\ncertificates=damaged.pem\n",
         u"damaged.pem holds a certificate that cannot be read"_s, u"damaged.pem"_s},
        {"not a CA", "[ca]\nserver=http://ca.example.fr/\ncertificates=not-a-ca.pem\n",
         u"The certificate \"emailAddress=camille.martin@example.fr,CN=Camille Martin\" in "_s +
             folder.path(u"not-a-ca.pem"_s) + u" is not a CA certificate"_s,
         u"not a CA"_s},
        {"a command", usable + "command=kur\n",
         u"The CMP command ca/command is \"kur\": use ir, cr or p10cr."_s, u"ca/command=kur"_s},
        {"a timeout", usable + "messageTimeout=thirty\n",
         u"The timeout ca/messageTimeout is \"thirty\": give a whole number of seconds"_s,
         u"ca/messageTimeout=thirty"_s},
        {"a negative timeout", usable + "totalTimeout=-1\n", u"The timeout ca/totalTimeout is \"-1\""_s,
         u"ca/totalTimeout=-1"_s},
        {"a protection", usable + "protection=tls\n",
         u"The protection ca/protection is \"tls\": use operator"_s, u"ca/protection=tls"_s},
        {"a secret without reference", usable + "protection=shared-secret\nsecretFile=secret\n",
         u"The reference of the CA's shared secret (ca/secretReference) is missing."_s,
         u"ca/secretReference: missing"_s},
        {"a secret without file", usable + "protection=shared-secret\nsecretReference=ra\n",
         u"the secret is never written in the settings themselves"_s, u"ca/secretFile: missing"_s},
        {"a missing secret file",
         usable + "protection=shared-secret\nsecretReference=ra\nsecretFile=nowhere\n",
         u"The CA's shared secret file "_s + folder.path(u"nowhere"_s) +
             u" does not exist (ca/secretFile)."_s,
         u"No such file"_s},
        {"a secret others may read",
         usable + "protection=shared-secret\nsecretReference=ra\nsecretFile=open-secret\n",
         u"is open to others than its owner (mode 0644): it is refused. Make it readable by its owner only "
         u"(chmod 600)."_s,
         u"mode 0644"_s},
        {"a secret the group may read",
         usable + "protection=shared-secret\nsecretReference=ra\nsecretFile=group-secret\n", u"(mode 0640)"_s,
         u"mode 0640"_s},
        {"a secret the group may write",
         usable + "protection=shared-secret\nsecretReference=ra\nsecretFile=group-writable-secret\n",
         u"(mode 0620)"_s, u"mode 0620"_s},
        {"a secret that is a folder",
         usable + "protection=shared-secret\nsecretReference=ra\nsecretFile=a-folder\n",
         u"is not a file (ca/secretFile)"_s, u"not a regular file"_s},
        {"a key algorithm", usable + "keyAlgorithm=ec-p384\n",
         u"The key algorithm ca/keyAlgorithm is \"ec-p384\": use rsa2048, rsa3072 or ec-p256."_s,
         u"ca/keyAlgorithm=ec-p384"_s},
        {"a product's key algorithm", usable + "keyAlgorithm/RGS2-SIGN-TOKEN=dsa\n",
         u"The key algorithm ca/keyAlgorithm/RGS2-SIGN-TOKEN is \"dsa\""_s,
         u"ca/keyAlgorithm/RGS2-SIGN-TOKEN=dsa"_s},
        {"an unknown product", usable + "keyAlgorithm/RGS3-SIGN=ec-p256\n",
         u"The setting ca/keyAlgorithm/RGS3-SIGN names the product \"RGS3-SIGN\", which has no certificate "
         u"profile here."_s,
         u"unknown product"_s},
        {"an unknown key", usable + "keyAlgoritm=ec-p256\n",
         u"The setting ca/keyAlgoritm is not one of the CA's settings (a typo?)."_s,
         u"ca/keyAlgoritm: unknown key"_s},
        // The secret itself in the settings: no such key.
        {"a secret in the settings", usable + "secret=CMP-shared-secret-42\n",
         u"The setting ca/secret is not one of the CA's settings"_s, u"ca/secret: unknown key"_s},
    };
    for (const Case& c : cases) {
        CAPTURE(c.what);
        const Error error = refusal(folder, c.ini);
        CHECK(error.message.contains(c.says));
        CHECK(error.detail.contains(c.detail));
        CHECK_FALSE(error.toString().contains(QString::fromLatin1(secretText)));
    }

    // All the problems at once, each named.
    const Error all =
        refusal(folder, "[ca]\nserver=ftp://ca.example.fr/\ncertificates=nowhere.pem\ncommand=kur\n"
                        "protection=shared-secret\nkeyAlgorithm=dsa\n");
    for (const QString& named : {u"ca/server"_s, u"nowhere.pem"_s, u"ca/command"_s, u"ca/secretReference"_s,
                                 u"ca/secretFile"_s, u"ca/keyAlgorithm"_s}) {
        CAPTURE(named.toStdString());
        CHECK(all.message.contains(named));
        CHECK(all.detail.contains(named));
    }
}

TEST_CASE("The CA's shared secret file: its owner's alone, read at each request", "[enrol][settings]")
{
    Folder folder;
    const CertificateAuthority ca = makeCa(u"AC Racine"_s);
    folder.write(u"ca.pem"_s, ca.certificatePem());
    const QString file = folder.secret(u"secret"_s, QByteArray(secretText) + "\r\n", 0600);
    const IssuanceSettings settings =
        loaded(folder.settings("[ca]\nserver=http://ca.example.fr/\ncertificates=ca.pem\nprotection=shared-"
                               "secret\nsecretReference=guichet-ra-1\nsecretFile=" +
                               file.toUtf8() + "\n"));

    Result<SharedSecretProtection> first = settings.sharedSecret();
    REQUIRE(first.ok());
    CHECK(secretOf(*first) == QString::fromLatin1(secretText)); // without "\r\n"

    // Read again at each request: a new secret is used at once, and a file opened to others since the
    // settings were read is refused then.
    folder.secret(u"secret"_s, "another-secret", 0400);
    Result<SharedSecretProtection> second = settings.sharedSecret();
    REQUIRE(second.ok());
    CHECK(secretOf(*second) == u"another-secret"_s);
    for (const mode_t mode : {0604, 0660, 0644, 0700 | 0002}) {
        CAPTURE(mode);
        REQUIRE(::chmod(QFile::encodeName(file).constData(), mode) == 0);
        Result<SharedSecretProtection> refused = settings.sharedSecret();
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(u"is open to others than its owner"_s));
        CHECK_FALSE(IssuanceSettings::checkSecretFile(file).ok());
    }
    REQUIRE(QFile::remove(file));
    Result<SharedSecretProtection> gone = settings.sharedSecret();
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().message.contains(u"does not exist"_s));

    // What the file holds: nothing, only a line break, too much.
    for (const auto& [content, says] :
         {std::pair{QByteArray(), u"is empty"_s}, std::pair{QByteArray("\n"), u"is empty"_s},
          std::pair{QByteArray(5000, 'x'), u"is too large to be a shared secret"_s}}) {
        CAPTURE(content.size());
        const QString path = folder.secret(u"content"_s, content, 0600);
        Result<token::SecureBuffer> read = IssuanceSettings::readSecretFile(path);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().message.contains(says));
    }
    // Exactly 4 KiB, and a secret with inner line breaks and spaces, kept as they are.
    const QString large = folder.secret(u"large"_s, QByteArray(4096, 'y'), 0600);
    Result<token::SecureBuffer> read = IssuanceSettings::readSecretFile(large);
    REQUIRE(read.ok());
    CHECK(read->size() == 4096);
    const QString inner = folder.secret(u"inner"_s, " a\nb \n\n", 0600);
    read = IssuanceSettings::readSecretFile(inner);
    REQUIRE(read.ok());
    CHECK(std::string_view(read->data(), read->size()) == " a\nb ");
}
