#include "cli.h"

#include "store/blob_store.h"
#include "store/database.h"
#include "store/order_store.h"
#include "workflow/workflow.h"

namespace guichet::cli {

Result<std::unique_ptr<StoreSession>> StoreSession::open(const QString& path)
{
    auto db = store::Database::open(path);
    if (!db) {
        return db.error();
    }
    std::unique_ptr<StoreSession> session(new StoreSession);
    session->m_db = std::move(*db);
    session->m_blobs = std::make_unique<store::BlobStore>(*session->m_db);
    session->m_orders = std::make_unique<store::OrderStore>(*session->m_db, *session->m_blobs);
    session->m_workflow = std::make_unique<workflow::Workflow>(*session->m_db, *session->m_orders);
    return session;
}

StoreSession::~StoreSession() = default;

Result<qint64> StoreSession::orderId(const QString& number)
{
    auto order = m_orders->orderByNumber(number);
    if (!order) {
        return order.error();
    }
    return order->id;
}

int Context::fail(const QString& message) const
{
    err << "guichet-cli: " << message << Qt::endl;
    return Failure;
}

} // namespace guichet::cli
