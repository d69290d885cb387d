#include "order_page.h"

#include "checklist_panel.h"
#include "confirmer.h"
#include "document_list.h"
#include "identity_form.h"
#include "message_bar.h"
#include "notification_history.h"
#include "order_actions.h"
#include "order_details.h"
#include "session/desk_session.h"
#include "store/order_store.h"
#include "viewer/document_viewer.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace guichet::ui {
namespace {

QPushButton* makeButton(const QString& text, const QString& objectName, const QString& accessibleName,
                        const QString& toolTip, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    button->setToolTip(toolTip);
    return button;
}

} // namespace

OrderPage::OrderPage(DeskSession& session, Confirmer& confirmer, QWidget* parent)
    : OrderPage(session, nullptr, &confirmer, parent)
{}

OrderPage::OrderPage(DeskSession& session, QWidget* parent)
    : OrderPage(session, std::make_unique<DialogConfirmer>(), nullptr, parent)
{}

OrderPage::OrderPage(DeskSession& session, std::unique_ptr<Confirmer> own, Confirmer* confirmer,
                     QWidget* parent)
    : QWidget(parent), m_session(session), m_ownConfirmer(std::move(own)),
      m_confirmer(confirmer ? *confirmer : *m_ownConfirmer)
{
    setObjectName(QStringLiteral("orderPage"));
    setAccessibleName(tr("Order"));
    buildLayout();
    m_actions = new OrderActions(m_session, m_confirmer, *m_message, this);
    connectParts();
    buildShortcuts();
    refreshViews();
}

OrderPage::~OrderPage() = default;

void OrderPage::buildLayout()
{
    m_orderSide = new QWidget(this);
    m_orderSide->setObjectName(QStringLiteral("orderSide"));
    m_header = new OrderHeader(m_orderSide);
    m_message = new MessageBar(m_orderSide);
    m_message->setObjectName(QStringLiteral("orderMessage"));
    m_banner = new QLabel(m_orderSide);
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #eceff1; color: #263238; border: 1px solid #607d8b;"
                       " padding: 6px; font-weight: bold; }"));
    m_banner->hide();

    m_notify = makeButton(tr("Send a &notification…"), QStringLiteral("notifyButton"),
                          tr("Send a notification to the requester"), tr("Send a notification (Ctrl+N)"),
                          m_orderSide);
    m_export =
        makeButton(tr("&Download the dossier…"), QStringLiteral("exportButton"), tr("Download the dossier"),
                   tr("Save the dossier as one archive (Ctrl+E)"), m_orderSide);
    m_close = makeButton(tr("C&lose"), QStringLiteral("closeOrderButton"), tr("Close the order"),
                         tr("Close the order"), m_orderSide);

    m_details = new OrderDetails;
    m_details->setObjectName(QStringLiteral("orderDetails"));
    m_detailsScroll = new QScrollArea(m_orderSide);
    m_detailsScroll->setObjectName(QStringLiteral("orderDetailsScroll"));
    m_detailsScroll->setWidget(m_details);
    m_detailsScroll->setWidgetResizable(true);
    m_detailsScroll->setFrameShape(QFrame::NoFrame);
    m_detailsScroll->setMinimumWidth(220);

    m_documents = new DocumentList(m_orderSide);
    m_documents->setObjectName(QStringLiteral("documentListPanel"));
    m_documents->addButton(m_export); // the dossier's archive: its documents and their trail
    m_history = new NotificationHistory(m_orderSide);
    m_history->setObjectName(QStringLiteral("notificationHistoryPanel"));
    m_history->addButton(m_notify);
    m_checklistPanel = new ChecklistPanel(m_orderSide);
    m_checklistPanel->setObjectName(QStringLiteral("checklistPanel"));

    auto* topRight = new QSplitter(Qt::Vertical, m_orderSide);
    topRight->addWidget(m_documents);
    topRight->addWidget(m_history);
    topRight->setStretchFactor(0, 3);
    topRight->setStretchFactor(1, 2);
    m_topSplit = new QSplitter(Qt::Horizontal, m_orderSide);
    auto* top = m_topSplit;
    top->addWidget(m_detailsScroll);
    top->addWidget(topRight);
    top->setStretchFactor(0, 2);
    top->setStretchFactor(1, 3);
    m_leftSplit = new QSplitter(Qt::Vertical, m_orderSide);
    auto* leftSplit = m_leftSplit;
    leftSplit->addWidget(top);
    leftSplit->addWidget(m_checklistPanel);
    leftSplit->setStretchFactor(0, 1);
    leftSplit->setStretchFactor(1, 1);

    auto* headerRow = new QHBoxLayout;
    headerRow->addWidget(m_header, 1);
    headerRow->addWidget(m_close, 0, Qt::AlignTop);
    auto* left = new QVBoxLayout(m_orderSide);
    left->setContentsMargins(6, 6, 6, 6);
    left->addLayout(headerRow);
    left->addWidget(m_message);
    left->addWidget(m_banner);
    left->addWidget(leftSplit, 1);

    m_viewer = new DocumentViewer(this);
    m_viewer->setObjectName(QStringLiteral("documentViewer"));
    m_viewer->setAccessibleName(tr("Document viewer"));
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("orderSplitter"));
    m_splitter->addWidget(m_orderSide);
    m_splitter->addWidget(m_viewer);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    // Keyboard walk: the checklist first (where the work is), then the documents, the holder's ID
    // form, the history and the page's buttons.
    const QStringList chain = {
        QStringLiteral("checklistTree"),          QStringLiteral("confirmItemButton"),
        QStringLiteral("sendForSignatureButton"), QStringLiteral("validateButton"),
        QStringLiteral("documentList"),           QStringLiteral("markSignedButton"),
        QStringLiteral("exportButton"),           QStringLiteral("identityKind"),
        QStringLiteral("identityNumber"),         QStringLiteral("recordIdentityButton"),
        QStringLiteral("notificationHistory"),    QStringLiteral("notifyButton"),
        QStringLiteral("closeOrderButton"),
    };
    QWidget* previous = nullptr;
    for (const QString& name : chain) {
        QWidget* widget = findChild<QWidget*>(name);
        Q_ASSERT(widget);
        if (previous && widget) {
            setTabOrder(previous, widget);
        }
        previous = widget;
    }
    setTabOrder(previous, m_viewer);
}

