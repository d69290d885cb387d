#include "delivery_widgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet::ui {

PresentedIdentityForm::PresentedIdentityForm(const QString& faceText, const QString& objectPrefix,
                                             QWidget* parent)
    : QWidget(parent), m_kind(new QComboBox(this)), m_number(new QLineEdit(this)),
      m_mrz(new QPlainTextEdit(this)), m_face(new QCheckBox(faceText, this))
{
    const auto name = [&objectPrefix](const QString& field) {
        return objectPrefix.isEmpty() ? field : objectPrefix + field.left(1).toUpper() + field.mid(1);
    };
    m_kind->setObjectName(name(u"idKind"_s));
    m_kind->addItem(tr("(read from the MRZ)"), static_cast<int>(IdDocumentKind::None));
    for (IdDocumentKind each :
         {IdDocumentKind::NationalIdCard, IdDocumentKind::Passport, IdDocumentKind::ResidencePermit}) {
        m_kind->addItem(label(each), static_cast<int>(each));
    }
    m_number->setObjectName(name(u"idNumber"_s));
    connect(m_number, &QLineEdit::returnPressed, this, &PresentedIdentityForm::submitted);
    m_mrz->setObjectName(name(u"mrz"_s));
    m_mrz->setTabChangesFocus(true);
    m_mrz->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(u"monospace"_s);
    mono.setStyleHint(QFont::TypeWriter);
    m_mrz->setFont(mono);
    m_mrz->setPlaceholderText(tr("Type the lines of the machine-readable zone, or scan them"));
    m_mrz->setMaximumHeight(QFontMetrics(mono).lineSpacing() * 4 + 12);
    m_face->setObjectName(name(u"faceMatches"_s));
    connect(m_face, &QCheckBox::toggled, this, &PresentedIdentityForm::attestationChanged);

    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("ID &kind:"), m_kind);
    form->addRow(tr("ID &number:"), m_number);
    form->addRow(tr("&MRZ:"), m_mrz);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_face);
    setFocusProxy(m_number);
}

rules::PresentedIdentity PresentedIdentityForm::presented() const
{
    rules::PresentedIdentity presented;
    presented.document.kind = static_cast<IdDocumentKind>(m_kind->currentData().toInt());
    presented.document.number = m_number->text().trimmed();
    for (const QString& line : m_mrz->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty()) {
            presented.mrz.append(line.trimmed());
        }
    }
    presented.faceMatches = m_face->isChecked();
    return presented;
}

QLabel* explanation(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

void showBanner(QLabel* banner, Banner kind, const QString& text)
{
    banner->setStyleSheet(kind == Banner::Error
                              ? u"QLabel { background: #fdecea; color: #611a15; padding: 6px; }"_s
                              : u"QLabel { background: #e8f5e9; color: #1b5e20; padding: 6px; }"_s);
    banner->setText(text);
    banner->show();
}

} // namespace guichet::ui
