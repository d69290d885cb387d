// The workspace keeps the audit log's head beside the store after each committed act, and never
// moves it back.

#include "audit/audit_anchor.h"
#include "audit/audit_log.h"
#include "sample_order.h"
#include "test_signer.h"
#include "workflow/workflow.h"
#include "workflow/workspace.h"
#include "workflow_fixture.h"

#include <QDir>
#include <QFile>

using namespace guichet;
using namespace guichet::workflow;
using namespace Qt::StringLiterals;

TEST_CASE("After each committed act the head of the audit log is written beside the store",
          "[workflow][audit]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"guichet.sqlite"_s);
    auto opened = Workspace::open(path);
    REQUIRE(opened.ok());
    Workspace& workspace = **opened;
    CHECK(workspace.auditAnchorPath() == path + u".audit-head"_s);
    CHECK_FALSE(QFile::exists(workspace.auditAnchorPath()));

    testing::SoftwareSigner signer("operator.a");
    const Actor actor{testing::testOperator(signer, u"operator.a"_s), signer};
    auto id = workspace.workflow().importDossier(test::arriving(), actor);
    REQUIRE(id.ok());
    const auto anchorNow = [&] {
        auto anchor = audit::readAnchor(workspace.auditAnchorPath());
        REQUIRE(anchor.ok());
        REQUIRE(anchor->has_value());
        return **anchor;
    };
    auto head = workspace.auditLog().head();
    REQUIRE(head.ok());
    CHECK(anchorNow().sequence == 1);
    CHECK(anchorNow().hash == head->hash);
    CHECK(workspace.anchorStatus().ok());

    // A refused act does not touch it.
    REQUIRE_FALSE(workspace.workflow().validate(*id, actor).ok());
    CHECK(anchorNow().sequence == 1);

    REQUIRE(workspace.workflow().confirm(*id, u"confirm.holder-id"_s, actor).ok());
    CHECK(anchorNow().sequence == 2);

    // An anchor ahead of the store (its last entries were removed) is kept as it is.
    REQUIRE(audit::writeAnchor(workspace.auditAnchorPath(), {9, audit::sha256("later")}).ok());
    REQUIRE(workspace.workflow().confirm(*id, u"confirm.legal-representative-id"_s, actor).ok());
    CHECK(anchorNow().sequence == 9);

    // The anchor cannot be written: the act is committed all the same, and the workspace says so.
    REQUIRE(QFile::remove(workspace.auditAnchorPath()));
    REQUIRE(QDir().mkdir(workspace.auditAnchorPath()));
    REQUIRE(workspace.workflow().confirm(*id, u"confirm.kbis-extract"_s, actor).ok());
    CHECK_FALSE(workspace.anchorStatus().ok());
    auto entries = workspace.auditLog().entries();
    REQUIRE(entries.ok());
    CHECK(entries->size() == 4);
}

TEST_CASE("A store in memory has no anchor file", "[workflow][audit]")
{
    auto opened = Workspace::open(u":memory:"_s);
    REQUIRE(opened.ok());
    CHECK((*opened)->auditAnchorPath().isEmpty());
}
