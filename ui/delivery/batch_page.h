#pragma once

// The certification agent's batch delivery (*remise en face à face au mandataire de certification*):
// every order awaiting delivery (phase Génération du certificat) that one agent collects, in one
// session at the counter, one blank token per holder, with progress. The steps on the left, the
// current one on the right, the batch's orders below it with each one's state; every field is
// reached with the keyboard.
//
//   1. Agent      the agents named on orders awaiting delivery, with how many orders each collects
//                 (delivery::agentOrders), or the agent of the order the page was opened from.
//   2. Identity   the agent's ID (kind and number, or the MRZ), the face attested: checked against each
//                 order's agent (DeliverySession::checkIdentity, Collector::Agent), recorded per order.
//                 Refused for every order: the batch is refused with the reasons; for some: those stop.
//   3. Sheets     one intervention sheet per order, naming the agent, saved with the order's papers;
//                 the operator records that the agent and they signed them.
//   4. Tokens     holder after holder: a blank token plugged in for THAT holder, then Deliver (a
//                 temporary PIN and PUK generated and printed on the holder's PIN letter, the key, the
//                 certificate, the record, the receipt saved), or Skip. A holder's failure stops that
//                 holder only; a token refused (not blank, pulled out) may be replaced by another.
//   5. Summary    delivered N of M, which stopped and why. A stopped delivery resumes in the
//                 one-holder page (DeliveryPage), where its audit trail says.
//
// Everything that touches the store, the tokens or the CA runs on the DeliveryWorker's thread, which
// holds one DeliverySession per order of the batch; the GUI thread shows outcomes and draws the paper.

#include "delivery/batch_delivery.h"
#include "delivery/delivery_state.h"
#include "delivery/pin_letter.h"
#include "delivery/token_preparation.h"
#include "delivery_setup.h"
#include "identity/operator_session.h"
#include "model/order.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QWidget>
#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace guichet::ui {

class PresentedIdentityForm;

class DeskSession;
struct DeliveryWorker;
struct BatchOutcome;
struct BatchSessions;

/// One order of the batch as the page shows it.
struct BatchHolder
{
    enum class State
    {
        Listed,    ///< in the batch, the agent's identity not checked yet
        Refused,   ///< the agent's identity was refused for every order: may be checked again
        Ready,     ///< identity checked: waits for its holder's token
        UnderWay,  ///< its token is being prepared, or its certificate made
        Delivered, ///< the certificate is on the holder's token, the order delivered
        Stopped,   ///< stopped (see reason): resumes in the one-holder delivery
    };

    qint64 orderId = 0;
    QString orderNumber;
    QString holderName;
    QString organisation;
    State state = State::Listed;
    QString reason; ///< why it stopped or was refused, with every reason
    QString sheetPath;
    QString receiptPath;
    bool pinLetterPrinted = false;
};

class BatchDeliveryPage : public QWidget
{
    Q_OBJECT

public:
    enum Step
    {
        AgentStep,
        IdentityStep,
        SheetStep,
        TokenStep,
        SummaryStep,
    };

    /// The agents' batches for the operator of `operatorSession`; with `orderId`, the agent of that
    /// order is chosen first.
    BatchDeliveryPage(DeskSession& desk, std::shared_ptr<identity::OperatorSession> operatorSession,
                      DeliverySetup setup, qint64 orderId = 0, QWidget* parent = nullptr);
    /// Waits for the job under way, then ends the sessions and the store connection on their thread.
    ~BatchDeliveryPage() override;

    Step currentStep() const;
    bool isBusy() const { return m_busy; }
    /// What the page says now: the last error (with every reason), or the step's outcome.
    QString messageText() const;
    /// Set when no batch can be delivered (nobody logged in, no CA configured).
    QString blockedText() const { return m_blocked; }
    /// The orders of the chosen batch, in the order they are delivered.
    QList<BatchHolder> holders() const;
    /// The order whose holder's token is asked for now; 0 outside the tokens step.
    qint64 currentOrderId() const;
    /// The summary's text (delivered N of M, which stopped and why).
    QString summaryText() const;

