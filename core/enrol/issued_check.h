#pragma once

// Before a certificate goes onto the holder's token: is it the one the order asked for? Its public
// key is the holder token key's, its subject and e-mail are the dossier's, its validity and key
// usage are the product's, and it chains to the configured CA. Every mismatch is named, not only the
// first, so the operator and support see the whole story.

#include "enrol/certificate_authority.h"
#include "enrol/certificate_profile.h"
#include "model/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace guichet::enrol {

/// What the certificate must be.
struct ExpectedCertificate
{
    /// The holder token key's public key, DER SubjectPublicKeyInfo (TokenKey::publicKeyDer()).
    QByteArray publicKeyDer;
    /// The subject the order gives (holderSubject()): every non-empty field must be in the
    /// certificate's subject with this exact value. Attributes the CA adds besides them (a serial
    /// number, an OU) are accepted. The e-mail address must also be the certificate's rfc822Name.
    SubjectFields subject;
    /// Validity (years, with a day's tolerance) and keyUsage (exactly these bits, critical).
    CertificateProfile profile;
    /// The configured CA: trust anchors (DER or PEM certificates) the certificate must chain to.
    QList<QByteArray> caCertificates;
    /// Intermediate CA certificates that may help build the chain (a CMP answer's caPubs or
    /// extraCerts); never trusted by themselves.
    QList<QByteArray> intermediates;
    /// When the check happens (validity, chain); invalid: now.
    QDateTime at;
};

/// What is compared, for callers and tests that want to know which check failed.
enum class CheckedItem
{
    Certificate, ///< not a certificate at all
    PublicKey,
    Subject, ///< one attribute of the subject name (Mismatch::attribute says which)
    Email,
    Validity,
    KeyUsage,
    Chain,
};

struct Mismatch
{
    CheckedItem item = CheckedItem::Certificate;
    /// For Subject: the attribute's short name ("CN", "GN", "SN", "O", "organizationIdentifier",
    /// "emailAddress", "C").
    QString attribute;
    /// A plain sentence naming the mismatch (translated), e.g. "The certificate's surname (SN) is
    /// "Martin"; the order says "Lefèvre-Dupont"."
    QString message;
    QString detail;
};

struct IssuedCheck
{
    QList<Mismatch> mismatches;

    bool ok() const { return mismatches.isEmpty(); }
    bool has(CheckedItem item) const;
    /// Success, or one Error: "The certificate the CA issued does not match the order: " followed
    /// by every mismatch's sentence; the detail joins their details.
    Status status() const;
};

/// Checks `derOrPem` against `expected` (see ExpectedCertificate).
IssuedCheck checkIssuedCertificate(const QByteArray& derOrPem, const ExpectedCertificate& expected);

} // namespace guichet::enrol
