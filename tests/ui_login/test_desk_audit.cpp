// What the issue asks of the demo desk, end to end on a real token: once unlocked with the training
// token's PIN, every decision taken at the desk lands in the audit log, signed on that token by the
// certificate the training RA CA issued, and the log verifies; with the token gone, a decision is
// refused and writes nothing.

#include "audit/audit_log.h"
#include "audit/verifier.h"
#include "identity/operator_certificate.h"
#include "identity/training_layout.h"
#include "identity/trust_anchors.h"
#include "lock_fixture.h"
#include "orders/order_list_model.h"
#include "orders/order_list_view.h"
#include "rules/checklist.h"
#include "store/order_store.h"

#include <QDateTime>
#include <catch2/catch.hpp>

using namespace guichet;
using namespace guichet::ui::test;
using namespace Qt::StringLiterals;

namespace {

/// An order whose checklist still waits for the operator's confirmation of the payment.
qint64 orderAwaitingPayment(ui::DeskSession& session)
{
    auto rows = session.orders().find({});
    REQUIRE(rows.ok());
    for (const auto& row : *rows) {
        auto order = session.order(row.id);
        REQUIRE(order.ok());
        if (order->phase != Phase::Verification) {
            continue;
        }
        const rules::Checklist checklist = rules::buildChecklist(*order, session.today());
        const rules::ChecklistItem* payment = checklist.item(u"confirm.payment"_s);
        if (payment != nullptr && payment->state == rules::ItemState::AwaitingConfirmation) {
            return row.id;
        }
    }
    FAIL("no demo order awaits the payment's confirmation");
    return 0;
}

} // namespace

TEST_CASE("Decisions at the unlocked desk are signed on the training token and the audit log verifies",
          "[lock][token][audit]")
{
    LockFixture f;
    f.openWindow();
    f.unlock();
    REQUIRE(f.session().currentOperator().has_value());
    const Operator who = *f.session().currentOperator();
    CHECK(who.training);

    const qint64 orderId = orderAwaitingPayment(f.session());
    audit::AuditLog log(f.session().database());
    const auto before = log.entries();
    REQUIRE(before.ok());

    REQUIRE(f.session().confirm(orderId, u"confirm.payment"_s).ok());
    const auto after = log.entries();
    REQUIRE(after.ok());
    REQUIRE(after->size() == before->size() + 1);
    const audit::AuditEntry& entry = after->last();
    CHECK(entry.event == u"confirm"_s);
    CHECK(entry.operatorId == who.id);
    CHECK(entry.signer == who.certificateReference);
    const auto order = f.session().order(orderId);
    REQUIRE(order.ok());
    CHECK(entry.orderNumber == order->number);

    // The signer's certificate is the one the training RA CA issued to the operator...
    const auto anchors =
        identity::TrustAnchors::load(identity::TrainingLayout{f.trainingDir()}.caCertificate());
    REQUIRE(anchors.ok());
    const auto certificates = log.certificates();
    REQUIRE(certificates.ok());
    REQUIRE(certificates->count(entry.signer) == 1);
    const QByteArray signerCertificate = certificates->at(entry.signer);
    CHECK(signerCertificate == who.certificateDer);
    CHECK(identity::verifyOperatorCertificate(signerCertificate, *anchors, QDateTime::currentDateTimeUtc())
              .ok());
    // ... and the whole log verifies against it.
    audit::CertificateVerifier verifier;
    REQUIRE(verifier.addCertificate(signerCertificate).ok());
    const auto report = log.verify(verifier);
    REQUIRE(report.ok());
    CHECK(report->ok());
    CHECK(report->entries == after->size());

    // Without the token, a decision is refused and the log is as it was.
    f.removeToken();
    REQUIRE_EVENTUALLY(f.window().isLocked());
    CHECK_FALSE(f.session().confirm(orderId, u"confirm.complete"_s).ok());
    const auto last = log.entries();
    REQUIRE(last.ok());
    CHECK(last->size() == after->size());
}
