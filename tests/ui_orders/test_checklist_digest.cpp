// ChecklistDigest: the rules' checklist counted and worded for the list, with "failed" kept for
// problems in what the requester sent (steps 1 to 3).

#include "desk_fixture.h"
#include "orders/checklist_digest.h"
#include "rules/checklist.h"
#include "sample_order.h"

using namespace guichet;
using namespace guichet::ui;
using rules::ItemState;
using rules::Step;

namespace {

rules::ChecklistItem item(const char* id, Step step, ItemState state, const char* reason = "")
{
    rules::ChecklistItem i;
    i.id = QString::fromLatin1(id);
    i.title = QString::fromLatin1(id);
    i.step = step;
    i.state = state;
    i.reason = QString::fromLatin1(reason);
    return i;
}

} // namespace

TEST_CASE("a digest counts problems, confirmations and acts still to do apart", "[orders][digest]")
{
    rules::Checklist checklist;
    checklist.items = {
        item("documents.imported", Step::DocumentsImported, ItemState::Passed),
        item("holder-id.valid", Step::PiecesChecked, ItemState::Failed, "expired"),
        item("kbis.recent", Step::PiecesChecked, ItemState::NotApplicable),
        item("confirm.holder-id", Step::PiecesChecked, ItemState::AwaitingConfirmation),
        item("holder.otp-contact", Step::OtpContact, ItemState::Failed, "landline"),
        item("holder.identity-recorded", Step::IdentityRecorded, ItemState::Failed, "record it"),
        item("contracts.sent", Step::SentForSignature, ItemState::Failed),
        item("confirm.payment", Step::Validation, ItemState::AwaitingConfirmation),
    };
    const auto digest = ChecklistDigest::of(checklist);
    CHECK(digest.passed == 1);
    CHECK(digest.applicable == 7);
    CHECK(digest.failed == 2);
    CHECK(digest.awaiting == 2);
    CHECK(digest.toDo == 2);
    CHECK(digest.level() == ChecklistDigest::Level::Failing);
    CHECK(digest.text() == u"2 failed, 2 to confirm (1/7 passed)");
    CHECK(digest.toolTip() == u"Failed:\n• holder-id.valid: expired\n• holder.otp-contact: landline\n"
                              u"To confirm:\n• confirm.holder-id\n• confirm.payment\n"
                              u"Still to do:\n• holder.identity-recorded: record it\n• contracts.sent");

    // Nothing wrong with the dossier: in progress, whatever is left to do.
    checklist.items[1].state = ItemState::Passed;
    checklist.items[4].state = ItemState::Passed;
    const auto inProgress = ChecklistDigest::of(checklist);
    CHECK(inProgress.level() == ChecklistDigest::Level::InProgress);
    CHECK(inProgress.text() == u"2 to confirm (3/7 passed)");

    // Only acts left (awaiting signatures, say): the progress alone.
    checklist.items[3].state = ItemState::Passed;
    checklist.items[7].state = ItemState::Passed;
    const auto waiting = ChecklistDigest::of(checklist);
    CHECK(waiting.level() == ChecklistDigest::Level::InProgress);
    CHECK(waiting.toDo == 2);
    CHECK(waiting.text() == u"5/7 passed");
}

TEST_CASE("a complete dossier reads as ready to validate", "[orders][digest]")
{
    const QDate today(2026, 11, 21);
    const auto digest = ChecklistDigest::of(rules::buildChecklist(testing::sampleOrder(today, true), today));
    CHECK(digest.level() == ChecklistDigest::Level::Ready);
    CHECK(digest.failed == 0);
    CHECK(digest.text() == QStringLiteral("Ready to validate (%1/%1 passed)").arg(digest.applicable));
    CHECK(digest.toolTip() == u"Every check passed: the order can be validated.");

    const auto unconfirmed =
        ChecklistDigest::of(rules::buildChecklist(testing::sampleOrder(today, false), today));
    CHECK(unconfirmed.level() == ChecklistDigest::Level::InProgress);
    CHECK(unconfirmed.awaiting > 0);
}

TEST_CASE("an order that cannot be read says so", "[orders][digest]")
{
    const auto digest = ChecklistDigest::unavailable(QStringLiteral("This order is not in the local store."));
    CHECK(digest.level() == ChecklistDigest::Level::Unavailable);
    CHECK(digest.text() == u"Unavailable");
    CHECK(digest.toolTip() == u"The checklist could not be computed: This order is not in the local store.");
}

TEST_CASE("a long tooltip is cut with a count of what is left", "[orders][digest]")
{
    rules::Checklist checklist;
    for (int i = 0; i < 15; ++i) {
        checklist.items.append(item("confirm.x", Step::PiecesChecked, ItemState::AwaitingConfirmation));
    }
    const QStringList lines = ChecklistDigest::of(checklist).toolTip().split(u'\n');
    CHECK(lines.size() == 1 + 12 + 1);
    CHECK(lines.constLast() == u"(and 3 more)");
}
