#pragma once

// Training mode's token: one call provisions a SoftHSM2 token holding a training operator's key and
// certificate, issued by a training RA CA, in a training folder of its own (docs/training.md):
//
//   <dir>/softhsm2.conf    SoftHSM2's configuration, directories.tokendir = <dir>/tokens
//   <dir>/tokens/          the SoftHSM2 tokens ("GUICHET FORMATION", "GUICHET FORMATION 2"...)
//   <dir>/training-ca.pem  the training RA CA's certificate: the training trust anchor
//   <dir>/training-ca.key  its private key (PEM, 0600), only for issuing training certificates
//   <dir>/roles.json       the training role mapping (title AEA/AET/AED -> aea/aet/aed)
//
// Everything is marked "FORMATION / TRAINING": the CA's name, the organisation "Guichet FORMATION",
// the operators' names, the token labels. Nothing real may ever be done with it.

#include "identity/training_layout.h"
#include "model/operator.h"
#include "model/result.h"
#include "token/pin.h"
#include "token/pkcs11_uri.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace guichet::enrol {

// The training folder and its values are described once, in core/identity (the login reads what
// this room provisions).
using identity::softHsmModule;
using identity::TrainingLayout;
using identity::trainingOrganisation;
using identity::trainingPin;
using identity::trainingSoPin;
using identity::trainingTokenLabel;

inline constexpr char trainingCaName[] = "AC de formation Guichet — FORMATION / TRAINING, NE PAS UTILISER";
inline constexpr char defaultTrainingOperator[] = "Camille Martin";
inline constexpr char defaultSecondTrainingOperator[] = "Dominique Bernard";

/// The training role mapping (the format of identity::RoleMapping, docs/roles.md), as provisioned.
QByteArray trainingRolesJson();

enum class TrainingMode
{
    /// A new training folder: refused if any training file is already there.
    Create,
    /// Replaces an existing training folder's files (tokens, CA, roles); other files are left alone.
    Replace,
    /// Another operator on a new token, under the folder's existing CA (four-eyes training needs two).
    AddOperator,
};

struct TrainingOptions
{
    TrainingMode mode = TrainingMode::Create;
    /// The operator's name; the certificate's CN is "<name> (FORMATION)". Empty: a default name.
    QString operatorName;
    /// aea, aet or aed: the certificate's title (AEA, AET, AED), which roles.json maps to the role.
    Role role = Role::AdministrativeRa;
    /// The token's user PIN; none: trainingPin.
    std::optional<token::Pin> pin;
    /// SoftHSM2's module.
    QString modulePath = QString::fromLatin1(softHsmModule);
};

/// What provisioning made.
struct TrainingSetup
{
    TrainingLayout layout;
    bool caCreated = false; ///< false when an operator was added under the existing CA
    QString tokenLabel;
    token::Pkcs11Uri tokenUri;       ///< pkcs11:model=SoftHSM%20v2;...;token=GUICHET%20FORMATION
    token::Pkcs11Uri keyUri;         ///< the private key (type=private)
    token::Pkcs11Uri certificateUri; ///< the certificate (type=cert), same id
    QByteArray keyId;                ///< CKA_ID of the key and the certificate (8 random bytes)
    QByteArray certificateDer;
    QString certificateSubject; ///< one line, RFC 2253
    QString caSubject;
    QDateTime notAfter;
    bool trainingPin = true; ///< the PIN is trainingPin (not one given on stdin)
};

class TrainingProvisioner
{
    Q_DECLARE_TR_FUNCTIONS(guichet::enrol::TrainingProvisioner)

public:
    /// Provisions `directory` (see the header). SoftHSM2 reads SOFTHSM2_CONF when it is loaded:
    /// this sets it to the folder's softhsm2.conf (and leaves it set, as the module may stay loaded),
    /// and refuses if SoftHSM2 is already loaded in this process with another configuration.
    static Result<TrainingSetup> provision(const QString& directory, TrainingOptions options);
};

inline Result<TrainingSetup> provisionTraining(const QString& directory, TrainingOptions options)
{
    return TrainingProvisioner::provision(directory, std::move(options));
}

/// A training folder as it is: for `guichet-cli training show`.
struct TrainingToken
{
    QString label;
    token::Pkcs11Uri uri;
    QStringList certificateSubjects; ///< the certificates on it (public objects: no login needed)
};
struct TrainingInventory
{
    TrainingLayout layout;
    QStringList existing;
    QString caSubject; ///< empty without training-ca.pem
    QDateTime caNotAfter;
    QList<TrainingToken> tokens;
};

/// Reads `directory`'s training files and lists its tokens (loading SoftHSM2 with its
/// softhsm2.conf, under the same conditions as provisioning).
Result<TrainingInventory> inspectTraining(const QString& directory,
                                          const QString& modulePath = QString::fromLatin1(softHsmModule));

} // namespace guichet::enrol
