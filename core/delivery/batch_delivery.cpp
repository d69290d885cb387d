#include "batch_delivery.h"

#include "rules/mrz.h"
#include "store/order_store.h"

#include <algorithm>

namespace guichet::delivery {
namespace {

bool samePerson(const CertificationAgent& a, const CertificationAgent& b)
{
    if (!a.email.isEmpty() && !b.email.isEmpty()) {
        return a.email.trimmed().compare(b.email.trimmed(), Qt::CaseInsensitive) == 0;
    }
    return rules::foldName(a.surname) == rules::foldName(b.surname) &&
           rules::foldName(a.givenNames) == rules::foldName(b.givenNames) && a.birthDate == b.birthDate;
}

/// The orders awaiting delivery (phase Génération) that name a certification agent, oldest first.
Result<QList<Order>> collectedOrders(store::OrderStore& orders)
{
    QList<Order> named;
    store::OrderQuery query;
    query.phase = Phase::Generation;
    query.sort = store::OrderSort::Date;
    query.descending = false;
    query.limit = 500;
    for (;;) {
        auto page = orders.find(query);
        if (!page) {
            return page.error();
        }
        for (const auto& summary : *page) {
            auto order = orders.order(summary.id);
            if (!order) {
                return order.error();
            }
            if (order->agent) {
                named.append(std::move(*order));
            }
        }
        if (page->size() < query.limit) {
            break;
        }
        query.offset += query.limit;
    }
    return named;
}

} // namespace

Result<QList<qint64>> agentOrders(store::OrderStore& orders, const CertificationAgent& agent)
{
    auto named = collectedOrders(orders);
    if (!named) {
        return named.error();
    }
    QList<qint64> ids;
    for (const Order& order : std::as_const(*named)) {
        if (samePerson(*order.agent, agent)) {
            ids.append(order.id);
        }
    }
    return ids;
}

Result<QList<AgentBatch>> agentBatches(store::OrderStore& orders)
{
    auto named = collectedOrders(orders);
    if (!named) {
        return named.error();
    }
    QList<AgentBatch> batches;
    for (Order& order : *named) {
        const auto same = std::find_if(batches.begin(), batches.end(), [&order](const AgentBatch& batch) {
            return samePerson(batch.agent, *order.agent);
        });
        if (same != batches.end()) {
            same->orders.append(std::move(order));
        } else {
            batches.append(AgentBatch{*order.agent, {std::move(order)}});
        }
    }
    return batches;
}

BatchDelivery::BatchDelivery(DeliveryEnvironment environment, QList<qint64> orderIds)
    : m_env(std::move(environment)), m_orderIds(std::move(orderIds))
{}

QList<BatchItem> BatchDelivery::run(const rules::PresentedIdentity& presented, const TokenForHolder& tokenFor,
                                    const Progress& progress)
{
    QList<BatchItem> items;
    const int total = static_cast<int>(m_orderIds.size());
    for (qint64 orderId : m_orderIds) {
        BatchItem item;
        item.orderId = orderId;
        const auto finish = [&] {
            items.append(item);
            if (progress) {
                progress(static_cast<int>(items.size()), total, item);
            }
        };
        auto session = DeliverySession::open(m_env, orderId);
        if (!session) {
            item.error = session.error();
            finish();
            continue;
        }
        DeliverySession& delivery = **session;
        item.orderNumber = delivery.order().number;
        item.holderName = delivery.order().holder.displayName();
        const auto stop = [&](const Error& error) {
            item.error = error;
            item.reached = delivery.reached();
            finish();
        };
        if (delivery.reached() < DeliveryStep::TokenPrepared) {
            if (auto checked = delivery.checkIdentity(presented, Collector::Agent); !checked) {
                stop(checked.error());
                continue;
            }
            auto slot = tokenFor(delivery.order());
            if (!slot) {
                stop(slot.error());
                continue;
            }
            auto secrets = delivery.prepareToken(*slot, HolderPinChoice::generated());
            if (!secrets) {
                stop(secrets.error());
                continue;
            }
            item.secrets = std::make_shared<TokenSecrets>(std::move(*secrets));
        }
        if (auto completed = delivery.complete(); !completed) {
            stop(completed.error());
            continue;
        }
        item.reached = delivery.reached();
        finish();
    }
    return items;
}

} // namespace guichet::delivery
