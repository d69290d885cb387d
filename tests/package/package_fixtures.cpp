#include "package_fixtures.h"

#include "catch_qt.h"
#include "package/zip_handles.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QPdfWriter>
#include <list>

namespace guichet::package::testing {
using namespace Qt::StringLiterals;

QByteArray pdfBytes(const QString& text)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        painter.drawText(QPointF(200, 400), text);
    }
    return bytes;
}

namespace {

QByteArray imageBytes(const char* format)
{
    QImage image(64, 40, QImage::Format_RGB32);
    image.fill(QColor(230, 236, 245));
    QPainter(&image).fillRect(8, 8, 20, 24, QColor(120, 90, 60)); // a photo, roughly
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second, int ms)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

void addDocument(Dossier& dossier, DocumentKind kind, DocumentStatus status, const QString& fileName,
                 const QString& mediaType, const QByteArray& content, const DocumentFacts& facts = {})
{
    Document document;
    document.kind = kind;
    document.status = status;
    document.fileName = fileName;
    document.mediaType = mediaType;
    document.facts = facts;
    if (!content.isEmpty()) {
        document.sha256 =
            QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        document.size = content.size();
        dossier.contents[kind] = content;
    }
    dossier.order.documents.append(document);
}

} // namespace

QByteArray pngBytes()
{
    return imageBytes("PNG");
}
QByteArray jpegBytes()
{
    return imageBytes("JPEG");
}

