#include "dossier_writer.h"

#include "blob_store.h"
#include "database.h"
#include "order_columns.h"
#include "sql_support.h"

#include <QCoreApplication>
#include <algorithm>

namespace guichet::store {
namespace {

constexpr auto where = "OrderStore::insertDossier";

void bindAll(QSqlQuery& query, const QVariantList& values, int first = 0)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        query.bindValue(int(first + i), values.at(i));
    }
}

/// What SQLite's NOCASE collation compares: ASCII letters folded, nothing else.
QString nocaseKey(const QString& text)
{
    QString key = text;
    for (QChar& c : key) {
        if (c >= u'A' && c <= u'Z') {
            c = QChar(c.unicode() + (u'a' - u'A'));
        }
    }
    return key;
}

} // namespace

DossierWriter::DossierWriter(Database& db, BlobStore& blobs)
    : m_db(db), m_blobs(blobs), m_numberTaken(db.connection()), m_stageOrder(db.connection()),
      m_insertDocument(db.connection()), m_insertConfirmation(db.connection())
{}

Status DossierWriter::begin()
{
    // TEMP tables belong to this connection alone and have no triggers. Recreated per batch, so
    // that it always has the columns of `orders` as they are now.
    for (const auto* statement : {"DROP TABLE IF EXISTS temp.order_staging",
                                  "CREATE TEMP TABLE order_staging AS SELECT * FROM main.orders WHERE 0"}) {
        if (auto status = m_db.exec(QString::fromLatin1(statement), where); !status) {
            return status;
        }
    }
    QSqlQuery next(m_db.connection());
    if (!next.exec(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM main.orders")) || !next.next()) {
        return queryError(next, where);
    }
    // Ids are given here rather than by SQLite so that documents can name their order before the
    // orders exist. Safe: the caller's transaction holds the write lock (BEGIN IMMEDIATE).
    m_nextId = next.value(0).toLongLong();

    const QString stageSql = u"INSERT INTO temp.order_staging (id, " + columns::orderColumns() +
                             u") VALUES (?, " + columns::placeholders(columns::orderValues(Order{}).size()) +
                             u')';
    const QString documentSql = u"INSERT INTO documents (order_id, " + columns::documentColumns() +
                                u") VALUES (?, " +
                                columns::placeholders(columns::documentValues(Document{}, 0).size()) + u')';
    for (auto [query, statement] : {
             std::pair{&m_numberTaken, QStringLiteral("SELECT 1 FROM main.orders WHERE number = ?")},
             std::pair{&m_stageOrder, stageSql},
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

Status DossierWriter::checkNumber(const QString& number)
{
    const auto taken = [&number] {
        return Error{
            QCoreApplication::translate("guichet::store::OrderStore", "An order numbered %1 already exists.")
                .arg(number),
            QString()};
    };
    const QString key = nocaseKey(number);
    if (m_numbers.contains(key)) {
        return taken();
    }
    m_numberTaken.bindValue(0, number);
    if (auto status = sql::exec(m_numberTaken, where); !status) {
        return status;
    }
    const bool stored = m_numberTaken.next();
    m_numberTaken.finish();
    if (stored) {
        return taken();
    }
    m_numbers.insert(key);
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
        return Error{
            QCoreApplication::translate("guichet::store::OrderStore",
                                        "A document of the dossier has no content in the local store."),
            QStringLiteral("blob %1 not found").arg(sha256)};
    }
    m_knownBlobs.insert(sha256);
    return {};
}

Result<qint64> DossierWriter::add(const Dossier& dossier)
{
    const Order& order = dossier.order;
    if (order.number.trimmed().isEmpty() || !order.date.isValid()) {
        return Error{
            QCoreApplication::translate("guichet::store::OrderStore", "An order needs a number and a date."),
            QString()};
    }
    if (auto status = checkNumber(order.number); !status) {
        return status.error();
    }

    // The bytes first, so that each document can reference its blob; a document given bytes gets
    // its SHA-256 and size from them.
    QList<Document> documents = order.documents;
    for (const auto& [kind, bytes] : dossier.contents) {
        const auto it =
            std::find_if(documents.begin(), documents.end(),
                         [kind = kind](const Document& document) { return document.kind == kind; });
        if (it == documents.end()) {
            return Error{QCoreApplication::translate(
                             "guichet::store::OrderStore",
                             "The dossier holds a file for a document its order does not list."),
                         toCode(kind)};
        }
        auto sha256 = storeContent(bytes);
        if (!sha256) {
            return sha256.error();
        }
        if (!it->sha256.isEmpty() && it->sha256 != *sha256) {
            return Error{QCoreApplication::translate(
                             "guichet::store::OrderStore",
                             "A document's file does not match the fingerprint recorded for it."),
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

    const qint64 id = m_nextId;
    m_stageOrder.bindValue(0, id);
    bindAll(m_stageOrder, columns::orderValues(order), 1);
    if (auto status = sql::exec(m_stageOrder, where); !status) {
        return status.error();
    }
    ++m_nextId;
    m_pending.append(Pending{id, std::move(documents), order.confirmations});
    return id;
}

Status DossierWriter::finish()
{
    // One statement for the whole batch: the triggers on `orders` (search index, activity counts,
    // irreversibility) run for every row, inside a single statement savepoint.
    const QString move = u"INSERT INTO main.orders (id, " + columns::orderColumns() + u") SELECT id, " +
                         columns::orderColumns() + u" FROM temp.order_staging ORDER BY id";
    if (auto status = m_db.exec(move, where); !status) {
        return status;
    }
    for (const Pending& pending : std::as_const(m_pending)) {
        for (qsizetype position = 0; position < pending.documents.size(); ++position) {
            m_insertDocument.bindValue(0, pending.id);
            bindAll(m_insertDocument, columns::documentValues(pending.documents.at(position), int(position)),
                    1);
            if (auto status = sql::exec(m_insertDocument, where); !status) {
                return status;
            }
        }
        for (const Confirmation& confirmation : pending.confirmations) {
            m_insertConfirmation.bindValue(0, pending.id);
            m_insertConfirmation.bindValue(1, sql::text(confirmation.itemId));
            m_insertConfirmation.bindValue(2, sql::text(confirmation.operatorId));
            m_insertConfirmation.bindValue(3, sql::dateTime(confirmation.at));
            if (auto status = sql::exec(m_insertConfirmation, where); !status) {
                return status;
            }
        }
    }
    m_pending.clear();
    return m_db.exec(QStringLiteral("DELETE FROM temp.order_staging"), where);
}

} // namespace guichet::store
