#pragma once

// Internal to the issuance files (issuer, cmp_issuer, issued_check): OpenSSL plumbing they share.

#include "token/openssl_handles.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <openssl/x509.h>

namespace guichet::enrol::detail {

/// Empties OpenSSL's error queue into one line for support: "function: error; error; ..." (every
/// error with its data, oldest first), or "function: failed" when the queue was empty.
QString openSslErrors(const char* function);

/// A certificate given as DER or PEM; null (errors on OpenSSL's queue) if it is neither.
token::X509Ptr readCertificate(const QByteArray& derOrPem);
QByteArray derOf(const X509* certificate);
/// An owning stack of the certificates (DER or PEM); null if one of them cannot be read.
token::X509StackPtr readCertificates(const QList<QByteArray>& derOrPem);
/// RFC 2253, UTF-8 as is: "CN=Hélène LEFÈVRE-DUPONT,O=ACME Signature SAS,C=FR".
QString nameText(const X509_NAME* name);

} // namespace guichet::enrol::detail

namespace guichet::enrol {
struct SubjectFields;
}

namespace guichet::enrol::detail {

/// The X.509 name of `subject`, in the order the CAs here write it: C, O, OU, organizationIdentifier,
/// title, SN, GN, CN, emailAddress (UTF8String; C PrintableString). Null if a value cannot be encoded.
token::X509NamePtr subjectName(const SubjectFields& subject);
/// The DER SubjectPublicKeyInfo of `key` (i2d_PUBKEY); empty on failure.
QByteArray publicKeyDerOf(EVP_PKEY* key);

} // namespace guichet::enrol::detail
