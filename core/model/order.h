#pragma once

// The order (*commande*) and everything its dossier holds. Plain values: no I/O, no rules.

#include "enums.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <map>
#include <optional>

namespace guichet {

struct Person
{
    QString givenNames; ///< as on the ID document, space-separated
    QString surname;
    QDate birthDate; ///< invalid when unknown
    QString email;

    QString displayName() const { return givenNames + u' ' + surname; }
};

/// The natural person named in the certificate (*porteur*).
struct Holder : Person
{
    /// *Contact OTP*: the phone number or e-mail that activates the certificate.
    QString otpContact;
};

/// Authorises the request for the organisation (*représentant légal*).
struct LegalRepresentative : Person
{};

/// Receives certificates for other holders (*mandataire de certification*).
struct CertificationAgent : Person
{};

/// Placed the order and receives the notifications (*demandeur*).
struct Requester
{
    QString name;
    QString email;
};

struct Organisation
{
    OrganisationKind kind = OrganisationKind::Company;
    QString name;  ///< *raison sociale*
    QString siren; ///< 9 digits
    QString siret; ///< 14 digits: SIREN + establishment number (NIC)
};

struct Product
{
    QString code;  ///< e.g. "RGS2-SIGN-TOKEN"
    QString label; ///< e.g. "Certificat de signature RGS** / eIDAS qualifié sur token"
    int durationYears = 1;
};

struct Payment
{
    bool received = false;
    QString method; ///< "card", "transfer", "administrative-mandate", ...
    QString reference;
    qint64 amountCents = 0;
};

/// An identity document's kind and number.
struct IdentityRecord
{
    IdDocumentKind kind = IdDocumentKind::None;
    QString number;

    bool isEmpty() const { return kind == IdDocumentKind::None && number.isEmpty(); }
    friend bool operator==(const IdentityRecord&, const IdentityRecord&) = default;
};

/// What was read from a document (by the requester's platform or the operator). Unknown dates are
/// invalid QDates; unknown strings are empty.
struct DocumentFacts
{
    QDate issueDate;  ///< ID issue date, Kbis extract date, payment date
    QDate expiryDate; ///< as printed on the ID (the CNI 15-year rule is applied by the rules)
    IdentityRecord identity;
    QStringList mrz; ///< machine-readable zone lines, when the document carries one
    QString siren;   ///< SIREN printed on a Kbis extract or SIRENE notice
    QString organisationName;

    friend bool operator==(const DocumentFacts&, const DocumentFacts&) = default;
};

struct Document
{
    DocumentKind kind = DocumentKind::HolderId;
    DocumentStatus status = DocumentStatus::NotImported;
    QString fileName;  ///< as the requester sent it; empty when nothing is imported
    QString mediaType; ///< application/pdf, image/png, image/jpeg
    QString sha256;    ///< lower-case hex of the content; the key in the blob store
    qint64 size = 0;
    DocumentFacts facts;

    bool hasContent() const { return !sha256.isEmpty(); }
};

/// An operator's confirmation of a checklist item that only a person can check.
struct Confirmation
{
    QString itemId;
    QString operatorId;
    QDateTime at; ///< UTC
};

struct Order
{
    qint64 id = 0; ///< the store's row id; 0 until stored
    QString number;
    QDate date;
    Phase phase = Phase::Verification;
    DossierType type = DossierType::Dematerialised;
    QString portal;  ///< the RA portal it belongs to, e.g. "BPOI-Rhône"
    QString process; ///< *Processus*, e.g. "Génération Certificat"
    Product product;
    Requester requester;
    Holder holder;
    Organisation organisation;
    LegalRepresentative legalRepresentative;
    std::optional<CertificationAgent> agent;
    Payment payment;
    /// The holder's ID document kind and number as recorded by the operator (check 4).
    IdentityRecord recordedIdentity;
    QList<Document> documents;
    QList<Confirmation> confirmations;

    const Document* document(DocumentKind kind) const;
    Document* document(DocumentKind kind);
    bool isConfirmed(const QString& itemId) const;
    /// Validated orders are read-only: validation is irreversible.
    bool isValidated() const { return phase == Phase::Generation || phase == Phase::Delivered; }
};

/// An order together with the bytes of its documents, as imported, exported or generated.
struct Dossier
{
    Order order;
    std::map<DocumentKind, QByteArray> contents;
};

} // namespace guichet
