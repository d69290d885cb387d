#include "rules/identifiers.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace guichet::rules {

namespace {

/// Translation context "guichet::rules", shared by every rule.
struct Rules
{
    Q_DECLARE_TR_FUNCTIONS(guichet::rules)
};

/// SIREN of La Poste, whose establishments' SIRETs predate the Luhn key.
constexpr QStringView laPosteSiren = u"356000000";

bool allDigits(QStringView text)
{
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !text.isEmpty();
}

int digitSum(QStringView digits)
{
    int sum = 0;
    for (QChar c : digits)
        sum += c.unicode() - u'0';
    return sum;
}

/// Upper case, spaces removed: how ID numbers are compared.
QString compactDocumentNumber(const QString& number)
{
    QString out;
    for (QChar c : number) {
        if (!c.isSpace())
            out += c.toUpper();
    }
    return out;
}

bool matches(const QString& text, const QString& pattern)
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
    return re.match(text).hasMatch();
}

} // namespace

bool luhnValid(QStringView digits)
{
    if (digits.isEmpty())
        return false;
    int sum = 0;
    bool doubled = false; // the rightmost digit (the check digit) is not doubled
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const QChar c = digits[i];
        if (c < u'0' || c > u'9')
            return false;
        int d = c.unicode() - u'0';
        if (doubled) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

QString compactIdentifier(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        // isSpace() covers the no-break (U+00A0) and narrow no-break (U+202F) spaces French
        // typography puts between digit groups.
        if (!c.isSpace() && c != u'.')
            out += c;
    }
    return out;
}

Verdict checkSiren(const QString& siren)
{
    const QString digits = compactIdentifier(siren);
    if (digits.isEmpty())
        return Verdict::fail(Rules::tr("The SIREN is missing."));
    if (!allDigits(digits))
        return Verdict::fail(Rules::tr("The SIREN may only contain digits."));
    if (digits.size() != 9)
        return Verdict::fail(Rules::tr("The SIREN must have 9 digits; it has %1.").arg(digits.size()));
    if (!luhnValid(digits))
        return Verdict::fail(Rules::tr("The SIREN's check digit is wrong."));
    return Verdict::pass();
}

Verdict checkSiret(const QString& siret)
{
    const QString digits = compactIdentifier(siret);
    if (digits.isEmpty())
        return Verdict::fail(Rules::tr("The SIRET is missing."));
    if (!allDigits(digits))
        return Verdict::fail(Rules::tr("The SIRET may only contain digits."));
    if (digits.size() != 14)
        return Verdict::fail(Rules::tr("The SIRET must have 14 digits; it has %1.").arg(digits.size()));
    if (luhnValid(digits))
        return Verdict::pass();
    // La Poste's head office (356 000 000 00048) has a Luhn key; its other establishments do not,
    // and INSEE accepts them when their digits add up to a multiple of 5.
    if (QStringView(digits).left(9) == laPosteSiren && digitSum(digits) % 5 == 0)
        return Verdict::pass();
    return Verdict::fail(Rules::tr("The SIRET's check digit is wrong."));
}

Verdict checkSiretMatchesSiren(const QString& siret, const QString& siren)
{
    const QString siretDigits = compactIdentifier(siret);
    const QString sirenDigits = compactIdentifier(siren);
    if (siretDigits.left(9) == sirenDigits && sirenDigits.size() == 9)
        return Verdict::pass();
    return Verdict::fail(Rules::tr("The SIRET %1 does not belong to SIREN %2: its first nine digits differ.")
                             .arg(siretDigits, sirenDigits));
}

