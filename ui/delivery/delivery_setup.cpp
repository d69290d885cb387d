#include "delivery_setup.h"

#include "enrol/certificate_authority.h"
#include "identity/training_layout.h"

namespace guichet::ui {

DeliverySetup DeliverySetup::forTraining(const QString& trainingDirectory, const QStringList& modulePaths,
                                         const QString& paperFolder)
{
    DeliverySetup setup;
    setup.modulePaths = modulePaths;
    setup.training = true;
    setup.paperFolder = paperFolder;
    const identity::TrainingLayout layout{trainingDirectory};
    setup.issuer = [layout]() -> Result<std::unique_ptr<enrol::Issuer>> {
        auto ca = enrol::CertificateAuthority::load(layout.caCertificate(), layout.caKey());
        if (!ca) {
            return ca.error();
        }
        return std::unique_ptr<enrol::Issuer>(std::make_unique<enrol::TrainingIssuer>(std::move(*ca), true));
    };
    return setup;
}

} // namespace guichet::ui
