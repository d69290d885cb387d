#include "enums.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace guichet {

/// The translation context of the vocabulary's labels (lupdate files them under its name).
class Vocabulary
{
    Q_DECLARE_TR_FUNCTIONS(guichet::Vocabulary)
};

namespace {

template <typename Enum, std::size_t N> using CodeTable = std::array<std::pair<Enum, const char16_t*>, N>;

constexpr CodeTable<Phase, 7> phaseCodes{{
    {Phase::DataEntry, u"data-entry"},
    {Phase::Verification, u"verification"},
    {Phase::AwaitingSignature, u"awaiting-signature"},
    {Phase::Validation, u"validation"},
    {Phase::Generation, u"generation"},
    {Phase::Delivered, u"delivered"},
    {Phase::Cancelled, u"cancelled"},
}};
constexpr CodeTable<DossierType, 2> dossierTypeCodes{{
    {DossierType::Dematerialised, u"D"},
    {DossierType::Paper, u"P"},
}};
constexpr CodeTable<OrganisationKind, 2> organisationKindCodes{{
    {OrganisationKind::Company, u"company"},
    {OrganisationKind::PublicBody, u"public-body"},
}};
constexpr CodeTable<DocumentKind, 10> documentKindCodes{{
    {DocumentKind::TermsOfUse, u"terms-of-use"},
    {DocumentKind::SubscriptionContract, u"subscription-contract"},
    {DocumentKind::AuthorisationLetter, u"authorisation-letter"},
    {DocumentKind::PowerOfAttorney, u"power-of-attorney"},
    {DocumentKind::KbisExtract, u"kbis-extract"},
    {DocumentKind::SireneNotice, u"sirene-notice"},
    {DocumentKind::HolderId, u"holder-id"},
    {DocumentKind::LegalRepresentativeId, u"legal-representative-id"},
    {DocumentKind::AgentId, u"agent-id"},
    {DocumentKind::PaymentProof, u"payment-proof"},
}};
constexpr CodeTable<DocumentStatus, 4> documentStatusCodes{{
    {DocumentStatus::NotImported, u"not-imported"},
    {DocumentStatus::Imported, u"imported"},
    {DocumentStatus::Unsigned, u"unsigned"},
    {DocumentStatus::Signed, u"signed"},
}};
constexpr CodeTable<IdDocumentKind, 4> idDocumentKindCodes{{
    {IdDocumentKind::None, u"none"},
    {IdDocumentKind::NationalIdCard, u"national-id-card"},
    {IdDocumentKind::Passport, u"passport"},
    {IdDocumentKind::ResidencePermit, u"residence-permit"},
}};

template <typename Enum, std::size_t N> QString codeOf(const CodeTable<Enum, N>& table, Enum value)
{
    for (const auto& [candidate, code] : table) {
        if (candidate == value) {
            return QString::fromUtf16(code);
        }
    }
    Q_UNREACHABLE();
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const CodeTable<Enum, N>& table, const QString& code)
{
    for (const auto& [candidate, candidateCode] : table) {
        if (code == QStringView(candidateCode)) {
            return candidate;
        }
    }
    return std::nullopt;
}

} // namespace

bool isContractual(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::TermsOfUse:
    case DocumentKind::SubscriptionContract:
    case DocumentKind::AuthorisationLetter:
    case DocumentKind::PowerOfAttorney:
        return true;
    default:
        return false;
    }
}

bool isIdentityDocument(DocumentKind kind)
{
    return kind == DocumentKind::HolderId || kind == DocumentKind::LegalRepresentativeId ||
           kind == DocumentKind::AgentId;
}

QString toCode(Phase value)
{
    return codeOf(phaseCodes, value);
}
QString toCode(DossierType value)
{
    return codeOf(dossierTypeCodes, value);
}
QString toCode(OrganisationKind value)
{
    return codeOf(organisationKindCodes, value);
}
QString toCode(DocumentKind value)
{
    return codeOf(documentKindCodes, value);
}
QString toCode(DocumentStatus value)
{
    return codeOf(documentStatusCodes, value);
}
QString toCode(IdDocumentKind value)
{
    return codeOf(idDocumentKindCodes, value);
}

