#pragma once

// Who acts at the desk: an operator identified by the certificate on their token (see
// core/identity), with the roles the RA's documented mapping gives that certificate
// (docs/roles.md). Plain data: core/identity proves it, core/workflow enforces what it may do.

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace guichet {

/// The operators' roles on the RA platform.
enum class Role
{
    AdministrativeRa,   ///< *AEA*: verifies and validates dossiers
    TechnicalRa,        ///< *AET*: generates the certificates
    DelegatedOperator,  ///< *AED*: bailiff or chamber of commerce, face-to-face delivery
    CertificationAgent, ///< *mandataire de certification*: collects the certificates of their organisation
};
inline constexpr Role allRoles[] = {Role::AdministrativeRa, Role::TechnicalRa, Role::DelegatedOperator,
                                    Role::CertificationAgent};

/// What an act needs. The table (roleAllows) is documented in docs/roles.md.
enum class Permission
{
    ImportDossier,      ///< import a dossier package
    VerifyDossier,      ///< confirm checklist items, record the holder's ID, record signed documents
    SendForSignature,   ///< *Envoyer pour signature*
    ValidateOrder,      ///< *Valider*
    Notify,             ///< *Envoyer une notification*
    DeliverCertificate, ///< the face-to-face session: identity check, holder token, issuance
};

/// Stable codes: "aea", "aet", "aed", "certification-agent".
QString toCode(Role value);
std::optional<Role> roleFromCode(const QString& code);
/// In the operators' words (translated).
QString label(Role value);

bool roleAllows(Role role, Permission permission);

/// An operator whose certificate was verified against the RA's trust anchors and whose token proved
/// possession of the certificate's key.
struct Operator
{
    /// What decisions record as "who": the certificate subject's common name.
    QString id;
    QString name;         ///< the subject's common name
    QString organisation; ///< the subject's organisation (O), if any
    /// "sha256:" + hex SHA-256 of the certificate's DER (audit::certificateReference): names the
    /// signer of audit entries.
    QString certificateReference;
    QByteArray certificateDer;
    QList<Role> roles;
    bool training = false; ///< issued by the training RA CA: nothing real may be done with it

    bool may(Permission permission) const;
    bool hasRole(Role role) const { return roles.contains(role); }
};

} // namespace guichet