Dossier fullDossier(bool withAgent)
{
    Dossier dossier;
    Order& order = dossier.order;
    order.id = 4217; // the store's: does not travel
    order.number = u"CMD-2026-004217"_s;
    order.date = QDate(2026, 2, 16);
    order.phase = Phase::AwaitingSignature;
    order.type = DossierType::Paper;
    order.portal = u"BPOI-Rhône"_s;
    order.process = u"Génération Certificat"_s;
    order.product = {u"RGS2-SIGN-TOKEN"_s, u"Certificat de signature RGS** / eIDAS qualifié sur token"_s, 3};
    order.requester = {u"Service de la commande publique"_s, u"commande.publique@venissieux.example"_s};
    order.holder.givenNames = u"Hélène Marie"_s;
    order.holder.surname = u"Lefèvre-Dupont"_s;
    order.holder.birthDate = QDate(1985, 3, 7);
    order.holder.email = u"helene.lefevre-dupont@venissieux.example"_s;
    order.holder.otpContact = u"+33 6 12 34 56 78"_s;
    order.organisation = {OrganisationKind::PublicBody, u"Commune de Vénissieux"_s, u"216902597"_s,
                          u"21690259700013"_s};
    order.legalRepresentative.givenNames = u"Jean-Étienne"_s;
    order.legalRepresentative.surname = u"N'Diaye"_s;
    order.legalRepresentative.birthDate = QDate(1970, 11, 30);
    order.legalRepresentative.email = u"maire@venissieux.example"_s;
    if (withAgent) {
        CertificationAgent agent;
        agent.givenNames = u"Bérénice"_s;
        agent.surname = u"Le Bihan"_s;
        agent.email = u"b.lebihan@venissieux.example"_s; // birth date unknown: travels as null
        order.agent = agent;
    }
    order.payment = {true, u"administrative-mandate"_s, u"MA-2026-0193"_s, 34800};
    order.recordedIdentity = {IdDocumentKind::NationalIdCard, u"X4RTBPFW4"_s};
    order.confirmations = {
        {u"confirm.holder-id"_s, u"aea.martin"_s, utc(2026, 2, 17, 9, 12, 5, 250)},
        {u"payment.ok"_s, u"aea.ferreira"_s, utc(2026, 2, 17, 16, 40, 0, 0)},
    };

    addDocument(dossier, DocumentKind::TermsOfUse, DocumentStatus::Signed, u"CGU signées.pdf"_s,
                u"application/pdf"_s, pdfBytes(u"CGU"_s));
    addDocument(dossier, DocumentKind::SubscriptionContract, DocumentStatus::Signed, u"contrat.pdf"_s,
                u"application/pdf"_s, pdfBytes(u"Contrat d'abonnement"_s));
    addDocument(dossier, DocumentKind::AuthorisationLetter, DocumentStatus::Unsigned, QString(), QString(),
                {});
    addDocument(dossier, DocumentKind::PowerOfAttorney, DocumentStatus::Unsigned, u"procuration.pdf"_s,
                u"application/pdf"_s, pdfBytes(u"Procuration"_s));
    addDocument(dossier, DocumentKind::KbisExtract, DocumentStatus::NotImported, QString(), QString(), {});

    DocumentFacts sirene;
    sirene.issueDate = QDate(2026, 1, 5);
    sirene.siren = u"216902597"_s;
    sirene.organisationName = u"COMMUNE DE VENISSIEUX"_s;
    addDocument(dossier, DocumentKind::SireneNotice, DocumentStatus::Imported, u"avis-sirene.pdf"_s,
                u"application/pdf"_s, pdfBytes(u"Avis de situation"_s), sirene);

    DocumentFacts holderId;
    holderId.issueDate = QDate(2022, 6, 26);
    holderId.expiryDate = QDate(2032, 6, 25);
    holderId.identity = {IdDocumentKind::NationalIdCard, u"X4RTBPFW4"_s};
    holderId.mrz = {u"IDFRAX4RTBPFW46<<<<<<<<<<<<<<<"_s, u"8503078F3206257FRA<<<<<<<<<<<4"_s,
                    u"LEFEVRE<DUPONT<<HELENE<MARIE<"_s};
    addDocument(dossier, DocumentKind::HolderId, DocumentStatus::Imported, u"CNI Hélène.png"_s,
                u"image/png"_s, pngBytes(), holderId);

    DocumentFacts representativeId;
    representativeId.issueDate = QDate(2019, 4, 2);
    representativeId.expiryDate = QDate(2029, 4, 1);
    representativeId.identity = {IdDocumentKind::Passport, u"19AB12345"_s};
    representativeId.mrz = {u"P<FRAN<DIAYE<<JEAN<ETIENNE<<<<<<<<<<<<<<<<<<"_s,
                            u"19AB123452FRA7011309M2904013<<<<<<<<<<<<<<04"_s};
    addDocument(dossier, DocumentKind::LegalRepresentativeId, DocumentStatus::Imported, u"passeport.jpg"_s,
                u"image/jpeg"_s, jpegBytes(), representativeId);

    DocumentFacts agentId;
    agentId.issueDate = QDate(2013, 12, 10);
    agentId.expiryDate = QDate(2023, 12, 9);
    agentId.identity = {IdDocumentKind::NationalIdCard, u"131269300123"_s};
    agentId.mrz = {u"IDFRALE<BIHAN<<<<<<<<<<<<<<<<693001"_s, u"1312693001232BERENICE<<<<<<7906152F1"_s};
    addDocument(dossier, DocumentKind::AgentId, DocumentStatus::Imported, u"cni-mandataire.png"_s,
                u"image/png"_s, pngBytes(), agentId);

    DocumentFacts payment;
    payment.issueDate = QDate(2026, 2, 10);
    addDocument(dossier, DocumentKind::PaymentProof, DocumentStatus::Imported, u"mandat.pdf"_s,
                u"application/pdf"_s, pdfBytes(u"Mandat administratif"_s), payment);
    return dossier;
}

