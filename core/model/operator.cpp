#include "operator.h"

namespace guichet {

namespace {
class RoleVocabulary
{
    Q_DECLARE_TR_FUNCTIONS(guichet::Role)
public:
    static QString text(Role value)
    {
        switch (value) {
        case Role::AdministrativeRa:
            return tr("Administrative RA (AEA)");
        case Role::TechnicalRa:
            return tr("Technical RA (AET)");
        case Role::DelegatedOperator:
            return tr("Delegated RA operator (AED)");
        case Role::CertificationAgent:
            return tr("Certification agent");
        }
        return {};
    }
};
} // namespace

QString toCode(Role value)
{
    switch (value) {
    case Role::AdministrativeRa:
        return QStringLiteral("aea");
    case Role::TechnicalRa:
        return QStringLiteral("aet");
    case Role::DelegatedOperator:
        return QStringLiteral("aed");
    case Role::CertificationAgent:
        return QStringLiteral("certification-agent");
    }
    return {};
}

std::optional<Role> roleFromCode(const QString& code)
{
    for (Role role : allRoles) {
        if (toCode(role) == code) {
            return role;
        }
    }
    return std::nullopt;
}

QString label(Role value)
{
    return RoleVocabulary::text(value);
}

bool roleAllows(Role role, Permission permission)
{
    switch (role) {
    case Role::AdministrativeRa:
        return permission != Permission::DeliverCertificate;
    case Role::TechnicalRa:
        return permission == Permission::DeliverCertificate;
    case Role::DelegatedOperator:
        return permission == Permission::DeliverCertificate;
    case Role::CertificationAgent:
        // Collects certificates for the holders of their organisation: a party to the delivery, who
        // may consult, never an RA operator who decides.
        return false;
    }
    return false;
}

bool Operator::may(Permission permission) const
{
    for (Role role : roles) {
        if (roleAllows(role, permission)) {
            return true;
        }
    }
    return false;
}

} // namespace guichet
