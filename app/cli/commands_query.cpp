// Read-only commands: list, show, check, summary.

#include "cli.h"
#include "format.h"
#include "package/manifest.h"
#include "rules/checklist.h"
#include "store/order_store.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace guichet::cli {
namespace {

/// Parses a command's options (the command's name stands where QCommandLineParser expects the
/// program's); on a usage error prints it and returns false.
bool parse(Context& context, QCommandLineParser& parser, int positional)
{
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    if (!parser.parse(context.arguments)) {
        context.fail(parser.errorText());
        return false;
    }
    if (parser.positionalArguments().size() != positional) {
        context.fail(Context::tr("%1: wrong number of arguments; see guichet-cli help")
                         .arg(context.arguments.first()));
        return false;
    }
    return true;
}

void printJson(QTextStream& out, const QJsonValue& value)
{
    out << (value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject()))
               .toJson(QJsonDocument::Indented);
}

std::optional<store::OrderSort> sortFromCode(const QString& code)
{
    static const std::pair<const char16_t*, store::OrderSort> table[] = {
        {u"number", store::OrderSort::Number},     {u"date", store::OrderSort::Date},
        {u"holder", store::OrderSort::HolderName}, {u"organisation", store::OrderSort::Organisation},
        {u"phase", store::OrderSort::Phase},       {u"portal", store::OrderSort::Portal},
    };
    for (const auto& [name, sort] : table) {
        if (code == QStringView(name)) {
            return sort;
        }
    }
    return std::nullopt;
}

QJsonObject rowToJson(const store::OrderSummary& row)
{
    return QJsonObject{
        {QStringLiteral("number"), row.number},
        {QStringLiteral("date"), row.date.toString(Qt::ISODate)},
        {QStringLiteral("holder"), row.holderName},
        {QStringLiteral("organisation"), row.organisationName},
        {QStringLiteral("siren"), row.siren},
        {QStringLiteral("process"), row.process},
        {QStringLiteral("phase"), toCode(row.phase)},
        {QStringLiteral("type"), toCode(row.type)},
        {QStringLiteral("portal"), row.portal},
    };
}

} // namespace

