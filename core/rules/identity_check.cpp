#include "identity_check.h"

#include "validity.h"

namespace guichet::rules {
namespace {

/// The kind of document an MRZ's document code names; None when it does not say.
IdDocumentKind kindOfMrz(const MrzData& mrz)
{
    if (mrz.format == MrzFormat::FrenchIdCard) {
        return IdDocumentKind::NationalIdCard;
    }
    const QString code = mrz.documentCode;
    if (code.startsWith(u'P')) {
        return IdDocumentKind::Passport;
    }
    if (code == u"ID" || code == u"I" || code == u"I<") {
        return IdDocumentKind::NationalIdCard;
    }
    if (code.startsWith(u'I') || code.startsWith(u'A') || code.startsWith(u'C')) {
        return IdDocumentKind::ResidencePermit;
    }
    return IdDocumentKind::None;
}

/// The MRZ lines one by one: a scanner may type them as one string with line breaks.
QStringList splitLines(const QStringList& typed)
{
    QStringList lines;
    for (const QString& text : typed) {
        for (const QString& line : text.split(u'\n', Qt::SkipEmptyParts)) {
            if (!line.trimmed().isEmpty()) {
                lines.append(line.trimmed());
            }
        }
    }
    return lines;
}

QString normalisedNumber(const QString& number)
{
    QString clean;
    for (QChar c : number) {
        if (!c.isSpace()) {
            clean.append(c.toUpper());
        }
    }
    return clean;
}

} // namespace

bool IdentityCheck::has(const QString& code) const
{
    return std::any_of(mismatches.begin(), mismatches.end(),
                       [&code](const IdentityMismatch& mismatch) { return mismatch.code == code; });
}

Status IdentityCheck::status() const
{
    if (ok()) {
        return {};
    }
    QStringList reasons;
    QStringList codes;
    for (const auto& mismatch : mismatches) {
        reasons.append(mismatch.reason);
        codes.append(mismatch.code);
    }
    return Error{IdentityChecker::tr("The identity check failed: %1").arg(reasons.join(u' ')),
                 codes.join(QStringLiteral(", "))};
}

IdentityCheck IdentityChecker::check(const Person& person, const IdentityRecord& recorded,
                                     const DocumentFacts& onFile, const PresentedIdentity& presented,
                                     const QDate& day)
{
    IdentityCheck result;
    const auto add = [&result](const char* code, QString reason) {
        result.mismatches.append({QString::fromLatin1(code), std::move(reason)});
    };
    if (!presented.faceMatches) {
        add("face-not-attested",
            tr("The operator has not attested that the face matches the document's photo."));
    }

    IdentityRecord document{presented.document.kind, normalisedNumber(presented.document.number)};
    QDate expiry = presented.expiryDate;
    const QStringList lines = splitLines(presented.mrz);
    if (!lines.isEmpty()) {
        auto parsed = parseMrz(lines, day);
        if (!parsed) {
            add("mrz-unreadable",
                tr("The machine-readable zone cannot be read: %1").arg(parsed.error().message));
        } else {
            const MrzData& mrz = *parsed;
            result.readFromMrz = true;
            for (const auto& failure : mrz.checkFailures) {
                add("mrz-check-digit", tr("A check digit of the machine-readable zone is wrong (%1: %2 "
                                          "instead of %3): the zone was "
                                          "mistyped or the document is not genuine.")
                                           .arg(failure.field, failure.found, failure.expected));
            }
            const MrzNameFields fields = mrzNameFields(mrz, lines);
            if (!mrzNameMatches(person.surname, mrz.surname, fields.surnameFull, false)) {
                add("surname", tr("The surname on the document (%1) is not the dossier's (%2).")
                                   .arg(mrz.surname, person.surname));
            }
            if (!mrzNameMatches(person.givenNames, mrz.givenNames, fields.givenNamesFull, true)) {
                add("given-names", tr("The given names on the document (%1) are not the dossier's (%2).")
                                       .arg(mrz.givenNames, person.givenNames));
            }
            if (person.birthDate.isValid() && mrz.birthDate != person.birthDate) {
                add("birth-date",
                    tr("The birth date on the document (%1) is not the dossier's (%2).")
                        .arg(mrz.birthDate.toString(Qt::ISODate), person.birthDate.toString(Qt::ISODate)));
            }
            const IdDocumentKind mrzKind = kindOfMrz(mrz);
            if (document.kind != IdDocumentKind::None && mrzKind != IdDocumentKind::None &&
                document.kind != mrzKind) {
                add("document-kind", tr("The machine-readable zone is a %1's, not a %2's.")
                                         .arg(label(mrzKind), label(document.kind)));
            }
            if (document.kind == IdDocumentKind::None) {
                document.kind = mrzKind;
            }
            if (!document.number.isEmpty() && document.number != mrz.documentNumber) {
                add("document-number",
                    tr("The number typed (%1) is not the one in the machine-readable zone (%2).")
                        .arg(document.number, mrz.documentNumber));
            }
            document.number = mrz.documentNumber;
            if (mrz.expiryDate.isValid()) {
                if (expiry.isValid() && expiry != mrz.expiryDate) {
                    add("expiry-date",
                        tr("The expiry date typed (%1) is not the one in the machine-readable zone (%2).")
                            .arg(expiry.toString(Qt::ISODate), mrz.expiryDate.toString(Qt::ISODate)));
                }
                expiry = mrz.expiryDate;
            }
        }
    }
    result.presented = document;

    if (document.kind == IdDocumentKind::None || document.number.isEmpty()) {
        if (lines.isEmpty()) {
            add("no-document", tr("Give the document's kind and number, or its machine-readable zone."));
        }
        return result;
    }
    const IdentityRecord expected{recorded.kind, normalisedNumber(recorded.number)};
    if (expected.number.isEmpty()) {
        add("document-number", tr("No identity document is recorded in the dossier to compare with."));
    } else if (expected.kind != document.kind || expected.number != document.number) {
        add("document-number",
            tr("The document presented (%1 %2) is not the one recorded in the dossier (%3 %4).")
                .arg(label(document.kind), document.number, label(expected.kind), expected.number));
    }

    DocumentFacts facts;
    facts.identity = document;
    facts.expiryDate = expiry;
    facts.issueDate = presented.issueDate;
    if (!facts.issueDate.isValid() && normalisedNumber(onFile.identity.number) == document.number) {
        facts.issueDate = onFile.issueDate;
        if (!facts.expiryDate.isValid()) {
            facts.expiryDate = onFile.expiryDate;
        }
    }
    result.effectiveExpiry = effectiveExpiry(facts, person.birthDate);
    if (const Verdict valid = checkIdValidOn(facts, person.birthDate, day); !valid) {
        add("expired", valid.reason);
    }
    return result;
}

IdentityCheck checkPresentedIdentity(const Order& order, const PresentedIdentity& presented, const QDate& day)
{
    const Document* copy = order.document(DocumentKind::HolderId);
    return IdentityChecker::check(order.holder, order.recordedIdentity, copy ? copy->facts : DocumentFacts{},
                                  presented, day);
}

IdentityCheck checkAgentIdentity(const Order& order, const PresentedIdentity& presented, const QDate& day)
{
    if (!order.agent) {
        IdentityCheck result;
        result.mismatches.append(
            {QStringLiteral("no-document"),
             IdentityChecker::tr("Order %1 names no certification agent.").arg(order.number)});
        return result;
    }
    const Document* copy = order.document(DocumentKind::AgentId);
    const DocumentFacts facts = copy ? copy->facts : DocumentFacts{};
    return IdentityChecker::check(*order.agent, facts.identity, facts, presented, day);
}

} // namespace guichet::rules
