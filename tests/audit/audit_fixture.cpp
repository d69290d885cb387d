#include "audit_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace guichet::audit::test {

SoftwareSigner::SoftwareSigner(const char* commonName)
{
    m_key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    REQUIRE(m_key);
    token::X509Ptr certificate(X509_new());
    REQUIRE(certificate);
    X509_set_version(certificate.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(certificate.get()), 1);
    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), 0);
    X509_gmtime_adj(X509_getm_notAfter(certificate.get()), 3600);
    X509_set_pubkey(certificate.get(), m_key.get());
    X509_NAME* name = X509_get_subject_name(certificate.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(commonName),
                               -1, -1, 0);
    X509_set_issuer_name(certificate.get(), name);
    REQUIRE(X509_sign(certificate.get(), m_key.get(), EVP_sha256()) > 0);
    unsigned char* der = nullptr;
    const int length = i2d_X509(certificate.get(), &der);
    REQUIRE(length > 0);
    m_certificate = QByteArray(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
}

Result<QByteArray> SoftwareSigner::sign(const QByteArray& digestInput)
{
    if (failNextSignature) {
        failNextSignature = false;
        return Error{QStringLiteral("token removed"), {}};
    }
    token::EvpMdCtxPtr context(EVP_MD_CTX_new());
    size_t length = 0;
    const auto* data = reinterpret_cast<const unsigned char*>(digestInput.constData());
    if (!context || EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) != 1 ||
        EVP_DigestSign(context.get(), nullptr, &length, data, size_t(digestInput.size())) != 1) {
        return Error{QStringLiteral("EVP_DigestSign failed"), {}};
    }
    QByteArray signature(qsizetype(length), '\0');
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(signature.data()), &length, data,
                       size_t(digestInput.size())) != 1) {
        return Error{QStringLiteral("EVP_DigestSign failed"), {}};
    }
    signature.resize(qsizetype(length));
    return signature;
}

AuditEntry sampleEntry(int index)
{
    static const char* const events[] = {"import", "confirm", "notify", "send-for-signature", "validate"};
    AuditEntry entry;
    entry.event = QString::fromLatin1(events[index % 5]);
    entry.orderNumber = QStringLiteral("CMD-%1").arg(1000 + index);
    entry.operatorId = QStringLiteral("opérateur-%1").arg(index % 2);
    entry.authority = QStringLiteral("AE Exemple / portail Nord");
    entry.at = QDateTime(QDate(2026, 11, 21), QTime(9, 30, index, 250), QTimeZone::utc());
    QJsonObject payload{
        {QStringLiteral("documents"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("cni")},
                                {QStringLiteral("number"), QStringLiteral("X4RTBPFW%1").arg(index)}}}},
        {QStringLiteral("storage"), QStringLiteral("%1").arg(index, 64, 10, QLatin1Char('a'))},
        {QStringLiteral("choices"), QJsonObject{{QStringLiteral("publication"), index % 2 == 0}}},
        {QStringLiteral("validation"), QStringLiteral("face-à-face")},
    };
    entry.payload = QJsonDocument(payload).toJson(QJsonDocument::Indented); // canonicalised on append
    return entry;
}

AuditStore::AuditStore(int count)
{
    auto opened = store::Database::open(QStringLiteral(":memory:"));
    REQUIRE(opened.ok());
    db = std::move(*opened);
    log = std::make_unique<AuditLog>(*db);
    REQUIRE(verifier.addCertificate(signer.certificateDer()).ok());
    for (int i = 0; i < count; ++i) {
        auto appended = log->append(sampleEntry(i), signer);
        INFO((appended.ok() ? QString() : appended.error().toString()).toStdString());
        REQUIRE(appended.ok());
    }
}

void AuditStore::dropTriggers()
{
    REQUIRE(exec(QStringLiteral("DROP TRIGGER audit_log_refuses_update")));
    REQUIRE(exec(QStringLiteral("DROP TRIGGER audit_log_refuses_delete")));
}

bool AuditStore::exec(const QString& sql, const QVariantList& values)
{
    QSqlQuery query(db->connection());
    if (!query.prepare(sql)) {
        return false;
    }
    for (const auto& value : values) {
        query.addBindValue(value);
    }
    return query.exec();
}

QByteArray AuditStore::raw(const QString& column, qint64 sequence)
{
    QSqlQuery query(db->connection());
    query.prepare(QStringLiteral("SELECT CAST(%1 AS BLOB) FROM audit_log WHERE sequence = ?").arg(column));
    query.addBindValue(sequence);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toByteArray();
}

AuditReport AuditStore::verify(const std::optional<AuditAnchor>& anchor)
{
    auto report = log->verify(verifier, anchor);
    REQUIRE(report.ok());
    return *report;
}

} // namespace guichet::audit::test
