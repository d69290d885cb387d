#include "format.h"

#include <QCoreApplication>

namespace guichet::cli {

/// The translation context of the printed text (lupdate files it under this name).
class Format
{
    Q_DECLARE_TR_FUNCTIONS(guichet::cli::Format)
};

namespace {

QString pad(const QString& text, int width)
{
    // Always at least one space before the next column.
    return text.size() >= width ? text.left(width - 2) + u"… " : text.leftJustified(width);
}

QString stateMark(rules::ItemState state)
{
    switch (state) {
    case rules::ItemState::Passed:
        return QStringLiteral("[ok]");
    case rules::ItemState::Failed:
        return QStringLiteral("[!!]");
    case rules::ItemState::AwaitingConfirmation:
        return QStringLiteral("[..]");
    case rules::ItemState::NotApplicable:
        return QStringLiteral("[--]");
    }
    Q_UNREACHABLE();
}

void printPerson(QTextStream& out, const QString& role, const Person& person)
{
    out << "  " << pad(role, 24) << person.displayName();
    if (person.birthDate.isValid()) {
        out << ", " << Format::tr("born %1").arg(person.birthDate.toString(Qt::ISODate));
    }
    if (!person.email.isEmpty()) {
        out << ", " << person.email;
    }
    out << '\n';
}

} // namespace

QDate parseDate(const QString& text)
{
    return QDate::fromString(text, Qt::ISODate);
}

void printOrderRows(QTextStream& out, const QList<store::OrderSummary>& rows)
{
    out << pad(Format::tr("Number"), 18) << pad(Format::tr("Date"), 11) << pad(Format::tr("Holder"), 26)
        << pad(Format::tr("SIREN"), 10) << pad(Format::tr("Organisation"), 30) << pad(Format::tr("Phase"), 28)
        << pad(Format::tr("Type"), 5) << Format::tr("Portal") << '\n';
    for (const auto& row : rows) {
        out << pad(row.number, 18) << pad(row.date.toString(Qt::ISODate), 11) << pad(row.holderName, 26)
            << pad(row.siren, 10) << pad(row.organisationName, 30) << pad(label(row.phase), 28)
            << pad(toCode(row.type), 5) << row.portal << '\n';
    }
}

void printOrder(QTextStream& out, const Order& order)
{
    out << Format::tr("Order %1, placed on %2").arg(order.number, order.date.toString(Qt::ISODate)) << '\n';
    out << "  " << pad(Format::tr("Phase"), 24) << label(order.phase) << '\n';
    out << "  " << pad(Format::tr("Process"), 24) << order.process << '\n';
    out << "  " << pad(Format::tr("Type"), 24) << toCode(order.type) << " (" << label(order.type) << ")\n";
    out << "  " << pad(Format::tr("Portal"), 24) << order.portal << '\n';
    out << "  " << pad(Format::tr("Product"), 24) << order.product.label << ", "
        << (order.product.durationYears == 1 ? Format::tr("1 year")
                                             : Format::tr("%1 years").arg(order.product.durationYears))
        << '\n';
    out << "  " << pad(Format::tr("Organisation"), 24) << order.organisation.name << " ("
        << label(order.organisation.kind) << "), SIREN " << order.organisation.siren << ", SIRET "
        << order.organisation.siret << '\n';
    printPerson(out, Format::tr("Holder"), order.holder);
    out << "  " << pad(Format::tr("OTP contact"), 24) << order.holder.otpContact << '\n';
    printPerson(out, Format::tr("Legal representative"), order.legalRepresentative);
    if (order.agent) {
        printPerson(out, Format::tr("Certification agent"), *order.agent);
    }
    out << "  " << pad(Format::tr("Requester"), 24) << order.requester.name << " <" << order.requester.email
        << ">\n";
    out << "  " << pad(Format::tr("Payment"), 24)
        << (order.payment.received ? Format::tr("received") : Format::tr("not received")) << '\n';
    if (!order.recordedIdentity.isEmpty()) {
        out << "  " << pad(Format::tr("Recorded ID"), 24) << label(order.recordedIdentity.kind) << ' '
            << order.recordedIdentity.number << '\n';
    }
    out << Format::tr("Documents") << '\n';
    for (const auto& document : order.documents) {
        out << "  " << pad(label(document.kind), 48) << pad(label(document.status), 14) << document.fileName
            << '\n';
    }
}

void printChecklist(QTextStream& out, const rules::Checklist& checklist)
{
    out << Format::tr("Checklist as of %1").arg(checklist.reviewDate.toString(Qt::ISODate)) << '\n';
    for (const auto& item : checklist.items) {
        out << stateMark(item.state) << ' ' << int(item.step) << ". " << item.title;
        if (!item.reason.isEmpty()) {
            out << "\n       " << item.reason;
        }
        out << "\n       (" << item.id << ")\n";
    }
    out << (checklist.allPassed() ? Format::tr("The dossier can be validated.")
                                  : Format::tr("The dossier cannot be validated yet."))
        << '\n';
}

void printActivity(QTextStream& out, const QList<store::PortalActivity>& activity)
{
    out << pad(Format::tr("Portal"), 28) << pad(Format::tr("To verify"), 12)
        << pad(Format::tr("Awaiting signature"), 20) << pad(Format::tr("To validate"), 13)
        << Format::tr("To generate") << '\n';
    for (const auto& portal : activity) {
        out << pad(portal.portal, 28) << pad(QString::number(portal.toVerify), 12)
            << pad(QString::number(portal.awaitingSignature), 20)
            << pad(QString::number(portal.toValidate), 13) << portal.toGenerate << '\n';
    }
}

} // namespace guichet::cli
