#include "identity/role_mapping.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace guichet::identity {

namespace {

/// Line and column (1-based) of `offset` in `json`, for a parse error.
QPair<int, int> lineAndColumn(const QByteArray& json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

QString knownRoleCodes()
{
    QStringList codes;
    for (Role role : allRoles) {
        codes.append(toCode(role));
    }
    return codes.join(u", "_s);
}

bool matchesName(const QList<RoleRule::Condition>& conditions, const DistinguishedName& name)
{
    for (const RoleRule::Condition& condition : conditions) {
        if (!name.values(condition.first).contains(condition.second)) {
            return false;
        }
    }
    return true;
}

} // namespace

bool RoleRule::matches(const VerifiedCertificate& certificate) const
{
    if (fingerprint && *fingerprint != certificate.fingerprint) {
        return false;
    }
    return matchesName(issuer, certificate.issuer) && matchesName(subject, certificate.subject);
}

Result<RoleMapping> RoleMapping::load(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty()) {
        return Error{tr("No role mapping is configured: Guichet cannot tell what operators may do. Set the "
                        "RA's role mapping file in the settings."),
                     u"RoleMapping::load: empty path"_s};
    }
    QFile file(path);
    if (!file.exists()) {
        return Error{tr("The role mapping file %1 does not exist.").arg(shown),
                     u"RoleMapping::load: "_s + path};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{tr("The role mapping file %1 cannot be read.").arg(shown),
                     u"QFile::open: "_s + file.errorString()};
    }
    return parse(file.readAll(), shown);
}