    // The fields, for the keyboard and for tests.
    QListWidget* agentList() const { return m_agents; }
    QPushButton* chooseAgentButton() const { return m_chooseAgent; }
    QTreeWidget* orderList() const { return m_orders; }
    QComboBox* idKind() const { return m_idKind; }
    QLineEdit* idNumber() const { return m_idNumber; }
    QPlainTextEdit* mrz() const { return m_mrz; }
    QCheckBox* faceMatches() const { return m_face; }
    QPushButton* checkIdentityButton() const { return m_checkIdentity; }
    QCheckBox* sheetsSigned() const { return m_sheetsSigned; }
    QPushButton* sheetsContinueButton() const { return m_sheetsContinue; }
    QListWidget* tokenList() const { return m_tokens; }
    QPushButton* deliverButton() const { return m_deliver; }
    QPushButton* skipButton() const { return m_skip; }
    QPushButton* refreshTokensButton() const { return m_refresh; }
    QPushButton* printPinLetterButton() const { return m_printPinLetter; }
    QProgressBar* progressBar() const { return m_progressBar; }

signals:
    /// One order of the batch was delivered (its receipt is saved).
    void delivered(qint64 orderId);
    void closeRequested();

public slots:
    /// Takes the agent chosen in the list: their orders make the batch.
    void chooseAgent();
    void checkIdentity();
    void continueAfterSheets();
    void refreshTokens();
    /// Prepares the chosen blank token for the current holder, prints their PIN letter, then makes
    /// and records the certificate.
    void deliverCurrent();
    /// No token for the current holder: stops that holder, goes on with the next.
    void skipCurrent();
    /// Prints the PIN letter of the holder selected in the list again (a paper jam); the codes are
    /// kept in locked memory until the page closes, never saved.
    void printPinLetterAgain();

private:
    struct Entry
    {
        BatchHolder holder;
        Order order;
        delivery::DeliveryProgress progress;
        QString activity; ///< what is under way for it
        QString brief;    ///< why it stopped, in a few words (the list's state column)
        QString cause;    ///< why it stopped, in a sentence (the summary)
        std::shared_ptr<delivery::TokenSecrets> secrets;
        delivery::PinLetterData letter;
    };
    QWidget* buildAgentStep();
    QWidget* buildIdentityStep();
    QWidget* buildSheetStep();
    QWidget* buildTokenStep();
    QWidget* buildSummaryStep();
    void open();
    void showStep(Step step);
    void setBusy(bool busy);
    void showError(const QString& text);
    void showMessage(const QString& text);
    void updateButtons();
    void updateTitle();
    void showAgentOrders();
    void updateOrderList();
    void writeSheets();
    void nextHolder();
    void completeCurrent(qint64 orderId);
    void writeReceipt(Entry& entry, const QJsonObject& facts);
    void finish();
    void openFile(const QString& path);
    Entry* entry(qint64 orderId);
    Entry* selectedEntry();
    /// Runs `job` on the delivery's thread, then `done` here with its outcome.
    void run(std::function<BatchOutcome(DeliveryWorker&, BatchSessions&)> job,
             std::function<void(BatchOutcome&)> done);

    DeskSession& m_desk;
    std::shared_ptr<identity::OperatorSession> m_operator;
    DeliverySetup m_setup;
    qint64 m_preferredOrder;
    std::shared_ptr<DeliveryWorker> m_worker;
    std::shared_ptr<BatchSessions> m_sessions;
    bool m_busy = false;
    bool m_opened = false;
    QString m_blocked;
    QList<delivery::AgentBatch> m_agentBatches;
    CertificationAgent m_agent;
    QList<Entry> m_entries;
    int m_current = -1;
    bool m_sheetsWritten = false;

    QListWidget* m_steps;
    QStackedWidget* m_pages;
    QLabel* m_title;
    QLabel* m_message;
    QListWidget* m_agents;
    QPushButton* m_chooseAgent;
    QTreeWidget* m_orders;
    QLabel* m_identityLabel;
    PresentedIdentityForm* m_identity;
    QComboBox* m_idKind;
    QLineEdit* m_idNumber;
    QPlainTextEdit* m_mrz;
    QCheckBox* m_face;
    QPushButton* m_checkIdentity;
    QLabel* m_sheetLabel;
    QPushButton* m_openSheets;
    QCheckBox* m_sheetsSigned;
    QPushButton* m_sheetsContinue;
    QProgressBar* m_progressBar;
    QLabel* m_tokenPrompt;
    QListWidget* m_tokens;
    QPushButton* m_refresh;
    QPushButton* m_skip;
    QPushButton* m_deliver;
    QLabel* m_summary;
    QPushButton* m_printPinLetter;
    QPushButton* m_openReceipt;
};

} // namespace guichet::ui
