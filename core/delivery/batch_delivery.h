#pragma once

// The certification agent's batch: every validated order (phase Génération du certificat) the agent
// collects, one DeliverySession per holder token, one identity check (the agent's), with progress;
// one holder's failure does not stop the others.

#include "delivery/delivery_session.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>
#include <memory>

namespace guichet::delivery {

/// The orders awaiting delivery that `agent` collects: the same person as the order's certification
/// agent (e-mail, or names and birth date when the e-mail is missing).
Result<QList<qint64>> agentOrders(store::OrderStore& orders, const CertificationAgent& agent);

/// A certification agent and the orders awaiting delivery they collect, oldest first.
struct AgentBatch
{
    CertificationAgent agent; ///< as the first of its orders names them
    QList<Order> orders;
};

/// Every agent named on orders awaiting delivery, with their orders: the same person as agentOrders()
/// says, in one pass over the store.
Result<QList<AgentBatch>> agentBatches(store::OrderStore& orders);

/// One holder's outcome in the batch.
struct BatchItem
{
    qint64 orderId = 0;
    QString orderNumber;
    QString holderName;
    DeliveryStep reached = DeliveryStep::NotStarted;
    std::optional<Error> error; ///< set when this holder's delivery stopped
    /// The PIN letter's secrets (generated temporary PIN and SO PIN), for the paper; never stored.
    std::shared_ptr<TokenSecrets> secrets;
};

class BatchDelivery
{
    Q_DECLARE_TR_FUNCTIONS(guichet::delivery::BatchDelivery)

public:
    /// (done, total, item just finished): for a progress bar.
    using Progress = std::function<void(int, int, const BatchItem&)>;
    /// Gives the slot of the blank token for this holder (the desk asks the operator to plug it in);
    /// an error skips the holder.
    using TokenForHolder = std::function<Result<unsigned long>(const Order&)>;

    BatchDelivery(DeliveryEnvironment environment, QList<qint64> orderIds);

    /// Delivers each order: the agent's identity (`presented`) checked against each order's agent,
    /// a blank token per holder with a generated temporary PIN (printed on the PIN letter), the key,
    /// the certificate, the record. Returns every holder's outcome.
    QList<BatchItem> run(const rules::PresentedIdentity& presented, const TokenForHolder& tokenFor,
                         const Progress& progress = {});

private:
    DeliveryEnvironment m_env;
    QList<qint64> m_orderIds;
};

} // namespace guichet::delivery
