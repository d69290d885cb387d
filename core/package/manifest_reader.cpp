// manifestFromJson: the manifest, field by field, into the domain model. Every problem is recorded
// with its JSON pointer and reading carries on, so that a partner gets the whole list at once.

#include "entry_rules.h"
#include "json_reader.h"
#include "manifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <limits>

namespace guichet::package {
using namespace Qt::StringLiterals;

namespace {

/// A value from the package, quoted for a message.
QString quoted(const QString& text)
{
    return u'"' + printable(text) + u'"';
}

class ManifestParser
{
public:
    explicit ManifestParser(QList<Problem>& problems) : r(problems) {}

    std::optional<Manifest> parse(const QJsonObject& root);

private:
    bool readFormat(const QJsonObject& root);
    void readOrder(const QJsonObject& object, Order& order);
    void readPerson(const QJsonObject& object, const QString& at, Person& person);
    IdentityRecord readIdentity(const QJsonObject& parent, const QString& at, const char* key);
    void readConfirmations(const QJsonObject& object, Order& order);
    void readDocuments(const QJsonObject& root, Manifest& manifest);
    /// The document, or nothing when it cannot be placed in the dossier (not an object, unknown
    /// kind). `path` gets its archive path, if it has one, either way.
    std::optional<Document> readDocument(const QJsonValue& value, const QString& at, QString& path);
    void checkDocumentConsistency(const Document& document, const QString& at, const QString& path);
    DocumentFacts readFacts(const QJsonObject& object, const QString& at);
    ImportedExtras readExtras(const QJsonObject& object, const QString& at);

