#include "token/pkcs11_uri.h"

#include "token/token_info.h"

#include <QCoreApplication>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace guichet::token {

namespace {

constexpr auto scheme = "pkcs11:";

constexpr std::array<std::pair<ObjectType, const char*>, 5> typeNames{{
    {ObjectType::Certificate, "cert"},
    {ObjectType::PrivateKey, "private"},
    {ObjectType::PublicKey, "public"},
    {ObjectType::SecretKey, "secret-key"},
    {ObjectType::Data, "data"},
}};

bool isUnreserved(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
}

QString encode(const QByteArray& bytes, bool everyByte)
{
    static const char hex[] = "0123456789ABCDEF";
    QString out;
    out.reserve(bytes.size() * 3);
    for (const char byte : bytes) {
        const auto c = static_cast<unsigned char>(byte);
        if (!everyByte && isUnreserved(c)) {
            out += QLatin1Char(byte);
        } else {
            out += u'%';
            out += QLatin1Char(hex[c >> 4]);
            out += QLatin1Char(hex[c & 0xF]);
        }
    }
    return out;
}

QString encode(const QString& text)
{
    return encode(text.toUtf8(), false);
}

int hexValue(QChar c)
{
    if (c >= u'0' && c <= u'9') {
        return c.unicode() - u'0';
    }
    if (c >= u'a' && c <= u'f') {
        return c.unicode() - u'a' + 10;
    }
    if (c >= u'A' && c <= u'F') {
        return c.unicode() - u'A' + 10;
    }
    return -1;
}

Error invalid(const QString& text, const QString& why)
{
    return Error{
        QCoreApplication::translate("guichet::token", "This is not a valid PKCS#11 URI: %1.").arg(why), text};
}

// Decodes %XX escapes; runs of other characters are taken as text and converted to UTF-8.
std::optional<QByteArray> decode(QStringView value)
{
    QByteArray out;
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] != u'%') {
            continue;
        }
        out += value.mid(runStart, i - runStart).toUtf8();
        if (i + 2 >= value.size()) {
            return std::nullopt;
        }
        const int high = hexValue(value[i + 1]);
        const int low = hexValue(value[i + 2]);
        if (high < 0 || low < 0) {
            return std::nullopt;
        }
        out += static_cast<char>(high << 4 | low);
        i += 2;
        runStart = i + 1;
    }
    out += value.mid(runStart).toUtf8();
    return out;
}

} // namespace

Pkcs11Uri Pkcs11Uri::forToken(const TokenInfo& info)
{
    Pkcs11Uri uri;
    uri.model = info.model;
    uri.manufacturer = info.manufacturer;
    uri.serial = info.serial;
    uri.token = info.label;
    return uri;
}

Pkcs11Uri Pkcs11Uri::withObject(const QByteArray& objectId, const QString& objectLabel,
                                ObjectType objectType) const
{
    Pkcs11Uri uri = tokenOnly();
    if (!objectId.isEmpty()) {
        uri.id = objectId;
    }
    if (!objectLabel.isEmpty()) {
        uri.object = objectLabel;
    }
    uri.type = objectType;
    return uri;
}

Pkcs11Uri Pkcs11Uri::tokenOnly() const
{
    Pkcs11Uri uri;
    uri.token = token;
    uri.manufacturer = manufacturer;
    uri.model = model;
    uri.serial = serial;
    uri.unknownAttributes = unknownAttributes;
    return uri;
}

QString Pkcs11Uri::toString() const
{
    QStringList path;
    const auto add = [&path](const char* name, const std::optional<QString>& value) {
        if (value) {
            path << QString::fromLatin1(name) + u'=' + encode(*value);
        }
    };
    add("model", model);
    add("manufacturer", manufacturer);
    add("serial", serial);
    add("token", token);
    if (id) {
        path << u"id="_s + encode(*id, true);
    }
    add("object", object);
    for (const auto& [value, name] : typeNames) {
        if (value == type) {
            path << u"type="_s + QString::fromLatin1(name);
        }
    }
    QStringList query;
    if (moduleName) {
        query << u"module-name="_s + encode(*moduleName);
    }
    if (modulePath) {
        query << u"module-path="_s + encode(*modulePath);
    }
    QString text = QString::fromLatin1(scheme) + path.join(u';');
    if (!query.isEmpty()) {
        text += u'?' + query.join(u'&');
    }
    return text;
}

