// OrderStore: the small writes the workflow makes, inside its own Transaction, and the order's
// history (decisions and notifications).
//
// Validated orders are read-only: these methods say so in plain words, and the schema's triggers
// refuse it again for any SQL that would try (schema_v1.cpp, schema_v3.cpp).

#include "database.h"
#include "order_columns.h"
#include "order_store.h"
#include "sql_support.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace guichet::store {
namespace {

Error validatedError(qint64 orderId)
{
    return Error{
        QCoreApplication::translate("guichet::store::OrderStore",
                                    "This order has been validated: its dossier can no longer change."),
        QStringLiteral("order id %1").arg(orderId)};
}

/// Prepares `sql`, binds `values` in order and runs it.
Status run(QSqlQuery& query, const QString& sql, const QVariantList& values, const char* where)
{
    if (auto status = sql::prepare(query, sql, where); !status) {
        return status;
    }
    for (qsizetype i = 0; i < values.size(); ++i) {
        query.bindValue(int(i), values.at(i));
    }
    return sql::exec(query, where);
}

/// The order's phase, or an error if there is no such order.
Result<Phase> phaseOf(Database& db, qint64 orderId, const char* where)
{
    QSqlQuery query(db.connection());
    if (auto status = run(query, QStringLiteral("SELECT phase FROM orders WHERE id = ?"), {orderId}, where);
        !status) {
        return status.error();
    }
    if (!query.next()) {
        return Error{QCoreApplication::translate("guichet::store::OrderStore",
                                                 "This order is not in the local store."),
                     QStringLiteral("order id %1").arg(orderId)};
    }
    const QString code = query.value(0).toString();
    if (const auto phase = fromCode<Phase>(code)) {
        return *phase;
    }
    return columns::unknownCode("phase", code);
}

/// An error if the order does not exist or is validated.
Status requireEditable(Database& db, qint64 orderId, const char* where)
{
    auto phase = phaseOf(db, orderId, where);
    if (!phase) {
        return phase.error();
    }
    if (*phase == Phase::Generation || *phase == Phase::Delivered) {
        return validatedError(orderId);
    }
    return {};
}

} // namespace

Status OrderStore::setPhase(qint64 orderId, Phase phase)
{
    constexpr auto where = "OrderStore::setPhase";
    auto current = phaseOf(m_db, orderId, where);
    if (!current) {
        return current.error();
    }
    const bool validated = *current == Phase::Generation || *current == Phase::Delivered;
    if (validated && phase != *current && !(*current == Phase::Generation && phase == Phase::Delivered)) {
        return Error{
            QCoreApplication::translate("guichet::store::OrderStore",
                                        "This order has been validated: validation cannot be undone."),
            QStringLiteral("order id %1: %2 -> %3").arg(orderId).arg(toCode(*current), toCode(phase))};
    }
    QSqlQuery query(m_db.connection());
    return run(query, QStringLiteral("UPDATE orders SET phase = ? WHERE id = ?"), {toCode(phase), orderId},
               where);
}

Status OrderStore::addConfirmation(qint64 orderId, const Confirmation& confirmation)
{
    constexpr auto where = "OrderStore::addConfirmation";
    if (auto status = requireEditable(m_db, orderId, where); !status) {
        return status;
    }
    QSqlQuery query(m_db.connection());
    return run(
        query,
        QStringLiteral("INSERT INTO confirmations (order_id, item_id, operator_id, at) VALUES (?, ?, ?, ?)"),
        {orderId, sql::text(confirmation.itemId), sql::text(confirmation.operatorId),
         sql::dateTime(confirmation.at)},
        where);
}

Status OrderStore::setRecordedIdentity(qint64 orderId, const IdentityRecord& identity)
{
    constexpr auto where = "OrderStore::setRecordedIdentity";
    if (auto status = requireEditable(m_db, orderId, where); !status) {
        return status;
    }
    QSqlQuery query(m_db.connection());
    return run(query,
               QStringLiteral("UPDATE orders SET recorded_id_kind = ?, recorded_id_number = ? WHERE id = ?"),
               {toCode(identity.kind), sql::text(identity.number), orderId}, where);
}

