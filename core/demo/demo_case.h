#pragma once

// One generated order with the truth behind it: what its documents print (which may differ from
// what the order says, when the mix says so). The renderers draw from this; the public API hands
// out the Order and the bytes.

#include "identity_documents.h"
#include "mix.h"
#include "model/order.h"
#include "organisations.h"

#include <QDateTime>
#include <map>
#include <optional>

namespace guichet::demo {

struct DemoCase
{
    int index = 0;
    SlotPlan plan;
    Order order;
    /// The organisation as its register knows it (the order may carry a mistyped SIREN or SIRET).
    OrganisationProfile organisation;
    IdentityDocument holderId; ///< names and birth date as printed, even when the order differs
    IdentityDocument representativeId;
    std::optional<IdentityDocument> agentId;
    QDate kbisDate;   ///< the extract's "à jour au" date
    QDate sireneDate; ///< the notice's date
    QDate paymentDate;
    QString cardEnding;                         ///< last four digits of the card, for card payments
    QDateTime sentForSignature;                 ///< invalid while the contractual documents are not sent
    std::map<DocumentKind, QDateTime> signedAt; ///< signed contractual documents

    /// The identity document behind `kind` (HolderId, LegalRepresentativeId, AgentId), or null.
    const IdentityDocument* identity(DocumentKind kind) const;
    /// The document exists as a file: imported, signed, or sent for signature.
    bool hasContent(const Document& document) const;
};

/// Builds order `index` of generator `seed` as of `today` (see scenario.h for the mix).
DemoCase buildCase(quint64 seed, int index, const QDate& today);

/// Fills the order's document list, statuses, facts, phase, recorded identity and confirmations
/// from the case's scenario (part of buildCase).
void buildDocuments(DemoCase& demoCase, DemoRandom& random, const QDate& today);

} // namespace guichet::demo
