#include "desk_login.h"

#include "enrol/training.h"
#include "identity/role_mapping.h"
#include "identity/trust_anchors.h"
#include "token/module_discovery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QSettings>
#include <memory>

namespace guichet::desk {
namespace {

QString text(const char* source)
{
    return QCoreApplication::translate("guichet::desk", source);
}

} // namespace

DeskLogin prepareLogin(const std::optional<QString>& trainingDir)
{
    DeskLogin login;
    if (trainingDir) {
        const QString dir =
            trainingDir->isEmpty() ? identity::LoginConfig::defaultTrainingDir() : *trainingDir;
        login.config = identity::LoginConfig::training(dir);
        // First use: the training token, CA and roles are made here, like the demo data. SoftHSM2
        // must not be loaded yet (it reads its configuration once): nothing has opened it so far.
        if (!QFileInfo(enrol::TrainingLayout{dir}.softHsmConf()).isFile()) {
            auto provisioned = enrol::provisionTraining(dir, enrol::TrainingOptions{});
            if (!provisioned) {
                login.setup.problems.append(
                    {text("The training token could not be prepared: %1").arg(provisioned.error().message),
                     provisioned.error().detail});
            } else {
                login.provisioned = true;
            }
        }
        // The demo delivers certificates: it needs an operator who may (an AED, "GUICHET
        // FORMATION 2"), added to a training folder that has none. The holder's token is SoftHSM's
        // spare blank slot.
        if (login.setup.problems.isEmpty()) {
            if (auto inventory = enrol::inspectTraining(dir); inventory) {
                bool hasAed = false;
                for (const enrol::TrainingToken& token : inventory->tokens) {
                    for (const QString& subject : token.certificateSubjects) {
                        hasAed = hasAed || subject.contains(QStringLiteral("title=AED"), Qt::CaseInsensitive);
                    }
                }
                if (!hasAed) {
                    enrol::TrainingOptions aed;
                    aed.mode = enrol::TrainingMode::AddOperator;
                    aed.role = Role::DelegatedOperator;
                    aed.operatorName = QString::fromUtf8(enrol::defaultSecondTrainingOperator);
                    if (auto added = enrol::provisionTraining(dir, std::move(aed)); !added) {
                        login.setup.problems.append(
                            {text("The training operator who delivers could not be prepared: %1")
                                 .arg(added.error().message),
                             added.error().detail});
                    } else {
                        login.provisioned = true;
                    }
                }
            }
        }
    } else {
        QSettings settings;
        auto configured = identity::LoginConfig::fromSettings(settings);
        if (!configured) {
            login.setup.problems.append(configured.error());
        } else {
            login.config = *configured;
        }
    }

    ui::LoginSetup& setup = login.setup;
    setup.training = login.config.trainingMode;
    if (Status environment = login.config.applyEnvironment(); !environment) {
        setup.problems.append(environment.error());
    }
    // The training folder's tokens are all training tokens (a second operator's is "GUICHET
    // FORMATION 2"): every one is offered. Otherwise only the RA's configured token, if set.
    if (!login.config.trainingMode) {
        setup.tokenFilter = login.config.tokenUri;
    }
    auto modules = token::discoverModules(login.config.modulePath);
    if (!modules) {
        setup.problems.append(modules.error());
    } else {
        for (const token::ModuleInfo& module : *modules) {
            setup.modulePaths.append(module.path);
            if (!login.config.modulePath.isEmpty()) {
                break; // the module the settings name, alone
            }
        }
    }

    if (login.config.anchorsPath.isEmpty() || login.config.rolesPath.isEmpty()) {
        setup.problems.append({text("The RA's trust anchors and role mapping are not configured (settings: "
                                    "login/anchors and login/roles). Nobody can log in until they are."),
                               {}});
        return login;
    }
    auto anchors = login.config.loadAnchors();
    auto roles = login.config.loadRoles();
    if (!anchors) {
        setup.problems.append(anchors.error());
    }
    if (!roles) {
        setup.problems.append(roles.error());
    }
    if (anchors && roles) {
        auto sharedAnchors = std::make_shared<const identity::TrustAnchors>(std::move(*anchors));
        auto sharedRoles = std::make_shared<const identity::RoleMapping>(std::move(*roles));
        setup.policy = [sharedAnchors, sharedRoles] {
            return identity::LoginPolicy{*sharedAnchors, *sharedRoles, QDateTime::currentDateTimeUtc()};
        };
    }
    return login;
}

} // namespace guichet::desk
