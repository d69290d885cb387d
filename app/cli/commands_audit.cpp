// guichet-cli audit verify|export|show: the signed audit trail (docs/audit.md).

#include "audit/audit_anchor.h"
#include "audit/audit_export.h"
#include "audit/audit_log.h"
#include "audit/verifier.h"
#include "cli.h"
#include "identity/operator_certificate.h"
#include "identity/trust_anchors.h"
#include "store/audit_table.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <map>

namespace guichet::cli {
namespace {

class Audit
{
    Q_DECLARE_TR_FUNCTIONS(guichet::cli::Audit)

public:
    static int verify(Context& context);
    static int exportLog(Context& context);
    static int show(Context& context);
};

/// Exit statuses of `audit verify`.
enum VerifyExit
{
    Intact = 0,
    Problems = 1,
};

/// Trusts the signers' certificates that chain to the trust anchors over the time they signed;
/// an entry by any other signer is reported with the reason its certificate was refused.
class SignerVerifier : public audit::Verifier
{
public:
    audit::CertificateVerifier trusted;
    std::map<QString, QString> refused; ///< reference -> why

    Status verify(const QString& signerReference, const QByteArray& data,
                  const QByteArray& signature) const override
    {
        if (const auto found = refused.find(signerReference); found != refused.end()) {
            return Error{found->second, signerReference};
        }
        return trusted.verify(signerReference, data, signature);
    }
};

/// The log to verify: its rows, its signers' certificates (keyed by the reference their bytes give)
/// and the head anchor kept outside it, if any.
struct LoadedLog
{
    QList<store::AuditRow> rows;
    std::map<QString, QByteArray> certificates;
    std::optional<audit::AuditAnchor> anchor;
    QString anchorSource; ///< where the anchor came from, for the summary
};

Result<QByteArray> readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{Audit::tr("%1 cannot be read.").arg(path), file.errorString()};
    }
    return file.readAll();
}

/// The first and last time each signer signed an entry.
std::map<QString, std::pair<QDateTime, QDateTime>> signingTimes(const QList<store::AuditRow>& rows)
{
    std::map<QString, std::pair<QDateTime, QDateTime>> times;
    for (const auto& row : rows) {
        const QDateTime at = QDateTime::fromString(QString::fromUtf8(row.recordedAt), Qt::ISODateWithMs);
        if (!at.isValid()) {
            continue; // a modified time: the entry is reported as modified anyway
        }
        auto& [first, last] = times[QString::fromUtf8(row.signer)];
        first = !first.isValid() || at < first ? at : first;
        last = !last.isValid() || at > last ? at : last;
    }
    return times;
}

Result<SignerVerifier> signerVerifier(const LoadedLog& log, const QStringList& trustPaths)
{
    SignerVerifier verifier;
    if (trustPaths.isEmpty()) {
        for (const auto& [reference, der] : log.certificates) {
            if (auto added = verifier.trusted.addCertificate(der); !added) {
                verifier.refused[reference] = added.error().message;
            }
        }
        return verifier;
    }
    identity::TrustAnchors anchors;
    for (const QString& path : trustPaths) {
        auto loaded = identity::TrustAnchors::load(path);
        if (!loaded) {
            return loaded.error();
        }
        for (const QByteArray& der : loaded->certificates()) {
            if (auto added = anchors.add(der, path); !added) {
                return added.error();
            }
        }
    }
    const auto times = signingTimes(log.rows);
    QList<QByteArray> others;
    for (const auto& certificate : log.certificates) {
        others.append(certificate.second);
    }
    for (const auto& [reference, der] : log.certificates) {
        const auto used = times.find(reference);
        QList<QDateTime> moments;
        if (used != times.end()) {
            moments = {used->second.first, used->second.second};
        }
        QString refusal;
        for (const QDateTime& at : moments) {
            if (auto verified = identity::verifyOperatorCertificate(der, anchors, at, others); !verified) {
                refusal = verified.error().message;
                break;
            }
        }
        if (!refusal.isEmpty()) {
            verifier.refused[reference] =
                Audit::tr("its signer's certificate is not trusted: %1").arg(refusal);
        } else if (auto added = verifier.trusted.addCertificate(der); !added) {
            verifier.refused[reference] = added.error().message;
        }
    }
    return verifier;
}

