// buildChecklist: the RA's checks in DOMAIN.md's order. Each item's id is stable (the CLI's JSON,
// the store's confirmations and the audit trail refer to it); titles and reasons are translated.

#include "checklist.h"
#include "identifiers.h"
#include "mrz.h"
#include "validity.h"

namespace guichet::rules {
namespace {

ChecklistItem makeItem(QString id, Step step, QString title, const Verdict& verdict)
{
    ChecklistItem item;
    item.id = std::move(id);
    item.step = step;
    item.title = std::move(title);
    item.state = verdict.passed ? ItemState::Passed : ItemState::Failed;
    item.reason = verdict.reason;
    return item;
}

ChecklistItem notApplicable(QString id, Step step, QString title, QString why)
{
    ChecklistItem item;
    item.id = std::move(id);
    item.step = step;
    item.title = std::move(title);
    item.state = ItemState::NotApplicable;
    item.reason = std::move(why);
    return item;
}

QString joinLabels(const QList<DocumentKind>& kinds)
{
    QStringList labels;
    for (auto kind : kinds) {
        labels.append(label(kind));
    }
    return labels.join(QStringLiteral(", "));
}

bool isPresent(const Order& order, DocumentKind kind)
{
    const Document* document = order.document(kind);
    return document &&
           (document->status == DocumentStatus::Imported || document->status == DocumentStatus::Signed);
}

/// The person whose identity a document proves.
const Person* personOf(const Order& order, DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::HolderId:
        return &order.holder;
    case DocumentKind::LegalRepresentativeId:
        return &order.legalRepresentative;
    case DocumentKind::AgentId:
        return order.agent ? &*order.agent : nullptr;
    default:
        return nullptr;
    }
}

QString fieldLabel(const QString& field)
{
    if (field == u"document-number") {
        return Checklist::tr("document number");
    }
    if (field == u"birth-date") {
        return Checklist::tr("birth date");
    }
    if (field == u"expiry-date") {
        return Checklist::tr("expiry date");
    }
    if (field == u"optional-data") {
        return Checklist::tr("optional data");
    }
    return Checklist::tr("whole zone");
}

Verdict checkMrz(const Document& document, const Person& person, const QDate& reviewDate)
{
    const auto parsed = parseMrz(document.facts.mrz, reviewDate);
    if (!parsed) {
        return Verdict::fail(parsed.error().message);
    }
    const MrzData& mrz = *parsed;
    QStringList problems;
    for (const auto& failure : mrz.checkFailures) {
        problems.append(Checklist::tr("the check digit of the %1 is wrong (%2 instead of %3)")
                            .arg(fieldLabel(failure.field), failure.found, failure.expected));
    }
    const MrzNameFields fields = mrzNameFields(mrz, document.facts.mrz);
    if (!mrzNameMatches(person.surname, mrz.surname, fields.surnameFull, false)) {
        problems.append(Checklist::tr("the surname differs from the order's"));
    }
    if (!mrzNameMatches(person.givenNames, mrz.givenNames, fields.givenNamesFull, true)) {
        problems.append(Checklist::tr("the given names differ from the order's"));
    }
    if (person.birthDate.isValid() && mrz.birthDate != person.birthDate) {
        problems.append(Checklist::tr("the birth date differs from the order's"));
    }
    if (mrz.expiryDate.isValid() && document.facts.expiryDate.isValid() &&
        mrz.expiryDate != document.facts.expiryDate) {
        problems.append(Checklist::tr("the expiry date differs from the one printed on the document"));
    }
    const QString number = document.facts.identity.number.trimmed().toUpper();
    if (!number.isEmpty() && mrz.documentNumber != number) {
        problems.append(Checklist::tr("the document number differs from the one printed on the document"));
    }
    if (problems.isEmpty()) {
        return Verdict::pass();
    }
    return Verdict::fail(
        Checklist::tr("Machine-readable zone: %1.").arg(problems.join(QStringLiteral("; "))));
}

void addIdentityItems(QList<ChecklistItem>& items, const Order& order, DocumentKind kind, const QDate& day)
{
    const QString code = guichet::toCode(kind);
    const Document* document = order.document(kind);
    const Person* person = personOf(order, kind);
    const QString name = label(kind);
    const auto add = [&](ChecklistItem item) {
        item.document = kind;
        items.append(std::move(item));
    };
    const QString numberTitle = Checklist::tr("%1: number well-formed").arg(name);
    const QString validTitle = Checklist::tr("%1: valid on the review date").arg(name);
    const QString mrzTitle = Checklist::tr("%1: machine-readable zone").arg(name);
    if (!document || !isPresent(order, kind) || !person) {
        const Verdict missing = Verdict::fail(Checklist::tr("The document is not imported."));
        add(makeItem(code + u".number", Step::PiecesChecked, numberTitle, missing));
        add(makeItem(code + u".valid", Step::PiecesChecked, validTitle, missing));
        add(makeItem(code + u".mrz", Step::PiecesChecked, mrzTitle, missing));
        return;
    }
    const DocumentFacts& facts = document->facts;
    add(makeItem(code + u".number", Step::PiecesChecked, numberTitle,
                 checkIdNumber(facts.identity.kind, facts.identity.number)));
    add(makeItem(code + u".valid", Step::PiecesChecked, validTitle,
                 checkIdValidOn(facts, person->birthDate, day)));
    if (facts.mrz.isEmpty()) {
        add(notApplicable(code + u".mrz", Step::PiecesChecked, mrzTitle,
                          Checklist::tr("No machine-readable zone was read from this document.")));
    } else {
        add(makeItem(code + u".mrz", Step::PiecesChecked, mrzTitle, checkMrz(*document, *person, day)));
    }
}

void addRegistrationItems(QList<ChecklistItem>& items, const Order& order, const QDate& day)
{
    const Organisation& organisation = order.organisation;
    items.append(makeItem(QStringLiteral("organisation.siren"), Step::PiecesChecked,
                          Checklist::tr("SIREN well-formed"), checkSiren(organisation.siren)));
    Verdict siret = checkSiret(organisation.siret);
    if (siret) {
        siret = checkSiretMatchesSiren(organisation.siret, organisation.siren);
    }
    items.append(makeItem(QStringLiteral("organisation.siret"), Step::PiecesChecked,
                          Checklist::tr("SIRET well-formed and belonging to the SIREN"), siret));

    const bool company = organisation.kind == OrganisationKind::Company;
    const DocumentKind proofKind = company ? DocumentKind::KbisExtract : DocumentKind::SireneNotice;
    const QString kbisTitle = Checklist::tr("Kbis extract under 3 months old");
    if (company) {
        const Document* kbis = order.document(DocumentKind::KbisExtract);
        ChecklistItem recent = makeItem(QStringLiteral("kbis.recent"), Step::PiecesChecked, kbisTitle,
                                        kbis && isPresent(order, DocumentKind::KbisExtract)
                                            ? checkKbisRecent(kbis->facts.issueDate, day)
                                            : Verdict::fail(Checklist::tr("The document is not imported.")));
        recent.document = DocumentKind::KbisExtract;
        items.append(recent);
    } else {
        items.append(notApplicable(QStringLiteral("kbis.recent"), Step::PiecesChecked, kbisTitle,
                                   Checklist::tr("A public body proves itself with its SIRENE notice.")));
    }

    const QString matchTitle = Checklist::tr("%1 names the order's SIREN").arg(label(proofKind));
    const Document* proof = order.document(proofKind);
    ChecklistItem matches;
    if (!proof || !isPresent(order, proofKind)) {
        matches = makeItem(QStringLiteral("registration.siren-matches"), Step::PiecesChecked, matchTitle,
                           Verdict::fail(Checklist::tr("The document is not imported.")));
    } else if (proof->facts.siren.isEmpty()) {
        matches = notApplicable(
            QStringLiteral("registration.siren-matches"), Step::PiecesChecked, matchTitle,
            Checklist::tr("No SIREN was read from the document: compare it when confirming the piece."));
    } else if (compactIdentifier(proof->facts.siren) != compactIdentifier(organisation.siren)) {
        matches = makeItem(QStringLiteral("registration.siren-matches"), Step::PiecesChecked, matchTitle,
                           Verdict::fail(Checklist::tr("The document shows SIREN %1, the order %2.")
                                             .arg(proof->facts.siren, organisation.siren)));
    } else {
        matches = makeItem(QStringLiteral("registration.siren-matches"), Step::PiecesChecked, matchTitle,
                           Verdict::pass());
    }
    matches.document = proofKind;
    items.append(matches);
}

ChecklistItem confirmation(const Order& order, QString id, Step step, QString title, QString what)
{
    ChecklistItem item;
    item.id = std::move(id);
    item.step = step;
    item.title = std::move(title);
    item.operatorItem = true;
    item.state = order.isConfirmed(item.id) ? ItemState::Passed : ItemState::AwaitingConfirmation;
    if (item.state != ItemState::Passed) {
        item.reason = std::move(what);
    }
    return item;
}

Verdict checkRecordedIdentity(const Order& order)
{
    const IdentityRecord& recorded = order.recordedIdentity;
    if (recorded.kind == IdDocumentKind::None || recorded.number.trimmed().isEmpty()) {
        return Verdict::fail(Checklist::tr("Record the holder's ID document type and number in the order."));
    }
    if (const Verdict wellFormed = checkIdNumber(recorded.kind, recorded.number); !wellFormed) {
        return wellFormed;
    }
    const Document* id = order.document(DocumentKind::HolderId);
    if (id && !id->facts.identity.number.isEmpty()) {
        const IdentityRecord& read = id->facts.identity;
        if (read.kind != recorded.kind ||
            read.number.trimmed().compare(recorded.number.trimmed(), Qt::CaseInsensitive) != 0) {
            return Verdict::fail(
                Checklist::tr("The recorded document (%1 %2) is not the one in the dossier (%3 %4).")
                    .arg(label(recorded.kind), recorded.number, label(read.kind), read.number));
        }
    }
    return Verdict::pass();
}

} // namespace