Verdict checkEmail(const QString& email)
{
    const QString address = email.trimmed();
    if (address.isEmpty())
        return Verdict::fail(Rules::tr("The e-mail address is missing."));
    for (QChar c : address) {
        if (c.isSpace())
            return Verdict::fail(Rules::tr("The e-mail address contains a space."));
    }
    const qsizetype at = address.indexOf(u'@');
    if (at < 0)
        return Verdict::fail(Rules::tr("The e-mail address has no @."));
    if (address.indexOf(u'@', at + 1) >= 0)
        return Verdict::fail(Rules::tr("The e-mail address has more than one @."));
    const QString local = address.left(at);
    const QString domain = address.mid(at + 1);
    if (local.isEmpty())
        return Verdict::fail(Rules::tr("The e-mail address has nothing before the @."));
    if (domain.isEmpty())
        return Verdict::fail(Rules::tr("The e-mail address has nothing after the @."));
    // RFC 5321 limits: 64 characters before the @, 254 in all.
    if (local.size() > 64 || address.size() > 254)
        return Verdict::fail(Rules::tr("The e-mail address is too long."));

    static const QString localSpecials = QStringLiteral("!#$%&'*+/=?^_`{|}~-.");
    for (QChar c : local) {
        if (!c.isLetterOrNumber() && !localSpecials.contains(c))
            return Verdict::fail(Rules::tr("The e-mail address contains '%1' before the @.").arg(c));
    }
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(u".."))
        return Verdict::fail(Rules::tr("The e-mail address has a misplaced dot before the @."));

    if (!domain.contains(u'.'))
        return Verdict::fail(Rules::tr("The e-mail address's domain (%1) has no dot.").arg(domain));
    const QStringList labels = domain.split(u'.');
    for (const QString& label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return Verdict::fail(Rules::tr("The e-mail address's domain (%1) is malformed.").arg(domain));
        for (QChar c : label) {
            if (!c.isLetterOrNumber() && c != u'-')
                return Verdict::fail(Rules::tr("The e-mail address's domain (%1) is malformed.").arg(domain));
        }
    }
    const QString& topLevel = labels.last();
    if (topLevel.size() < 2 || allDigits(topLevel))
        return Verdict::fail(Rules::tr("The e-mail address's domain (%1) is malformed.").arg(domain));
    return Verdict::pass();
}

namespace {

/// A phone number read from what people type: digits, with a leading '+' when international.
struct PhoneDigits
{
    bool international = false; ///< written with + or 00
    QString digits;             ///< without the + or 00
};

/// Strips spaces, dots, dashes, slashes, brackets and the "(0)" of "+33 (0)6..."; fails on
/// anything else.
bool readPhone(const QString& phone, PhoneDigits& out)
{
    QString text = phone.trimmed();
    text.replace(QStringLiteral("(0)"), QString());
    QString digits;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c >= u'0' && c <= u'9')
            digits += c;
        else if (c == u'+' && digits.isEmpty() && !out.international)
            out.international = true;
        else if (!(c.isSpace() || c == u'.' || c == u'-' || c == u'/' || c == u'(' || c == u')'))
            return false;
    }
    if (!out.international && digits.startsWith(u"00")) {
        out.international = true;
        digits.remove(0, 2);
    }
    // "+33 06 12 34 56 78": the trunk 0 kept after the country code.
    if (out.international && digits.startsWith(u"330") && digits.size() == 12)
        digits.remove(2, 1);
    out.digits = digits;
    return !digits.isEmpty();
}

/// French overseas mobiles have their own country codes: 0690 12 34 56 is +590 690 12 34 56.
QString overseasCountryCode(QStringView national)
{
    static constexpr std::pair<QStringView, QStringView> prefixes[] = {
        {u"0690", u"590"}, {u"0691", u"590"}, {u"0694", u"594"}, {u"0696", u"596"},
        {u"0697", u"596"}, {u"0692", u"262"}, {u"0693", u"262"}, {u"0639", u"262"},
    };
    for (const auto& [prefix, code] : prefixes) {
        if (national.startsWith(prefix))
            return code.toString();
    }
    return {};
}

/// Why a French number (national significant part, 9 digits, e.g. "612345678") cannot take an SMS.
Verdict frenchNumberCanTakeSms(QStringView significant)
{
    const QChar first = significant.front();
    if (first == u'6' || first == u'7')
        return Verdict::pass();
    if (first == u'8')
        return Verdict::fail(Rules::tr("Numbers starting with 08 are free or special-rate services; they "
                                       "cannot receive the activation code by SMS."));
    return Verdict::fail(Rules::tr("0%1... is a French landline number; it cannot receive the activation "
                                   "code by SMS. A mobile number (06 or 07) is needed.")
                             .arg(significant.left(1)));
}

} // namespace

Verdict checkSmsPhone(const QString& phone)
{
    if (phone.trimmed().isEmpty())
        return Verdict::fail(Rules::tr("The phone number is missing."));
    PhoneDigits read;
    if (!readPhone(phone, read))
        return Verdict::fail(Rules::tr("The phone number may only contain digits, spaces, dots, dashes and "
                                       "a leading +."));
    const QString& digits = read.digits;
    if (!read.international) {
        if (!digits.startsWith(u'0'))
            return Verdict::fail(Rules::tr("Write the phone number in the French form (06 12 34 56 78) or "
                                           "the international form (+44 7700 900123)."));
        if (digits.size() != 10)
            return Verdict::fail(
                Rules::tr("A French phone number has 10 digits; this one has %1.").arg(digits.size()));
        return frenchNumberCanTakeSms(QStringView(digits).mid(1));
    }
    if (digits.startsWith(u'0'))
        return Verdict::fail(Rules::tr("An international phone number starts with its country code after "
                                       "the + (+33 for France)."));
    if (digits.startsWith(u"33")) {
        if (digits.size() != 11)
            return Verdict::fail(Rules::tr("A French phone number has 9 digits after +33; this one has %1.")
                                     .arg(digits.size() - 2));
        return frenchNumberCanTakeSms(QStringView(digits).mid(2));
    }
    // E.164: at most 15 digits with the country code; 8 is the shortest a mobile plan uses.
    if (digits.size() < 8 || digits.size() > 15)
        return Verdict::fail(Rules::tr("An international phone number has 8 to 15 digits after the +; this "
                                       "one has %1.")
                                 .arg(digits.size()));
    return Verdict::pass();
}