Result<LoadedLog> loadFromStore(const Context& context)
{
    auto workspace = context.openExistingStore();
    if (!workspace) {
        return workspace.error();
    }
    LoadedLog log;
    // The rows' bytes as they are in the file: verification must see an edit exactly as it was made.
    auto read = store::AuditTable((*workspace)->database()).forEach([&log](const store::AuditRow& row) {
        log.rows.append(row);
    });
    if (!read) {
        return read.error();
    }
    auto certificates = (*workspace)->auditLog().certificates();
    if (!certificates) {
        return certificates.error();
    }
    for (const auto& certificate : *certificates) {
        log.certificates[audit::certificateReference(certificate.second)] = certificate.second;
    }
    const QString anchorPath = (*workspace)->auditAnchorPath();
    auto anchor = audit::readAnchor(anchorPath);
    if (!anchor) {
        return anchor.error();
    }
    log.anchor = *anchor;
    log.anchorSource = anchorPath;
    return log;
}

Result<LoadedLog> loadFromExport(const QString& path)
{
    auto bytes = readFile(path);
    if (!bytes) {
        return bytes.error();
    }
    auto exported = audit::readExport(*bytes);
    if (!exported) {
        return Error{exported.error().message + u' ' + path, exported.error().detail};
    }
    return LoadedLog{exported->rows, exported->certificates, exported->anchor, path};
}

int Audit::verify(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption anchorOption(QStringLiteral("anchor"), {}, QStringLiteral("file"));
    const QCommandLineOption trustOption(QStringLiteral("trust"), {}, QStringLiteral("file"));
    const QCommandLineOption exportOption(QStringLiteral("from-export"), {}, QStringLiteral("file"));
    parser.addOptions({anchorOption, trustOption, exportOption});
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    if (!parser.parse(context.arguments.mid(1))) {
        return context.fail(parser.errorText());
    }
    if (!parser.positionalArguments().isEmpty()) {
        return context.fail(
            tr("audit verify: unexpected argument %1").arg(parser.positionalArguments().first()));
    }
    auto log =
        parser.isSet(exportOption) ? loadFromExport(parser.value(exportOption)) : loadFromStore(context);
    if (!log) {
        return context.fail(log.error());
    }
    if (parser.isSet(anchorOption)) {
        auto anchor = audit::readAnchor(parser.value(anchorOption));
        if (!anchor) {
            return context.fail(anchor.error());
        }
        if (!*anchor) {
            return context.fail(tr("There is no head anchor at %1.").arg(parser.value(anchorOption)));
        }
        log->anchor = *anchor;
        log->anchorSource = parser.value(anchorOption);
    }
    const QStringList trustPaths = parser.values(trustOption);
    auto verifier = signerVerifier(*log, trustPaths);
    if (!verifier) {
        return context.fail(verifier.error());
    }

    const audit::AuditReport report = audit::verifyRows(log->rows, *verifier, log->anchor);
    if (trustPaths.isEmpty()) {
        context.err << tr("Note: without --trust the signatures are checked against the certificates kept "
                          "with the log, which shows the log is consistent, not who signed it.")
                    << '\n';
    }
    if (!log->anchor) {
        context.err << tr("Note: no head anchor (%1): removed last entries cannot be detected.")
                           .arg(log->anchorSource)
                    << '\n';
    }
    if (!report.ok()) {
        for (const auto& problem : report.problems) {
            context.out << problem.sequence << ' ' << audit::toCode(problem.kind) << ' ' << problem.message
                        << '\n';
        }
        context.err << tr("The audit log is NOT intact: %n problem(s) in %1 entries.", nullptr,
                          int(report.problems.size()))
                           .arg(report.entries)
                    << '\n';
        return Problems;
    }
    context.out << tr("The audit log is intact: %n entries, every signature valid.", nullptr,
                      int(report.entries));
    if (log->anchor) {
        context.out << ' ' << tr("It reaches the head anchor (entry %1).").arg(log->anchor->sequence);
    }
    context.out << '\n';
    return Intact;
}