ExportExtras fullExtras()
{
    ExportExtras extras;
    extras.checklist.reviewDate = QDate(2026, 2, 17);
    rules::ChecklistItem imported;
    imported.id = u"documents.imported"_s;
    imported.step = rules::Step::DocumentsImported;
    imported.title = u"Every required supporting document is imported"_s;
    imported.state = rules::ItemState::Passed;
    rules::ChecklistItem holderId;
    holderId.id = u"confirm.holder-id"_s;
    holderId.step = rules::Step::PiecesChecked;
    holderId.title = u"The holder's ID matches the order"_s;
    holderId.state = rules::ItemState::AwaitingConfirmation;
    holderId.reason = u"Compare the photo and the names"_s;
    holderId.operatorItem = true;
    holderId.document = DocumentKind::HolderId;
    extras.checklist.items = {imported, holderId};

    Decision import;
    import.id = 7;
    import.action = u"import"_s;
    import.operatorId = u"aea.martin"_s;
    import.at = utc(2026, 2, 16, 14, 3, 59, 120);
    import.fromPhase = Phase::DataEntry;
    import.toPhase = Phase::Verification;
    Decision send = import;
    send.id = 8;
    send.action = u"send-for-signature"_s;
    send.at = utc(2026, 2, 17, 17, 0, 1, 999);
    send.fromPhase = Phase::Verification;
    send.toPhase = Phase::AwaitingSignature;
    send.detail = u"3 documents"_s;
    send.checklistJson = QJsonDocument(extras.checklist.toJson()).toJson(QJsonDocument::Compact);
    extras.decisions = {import, send};

    Notification missing;
    missing.id = 3;
    missing.kind = NotificationKind::MissingDocument;
    missing.recipient = u"commande.publique@venissieux.example"_s;
    missing.subject = u"Pièce manquante : extrait Kbis"_s;
    missing.body = u"Bonjour,\n\nIl manque l'avis de situation SIRENE.\n\n— L'AE"_s;
    missing.operatorId = u"aea.martin"_s;
    missing.createdAt = utc(2026, 2, 16, 14, 5, 0, 0);
    missing.sentAt = utc(2026, 2, 16, 14, 6, 30, 5);
    Notification outbox = missing;
    outbox.id = 4;
    outbox.kind = NotificationKind::InvalidContact;
    outbox.subject = u"Contact OTP invalide"_s;
    outbox.createdAt = utc(2026, 2, 17, 8, 0, 0, 0);
    outbox.sentAt = QDateTime(); // still in the outbox
    extras.notifications = {missing, outbox};
    return extras;
}

namespace {

void checkSamePerson(const Person& actual, const Person& expected)
{
    CHECK(actual.givenNames == expected.givenNames);
    CHECK(actual.surname == expected.surname);
    CHECK(actual.birthDate == expected.birthDate);
    CHECK(actual.birthDate.isValid() == expected.birthDate.isValid());
    CHECK(actual.email == expected.email);
}

void checkSameDocument(const Document& actual, const Document& expected)
{
    INFO("document " << toCode(expected.kind).toStdString());
    CHECK(actual.kind == expected.kind);
    CHECK(actual.status == expected.status);
    CHECK(actual.fileName == expected.fileName);
    CHECK(actual.mediaType == expected.mediaType);
    CHECK(actual.sha256 == expected.sha256);
    CHECK(actual.size == expected.size);
    CHECK(actual.facts.issueDate == expected.facts.issueDate);
    CHECK(actual.facts.expiryDate == expected.facts.expiryDate);
    CHECK(actual.facts.identity.kind == expected.facts.identity.kind);
    CHECK(actual.facts.identity.number == expected.facts.identity.number);
    CHECK(actual.facts.mrz == expected.facts.mrz);
    CHECK(actual.facts.siren == expected.facts.siren);
    CHECK(actual.facts.organisationName == expected.facts.organisationName);
    CHECK(actual.facts == expected.facts); // catches a field added to DocumentFacts later
}

void checkSameTime(const QDateTime& actual, const QDateTime& expected)
{
    CHECK(actual == expected);
    CHECK(actual.isValid() == expected.isValid());
    if (actual.isValid()) {
        CHECK(actual.timeSpec() == Qt::UTC);
    }
}

} // namespace