int runList(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption search(QStringLiteral("search"), {}, QStringLiteral("text"));
    const QCommandLineOption phase(QStringLiteral("phase"), {}, QStringLiteral("phase"));
    const QCommandLineOption type(QStringLiteral("type"), {}, QStringLiteral("type"));
    const QCommandLineOption portal(QStringLiteral("portal"), {}, QStringLiteral("portal"));
    const QCommandLineOption from(QStringLiteral("from"), {}, QStringLiteral("date"));
    const QCommandLineOption to(QStringLiteral("to"), {}, QStringLiteral("date"));
    const QCommandLineOption sort(QStringLiteral("sort"), {}, QStringLiteral("column"));
    const QCommandLineOption ascending(QStringLiteral("asc"));
    const QCommandLineOption offset(QStringLiteral("offset"), {}, QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption limit(QStringLiteral("limit"), {}, QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOptions({search, phase, type, portal, from, to, sort, ascending, offset, limit, json});
    if (!parse(context, parser, 0)) {
        return Failure;
    }
    store::OrderQuery query;
    query.text = parser.value(search);
    if (parser.isSet(phase)) {
        query.phase = fromCode<Phase>(parser.value(phase));
        if (!query.phase) {
            return context.fail(Context::tr("unknown phase \"%1\"").arg(parser.value(phase)));
        }
    }
    if (parser.isSet(type)) {
        query.type = fromCode<DossierType>(parser.value(type).toUpper());
        if (!query.type) {
            return context.fail(Context::tr("the type is D or P, not \"%1\"").arg(parser.value(type)));
        }
    }
    query.portal = parser.value(portal);
    for (const auto& [option, date] : {std::pair{&from, &query.from}, std::pair{&to, &query.to}}) {
        if (parser.isSet(*option)) {
            *date = parseDate(parser.value(*option));
            if (!date->isValid()) {
                return context.fail(
                    Context::tr("\"%1\" is not a date (YYYY-MM-DD)").arg(parser.value(*option)));
            }
        }
    }
    if (parser.isSet(sort)) {
        const auto column = sortFromCode(parser.value(sort));
        if (!column) {
            return context.fail(Context::tr("cannot sort by \"%1\"").arg(parser.value(sort)));
        }
        query.sort = *column;
    }
    query.descending = !parser.isSet(ascending);
    bool offsetOk = false;
    bool limitOk = false;
    query.offset = parser.value(offset).toInt(&offsetOk);
    query.limit = parser.value(limit).toInt(&limitOk);
    if (!offsetOk || !limitOk || query.offset < 0 || query.limit <= 0) {
        return context.fail(Context::tr("--offset and --limit take whole numbers"));
    }

    auto session = context.openStore();
    if (!session) {
        return context.fail(session.error());
    }
    auto rows = (*session)->orders().find(query);
    if (!rows) {
        return context.fail(rows.error());
    }
    auto total = (*session)->orders().count(query);
    if (!total) {
        return context.fail(total.error());
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const auto& row : *rows) {
            array.append(rowToJson(row));
        }
        printJson(context.out,
                  QJsonObject{{QStringLiteral("total"), *total}, {QStringLiteral("orders"), array}});
        return Success;
    }
    printOrderRows(context.out, *rows);
    context.out << Context::tr("%1 of %2 matching orders").arg(rows->size()).arg(*total) << '\n';
    return Success;
}

int runShow(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOption(json);
    if (!parse(context, parser, 1)) {
        return Failure;
    }
    auto session = context.openStore();
    if (!session) {
        return context.fail(session.error());
    }
    auto order = (*session)->orders().orderByNumber(parser.positionalArguments().at(0));
    if (!order) {
        return context.fail(order.error());
    }
    if (parser.isSet(json)) {
        printJson(context.out, package::orderToJson(*order));
    } else {
        printOrder(context.out, *order);
    }
    return Success;
}

int runCheck(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption asOf(QStringLiteral("as-of"), {}, QStringLiteral("date"));
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOptions({asOf, json});
    if (!parse(context, parser, 1)) {
        return Failure;
    }
    QDate reviewDate = QDate::currentDate();
    if (parser.isSet(asOf)) {
        reviewDate = parseDate(parser.value(asOf));
        if (!reviewDate.isValid()) {
            return context.fail(Context::tr("\"%1\" is not a date (YYYY-MM-DD)").arg(parser.value(asOf)));
        }
    }
    auto session = context.openStore();
    if (!session) {
        return context.fail(session.error());
    }
    auto order = (*session)->orders().orderByNumber(parser.positionalArguments().at(0));
    if (!order) {
        return context.fail(order.error());
    }
    const rules::Checklist checklist = rules::buildChecklist(*order, reviewDate);
    if (parser.isSet(json)) {
        QJsonObject object = checklist.toJson();
        object.insert(QStringLiteral("order"), order->number);
        printJson(context.out, object);
    } else {
        printChecklist(context.out, checklist);
    }
    return checklist.allPassed() ? Success : NotValidatable;
}

int runSummary(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOption(json);
    if (!parse(context, parser, 0)) {
        return Failure;
    }
    auto session = context.openStore();
    if (!session) {
        return context.fail(session.error());
    }
    auto activity = (*session)->orders().activity();
    if (!activity) {
        return context.fail(activity.error());
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const auto& portal : *activity) {
            array.append(QJsonObject{
                {QStringLiteral("portal"), portal.portal},
                {QStringLiteral("toVerify"), portal.toVerify},
                {QStringLiteral("awaitingSignature"), portal.awaitingSignature},
                {QStringLiteral("toValidate"), portal.toValidate},
                {QStringLiteral("toGenerate"), portal.toGenerate},
            });
        }
        printJson(context.out, array);
        return Success;
    }
    printActivity(context.out, *activity);
    return Success;
}

} // namespace guichet::cli
