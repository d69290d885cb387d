// BatchDelivery: the certification agent collects every validated order they are named on, one
// holder token each, the agent's ID checked once per order; one holder's failure does not stop the
// others.

#include "delivery/batch_delivery.h"
#include "delivery_fixture.h"
#include "enrol/training.h"
#include "sample_order.h"
#include "store/order_store.h"

#include <catch2/catch.hpp>

using namespace guichet;
using namespace guichet::delivery;
using namespace guichet::delivery::test;
using namespace Qt::StringLiterals;

TEST_CASE("The agent's batch delivers each holder's order on its own token, one failure apart",
          "[delivery][token][batch]")
{
    DeliveryFixture f(QString::fromUtf8(enrol::trainingOrganisation));
    const QDate today = QDate::currentDate();
    Dossier first = testing::sampleDossier(today);
    first.order = testing::sampleOrderWithAgent(today);
    first.order.number = u"CMD-2026-0000101"_s;
    Dossier second = first;
    second.order.number = u"CMD-2026-0000102"_s;
    second.order.holder.givenNames = u"Marc"_s;
    second.order.holder.surname = u"Dubois"_s;
    second.order.holder.email = u"marc.dubois@acme-signature.fr"_s;
    Dossier broken = first;
    broken.order.number = u"CMD-2026-0000103"_s;
    broken.order.holder.email.clear(); // the certificate's subject cannot be made: refused at once
    Dossier notTheAgents = testing::sampleDossier(today);
    notTheAgents.order.number = u"CMD-2026-0000104"_s;
    const qint64 firstId = f.addValidated(first);
    const qint64 secondId = f.addValidated(second);
    const qint64 brokenId = f.addValidated(broken);
    const qint64 otherId = f.addValidated(notTheAgents);

    auto ids = agentOrders(f.workspace->orders(), *first.order.agent);
    REQUIRE(ids.ok());
    CHECK(QSet<qint64>(ids->begin(), ids->end()) == QSet<qint64>{firstId, secondId, brokenId});
    // Grouped by agent in one pass: the holder's own order (no agent) is in no batch.
    auto batches = agentBatches(f.workspace->orders());
    REQUIRE(batches.ok());
    REQUIRE(batches->size() == 1);
    CHECK(batches->first().agent.email == first.order.agent->email);
    QSet<qint64> grouped;
    for (const Order& order : batches->first().orders) {
        grouped.insert(order.id);
    }
    CHECK(grouped == QSet<qint64>{firstId, secondId, brokenId});
    CHECK_FALSE(grouped.contains(otherId));

    enrol::TrainingIssuer issuer(f.cmp.ca(), true);
    BatchDelivery batch(f.environment(issuer, enrol::KeyAlgorithm::EcP256), *ids);
    const CertificationAgent& agent = *first.order.agent;
    rules::PresentedIdentity presented;
    presented.mrz =
        testing::frenchIdCardMrz(u"131206912345"_s, agent.surname, agent.givenNames, agent.birthDate, u'F');
    presented.faceMatches = true;
    QList<int> seen;
    QStringList tokensAskedFor;
    const QList<BatchItem> items = batch.run(
        presented,
        [&f, &tokensAskedFor](const Order& order) -> Result<unsigned long> {
            tokensAskedFor.append(order.number);
            return f.blankSlot();
        },
        [&seen](int done, int total, const BatchItem&) {
            seen.append(done);
            CHECK(total == 3);
        });
    CHECK(seen == QList<int>{1, 2, 3});
    REQUIRE(items.size() == 3);
    int delivered = 0;
    for (const BatchItem& item : items) {
        INFO(item.orderNumber.toStdString()
             << ": " << (item.error ? item.error->toString().toStdString() : std::string("ok")));
        if (item.orderId == brokenId) {
            // Refused before a token is asked for: no key is made for a certificate that cannot be.
            REQUIRE(item.error);
            CHECK(item.reached == DeliveryStep::NotStarted);
            CHECK(item.error->message.contains(u"cannot start"_s));
            CHECK_FALSE(tokensAskedFor.contains(item.orderNumber));
        } else {
            CHECK_FALSE(item.error);
            CHECK(item.reached == DeliveryStep::Recorded);
            REQUIRE(item.secrets);
            CHECK(item.secrets->temporaryPin.size() == 8); // for the PIN letter
            ++delivered;
        }
    }
    CHECK(delivered == 2);
    CHECK(f.load(firstId).phase == Phase::Delivered);
    CHECK(f.load(secondId).phase == Phase::Delivered);
    CHECK(f.load(brokenId).phase == Phase::Generation);
    CHECK(f.load(otherId).phase == Phase::Generation);
    CHECK(f.verifyAudit().ok());
    // The agent's ID, not the holder's, is what the trail says was presented.
    const auto entries = f.events(u"CMD-2026-0000102"_s);
    REQUIRE_FALSE(entries.isEmpty());
    CHECK(entries.first().event == u"delivery-identity-checked"_s);
    CHECK(entries.first().payload.contains("\"collector\":\"agent\""));
    CHECK(entries.first().payload.contains("131206912345"));
}