void checkSameOrder(const Order& actual, const Order& expected)
{
    CHECK(actual.id == 0);
    CHECK(actual.number == expected.number);
    CHECK(actual.date == expected.date);
    CHECK(actual.phase == expected.phase);
    CHECK(actual.type == expected.type);
    CHECK(actual.portal == expected.portal);
    CHECK(actual.process == expected.process);
    CHECK(actual.product.code == expected.product.code);
    CHECK(actual.product.label == expected.product.label);
    CHECK(actual.product.durationYears == expected.product.durationYears);
    CHECK(actual.requester.name == expected.requester.name);
    CHECK(actual.requester.email == expected.requester.email);
    {
        INFO("holder");
        checkSamePerson(actual.holder, expected.holder);
        CHECK(actual.holder.otpContact == expected.holder.otpContact);
    }
    CHECK(actual.organisation.kind == expected.organisation.kind);
    CHECK(actual.organisation.name == expected.organisation.name);
    CHECK(actual.organisation.siren == expected.organisation.siren);
    CHECK(actual.organisation.siret == expected.organisation.siret);
    {
        INFO("legal representative");
        checkSamePerson(actual.legalRepresentative, expected.legalRepresentative);
    }
    REQUIRE(actual.agent.has_value() == expected.agent.has_value());
    if (expected.agent) {
        INFO("agent");
        checkSamePerson(*actual.agent, *expected.agent);
    }
    CHECK(actual.payment.received == expected.payment.received);
    CHECK(actual.payment.method == expected.payment.method);
    CHECK(actual.payment.reference == expected.payment.reference);
    CHECK(actual.payment.amountCents == expected.payment.amountCents);
    CHECK(actual.recordedIdentity == expected.recordedIdentity);
    REQUIRE(actual.documents.size() == expected.documents.size());
    for (qsizetype i = 0; i < expected.documents.size(); ++i) {
        checkSameDocument(actual.documents.at(i), expected.documents.at(i));
    }
    REQUIRE(actual.confirmations.size() == expected.confirmations.size());
    for (qsizetype i = 0; i < expected.confirmations.size(); ++i) {
        INFO("confirmation " << i);
        CHECK(actual.confirmations.at(i).itemId == expected.confirmations.at(i).itemId);
        CHECK(actual.confirmations.at(i).operatorId == expected.confirmations.at(i).operatorId);
        checkSameTime(actual.confirmations.at(i).at, expected.confirmations.at(i).at);
    }
}

void checkSameDossier(const Dossier& actual, const Dossier& expected)
{
    checkSameOrder(actual.order, expected.order);
    REQUIRE(actual.contents.size() == expected.contents.size());
    for (const auto& [kind, content] : expected.contents) {
        INFO("content of " << toCode(kind).toStdString());
        REQUIRE(actual.contents.count(kind) == 1);
        CHECK(actual.contents.at(kind) == content);
    }
}

void checkSameDecisions(const QList<Decision>& actual, const QList<Decision>& expected)
{
    REQUIRE(actual.size() == expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        INFO("decision " << i);
        const Decision& a = actual.at(i);
        const Decision& e = expected.at(i);
        CHECK(a.id == 0);
        CHECK(a.action == e.action);
        CHECK(a.operatorId == e.operatorId);
        checkSameTime(a.at, e.at);
        CHECK(a.fromPhase == e.fromPhase);
        CHECK(a.toPhase == e.toPhase);
        CHECK(a.detail == e.detail);
        CHECK(a.checklistJson == e.checklistJson);
    }
}

void checkSameNotifications(const QList<Notification>& actual, const QList<Notification>& expected)
{
    REQUIRE(actual.size() == expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        INFO("notification " << i);
        const Notification& a = actual.at(i);
        const Notification& e = expected.at(i);
        CHECK(a.id == 0);
        CHECK(a.kind == e.kind);
        CHECK(a.recipient == e.recipient);
        CHECK(a.subject == e.subject);
        CHECK(a.body == e.body);
        CHECK(a.operatorId == e.operatorId);
        checkSameTime(a.createdAt, e.createdAt);
        checkSameTime(a.sentAt, e.sentAt);
    }
}

