#pragma once

// Verifying an operator's certificate against the RA's trust anchors at a given time: the chain to
// an anchor (certificates found on the token may serve as intermediates, never as anchors), the
// validity period of every certificate in the chain, a key usage that allows digital signatures,
// and that it is an end-entity certificate, not a CA's.

#include "identity/distinguished_name.h"
#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace guichet::identity {

class TrustAnchors;

/// What Guichet knows of an operator's certificate once it verified.
struct VerifiedCertificate
{
    QByteArray der;
    DistinguishedName subject;
    DistinguishedName issuer;
    QString serial; ///< the serial number, upper-case hex
    QDateTime notBefore;
    QDateTime notAfter;
    /// "sha256:" + lower-case hex SHA-256 of the DER (audit::certificateReference's form).
    QString fingerprint;
    /// The anchor the chain ends at (its subject).
    DistinguishedName anchor;
    /// The chain ends at an anchor whose organisation (O) is "Guichet FORMATION" (trainingOrganisation).
    bool training = false;

    QString commonName() const { return subject.commonName(); }
    QString organisation() const { return subject.organisation(); }
    QString organisationalUnit() const { return subject.organisationalUnit(); }
    QString title() const { return subject.title(); }
};

/// Verifies `der` as an operator certificate at `at` (an invalid `at` means now). `intermediates`
/// (DER; e.g. the other certificates on the token) may complete the chain but are not trusted.
/// Errors are plain sentences naming the certificate ("The certificate of Marie Martin expired on
/// ..."); Error::detail carries OpenSSL's verify error and the depth where it occurred.
Result<VerifiedCertificate> verifyOperatorCertificate(const QByteArray& der, const TrustAnchors& anchors,
                                                      const QDateTime& at,
                                                      const QList<QByteArray>& intermediates = {});

/// The name a message gives a certificate: its subject's CN, else the whole subject.
QString certificateName(const QByteArray& der);

} // namespace guichet::identity
