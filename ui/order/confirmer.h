#pragma once

// What the order page asks the operator, behind an interface: the page asks, the implementation
// answers (dialogs in the desk, a scripted mock in the tests), in the spirit of XCA's PwDialogUI_i.

#include <QString>

class QWidget;

namespace guichet::ui {

/// A yes/no question about an act, worded for the operator.
struct Question
{
    QString title;
    QString text;            ///< the question itself, one sentence
    QString informativeText; ///< what answering yes means (e.g. that the act is irreversible)
    QString acceptLabel;     ///< the "yes" button's text, naming the act ("Validate")
};

class Confirmer
{
public:
    virtual ~Confirmer() = default;
    /// True only when the operator explicitly accepted; cancelling or closing means no.
    virtual bool confirm(QWidget* parent, const Question& question) = 0;
    /// Where to save a file, starting from `suggestedPath`; empty when the operator cancelled.
    virtual QString saveFileName(QWidget* parent, const QString& title, const QString& suggestedPath,
                                 const QString& filter) = 0;
};

/// The desk's answers: a message box whose default button is Cancel, and the file dialog.
class DialogConfirmer final : public Confirmer
{
public:
    bool confirm(QWidget* parent, const Question& question) override;
    QString saveFileName(QWidget* parent, const QString& title, const QString& suggestedPath,
                         const QString& filter) override;
};

} // namespace guichet::ui
