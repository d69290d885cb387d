#pragma once

// What a product says a holder's certificate is: the key the token generates, how long the
// certificate lasts, what it may be used for, and the subject the order gives it. Plain values and
// pure functions: the issuers (issuer.h) request certificates with them, and checkIssuedCertificate
// (issued_check.h) holds the issued certificate to them.

#include "enrol/certificate_authority.h"
#include "model/order.h"
#include "model/result.h"

#include <QString>

namespace guichet::enrol {

/// The holder's key pair, generated on the holder's token.
enum class KeyAlgorithm
{
    Rsa2048,
    Rsa3072,
    EcP256,
};

/// "RSA 2048", "RSA 3072", "EC P-256".
QString toText(KeyAlgorithm algorithm);

/// keyUsage bits, with the values OpenSSL's X509_get_key_usage() gives them.
enum KeyUsageBit : unsigned
{
    DigitalSignature = 0x80,
    NonRepudiation = 0x40, ///< contentCommitment
    KeyEncipherment = 0x20,
    DataEncipherment = 0x10,
    KeyAgreement = 0x08,
};

/// "digitalSignature, nonRepudiation".
QString keyUsageText(unsigned keyUsage);

struct CertificateProfile
{
    /// The product it comes from (Product::code), for messages and the audit trail.
    QString productCode;
    KeyAlgorithm keyAlgorithm = KeyAlgorithm::Rsa2048;
    /// 1, 2 or 3 years, from the order's product.
    int validityYears = 1;
    /// keyUsage (critical): a qualified signature certificate is digitalSignature + nonRepudiation.
    unsigned keyUsage = DigitalSignature | NonRepudiation;
};

/// The profile of the signature certificate an order's product delivers on a token. The product codes
/// known are "RGS2-SIGN-TOKEN" and "RGS2-SIGN-AUTH-TOKEN" (whose signature certificate this is); the
/// key algorithm is the RA's choice (its CA's configuration), not the order's. Refused: an unknown
/// product, a duration other than 1, 2 or 3 years.
Result<CertificateProfile> profileForProduct(const Product& product,
                                             KeyAlgorithm keyAlgorithm = KeyAlgorithm::Rsa2048);

/// The holder certificate's subject, from the order:
///   GN = the holder's first given name (as on the ID document), SN = the surname,
///   CN = "<given name> <SURNAME>" (the surname in capitals), emailAddress = the holder's e-mail
///   (also the certificate's rfc822Name), O = the organisation's name,
///   organizationIdentifier = "NTRFR-<SIREN>" (ETSI EN 319 412-1, 5.1.4), C = "FR".
/// Refused, naming what is missing, when the order lacks one of them or the SIREN is not 9 digits.
Result<SubjectFields> holderSubject(const Order& order);

} // namespace guichet::enrol
