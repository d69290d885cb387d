#pragma once

// The face-to-face delivery page (*remise en face à face*): the steps on the left, the current one on
// the right, every field reached with the keyboard.
//
//   1. Identity      ID kind and number, or the MRZ (a keyboard-wedge scanner types its lines), and
//                    the operator's attestation that the face matches; a mismatch lists every reason
//                    and stops.
//   2. Sheet         the intervention sheet saved with the order's paper, opened for printing; the
//                    operator records that both parties signed it.
//   3. Holder token  a blank token (never the operator's), the PIN typed twice by the holder or a
//                    temporary PIN and PUK printed on a PIN letter (straight to the printer, never
//                    saved).
//   4. Certificate   key on the token, issuance by the CA, writing and reading back, the record:
//                    progress per step; on a failure, where it stopped, Resume, or Clean the token.
//   5. Done          the receipt saved and openable; the order is delivered.
//
// The DeliverySession runs on one thread of its own with a store connection of its own (a QtSql
// connection belongs to its thread); the desk hears of each change through DeskSession::orderChanged.

#include "delivery/delivery_state.h"
#include "delivery/pin_letter.h"
#include "delivery/token_preparation.h"
#include "delivery_setup.h"
#include "identity/operator_session.h"
#include "model/order.h"

#include <QJsonObject>
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
class QRadioButton;
class QStackedWidget;

namespace guichet::ui {

class DeskSession;
class PresentedIdentityForm;
class PinEdit;
struct DeliveryWorker;
struct DeliveryOutcome;

class DeliveryPage : public QWidget
{
    Q_OBJECT

public:
    enum Step
    {
        IdentityStep,
        SheetStep,
        TokenStep,
        CertificateStep,
        DoneStep,
    };

    /// Opens the delivery of `orderId` (resumed where its audit trail says) for the operator of
    /// `operatorSession`.
    DeliveryPage(DeskSession& desk, std::shared_ptr<identity::OperatorSession> operatorSession,
                 DeliverySetup setup, qint64 orderId, QWidget* parent = nullptr);
    /// Waits for the step under way, then closes the delivery's store connection.
    ~DeliveryPage() override;

    qint64 orderId() const { return m_orderId; }
    Step currentStep() const;
    /// A step is running (the session is opening, a token or the CA is being asked).
    bool isBusy() const { return m_busy; }
    /// What the page says now: the last error (with every reason), or the step's outcome.
    QString messageText() const;
    /// Set when the delivery cannot start (no CA configured, the order is not awaiting delivery).
    QString blockedText() const { return m_blocked; }
    QString sheetPath() const { return m_sheetPath; }
    QString receiptPath() const { return m_receiptPath; }
    /// The tokens offered as the holder's (URIs), blank or not.
    QStringList holderTokenUris() const;