void OrderPage::connectParts()
{
    connect(&m_session, &DeskSession::orderChanged, this, [this](qint64 changed) {
        if (changed == m_orderId && m_orderId != 0) {
            reload();
        }
    });
    connect(&m_session, &DeskSession::ordersReset, this, [this] {
        if (m_orderId != 0) {
            reload();
        }
    });
    connect(m_checklistPanel, &ChecklistPanel::documentRequested, this, &OrderPage::showDocument);
    connect(m_checklistPanel, &ChecklistPanel::confirmRequested, this, [this](const QString& itemId) {
        if (m_order) {
            m_actions->confirm(*m_order, m_checklist, itemId);
        }
    });
    connect(m_checklistPanel, &ChecklistPanel::sendForSignatureRequested, this, [this] {
        if (m_order) {
            m_actions->sendForSignature(*m_order);
        }
    });
    connect(m_checklistPanel, &ChecklistPanel::validateRequested, this, [this] {
        if (m_order) {
            m_actions->validate(*m_order);
        }
    });
    connect(m_documents, &DocumentList::documentSelected, this, [this](DocumentKind kind) {
        // Ctrl+Enter then confirms the piece in view, never one the operator is not looking at.
        m_checklistPanel->followDocument(kind);
        displayDocument(kind);
    });
    connect(m_documents, &DocumentList::markSignedRequested, this, [this](DocumentKind kind) {
        if (m_order) {
            m_actions->markSigned(*m_order, kind);
        }
    });
    connect(m_details->identityForm(), &IdentityForm::recordRequested, this,
            [this](const IdentityRecord& identity) {
                if (m_order) {
                    m_actions->recordIdentity(*m_order, identity);
                }
            });
    connect(m_actions, &OrderActions::notificationSent, this, &OrderPage::notificationSent);
    connect(m_viewer, &DocumentViewer::nextDocumentRequested, this, &OrderPage::nextDocument);
    connect(m_viewer, &DocumentViewer::previousDocumentRequested, this, &OrderPage::previousDocument);
    connect(m_notify, &QPushButton::clicked, this, &OrderPage::openNotificationDialog);
    connect(m_export, &QPushButton::clicked, this, &OrderPage::exportDossier);
    connect(m_close, &QPushButton::clicked, this, &OrderPage::closeRequested);
}

