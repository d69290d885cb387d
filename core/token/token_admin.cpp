// Preparing a token: C_InitToken and C_InitPIN, through the module's raw function list (libp11
// 0.4.12's PKCS11_init_token and PKCS11_init_pin take the PIN as a C string it may copy).

#include "token/pkcs11_error.h"
#include "token/pkcs11_module_p.h"
#include "token/token_session.h"

#include <QCoreApplication>
#include <cstring>

using namespace Qt::StringLiterals;

namespace guichet::token {

namespace {

CK_UTF8CHAR* pinBytes(const Pin& pin)
{
    return reinterpret_cast<CK_UTF8CHAR*>(const_cast<char*>(pin.bytes().data()));
}

} // namespace

Status Pkcs11Module::initToken(unsigned long slotId, const QString& label, Pin soPin)
{
    const QByteArray utf8 = label.toUtf8();
    CK_UTF8CHAR padded[32];
    if (utf8.isEmpty() || static_cast<std::size_t>(utf8.size()) > sizeof padded) {
        return Error{QCoreApplication::translate("guichet::token",
                                                 "A token label has 1 to 32 bytes; \"%1\" does not fit.")
                         .arg(label),
                     u"C_InitToken not called: label of "_s + QString::number(utf8.size()) + u" bytes"_s};
    }
    std::memset(padded, ' ', sizeof padded);
    std::memcpy(padded, utf8.constData(), static_cast<std::size_t>(utf8.size()));
    const CK_RV rv = d->functions->C_InitToken(slotId, pinBytes(soPin), soPin.size(), padded);
    soPin.clear();
    if (rv != CKR_OK) {
        return Pkcs11Error{u"C_InitToken"_s, rv}.toError();
    }
    return {};
}

Status TokenSession::initUserPin(Pin soPin, Pin userPin)
{
    if (Status present = m_core->checkPresent(); !present) {
        return present;
    }
    CK_FUNCTION_LIST* f = m_core->functions();
    CK_RV rv = f->C_Login(m_core->anchor, CKU_SO, pinBytes(soPin), soPin.size());
    soPin.clear();
    if (rv != CKR_OK) {
        return Pkcs11Error{u"C_Login(CKU_SO)"_s, rv}.toError();
    }
    rv = f->C_InitPIN(m_core->anchor, pinBytes(userPin), userPin.size());
    userPin.clear();
    f->C_Logout(m_core->anchor);
    if (rv != CKR_OK) {
        return Pkcs11Error{u"C_InitPIN"_s, rv}.toError();
    }
    return {};
}

} // namespace guichet::token
