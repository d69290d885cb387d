// The role mapping file: matching, union of roles, fingerprint pins, and errors that name the place.
// The examples of docs/roles.md are parsed too, so that the documentation stays true.

#include "identity/role_mapping.h"
#include "identity_fixture.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace guichet;
using namespace guichet::identity;
using namespace guichet::identity::test;
using namespace Qt::StringLiterals;

namespace {

struct Certificates
{
    enrol::CertificateAuthority ca = makeCa(u"AC Exemple"_s, u"AE Exemple"_s);
    enrol::CertificateAuthority training = makeCa(u"AC de formation"_s, u"Guichet FORMATION"_s);

    VerifiedCertificate make(const enrol::CertificateAuthority& issuer, const QString& commonName,
                             const QString& title, const QString& unit = {})
    {
        const token::EvpPkeyPtr key(EVP_EC_gen("P-256"));
        QByteArray publicKey(i2d_PUBKEY(key.get(), nullptr), Qt::Uninitialized);
        auto* out = reinterpret_cast<unsigned char*>(publicKey.data());
        i2d_PUBKEY(key.get(), &out);
        enrol::CertificateRequest request;
        request.publicKeyDer = publicKey;
        request.subject.commonName = commonName;
        request.subject.organization =
            issuer.subject().contains(u"FORMATION"_s) ? u"Guichet FORMATION"_s : u"AE Exemple"_s;
        request.subject.organizationalUnit = unit;
        request.subject.title = title;
        request.subject.organizationIdentifier = u"NTRFR-123456789"_s;
        request.profile = enrol::Profile::Operator;
        Result<QByteArray> der = issuer.issue(request);
        REQUIRE(der.ok());
        Result<VerifiedCertificate> verified = verifyOperatorCertificate(*der, anchorsOf(issuer), {});
        INFO((verified ? std::string() : describe(verified.error())));
        REQUIRE(verified.ok());
        return *verified;
    }
};

Error parseError(const QByteArray& json)
{
    Result<RoleMapping> mapping = RoleMapping::parse(json, u"roles.json"_s);
    REQUIRE_FALSE(mapping.ok());
    return mapping.error();
}

} // namespace

TEST_CASE("Every matching rule adds its roles, and nothing matches without every attribute",
          "[identity][roles]")
{
    Certificates certificates;
    const RoleMapping roles = testRoles();
    CHECK(roles.rules().size() == 5);
    CHECK(roles.rules().at(3).comment == u"also delivers"_s);

    const auto marie = certificates.make(certificates.ca, u"Marie Martin"_s, u"AEA"_s);
    CHECK(roles.rolesFor(marie).value() == QList<Role>{Role::AdministrativeRa, Role::DelegatedOperator});
    const auto paul = certificates.make(certificates.ca, u"Paul Durand"_s, u"AET"_s);
    CHECK(roles.rolesFor(paul).value() == QList<Role>{Role::TechnicalRa});
    const auto trainee = certificates.make(certificates.training, u"Opérateur FORMATION"_s, u"AEA"_s);
    CHECK(roles.rolesFor(trainee).value() == QList<Role>{Role::AdministrativeRa});
    // Title AET under the training CA: the training rule wants AEA, the AET rule wants O=AE Exemple.
    const auto traineeAet = certificates.make(certificates.training, u"Opérateur FORMATION"_s, u"AET"_s);
    const Result<QList<Role>> none = roles.rolesFor(traineeAet);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().message ==
          u"The certificate of Opérateur FORMATION has no role at this RA: no rule of the "
          u"role mapping matches it. Ask the RA's administrator to give it a role."_s);
}

TEST_CASE(
    "Attributes are matched by any of their names, OUs by any value, a fingerprint pins one certificate",
    "[identity][roles]")
{
    Certificates certificates;
    const auto marie = certificates.make(certificates.ca, u"Marie Martin"_s, u"AEA"_s, u"Guichet Lyon"_s);
    const auto paul = certificates.make(certificates.ca, u"Paul Durand"_s, u"AEA"_s, u"Guichet Lyon"_s);
    const QByteArray json = R"({"version": 1, "rules": [
        {"issuer": {"commonName": "AC Exemple"}, "subject": {"2.5.4.11": "Guichet Lyon",
         "organizationIdentifier": "NTRFR-123456789"}, "roles": ["aea"]},
        {"fingerprint": ")" +
                            marie.fingerprint.toUpper().replace(u"SHA256:"_s, u"sha256:"_s).toLatin1() +
                            R"(", "roles": ["aet", "aet"]}
    ]})";
    Result<RoleMapping> roles = RoleMapping::parse(json, u"roles.json"_s);
    INFO((roles ? std::string() : describe(roles.error())));
    REQUIRE(roles.ok());
    CHECK(roles->rules().at(0).subject.at(0).first == u"OU"_s);
    CHECK(roles->rules().at(1).fingerprint == marie.fingerprint);
    CHECK(roles->rules().at(1).roles == QList<Role>{Role::TechnicalRa});
    CHECK(roles->rolesFor(marie).value() == QList<Role>{Role::AdministrativeRa, Role::TechnicalRa});
    CHECK(roles->rolesFor(paul).value() == QList<Role>{Role::AdministrativeRa});
}

