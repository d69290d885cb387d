#pragma once

// The only way a decision changes an order. Each act checks that the operator's roles allow it,
// checks its guard against the checklist as it stands today, and writes its change, a Decision
// (who, when, what, on which checklist) and a signed audit entry (docs/audit.md) in one
// transaction, so the trail cannot be bypassed and a refused act, or one whose entry cannot be
// signed (token removed), changes nothing.

#include "actor.h"
#include "audit/audit_log.h"
#include "model/decision.h"
#include "model/order.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <functional>
#include <optional>

namespace guichet::store {
class Database;
class OrderStore;
class Transaction;
} // namespace guichet::store

namespace guichet::workflow {

/// The time source: UTC now. Tests pass a fixed clock.
using Clock = std::function<QDateTime()>;
Clock systemClock();

class Workflow
{
    Q_DECLARE_TR_FUNCTIONS(guichet::workflow::Workflow)

public:
    Workflow(store::Database& db, store::OrderStore& orders, Clock clock = systemClock(),
             WorkflowPolicy policy = {});

    const WorkflowPolicy& policy() const { return m_policy; }
    void setPolicy(WorkflowPolicy policy) { m_policy = std::move(policy); }

    /// Called after each act is committed, with its audit entry as stored (the Workspace keeps the
    /// chain's head outside the store with it).
    using CommitObserver = std::function<void(const audit::AuditEntry&)>;
    void setCommitObserver(CommitObserver observer) { m_committed = std::move(observer); }

    /// Stores an imported dossier and records the import (Permission::ImportDossier).
    Result<qint64> importDossier(const Dossier& dossier, const Actor& actor);

    /// The operator confirms an item only a person can check (see rules::operatorItemIds): a piece
    /// matches the order and looks genuine, payment OK, dossier complete (only once every other
    /// item has passed). Permission::VerifyDossier.
    Status confirm(qint64 orderId, const QString& itemId, const Actor& actor);

    /// Records the holder's ID document type and number in the order (check 4).
    /// Permission::VerifyDossier.
    Status recordIdentity(qint64 orderId, const IdentityRecord& identity, const Actor& actor);

    /// *Envoyer pour signature*: only once the supporting pieces are verified (steps 1 to 4).
    /// Permission::SendForSignature.
    Status sendForSignature(qint64 orderId, const Actor& actor);

    /// A contractual document came back signed. When the last one is signed the order moves on to
    /// *Validation de la commande*. Permission::VerifyDossier.
    Status recordSignature(qint64 orderId, DocumentKind kind, const Actor& actor);

    /// *Valider*: only when every checklist item has passed, and under the four-eyes rule not by
    /// an operator who verified the dossier. Irreversible: the order moves to *Génération du
    /// certificat* and nothing in core can take it back. Permission::ValidateOrder.
    Status validate(qint64 orderId, const Actor& actor);

    /// *Envoyer une notification*: kept with the order (in the outbox until connected mode exists).
    /// Permission::Notify.
    Result<qint64> notify(qint64 orderId, Notification notification, const Actor& actor);

    /// One step of the face-to-face delivery (docs/delivery.md): `event` is "delivery-..." (identity
    /// checked, holder token prepared, key generated, certificate issued, certificate written, a
    /// failure, a restart), recorded with its `facts` (ETSI EN 319 411-1 SDP-6.4.5-10: token, key,
    /// certificate, who attested the identity) in the signed audit trail. The order stays in
    /// *Génération du certificat*. Permission::DeliverCertificate; only for an order in that phase.
    Status recordDeliveryStep(qint64 orderId, const QString& event, QJsonObject facts, const Actor& actor);

    /// *Certificat remis*: the holder's certificate is on their token, checked and read back. The
    /// order moves to Delivered (event "deliver"), with `facts`. Permission::DeliverCertificate.
    Status recordDelivery(qint64 orderId, QJsonObject facts, const Actor& actor);

    /// Today as the workflow's guards see it.
    QDate today() const;

private:
    /// What an act records besides the phase move.
    struct Record
    {
        QString action;    ///< the decision's action and the audit entry's event
        Phase toPhase;     ///< the phase after the act
        QString detail;    ///< the decision's detail
        QJsonObject facts; ///< the audit payload's facts (the operator is added)
    };

    Status permit(const Actor& actor, Permission permission) const;
    Status fourEyes(const Order& order, const Actor& actor);
    Result<Order> loadEditable(qint64 orderId);
    /// The order, if it awaits delivery (phase Generation).
    Result<Order> loadDeliverable(qint64 orderId);
    Status record(const Order& before, const Actor& actor, Record act);
    /// Commits and tells the observer.
    Status finish(store::Transaction& transaction);

    store::Database& m_db;
    store::OrderStore& m_orders;
    Clock m_clock;
    WorkflowPolicy m_policy;
    audit::AuditLog m_audit;
    CommitObserver m_committed;
    std::optional<audit::AuditEntry> m_appended; ///< the entry of the act in progress
};

} // namespace guichet::workflow
