#pragma once

// The only way a decision changes an order. Each act checks its guard against the checklist as
// it stands today, writes its change and a Decision (who, when, what, on which checklist) in one
// transaction, so the trail cannot be bypassed and a refused act changes nothing.

#include "model/decision.h"
#include "model/order.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <functional>

namespace guichet::store {
class Database;
class OrderStore;
} // namespace guichet::store

namespace guichet::workflow {

/// The time source: UTC now. Tests pass a fixed clock.
using Clock = std::function<QDateTime()>;
Clock systemClock();

class Workflow
{
    Q_DECLARE_TR_FUNCTIONS(guichet::workflow::Workflow)

public:
    Workflow(store::Database& db, store::OrderStore& orders, Clock clock = systemClock());

    /// Stores an imported dossier and records the import.
    Result<qint64> importDossier(const Dossier& dossier, const QString& operatorId);

    /// The operator confirms an item only a person can check (see rules::operatorItemIds): a piece
    /// matches the order and looks genuine, payment OK, dossier complete (only once every other
    /// item has passed).
    Status confirm(qint64 orderId, const QString& itemId, const QString& operatorId);

    /// Records the holder's ID document type and number in the order (check 4).
    Status recordIdentity(qint64 orderId, const IdentityRecord& identity, const QString& operatorId);

    /// *Envoyer pour signature*: only once the supporting pieces are verified (steps 1 to 4).
    Status sendForSignature(qint64 orderId, const QString& operatorId);

    /// A contractual document came back signed. When the last one is signed the order moves on to
    /// *Validation de la commande*.
    Status recordSignature(qint64 orderId, DocumentKind kind, const QString& operatorId);

    /// *Valider*: only when every checklist item has passed. Irreversible: the order moves to
    /// *Génération du certificat* and nothing in core can take it back.
    Status validate(qint64 orderId, const QString& operatorId);

    /// *Envoyer une notification*: kept with the order (in the outbox until connected mode exists).
    Result<qint64> notify(qint64 orderId, Notification notification, const QString& operatorId);

    /// Today as the workflow's guards see it.
    QDate today() const;

private:
    Result<Order> loadEditable(qint64 orderId);
    Status record(const Order& before, const QString& action, const QString& operatorId, Phase toPhase,
                  const QString& detail);

    store::Database& m_db;
    store::OrderStore& m_orders;
    Clock m_clock;
};

} // namespace guichet::workflow
