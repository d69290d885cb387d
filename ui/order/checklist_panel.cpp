#include "checklist_panel.h"

#include "state_icons.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace guichet::ui {
namespace {

enum Column
{
    TitleColumn,
    StateColumn,
    DetailColumn
};
enum Role
{
    ItemIdRole = Qt::UserRole,
    DocumentRole
};

QString confirmationNote(const Order& order, const QString& itemId)
{
    for (const Confirmation& confirmation : order.confirmations) {
        if (confirmation.itemId == itemId) {
            const QDateTime local = confirmation.at.toLocalTime();
            return ChecklistPanel::tr("Confirmed by %1 on %2 at %3.")
                .arg(confirmation.operatorId, QLocale().toString(local.date(), QLocale::ShortFormat),
                     QLocale().toString(local.time(), QLocale::ShortFormat));
        }
    }
    return {};
}

} // namespace

ChecklistPanel::ChecklistPanel(QWidget* parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_tree(new QTreeWidget(this)), m_detail(new QLabel(this)),
      m_confirm(new QPushButton(tr("&Confirm"), this)),
      m_send(new QPushButton(tr("Send for &signature"), this)),
      m_validate(new QPushButton(tr("&Validate"), this))
{
    auto* title = new QLabel(tr("Chec&klist"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setBuddy(m_tree);
    m_summary->setObjectName(QStringLiteral("checklistSummary"));

    m_tree->setObjectName(QStringLiteral("checklistTree"));
    m_tree->setAccessibleName(tr("Checklist"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Check"), tr("State"), tr("Details")});
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->setColumnWidth(TitleColumn, 330);
    m_tree->setColumnWidth(StateColumn, 170);

    m_detail->setObjectName(QStringLiteral("checklistItemDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMinimumHeight(m_detail->fontMetrics().lineSpacing() * 2);

    m_confirm->setObjectName(QStringLiteral("confirmItemButton"));
    m_confirm->setAccessibleName(tr("Confirm the selected check"));
    m_confirm->setToolTip(tr("Confirm the selected check (Ctrl+Enter)"));
    m_send->setObjectName(QStringLiteral("sendForSignatureButton"));
    m_send->setAccessibleName(tr("Send for signature"));
    m_send->setToolTip(tr("Send the contractual documents for signature (Ctrl+Shift+S)"));
    m_validate->setObjectName(QStringLiteral("validateButton"));
    m_validate->setAccessibleName(tr("Validate the order"));
    m_validate->setToolTip(tr("Validate the order: irreversible (Ctrl+Shift+V)"));

    auto* heading = new QHBoxLayout;
    heading->addWidget(title);
    heading->addStretch();
    heading->addWidget(m_summary);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_confirm);
    buttons->addStretch();
    buttons->addWidget(m_send);
    buttons->addWidget(m_validate);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(heading);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_detail);
    layout->addLayout(buttons);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* current) {
        updateButtons();
        showCurrentDetail();
        if (current && current->data(0, DocumentRole).isValid()) {
            emit documentRequested(static_cast<DocumentKind>(current->data(0, DocumentRole).toInt()));
        }
    });
    connect(m_confirm, &QPushButton::clicked, this, &ChecklistPanel::confirmCurrent);
    connect(m_send, &QPushButton::clicked, this, &ChecklistPanel::sendForSignature);
    connect(m_validate, &QPushButton::clicked, this, &ChecklistPanel::validate);
    updateButtons();
}

QString ChecklistPanel::stepTitle(rules::Step step)
{
    switch (step) {
    case rules::Step::DocumentsImported:
        return tr("Supporting documents imported");
    case rules::Step::PiecesChecked:
        return tr("Pieces valid and matching the order");
    case rules::Step::OtpContact:
        return tr("Holder's OTP contact");
    case rules::Step::IdentityRecorded:
        return tr("Holder's ID document recorded");
    case rules::Step::SentForSignature:
        return tr("Sent for signature");
    case rules::Step::Signed:
        return tr("Contractual documents signed");
    case rules::Step::Validation:
        return tr("Payment and validation");
    }
    Q_UNREACHABLE();
}

void ChecklistPanel::setChecklist(const rules::Checklist& checklist, const Order& order)
{
    m_checklist = checklist;
    m_order = order;
    rebuild();
}

void ChecklistPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

void ChecklistPanel::rebuild()
{
    const QString current = currentItemId();
    const int scroll = m_tree->verticalScrollBar() ? m_tree->verticalScrollBar()->value() : 0;
    const QSignalBlocker blocker(m_tree); // rebuilding is not the operator moving: no document request
    m_tree->clear();
    QFont bold = m_tree->font();
    bold.setBold(true);
    QTreeWidgetItem* stepItem = nullptr;
    std::optional<rules::Step> step;
    for (const rules::ChecklistItem& item : m_checklist.items) {
        if (!step || *step != item.step) {
            step = item.step;
            stepItem = new QTreeWidgetItem(m_tree);
            stepItem->setText(TitleColumn, tr("Step %1 — %2").arg(int(item.step)).arg(stepTitle(item.step)));
            stepItem->setFont(TitleColumn, bold);
            stepItem->setFirstColumnSpanned(true);
            stepItem->setFlags(Qt::ItemIsEnabled);
        }
        auto* row = new QTreeWidgetItem(stepItem);
        row->setData(0, ItemIdRole, item.id);
        if (item.document) {
            row->setData(0, DocumentRole, int(*item.document));
        }
        row->setText(TitleColumn, item.title);
        row->setIcon(StateColumn, stateIcon(item.state));
        row->setText(StateColumn, rules::label(item.state));
        row->setForeground(StateColumn, stateColour(item.state));
        QString detail = item.reason;
        if (item.operatorItem && item.state == rules::ItemState::Passed) {
            detail = confirmationNote(m_order, item.id);
        }
        row->setText(DetailColumn, detail);
        row->setToolTip(TitleColumn, item.title);
        row->setToolTip(DetailColumn, detail);
    }
    m_tree->expandAll();
    m_summary->setText(tr("%1 passed · %2 failed · %3 awaiting confirmation")
                           .arg(m_checklist.count(rules::ItemState::Passed))
                           .arg(m_checklist.count(rules::ItemState::Failed))
                           .arg(m_checklist.count(rules::ItemState::AwaitingConfirmation)));
    if (QTreeWidgetItem* again = findItem(current)) {
        m_tree->setCurrentItem(again);
    }
    m_tree->verticalScrollBar()->setValue(scroll);
    updateButtons();
    showCurrentDetail();
}

QTreeWidgetItem* ChecklistPanel::findItem(const QString& itemId) const
{
    if (itemId.isEmpty()) {
        return nullptr;
    }
    for (int s = 0; s < m_tree->topLevelItemCount(); ++s) {
        QTreeWidgetItem* stepItem = m_tree->topLevelItem(s);
        for (int i = 0; i < stepItem->childCount(); ++i) {
            if (stepItem->child(i)->data(0, ItemIdRole).toString() == itemId) {
                return stepItem->child(i);
            }
        }
    }
    return nullptr;
}

const rules::ChecklistItem* ChecklistPanel::currentChecklistItem() const
{
    const QString id = currentItemId();
    return id.isEmpty() ? nullptr : m_checklist.item(id);
}

QString ChecklistPanel::currentItemId() const
{
    const QTreeWidgetItem* current = m_tree->currentItem();
    return current ? current->data(0, ItemIdRole).toString() : QString();
}

bool ChecklistPanel::selectItem(const QString& itemId)
{
    QTreeWidgetItem* item = findItem(itemId);
    if (!item) {
        return false;
    }
    m_tree->setCurrentItem(item);
    m_tree->scrollToItem(item);
    return true;
}

void ChecklistPanel::followDocument(DocumentKind kind)
{
    const rules::ChecklistItem* current = currentChecklistItem();
    if (current && current->document == kind) {
        return;
    }
    for (const rules::ChecklistItem& item : m_checklist.items) {
        if (item.operatorItem && item.document == kind) {
            selectItem(item.id);
            return;
        }
    }
    m_tree->setCurrentItem(nullptr);
}

QString ChecklistPanel::firstAwaitingItemId() const
{
    for (const rules::ChecklistItem& item : m_checklist.items) {
        if (item.operatorItem && item.state == rules::ItemState::AwaitingConfirmation) {
            return item.id;
        }
    }
    return {};
}

void ChecklistPanel::updateButtons()
{
    const rules::ChecklistItem* item = currentChecklistItem();
    m_confirm->setEnabled(!m_readOnly && item && item->operatorItem &&
                          item->state == rules::ItemState::AwaitingConfirmation);
    // The workflow guards these acts again; the buttons only spare the operator a refusal.
    m_send->setEnabled(!m_readOnly && !m_checklist.items.isEmpty() &&
                       m_checklist.supportingPiecesVerified() && m_order.phase == Phase::Verification);
    m_validate->setEnabled(!m_readOnly && m_checklist.allPassed() && !m_order.isValidated());
}

void ChecklistPanel::showCurrentDetail()
{
    const rules::ChecklistItem* item = currentChecklistItem();
    if (!item) {
        m_detail->setText(tr("Select a check to see its details; a check about a document shows it."));
        return;
    }
    const QTreeWidgetItem* row = m_tree->currentItem();
    const QString detail = row->text(DetailColumn);
    m_detail->setText(detail.isEmpty()
                          ? tr("%1 — %2.").arg(item->title, rules::label(item->state))
                          : tr("%1 — %2: %3").arg(item->title, rules::label(item->state), detail));
}

void ChecklistPanel::confirmCurrent()
{
    if (m_confirm->isEnabled()) {
        emit confirmRequested(currentItemId());
    }
}

void ChecklistPanel::sendForSignature()
{
    if (m_send->isEnabled()) {
        emit sendForSignatureRequested();
    }
}

void ChecklistPanel::validate()
{
    if (m_validate->isEnabled()) {
        emit validateRequested();
    }
}

} // namespace guichet::ui
