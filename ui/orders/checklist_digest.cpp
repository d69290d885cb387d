#include "checklist_digest.h"

namespace guichet::ui {
namespace {

/// Enough lines for a tooltip; the order page shows the whole checklist.
constexpr qsizetype maxToolTipItems = 12;

QString describe(const rules::ChecklistItem& item)
{
    return item.reason.isEmpty() ? item.title : item.title + u": " + item.reason;
}

} // namespace

ChecklistDigest ChecklistDigest::of(const rules::Checklist& checklist)
{
    using rules::ItemState;
    ChecklistDigest digest;
    digest.passed = checklist.count(ItemState::Passed);
    digest.applicable = int(checklist.items.size()) - checklist.count(ItemState::NotApplicable);
    digest.ready = checklist.allPassed();
    for (const rules::ChecklistItem& item : checklist.items) {
        if (item.state == ItemState::AwaitingConfirmation) {
            ++digest.awaiting;
            digest.awaitingItems.append(item.title);
        } else if (item.state == ItemState::Failed && item.step <= rules::Step::OtpContact) {
            ++digest.failed;
            digest.failedItems.append(describe(item));
        } else if (item.state == ItemState::Failed) {
            ++digest.toDo;
            digest.toDoItems.append(describe(item));
        }
    }
    return digest;
}

ChecklistDigest ChecklistDigest::unavailable(const QString& message)
{
    ChecklistDigest digest;
    digest.error = message;
    return digest;
}

ChecklistDigest::Level ChecklistDigest::level() const
{
    if (!error.isEmpty()) {
        return Level::Unavailable;
    }
    if (ready) {
        return Level::Ready;
    }
    return failed > 0 ? Level::Failing : Level::InProgress;
}

QString ChecklistDigest::text() const
{
    if (!error.isEmpty()) {
        return tr("Unavailable");
    }
    const QString progress = tr("%1/%2 passed").arg(passed).arg(applicable);
    if (ready) {
        return tr("Ready to validate (%1)").arg(progress);
    }
    // What needs the operator first, the progress last: a narrow column cuts the end of the text.
    // No %n plurals: English is the source language and has no translation file for plural forms.
    QStringList parts;
    if (failed > 0) {
        parts.append(tr("%1 failed").arg(failed));
    }
    if (awaiting > 0) {
        parts.append(tr("%1 to confirm").arg(awaiting));
    }
    if (parts.isEmpty()) {
        return progress;
    }
    return tr("%1 (%2)").arg(parts.join(tr(", ")), progress);
}

QString ChecklistDigest::toolTip() const
{
    if (!error.isEmpty()) {
        return tr("The checklist could not be computed: %1").arg(error);
    }
    if (ready) {
        return tr("Every check passed: the order can be validated.");
    }
    QStringList lines;
    qsizetype shown = 0;
    const auto section = [&](const QString& heading, const QStringList& items) {
        if (items.isEmpty() || shown >= maxToolTipItems) {
            return;
        }
        lines.append(heading);
        for (const QString& item : items.mid(0, maxToolTipItems - shown)) {
            lines.append(u"• " + item);
        }
        shown += std::min(items.size(), maxToolTipItems - shown);
    };
    section(tr("Failed:"), failedItems);
    section(tr("To confirm:"), awaitingItems);
    section(tr("Still to do:"), toDoItems);
    const qsizetype total = failedItems.size() + awaitingItems.size() + toDoItems.size();
    if (total > shown) {
        lines.append(tr("(and %1 more)").arg(total - shown));
    }
    return lines.join(u'\n');
}

} // namespace guichet::ui