TEST_CASE("A malformed role mapping says where and what", "[identity][roles]")
{
    CHECK(parseError("{\"version\": 1,\n \"rules\": [,]}").message ==
          u"The role mapping roles.json is not valid JSON at line 2, column 13: illegal value."_s);
    CHECK(
        parseError(R"([])").message ==
        u"The role mapping roles.json is malformed: the top level: it must be an object with \"version\" and "
        u"\"rules\"."_s);
    CHECK(
        parseError(R"({"version": 2, "rules": []})").message ==
        u"The role mapping roles.json is malformed: \"version\": this version of Guichet reads version 1 only."_s);
    CHECK(parseError(R"({"version": 1, "rule": []})").message ==
          u"The role mapping roles.json is malformed: the top level: unknown key \"rule\"."_s);
    CHECK(parseError(R"({"version": 1, "rules": [{"subject": {"CN": "A"}, "roles": ["aea"]},
                                                  {"subject": {"CN": "B"}, "roles": ["aea", "aee"]}]})")
              .message ==
          u"The role mapping roles.json is malformed: rule 2: unknown role \"aee\" (the roles are: "
          u"aea, aet, aed, certification-agent)."_s);
    CHECK(
        parseError(R"({"version": 1, "rules": [{"subject": {"titel": "AEA"}, "roles": ["aea"]}]})").message ==
        u"The role mapping roles.json is malformed: rule 1: unknown attribute \"titel\" in \"subject\"."_s);
    CHECK(parseError(R"({"version": 1, "rules": [{"subjet": {"title": "AEA"}, "roles": ["aea"]}]})")
              .message.startsWith(
                  u"The role mapping roles.json is malformed: rule 1: unknown key \"subjet\""_s));
    CHECK(
        parseError(R"({"version": 1, "rules": [{"subject": {"title": 3}, "roles": ["aea"]}]})").message ==
        u"The role mapping roles.json is malformed: rule 1: the value of \"title\" in \"subject\" must be a "
        u"non-empty text."_s);
    CHECK(parseError(R"({"version": 1, "rules": [{"subject": {"title": "AEA"}}]})").message ==
          u"The role mapping roles.json is malformed: rule 1: \"roles\" is missing."_s);
    CHECK(
        parseError(R"({"version": 1, "rules": [{"roles": ["aea"]}]})").message ==
        u"The role mapping roles.json is malformed: rule 1: the rule would match every certificate: give an "
        u"\"issuer\", a \"subject\" or a \"fingerprint\"."_s);
    CHECK(parseError(R"({"version": 1, "rules": [{"fingerprint": "sha256:abcd", "roles": ["aea"]}]})")
              .message.contains(u"rule 1: \"fingerprint\" must be \"sha256:\""_s));
}

TEST_CASE("A role mapping file that is missing or unreadable is named", "[identity][roles]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"roles.json"_s);
    const Result<RoleMapping> missing = RoleMapping::load(path);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message == u"The role mapping file %1 does not exist."_s.arg(path));

    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"version": 1, "rules": [{"subject": {"title": "AEA"}, "roles": ["aea"]}]})");
    file.close();
    const Result<RoleMapping> loaded = RoleMapping::load(path);
    REQUIRE(loaded.ok());
    CHECK(loaded->rules().size() == 1);
}

TEST_CASE("The examples of docs/roles.md are valid role mappings", "[identity][roles][docs]")
{
    QFile doc(QStringLiteral(GUICHET_SOURCE_DIR "/docs/roles.md"));
    REQUIRE(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    static const QRegularExpression block(u"```json\\n(.*?)```"_s,
                                          QRegularExpression::DotMatchesEverythingOption);
    int examples = 0;
    for (auto match = block.globalMatch(text); match.hasNext();) {
        const QString json = match.next().captured(1);
        Result<RoleMapping> mapping = RoleMapping::parse(json.toUtf8(), u"docs/roles.md"_s);
        INFO(json.toStdString());
        INFO((mapping ? std::string() : describe(mapping.error())));
        CHECK(mapping.ok());
        ++examples;
    }
    CHECK(examples >= 2);
}

TEST_CASE("The permission table of docs/roles.md is roleAllows'", "[identity][roles][docs]")
{
    const QList<QPair<QString, Permission>> permissions{
        {u"ImportDossier"_s, Permission::ImportDossier},
        {u"VerifyDossier"_s, Permission::VerifyDossier},
        {u"SendForSignature"_s, Permission::SendForSignature},
        {u"ValidateOrder"_s, Permission::ValidateOrder},
        {u"Notify"_s, Permission::Notify},
        {u"DeliverCertificate"_s, Permission::DeliverCertificate},
    };
    QFile doc(QStringLiteral(GUICHET_SOURCE_DIR "/docs/roles.md"));
    REQUIRE(doc.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(doc.readAll()).split(u'\n');
    int rows = 0;
    for (const QString& line : lines) {
        for (const auto& [name, permission] : permissions) {
            if (!line.startsWith(u"| `"_s + name + u'`')) {
                continue;
            }
            const QStringList cells = line.split(u'|');
            REQUIRE(cells.size() == 7); // "", permission, 4 roles, ""
            for (int i = 0; i < 4; ++i) {
                INFO(name.toStdString() << " / " << toCode(allRoles[i]).toStdString());
                CHECK((cells.at(2 + i).trimmed() == u"yes"_s) == roleAllows(allRoles[i], permission));
                CHECK((cells.at(2 + i).trimmed() == u"yes"_s || cells.at(2 + i).trimmed() == u"no"_s));
            }
            ++rows;
        }
    }
    CHECK(rows == int(permissions.size()));
}
