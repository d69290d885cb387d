#include "delivery_paper.h"

#include "delivery_worker.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QPrintDialog>
#include <QPrinter>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace guichet::ui {

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