void OrderPage::buildShortcuts()
{
    const auto add = [](QWidget* scope, const QKeySequence& keys, auto slot) {
        auto* shortcut = new QShortcut(keys, scope);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, scope, slot);
    };
    add(this, QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { m_checklistPanel->confirmCurrent(); });
    add(this, QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { m_checklistPanel->confirmCurrent(); });
    add(this, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
        [this] { m_checklistPanel->sendForSignature(); });
    add(this, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), [this] { m_checklistPanel->validate(); });
    add(this, QKeySequence(Qt::CTRL | Qt::Key_N), [this] { m_notify->click(); });
    add(this, QKeySequence(Qt::CTRL | Qt::Key_E), [this] { m_export->click(); });
    // On the order's side only: the viewer has its own keys for the same walk, and one key bound
    // twice in the same focus scope would be ambiguous (Qt then fires neither).
    add(m_orderSide, QKeySequence(Qt::ALT | Qt::Key_Right), [this] { nextDocument(); });
    add(m_orderSide, QKeySequence(Qt::ALT | Qt::Key_Left), [this] { previousDocument(); });
}

QString OrderPage::message() const
{
    return m_message->text();
}

void OrderPage::setOrder(qint64 orderId)
{
    m_orderId = orderId;
    m_order.reset();
    m_contents.clear();
    m_contentError.clear();
    m_shownKey.clear();
    m_message->clear();
    m_viewer->clear();
    if (!loadOrder()) {
        refreshViews();
        return;
    }
    refreshViews();
    // Start where the work is: the first check not passed yet, and its document (else the first
    // document, so that the viewer never starts empty).
    if (!m_documents->currentDocument()) {
        m_documents->selectNext();
    }
    for (const rules::ChecklistItem& item : m_checklist.items) {
        if (item.state == rules::ItemState::Failed || item.state == rules::ItemState::AwaitingConfirmation) {
            m_checklistPanel->selectItem(item.id);
            break;
        }
    }
    m_checklistPanel->tree()->setFocus();
}

void OrderPage::reload()
{
    if (m_orderId == 0) {
        return;
    }
    loadOrder();
    refreshViews();
}

bool OrderPage::loadOrder()
{
    auto order = m_session.order(m_orderId);
    if (!order) {
        m_order.reset();
        m_checklist = {};
        m_message->showError(
            tr("The order could not be opened: %1").arg(OrderActions::describe(order.error())));
        return false;
    }
    // The bytes are read again only when a document's content changed (they rarely do).
    bool stale = false;
    for (const Document& document : order->documents) {
        const auto cached = m_contents.find(document.kind);
        if (document.hasContent() &&
            (cached == m_contents.end() || cached->second.first != document.sha256)) {
            stale = true;
        }
    }
    if (stale) {
        const QString previousError = m_contentError;
        m_contents.clear();
        m_contentError.clear();
        auto dossier = m_session.dossier(m_orderId);
        if (dossier) {
            for (auto& [kind, bytes] : dossier->contents) {
                const Document* document = dossier->order.document(kind);
                m_contents[kind] = {document ? document->sha256 : QString(), bytes};
            }
        } else {
            // The order itself stays open: its facts and checklist do not depend on the bytes.
            m_contentError = OrderActions::describe(dossier.error());
            if (m_contentError != previousError) {
                m_message->showError(
                    tr("The documents of this order could not be read: %1").arg(m_contentError));
            }
        }
    }
    m_order = std::move(order).value();
    m_checklist = rules::buildChecklist(*m_order, m_session.today());
    return true;
}

