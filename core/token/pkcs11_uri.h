#pragma once

// PKCS#11 URIs (RFC 7512): how settings and messages name a token or an object on it, e.g.
//   pkcs11:model=SoftHSM%20v2;manufacturer=SoftHSM%20project;serial=7ad0341e862f829b;token=RA%20Lyon
//   ...;id=%01;object=Operator%20key;type=private
// A PIN is never part of a URI here: parse() refuses pin-value, and toString() cannot write one.

#include "model/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace guichet::token {

struct TokenInfo;

enum class ObjectType
{
    Any,
    Certificate, ///< type=cert
    PrivateKey,  ///< type=private
    PublicKey,   ///< type=public
    SecretKey,   ///< type=secret-key
    Data,        ///< type=data
};

class Pkcs11Uri
{
public:
    /// The token attributes are optional: an absent attribute matches any token, an empty one
    /// ("serial=") only a token whose value is empty.
    std::optional<QString> token;        ///< token label
    std::optional<QString> manufacturer; ///< token manufacturer
    std::optional<QString> model;        ///< token model
    std::optional<QString> serial;       ///< token serial number
    std::optional<QByteArray> id;        ///< object CKA_ID
    std::optional<QString> object;       ///< object label (CKA_LABEL)
    ObjectType type = ObjectType::Any;
    std::optional<QString> moduleName; ///< query: module-name (p11-kit's name for the module)
    std::optional<QString> modulePath; ///< query: module-path (a module outside p11-kit's registry)
    /// Path attributes this class does not know (slot-id, library-*...). A URI that carries any of
    /// them matches no token: RFC 7512 lets a consumer refuse what it cannot evaluate.
    QStringList unknownAttributes;

    /// The URI naming `info`'s token: model, manufacturer, serial and label, all four.
    static Pkcs11Uri forToken(const TokenInfo& info);
    /// This URI's token attributes with an object's.
    Pkcs11Uri withObject(const QByteArray& objectId, const QString& objectLabel, ObjectType objectType) const;
    /// Only the token attributes (drops object and module attributes).
    Pkcs11Uri tokenOnly() const;

    /// Percent-encodes every byte outside RFC 3986's unreserved set; `id` byte by byte.
    QString toString() const;
    static Result<Pkcs11Uri> parse(const QString& text);

    /// True when every token attribute present equals `info`'s (and no unknown attribute is present).
    bool matchesToken(const TokenInfo& info) const;
    bool hasObjectAttributes() const { return id || object || type != ObjectType::Any; }

    friend bool operator==(const Pkcs11Uri&, const Pkcs11Uri&) = default;
};

} // namespace guichet::token
