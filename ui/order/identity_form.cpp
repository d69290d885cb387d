#include "identity_form.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace guichet::ui {

IdentityForm::IdentityForm(QWidget* parent)
    : QWidget(parent), m_kind(new QComboBox(this)), m_number(new QLineEdit(this)),
      m_record(new QPushButton(tr("&Record"), this)), m_recorded(new QLabel(this))
{
    m_kind->setObjectName(QStringLiteral("identityKind"));
    m_kind->setAccessibleName(tr("Holder's ID document type"));
    for (IdDocumentKind kind :
         {IdDocumentKind::NationalIdCard, IdDocumentKind::Passport, IdDocumentKind::ResidencePermit}) {
        m_kind->addItem(label(kind), int(kind));
    }
    m_number->setObjectName(QStringLiteral("identityNumber"));
    m_number->setAccessibleName(tr("Holder's ID document number"));
    m_number->setPlaceholderText(tr("Number as printed on the document"));
    m_number->setMaxLength(32);
    m_record->setObjectName(QStringLiteral("recordIdentityButton"));
    m_record->setAccessibleName(tr("Record the holder's ID document"));
    m_record->setToolTip(tr("Record the holder's ID document type and number in the order"));
    m_recorded->setObjectName(QStringLiteral("identityRecorded"));
    m_recorded->setWordWrap(true);

    auto* kindLabel = new QLabel(tr("ID document &type:"), this);
    kindLabel->setBuddy(m_kind);
    auto* numberLabel = new QLabel(tr("N&umber:"), this);
    numberLabel->setBuddy(m_number);
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(kindLabel, 0, 0);
    layout->addWidget(m_kind, 0, 1);
    layout->addWidget(numberLabel, 1, 0);
    layout->addWidget(m_number, 1, 1);
    layout->addWidget(m_record, 1, 2);
    layout->addWidget(m_recorded, 2, 0, 1, 3);
    layout->setColumnStretch(1, 1);

    connect(m_kind, &QComboBox::activated, this, [this] { m_edited = true; });
    connect(m_number, &QLineEdit::textEdited, this, [this] { m_edited = true; });
    connect(m_number, &QLineEdit::returnPressed, this, &IdentityForm::record);
    connect(m_record, &QPushButton::clicked, this, &IdentityForm::record);
}

void IdentityForm::fill(const IdentityRecord& identity)
{
    const int index = m_kind->findData(int(identity.kind));
    m_kind->setCurrentIndex(index >= 0 ? index : 0);
    m_number->setText(identity.number);
}

void IdentityForm::setOrder(const Order& order)
{
    const IdentityRecord& recorded = order.recordedIdentity;
    if (recorded.isEmpty()) {
        m_recorded->setText(tr("Not recorded yet."));
    } else {
        m_recorded->setText(tr("Recorded: %1 %2.").arg(label(recorded.kind), recorded.number));
    }
    const bool sameOrder = order.id == m_orderId;
    m_orderId = order.id;
    const IdentityRecord typed = identity();
    const bool typedIsRecorded = !recorded.isEmpty() && typed.kind == recorded.kind &&
                                 typed.number.compare(recorded.number, Qt::CaseInsensitive) == 0;
    if (sameOrder && m_edited && !typedIsRecorded) {
        return;
    }
    m_edited = false;
    if (!recorded.isEmpty()) {
        fill(recorded);
    } else if (const Document* id = order.document(DocumentKind::HolderId);
               id && !id->facts.identity.isEmpty()) {
        fill(id->facts.identity); // what was read from the ID: the operator checks it against the scan
    } else {
        fill({IdDocumentKind::NationalIdCard, {}});
    }
}

void IdentityForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_kind->setEnabled(!readOnly);
    m_number->setReadOnly(readOnly);
    m_number->setEnabled(!readOnly); // looks as it is: nothing to type any more
    m_record->setEnabled(!readOnly);
}

IdentityRecord IdentityForm::identity() const
{
    return {static_cast<IdDocumentKind>(m_kind->currentData().toInt()), m_number->text().trimmed()};
}

void IdentityForm::record()
{
    if (!m_readOnly) {
        emit recordRequested(identity());
    }
}

} // namespace guichet::ui