QList<DocumentKind> requiredDocuments(const Order& order)
{
    QList<DocumentKind> kinds{DocumentKind::TermsOfUse, DocumentKind::SubscriptionContract,
                              DocumentKind::AuthorisationLetter};
    if (order.agent) {
        kinds.append(DocumentKind::PowerOfAttorney);
    }
    kinds.append(order.organisation.kind == OrganisationKind::Company ? DocumentKind::KbisExtract
                                                                      : DocumentKind::SireneNotice);
    kinds.append(DocumentKind::HolderId);
    kinds.append(DocumentKind::LegalRepresentativeId);
    if (order.agent) {
        kinds.append(DocumentKind::AgentId);
    }
    kinds.append(DocumentKind::PaymentProof);
    return kinds;
}

QStringList operatorItemIds(const Order& order)
{
    QStringList ids;
    for (auto kind : requiredDocuments(order)) {
        if (!isContractual(kind)) {
            ids.append(u"confirm." + guichet::toCode(kind));
        }
    }
    ids.append(QStringLiteral("confirm.payment"));
    ids.append(QStringLiteral("confirm.dossier-complete"));
    return ids;
}

Checklist buildChecklist(const Order& order, const QDate& reviewDate)
{
    Checklist checklist;
    checklist.reviewDate = reviewDate;
    QList<ChecklistItem>& items = checklist.items;
    const QList<DocumentKind> required = requiredDocuments(order);
    QList<DocumentKind> supporting;
    QList<DocumentKind> contractual;
    for (auto kind : required) {
        (isContractual(kind) ? contractual : supporting).append(kind);
    }

    // 1. Every required supporting document is imported.
    QList<DocumentKind> missing;
    for (auto kind : supporting) {
        if (!isPresent(order, kind)) {
            missing.append(kind);
        }
    }
    items.append(makeItem(QStringLiteral("documents.imported"), Step::DocumentsImported,
                          Checklist::tr("Every required supporting document imported"),
                          missing.isEmpty()
                              ? Verdict::pass()
                              : Verdict::fail(Checklist::tr("Missing: %1.").arg(joinLabels(missing)))));

    // 2. Each piece valid on the day and matching the order: automatic checks, then the operator's
    //    confirmation per piece (compared side by side, looks genuine).
    addRegistrationItems(items, order, reviewDate);
    for (auto kind : supporting) {
        if (isIdentityDocument(kind)) {
            addIdentityItems(items, order, kind, reviewDate);
        }
    }
    for (auto kind : supporting) {
        const QString id = u"confirm." + guichet::toCode(kind);
        const QString title = Checklist::tr("%1 matches the order and looks genuine").arg(label(kind));
        if (!isPresent(order, kind)) {
            ChecklistItem item =
                makeItem(id, Step::PiecesChecked, title,
                         Verdict::fail(Checklist::tr("Import the document before confirming it.")));
            item.operatorItem = true;
            item.document = kind;
            items.append(item);
            continue;
        }
        ChecklistItem item =
            confirmation(order, id, Step::PiecesChecked, title,
                         Checklist::tr("Compare the document with the order and confirm it."));
        item.document = kind;
        items.append(item);
    }

    // 3. The holder's Contact OTP can receive the activation code.
    items.append(makeItem(QStringLiteral("holder.otp-contact"), Step::OtpContact,
                          Checklist::tr("Holder's OTP contact is a valid mobile number or e-mail"),
                          checkOtpContact(order.holder.otpContact)));

    // 4. The holder's ID document type and number are recorded in the order.
    items.append(makeItem(QStringLiteral("holder.identity-recorded"), Step::IdentityRecorded,
                          Checklist::tr("Holder's ID document type and number recorded"),
                          checkRecordedIdentity(order)));

    // 5. The contractual documents went out for signature (paper dossiers come signed in original).
    QList<DocumentKind> unsigned_;
    for (auto kind : contractual) {
        const Document* document = order.document(kind);
        if (!document || document->status != DocumentStatus::Signed) {
            unsigned_.append(kind);
        }
    }
    const bool sent = order.type == DossierType::Paper || unsigned_.isEmpty() ||
                      (order.phase != Phase::DataEntry && order.phase != Phase::Verification);
    items.append(
        makeItem(QStringLiteral("contracts.sent"), Step::SentForSignature,
                 Checklist::tr("Contractual documents sent for signature"),
                 sent ? Verdict::pass()
                      : Verdict::fail(Checklist::tr("Send the contractual documents for signature once the "
                                                    "supporting pieces are verified."))));

    // 6. Every contractual document is signed.
    items.append(makeItem(
        QStringLiteral("contracts.signed"), Step::Signed, Checklist::tr("Every contractual document signed"),
        unsigned_.isEmpty() ? Verdict::pass()
                            : Verdict::fail(Checklist::tr("Not signed: %1.").arg(joinLabels(unsigned_)))));

    // 7. Payment, then the operator's "Règlement (OK)" and "Dossier complet (OK)".
    items.append(makeItem(
        QStringLiteral("payment.received"), Step::Validation, Checklist::tr("Payment received"),
        order.payment.received ? Verdict::pass()
                               : Verdict::fail(Checklist::tr("The payment has not been received."))));
    items.append(confirmation(order, QStringLiteral("confirm.payment"), Step::Validation,
                              Checklist::tr("Payment (OK)"),
                              Checklist::tr("Confirm that the payment is in order.")));
    items.append(confirmation(
        order, QStringLiteral("confirm.dossier-complete"), Step::Validation,
        Checklist::tr("Dossier complete (OK)"),
        Checklist::tr("Confirm that the dossier is complete once every other check has passed.")));
    return checklist;
}

} // namespace guichet::rules
