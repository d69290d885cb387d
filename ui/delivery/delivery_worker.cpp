#include "delivery_worker.h"

#include "workflow/workflow.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QPrintDialog>
#include <QPrinter>
#include <QUrl>

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

token::KeyOrigin recordedKeyOrigin(const QJsonObject& facts)
{
    const QJsonObject origin = facts.value(u"key"_s).toObject().value(u"origin"_s).toObject();
    token::KeyOrigin result;
    result.local = origin.value(u"local"_s).toBool();
    result.sensitive = origin.value(u"sensitive"_s).toBool();
    result.alwaysSensitive = origin.value(u"alwaysSensitive"_s).toBool();
    result.extractable = origin.value(u"extractable"_s).toBool(true);
    result.neverExtractable = origin.value(u"neverExtractable"_s).toBool();
    return result;
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

Result<QString> savePaper(const QString& paperFolder, const QString& orderNumber, const QString& fileName,
                          const QByteArray& pdf)
{
    const QString folder = QDir::cleanPath(QDir(paperFolder).filePath(orderNumber));
    if (!QDir().mkpath(folder)) {
        return Error{
            QCoreApplication::translate("guichet::ui::DeliveryPage", "The folder %1 could not be created.")
                .arg(QDir::toNativeSeparators(folder)),
            {}};
    }
    QFile file(QDir(folder).filePath(fileName));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(pdf) != pdf.size() ||
        !file.flush()) {
        return Error{QCoreApplication::translate("guichet::ui::DeliveryPage", "%1 could not be written: %2")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()),
                     {}};
    }
    return file.fileName();
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

Status openPaper(const DeliverySetup& setup, const QString& path)
{
    if (path.isEmpty()) {
        return {};
    }
    if (setup.openFile) {
        setup.openFile(path);
        return {};
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        return Error{QCoreApplication::translate("guichet::ui::DeliveryPage",
                                                 "No application opens %1: open it from the file manager to "
                                                 "print it.")
                         .arg(QDir::toNativeSeparators(path)),
                     {}};
    }
    return {};
}

Result<SavedReceipt> saveReceipt(const DeliverySetup& setup, const Order& order, const Operator& who,
                                 const delivery::DeliveryProgress& progress, const QJsonObject& facts)
{
    auto certificate = delivery::CertificateFacts::fromDer(progress.certificateDer);
    if (!certificate) {
        return certificate.error();
    }
    const auto paper = delivery::DeliveryReceiptData::from(
        order, who, *certificate, progress.tokenLabel, progress.tokenSerial, progress.keyAlgorithm,
        progress.keyId, recordedKeyOrigin(facts), QDateTime::currentDateTime());
    auto pdf = delivery::DeliveryReceipt::render(paper);
    if (!pdf) {
        return pdf.error();
    }
    auto saved = savePaper(setup.paperFolder, order.number, u"delivery-receipt.pdf"_s, *pdf);
    if (!saved) {
        return saved.error();
    }
    return SavedReceipt{*saved, *certificate};
}

Status printPinLetter(const DeliverySetup& setup, const delivery::PinLetterData& data,
                      const delivery::TokenSecrets& secrets, QWidget* parent)
{
    const token::Pin pin = pinOf(secrets.temporaryPin);
    const token::Pin puk = pinOf(secrets.soPin);
    const auto paint = [&](QPagedPaintDevice& device) {
        return delivery::PinLetter::paint(device, data, pin, puk);
    };
    if (setup.printPinLetter) {
        return setup.printPinLetter(paint);
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(
        QCoreApplication::translate("guichet::ui::DeliveryPage", "PIN letter %1").arg(data.orderNumber));
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(QCoreApplication::translate("guichet::ui::DeliveryPage", "Print the PIN letter"));
    if (dialog.exec() != QDialog::Accepted) {
        return Error{
            QCoreApplication::translate("guichet::ui::DeliveryPage", "The PIN letter was not printed."), {}};
    }
    return paint(printer);
}

} // namespace guichet::ui
