#pragma once

// What the desk's delivery page delivers with, beyond the store and the operator: the PKCS#11
// modules where the holder's token is plugged in (the operator's own, whose token is never offered),
// the CA that issues, and where the paper of each delivery is kept. app/desk builds it.

#include "enrol/issuer.h"
#include "model/result.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

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