Result<Pkcs11Uri> Pkcs11Uri::parse(const QString& text)
{
    const QString prefix = QString::fromLatin1(scheme);
    if (!text.startsWith(prefix, Qt::CaseInsensitive)) {
        return invalid(text, QCoreApplication::translate("guichet::token", "it does not start with pkcs11:"));
    }
    const QStringView rest = QStringView(text).mid(prefix.size());
    const qsizetype question = rest.indexOf(u'?');
    const QStringView pathPart = question < 0 ? rest : rest.left(question);
    const QStringView queryPart = question < 0 ? QStringView() : rest.mid(question + 1);

    Pkcs11Uri uri;
    const auto splitAttribute = [&](QStringView attribute, QStringView& name,
                                    QByteArray& value) -> std::optional<Error> {
        const qsizetype equals = attribute.indexOf(u'=');
        if (equals <= 0) {
            return invalid(text, QCoreApplication::translate("guichet::token", "\"%1\" is not name=value")
                                     .arg(attribute.toString()));
        }
        name = attribute.left(equals);
        const std::optional<QByteArray> decoded = decode(attribute.mid(equals + 1));
        if (!decoded) {
            return invalid(text,
                           QCoreApplication::translate("guichet::token", "a %-escape in \"%1\" is malformed")
                               .arg(attribute.toString()));
        }
        value = *decoded;
        return std::nullopt;
    };

    for (const QStringView attribute : pathPart.split(u';', Qt::SkipEmptyParts)) {
        QStringView name;
        QByteArray value;
        if (auto error = splitAttribute(attribute, name, value)) {
            return *error;
        }
        const QString string = QString::fromUtf8(value);
        if (name == u"token") {
            uri.token = string;
        } else if (name == u"manufacturer") {
            uri.manufacturer = string;
        } else if (name == u"model") {
            uri.model = string;
        } else if (name == u"serial") {
            uri.serial = string;
        } else if (name == u"id") {
            uri.id = value;
        } else if (name == u"object") {
            uri.object = string;
        } else if (name == u"type") {
            bool known = false;
            for (const auto& [type, typeName] : typeNames) {
                if (value == typeName) {
                    uri.type = type;
                    known = true;
                }
            }
            if (!known) {
                return invalid(
                    text,
                    QCoreApplication::translate("guichet::token", "unknown object type \"%1\"").arg(string));
            }
        } else {
            uri.unknownAttributes << name.toString();
        }
    }
    for (const QStringView attribute : queryPart.split(u'&', Qt::SkipEmptyParts)) {
        QStringView name;
        QByteArray value;
        if (auto error = splitAttribute(attribute, name, value)) {
            return *error;
        }
        // A PIN in a URI would end up in settings, logs and messages: refuse it outright.
        if (name == u"pin-value" || name == u"pin-source") {
            return invalid(
                text, QCoreApplication::translate("guichet::token", "a PIN must never be written in a URI"));
        }
        if (name == u"module-name") {
            uri.moduleName = QString::fromUtf8(value);
        } else if (name == u"module-path") {
            uri.modulePath = QString::fromUtf8(value);
        }
        // Other query attributes are hints (RFC 7512 section 2.3): ignoring them is allowed.
    }
    return uri;
}

bool Pkcs11Uri::matchesToken(const TokenInfo& info) const
{
    const auto same = [](const std::optional<QString>& wanted, const QString& actual) {
        return !wanted || *wanted == actual;
    };
    return unknownAttributes.isEmpty() && same(token, info.label) && same(manufacturer, info.manufacturer) &&
           same(model, info.model) && same(serial, info.serial);
}

} // namespace guichet::token
