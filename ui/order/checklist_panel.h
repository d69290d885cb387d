#pragma once

// The checklist beside the documents: every item core computed for the order, grouped by the RA's
// steps, each with its state (icon, colour and words), title and reason. The operator confirms the
// items only a person can check, sends the contracts for signature and validates from here; the
// panel only asks (signals), the order page acts through the session.

#include "model/order.h"
#include "rules/checklist.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace guichet::ui {

class ChecklistPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChecklistPanel(QWidget* parent = nullptr);

    /// Shows `checklist` (core's, for `order`) and enables the buttons from it: Confirm for an
    /// operator item awaiting confirmation, *Envoyer pour signature* once the supporting pieces are
    /// verified in phase Verification, *Valider* once every item has passed. Keeps the current item.
    void setChecklist(const rules::Checklist& checklist, const Order& order);
    /// A validated order: nothing can be confirmed, sent or validated any more.
    void setReadOnly(bool readOnly);

    QString currentItemId() const;
    /// Makes `itemId` the current item (and so shows its document); false if there is none.
    bool selectItem(const QString& itemId);
    /// The operator turned to `kind` (in the document list or the viewer): unless the current item is
    /// about it already, the current item becomes the operator's item for that document, or none.
    void followDocument(DocumentKind kind);
    /// The first item in the list still awaiting the operator's confirmation, if any.
    QString firstAwaitingItemId() const;

    QTreeWidget* tree() const { return m_tree; }

    /// The step's title in the operators' words, e.g. "Supporting documents imported".
    static QString stepTitle(rules::Step step);

public slots:
    /// Each does nothing when its button is disabled (the shortcuts call them too).
    void confirmCurrent();
    void sendForSignature();
    void validate();

signals:
    void confirmRequested(const QString& itemId);
    void documentRequested(guichet::DocumentKind kind);
    void sendForSignatureRequested();
    void validateRequested();

private:
    void rebuild();
    void updateButtons();
    void showCurrentDetail();
    QTreeWidgetItem* findItem(const QString& itemId) const;
    const rules::ChecklistItem* currentChecklistItem() const;

    rules::Checklist m_checklist;
    Order m_order;
    bool m_readOnly = false;
    QLabel* m_summary;
    QTreeWidget* m_tree;
    QLabel* m_detail;
    QPushButton* m_confirm;
    QPushButton* m_send;
    QPushButton* m_validate;
};

} // namespace guichet::ui
