#include "checklist.h"

#include <QJsonArray>
#include <algorithm>

namespace guichet::rules {

QString toCode(ItemState state)
{
    switch (state) {
    case ItemState::Passed:
        return QStringLiteral("passed");
    case ItemState::Failed:
        return QStringLiteral("failed");
    case ItemState::AwaitingConfirmation:
        return QStringLiteral("awaiting-confirmation");
    case ItemState::NotApplicable:
        return QStringLiteral("not-applicable");
    }
    Q_UNREACHABLE();
}

QString label(ItemState state)
{
    switch (state) {
    case ItemState::Passed:
        return Checklist::tr("passed");
    case ItemState::Failed:
        return Checklist::tr("failed");
    case ItemState::AwaitingConfirmation:
        return Checklist::tr("awaiting confirmation");
    case ItemState::NotApplicable:
        return Checklist::tr("not applicable");
    }
    Q_UNREACHABLE();
}

const ChecklistItem* Checklist::item(const QString& id) const
{
    const auto it =
        std::find_if(items.cbegin(), items.cend(), [&id](const ChecklistItem& i) { return i.id == id; });
    return it == items.cend() ? nullptr : &*it;
}

bool Checklist::allPassed() const
{
    return !items.isEmpty() &&
           std::all_of(items.cbegin(), items.cend(), [](const ChecklistItem& i) { return i.isSettled(); });
}

bool Checklist::supportingPiecesVerified() const
{
    return std::all_of(items.cbegin(), items.cend(), [](const ChecklistItem& i) {
        return i.step > Step::IdentityRecorded || i.isSettled();
    });
}

QStringList Checklist::pendingTitles(Step lastStep) const
{
    QStringList titles;
    for (const auto& i : items) {
        if (i.step <= lastStep && !i.isSettled()) {
            titles.append(i.title);
        }
    }
    return titles;
}

QList<const ChecklistItem*> Checklist::failedItems() const
{
    QList<const ChecklistItem*> failed;
    for (const auto& i : items) {
        if (i.state == ItemState::Failed) {
            failed.append(&i);
        }
    }
    return failed;
}

int Checklist::count(ItemState state) const
{
    return int(std::count_if(items.cbegin(), items.cend(),
                             [state](const ChecklistItem& i) { return i.state == state; }));
}

QJsonObject Checklist::toJson() const
{
    QJsonArray array;
    for (const auto& i : items) {
        QJsonObject object{
            {QStringLiteral("id"), i.id},
            {QStringLiteral("step"), int(i.step)},
            {QStringLiteral("title"), i.title},
            {QStringLiteral("state"), toCode(i.state)},
            {QStringLiteral("operatorItem"), i.operatorItem},
        };
        if (!i.reason.isEmpty()) {
            object.insert(QStringLiteral("reason"), i.reason);
        }
        if (i.document) {
            object.insert(QStringLiteral("document"), guichet::toCode(*i.document));
        }
        array.append(object);
    }
    return QJsonObject{
        {QStringLiteral("reviewDate"), reviewDate.toString(Qt::ISODate)},
        {QStringLiteral("canValidate"), allPassed()},
        {QStringLiteral("items"), array},
    };
}

} // namespace guichet::rules