Status OrderStore::setDocumentStatus(qint64 orderId, DocumentKind kind, DocumentStatus status)
{
    constexpr auto where = "OrderStore::setDocumentStatus";
    if (auto editable = requireEditable(m_db, orderId, where); !editable) {
        return editable;
    }
    QSqlQuery query(m_db.connection());
    if (auto done =
            run(query, QStringLiteral("UPDATE documents SET status = ? WHERE order_id = ? AND kind = ?"),
                {toCode(status), orderId, toCode(kind)}, where);
        !done) {
        return done;
    }
    if (query.numRowsAffected() == 0) {
        return Error{QCoreApplication::translate("guichet::store::OrderStore",
                                                 "This document is not part of the order's dossier."),
                     QStringLiteral("order id %1: %2").arg(orderId).arg(toCode(kind))};
    }
    return {};
}

Result<qint64> OrderStore::addDecision(qint64 orderId, const Decision& decision)
{
    constexpr auto where = "OrderStore::addDecision";
    if (auto phase = phaseOf(m_db, orderId, where); !phase) {
        return phase.error();
    }
    QSqlQuery query(m_db.connection());
    auto status = run(query,
                      QStringLiteral("INSERT INTO decisions (order_id, action, operator_id, at, from_phase, "
                                     "to_phase, detail, checklist_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      {orderId, sql::text(decision.action), sql::text(decision.operatorId),
                       sql::dateTime(decision.at), toCode(decision.fromPhase), toCode(decision.toPhase),
                       sql::text(decision.detail), sql::text(QString::fromUtf8(decision.checklistJson))},
                      where);
    if (!status) {
        return status.error();
    }
    return query.lastInsertId().toLongLong();
}

Result<QList<Decision>> OrderStore::decisions(qint64 orderId)
{
    constexpr auto where = "OrderStore::decisions";
    QSqlQuery query(m_db.connection());
    auto status = run(query,
                      QStringLiteral("SELECT id, action, operator_id, at, from_phase, to_phase, detail, "
                                     "checklist_json FROM decisions WHERE order_id = ? ORDER BY id"),
                      {orderId}, where);
    if (!status) {
        return status.error();
    }
    QList<Decision> decisions;
    while (query.next()) {
        const auto from = fromCode<Phase>(query.value(4).toString());
        const auto to = fromCode<Phase>(query.value(5).toString());
        if (!from || !to) {
            return columns::unknownCode("from_phase/to_phase",
                                        query.value(4).toString() + u'/' + query.value(5).toString());
        }
        decisions.append(Decision{query.value(0).toLongLong(), query.value(1).toString(),
                                  query.value(2).toString(), sql::toDateTime(query.value(3)), *from, *to,
                                  query.value(6).toString(), query.value(7).toString().toUtf8()});
    }
    return decisions;
}

Result<qint64> OrderStore::addNotification(qint64 orderId, const Notification& notification)
{
    constexpr auto where = "OrderStore::addNotification";
    if (auto phase = phaseOf(m_db, orderId, where); !phase) {
        return phase.error();
    }
    QSqlQuery query(m_db.connection());
    auto status = run(query,
                      QStringLiteral("INSERT INTO notifications (order_id, kind, recipient, subject, body, "
                                     "operator_id, created_at, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      {orderId, toCode(notification.kind), sql::text(notification.recipient),
                       sql::text(notification.subject), sql::text(notification.body),
                       sql::text(notification.operatorId), sql::dateTime(notification.createdAt),
                       sql::dateTime(notification.sentAt)},
                      where);
    if (!status) {
        return status.error();
    }
    return query.lastInsertId().toLongLong();
}

Result<QList<Notification>> OrderStore::notifications(qint64 orderId)
{
    constexpr auto where = "OrderStore::notifications";
    QSqlQuery query(m_db.connection());
    auto status =
        run(query,
            QStringLiteral("SELECT id, kind, recipient, subject, body, operator_id, created_at, sent_at "
                           "FROM notifications WHERE order_id = ? ORDER BY id"),
            {orderId}, where);
    if (!status) {
        return status.error();
    }
    QList<Notification> notifications;
    while (query.next()) {
        const auto kind = fromCode<NotificationKind>(query.value(1).toString());
        if (!kind) {
            return columns::unknownCode("kind", query.value(1).toString());
        }
        notifications.append(Notification{query.value(0).toLongLong(), *kind, query.value(2).toString(),
                                          query.value(3).toString(), query.value(4).toString(),
                                          query.value(5).toString(), sql::toDateTime(query.value(6)),
                                          sql::toDateTime(query.value(7))});
    }
    return notifications;
}

} // namespace guichet::store
