#pragma once

// What the desk's delivery page delivers with (ui::DeliverySetup): in training, the training CA
// issues; otherwise the RA's CA as the settings' [ca] group configures it (enrol::IssuanceSettings,
// docs/issuance.md): CMP to its server, the holder key's algorithm per product, and the request
// protected by the operator's token key or the CA's shared secret. The RA's token policy comes from
// the [delivery] group (docs/delivery.md).

#include "delivery/delivery_setup.h"
#include "identity/login_config.h"

#include <QString>
#include <QStringList>

class QSettings;

namespace guichet::desk {

/// The delivery setup for the login `login`. Nothing here stops the desk: a [ca] or [delivery] group
/// that cannot be used makes the setup's issuer return the error (every problem named), which the
/// delivery page shows before anything starts; no [ca] group leaves the issuer unset ("No CA is
/// configured for issuance"). Training ignores [ca].
ui::DeliverySetup prepareDelivery(const identity::LoginConfig& login, const QStringList& modulePaths,
                                  const QString& paperFolder, QSettings& settings);

} // namespace guichet::desk
