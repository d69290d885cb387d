#pragma once

// *Liste des documents*: every document of the order with its status in the operators' words.
// Selecting one asks for it in the viewer; a contractual document awaiting signature can be marked
// signed when the page allows it (phase *Attente de signature*).

#include "model/order.h"

#include <QWidget>
#include <optional>

class QHBoxLayout;
class QPushButton;
class QTreeWidget;

namespace guichet::ui {

class DocumentList : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentList(QWidget* parent = nullptr);

    /// Lists the order's documents, and the required ones it lacks as not imported. Keeps the
    /// current document.
    void setOrder(const Order& order);
    /// Whether signatures can be recorded now (the page knows the phase and whether it is read-only).
    void setSigningAllowed(bool allowed);

    std::optional<DocumentKind> currentDocument() const;
    /// Makes `kind` current (and so asks for it in the viewer); false if the order has no such row.
    bool selectDocument(DocumentKind kind);
    /// Walk the list (the viewer's next/previous document): false at either end.
    bool selectNext();
    bool selectPrevious();

    QTreeWidget* tree() const { return m_tree; }
    /// Puts one of the page's buttons at the start of the list's button row.
    void addButton(QWidget* button);

public slots:
    void markCurrentSigned();

signals:
    void documentSelected(guichet::DocumentKind kind);
    void markSignedRequested(guichet::DocumentKind kind);

private:
    void updateButtons();
    bool selectRow(int row);

    bool m_signingAllowed = false;
    QTreeWidget* m_tree;
    QPushButton* m_markSigned;
    QHBoxLayout* m_buttons;
};

} // namespace guichet::ui