template <> std::optional<Phase> fromCode<Phase>(const QString& code)
{
    return valueOf(phaseCodes, code);
}
template <> std::optional<DossierType> fromCode<DossierType>(const QString& code)
{
    return valueOf(dossierTypeCodes, code);
}
template <> std::optional<OrganisationKind> fromCode<OrganisationKind>(const QString& code)
{
    return valueOf(organisationKindCodes, code);
}
template <> std::optional<DocumentKind> fromCode<DocumentKind>(const QString& code)
{
    return valueOf(documentKindCodes, code);
}
template <> std::optional<DocumentStatus> fromCode<DocumentStatus>(const QString& code)
{
    return valueOf(documentStatusCodes, code);
}
template <> std::optional<IdDocumentKind> fromCode<IdDocumentKind>(const QString& code)
{
    return valueOf(idDocumentKindCodes, code);
}

QString label(Phase value)
{
    switch (value) {
    case Phase::DataEntry:
        return Vocabulary::tr("Data entry");
    case Phase::Verification:
        return Vocabulary::tr("Document verification");
    case Phase::AwaitingSignature:
        return Vocabulary::tr("Awaiting signature");
    case Phase::Validation:
        return Vocabulary::tr("Order validation");
    case Phase::Generation:
        return Vocabulary::tr("Certificate generation");
    case Phase::Delivered:
        return Vocabulary::tr("Certificate delivered");
    case Phase::Cancelled:
        return Vocabulary::tr("Cancelled");
    }
    Q_UNREACHABLE();
}

QString label(DossierType value)
{
    switch (value) {
    case DossierType::Dematerialised:
        return Vocabulary::tr("Dematerialised");
    case DossierType::Paper:
        return Vocabulary::tr("Paper");
    }
    Q_UNREACHABLE();
}

QString label(OrganisationKind value)
{
    switch (value) {
    case OrganisationKind::Company:
        return Vocabulary::tr("Company");
    case OrganisationKind::PublicBody:
        return Vocabulary::tr("Public body");
    }
    Q_UNREACHABLE();
}

QString label(DocumentKind value)
{
    switch (value) {
    case DocumentKind::TermsOfUse:
        return Vocabulary::tr("Terms of use");
    case DocumentKind::SubscriptionContract:
        return Vocabulary::tr("Subscription contract");
    case DocumentKind::AuthorisationLetter:
        return Vocabulary::tr("Certificate request authorisation letter");
    case DocumentKind::PowerOfAttorney:
        return Vocabulary::tr("Legal representative's power of attorney");
    case DocumentKind::KbisExtract:
        return Vocabulary::tr("Company register extract (Kbis)");
    case DocumentKind::SireneNotice:
        return Vocabulary::tr("SIRENE registration notice");
    case DocumentKind::HolderId:
        return Vocabulary::tr("Holder's ID");
    case DocumentKind::LegalRepresentativeId:
        return Vocabulary::tr("Legal representative's ID");
    case DocumentKind::AgentId:
        return Vocabulary::tr("Certification agent's ID");
    case DocumentKind::PaymentProof:
        return Vocabulary::tr("Proof of payment");
    }
    Q_UNREACHABLE();
}

QString label(DocumentStatus value)
{
    switch (value) {
    case DocumentStatus::NotImported:
        return Vocabulary::tr("not imported");
    case DocumentStatus::Imported:
        return Vocabulary::tr("imported");
    case DocumentStatus::Unsigned:
        return Vocabulary::tr("not signed");
    case DocumentStatus::Signed:
        return Vocabulary::tr("signed");
    }
    Q_UNREACHABLE();
}

QString label(IdDocumentKind value)
{
    switch (value) {
    case IdDocumentKind::None:
        return Vocabulary::tr("none");
    case IdDocumentKind::NationalIdCard:
        return Vocabulary::tr("National ID card");
    case IdDocumentKind::Passport:
        return Vocabulary::tr("Passport");
    case IdDocumentKind::ResidencePermit:
        return Vocabulary::tr("Residence permit");
    }
    Q_UNREACHABLE();
}

} // namespace guichet