    // The fields, for the keyboard and for tests.
    QComboBox* idKind() const { return m_idKind; }
    QLineEdit* idNumber() const { return m_idNumber; }
    QPlainTextEdit* mrz() const { return m_mrz; }
    QCheckBox* faceMatches() const { return m_face; }
    QPushButton* checkIdentityButton() const { return m_checkIdentity; }
    QCheckBox* sheetSigned() const { return m_sheetSigned; }
    QPushButton* sheetContinueButton() const { return m_sheetContinue; }
    QListWidget* tokenList() const { return m_tokens; }
    QRadioButton* typedPinChoice() const { return m_typedPin; }
    QRadioButton* generatedPinChoice() const { return m_generatedPin; }
    PinEdit* pinEdit() const { return m_pin; }
    PinEdit* pinConfirmation() const { return m_pinAgain; }
    QPushButton* prepareTokenButton() const { return m_prepare; }
    QPushButton* printPinLetterButton() const { return m_printPinLetter; }
    QPushButton* resumeButton() const { return m_resume; }
    /// The holder's PIN, asked again when the page reopens a delivery stopped after the token was
    /// prepared (no holder login is held any more): Resume logs in with it first.
    PinEdit* resumePinEdit() const { return m_resumePin; }
    bool needsHolderPin() const { return m_needHolderPin; }
    QPushButton* cleanButton() const { return m_clean; }

signals:
    /// The order was delivered (the receipt is saved).
    void delivered(qint64 orderId);
    void closeRequested();

public slots:
    void checkIdentity();
    void continueAfterSheet();
    void refreshTokens();
    void prepareToken();
    /// Runs the remaining steps (key, issuance, writing, record) from where the session stands; after
    /// a reopening, logs in to the holder's token with the PIN typed first.
    void resume();
    /// Cleans what this delivery made on the holder's token, then runs the steps again.
    void cleanAndRestart();
    /// Prints the PIN letter of the generated codes (DeliverySetup::printPinLetter, or the system's
    /// print dialog). Never saved.
    void printPinLetter();

private:
    QWidget* buildIdentityStep();
    QWidget* buildSheetStep();
    QWidget* buildTokenStep();
    QWidget* buildCertificateStep();
    QWidget* buildDoneStep();
    void open();
    void showStep(Step step);
    void setBusy(bool busy);
    void showError(const QString& text);
    void showMessage(const QString& text);
    void updateButtons();
    void updateProgress();
    void afterIdentity();
    void writeSheet();
    void writeReceipt();
    bool writePaper(const QString& fileName, const QByteArray& pdf, QString& path);
    void openFile(const QString& path);
    /// Runs `job` on the delivery's thread, then `done` here with its outcome (and the session's
    /// order, progress and where it stopped, read on that thread after the job).
    void run(std::function<DeliveryOutcome(DeliveryWorker&)> job, std::function<void(DeliveryOutcome&)> done);
    /// The next step of the certificate (key, issuance, writing, record), then the one after.
    void runNextStep();
    /// Shows where the delivery stopped and asks the holder's PIN (a reopened delivery).
    void askHolderPin(const QString& whereItStopped);

    DeskSession& m_desk;
    std::shared_ptr<identity::OperatorSession> m_operator;
    DeliverySetup m_setup;
    qint64 m_orderId;
    std::shared_ptr<DeliveryWorker> m_worker;
    Order m_order;
    delivery::DeliveryProgress m_progress;
    bool m_busy = false;
    bool m_opened = false;
    /// The session holds no login to the holder's token (reopened after the token was prepared).
    bool m_needHolderPin = false;
    QString m_blocked;
    QString m_sheetPath;
    QString m_receiptPath;
    /// The codes of the PIN letter (locked memory, wiped when the page closes), to print it again.
    std::shared_ptr<delivery::TokenSecrets> m_pinLetterSecrets;
    delivery::PinLetterData m_pinLetterData;
    QJsonObject m_lastFacts;

    QListWidget* m_steps;
    QStackedWidget* m_pages;
    QLabel* m_title;
    QLabel* m_message;
    PresentedIdentityForm* m_identity;
    QComboBox* m_idKind;
    QLineEdit* m_idNumber;
    QPlainTextEdit* m_mrz;
    QCheckBox* m_face;
    QPushButton* m_checkIdentity;
    QLabel* m_sheetLabel;
    QPushButton* m_openSheet;
    QCheckBox* m_sheetSigned;
    QPushButton* m_sheetContinue;
    QListWidget* m_tokens;
    QRadioButton* m_typedPin;
    QRadioButton* m_generatedPin;
    PinEdit* m_pin;
    PinEdit* m_pinAgain;
    QPushButton* m_prepare;
    QPushButton* m_printPinLetter;
    QListWidget* m_progressList;
    QProgressBar* m_progressBar;
    QLabel* m_resumePinLabel;
    PinEdit* m_resumePin;
    QPushButton* m_resume;
    QPushButton* m_clean;
    QLabel* m_doneLabel;
    QPushButton* m_openReceipt;
};

} // namespace guichet::ui
