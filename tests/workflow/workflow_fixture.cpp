#include "workflow_fixture.h"

#include "audit/verifier.h"
#include "rules/checklist.h"
#include "sample_order.h"
#include "store/blob_store.h"
#include "store/database.h"
#include "store/order_store.h"

namespace guichet::workflow::test {

Fixture::Fixture(WorkflowPolicy policy)
{
    REQUIRE(dir.isValid());
    auto opened = store::Database::open(dir.filePath(QStringLiteral("guichet.sqlite")));
    REQUIRE(opened.ok());
    db = std::move(*opened);
    blobs = std::make_unique<store::BlobStore>(*db);
    orders = std::make_unique<store::OrderStore>(*db, *blobs);
    flow = std::make_unique<Workflow>(
        *db, *orders, [] { return now; }, std::move(policy));
}

Fixture::~Fixture() = default;

qint64 Fixture::import(const Dossier& dossier)
{
    auto id = flow->importDossier(dossier, a);
    INFO((id.ok() ? QString() : id.error().toString()).toStdString());
    REQUIRE(id.ok());
    return *id;
}

Order Fixture::load(qint64 id)
{
    auto order = orders->order(id);
    REQUIRE(order.ok());
    return *order;
}

QList<Decision> Fixture::trail(qint64 id)
{
    auto decisions = orders->decisions(id);
    REQUIRE(decisions.ok());
    return *decisions;
}

QList<audit::AuditEntry> Fixture::audit()
{
    auto entries = audit::AuditLog(*db).entries();
    REQUIRE(entries.ok());
    return *entries;
}

audit::AuditReport Fixture::verifyAudit()
{
    audit::CertificateVerifier verifier;
    REQUIRE(verifier.addCertificate(signerA.certificateDer()).ok());
    REQUIRE(verifier.addCertificate(signerB.certificateDer()).ok());
    auto report = audit::AuditLog(*db).verify(verifier);
    REQUIRE(report.ok());
    return *report;
}

Dossier arriving()
{
    Dossier dossier = testing::sampleDossier(today, false);
    dossier.order.phase = Phase::Verification;
    dossier.order.recordedIdentity = {};
    for (auto& document : dossier.order.documents) {
        if (isContractual(document.kind)) {
            document.status = DocumentStatus::Unsigned;
        }
    }
    return dossier;
}

void confirmPieces(Fixture& f, qint64 id, const Actor& actor)
{
    for (const auto& item : rules::operatorItemIds(f.load(id))) {
        if (item != u"confirm.payment" && item != u"confirm.dossier-complete") {
            const auto done = f.flow->confirm(id, item, actor);
            INFO(item.toStdString() << ": " << (done.ok() ? "" : done.error().toString().toStdString()));
            REQUIRE(done.ok());
        }
    }
}

} // namespace guichet::workflow::test
