#include "identity/distinguished_name.h"

#include <openssl/objects.h>

namespace guichet::identity {

namespace {

QString attributeType(const ASN1_OBJECT* object)
{
    const int nid = OBJ_obj2nid(object);
    if (nid != NID_undef) {
        if (const char* shortName = OBJ_nid2sn(nid)) {
            return QString::fromLatin1(shortName);
        }
    }
    char oid[128] = {};
    OBJ_obj2txt(oid, sizeof oid, object, 1);
    return QString::fromLatin1(oid);
}

QString attributeValue(const ASN1_STRING* data)
{
    unsigned char* utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, data);
    if (length < 0) {
        return {};
    }
    QString value = QString::fromUtf8(reinterpret_cast<const char*>(utf8), length);
    OPENSSL_free(utf8);
    return value;
}

} // namespace

DistinguishedName DistinguishedName::fromX509(const X509_NAME* name)
{
    DistinguishedName result;
    if (name == nullptr) {
        return result;
    }
    const int count = X509_NAME_entry_count(name);
    for (int i = 0; i < count; ++i) {
        const X509_NAME_ENTRY* entry = X509_NAME_get_entry(name, i);
        const ASN1_OBJECT* object = X509_NAME_ENTRY_get_object(entry);
        result.m_attributes.append(NameAttribute{OBJ_obj2nid(object), attributeType(object),
                                                 attributeValue(X509_NAME_ENTRY_get_data(entry))});
    }
    return result;
}

QStringList DistinguishedName::values(int nid) const
{
    QStringList result;
    for (const NameAttribute& attribute : m_attributes) {
        if (attribute.nid == nid && nid != NID_undef) {
            result.append(attribute.value);
        }
    }
    return result;
}

QString DistinguishedName::value(int nid) const
{
    const QStringList all = values(nid);
    return all.isEmpty() ? QString() : all.first();
}

QString DistinguishedName::toString() const
{
    QStringList parts;
    for (const NameAttribute& attribute : m_attributes) {
        parts.append(attribute.type + u'=' + attribute.value);
    }
    return parts.join(QStringLiteral(", "));
}

QStringList DistinguishedName::values(const QString& type) const
{
    QStringList result;
    for (const NameAttribute& attribute : m_attributes) {
        if (attribute.type == type) {
            result.append(attribute.value);
        }
    }
    return result;
}

std::optional<QString> canonicalAttributeType(const QString& name)
{
    if (name.isEmpty()) {
        return std::nullopt;
    }
    const QByteArray latin1 = name.toLatin1();
    // Short names, long names and dotted OIDs (0: names are allowed).
    ASN1_OBJECT* object = OBJ_txt2obj(latin1.constData(), 0);
    if (object == nullptr) {
        return std::nullopt;
    }
    QString type = attributeType(object);
    ASN1_OBJECT_free(object);
    return type;
}

} // namespace guichet::identity
