// OrderFilterBar on its own: typing is debounced, choices apply at once, a filter set from outside
// is announced once, and the count reads as the operator's locale writes numbers.

#include "desk_fixture.h"
#include "orders/order_filter_bar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace guichet;
using namespace guichet::ui;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(guichet::ui::OrderFilter)

namespace {

template <typename T> T* child(QWidget& parent, const char* name)
{
    T* widget = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

OrderFilter lastFilter(const QSignalSpy& spy)
{
    return spy.constLast().at(0).value<OrderFilter>();
}

} // namespace

TEST_CASE("typing in the search box runs one search when typing pauses", "[orders][filter]")
{
    OrderFilterBar bar;
    bar.setSearchDelay(80);
    QSignalSpy filters(&bar, &OrderFilterBar::filterChanged);
    auto* search = child<QLineEdit>(bar, "orderSearch");
    QTest::keyClicks(search, u"Dupont"_s);
    CHECK(filters.count() == 0);
    REQUIRE_EVENTUALLY((filters.count()) == (1));
    CHECK(lastFilter(filters).text == u"Dupont");
    QTest::qWait(150);
    CHECK(filters.count() == 1);

    // Enter searches at once and asks for the list.
    QSignalSpy listRequests(&bar, &OrderFilterBar::listRequested);
    QTest::keyClicks(search, u" Marie"_s);
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(filters.count() == 2);
    CHECK(lastFilter(filters).text == u"Dupont Marie");
    CHECK(listRequests.count() == 1);

    // Down as well; Escape clears the text and searches again.
    QTest::keyClick(search, Qt::Key_Down);
    CHECK(listRequests.count() == 2);
    CHECK(filters.count() == 2); // nothing new typed
    QTest::keyClick(search, Qt::Key_Escape);
    CHECK(search->text().isEmpty());
    CHECK(filters.count() == 3);
    CHECK(lastFilter(filters).text.isEmpty());
}

TEST_CASE("phase, type, portal and dates apply at once", "[orders][filter]")
{
    OrderFilterBar bar;
    QSignalSpy filters(&bar, &OrderFilterBar::filterChanged);
    bar.setPortals({u"BPOI-Bretagne"_s, u"BPOI-Rhône"_s});

    auto* phase = child<QComboBox>(bar, "phaseFilter");
    phase->setCurrentIndex(phase->findText(label(Phase::Verification)));
    REQUIRE(filters.count() == 1);
    CHECK(lastFilter(filters).phase == Phase::Verification);

    auto* type = child<QComboBox>(bar, "typeFilter");
    type->setCurrentIndex(2);
    CHECK(lastFilter(filters).type == DossierType::Paper);

    auto* portal = child<QComboBox>(bar, "portalFilter");
    portal->setCurrentIndex(portal->findText(u"BPOI-Rhône"_s));
    CHECK(lastFilter(filters).portal == u"BPOI-Rhône");

    auto* fromEnabled = child<QCheckBox>(bar, "fromEnabled");
    auto* from = child<QDateEdit>(bar, "fromDate");
    CHECK_FALSE(from->isEnabled());
    fromEnabled->setChecked(true);
    CHECK(from->isEnabled());
    CHECK(lastFilter(filters).from == from->date());
    from->setDate(QDate(2026, 10, 1));
    CHECK(lastFilter(filters).from == QDate(2026, 10, 1));
    CHECK_FALSE(lastFilter(filters).to.isValid());
    child<QCheckBox>(bar, "toEnabled")->setChecked(true);
    child<QDateEdit>(bar, "toDate")->setDate(QDate(2026, 10, 31));
    CHECK(lastFilter(filters).to == QDate(2026, 10, 31));
    fromEnabled->setChecked(false);
    CHECK_FALSE(lastFilter(filters).from.isValid());

    // The portal list changes (new orders): the choice stays.
    bar.setPortals({u"BPOI-Rhône"_s, u"BPOI-Provence"_s});
    CHECK(bar.filter().portal == u"BPOI-Rhône");

    const int before = int(filters.count());
    child<QPushButton>(bar, "clearFilters")->click();
    CHECK(filters.count() == before + 1);
    CHECK(lastFilter(filters).isEmpty());
    CHECK(phase->currentIndex() == 0);
}

TEST_CASE("a filter set from outside shows in the bar and is announced once", "[orders][filter]")
{
    OrderFilterBar bar;
    bar.setSearchDelay(10000); // would never fire during the test
    bar.setPortals({u"BPOI-Bretagne"_s});
    QSignalSpy filters(&bar, &OrderFilterBar::filterChanged);
    OrderFilter filter;
    filter.portal = u"BPOI-Nord"_s; // not listed yet: added
    filter.phase = Phase::Verification;
    filter.text = u"Le Bihan"_s;
    filter.from = QDate(2026, 9, 1);
    bar.setFilter(filter);
    REQUIRE(filters.count() == 1);
    CHECK(lastFilter(filters) == filter);
    CHECK(bar.filter() == filter);
    CHECK(child<QComboBox>(bar, "portalFilter")->currentText() == u"BPOI-Nord");
    CHECK(child<QLineEdit>(bar, "orderSearch")->text() == u"Le Bihan");
    CHECK(child<QCheckBox>(bar, "fromEnabled")->isChecked());
    CHECK_FALSE(child<QCheckBox>(bar, "toEnabled")->isChecked());
    bar.setFilter(filter);
    CHECK(filters.count() == 1); // the same again: nothing to do
}

TEST_CASE("the count reads in the operator's locale", "[orders][filter]")
{
    OrderFilterBar bar;
    auto* count = child<QLabel>(bar, "orderCount");
    bar.setMatchCount(0);
    CHECK(count->text() == u"No orders");
    bar.setMatchCount(1);
    CHECK(count->text() == u"1 order");

    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    bar.setMatchCount(1234);
    const QString french = count->text();
    QLocale::setDefault(before);
    CHECK(french == QLocale(QLocale::French, QLocale::France).toString(1234) + u" orders");
    CHECK(french.startsWith(u'1'));
    CHECK(french.at(1).isSpace()); // "1 234": grouped with a (narrow no-break) space
    CHECK(bar.matchCountText() == french);
}

TEST_CASE("every control has an object name and an accessible name", "[orders][filter]")
{
    OrderFilterBar bar;
    for (QWidget* widget : bar.findChildren<QWidget*>()) {
        if (qobject_cast<QLineEdit*>(widget) || qobject_cast<QComboBox*>(widget) ||
            qobject_cast<QCheckBox*>(widget) || qobject_cast<QDateEdit*>(widget) ||
            qobject_cast<QPushButton*>(widget) || qobject_cast<QLabel*>(widget)) {
            if (widget->parent() != &bar) {
                continue; // the inner pieces of a combo box or date edit
            }
            INFO(widget->metaObject()->className());
            CHECK_FALSE(widget->objectName().isEmpty());
            CHECK_FALSE(widget->accessibleName().isEmpty());
        }
    }
}
