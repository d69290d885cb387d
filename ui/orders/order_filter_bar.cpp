#include "order_filter_bar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace guichet::ui {
namespace {

/// The phases in the order a dossier goes through them.
constexpr Phase phases[] = {Phase::DataEntry,  Phase::Verification, Phase::AwaitingSignature,
                            Phase::Validation, Phase::Generation,   Phase::Delivered,
                            Phase::Cancelled};

void name(QWidget* widget, const QString& objectName, const QString& accessibleName)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
}

/// The index of `value` among a combo box's item data, or 0 ("all").
int indexOfData(const QComboBox* box, const QVariant& value)
{
    const int found = box->findData(value);
    return found < 0 ? 0 : found;
}

} // namespace

OrderFilterBar::OrderFilterBar(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("orderFilterBar"));
    m_typing.setSingleShot(true);
    m_typing.setInterval(250);
    connect(&m_typing, &QTimer::timeout, this, &OrderFilterBar::announce);
    buildWidgets();
    setMatchCount(0);
}

void OrderFilterBar::buildWidgets()
{
    m_search = new QLineEdit(this);
    name(m_search, QStringLiteral("orderSearch"), tr("Search orders"));
    m_search->setPlaceholderText(tr("Name, organisation, SIREN or order number (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (!m_updating) {
            m_typing.start(); // restarted at each key: the search runs when typing pauses
        }
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        flushTyping();
        emit listRequested();
    });

    m_phase = new QComboBox(this);
    name(m_phase, QStringLiteral("phaseFilter"), tr("Phase"));
    m_phase->addItem(tr("All phases"));
    for (const Phase phase : phases) {
        m_phase->addItem(label(phase), toCode(phase));
    }

    m_type = new QComboBox(this);
    name(m_type, QStringLiteral("typeFilter"), tr("Dossier type"));
    m_type->addItem(tr("All types"));
    for (const DossierType type : {DossierType::Dematerialised, DossierType::Paper}) {
        m_type->addItem(tr("%1: %2").arg(toCode(type), label(type)), toCode(type));
    }

    m_portal = new QComboBox(this);
    name(m_portal, QStringLiteral("portalFilter"), tr("RA portal"));
    m_portal->addItem(tr("All portals"));
    m_portal->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    const QString dateFormat = QLocale().dateFormat(QLocale::ShortFormat);
    m_fromEnabled = new QCheckBox(tr("From"), this);
    name(m_fromEnabled, QStringLiteral("fromEnabled"), tr("Filter on orders placed from a date"));
    m_from = new QDateEdit(QDate::currentDate().addDays(-30), this);
    name(m_from, QStringLiteral("fromDate"), tr("Orders placed from"));
    m_toEnabled = new QCheckBox(tr("To"), this);
    name(m_toEnabled, QStringLiteral("toEnabled"), tr("Filter on orders placed up to a date"));
    m_to = new QDateEdit(QDate::currentDate(), this);
    name(m_to, QStringLiteral("toDate"), tr("Orders placed up to"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(dateFormat);
        edit->setEnabled(false);
        connect(edit, &QDateEdit::dateChanged, this, &OrderFilterBar::announce);
    }
    for (auto [check, edit] : {std::pair{m_fromEnabled, m_from}, std::pair{m_toEnabled, m_to}}) {
        connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        connect(check, &QCheckBox::toggled, this, &OrderFilterBar::announce);
    }

    m_clear = new QPushButton(tr("Clear"), this);
    name(m_clear, QStringLiteral("clearFilters"), tr("Clear the search and filters"));
    m_clear->setToolTip(tr("Show every order"));
    connect(m_clear, &QPushButton::clicked, this, &OrderFilterBar::clearAll);

    m_count = new QLabel(this);
    name(m_count, QStringLiteral("orderCount"), tr("Matching orders"));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);

    for (QComboBox* box : {m_phase, m_type, m_portal}) {
        connect(box, &QComboBox::currentIndexChanged, this, &OrderFilterBar::announce);
    }

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 3);
    layout->addWidget(m_phase);
    layout->addWidget(m_type);
    layout->addWidget(m_portal);
    layout->addSpacing(6);
    layout->addWidget(m_fromEnabled);
    layout->addWidget(m_from);
    layout->addWidget(m_toEnabled);
    layout->addWidget(m_to);
    layout->addWidget(m_clear);
    layout->addSpacing(6);
    layout->addWidget(m_count, 1);
}