    JsonReader r;
};

std::optional<Manifest> ManifestParser::parse(const QJsonObject& root)
{
    if (!readFormat(root)) {
        return std::nullopt; // another format or version: its fields may mean anything, stop here
    }
    Manifest manifest;
    r.checkKeys(root, QString(), {"format", "formatVersion", "order", "documents", "export"});
    if (const auto order = r.object(root, QString(), "order",
                                    {"number", "date", "phase", "type", "portal", "process", "product",
                                     "requester", "holder", "organisation", "legalRepresentative", "agent",
                                     "payment", "recordedIdentity", "confirmations"})) {
        readOrder(*order, manifest.order);
    }
    readDocuments(root, manifest);
    // "export" is optional: only exported packages carry the checklist and the history.
    if (root.contains(u"export"_s)) {
        if (const auto extras =
                r.object(root, QString(), "export", {"checklist", "decisions", "notifications"})) {
            manifest.extras = readExtras(*extras, u"/export"_s);
        }
    }
    return manifest;
}

bool ManifestParser::readFormat(const QJsonObject& root)
{
    const auto format = r.maybeString(root, QString(), "format");
    if (format && *format != formatName) {
        r.problem(u"/format"_s, PackageText::tr("%1 is not a Guichet dossier package (expected \"%2\")")
                                    .arg(quoted(*format), formatName.toString()));
    }
    // A version that cannot be read is reported as such and reading goes on with version 1's rules
    // (the package is refused either way); a readable other version stops it.
    const qint64 version = r.integer(root, QString(), "formatVersion", 1, std::numeric_limits<int>::max());
    if (version != formatVersion) {
        r.problem(u"/formatVersion"_s,
                  PackageText::tr("format version %1 is not supported (this Guichet reads version %2)")
                      .arg(version)
                      .arg(formatVersion));
    }
    return (!format || *format == formatName) && version == formatVersion;
}

void ManifestParser::readOrder(const QJsonObject& object, Order& order)
{
    const QString at = u"/order"_s;
    order.number = r.string(object, at, "number", JsonReader::Empty::Refused);
    order.date = r.date(object, at, "date", false);
    order.phase = r.code(object, at, "phase", Phase::Verification, PackageText::tr("unknown phase \"%1\""));
    order.type = r.code(object, at, "type", DossierType::Dematerialised,
                        PackageText::tr("unknown dossier type \"%1\""));
    order.portal = r.string(object, at, "portal");
    order.process = r.string(object, at, "process");
    if (const auto product = r.object(object, at, "product", {"code", "label", "durationYears"})) {
        const QString productAt = at + u"/product";
        order.product.code = r.string(*product, productAt, "code");
        order.product.label = r.string(*product, productAt, "label");
        order.product.durationYears = int(r.integer(*product, productAt, "durationYears", 1, 10));
    }
    if (const auto requester = r.object(object, at, "requester", {"name", "email"})) {
        order.requester.name = r.string(*requester, at + u"/requester", "name");
        order.requester.email = r.string(*requester, at + u"/requester", "email");
    }
    if (const auto holder =
            r.object(object, at, "holder", {"givenNames", "surname", "birthDate", "email", "otpContact"})) {
        readPerson(*holder, at + u"/holder", order.holder);
        order.holder.otpContact = r.string(*holder, at + u"/holder", "otpContact");
    }
    if (const auto organisation = r.object(object, at, "organisation", {"kind", "name", "siren", "siret"})) {
        const QString organisationAt = at + u"/organisation";
        order.organisation.kind = r.code(*organisation, organisationAt, "kind", OrganisationKind::Company,
                                         PackageText::tr("unknown organisation kind \"%1\""));
        order.organisation.name = r.string(*organisation, organisationAt, "name");
        order.organisation.siren = r.string(*organisation, organisationAt, "siren");
        order.organisation.siret = r.string(*organisation, organisationAt, "siret");
    }
    if (const auto representative =
            r.object(object, at, "legalRepresentative", {"givenNames", "surname", "birthDate", "email"})) {
        readPerson(*representative, at + u"/legalRepresentative", order.legalRepresentative);
    }
    if (const auto agent =
            r.nullableObject(object, at, "agent", {"givenNames", "surname", "birthDate", "email"})) {
        order.agent.emplace();
        readPerson(*agent, at + u"/agent", *order.agent);
    }
    if (const auto payment =
            r.object(object, at, "payment", {"received", "method", "reference", "amountCents"})) {
        const QString paymentAt = at + u"/payment";
        order.payment.received = r.boolean(*payment, paymentAt, "received");
        order.payment.method = r.string(*payment, paymentAt, "method");
        order.payment.reference = r.string(*payment, paymentAt, "reference");
        order.payment.amountCents =
            r.integer(*payment, paymentAt, "amountCents", 0, std::numeric_limits<qint64>::max());
    }
    order.recordedIdentity = readIdentity(object, at, "recordedIdentity");
    readConfirmations(object, order);
}

void ManifestParser::readPerson(const QJsonObject& object, const QString& at, Person& person)
{
    person.givenNames = r.string(object, at, "givenNames");
    person.surname = r.string(object, at, "surname");
    person.birthDate = r.date(object, at, "birthDate", true);
    person.email = r.string(object, at, "email");
}

IdentityRecord ManifestParser::readIdentity(const QJsonObject& parent, const QString& at, const char* key)
{
    IdentityRecord identity;
    if (const auto object = r.object(parent, at, key, {"kind", "number"})) {
        const QString identityAt = JsonReader::child(at, key);
        identity.kind = r.code(*object, identityAt, "kind", IdDocumentKind::None,
                               PackageText::tr("unknown identity document kind \"%1\""));
        identity.number = r.string(*object, identityAt, "number");
    }
    return identity;
}

void ManifestParser::readConfirmations(const QJsonObject& object, Order& order)
{
    const QJsonArray confirmations = r.array(object, u"/order"_s, "confirmations");
    for (qsizetype i = 0; i < confirmations.size(); ++i) {
        const QString at = JsonReader::child(u"/order/confirmations"_s, i);
        if (const auto item = r.asObject(confirmations.at(i), at, {"itemId", "operatorId", "at"})) {
            order.confirmations.append(Confirmation{r.string(*item, at, "itemId", JsonReader::Empty::Refused),
                                                    r.string(*item, at, "operatorId"),
                                                    r.dateTime(*item, at, "at", false)});
        }
    }
}

void ManifestParser::readDocuments(const QJsonObject& root, Manifest& manifest)
{
    std::map<DocumentKind, QString> kindsSeen; // kind -> where it was first listed
    std::map<QString, QString> pathsSeen;      // path -> where it was first listed
    const QJsonArray documents = r.array(root, QString(), "documents");
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const QString at = JsonReader::child(u"/documents"_s, i);
        QString path;
        const auto document = readDocument(documents.at(i), at, path);
        bool pathIsNew = true;
        if (!path.isEmpty()) {
            manifest.listedPaths.append(path);
            if (const auto [it, inserted] = pathsSeen.try_emplace(path, at); !inserted) {
                r.problem(at + u"/path",
                          PackageText::tr("%1 is already used at %2").arg(quoted(path), it->second));
                pathIsNew = false;
            }
        }
        if (!document) {
            continue;
        }
        if (const auto [it, inserted] = kindsSeen.try_emplace(document->kind, at); !inserted) {
            r.problem(at + u"/kind", PackageText::tr("%1 is already listed at %2")
                                         .arg(quoted(toCode(document->kind)), it->second));
            continue;
        }
        if (!path.isEmpty() && pathIsNew) {
            manifest.paths.emplace(document->kind, path);
        }
        manifest.order.documents.append(*document);
    }
}

std::optional<Document> ManifestParser::readDocument(const QJsonValue& value, const QString& at,
                                                     QString& path)
{
    const auto object =
        r.asObject(value, at, {"kind", "status", "fileName", "path", "mediaType", "sha256", "size", "facts"});
    if (!object) {
        return std::nullopt;
    }
    const auto kind =
        r.maybeCode<DocumentKind>(*object, at, "kind", PackageText::tr("unknown document kind \"%1\""));
    Document document;
    document.kind = kind.value_or(DocumentKind::HolderId);
    document.status = r.code(*object, at, "status", DocumentStatus::NotImported,
                             PackageText::tr("unknown document status \"%1\""));
    document.fileName = r.string(*object, at, "fileName");
    if (const auto fileNameProblem = entryNameProblem(document.fileName);
        !document.fileName.isEmpty() && (fileNameProblem || document.fileName.contains(u'/'))) {
        r.problem(at + u"/fileName",
                  PackageText::tr("%1 is not a plain file name").arg(quoted(document.fileName)));
    }
    if (const auto pathValue = r.field(*object, at, "path"); pathValue && !pathValue->isNull()) {
        if (const auto text = r.asString(*pathValue, at + u"/path")) {
            path = *text;
        }
    }
    document.mediaType = r.string(*object, at, "mediaType");
    document.sha256 = r.string(*object, at, "sha256");
    document.size = r.integer(*object, at, "size", 0, std::numeric_limits<qint64>::max());
    if (const auto facts =
            r.object(*object, at, "facts",
                     {"issueDate", "expiryDate", "identity", "mrz", "siren", "organisationName"})) {
        document.facts = readFacts(*facts, at + u"/facts");
    }
    if (!kind) {
        return std::nullopt; // its other fields were checked all the same
    }
    checkDocumentConsistency(document, at, path);
    return document;
}

void ManifestParser::checkDocumentConsistency(const Document& document, const QString& at,
                                              const QString& path)
{
    const bool contractual = isContractual(document.kind);
    const bool statusFits =
        contractual
            ? (document.status == DocumentStatus::Unsigned || document.status == DocumentStatus::Signed)
            : (document.status == DocumentStatus::NotImported || document.status == DocumentStatus::Imported);
    if (!statusFits) {
        r.problem(at + u"/status", contractual
                                       ? PackageText::tr("%1 is not a status of a contractual document")
                                             .arg(quoted(toCode(document.status)))
                                       : PackageText::tr("%1 is not a status of a supporting document")
                                             .arg(quoted(toCode(document.status))));
    }
    if (path.isEmpty()) {
        if (document.status == DocumentStatus::Imported) {
            r.problem(at + u"/path",
                      PackageText::tr("an imported document needs its content (path is null)"));
        }
        if (!document.sha256.isEmpty() || document.size != 0) {
            r.problem(at + u"/path", PackageText::tr("a document without content (path null) has an empty "
                                                     "sha256 and a size of 0"));
        }
        return;
    }
    if (document.status == DocumentStatus::NotImported) {
        r.problem(at + u"/path", PackageText::tr("a document that is not imported has no content"));
    }
    if (const auto problem = entryNameProblem(path)) {
        r.problem(at + u"/path", quoted(path) + u": " + *problem);
    } else if (!path.startsWith(documentsFolder) || path.endsWith(u'/')) {
        r.problem(at + u"/path", PackageText::tr("%1 is not a file in the %2 folder")
                                     .arg(quoted(path), documentsFolder.toString()));
    }
    if (!isSupportedMediaType(document.mediaType)) {
        r.problem(at + u"/mediaType",
                  PackageText::tr("unsupported media type %1 (expected one of: %2)")
                      .arg(quoted(document.mediaType), supportedMediaTypes().join(u", ")));
    }
    if (!isSha256Hex(document.sha256)) {
        r.problem(at + u"/sha256", PackageText::tr("%1 is not a lower-case hexadecimal SHA-256 digest")
                                       .arg(quoted(document.sha256)));
    }
}

DocumentFacts ManifestParser::readFacts(const QJsonObject& object, const QString& at)
{
    DocumentFacts facts;
    facts.issueDate = r.date(object, at, "issueDate", true);
    facts.expiryDate = r.date(object, at, "expiryDate", true);
    facts.identity = readIdentity(object, at, "identity");
    const QJsonArray mrz = r.array(object, at, "mrz");
    for (qsizetype i = 0; i < mrz.size(); ++i) {
        if (const auto line = r.asString(mrz.at(i), JsonReader::child(at + u"/mrz", i))) {
            facts.mrz.append(*line);
        }
    }
    facts.siren = r.string(object, at, "siren");
    facts.organisationName = r.string(object, at, "organisationName");
    return facts;
}

ImportedExtras ManifestParser::readExtras(const QJsonObject& object, const QString& at)
{
    ImportedExtras extras;
    // The checklist is informational: only its type is checked, never its content.
    if (const auto checklist = r.field(object, at, "checklist")) {
        extras.checklist = r.anyObject(*checklist, at + u"/checklist").value_or(QJsonObject());
    }
    const QJsonArray decisions = r.array(object, at, "decisions");
    for (qsizetype i = 0; i < decisions.size(); ++i) {
        const QString decisionAt = JsonReader::child(at + u"/decisions", i);
        const auto item =
            r.asObject(decisions.at(i), decisionAt,
                       {"action", "operatorId", "at", "fromPhase", "toPhase", "detail", "checklist"});
        if (!item) {
            continue;
        }
        Decision decision;
        decision.action = r.string(*item, decisionAt, "action", JsonReader::Empty::Refused);
        decision.operatorId = r.string(*item, decisionAt, "operatorId");
        decision.at = r.dateTime(*item, decisionAt, "at", false);
        decision.fromPhase = r.code(*item, decisionAt, "fromPhase", Phase::Verification,
                                    PackageText::tr("unknown phase \"%1\""));
        decision.toPhase = r.code(*item, decisionAt, "toPhase", Phase::Verification,
                                  PackageText::tr("unknown phase \"%1\""));
        decision.detail = r.string(*item, decisionAt, "detail");
        if (const auto checklist = r.field(*item, decisionAt, "checklist");
            checklist && !checklist->isNull()) {
            if (const auto checklistObject = r.anyObject(*checklist, decisionAt + u"/checklist")) {
                decision.checklistJson = QJsonDocument(*checklistObject).toJson(QJsonDocument::Compact);
            }
        }
        extras.decisions.append(decision);
    }
    const QJsonArray notifications = r.array(object, at, "notifications");
    for (qsizetype i = 0; i < notifications.size(); ++i) {
        const QString notificationAt = JsonReader::child(at + u"/notifications", i);
        const auto item =
            r.asObject(notifications.at(i), notificationAt,
                       {"kind", "recipient", "subject", "body", "operatorId", "createdAt", "sentAt"});
        if (!item) {
            continue;
        }
        Notification notification;
        notification.kind = r.code(*item, notificationAt, "kind", NotificationKind::Other,
                                   PackageText::tr("unknown notification kind \"%1\""));
        notification.recipient = r.string(*item, notificationAt, "recipient");
        notification.subject = r.string(*item, notificationAt, "subject");
        notification.body = r.string(*item, notificationAt, "body");
        notification.operatorId = r.string(*item, notificationAt, "operatorId");
        notification.createdAt = r.dateTime(*item, notificationAt, "createdAt", false);
        notification.sentAt = r.dateTime(*item, notificationAt, "sentAt", true);
        extras.notifications.append(notification);
    }
    return extras;
}

} // namespace

std::optional<Manifest> manifestFromJson(const QJsonObject& manifest, QList<Problem>& problems)
{
    return ManifestParser(problems).parse(manifest);
}

} // namespace guichet::package