Result<RoleMapping> RoleMapping::parse(const QByteArray& json, const QString& source)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, parseError.offset);
        return Error{tr("The role mapping %1 is not valid JSON at line %2, column %3: %4.")
                         .arg(source)
                         .arg(line)
                         .arg(column)
                         .arg(parseError.errorString()),
                     u"QJsonDocument::fromJson: offset %1"_s.arg(parseError.offset)};
    }
    const auto malformed = [&source](const QString& where, const QString& what) {
        return Error{tr("The role mapping %1 is malformed: %2: %3.").arg(source, where, what),
                     u"RoleMapping::parse"_s};
    };
    if (!document.isObject()) {
        return malformed(tr("the top level"), tr("it must be an object with \"version\" and \"rules\""));
    }
    const QJsonObject top = document.object();
    for (auto key = top.begin(); key != top.end(); ++key) {
        if (key.key() != u"version"_s && key.key() != u"rules"_s && key.key() != u"comment"_s) {
            return malformed(tr("the top level"), tr("unknown key \"%1\"").arg(key.key()));
        }
    }
    if (!top.value(u"version"_s).isDouble() || top.value(u"version"_s).toDouble() != 1.0) {
        return malformed(u"\"version\""_s, tr("this version of Guichet reads version 1 only"));
    }
    if (!top.value(u"rules"_s).isArray()) {
        return malformed(u"\"rules\""_s, tr("it must be a list of rules"));
    }

    RoleMapping mapping;
    const QJsonArray rules = top.value(u"rules"_s).toArray();
    static const QRegularExpression sha256Hex(u"^[0-9a-f]{64}$"_s);
    for (qsizetype index = 0; index < rules.size(); ++index) {
        const QString where = tr("rule %1").arg(index + 1);
        if (!rules.at(index).isObject()) {
            return malformed(where, tr("a rule must be an object"));
        }
        const QJsonObject object = rules.at(index).toObject();
        RoleRule rule;
        for (auto key = object.begin(); key != object.end(); ++key) {
            const QString name = key.key();
            if (name == u"issuer"_s || name == u"subject"_s) {
                if (!key.value().isObject() || key.value().toObject().isEmpty()) {
                    return malformed(
                        where, tr("\"%1\" must be an object of attributes, e.g. {\"O\": \"...\"}").arg(name));
                }
                const QJsonObject attributes = key.value().toObject();
                for (auto attribute = attributes.begin(); attribute != attributes.end(); ++attribute) {
                    const std::optional<QString> type = canonicalAttributeType(attribute.key());
                    if (!type) {
                        return malformed(where,
                                         tr("unknown attribute \"%1\" in \"%2\"").arg(attribute.key(), name));
                    }
                    if (!attribute.value().isString() || attribute.value().toString().isEmpty()) {
                        return malformed(where, tr("the value of \"%1\" in \"%2\" must be a non-empty text")
                                                    .arg(attribute.key(), name));
                    }
                    (name == u"issuer"_s ? rule.issuer : rule.subject)
                        .append({*type, attribute.value().toString()});
                }
            } else if (name == u"fingerprint"_s) {
                QString value = key.value().toString().toLower();
                if (!key.value().isString() || !value.startsWith(u"sha256:"_s)) {
                    return malformed(where,
                                     tr("\"fingerprint\" must be \"sha256:\" followed by the SHA-256 of "
                                        "the certificate in hex"));
                }
                value = value.mid(7).remove(u':');
                if (!sha256Hex.match(value).hasMatch()) {
                    return malformed(where,
                                     tr("\"fingerprint\" must be \"sha256:\" followed by the SHA-256 of "
                                        "the certificate in hex (64 digits)"));
                }
                rule.fingerprint = u"sha256:"_s + value;
            } else if (name == u"roles"_s) {
                if (!key.value().isArray() || key.value().toArray().isEmpty()) {
                    return malformed(
                        where,
                        tr("\"roles\" must be a non-empty list of role codes (%1)").arg(knownRoleCodes()));
                }
                const QJsonArray codes = key.value().toArray();
                for (const QJsonValue& code : codes) {
                    const std::optional<Role> role = roleFromCode(code.toString());
                    if (!code.isString() || !role) {
                        return malformed(
                            where,
                            tr("unknown role \"%1\" (the roles are: %2)")
                                .arg(code.isString() ? code.toString()
                                                     : QString::fromUtf8(QJsonDocument(QJsonArray{code})
                                                                             .toJson(QJsonDocument::Compact)),
                                     knownRoleCodes()));
                    }
                    if (!rule.roles.contains(*role)) {
                        rule.roles.append(*role);
                    }
                }
            } else if (name == u"comment"_s) {
                rule.comment = key.value().toString();
            } else {
                return malformed(where, tr("unknown key \"%1\" (a rule has \"issuer\", \"subject\", "
                                           "\"fingerprint\", \"roles\" and \"comment\")")
                                            .arg(name));
            }
        }
        if (rule.roles.isEmpty()) {
            return malformed(where, tr("\"roles\" is missing"));
        }
        if (rule.issuer.isEmpty() && rule.subject.isEmpty() && !rule.fingerprint) {
            return malformed(where, tr("the rule would match every certificate: give an \"issuer\", a "
                                       "\"subject\" or a \"fingerprint\""));
        }
        mapping.m_rules.append(rule);
    }
    return mapping;
}

Result<QList<Role>> RoleMapping::rolesFor(const VerifiedCertificate& certificate) const
{
    QList<Role> found;
    for (const RoleRule& rule : m_rules) {
        if (rule.matches(certificate)) {
            for (Role role : rule.roles) {
                if (!found.contains(role)) {
                    found.append(role);
                }
            }
        }
    }
    if (found.isEmpty()) {
        return Error{
            tr("The certificate of %1 has no role at this RA: no rule of the role mapping matches it. "
               "Ask the RA's administrator to give it a role.")
                .arg(certificate.commonName()),
            u"no rule matches subject \"%1\", issuer \"%2\", %3"_s.arg(
                certificate.subject.toString(), certificate.issuer.toString(), certificate.fingerprint)};
    }
    QList<Role> ordered;
    for (Role role : allRoles) {
        if (found.contains(role)) {
            ordered.append(role);
        }
    }
    return ordered;
}

} // namespace guichet::identity
