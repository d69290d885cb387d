#pragma once

// Orders in the store: insertion of whole dossiers, search and paging over a million rows, and the
// small writes the workflow makes. Nothing above core/store writes SQL.

#include "model/decision.h"
#include "model/order.h"
#include "model/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace guichet::store {

class BlobStore;
class Database;

enum class OrderSort
{
    Number,
    Date,
    HolderName,
    Organisation,
    Phase,
    Portal
};

struct OrderQuery
{
    /// Free text over holder names, organisation name, SIREN/SIRET and order number (FTS5
    /// trigram index; a text under 3 characters falls back to a prefix match on the number).
    QString text;
    std::optional<Phase> phase;
    std::optional<DossierType> type;
    QString portal; ///< exact; empty = all portals
    QDate from;     ///< order date, inclusive; invalid = unbounded
    QDate to;       ///< inclusive; invalid = unbounded
    OrderSort sort = OrderSort::Date;
    bool descending = true;
    int offset = 0;
    int limit = 100;
};

/// One row of the order list.
struct OrderSummary
{
    qint64 id = 0;
    QString number;
    QDate date;
    QString holderName;
    QString organisationName;
    QString siren;
    QString process;
    Phase phase = Phase::Verification;
    DossierType type = DossierType::Dematerialised;
    QString portal;
};

/// Per RA portal: what the AEA has to verify and validate, what the AET has to generate.
struct PortalActivity
{
    QString portal;
    int toVerify = 0;          ///< phase Verification
    int awaitingSignature = 0; ///< phase AwaitingSignature
    int toValidate = 0;        ///< phase Validation
    int toGenerate = 0;        ///< phase Generation
};

class OrderStore
{
public:
    OrderStore(Database& db, BlobStore& blobs);

    /// Stores a whole dossier (order, documents, confirmations, document bytes) in one
    /// transaction: all or nothing. Fails if the order number already exists.
    Result<qint64> insertDossier(const Dossier& dossier);
    /// Many dossiers in one transaction (demo data, bulk import). All or nothing.
    Status insertDossiers(const QList<Dossier>& dossiers);

    Result<Order> order(qint64 id);
    Result<Order> orderByNumber(const QString& number);
    /// The order with the bytes of its documents (verified against their SHA-256).
    Result<Dossier> dossier(qint64 id);

    Result<QList<OrderSummary>> find(const OrderQuery& query);
    Result<qint64> count(const OrderQuery& query);
    Result<QList<PortalActivity>> activity();
    Result<QStringList> portals();

    // Workflow writes (core/workflow calls these inside its own Transaction).
    Status setPhase(qint64 orderId, Phase phase);
    Status addConfirmation(qint64 orderId, const Confirmation& confirmation);
    Status setRecordedIdentity(qint64 orderId, const IdentityRecord& identity);
    Status setDocumentStatus(qint64 orderId, DocumentKind kind, DocumentStatus status);
    Result<qint64> addDecision(qint64 orderId, const Decision& decision);
    Result<QList<Decision>> decisions(qint64 orderId);
    Result<qint64> addNotification(qint64 orderId, const Notification& notification);
    Result<QList<Notification>> notifications(qint64 orderId);

private:
    Database& m_db;
    BlobStore& m_blobs;
};

} // namespace guichet::store
