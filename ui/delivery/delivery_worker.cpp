#include "delivery_worker.h"

#include "workflow/workflow.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace guichet::ui {
namespace {

Result<std::shared_ptr<token::Pkcs11Module>> moduleOf(const QStringList& paths, const token::Pkcs11Uri& uri)
{
    QStringList problems;
    for (const QString& path : paths) {
        auto module = token::Pkcs11Module::open(path);
        if (!module) {
            problems.append(path + u": "_s + module.error().message);
            continue;
        }
        if ((*module)->findToken(uri)) {
            return *module;
        }
    }
    return Error{
        QCoreApplication::translate("guichet::ui::DeliveryPage",
                                    "The operator's token is in none of the desk's PKCS#11 modules."),
        problems.join(u"; "_s)};
}

/// The request to the CA signed with the operator's token key (the login's token, already logged
/// in: PKCS#11 logins belong to the process).
enrol::RequestProtection operatorProtection(DeliveryWorker& worker)
{
    if (!worker.operatorKey) {
        if (auto session = worker.module->openSession(worker.operatorToken); session) {
            if (auto uri = token::Pkcs11Uri::parse(worker.signer->keyReference()); uri) {
                if (auto key = session->privateKey(*uri); key) {
                    worker.operatorKey.emplace(std::move(*key));
                }
            }
        }
    }
    // Without the key the CA refuses the request, and says why.
    return enrol::OperatorProtection{
        worker.operatorKey ? &*worker.operatorKey : nullptr, worker.signer->certificateDer(), {}};
}

} // namespace

DeliveryWorker::DeliveryWorker()
{
    pool.setMaxThreadCount(1);
    pool.setExpiryTimeout(-1);
}

Status DeliveryWorker::start(const DeliverySetup& setup)
{
    auto opened = workflow::Workspace::open(storePath);
    if (!opened) {
        return opened.error();
    }
    workspace = std::move(*opened);
    workspace->workflow().setPolicy(policy);
    signer = operatorSession->signer();
    actor = std::make_unique<workflow::Actor>(workflow::Actor{operatorSession->who(), *signer});
    operatorToken = operatorSession->tokenUri();
    auto found = moduleOf(setup.modulePaths, operatorToken);
    if (!found) {
        return found.error();
    }
    module = *found;
    if (!setup.issuer) {
        return Error{QCoreApplication::translate("guichet::ui::DeliveryPage",
                                                 "No CA is configured for issuance: see docs/issuance.md"),
                     {}};
    }
    auto made = setup.issuer();
    if (!made) {
        return made.error();
    }
    issuer = std::move(*made);
    return {};
}

delivery::DeliveryEnvironment DeliveryWorker::environment(const DeliverySetup& setup)
{
    std::function<Result<enrol::RequestProtection>()> protection;
    if (setup.sharedSecret) {
        protection = [secret = setup.sharedSecret]() -> Result<enrol::RequestProtection> {
            auto read = secret();
            if (!read) {
                return read.error();
            }
            return enrol::RequestProtection{std::move(*read)};
        };
    } else {
        protection = [this]() -> Result<enrol::RequestProtection> {
            return operatorProtection(*this);
        };
    }
    return delivery::DeliveryEnvironment{
        workspace->database(),
        workspace->orders(),
        workspace->workflow(),
        *actor,
        module,
        operatorToken,
        *issuer,
        std::move(protection),
        setup.keyAlgorithm,
        setup.keyAlgorithmByProduct,
        setup.tokenPolicy,
    };
}

void DeliveryWorker::stop()
{
    session.reset();
    issuer.reset();
    operatorKey.reset();
    workspace.reset();
}

QString describe(const Error& error)
{
    if (error.detail.isEmpty() || error.detail == error.message) {
        return error.message;
    }
    return error.message + u"\n"_s + error.detail;
}

token::Pin pinOf(const token::SecureBuffer& buffer)
{
    return token::Pin::fromUtf8(std::string_view(buffer.data(), buffer.size()));
}

// The sentences below are the one-holder page's (translation context guichet::ui::DeliveryPage).

QString describeHolderToken(const token::TokenInfo& info)
{
    if (info.initialized) {
        return QCoreApplication::translate("guichet::ui::DeliveryPage",
                                           "%1 (serial %2) — already initialised: not blank")
            .arg(info.label, info.serial);
    }
    if (info.serial.trimmed().isEmpty()) {
        // A blank token may have no serial number yet (SoftHSM's spare slot).
        return QCoreApplication::translate("guichet::ui::DeliveryPage", "Blank token in slot %1 (%2 %3)")
            .arg(info.slotId)
            .arg(info.manufacturer, info.model);
    }
    return QCoreApplication::translate("guichet::ui::DeliveryPage",
                                       "Blank token in slot %1 (%2 %3, serial %4)")
        .arg(info.slotId)
        .arg(info.manufacturer, info.model, info.serial);
}

QString deliveryBlocked(const identity::OperatorSession* operatorSession, const DeliverySetup& setup)
{
    if (operatorSession == nullptr) {
        return QCoreApplication::translate(
            "guichet::ui::DeliveryPage",
            "Nobody is logged in at the desk: log in with an operator's token to deliver.");
    }
    if (!operatorSession->who().may(Permission::DeliverCertificate)) {
        return QCoreApplication::translate(
                   "guichet::ui::DeliveryPage",
                   "%1 may not deliver certificates: a technical RA operator (AET) or a "
                   "delegated operator (AED) delivers them.")
            .arg(operatorSession->who().name);
    }
    if (!setup.issuer) {
        return QCoreApplication::translate("guichet::ui::DeliveryPage",
                                           "No CA is configured for issuance: see docs/issuance.md");
    }
    return {};
}

} // namespace guichet::ui
