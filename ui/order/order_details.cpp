#include "order_details.h"

#include "identity_form.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <algorithm>

namespace guichet::ui {
namespace {

QLabel* valueLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // One line: a wrapped label in a scrolled form can lose its second line (a SIRET cut in half).
    label->setWordWrap(false);
    return label;
}

/// Shows `value`, or says plainly that the order does not give it.
void setValue(QLabel* label, const QString& value)
{
    const bool missing = value.trimmed().isEmpty();
    label->setText(missing ? OrderDetails::tr("not given") : value);
    label->setEnabled(!missing); // greyed, and the words say it
    label->setToolTip(missing ? QString() : value);
}

bool allDigits(const QString& text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

} // namespace

QString OrderDetails::formatDate(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString OrderDetails::formatRegistration(const QString& number)
{
    const QString compact = QString(number).remove(u' ');
    if (!allDigits(compact) || (compact.size() != 9 && compact.size() != 14)) {
        return number; // shown as the order gives it: a malformed value must stay visible as it is
    }
    QString grouped = compact.left(3) + u' ' + compact.mid(3, 3) + u' ' + compact.mid(6, 3);
    if (compact.size() == 14) {
        grouped += u' ' + compact.mid(9);
    }
    return grouped;
}

QString OrderDetails::formatAmount(qint64 cents)
{
    return QLocale().toCurrencyString(double(cents) / 100.0, QStringLiteral("€"));
}

QString OrderDetails::paymentMethodLabel(const QString& code)
{
    if (code == u"card") {
        return tr("Card");
    }
    if (code == u"transfer") {
        return tr("Bank transfer");
    }
    if (code == u"administrative-mandate") {
        return tr("Administrative mandate");
    }
    return code;
}

// OrderHeader --------------------------------------------------------------------------------------

OrderHeader::OrderHeader(QWidget* parent)
    : QWidget(parent), m_number(valueLabel(this, QStringLiteral("orderNumber"))),
      m_date(valueLabel(this, QStringLiteral("orderDate"))),
      m_phase(valueLabel(this, QStringLiteral("orderPhase"))),
      m_type(valueLabel(this, QStringLiteral("orderType"))),
      m_portal(valueLabel(this, QStringLiteral("orderPortal")))
{
    QFont big = m_number->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_number->setFont(big);
    m_number->setWordWrap(false);
    m_phase->setWordWrap(false);
    m_phase->setStyleSheet(QStringLiteral("QLabel { background: #e3ecf7; color: #0d3a6b; border-radius: 3px;"
                                          " padding: 1px 6px; font-weight: bold; }"));
    auto* title = new QHBoxLayout;
    title->setSpacing(12);
    title->addWidget(m_number);
    title->addWidget(m_phase, 0, Qt::AlignVCenter);
    title->addStretch();
    auto* facts = new QHBoxLayout;
    facts->setSpacing(14);
    for (QLabel* label : {m_date, m_type, m_portal}) {
        label->setWordWrap(false);
        label->setMinimumWidth(
            1); // a long portal name is clipped (its tooltip has it), the page keeps its width
        facts->addWidget(label);
    }
    facts->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(title);
    layout->addLayout(facts);
}

void OrderHeader::setOrder(const Order& order)
{
    m_number->setText(tr("Order %1").arg(order.number));
    m_date->setText(tr("Date: %1").arg(OrderDetails::formatDate(order.date)));
    m_phase->setText(label(order.phase));
    m_phase->setAccessibleName(tr("Phase: %1").arg(label(order.phase)));
    m_type->setText(tr("Type: %1").arg(label(order.type)));
    m_portal->setText(order.process.isEmpty() ? tr("Portal: %1").arg(order.portal)
                                              : tr("Portal: %1 · %2").arg(order.portal, order.process));
    m_portal->setToolTip(m_portal->text());
}

// OrderDetails -------------------------------------------------------------------------------------

QGroupBox* OrderDetails::addSection(const QString& title, const QString& objectName, QFormLayout** form)
{
    auto* section = new QGroupBox(title, this);
    section->setObjectName(objectName);
    *form = new QFormLayout(section);
    (*form)->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    (*form)->setRowWrapPolicy(QFormLayout::DontWrapRows);
    (*form)->setLabelAlignment(Qt::AlignRight);
    (*form)->setVerticalSpacing(1);
    (*form)->setContentsMargins(6, 4, 6, 4);
    layout()->addWidget(section);
    return section;
}

QLabel* OrderDetails::addRow(QFormLayout* form, const QString& label, const QString& objectName)
{
    QLabel* value = valueLabel(this, objectName);
    value->setAccessibleName(label);
    form->addRow(label + u':', value);
    return value;
}

OrderDetails::OrderDetails(QWidget* parent) : QWidget(parent), m_identity(new IdentityForm(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 4, 0);
    QFormLayout* form = nullptr;

    m_organisationSection = addSection(tr("Organisation"), QStringLiteral("organisationSection"), &form);
    m_organisationName = addRow(form, tr("Name"), QStringLiteral("organisationName"));
    m_organisationKind = addRow(form, tr("Kind"), QStringLiteral("organisationKind"));
    m_siren = addRow(form, tr("SIREN"), QStringLiteral("organisationSiren"));
    m_siret = addRow(form, tr("SIRET"), QStringLiteral("organisationSiret"));

    m_holderSection = addSection(tr("Holder"), QStringLiteral("holderSection"), &form);
    m_holderSurname = addRow(form, tr("Surname"), QStringLiteral("holderSurname"));
    m_holderGivenNames = addRow(form, tr("Given names"), QStringLiteral("holderGivenNames"));
    m_holderBirthDate = addRow(form, tr("Birth date"), QStringLiteral("holderBirthDate"));
    m_holderEmail = addRow(form, tr("E-mail"), QStringLiteral("holderEmail"));
    m_holderOtp = addRow(form, tr("OTP contact"), QStringLiteral("holderOtpContact"));
    m_identity->setObjectName(QStringLiteral("identityForm"));
    // A long e-mail widens the section (it scrolls sideways); the form and its button stay in view.
    m_identity->setMaximumWidth(380);
    form->addRow(m_identity);

    m_representativeSection =
        addSection(tr("Legal representative"), QStringLiteral("legalRepresentativeSection"), &form);
    m_representativeSurname = addRow(form, tr("Surname"), QStringLiteral("legalRepresentativeSurname"));
    m_representativeGivenNames =
        addRow(form, tr("Given names"), QStringLiteral("legalRepresentativeGivenNames"));
    m_representativeBirthDate =
        addRow(form, tr("Birth date"), QStringLiteral("legalRepresentativeBirthDate"));
    m_representativeEmail = addRow(form, tr("E-mail"), QStringLiteral("legalRepresentativeEmail"));

    m_agentSection = addSection(tr("Certification agent"), QStringLiteral("agentSection"), &form);
    m_agentSurname = addRow(form, tr("Surname"), QStringLiteral("agentSurname"));
    m_agentGivenNames = addRow(form, tr("Given names"), QStringLiteral("agentGivenNames"));
    m_agentBirthDate = addRow(form, tr("Birth date"), QStringLiteral("agentBirthDate"));
    m_agentEmail = addRow(form, tr("E-mail"), QStringLiteral("agentEmail"));

    addSection(tr("Requester"), QStringLiteral("requesterSection"), &form);
    m_requesterName = addRow(form, tr("Name"), QStringLiteral("requesterName"));
    m_requesterEmail = addRow(form, tr("E-mail"), QStringLiteral("requesterEmail"));

    addSection(tr("Product"), QStringLiteral("productSection"), &form);
    m_product = addRow(form, tr("Product"), QStringLiteral("productLabel"));
    m_productCode = addRow(form, tr("Code"), QStringLiteral("productCode"));
    m_duration = addRow(form, tr("Duration"), QStringLiteral("productDuration"));

    m_paymentSection = addSection(tr("Payment"), QStringLiteral("paymentSection"), &form);
    m_paymentReceived = addRow(form, tr("Received"), QStringLiteral("paymentReceived"));
    m_paymentMethod = addRow(form, tr("Method"), QStringLiteral("paymentMethod"));
    m_paymentReference = addRow(form, tr("Reference"), QStringLiteral("paymentReference"));
    m_paymentAmount = addRow(form, tr("Amount"), QStringLiteral("paymentAmount"));
    layout->addStretch();
}

QWidget* OrderDetails::sectionFor(DocumentKind kind) const
{
    switch (kind) {
    case DocumentKind::KbisExtract:
    case DocumentKind::SireneNotice:
        return m_organisationSection;
    case DocumentKind::HolderId:
        return m_holderSection;
    case DocumentKind::LegalRepresentativeId:
        return m_representativeSection;
    case DocumentKind::AgentId:
    case DocumentKind::PowerOfAttorney:
        return m_agentSection->isVisibleTo(this) ? m_agentSection : nullptr;
    case DocumentKind::PaymentProof:
        return m_paymentSection;
    case DocumentKind::TermsOfUse:
    case DocumentKind::SubscriptionContract:
    case DocumentKind::AuthorisationLetter:
        return nullptr;
    }
    return nullptr;
}

void OrderDetails::setOrder(const Order& order)
{
    setValue(m_organisationName, order.organisation.name);
    setValue(m_organisationKind, label(order.organisation.kind));
    setValue(m_siren, formatRegistration(order.organisation.siren));
    setValue(m_siret, formatRegistration(order.organisation.siret));

    setValue(m_holderSurname, order.holder.surname);
    setValue(m_holderGivenNames, order.holder.givenNames);
    setValue(m_holderBirthDate, formatDate(order.holder.birthDate));
    setValue(m_holderEmail, order.holder.email);
    setValue(m_holderOtp, order.holder.otpContact);
    m_identity->setOrder(order);

    const LegalRepresentative& representative = order.legalRepresentative;
    setValue(m_representativeSurname, representative.surname);
    setValue(m_representativeGivenNames, representative.givenNames);
    setValue(m_representativeBirthDate, formatDate(representative.birthDate));
    setValue(m_representativeEmail, representative.email);

    m_agentSection->setVisible(order.agent.has_value());
    if (order.agent) {
        setValue(m_agentSurname, order.agent->surname);
        setValue(m_agentGivenNames, order.agent->givenNames);
        setValue(m_agentBirthDate, formatDate(order.agent->birthDate));
        setValue(m_agentEmail, order.agent->email);
    }

    setValue(m_requesterName, order.requester.name);
    setValue(m_requesterEmail, order.requester.email);

    setValue(m_product, order.product.label);
    setValue(m_productCode, order.product.code);
    // Two strings rather than a %n plural: English has no translation file to give plural forms.
    setValue(m_duration, order.product.durationYears == 1 ? tr("1 year")
                                                          : tr("%1 years").arg(order.product.durationYears));

    setValue(m_paymentReceived, order.payment.received ? tr("Yes") : tr("No: not received yet"));
    setValue(m_paymentMethod, paymentMethodLabel(order.payment.method));
    setValue(m_paymentReference, order.payment.reference);
    setValue(m_paymentAmount, formatAmount(order.payment.amountCents));
}

} // namespace guichet::ui
