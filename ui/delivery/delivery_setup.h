#pragma once

// What the desk's delivery page delivers with, beyond the store and the operator: the PKCS#11
// modules where the holder's token is plugged in (the operator's own, whose token is never offered),
// the CA that issues, and where the paper of each delivery is kept. app/desk builds it.

#include "delivery/token_preparation.h"
#include "enrol/certificate_profile.h"
#include "enrol/issuer.h"
#include "model/result.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

class QPagedPaintDevice;

namespace guichet::ui {

struct DeliverySetup
{
    /// The PKCS#11 modules (paths): the one holding the operator's token is used for the holder's.
    QStringList modulePaths;
    /// Makes the CA's issuer (called off the GUI thread). Unset: no CA is configured for issuance,
    /// and the page says so before anything starts.
    std::function<Result<std::unique_ptr<enrol::Issuer>>()> issuer;
    /// The training configuration: the training CA issues.
    bool training = false;
    /// The holder key's algorithm per product code (the CA's configuration, docs/issuance.md); a
    /// product the table does not name gets `keyAlgorithm`.
    enrol::KeyAlgorithm keyAlgorithm = enrol::KeyAlgorithm::Rsa2048;
    QHash<QString, enrol::KeyAlgorithm> keyAlgorithmByProduct;
    /// How each request to the CA is protected. Unset: signed with the operator's token key and
    /// certificate (the login's token). Set: the CA's shared secret, read for each request (called off
    /// the GUI thread); an error stops the issuance with its message.
    std::function<Result<enrol::SharedSecretProtection>()> sharedSecret;
    /// The RA's policy for holder tokens: SO PIN and temporary PIN lengths, the shortest PIN typed
    /// (settings [delivery], TokenPolicy::fromSettings).
    delivery::TokenPolicy tokenPolicy;
    /// Prints the PIN letter: `paint` draws it on the paged device it is given (a QPrinter the
    /// operator chose). Unset: the system's print dialog. Tests set it. The letter is never saved.
    std::function<Status(const std::function<Status(QPagedPaintDevice&)>& paint)> printPinLetter;
    /// Where each order's intervention sheet and receipt go: `<folder>/<order number>/`.
    QString paperFolder;
    /// The place printed on the intervention sheet (the RA's office).
    QString place;
    /// Opens a PDF for printing; unset: the desktop's PDF viewer (QDesktopServices). Tests set it.
    std::function<void(const QString&)> openFile;

    /// Training: the training CA of `trainingDirectory` (identity/training_layout.h) issues with
    /// enrol::TrainingIssuer.
    static DeliverySetup forTraining(const QString& trainingDirectory, const QStringList& modulePaths,
                                     const QString& paperFolder);
};

} // namespace guichet::ui