void OrderPage::refreshViews()
{
    if (!m_order) {
        m_readOnly = true;
        for (QWidget* part : std::initializer_list<QWidget*>{m_details, m_documents, m_history,
                                                             m_checklistPanel, m_notify, m_export}) {
            part->setEnabled(false);
        }
        m_banner->hide();
        return;
    }
    const Order& order = *m_order;
    m_readOnly = order.isValidated() || order.phase == Phase::Cancelled;
    for (QWidget* part :
         std::initializer_list<QWidget*>{m_details, m_documents, m_history, m_checklistPanel, m_export}) {
        part->setEnabled(true);
    }
    m_header->setOrder(order);
    m_details->setOrder(order);
    m_details->identityForm()->setReadOnly(m_readOnly);
    m_documents->setOrder(order);
    m_documents->setSigningAllowed(!m_readOnly && order.phase == Phase::AwaitingSignature);
    m_checklistPanel->setChecklist(m_checklist, order);
    m_checklistPanel->setReadOnly(m_readOnly);
    m_notify->setEnabled(!m_readOnly); // the workflow keeps no notification for a validated order

    if (auto notifications = m_session.orders().notifications(m_orderId)) {
        m_history->setNotifications(*notifications);
    } else {
        m_message->showError(tr("The notification history could not be read: %1")
                                 .arg(OrderActions::describe(notifications.error())));
    }

    if (order.isValidated()) {
        m_banner->setText(
            tr("Order %1 is validated (%2). Validation is irreversible: the order is read-only.")
                .arg(order.number, label(order.phase)));
    } else if (order.phase == Phase::Cancelled) {
        m_banner->setText(tr("Order %1 is cancelled: it is read-only.").arg(order.number));
    }
    m_banner->setVisible(m_readOnly);

    if (const auto current = m_documents->currentDocument()) {
        displayDocument(*current);
    }
    emit orderLoaded(m_orderId, order.number);
}

void OrderPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_sized) {
        // The two windows side by side: a little more for the order, the rest for the document; on
        // the order's side, a little more for the checklist, where the work is.
        m_sized = true;
        const int total = m_splitter->width();
        m_splitter->setSizes({total * 57 / 100, total - total * 57 / 100});
        const int height = m_leftSplit->height();
        m_leftSplit->setSizes({height * 45 / 100, height - height * 45 / 100});
        const int width = m_topSplit->width();
        m_topSplit->setSizes({width * 55 / 100, width - width * 55 / 100});
    }
}

void OrderPage::showDocument(DocumentKind kind)
{
    m_documents->selectDocument(kind); // selecting shows it; already current shows nothing new
    displayDocument(kind);
}

void OrderPage::displayDocument(DocumentKind kind)
{
    if (!m_order) {
        return;
    }
    const Document* document = m_order->document(kind);
    const QString key =
        toCode(kind) + u'/' + (document ? document->sha256 : QString()) + u'/' + m_contentError;
    if (key == m_shownKey) {
        return; // a reload must not reset the operator's page, zoom or rotation
    }
    m_shownKey = key;
    // Bring the part of the order this document is compared with into view.
    if (const QWidget* section = m_details->sectionFor(kind)) {
        QScrollBar* bar = m_detailsScroll->verticalScrollBar();
        const QRect visible(QPoint(0, bar->value()), m_detailsScroll->viewport()->size());
        if (!visible.contains(section->geometry())) {
            bar->setValue(section->y());
        }
    }
    const QString title = label(kind);
    if (!document || !document->hasContent()) {
        const DocumentStatus status = document ? document->status : DocumentStatus::NotImported;
        m_viewer->showMessage(
            status == DocumentStatus::NotImported
                ? tr("%1 is not imported: the requester has not sent it yet.").arg(title)
                : tr("%1 (%2): the dossier has no file for it yet.").arg(title, label(status)));
        return;
    }
    const auto content = m_contents.find(kind);
    if (content == m_contents.end()) {
        m_viewer->showMessage(tr("%1 could not be read from the store: %2").arg(title, m_contentError));
        return;
    }
    // The viewer says itself why a document it cannot read is not shown.
    m_viewer->showDocument(content->second.second, document->mediaType, title);
}

void OrderPage::openNotificationDialog()
{
    if (m_order && !m_readOnly) { // the workflow keeps no notification for a validated order
        m_actions->openNotificationDialog(*m_order, m_checklist);
    }
}

void OrderPage::exportDossier()
{
    if (m_order) {
        m_actions->exportDossier(*m_order);
    }
}

void OrderPage::nextDocument()
{
    m_documents->selectNext();
}

void OrderPage::previousDocument()
{
    m_documents->selectPrevious();
}

} // namespace guichet::ui