Verdict checkOtpContact(const QString& contact)
{
    if (contact.trimmed().isEmpty())
        return Verdict::fail(Rules::tr("The OTP contact is missing: a mobile phone number or an e-mail "
                                       "address is needed to activate the certificate."));
    if (contact.contains(u'@'))
        return checkEmail(contact);
    return checkSmsPhone(contact);
}

QString toE164(const QString& phone)
{
    PhoneDigits read;
    if (!readPhone(phone, read))
        return {};
    const QString& digits = read.digits;
    if (!read.international) {
        if (digits.size() != 10 || !digits.startsWith(u'0') || digits[1] == u'0')
            return {};
        const QString overseas = overseasCountryCode(digits);
        if (!overseas.isEmpty())
            return u'+' + overseas + QStringView(digits).mid(1);
        return QStringLiteral("+33") + QStringView(digits).mid(1);
    }
    if (digits.startsWith(u'0') || digits.size() < 8 || digits.size() > 15)
        return {};
    if (digits.startsWith(u"33") && digits.size() != 11)
        return {};
    return u'+' + digits;
}

Verdict checkIdNumber(IdDocumentKind kind, const QString& number)
{
    const QString n = compactDocumentNumber(number);
    if (kind == IdDocumentKind::None)
        return Verdict::fail(Rules::tr("The kind of identity document is not recorded."));
    if (n.isEmpty())
        return Verdict::fail(Rules::tr("The identity document's number is missing."));
    switch (kind) {
    case IdDocumentKind::None:
        break;
    case IdDocumentKind::NationalIdCard:
        if (n.size() == 12) {
            if (isOldNationalIdCardNumber(n))
                return Verdict::pass();
            return Verdict::fail(Rules::tr("An ID card number of 12 characters (card issued before 2021) is "
                                           "the issue year and month, a 3-character office code and 5 "
                                           "digits."));
        }
        if (n.size() == 9) {
            if (matches(n, QStringLiteral("[0-9A-NP-Z]{9}")))
                return Verdict::pass();
            return Verdict::fail(Rules::tr("An ID card number of 9 characters (card issued since 2021) has "
                                           "only digits and capital letters other than O."));
        }
        return Verdict::fail(Rules::tr("An ID card number has 12 characters (card issued before 2021) or 9 "
                                       "(since 2021); this one has %1.")
                                 .arg(n.size()));
    case IdDocumentKind::Passport:
        if (matches(n, QStringLiteral("[0-9A-Z]{6,9}")))
            return Verdict::pass();
        return Verdict::fail(Rules::tr("A passport number has 6 to 9 digits and capital letters (a French "
                                       "one: 2 digits, 2 letters, 5 digits)."));
    case IdDocumentKind::ResidencePermit:
        if (matches(n, QStringLiteral("[0-9A-Z]{9}|[0-9]{10}")))
            return Verdict::pass();
        return Verdict::fail(Rules::tr("A residence permit number has 9 digits and capital letters (the "
                                       "card number) or 10 digits (the foreigner number)."));
    }
    return Verdict::fail(Rules::tr("The kind of identity document is not recorded."));
}

Verdict checkIdNumber(IdDocumentKind kind, const QString& number, const QString& issuingState)
{
    const Verdict general = checkIdNumber(kind, number);
    if (!general || kind != IdDocumentKind::Passport || issuingState != u"FRA")
        return general;
    if (matches(compactDocumentNumber(number), QStringLiteral("[0-9]{2}[A-Z]{2}[0-9]{5}")))
        return general;
    return Verdict::fail(Rules::tr("A French passport number is 2 digits, 2 letters and 5 digits "
                                   "(\"18AA12345\")."));
}

bool isOldNationalIdCardNumber(const QString& number)
{
    const QString n = compactDocumentNumber(number);
    // YYMM, then the department and office (Corsica's 2A/2B, consulates' letters), then 5 digits.
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{2}(0[1-9]|1[0-2])[0-9A-Z]{3}[0-9]{5}$"));
    return pattern.match(n).hasMatch();
}

} // namespace guichet::rules
