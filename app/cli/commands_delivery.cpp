// guichet-cli delivery list|show: where face-to-face deliveries stand, read from the signed audit
// trail (docs/delivery.md). Nothing half-done goes unreported: `delivery list` names every delivery
// started and not recorded, with the holder's token that may hold a key or a certificate not yet
// handed over. Read-only: resuming is done at the desk, with the holder and their token.

#include "audit/audit_entry.h"
#include "cli.h"
#include "delivery/delivery_state.h"
#include "enrol/certificate_authority.h"
#include "store/order_store.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace guichet::cli {
namespace {

class DeliveryCommand
{
    Q_DECLARE_TR_FUNCTIONS(guichet::cli::DeliveryCommand)

public:
    static int list(Context& context);
    static int show(Context& context);
};

QJsonObject progressJson(const QString& orderNumber, const delivery::DeliveryProgress& progress)
{
    QJsonObject json{
        {QStringLiteral("order"), orderNumber},
        {QStringLiteral("reached"), delivery::toCode(progress.reached)},
        {QStringLiteral("unfinished"), progress.unfinished()},
        {QStringLiteral("lastActivity"), progress.lastActivity.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("restarts"), progress.restarts},
    };
    if (!progress.collector.isEmpty()) {
        json.insert(QStringLiteral("collector"), progress.collector);
    }
    if (!progress.tokenSerial.isEmpty()) {
        json.insert(QStringLiteral("token"), QJsonObject{{QStringLiteral("serial"), progress.tokenSerial},
                                                         {QStringLiteral("label"), progress.tokenLabel}});
    }
    if (!progress.keyId.isEmpty()) {
        json.insert(QStringLiteral("key"),
                    QJsonObject{{QStringLiteral("id"), QString::fromLatin1(progress.keyId.toHex())},
                                {QStringLiteral("algorithm"), progress.keyAlgorithm}});
    }
    if (!progress.certificateDer.isEmpty()) {
        QJsonObject certificate{{QStringLiteral("issuedBy"), progress.issuedBy}};
        if (auto summary = enrol::describeCertificate(progress.certificateDer); summary) {
            certificate.insert(QStringLiteral("serial"), summary->serialHex);
            certificate.insert(QStringLiteral("subject"), summary->subject);
        }
        json.insert(QStringLiteral("certificate"), certificate);
    }
    if (progress.lastFailure) {
        json.insert(
            QStringLiteral("lastFailure"),
            QJsonObject{{QStringLiteral("step"), delivery::toCode(progress.lastFailure->step)},
                        {QStringLiteral("at"), progress.lastFailure->at.toUTC().toString(Qt::ISODate)},
                        {QStringLiteral("detail"), progress.lastFailure->detail}});
    }
    return json;
}

/// Parses `delivery list|show` options; false (after failing) on a wrong option.
bool parse(Context& context, QCommandLineParser& parser)
{
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    if (!parser.parse(context.arguments.mid(1))) {
        context.fail(parser.errorText());
        return false;
    }
    return true;
}

int DeliveryCommand::list(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption allOption(QStringLiteral("all"));
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    parser.addOptions({allOption, jsonOption});
    if (!parse(context, parser)) {
        return Failure;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return context.fail(
            tr("delivery list: unexpected argument %1").arg(parser.positionalArguments().first()));
    }
    auto workspace = context.openExistingStore();
    if (!workspace) {
        return context.fail(workspace.error());
    }
    auto all = delivery::readAllProgress((*workspace)->database());
    if (!all) {
        return context.fail(all.error());
    }
    QJsonArray json;
    int shown = 0;
    for (auto it = all->cbegin(); it != all->cend(); ++it) {
        if (!parser.isSet(allOption) && !it->unfinished()) {
            continue;
        }
        ++shown;
        if (parser.isSet(jsonOption)) {
            json.append(progressJson(it.key(), *it));
        } else {
            context.out << it.key() << "  " << delivery::toCode(it->reached) << "  "
                        << audit::formatTime(it->lastActivity) << "  "
                        << (it->tokenSerial.isEmpty() ? QStringLiteral("-") : it->tokenSerial) << "  "
                        << (it->lastFailure ? tr("failed at %1").arg(delivery::toCode(it->lastFailure->step))
                                            : QString())
                        << '\n';
        }
    }
    if (parser.isSet(jsonOption)) {
        context.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else if (shown == 0) {
        context.out << (parser.isSet(allOption)
                            ? tr("No delivery has started.")
                            : tr("No delivery is under way: every one started is recorded."))
                    << '\n';
    }
    return Success;
}

int DeliveryCommand::show(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    parser.addOption(jsonOption);
    if (!parse(context, parser)) {
        return Failure;
    }
    if (parser.positionalArguments().size() != 1) {
        return context.fail(tr("delivery show: give the order's number (delivery show NUMBER)"));
    }
    const QString number = parser.positionalArguments().first();
    auto workspace = context.openExistingStore();
    if (!workspace) {
        return context.fail(workspace.error());
    }
    auto order = (*workspace)->orders().orderByNumber(number);
    if (!order) {
        return context.fail(order.error());
    }
    auto progress = delivery::readProgress((*workspace)->database(), number);
    if (!progress) {
        return context.fail(progress.error());
    }
    if (parser.isSet(jsonOption)) {
        context.out << QJsonDocument(progressJson(number, *progress)).toJson(QJsonDocument::Indented);
        return Success;
    }
    context.out << delivery::DeliveryText::whereItStopped(number, *progress) << '\n';
    const QJsonObject json = progressJson(number, *progress);
    if (!progress->keyId.isEmpty()) {
        context.out << tr("Key on the holder's token: ID %1, %2")
                           .arg(QString::fromLatin1(progress->keyId.toHex()), progress->keyAlgorithm)
                    << '\n';
    }
    if (json.contains(QStringLiteral("certificate"))) {
        const QJsonObject certificate = json.value(QStringLiteral("certificate")).toObject();
        context.out << tr("Certificate: serial %1, %2, issued by %3")
                           .arg(certificate.value(QStringLiteral("serial")).toString(),
                                certificate.value(QStringLiteral("subject")).toString(),
                                certificate.value(QStringLiteral("issuedBy")).toString())
                    << '\n';
    }
    if (progress->restarts > 0) {
        context.out << (progress->restarts == 1 ? tr("Started again once.")
                                                : tr("Started again %1 times.").arg(progress->restarts))
                    << '\n';
    }
    return Success;
}

} // namespace

int runDelivery(Context& context)
{
    const QString sub = context.arguments.value(1);
    if (sub == u"list") {
        return DeliveryCommand::list(context);
    }
    if (sub == u"show") {
        return DeliveryCommand::show(context);
    }
    return context.fail(DeliveryCommand::tr("delivery: say list or show (see guichet-cli help)"));
}

} // namespace guichet::cli
