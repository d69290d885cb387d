#pragma once

// The order page (*fiche de commande*): the order and its checklist on one side, the document viewer
// on the other, in one window: the operators' two browser windows side by side. Every state it
// shows comes from core (the checklist, the workflow's answers); every act goes through the
// DeskSession, and the page reloads whenever the session announces a change to its order.

#include "model/order.h"
#include "model/result.h"
#include "rules/checklist.h"

#include <QWidget>
#include <map>
#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QScrollArea;
class QSplitter;

namespace guichet::ui {

class ChecklistPanel;
class Confirmer;
class DeskSession;
class DocumentList;
class DocumentViewer;
class MessageBar;
class NotificationHistory;
class OrderActions;
class OrderDetails;
class OrderHeader;

class OrderPage : public QWidget
{
    Q_OBJECT

public:
    /// `confirmer` answers the page's questions (the irreversible validation, where to save the
    /// dossier); it must outlive the page.
    OrderPage(DeskSession& session, Confirmer& confirmer, QWidget* parent = nullptr);
    /// With the desk's dialogs as the confirmer.
    explicit OrderPage(DeskSession& session, QWidget* parent = nullptr);
    ~OrderPage() override;

    /// Opens `orderId`: loads it, selects the first check awaiting the operator and its document.
    void setOrder(qint64 orderId);
    qint64 orderId() const { return m_orderId; }
    /// The order as last loaded, if it could be loaded.
    const Order* order() const { return m_order ? &*m_order : nullptr; }
    const rules::Checklist& checklist() const { return m_checklist; }
    /// True for a validated (or cancelled) order: every act is disabled.
    bool isReadOnly() const { return m_readOnly; }

    DocumentViewer* viewer() const { return m_viewer; }
    ChecklistPanel* checklistPanel() const { return m_checklistPanel; }
    DocumentList* documentList() const { return m_documents; }
    /// The last message shown above the order (an act's result or a refusal), empty if none.
    QString message() const;

public slots:
    /// Reads the order again from the store (the session's orderChanged calls it for this order).
    void reload();
    /// Shows a document of the order in the viewer and selects it in the list.
    void showDocument(guichet::DocumentKind kind);
    void nextDocument();
    void previousDocument();
    /// Opens *Envoyer une notification* (window-modal; the page sends when the dialog asks).
    void openNotificationDialog();
    /// *Télécharger le dossier*: asks for a file name, writes the archive.
    void exportDossier();

signals:
    void closeRequested();
    void notificationSent(qint64 orderId, qint64 notificationId);
    /// The order was loaded or reloaded (its number, for a window title).
    void orderLoaded(qint64 orderId, const QString& number);

protected:
    void showEvent(QShowEvent* event) override;

private:
    OrderPage(DeskSession& session, std::unique_ptr<Confirmer> own, Confirmer* confirmer, QWidget* parent);
    void buildLayout();
    void buildShortcuts();
    void connectParts();
    bool loadOrder();
    void refreshViews();
    void displayDocument(DocumentKind kind);

    DeskSession& m_session;
    std::unique_ptr<Confirmer> m_ownConfirmer;
    Confirmer& m_confirmer;
    qint64 m_orderId = 0;
    std::optional<Order> m_order;
    rules::Checklist m_checklist;
    bool m_readOnly = true;
    /// Document bytes by kind, with the SHA-256 they were read for: fetched again only when it changes.
    std::map<DocumentKind, std::pair<QString, QByteArray>> m_contents;
    QString m_contentError;
    QString m_shownKey; ///< what the viewer shows (kind, content): a reload does not redraw it

    bool m_sized = false;
    QSplitter* m_splitter = nullptr;
    QSplitter* m_leftSplit = nullptr;
    QSplitter* m_topSplit = nullptr;
    QScrollArea* m_detailsScroll = nullptr;
    QWidget* m_orderSide = nullptr;
    OrderHeader* m_header = nullptr;
    MessageBar* m_message = nullptr;
    QLabel* m_banner = nullptr;
    OrderDetails* m_details = nullptr;
    DocumentList* m_documents = nullptr;
    NotificationHistory* m_history = nullptr;
    ChecklistPanel* m_checklistPanel = nullptr;
    DocumentViewer* m_viewer = nullptr;
    QPushButton* m_notify = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_close = nullptr;
    OrderActions* m_actions = nullptr;
};

} // namespace guichet::ui