OrderFilter OrderFilterBar::filter() const
{
    OrderFilter filter;
    // Spaces around the text are not part of what the operator is looking for: typing one runs no
    // new search.
    filter.text = m_search->text().trimmed();
    if (const QVariant code = m_phase->currentData(); code.isValid()) {
        filter.phase = fromCode<Phase>(code.toString());
    }
    if (const QVariant code = m_type->currentData(); code.isValid()) {
        filter.type = fromCode<DossierType>(code.toString());
    }
    filter.portal = m_portal->currentData().toString();
    filter.from = dateOf(m_fromEnabled, m_from);
    filter.to = dateOf(m_toEnabled, m_to);
    return filter;
}

void OrderFilterBar::setFilter(const OrderFilter& filter)
{
    m_typing.stop();
    m_updating = true;
    m_search->setText(filter.text);
    m_phase->setCurrentIndex(filter.phase ? indexOfData(m_phase, toCode(*filter.phase)) : 0);
    m_type->setCurrentIndex(filter.type ? indexOfData(m_type, toCode(*filter.type)) : 0);
    if (!filter.portal.isEmpty() && m_portal->findData(filter.portal) < 0) {
        m_portal->addItem(filter.portal, filter.portal);
    }
    m_portal->setCurrentIndex(filter.portal.isEmpty() ? 0 : indexOfData(m_portal, filter.portal));
    showDate(m_fromEnabled, m_from, filter.from);
    showDate(m_toEnabled, m_to, filter.to);
    m_updating = false;
    announce();
}

void OrderFilterBar::setPortals(const QStringList& portals)
{
    const QString chosen = m_portal->currentData().toString();
    m_updating = true;
    while (m_portal->count() > 1) {
        m_portal->removeItem(1);
    }
    for (const QString& portal : portals) {
        m_portal->addItem(portal, portal);
    }
    if (!chosen.isEmpty() && m_portal->findData(chosen) < 0) {
        m_portal->addItem(chosen, chosen); // no order left there, but still the operator's choice
    }
    m_portal->setCurrentIndex(chosen.isEmpty() ? 0 : indexOfData(m_portal, chosen));
    m_updating = false;
}

void OrderFilterBar::setMatchCount(int count)
{
    // No %n plurals (English has no translation file to give them): zero and one are said apart.
    switch (count) {
    case 0:
        m_count->setText(tr("No orders"));
        break;
    case 1:
        m_count->setText(tr("1 order"));
        break;
    default:
        m_count->setText(tr("%1 orders").arg(QLocale().toString(count)));
        break;
    }
}

QString OrderFilterBar::matchCountText() const
{
    return m_count->text();
}

void OrderFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void OrderFilterBar::typeIntoSearch(const QString& text)
{
    m_search->setFocus(Qt::OtherFocusReason);
    m_search->setText(text);
}

bool OrderFilterBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) {
            flushTyping();
            emit listRequested();
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            flushTyping();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void OrderFilterBar::announce()
{
    if (m_updating) {
        return;
    }
    m_typing.stop();
    const OrderFilter current = filter();
    if (current == m_announced) {
        return; // typed and deleted, or chose the same again: nothing to query
    }
    m_announced = current;
    emit filterChanged(current);
}

void OrderFilterBar::flushTyping()
{
    if (m_typing.isActive()) {
        announce();
    }
}

void OrderFilterBar::clearAll()
{
    setFilter(OrderFilter{});
}

QDate OrderFilterBar::dateOf(const QCheckBox* enabled, const QDateEdit* edit) const
{
    return enabled->isChecked() ? edit->date() : QDate();
}

void OrderFilterBar::showDate(QCheckBox* enabled, QDateEdit* edit, const QDate& date)
{
    enabled->setChecked(date.isValid());
    if (date.isValid()) {
        edit->setDate(date);
    }
}

} // namespace guichet::ui