// PackageParts ------------------------------------------------------------------------------------

namespace {

QJsonValue setIn(const QJsonValue& node, QStringList path, const QJsonValue& value)
{
    if (path.isEmpty()) {
        return value;
    }
    const QString key = path.takeFirst();
    const bool removing = path.isEmpty() && value.isUndefined();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = key.toInt();
        if (removing) {
            array.removeAt(index);
        } else if (index == array.size()) {
            array.append(setIn(QJsonValue(), path, value));
        } else {
            array[index] = setIn(array.at(index), path, value);
        }
        return array;
    }
    QJsonObject object = node.toObject();
    if (removing) {
        object.remove(key);
    } else {
        object[key] = setIn(object.value(key), path, value);
    }
    return object;
}

} // namespace

void PackageParts::set(const QString& pointer, const QJsonValue& value)
{
    manifest = setIn(manifest, pointer.split(u'/', Qt::SkipEmptyParts), value).toObject();
}

QJsonValue PackageParts::at(const QString& pointer) const
{
    QJsonValue node = manifest;
    for (const QString& key : pointer.split(u'/', Qt::SkipEmptyParts)) {
        node = node.isArray() ? node.toArray().at(key.toInt()) : node.toObject().value(key);
    }
    return node;
}

QByteArray PackageParts::zip() const
{
    ZipBuilder builder;
    builder.add(u"manifest.json"_s, QJsonDocument(manifest).toJson());
    for (const auto& [name, content] : entries) {
        builder.add(name, content);
    }
    return builder.finish();
}

PackageParts partsOf(const Dossier& dossier, const ExportExtras* extras)
{
    PackageParts parts;
    parts.manifest = manifestToJson(dossier.order, extras);
    for (const auto& document : dossier.order.documents) {
        if (document.hasContent()) {
            parts.entries[documentPath(document)] = dossier.contents.at(document.kind);
        }
    }
    return parts;
}

// ZipBuilder --------------------------------------------------------------------------------------

struct ZipBuilder::State
{
    zip::Source buffer;
    zip::Archive archive;
    std::list<QByteArray> contents; // alive until zip_close reads them
};

ZipBuilder::ZipBuilder() : m_state(std::make_unique<State>())
{
    zip_error_t error;
    zip_error_init(&error);
    m_state->buffer.reset(zip_source_buffer_create(nullptr, 0, 0, &error));
    REQUIRE(m_state->buffer);
    m_state->archive.reset(zip_open_from_source(m_state->buffer.get(), ZIP_TRUNCATE, &error));
    REQUIRE(m_state->archive);
    zip_source_keep(m_state->buffer.get());
    zip_error_fini(&error);
}

ZipBuilder::~ZipBuilder() = default;

qint64 ZipBuilder::add(const QString& name, const QByteArray& content)
{
    if (name.endsWith(u'/')) {
        const zip_int64_t index =
            zip_dir_add(m_state->archive.get(), name.toUtf8().constData(), ZIP_FL_ENC_UTF_8);
        REQUIRE(index >= 0);
        return index;
    }
    const QByteArray& kept = m_state->contents.emplace_back(content);
    zip_source_t* source =
        zip_source_buffer(m_state->archive.get(), kept.constData(), zip_uint64_t(kept.size()), 0);
    REQUIRE(source);
    const zip_int64_t index =
        zip_file_add(m_state->archive.get(), name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
        zip_source_free(source);
    }
    REQUIRE(index >= 0);
    return index;
}

void ZipBuilder::setUnixMode(qint64 index, unsigned mode)
{
    REQUIRE(zip_file_set_external_attributes(m_state->archive.get(), zip_uint64_t(index), 0, ZIP_OPSYS_UNIX,
                                             zip_uint32_t(mode) << 16) == 0);
}

