#pragma once

// The vocabulary of an order. Each enum has a stable code (used in the store, in dossier packages
// and in `guichet-cli --json`; never translated, never renumbered) and a label in the operators'
// words (translated: French is what operators read on the RA platform).

#include <QString>
#include <optional>

namespace guichet {

/// Where an order stands (the RA platform's *Phase*).
enum class Phase
{
    DataEntry,         ///< *Saisie des informations*: the requester is still filling the order in
    Verification,      ///< *Vérification des pièces*: the AEA checks the supporting documents
    AwaitingSignature, ///< *Attente de signature*: contractual documents sent out for signature
    Validation,        ///< *Validation de la commande*: signed, awaiting the AEA's final validation
    Generation,        ///< *Génération du certificat*: validated (irreversible); the AET's turn
    Delivered,         ///< *Certificat remis*: handed over face to face
    Cancelled,         ///< *Annulée*
};

/// The order's *Type*: `D` for a dematerialised dossier, `P` for paper.
enum class DossierType
{
    Dematerialised,
    Paper
};

enum class OrganisationKind
{
    Company,    ///< *entreprise*: proves itself with a Kbis extract
    PublicBody, ///< *entité publique*: proves itself with its SIRENE/INSEE notice
};

enum class DocumentKind
{
    TermsOfUse,            ///< *CGU*
    SubscriptionContract,  ///< *Contrat d'abonnement*
    AuthorisationLetter,   ///< *Lettre d'autorisation de demande de certificat*
    PowerOfAttorney,       ///< *Procuration du représentant légal* (appoints the certification agent)
    KbisExtract,           ///< *Extrait de KBIS*
    SireneNotice,          ///< *Avis de situation SIRENE* (public bodies)
    HolderId,              ///< *Pièce d'identité du porteur*
    LegalRepresentativeId, ///< *Pièce d'identité du représentant légal*
    AgentId,               ///< *Pièce d'identité du mandataire*
    PaymentProof,          ///< *Preuve de paiement*
};
inline constexpr DocumentKind allDocumentKinds[] = {
    DocumentKind::TermsOfUse,      DocumentKind::SubscriptionContract,  DocumentKind::AuthorisationLetter,
    DocumentKind::PowerOfAttorney, DocumentKind::KbisExtract,           DocumentKind::SireneNotice,
    DocumentKind::HolderId,        DocumentKind::LegalRepresentativeId, DocumentKind::AgentId,
    DocumentKind::PaymentProof,
};

/// Contractual documents get signed; supporting documents get imported.
bool isContractual(DocumentKind kind);
bool isIdentityDocument(DocumentKind kind);

enum class DocumentStatus
{
    NotImported, ///< supporting, *non importé*
    Imported,    ///< supporting, *importé*
    Unsigned,    ///< contractual, *non signé*
    Signed,      ///< contractual, *signé*
};

/// The kind of identity document a person presents.
enum class IdDocumentKind
{
    None,
    NationalIdCard,  ///< *CNI*: the old laminated card (12-character number) or the 2021 card (9)
    Passport,        ///< *passeport*
    ResidencePermit, ///< *titre de séjour*
};

// Stable codes ------------------------------------------------------------------------------------
QString toCode(Phase value);
QString toCode(DossierType value);
QString toCode(OrganisationKind value);
QString toCode(DocumentKind value);
QString toCode(DocumentStatus value);
QString toCode(IdDocumentKind value);

template <typename Enum> std::optional<Enum> fromCode(const QString& code);
template <> std::optional<Phase> fromCode<Phase>(const QString& code);
template <> std::optional<DossierType> fromCode<DossierType>(const QString& code);
template <> std::optional<OrganisationKind> fromCode<OrganisationKind>(const QString& code);
template <> std::optional<DocumentKind> fromCode<DocumentKind>(const QString& code);
template <> std::optional<DocumentStatus> fromCode<DocumentStatus>(const QString& code);
template <> std::optional<IdDocumentKind> fromCode<IdDocumentKind>(const QString& code);

// Labels in the operators' words (translated) -----------------------------------------------------
QString label(Phase value);
QString label(DossierType value);
QString label(OrganisationKind value);
QString label(DocumentKind value);
QString label(DocumentStatus value);
QString label(IdDocumentKind value);

} // namespace guichet
