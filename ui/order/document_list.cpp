#include "document_list.h"

#include "rules/checklist.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace guichet::ui {
namespace {

enum Column
{
    NameColumn,
    StatusColumn,
    FileColumn
};
constexpr int KindRole = Qt::UserRole;
constexpr int StatusRole = Qt::UserRole + 1;

QColor statusColour(DocumentStatus status)
{
    switch (status) {
    case DocumentStatus::Imported:
    case DocumentStatus::Signed:
        return QColor(0x2e, 0x7d, 0x32);
    case DocumentStatus::Unsigned:
        return QColor(0xb2, 0x5e, 0x00);
    case DocumentStatus::NotImported:
        return QColor(0xc6, 0x28, 0x28);
    }
    Q_UNREACHABLE();
}

} // namespace

DocumentList::DocumentList(QWidget* parent)
    : QWidget(parent), m_tree(new QTreeWidget(this)),
      m_markSigned(new QPushButton(tr("Mark as si&gned"), this)), m_buttons(new QHBoxLayout)
{
    auto* title = new QLabel(tr("D&ocuments"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setBuddy(m_tree);

    m_tree->setObjectName(QStringLiteral("documentList"));
    m_tree->setAccessibleName(tr("Documents of the order"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Document"), tr("Status"), tr("File")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(NameColumn, 240);
    m_tree->setColumnWidth(StatusColumn, 90);

    m_markSigned->setObjectName(QStringLiteral("markSignedButton"));
    m_markSigned->setAccessibleName(tr("Mark the selected document as signed"));
    m_markSigned->setToolTip(tr("Record that the selected contractual document came back signed"));

    m_buttons->addStretch();
    m_buttons->addWidget(m_markSigned);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_tree, 1);
    layout->addLayout(m_buttons);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* current) {
        updateButtons();
        if (current) {
            emit documentSelected(static_cast<DocumentKind>(current->data(0, KindRole).toInt()));
        }
    });
    connect(m_markSigned, &QPushButton::clicked, this, &DocumentList::markCurrentSigned);
    updateButtons();
}

void DocumentList::setOrder(const Order& order)
{
    const auto current = currentDocument();
    const QList<DocumentKind> required = rules::requiredDocuments(order);
    const QSignalBlocker blocker(m_tree); // a reload is not the operator choosing a document
    m_tree->clear();
    // In the RA platform's order (contracts, then supporting pieces), whatever order they came in.
    for (DocumentKind kind : allDocumentKinds) {
        const Document* document = order.document(kind);
        if (!document && !required.contains(kind)) {
            continue;
        }
        const DocumentStatus status = document ? document->status : DocumentStatus::NotImported;
        auto* row = new QTreeWidgetItem(m_tree);
        row->setData(0, KindRole, int(kind));
        row->setData(0, StatusRole, int(status));
        row->setText(NameColumn, label(kind));
        row->setToolTip(NameColumn, label(kind));
        row->setText(StatusColumn, label(status));
        row->setForeground(StatusColumn, statusColour(status));
        if (document) {
            row->setText(FileColumn, document->fileName);
            row->setToolTip(FileColumn, document->fileName);
        }
    }
    if (current) {
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
            if (m_tree->topLevelItem(i)->data(0, KindRole).toInt() == int(*current)) {
                m_tree->setCurrentItem(m_tree->topLevelItem(i));
            }
        }
    }
    updateButtons();
}

void DocumentList::addButton(QWidget* button)
{
    m_buttons->insertWidget(0, button);
}

void DocumentList::setSigningAllowed(bool allowed)
{
    m_signingAllowed = allowed;
    updateButtons();
}

std::optional<DocumentKind> DocumentList::currentDocument() const
{
    const QTreeWidgetItem* current = m_tree->currentItem();
    if (!current) {
        return std::nullopt;
    }
    return static_cast<DocumentKind>(current->data(0, KindRole).toInt());
}

bool DocumentList::selectRow(int row)
{
    if (row < 0 || row >= m_tree->topLevelItemCount()) {
        return false;
    }
    m_tree->setCurrentItem(m_tree->topLevelItem(row));
    m_tree->scrollToItem(m_tree->topLevelItem(row));
    return true;
}

bool DocumentList::selectDocument(DocumentKind kind)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->data(0, KindRole).toInt() == int(kind)) {
            return selectRow(i);
        }
    }
    return false;
}

bool DocumentList::selectNext()
{
    QTreeWidgetItem* current = m_tree->currentItem();
    return selectRow(current ? m_tree->indexOfTopLevelItem(current) + 1 : 0);
}

bool DocumentList::selectPrevious()
{
    QTreeWidgetItem* current = m_tree->currentItem();
    return selectRow(current ? m_tree->indexOfTopLevelItem(current) - 1 : m_tree->topLevelItemCount() - 1);
}

void DocumentList::updateButtons()
{
    const QTreeWidgetItem* current = m_tree->currentItem();
    const bool awaitingSignature =
        current &&
        static_cast<DocumentStatus>(current->data(0, StatusRole).toInt()) == DocumentStatus::Unsigned;
    m_markSigned->setEnabled(m_signingAllowed && awaitingSignature);
}

void DocumentList::markCurrentSigned()
{
    if (const auto kind = currentDocument(); kind && m_markSigned->isEnabled()) {
        emit markSignedRequested(*kind);
    }
}

} // namespace guichet::ui
