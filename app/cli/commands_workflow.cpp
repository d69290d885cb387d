// Commands that take a decision on an order, all through core's workflow.

#include "cli.h"
#include "workflow/workflow.h"

#include <QCommandLineParser>

namespace guichet::cli {

int runDecision(Context& context)
{
    auto loginOptions = takeLoginOptions(context.arguments);
    if (!loginOptions) {
        return context.fail(loginOptions.error());
    }
    QCommandLineParser parser;
    const QCommandLineOption kind(QStringLiteral("kind"), {}, QStringLiteral("kind"),
                                  QStringLiteral("other"));
    const QCommandLineOption subject(QStringLiteral("subject"), {}, QStringLiteral("text"));
    const QCommandLineOption body(QStringLiteral("body"), {}, QStringLiteral("text"));
    parser.addOptions({kind, subject, body});
    if (!parser.parse(context.arguments)) {
        return context.fail(parser.errorText());
    }
    // The command's name stands where QCommandLineParser expects the program's: prepend it again.
    const QString command = context.arguments.first();
    const QStringList arguments = QStringList{command} + parser.positionalArguments();
    const int expected = command == u"confirm" || command == u"sign" ? 3
                         : command == u"record-identity"             ? 4
                                                                     : 2;
    if (arguments.size() != expected) {
        return context.fail(Context::tr("%1: wrong number of arguments; see guichet-cli help").arg(command));
    }
    auto session = context.openStore();
    if (!session) {
        return context.fail(session.error());
    }
    auto id = (*session)->orderId(arguments.at(1));
    if (!id) {
        return context.fail(id.error());
    }
    auto login = context.logIn(*loginOptions);
    if (!login) {
        return context.fail(login.error());
    }
    const workflow::Actor actor{login->who, *login->signer};
    workflow::Workflow& workflow = (*session)->workflow();
    Status done;
    if (command == u"confirm") {
        done = workflow.confirm(*id, arguments.at(2), actor);
    } else if (command == u"record-identity") {
        const auto idKind = fromCode<IdDocumentKind>(arguments.at(2));
        if (!idKind || *idKind == IdDocumentKind::None) {
            return context.fail(Context::tr("unknown ID document kind \"%1\" (national-id-card, passport, "
                                            "residence-permit)")
                                    .arg(arguments.at(2)));
        }
        done = workflow.recordIdentity(*id, {*idKind, arguments.at(3)}, actor);
    } else if (command == u"send-for-signature") {
        done = workflow.sendForSignature(*id, actor);
    } else if (command == u"sign") {
        const auto documentKind = fromCode<DocumentKind>(arguments.at(2));
        if (!documentKind) {
            return context.fail(Context::tr("unknown document kind \"%1\"").arg(arguments.at(2)));
        }
        done = workflow.recordSignature(*id, *documentKind, actor);
    } else if (command == u"validate") {
        done = workflow.validate(*id, actor);
    } else {
        Notification notification;
        const auto notificationKind = fromCode<NotificationKind>(parser.value(kind));
        if (!notificationKind) {
            return context.fail(Context::tr("unknown notification kind \"%1\"").arg(parser.value(kind)));
        }
        notification.kind = *notificationKind;
        notification.subject = parser.value(subject);
        notification.body = parser.value(body);
        auto queued = workflow.notify(*id, notification, actor);
        if (!queued) {
            return context.fail(queued.error());
        }
        context.out << Context::tr("Notification queued in the outbox.") << '\n';
        afterDecision(context, **session, *login);
        return Success;
    }
    if (!done) {
        return context.fail(done.error());
    }
    afterDecision(context, **session, *login);
    return Success;
}

} // namespace guichet::cli
