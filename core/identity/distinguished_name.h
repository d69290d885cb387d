#pragma once

// A certificate's subject or issuer name as Guichet reads it: attributes in the certificate's order,
// each with its OpenSSL short name ("CN", "O", "OU", "title", "serialNumber",
// "organizationIdentifier"...) and its value as UTF-8 text.

#include <QList>
#include <QString>
#include <QStringList>
#include <openssl/x509.h>
#include <optional>

namespace guichet::identity {

struct NameAttribute
{
    int nid = 0;  ///< OpenSSL's NID for the attribute type
    QString type; ///< its short name ("CN", "title"), or the dotted OID when OpenSSL has none
    QString value;

    friend bool operator==(const NameAttribute&, const NameAttribute&) = default;
};

class DistinguishedName
{
public:
    static DistinguishedName fromX509(const X509_NAME* name);

    const QList<NameAttribute>& attributes() const { return m_attributes; }
    /// Every value of the attribute type `nid` (an OU may appear more than once), in order.
    QStringList values(int nid) const;
    /// Every value of the attribute type whose short name (or dotted OID) is `type`, in order.
    QStringList values(const QString& type) const;
    /// The first value of `nid`, empty when absent.
    QString value(int nid) const;

    QString commonName() const { return value(NID_commonName); }
    QString organisation() const { return value(NID_organizationName); }
    QString organisationalUnit() const { return value(NID_organizationalUnitName); }
    QString title() const { return value(NID_title); }

    /// One line for messages and logs: "CN=Marie Martin, O=AE Exemple, title=AEA" (RFC 2253-like,
    /// in the certificate's order, not escaped: not to be parsed back).
    QString toString() const;

    friend bool operator==(const DistinguishedName&, const DistinguishedName&) = default;

private:
    QList<NameAttribute> m_attributes;
};

/// An attribute type written as OpenSSL's short name ("CN", "title"), long name ("commonName") or
/// dotted OID ("2.5.4.12"), as NameAttribute::type writes it: the short name when OpenSSL knows
/// the type, else the dotted OID. nullopt when `name` is neither a known name nor an OID.
std::optional<QString> canonicalAttributeType(const QString& name);

} // namespace guichet::identity
