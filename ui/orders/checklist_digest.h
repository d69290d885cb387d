#pragma once

// A checklist in a few words for the order list's triage: how many checks passed out of those that
// apply, how many show a problem with what the requester sent, how many wait for the operator. The
// rules decide each item's state; this only counts and words them.
//
// "Failed" here means a failed check of steps 1 to 3 (documents imported, pieces valid and matching,
// OTP contact): something wrong in the dossier, usually a notification to send. A failed item of
// steps 4 to 7 (identity recorded, sent for signature, signed, paid) is an act not done yet: every
// dossier in verification has some, so counting them as failures would turn every row red.

#include "rules/checklist.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace guichet::ui {

struct ChecklistDigest
{
    Q_DECLARE_TR_FUNCTIONS(guichet::ui::ChecklistDigest)

public:
    enum class Level
    {
        Ready,       ///< every check passed: the order can be validated
        InProgress,  ///< nothing wrong with the dossier; confirmations or later steps to do
        Failing,     ///< a check of steps 1 to 3 failed
        Unavailable, ///< the order could not be read
    };

    int passed = 0;
    int applicable = 0; ///< items other than "not applicable"
    int failed = 0;     ///< failed items of steps 1 to 3
    int awaiting = 0;   ///< items awaiting the operator's confirmation
    int toDo = 0;       ///< failed items of steps 4 to 7
    bool ready = false; ///< rules::Checklist::allPassed()
    /// For the tooltip: "title: reason" of failed items, titles of items to confirm, "title: reason"
    /// of acts still to do.
    QStringList failedItems;
    QStringList awaitingItems;
    QStringList toDoItems;
    QString error; ///< why the checklist could not be computed; empty otherwise

    static ChecklistDigest of(const rules::Checklist& checklist);
    static ChecklistDigest unavailable(const QString& message);

    Level level() const;
    /// "1 failed, 6 to confirm (13/22 passed)"; "Ready to validate (22/22 passed)".
    QString text() const;
    QString toolTip() const;
};

} // namespace guichet::ui
