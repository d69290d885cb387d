// DeskSession: the desk takes decisions only for a logged-in operator, through the workflow (so
// with their roles checked and an audit entry signed with their key), and announces what changed.

#include "audit/audit_log.h"
#include "catch_qt.h"
#include "sample_order.h"
#include "session/desk_session.h"
#include "store/database.h"
#include "store/order_store.h"
#include "test_signer.h"

#include <QTemporaryDir>

using namespace guichet;
using namespace Qt::StringLiterals;

namespace {

struct SessionFixture
{
    QTemporaryDir dir;
    std::unique_ptr<ui::DeskSession> session;
    int operatorChanges = 0;
    QList<qint64> changedOrders;
    int resets = 0;

    SessionFixture()
    {
        REQUIRE(dir.isValid());
        auto opened = ui::DeskSession::open(dir.filePath(u"desk.sqlite"_s));
        REQUIRE(opened.ok());
        session = std::move(*opened);
        QObject::connect(session.get(), &ui::DeskSession::operatorChanged, [this] { ++operatorChanges; });
        QObject::connect(session.get(), &ui::DeskSession::orderChanged,
                         [this](qint64 id) { changedOrders.append(id); });
        QObject::connect(session.get(), &ui::DeskSession::ordersReset, [this] { ++resets; });
    }

    qsizetype auditEntries()
    {
        auto entries = audit::AuditLog(session->database()).entries();
        REQUIRE(entries.ok());
        return entries->size();
    }
};

Dossier arriving(const QDate& today)
{
    Dossier dossier = testing::sampleDossier(today, false);
    dossier.order.phase = Phase::Verification;
    dossier.order.recordedIdentity = {};
    return dossier;
}

} // namespace

TEST_CASE("Without an operator the desk is read-only: every decision asks to log in first", "[session]")
{
    SessionFixture f;
    CHECK_FALSE(f.session->currentOperator().has_value());
    CHECK(f.session->operatorId().isEmpty());

    const auto imported = f.session->importDossier(arriving(f.session->today()));
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().message.contains(u"log in"_s));

    // An order put there by other means can be read, not decided on.
    auto id = f.session->orders().insertDossier(arriving(f.session->today()));
    REQUIRE(id.ok());
    CHECK(f.session->order(*id).ok());
    CHECK_FALSE(f.session->confirm(*id, u"confirm.holder-id"_s).ok());
    CHECK_FALSE(f.session->recordIdentity(*id, {IdDocumentKind::Passport, u"18AA12345"_s}).ok());
    CHECK_FALSE(f.session->sendForSignature(*id).ok());
    CHECK_FALSE(f.session->recordSignature(*id, DocumentKind::TermsOfUse).ok());
    CHECK_FALSE(f.session->validate(*id).ok());
    CHECK_FALSE(
        f.session->notify(*id, Notification{0, NotificationKind::Other, {}, u"s"_s, u"b"_s, {}, {}, {}})
            .ok());
    CHECK(f.changedOrders.isEmpty());
    CHECK(f.resets == 0);
    CHECK(f.auditEntries() == 0);
    CHECK_FALSE(f.session->order(*id)->isConfirmed(u"confirm.holder-id"_s));
}

TEST_CASE("A logged-in operator's decisions are signed, audited and announced", "[session]")
{
    SessionFixture f;
    auto signer = std::make_shared<testing::SoftwareSigner>("aea.martin");
    f.session->setOperator(testing::testOperator(*signer, u"aea.martin"_s), signer);
    CHECK(f.operatorChanges == 1);
    REQUIRE(f.session->currentOperator().has_value());
    CHECK(f.session->currentOperator()->id == u"aea.martin"_s);
    CHECK(f.session->operatorId() == u"aea.martin"_s);

    auto id = f.session->importDossier(arriving(f.session->today()));
    REQUIRE(id.ok());
    CHECK(f.resets == 1);
    REQUIRE(f.session->confirm(*id, u"confirm.holder-id"_s).ok());
    CHECK(f.changedOrders == QList<qint64>{*id});
    CHECK(f.session->order(*id)->confirmations.first().operatorId == u"aea.martin"_s);
    CHECK(f.auditEntries() == 2);
    CHECK(signer->signatures == 2);

    // A refused act is not announced.
    CHECK_FALSE(f.session->validate(*id).ok());
    CHECK(f.changedOrders.size() == 1);

    // Locked or logged out: read-only again.
    f.session->clearOperator();
    CHECK(f.operatorChanges == 2);
    CHECK_FALSE(f.session->currentOperator().has_value());
    CHECK_FALSE(f.session->confirm(*id, u"confirm.legal-representative-id"_s).ok());
    CHECK(f.auditEntries() == 2);
    f.session->clearOperator(); // nobody to clear: no signal
    CHECK(f.operatorChanges == 2);
}

TEST_CASE("The session refuses what the operator's roles do not allow", "[session]")
{
    SessionFixture f;
    auto signer = std::make_shared<testing::SoftwareSigner>("aet.durand");
    f.session->setOperator(testing::testOperator(*signer, u"aet.durand"_s, {Role::TechnicalRa}), signer);
    const auto refused = f.session->importDossier(arriving(f.session->today()));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(label(Role::AdministrativeRa)));
    CHECK(f.auditEntries() == 0);
    CHECK(signer->signatures == 0);
}