QJsonObject entryJson(const audit::AuditEntry& entry)
{
    return QJsonObject{
        {QStringLiteral("sequence"), entry.sequence},
        {QStringLiteral("at"), audit::formatTime(entry.at)},
        {QStringLiteral("event"), entry.event},
        {QStringLiteral("order"), entry.orderNumber},
        {QStringLiteral("operator"), entry.operatorId},
        {QStringLiteral("authority"), entry.authority},
        {QStringLiteral("payload"), QJsonDocument::fromJson(entry.payload).object()},
        {QStringLiteral("hash"), QString::fromLatin1(entry.hash.toHex())},
        {QStringLiteral("signer"), entry.signer},
    };
}

int Audit::show(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption orderOption(QStringLiteral("order"), {}, QStringLiteral("number"));
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    parser.addOptions({orderOption, jsonOption});
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    if (!parser.parse(context.arguments.mid(1))) {
        return context.fail(parser.errorText());
    }
    if (!parser.positionalArguments().isEmpty()) {
        return context.fail(
            tr("audit show: unexpected argument %1").arg(parser.positionalArguments().first()));
    }
    auto workspace = context.openExistingStore();
    if (!workspace) {
        return context.fail(workspace.error());
    }
    auto entries = (*workspace)->auditLog().entries();
    if (!entries) {
        return context.fail(entries.error());
    }
    const QString order = parser.value(orderOption);
    QJsonArray json;
    for (const auto& entry : *entries) {
        if (!order.isEmpty() && entry.orderNumber != order) {
            continue;
        }
        if (parser.isSet(jsonOption)) {
            json.append(entryJson(entry));
        } else {
            context.out << entry.sequence << "  " << audit::formatTime(entry.at) << "  " << entry.event
                        << "  " << entry.orderNumber << "  " << entry.operatorId << '\n';
        }
    }
    if (parser.isSet(jsonOption)) {
        context.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    }
    return Success;
}

int Audit::exportLog(Context& context)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    if (!parser.parse(context.arguments.mid(1))) {
        return context.fail(parser.errorText());
    }
    if (parser.positionalArguments().size() != 1) {
        return context.fail(tr("audit export: give the file to write (audit export OUT.json)"));
    }
    const QString path = parser.positionalArguments().first();
    auto workspace = context.openExistingStore();
    if (!workspace) {
        return context.fail(workspace.error());
    }
    auto anchor = audit::readAnchor((*workspace)->auditAnchorPath());
    if (!anchor) {
        return context.fail(anchor.error());
    }
    auto json = audit::exportLog((*workspace)->auditLog(), *anchor);
    if (!json) {
        return context.fail(json.error());
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*json) != json->size() || !file.commit()) {
        return context.fail(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    }
    auto exported = audit::readExport(*json);
    if (!exported) {
        return context.fail(exported.error());
    }
    context.out << tr("Exported %n audit entries with the certificates of their signers to %1.", nullptr,
                      int(exported->rows.size()))
                       .arg(path)
                << '\n';
    if (!*anchor) {
        context.err << tr("Note: no head anchor next to the store; the export carries the log's own head.")
                    << '\n';
    }
    return Success;
}

} // namespace

int runAudit(Context& context)
{
    const QString action = context.arguments.value(1);
    if (action == u"verify") {
        return Audit::verify(context);
    }
    if (action == u"export") {
        return Audit::exportLog(context);
    }
    if (action == u"show") {
        return Audit::show(context);
    }
    return context.fail(Audit::tr("audit: give verify, export or show; see guichet-cli help"));
}

} // namespace guichet::cli