void ZipBuilder::encrypt(qint64 index, const char* password)
{
    REQUIRE(zip_encryption_method_supported(ZIP_EM_AES_256, 1) == 1);
    REQUIRE(zip_file_set_encryption(m_state->archive.get(), zip_uint64_t(index), ZIP_EM_AES_256, password) ==
            0);
}

QByteArray ZipBuilder::finish()
{
    REQUIRE(zip_close(m_state->archive.get()) == 0);
    m_state->archive.release();
    zip_source_t* buffer = m_state->buffer.get();
    zip_stat_t stat;
    zip_stat_init(&stat);
    REQUIRE(zip_source_open(buffer) == 0);
    REQUIRE(zip_source_stat(buffer, &stat) == 0);
    QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
    REQUIRE(zip_source_read(buffer, bytes.data(), stat.size) == zip_int64_t(stat.size));
    zip_source_close(buffer);
    return bytes;
}

// Byte surgery ------------------------------------------------------------------------------------

namespace {

quint16 le16(const QByteArray& bytes, qsizetype at)
{
    return quint16(quint8(bytes[at]) | (quint8(bytes[at + 1]) << 8));
}

void putLe32(QByteArray& bytes, qsizetype at, quint32 value)
{
    for (int i = 0; i < 4; ++i) {
        bytes[at + i] = char((value >> (8 * i)) & 0xff);
    }
}

/// Calls `patch(headerOffset, nameOffset, isCentral)` for both headers of entry `name`.
template <typename Patch> int forEachHeader(QByteArray& zip, const QByteArray& name, Patch patch)
{
    int found = 0;
    for (qsizetype at = 0; at + 46 <= zip.size(); ++at) {
        const bool local = zip.mid(at, 4) == QByteArray("PK\x03\x04", 4);
        const bool central = zip.mid(at, 4) == QByteArray("PK\x01\x02", 4);
        if (!local && !central) {
            continue;
        }
        const qsizetype nameAt = at + (local ? 30 : 46);
        const quint16 nameLength = le16(zip, at + (local ? 26 : 28));
        if (nameLength == name.size() && zip.mid(nameAt, nameLength) == name) {
            patch(at, nameAt, central);
            ++found;
        }
    }
    return found;
}

} // namespace

QByteArray withDeclaredSize(QByteArray zip, const QString& name, quint32 size)
{
    const int patched =
        forEachHeader(zip, name.toUtf8(), [&zip, size](qsizetype header, qsizetype, bool central) {
            putLe32(zip, header + (central ? 24 : 22), size);
        });
    REQUIRE(patched == 2);
    return zip;
}

QByteArray withCrc(QByteArray zip, const QString& name, quint32 crc)
{
    const int patched =
        forEachHeader(zip, name.toUtf8(), [&zip, crc](qsizetype header, qsizetype, bool central) {
            putLe32(zip, header + (central ? 16 : 14), crc);
        });
    REQUIRE(patched == 2);
    return zip;
}

QByteArray withRenamedEntry(QByteArray zip, const QString& from, const QString& to)
{
    const QByteArray target = to.toUtf8();
    REQUIRE(target.size() == from.toUtf8().size());
    const int patched = forEachHeader(zip, from.toUtf8(), [&zip, &target](qsizetype, qsizetype nameAt, bool) {
        zip.replace(nameAt, target.size(), target);
    });
    REQUIRE(patched == 2);
    return zip;
}

QList<Problem> problemsOf(const QByteArray& zip, const PackageLimits& limits)
{
    PackageReader reader(limits);
    const auto result = reader.readData(zip);
    REQUIRE_FALSE(result.ok());
    REQUIRE_FALSE(reader.problems().isEmpty());
    // The error carries every problem, one per line.
    CHECK(result.error().detail.split(u'\n') == lines(reader.problems()));
    return reader.problems();
}

QStringList lines(const QList<Problem>& problems)
{
    QStringList result;
    for (const auto& problem : problems) {
        result.append(problem.toString());
    }
    return result;
}

} // namespace guichet::package::testing
