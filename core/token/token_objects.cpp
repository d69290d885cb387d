// Token objects written and read through the module's raw function list, where libp11 0.4.12 falls
// short: certificates with the full attribute set (PKCS11_store_certificate sets no serial number),
// EC key generation (PKCS11_generate_key is RSA only) and the key attributes that tell where a key
// came from.

#include "token/openssl_handles.h"
#include "token/pkcs11_error.h"
#include "token/pkcs11_module_p.h"
#include "token/token_session.h"

#include <QCoreApplication>
#include <vector>

using namespace Qt::StringLiterals;

namespace guichet::token {

namespace {

/// `object` as DER (i2d_X509_NAME, i2d_ASN1_INTEGER...), or an empty array.
template <typename T, typename Encoder> QByteArray derOf(const T* object, Encoder encode)
{
    const int length = encode(object, nullptr);
    if (length <= 0) {
        return {};
    }
    QByteArray der(length, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    encode(object, &out);
    return der;
}

CK_ATTRIBUTE attribute(CK_ATTRIBUTE_TYPE type, void* value, std::size_t size)
{
    return CK_ATTRIBUTE{type, value, static_cast<CK_ULONG>(size)};
}

CK_ATTRIBUTE attribute(CK_ATTRIBUTE_TYPE type, QByteArray& value)
{
    return attribute(type, value.data(), static_cast<std::size_t>(value.size()));
}

/// An active C_FindObjects operation, ended (C_FindObjectsFinal) when it goes.
class ObjectSearch
{
public:
    ObjectSearch(CK_FUNCTION_LIST* functions, CK_SESSION_HANDLE session) : m_f(functions), m_session(session)
    {}
    ~ObjectSearch()
    {
        if (m_active) {
            m_f->C_FindObjectsFinal(m_session);
        }
    }
    ObjectSearch(const ObjectSearch&) = delete;
    ObjectSearch& operator=(const ObjectSearch&) = delete;

    /// Every object matching `templ`.
    Result<std::vector<CK_OBJECT_HANDLE>> find(std::vector<CK_ATTRIBUTE>& templ)
    {
        CK_RV rv = m_f->C_FindObjectsInit(m_session, templ.data(), static_cast<CK_ULONG>(templ.size()));
        if (rv != CKR_OK) {
            return Pkcs11Error{u"C_FindObjectsInit"_s, rv}.toError();
        }
        m_active = true;
        std::vector<CK_OBJECT_HANDLE> found;
        CK_OBJECT_HANDLE batch[16];
        CK_ULONG count = 0;
        do {
            rv = m_f->C_FindObjects(m_session, batch, 16, &count);
            if (rv != CKR_OK) {
                return Pkcs11Error{u"C_FindObjects"_s, rv}.toError();
            }
            found.insert(found.end(), batch, batch + count);
        } while (count == 16);
        return found;
    }

private:
    CK_FUNCTION_LIST* m_f;
    CK_SESSION_HANDLE m_session;
    bool m_active = false;
};

/// The token's certificates with CKA_ID `id`.
Result<std::vector<CK_OBJECT_HANDLE>> certificatesWithId(const SessionCore& core, QByteArray id)
{
    CK_OBJECT_CLASS certificateClass = CKO_CERTIFICATE;
    std::vector<CK_ATTRIBUTE> templ{attribute(CKA_CLASS, &certificateClass, sizeof certificateClass),
                                    attribute(CKA_ID, id)};
    ObjectSearch search(core.functions(), core.anchor);
    return search.find(templ);
}

/// The value of a variable-length attribute (two C_GetAttributeValue calls: size, then value).
Result<QByteArray> attributeBytes(const SessionCore& core, CK_OBJECT_HANDLE object, CK_ATTRIBUTE_TYPE type)
{
    CK_ATTRIBUTE query = attribute(type, nullptr, 0);
    CK_RV rv = core.functions()->C_GetAttributeValue(core.anchor, object, &query, 1);
    if (rv != CKR_OK) {
        return Pkcs11Error{u"C_GetAttributeValue"_s, rv}.toError();
    }
    QByteArray value(static_cast<qsizetype>(query.ulValueLen), Qt::Uninitialized);
    query.pValue = value.data();
    rv = core.functions()->C_GetAttributeValue(core.anchor, object, &query, 1);
    if (rv != CKR_OK) {
        return Pkcs11Error{u"C_GetAttributeValue"_s, rv}.toError();
    }
    value.resize(static_cast<qsizetype>(query.ulValueLen));
    return value;
}

} // namespace

Status TokenSession::storeCertificate(const QByteArray& der, const QByteArray& id, const QString& label)
{
    const QString notStored = QCoreApplication::translate(
        "guichet::token",
        "The certificate could not be written to the token. Contact support with the details below.");
    if (id.isEmpty()) {
        return Error{notStored, u"storeCertificate: empty CKA_ID"_s};
    }
    const auto* in = reinterpret_cast<const unsigned char*>(der.constData());
    const X509Ptr certificate(d2i_X509(nullptr, &in, static_cast<long>(der.size())));
    clearOpenSslErrors();
    if (!certificate || in != reinterpret_cast<const unsigned char*>(der.constData()) + der.size()) {
        return Error{notStored, u"storeCertificate: not a DER X.509 certificate"_s};
    }
    if (Status present = m_core->checkPresent(); !present) {
        return present;
    }
    Result<std::vector<CK_OBJECT_HANDLE>> existing = certificatesWithId(*m_core, id);
    if (!existing) {
        return existing.error();
    }
    if (!existing->empty()) {
        return Error{QCoreApplication::translate(
                         "guichet::token",
                         "The token already holds a certificate for this key. Remove it first, or use "
                         "another token."),
                     u"storeCertificate: a certificate with CKA_ID "_s + QString::fromLatin1(id.toHex()) +
                         u" exists"_s};
    }

    QByteArray subject = derOf(X509_get_subject_name(certificate.get()), i2d_X509_NAME);
    QByteArray issuer = derOf(X509_get_issuer_name(certificate.get()), i2d_X509_NAME);
    QByteArray serial = derOf(X509_get0_serialNumber(certificate.get()), i2d_ASN1_INTEGER);
    if (subject.isEmpty() || issuer.isEmpty() || serial.isEmpty()) {
        return Error{notStored, u"storeCertificate: cannot encode the subject, issuer or serial"_s};
    }
    QByteArray value = der;
    QByteArray idBytes = id;
    QByteArray labelBytes = label.toUtf8();
    CK_OBJECT_CLASS certificateClass = CKO_CERTIFICATE;
    CK_CERTIFICATE_TYPE certificateType = CKC_X_509;
    CK_BBOOL yes = CK_TRUE;
    CK_BBOOL no = CK_FALSE;
    std::vector<CK_ATTRIBUTE> templ{
        attribute(CKA_CLASS, &certificateClass, sizeof certificateClass),
        attribute(CKA_CERTIFICATE_TYPE, &certificateType, sizeof certificateType),
        attribute(CKA_TOKEN, &yes, sizeof yes),
        attribute(CKA_PRIVATE, &no, sizeof no),
        attribute(CKA_ID, idBytes),
        attribute(CKA_LABEL, labelBytes),
        attribute(CKA_SUBJECT, subject),
        attribute(CKA_ISSUER, issuer),
        attribute(CKA_SERIAL_NUMBER, serial),
        attribute(CKA_VALUE, value),
    };
    CK_OBJECT_HANDLE object = CK_INVALID_HANDLE;
    const CK_RV rv = m_core->functions()->C_CreateObject(m_core->anchor, templ.data(),
                                                         static_cast<CK_ULONG>(templ.size()), &object);
    if (rv != CKR_OK) {
        const Pkcs11Error error{u"C_CreateObject"_s, rv};
        // Codes that say what to do (not logged in, write-protected, removed) keep their own sentence.
        return rv == CKR_GENERAL_ERROR || rv == CKR_FUNCTION_FAILED || rv == CKR_TEMPLATE_INCONSISTENT ||
                       rv == CKR_ATTRIBUTE_VALUE_INVALID
                   ? error.toError(notStored)
                   : error.toError();
    }
    return {};
}

Result<int> TokenSession::destroyObjects(const QByteArray& id)
{
    if (id.isEmpty()) {
        return Error{QCoreApplication::translate("guichet::token", "No key is named: nothing was removed."),
                     u"destroyObjects: empty CKA_ID"_s};
    }
    if (Status present = m_core->checkPresent(); !present) {
        return present.error();
    }
    QByteArray idBytes = id;
    std::vector<CK_ATTRIBUTE> templ{attribute(CKA_ID, idBytes)};
    Result<std::vector<CK_OBJECT_HANDLE>> found = [&] {
        ObjectSearch search(m_core->functions(), m_core->anchor);
        return search.find(templ);
    }();
    if (!found) {
        return found.error();
    }
    int destroyed = 0;
    for (CK_OBJECT_HANDLE object : *found) {
        const CK_RV rv = m_core->functions()->C_DestroyObject(m_core->anchor, object);
        if (rv != CKR_OK) {
            return Pkcs11Error{u"C_DestroyObject"_s, rv}.toError();
        }
        ++destroyed;
    }
    return destroyed;
}

Result<QByteArray> TokenSession::readCertificate(const QByteArray& id) const
{
    if (Status present = m_core->checkPresent(); !present) {
        return present.error();
    }
    Result<std::vector<CK_OBJECT_HANDLE>> found = certificatesWithId(*m_core, id);
    if (!found) {
        return found.error();
    }
    if (found->empty()) {
        return Error{
            QCoreApplication::translate("guichet::token", "The token holds no certificate for this key."),
            u"C_FindObjects: no certificate with CKA_ID "_s + QString::fromLatin1(id.toHex())};
    }
    if (found->size() > 1) {
        return Error{QCoreApplication::translate(
                         "guichet::token",
                         "The token holds several certificates for this key. Contact support with the "
                         "details below."),
                     u"C_FindObjects: "_s + QString::number(found->size()) + u" certificates with CKA_ID "_s +
                         QString::fromLatin1(id.toHex())};
    }
    return attributeBytes(*m_core, found->front(), CKA_VALUE);
}

Status TokenSession::generateEcKeyPair(EcCurve curve, const QString& label, const QByteArray& id)
{
    if (Status present = m_core->checkPresent(); !present) {
        return present;
    }
    // CKA_EC_PARAMS: the curve's OID, DER (namedCurve).
    QByteArray parameters = curve == EcCurve::P256 ? QByteArray::fromHex("06082a8648ce3d030107")
                                                   : QByteArray::fromHex("06052b81040022");
    QByteArray idBytes = id;
    QByteArray labelBytes = label.toUtf8();
    CK_BBOOL yes = CK_TRUE;
    CK_BBOOL no = CK_FALSE;
    std::vector<CK_ATTRIBUTE> publicTemplate{
        attribute(CKA_TOKEN, &yes, sizeof yes),
        attribute(CKA_PRIVATE, &no, sizeof no),
        attribute(CKA_VERIFY, &yes, sizeof yes),
        attribute(CKA_EC_PARAMS, parameters),
        attribute(CKA_ID, idBytes),
        attribute(CKA_LABEL, labelBytes),
    };
    std::vector<CK_ATTRIBUTE> privateTemplate{
        attribute(CKA_TOKEN, &yes, sizeof yes),     attribute(CKA_PRIVATE, &yes, sizeof yes),
        attribute(CKA_SENSITIVE, &yes, sizeof yes), attribute(CKA_EXTRACTABLE, &no, sizeof no),
        attribute(CKA_SIGN, &yes, sizeof yes),      attribute(CKA_ID, idBytes),
        attribute(CKA_LABEL, labelBytes),
    };
    CK_MECHANISM mechanism{CKM_EC_KEY_PAIR_GEN, nullptr, 0};
    CK_OBJECT_HANDLE publicKey = CK_INVALID_HANDLE;
    CK_OBJECT_HANDLE privateKey = CK_INVALID_HANDLE;
    const CK_RV rv = m_core->functions()->C_GenerateKeyPair(
        m_core->anchor, &mechanism, publicTemplate.data(), static_cast<CK_ULONG>(publicTemplate.size()),
        privateTemplate.data(), static_cast<CK_ULONG>(privateTemplate.size()), &publicKey, &privateKey);
    if (rv != CKR_OK) {
        const Pkcs11Error error{u"C_GenerateKeyPair"_s, rv};
        return rv == CKR_USER_NOT_LOGGED_IN || rv == CKR_TOKEN_WRITE_PROTECTED || rv == CKR_DEVICE_REMOVED
                   ? error.toError()
                   : error.toError(QCoreApplication::translate(
                         "guichet::token",
                         "The token could not generate the key. Contact support with the details below."));
    }
    return {};
}

Result<KeyOrigin> TokenSession::keyOrigin(const QByteArray& id) const
{
    if (Status present = m_core->checkPresent(); !present) {
        return present.error();
    }
    CK_OBJECT_CLASS privateClass = CKO_PRIVATE_KEY;
    QByteArray idBytes = id;
    std::vector<CK_ATTRIBUTE> templ{attribute(CKA_CLASS, &privateClass, sizeof privateClass),
                                    attribute(CKA_ID, idBytes)};
    Result<std::vector<CK_OBJECT_HANDLE>> found = [&] {
        ObjectSearch search(m_core->functions(), m_core->anchor);
        return search.find(templ);
    }();
    if (!found) {
        return found.error();
    }
    if (found->size() != 1) {
        const QString detail = u"C_FindObjects: "_s + QString::number(found->size()) +
                               u" private keys with CKA_ID "_s + QString::fromLatin1(id.toHex());
        if (found->empty()) {
            return Error{m_core->isLoggedIn()
                             ? QCoreApplication::translate("guichet::token", "The token holds no such key.")
                             : ckrSentence(CKR_USER_NOT_LOGGED_IN),
                         detail};
        }
        return Error{QCoreApplication::translate(
                         "guichet::token",
                         "The token holds several keys with the same identifier. Contact support with the "
                         "details below."),
                     detail};
    }
    CK_BBOOL local = CK_FALSE;
    CK_BBOOL sensitive = CK_FALSE;
    CK_BBOOL alwaysSensitive = CK_FALSE;
    CK_BBOOL extractable = CK_TRUE;
    CK_BBOOL neverExtractable = CK_FALSE;
    CK_ATTRIBUTE attributes[] = {
        attribute(CKA_LOCAL, &local, sizeof local),
        attribute(CKA_SENSITIVE, &sensitive, sizeof sensitive),
        attribute(CKA_ALWAYS_SENSITIVE, &alwaysSensitive, sizeof alwaysSensitive),
        attribute(CKA_EXTRACTABLE, &extractable, sizeof extractable),
        attribute(CKA_NEVER_EXTRACTABLE, &neverExtractable, sizeof neverExtractable),
    };
    const CK_RV rv = m_core->functions()->C_GetAttributeValue(m_core->anchor, found->front(), attributes,
                                                              std::size(attributes));
    // CKR_ATTRIBUTE_TYPE_INVALID: a token that does not know one of them; the others are filled in,
    // and the unknown one keeps its pessimistic default (not local, extractable...).
    if (rv != CKR_OK && rv != CKR_ATTRIBUTE_TYPE_INVALID && rv != CKR_ATTRIBUTE_SENSITIVE) {
        return Pkcs11Error{u"C_GetAttributeValue"_s, rv}.toError();
    }
    const auto valid = [&](std::size_t i) {
        return attributes[i].ulValueLen != CK_UNAVAILABLE_INFORMATION;
    };
    KeyOrigin origin;
    origin.local = valid(0) && local == CK_TRUE;
    origin.sensitive = valid(1) && sensitive == CK_TRUE;
    origin.alwaysSensitive = valid(2) && alwaysSensitive == CK_TRUE;
    origin.extractable = !valid(3) || extractable == CK_TRUE;
    origin.neverExtractable = valid(4) && neverExtractable == CK_TRUE;
    return origin;
}

} // namespace guichet::token
