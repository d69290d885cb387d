// Dossier -> package -> Dossier: nothing lost, nothing changed.

#include "catch_qt.h"
#include "package/zip_handles.h"
#include "package_fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>

using namespace guichet;
using namespace guichet::package;
using namespace guichet::package::testing;
using namespace Qt::StringLiterals;

TEST_CASE("a dossier survives a package round trip in every field", "[package][roundtrip]")
{
    const bool withAgent = GENERATE(true, false);
    INFO("with agent: " << withAgent);
    const Dossier dossier = fullDossier(withAgent);

    const auto bytes = encodePackage(dossier);
    REQUIRE(bytes.ok());
    const auto imported = readPackageData(*bytes);
    INFO((imported.ok() ? QString() : imported.error().toString()).toStdString());
    REQUIRE(imported.ok());

    checkSameDossier(imported->dossier, dossier);
    CHECK_FALSE(imported->extras.has_value()); // a plain package carries no history
}

TEST_CASE("the fixture sets every field away from its default", "[package][roundtrip]")
{
    // The round trip proves nothing for a field left at its default value: keep the fixture honest.
    const Order order = fullDossier().order;
    const Order blank;
    CHECK(order.phase != blank.phase);
    CHECK(order.type != blank.type);
    CHECK(order.organisation.kind != blank.organisation.kind);
    CHECK(order.product.durationYears != blank.product.durationYears);
    CHECK(order.payment.received != blank.payment.received);
    CHECK(order.payment.amountCents != blank.payment.amountCents);
    CHECK(order.recordedIdentity.kind != blank.recordedIdentity.kind);
    CHECK(order.agent.has_value());
    CHECK_FALSE(order.agent->birthDate.isValid()); // an unknown date travels too
    CHECK(order.documents.size() == qsizetype(std::size(allDocumentKinds)));
    QSet<DocumentStatus> statuses;
    for (const auto& document : order.documents) {
        statuses.insert(document.status);
    }
    CHECK(statuses.size() == 4);
}

TEST_CASE("an exported package carries the checklist, decisions and notifications back",
          "[package][roundtrip]")
{
    const Dossier dossier = fullDossier();
    const ExportExtras extras = fullExtras();

    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString path = folder.filePath(u"CMD-2026-004217.zip"_s);
    const auto written = writePackage(path, dossier, extras);
    INFO((written.ok() ? QString() : written.error().toString()).toStdString());
    REQUIRE(written.ok());

    const auto imported = readPackage(path);
    INFO((imported.ok() ? QString() : imported.error().toString()).toStdString());
    REQUIRE(imported.ok());
    checkSameDossier(imported->dossier, dossier);
    REQUIRE(imported->extras.has_value());
    CHECK(imported->extras->checklist == extras.checklist.toJson());
    checkSameDecisions(imported->extras->decisions, extras.decisions);
    checkSameNotifications(imported->extras->notifications, extras.notifications);
}

TEST_CASE("an export with an empty history still says it is an export", "[package][roundtrip]")
{
    const ExportExtras nothingYet;
    const auto bytes = encodePackage(fullDossier(), &nothingYet);
    REQUIRE(bytes.ok());
    const auto imported = readPackageData(*bytes);
    REQUIRE(imported.ok());
    REQUIRE(imported->extras.has_value());
    CHECK(imported->extras->decisions.isEmpty());
    CHECK(imported->extras->notifications.isEmpty());
    CHECK(imported->extras->checklist.value(u"items"_s).toArray().isEmpty());
}

TEST_CASE("the manifest uses stable codes and ISO dates", "[package][manifest]")
{
    const QJsonObject manifest = manifestToJson(fullDossier().order, nullptr);
    CHECK(manifest.value(u"format"_s).toString() == u"guichet-dossier"_s);
    CHECK(manifest.value(u"formatVersion"_s).toInt() == 1);
    CHECK_FALSE(manifest.contains(u"export"_s));
    const QJsonObject order = manifest.value(u"order"_s).toObject();
    CHECK(order.value(u"phase"_s).toString() == u"awaiting-signature"_s);
    CHECK(order.value(u"type"_s).toString() == u"P"_s);
    CHECK(order.value(u"date"_s).toString() == u"2026-02-16"_s);
    CHECK(order.value(u"organisation"_s).toObject().value(u"kind"_s).toString() == u"public-body"_s);
    CHECK(order.value(u"holder"_s).toObject().value(u"birthDate"_s).toString() == u"1985-03-07"_s);
    CHECK(order.value(u"agent"_s).toObject().value(u"birthDate"_s).isNull());
    CHECK(order.value(u"confirmations"_s).toArray().at(0).toObject().value(u"at"_s).toString() ==
          u"2026-02-17T09:12:05.250Z"_s);
    CHECK_FALSE(order.contains(u"id"_s)); // the store's id stays home

    const QJsonArray documents = manifest.value(u"documents"_s).toArray();
    const QJsonObject holderId = documents.at(6).toObject();
    CHECK(holderId.value(u"kind"_s).toString() == u"holder-id"_s);
    CHECK(holderId.value(u"status"_s).toString() == u"imported"_s);
    CHECK(holderId.value(u"path"_s).toString() == u"documents/holder-id.png"_s);
    CHECK(holderId.value(u"facts"_s).toObject().value(u"identity"_s).toObject().value(u"kind"_s).toString() ==
          u"national-id-card"_s);
    CHECK(holderId.value(u"facts"_s).toObject().value(u"mrz"_s).toArray().size() == 3);
    const QJsonObject letter = documents.at(2).toObject();
    CHECK(letter.value(u"path"_s).isNull());
    CHECK(letter.value(u"sha256"_s).toString().isEmpty());
}

TEST_CASE("a package holds the manifest and one entry per document with content", "[package][layout]")
{
    const Dossier dossier = fullDossier();
    const auto bytes = encodePackage(dossier);
    REQUIRE(bytes.ok());

    auto opened = zip::openInMemory(*bytes);
    REQUIRE(opened.archive);
    QStringList names;
    for (zip_int64_t i = 0; i < zip_get_num_entries(opened.archive.get(), 0); ++i) {
        names.append(QString::fromUtf8(zip_get_name(opened.archive.get(), zip_uint64_t(i), 0)));
    }
    CHECK(names == QStringList{
                       u"manifest.json"_s,
                       u"documents/terms-of-use.pdf"_s,
                       u"documents/subscription-contract.pdf"_s,
                       u"documents/power-of-attorney.pdf"_s,
                       u"documents/sirene-notice.pdf"_s,
                       u"documents/holder-id.png"_s,
                       u"documents/legal-representative-id.jpg"_s,
                       u"documents/agent-id.png"_s,
                       u"documents/payment-proof.pdf"_s,
                   });
}

TEST_CASE("a package written by hand the way a partner would is read", "[package][roundtrip]")
{
    // Independent of encodePackage: the manifest from manifestToJson, zipped by the test's own code,
    // with a folder entry as many zip tools add.
    const Dossier dossier = fullDossier();
    PackageParts parts = partsOf(dossier);
    ZipBuilder zip;
    zip.add(u"documents/"_s, QByteArray());
    zip.add(u"manifest.json"_s, QJsonDocument(parts.manifest).toJson(QJsonDocument::Compact));
    for (const auto& [name, content] : parts.entries) {
        zip.add(name, content);
    }
    const auto imported = readPackageData(zip.finish());
    INFO((imported.ok() ? QString() : imported.error().toString()).toStdString());
    REQUIRE(imported.ok());
    checkSameDossier(imported->dossier, dossier);
}
