#pragma once

// The delivery's paper at the desk, for both delivery pages (on the GUI thread): the intervention
// sheets and receipts saved with each order's paper and opened for printing, the PIN letter printed
// straight to the printer (never saved).

#include "delivery/delivery_receipt.h"
#include "delivery/delivery_state.h"
#include "delivery/pin_letter.h"
#include "delivery/token_preparation.h"
#include "delivery_setup.h"
#include "model/operator.h"
#include "model/order.h"
#include "model/result.h"
#include "token/token_key.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

class QWidget;

namespace guichet::ui {

/// The key's origin as the session recorded it (DeliverySession::deliveryFacts()), for the receipt.
token::KeyOrigin recordedKeyOrigin(const QJsonObject& facts);
/// Saves `pdf` as `<paperFolder>/<orderNumber>/<fileName>`: its path, or why it could not be saved.
Result<QString> savePaper(const QString& paperFolder, const QString& orderNumber, const QString& fileName,
                          const QByteArray& pdf);
/// Opens a saved paper (sheet, receipt) for printing: `setup.openFile`, else the desktop's viewer.
/// An error when no application opens it.
Status openPaper(const DeliverySetup& setup, const QString& path);

/// The delivery receipt of a delivered order, saved with its paper.
struct SavedReceipt
{
    QString path;
    delivery::CertificateFacts certificate;
};
/// Draws and saves `order`'s receipt from its progress and the facts of its "deliver" entry.
Result<SavedReceipt> saveReceipt(const DeliverySetup& setup, const Order& order, const Operator& who,
                                 const delivery::DeliveryProgress& progress, const QJsonObject& facts);

/// Prints the PIN letter of `data` with the codes of `secrets` (the temporary PIN, and the SO PIN as
/// PUK) through `setup.printPinLetter`, or the system's print dialog over `parent`. Nothing is saved.
/// An error when it was not printed (the dialog cancelled, the printer refused).
Status printPinLetter(const DeliverySetup& setup, const delivery::PinLetterData& data,
                      const delivery::TokenSecrets& secrets, QWidget* parent);

} // namespace guichet::ui
