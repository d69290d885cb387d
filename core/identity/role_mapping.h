#pragma once

// Which roles the RA gives a verified operator certificate: a JSON file the RA writes (format,
// evaluation and examples in docs/roles.md), e.g.
//   {"version": 1,
//    "rules": [{"issuer": {"O": "Guichet FORMATION"}, "subject": {"title": "AEA"}, "roles": ["aea"]},
//              {"fingerprint": "sha256:4f1c...", "roles": ["aet"]}]}
// A rule matches when every attribute it lists equals the certificate's (and its fingerprint, if
// any, is the certificate's); the roles of every matching rule are united. No match, no role: the
// login is refused.

#include "identity/operator_certificate.h"
#include "model/operator.h"
#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace guichet::identity {

struct RoleRule
{
    /// Attribute type (NameAttribute::type: "CN", "O", "title", or a dotted OID) and required value.
    using Condition = QPair<QString, QString>;
    QList<Condition> issuer;
    QList<Condition> subject;
    std::optional<QString> fingerprint; ///< "sha256:" + lower-case hex of the certificate's DER
    QList<Role> roles;
    QString comment; ///< the rule's "comment", for whoever reads the file

    bool matches(const VerifiedCertificate& certificate) const;
};

class RoleMapping
{
    Q_DECLARE_TR_FUNCTIONS(guichet::identity::RoleMapping)
public:
    /// Reads the mapping file at `path`. Errors name the file and the place ("rule 3: unknown role
    /// \"aee\"").
    static Result<RoleMapping> load(const QString& path);
    /// Parses a mapping; `source` names it in errors (a file name).
    static Result<RoleMapping> parse(const QByteArray& json, const QString& source);

    const QList<RoleRule>& rules() const { return m_rules; }

    /// The union of the roles of every matching rule, in the order of model's allRoles. An error
    /// ("this certificate has no role at this RA") when no rule gives a role.
    Result<QList<Role>> rolesFor(const VerifiedCertificate& certificate) const;

private:
    QList<RoleRule> m_rules;
};

} // namespace guichet::identity
