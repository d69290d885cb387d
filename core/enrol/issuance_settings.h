#pragma once

// The RA's CA, as the settings' [ca] group configures it for the face-to-face delivery outside
// training (docs/issuance.md, "Configuring the RA's CA"): where the CMP server is, which CA
// certificates its answers and the issued certificates must chain to (and, over https://, the
// server's TLS certificate, unless other CA certificates are given for TLS), which CMP command, the
// timeouts, how each request is protected (the operator's token key, or the CA's shared secret read
// from a file at each request, never from the settings), and the holder key's algorithm, with
// per-product overrides.
//
//   [ca]
//   server=https://ca.example.fr/pkix/
//   certificates=/etc/guichet/ca-root.pem, /etc/guichet/ca-qualified.pem
//   tlsCertificates=/etc/guichet/tls-root.pem
//   protection=shared-secret
//   secretReference=guichet-ra-1
//   secretFile=/etc/guichet/ca-secret
//   keyAlgorithm=rsa2048
//   keyAlgorithm/RGS2-SIGN-TOKEN=ec-p256

#include "enrol/certificate_profile.h"
#include "enrol/cmp_issuer.h"
#include "enrol/issuer.h"
#include "model/result.h"
#include "token/secure_buffer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class QSettings;

namespace guichet::enrol {

struct IssuanceSettings
{
    Q_DECLARE_TR_FUNCTIONS(guichet::enrol::IssuanceSettings)

public:
    enum class Protection
    {
        OperatorKey,  ///< `operator`: the operator's token key signs each request (the default)
        SharedSecret, ///< `shared-secret`: the CA's shared secret (CMP PBM), from `secretFile`
    };

    QString server; ///< ca/server: "http://host[:port]/path" or "https://host[:port]/path"
    QString path;   ///< ca/path: the CMP alias path, when not the URL's
    /// ca/certificates: the files, as set; and the certificates they hold (DER, one entry each: a
    /// PEM file may hold several).
    QStringList certificateFiles;
    QList<QByteArray> caCertificates;
    /// ca/tlsCertificates (optional): the files, and the CA certificates the server's TLS certificate
    /// must chain to, with https://; empty: caCertificates.
    QStringList tlsCertificateFiles;
    QList<QByteArray> tlsCertificates;
    CmpCommand command = CmpCommand::InitialRequest;
    int messageTimeoutSeconds = 30; ///< ca/messageTimeout; 0: no limit
    int totalTimeoutSeconds = 120;  ///< ca/totalTimeout; 0: no limit
    Protection protection = Protection::OperatorKey;
    QByteArray secretReference; ///< ca/secretReference: the senderKID the CA knows the secret by
    QString secretFile;         ///< ca/secretFile: the file holding the secret (no access for others)
    KeyAlgorithm keyAlgorithm = KeyAlgorithm::Rsa2048;
    /// ca/keyAlgorithm/<product code>: the products whose key differs from keyAlgorithm.
    QHash<QString, KeyAlgorithm> keyAlgorithmByProduct;

    /// The [ca] group of `settings`. nullopt: no CA is configured (the group holds no key). An Error:
    /// the group is there but cannot be used, with every problem named by its key (a missing server,
    /// an unusable address (neither http:// nor https://), a CA certificate file (ca/certificates or
    /// ca/tlsCertificates) missing, unreadable, not a certificate
    /// or not a CA's, an unknown command, protection or key algorithm, a timeout that is not a whole
    /// number of seconds, a shared secret without its reference or file, a secret file missing or
    /// open to others, an override for an unknown product, a key Guichet does not know).
    static std::optional<Result<IssuanceSettings>> fromSettings(QSettings& settings);

    /// What CmpIssuer is given.
    CmpConfig cmpConfig() const;
    /// The CA's shared secret and its reference, read from `secretFile` now (call it for each
    /// request: the secret lives only as long as the request). Refused when the protection is not
    /// the shared secret, or when readSecretFile refuses.
    Result<SharedSecretProtection> sharedSecret() const;
    /// The holder key's algorithm for the product `productCode`: its override, else keyAlgorithm.
    KeyAlgorithm keyAlgorithmFor(const QString& productCode) const;

    /// The secret in the file at `path`, into locked memory: refused when the file is missing, not a
    /// regular file, open to its group or others in any way (its mode must be 0600 or 0400), empty
    /// once its final line break is dropped, or larger than 4 KiB.
    static Result<token::SecureBuffer> readSecretFile(const QString& path);
    /// `path` as a secret file, without reading it: the checks of readSecretFile but the content's.
    static Status checkSecretFile(const QString& path);
};

/// "rsa2048", "rsa3072", "ec-p256": the names the settings use.
QString settingsName(KeyAlgorithm algorithm);
/// The algorithm the settings name `name` (as above, case-insensitive); nullopt if unknown.
std::optional<KeyAlgorithm> keyAlgorithmNamed(const QString& name);

} // namespace guichet::enrol
