// OrderStore: inserting and reading whole dossiers. The list queries are in order_search.cpp, the
// workflow's small writes in order_workflow.cpp.

#include "order_store.h"

#include "blob_store.h"
#include "database.h"
#include "dossier_writer.h"
#include "order_columns.h"
#include "sql_support.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace guichet::store {
namespace {

Error noSuchOrder(const QString& which)
{
    return Error{
        QCoreApplication::translate("guichet::store::OrderStore", "This order is not in the local store."),
        which};
}

} // namespace

OrderStore::OrderStore(Database& db, BlobStore& blobs) : m_db(db), m_blobs(blobs) {}

Result<qint64> OrderStore::insertDossier(const Dossier& dossier)
{
    Transaction transaction(m_db);
    if (!transaction.ok()) {
        return transaction.status().error();
    }
    DossierWriter writer(m_db, m_blobs);
    if (auto status = writer.begin(); !status) {
        return status.error();
    }
    auto id = writer.add(dossier);
    if (!id) {
        return id; // the transaction rolls back: nothing of the dossier is left
    }
    if (auto status = writer.finish(); !status) {
        return status.error();
    }
    if (auto status = transaction.commit(); !status) {
        return status.error();
    }
    return id;
}

Status OrderStore::insertDossiers(const QList<Dossier>& dossiers)
{
    Transaction transaction(m_db);
    if (!transaction.ok()) {
        return transaction.status();
    }
    DossierWriter writer(m_db, m_blobs);
    if (auto status = writer.begin(); !status) {
        return status;
    }
    for (qsizetype i = 0; i < dossiers.size(); ++i) {
        if (auto id = writer.add(dossiers.at(i)); !id) {
            Error error = id.error();
            error.detail = QStringLiteral("dossier %1 of %2 (%3)%4")
                               .arg(i + 1)
                               .arg(dossiers.size())
                               .arg(dossiers.at(i).order.number,
                                    error.detail.isEmpty() ? QString() : u": " + error.detail);
            return error;
        }
    }
    if (auto status = writer.finish(); !status) {
        return status;
    }
    return transaction.commit();
}

Result<Order> OrderStore::order(qint64 id)
{
    constexpr auto where = "OrderStore::order";
    QSqlQuery query(m_db.connection());
    auto status =
        sql::prepare(query, u"SELECT id, " + columns::orderColumns() + u" FROM orders WHERE id = ?", where);
    if (!status) {
        return status.error();
    }
    query.bindValue(0, id);
    if (status = sql::exec(query, where); !status) {
        return status.error();
    }
    if (!query.next()) {
        return noSuchOrder(QStringLiteral("id %1").arg(id));
    }
    auto order = columns::readOrder(query);
    if (!order) {
        return order;
    }

    status = sql::prepare(query,
                          u"SELECT " + columns::documentColumns() +
                              u" FROM documents WHERE order_id = ? ORDER BY position",
                          where);
    if (!status) {
        return status.error();
    }
    query.bindValue(0, id);
    if (status = sql::exec(query, where); !status) {
        return status.error();
    }
    while (query.next()) {
        auto document = columns::readDocument(query);
        if (!document) {
            return document.error();
        }
        order->documents.append(*document);
    }

    status = sql::prepare(query,
                          QStringLiteral("SELECT item_id, operator_id, at FROM confirmations "
                                         "WHERE order_id = ? ORDER BY id"),
                          where);
    if (!status) {
        return status.error();
    }
    query.bindValue(0, id);
    if (status = sql::exec(query, where); !status) {
        return status.error();
    }
    while (query.next()) {
        order->confirmations.append(Confirmation{query.value(0).toString(), query.value(1).toString(),
                                                 sql::toDateTime(query.value(2))});
    }
    return order;
}

Result<Order> OrderStore::orderByNumber(const QString& number)
{
    constexpr auto where = "OrderStore::orderByNumber";
    QSqlQuery query(m_db.connection());
    if (auto status = sql::prepare(query, QStringLiteral("SELECT id FROM orders WHERE number = ?"), where);
        !status) {
        return status.error();
    }
    query.bindValue(0, number);
    if (auto status = sql::exec(query, where); !status) {
        return status.error();
    }
    if (!query.next()) {
        return noSuchOrder(QStringLiteral("number %1").arg(number));
    }
    return order(query.value(0).toLongLong());
}

Result<Dossier> OrderStore::dossier(qint64 id)
{
    auto found = order(id);
    if (!found) {
        return found.error();
    }
    Dossier dossier;
    for (const Document& document : found->documents) {
        if (!document.hasContent()) {
            continue;
        }
        auto bytes = m_blobs.get(document.sha256);
        if (!bytes) {
            Error error = bytes.error();
            error.detail = toCode(document.kind) + u": " + error.detail;
            return error;
        }
        dossier.contents.emplace(document.kind, std::move(bytes).value());
    }
    dossier.order = std::move(found).value();
    return dossier;
}

} // namespace guichet::store
