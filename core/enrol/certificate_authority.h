#pragma once

// A software certification authority, for training mode and for tests: never for real certificates
// (its key is a PEM file on disk). It makes its own self-signed CA certificate, saves and loads it
// (certificate PEM, private key PEM in a 0600 file), and issues end-entity certificates for the two
// profiles Guichet deals with: RA operators and certificate holders.

#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <memory>

namespace guichet::enrol {

enum class KeyType
{
    Rsa3072,
    EcP256,
};

/// What an issued certificate is for (keyUsage critical, extKeyUsage).
enum class Profile
{
    /// An RA operator: digitalSignature + nonRepudiation; clientAuth + emailProtection.
    Operator,
    /// A certificate holder: digitalSignature + nonRepudiation; emailProtection.
    Holder,
};

/// Subject attributes; empty ones are left out. UTF-8 throughout (countryName is PrintableString).
struct SubjectFields
{
    QString commonName;             ///< CN
    QString givenName;              ///< GN
    QString surname;                ///< SN
    QString organization;           ///< O
    QString organizationalUnit;     ///< OU
    QString title;                  ///< title (the training role mapping reads it: AEA, AET, AED)
    QString organizationIdentifier; ///< 2.5.4.97, e.g. "NTRFR-123456789" (ETSI EN 319 412-1)
    QString emailAddress;           ///< emailAddress in the DN, and rfc822Name in subjectAltName
    QString country;                ///< C, two letters
};

struct CertificateRequest
{
    QByteArray publicKeyDer; ///< the subject's key, DER SubjectPublicKeyInfo (TokenKey::publicKeyDer())
    SubjectFields subject;
    Profile profile = Profile::Holder;
    /// Any dates, past or future (tests need expired and not-yet-valid certificates); notBefore must
    /// come before notAfter. Invalid dates: now, and now + 2 years.
    QDateTime notBefore;
    QDateTime notAfter;
    /// Big-endian serial number; empty: 16 random bytes, positive.
    QByteArray serial;
};

struct CaOptions
{
    QString commonName;
    QString organization;
    QString country; ///< optional
    KeyType keyType = KeyType::EcP256;
    /// Invalid dates: now, and now + 10 years.
    QDateTime notBefore;
    QDateTime notAfter;
};

/// What a certificate says, for messages and listings.
struct CertificateSummary
{
    QString subject; ///< one line, RFC 2253 (UTF-8 as is), e.g. "CN=Camille Martin,O=Guichet FORMATION"
    QString issuer;
    QString serialHex; ///< upper-case hex, no leading zero byte
    QDateTime notBefore;
    QDateTime notAfter;
};

/// Reads a certificate given as DER or PEM.
Result<CertificateSummary> describeCertificate(const QByteArray& derOrPem);

class CertificateAuthority
{
    Q_DECLARE_TR_FUNCTIONS(guichet::enrol::CertificateAuthority)

public:
    /// A new key and a self-signed CA certificate: basicConstraints CA:TRUE (critical), keyUsage
    /// keyCertSign + cRLSign (critical), subject key identifier.
    static Result<CertificateAuthority> create(const CaOptions& options);
    /// Reads a CA saved by save(). Errors say which file is wrong and why.
    static Result<CertificateAuthority> load(const QString& certificatePath, const QString& keyPath);
    /// Writes the certificate (PEM) and the private key (PEM, PKCS#8, file mode 0600, unencrypted:
    /// this CA is for training and tests only). Overwrites existing files.
    Status save(const QString& certificatePath, const QString& keyPath) const;

    QByteArray certificateDer() const;
    QByteArray certificatePem() const;
    /// The CA's subject, one line (RFC 2253), e.g. "O=Guichet FORMATION,CN=AC de formation".
    QString subject() const;

    /// Issues a certificate for `request`, signed with SHA-256: basicConstraints CA:FALSE
    /// (critical), the profile's key usages, subject and authority key identifiers, subjectAltName
    /// with the e-mail address if any. Returns it as DER.
    Result<QByteArray> issue(const CertificateRequest& request) const;

    struct State;

private:
    explicit CertificateAuthority(std::shared_ptr<const State> state) : m_state(std::move(state)) {}
    std::shared_ptr<const State> m_state; // copies share the (immutable) certificate and key
};

} // namespace guichet::enrol
