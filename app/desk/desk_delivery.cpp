#include "desk_delivery.h"

#include "enrol/cmp_issuer.h"
#include "enrol/issuance_settings.h"

#include <QSettings>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace guichet::desk {

ui::DeliverySetup prepareDelivery(const identity::LoginConfig& login, const QStringList& modulePaths,
                                  const QString& paperFolder, QSettings& settings)
{
    ui::DeliverySetup setup;
    QList<Error> problems;
    if (login.trainingMode) {
        setup = ui::DeliverySetup::forTraining(login.trainingDir, modulePaths, paperFolder);
    } else {
        setup.modulePaths = modulePaths;
        setup.paperFolder = paperFolder;
        if (std::optional<Result<enrol::IssuanceSettings>> ca =
                enrol::IssuanceSettings::fromSettings(settings)) {
            if (!*ca) {
                problems.append(ca->error());
            } else {
                const enrol::IssuanceSettings configured = std::move(**ca);
                setup.issuer = [config = configured.cmpConfig()]() -> Result<std::unique_ptr<enrol::Issuer>> {
                    return std::unique_ptr<enrol::Issuer>(std::make_unique<enrol::CmpIssuer>(config));
                };
                setup.keyAlgorithm = configured.keyAlgorithm;
                setup.keyAlgorithmByProduct = configured.keyAlgorithmByProduct;
                if (configured.protection == enrol::IssuanceSettings::Protection::SharedSecret) {
                    // Read from its file at each request, never kept.
                    setup.sharedSecret = [configured]() {
                        return configured.sharedSecret();
                    };
                }
            }
        }
    }
    // The RA's office, printed on the intervention sheet ("Fait à ...").
    setup.place = settings.value(QStringLiteral("delivery/place")).toString().simplified();
    if (Result<delivery::TokenPolicy> policy = delivery::TokenPolicy::fromSettings(settings); policy) {
        setup.tokenPolicy = *policy;
    } else {
        problems.append(policy.error());
    }
    if (!problems.isEmpty()) {
        QStringList messages;
        QStringList details;
        for (const Error& problem : std::as_const(problems)) {
            messages.append(problem.message);
            details.append(problem.detail);
            QTextStream(stderr) << "guichet: " << problem.toString() << Qt::endl;
        }
        // The delivery page asks for the issuer before anything starts, and shows this.
        setup.issuer = [error = Error{messages.join(u' '), details.join(QStringLiteral("; "))}]()
            -> Result<std::unique_ptr<enrol::Issuer>> {
            return error;
        };
    }
    return setup;
}

} // namespace guichet::desk
