#include "dossier_writer.h"

#include "blob_store.h"
#include "database.h"
#include "order_columns.h"
#include "sql_support.h"

#include <QCoreApplication>

namespace guichet::store {
namespace {

constexpr auto where = "OrderStore::insertDossier";

QString translate(const char* text)
{
    return QCoreApplication::translate("guichet::store::OrderStore", text);
}

void bindAll(QSqlQuery& query, const QVariantList& values, int first = 0)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        query.bindValue(int(first + i), values.at(i));
    }
}

} // namespace

DossierWriter::DossierWriter(Database& db, BlobStore& blobs)
    : m_db(db), m_blobs(blobs), m_numberTaken(db.connection()), m_insertOrder(db.connection()),
      m_insertDocument(db.connection()), m_insertConfirmation(db.connection())
{}

Status DossierWriter::prepare()
{
    const QString orderSql = u"INSERT INTO orders (" + columns::orderColumns() + u") VALUES (" +
                             columns::placeholders(columns::orderValues(Order{}).size()) + u')';
    const QString documentSql = u"INSERT INTO documents (order_id, " + columns::documentColumns() +
                                u") VALUES (?, " +
                                columns::placeholders(columns::documentValues(Document{}, 0).size()) + u')';
    for (auto [query, statement] : {
             std::pair{&m_numberTaken, QStringLiteral("SELECT 1 FROM orders WHERE number = ?")},
             std::pair{&m_insertOrder, orderSql},
             std::pair{&m_insertDocument, documentSql},
             std::pair{&m_insertConfirmation,
                       QStringLiteral("INSERT INTO confirmations (order_id, item_id, operator_id, at) "
                                      "VALUES (?, ?, ?, ?)")},
         }) {
        if (auto status = sql::prepare(*query, statement, where); !status) {
            return status;
        }
    }
    return {};
}

Result<QString> DossierWriter::storeContent(const QByteArray& bytes)
{
    const auto key = std::pair{bytes.constData(), bytes.size()};
    if (const auto it = m_stored.find(key); it != m_stored.end()) {
        return it->second;
    }
    auto sha256 = m_blobs.put(bytes);
    if (sha256) {
        m_stored.emplace(key, *sha256);
        m_knownBlobs.insert(*sha256);
    }
    return sha256;
}

Status DossierWriter::requireBlob(const QString& sha256)
{
    if (m_knownBlobs.contains(sha256)) {
        return {};
    }
    if (!m_blobs.contains(sha256)) {
        return Error{translate("A document of the dossier has no content in the local store."),
                     QStringLiteral("blob %1 not found").arg(sha256)};
    }
    m_knownBlobs.insert(sha256);
    return {};
}

Result<qint64> DossierWriter::write(const Dossier& dossier)
{
    const Order& order = dossier.order;
    if (order.number.trimmed().isEmpty() || !order.date.isValid()) {
        return Error{translate("An order needs a number and a date."), QString()};
    }
    m_numberTaken.bindValue(0, order.number);
    if (auto status = sql::exec(m_numberTaken, where); !status) {
        return status.error();
    }
    const bool taken = m_numberTaken.next();
    m_numberTaken.finish();
    if (taken) {
        return Error{translate("An order numbered %1 already exists.").arg(order.number), QString()};
    }

    // The bytes first, so that each document can reference its blob; a document given bytes gets
    // its SHA-256 and size from them.
    QList<Document> documents = order.documents;
    for (const auto& [kind, bytes] : dossier.contents) {
        const auto it =
            std::find_if(documents.begin(), documents.end(),
                         [kind = kind](const Document& document) { return document.kind == kind; });
        if (it == documents.end()) {
            return Error{translate("The dossier holds a file for a document its order does not list."),
                         toCode(kind)};
        }
        auto sha256 = storeContent(bytes);
        if (!sha256) {
            return sha256.error();
        }
        if (!it->sha256.isEmpty() && it->sha256 != *sha256) {
            return Error{translate("A document's file does not match the fingerprint recorded for it."),
                         toCode(kind)};
        }
        it->sha256 = *sha256;
        it->size = bytes.size();
    }
    for (const Document& document : documents) {
        if (document.hasContent()) {
            if (auto status = requireBlob(document.sha256); !status) {
                return status.error();
            }
        }
    }

    bindAll(m_insertOrder, columns::orderValues(order));
    if (auto status = sql::exec(m_insertOrder, where); !status) {
        return status.error();
    }
    const qint64 id = m_insertOrder.lastInsertId().toLongLong();

    for (qsizetype position = 0; position < documents.size(); ++position) {
        m_insertDocument.bindValue(0, id);
        bindAll(m_insertDocument, columns::documentValues(documents.at(position), int(position)), 1);
        if (auto status = sql::exec(m_insertDocument, where); !status) {
            return status.error();
        }
    }
    for (const Confirmation& confirmation : order.confirmations) {
        m_insertConfirmation.bindValue(0, id);
        m_insertConfirmation.bindValue(1, sql::text(confirmation.itemId));
        m_insertConfirmation.bindValue(2, sql::text(confirmation.operatorId));
        m_insertConfirmation.bindValue(3, sql::dateTime(confirmation.at));
        if (auto status = sql::exec(m_insertConfirmation, where); !status) {
            return status.error();
        }
    }
    return id;
}

} // namespace guichet::store
