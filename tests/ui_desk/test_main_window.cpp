// The desk as an operator meets it: find an order, open it with Enter, jump from the activity
// summary to the matching orders, see the summary move when a decision is taken, find the layout
// as it was left, and reach every control through an accessible name.

#include "demo/demo_generator.h"
#include "order/order_page.h"
#include "orders/order_list_model.h"
#include "orders/order_list_view.h"
#include "qt_wait.h"
#include "session/desk_session.h"
#include "store/order_store.h"
#include "summary/activity_model.h"
#include "summary/activity_view.h"
#include "test_signer.h"
#include "window/desk_settings.h"
#include "window/main_window.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace guichet;
using namespace Qt::StringLiterals;

namespace {

struct DeskFixture
{
    QTemporaryDir dir;
    std::unique_ptr<ui::DeskSession> session;

    explicit DeskFixture(int orders = 40)
    {
        REQUIRE(dir.isValid());
        // Settings of the test's own, never the operator's.
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(u"config"_s));
        QCoreApplication::setOrganizationName(u"guichet-tests"_s);
        QCoreApplication::setApplicationName(u"guichet-tests"_s);
        QSettings().clear();

        auto opened = ui::DeskSession::open(dir.filePath(u"desk.sqlite"_s));
        REQUIRE(opened.ok());
        session = std::move(*opened);
        auto signer = std::make_shared<testing::SoftwareSigner>("ae.test");
        session->setOperator(testing::testOperator(*signer, u"ae.test"_s), signer);
        const demo::DemoGenerator generator(7);
        QList<Dossier> dossiers;
        for (int index = 0; index < orders; ++index) {
            dossiers.append(generator.dossier(index, session->today(), demo::RenderMode::Bulk));
        }
        REQUIRE(session->orders().insertDossiers(dossiers).ok());
        emit session->ordersReset();
    }
};

int countFor(const ui::ActivityModel& model, const QString& portal, int column)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.portalOf(model.index(row, 0)) == portal) {
            return model.data(model.index(row, column)).toString().toInt();
        }
    }
    return -1;
}

} // namespace

TEST_CASE("Enter on an order of the list opens it on the order page", "[desk]")
{
    DeskFixture f;
    ui::MainWindow window(*f.session, true);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTableView* table = window.orderList()->table();
    REQUIRE_EVENTUALLY((table->model()->rowCount()) == (40));
    window.showOrders();
    table->setCurrentIndex(table->model()->index(3, 0));
    const qint64 expected = window.orderList()->model()->orderFromIndex(table->currentIndex());
    REQUIRE(expected != 0);
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE_EVENTUALLY((window.tabs()->currentWidget()) == (static_cast<QWidget*>(window.orderPage())));
    CHECK(window.orderPage()->orderId() == expected);
    REQUIRE(window.orderPage()->order() != nullptr);
    CHECK(window.tabs()->tabText(2).contains(window.orderPage()->order()->number));
    // Ctrl+1 goes back to the list.
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    REQUIRE_EVENTUALLY((window.tabs()->currentIndex()) == (0));
}

TEST_CASE("A count of the activity summary opens the matching orders", "[desk]")
{
    DeskFixture f;
    ui::MainWindow window(*f.session, true);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showActivity();
    ui::ActivityModel* model = window.activity()->model();
    REQUIRE(model->rowCount() >= 2);
    const QModelIndex cell = model->index(0, ui::ActivityModel::ToVerify);
    const QString portal = model->portalOf(cell);
    const int toVerify = model->data(cell).toString().toInt();
    REQUIRE(toVerify > 0);
    QTableView* table = window.activity()->table();
    table->setCurrentIndex(cell);
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE_EVENTUALLY((window.tabs()->currentIndex()) == (0));
    REQUIRE_EVENTUALLY((window.orderList()->model()->rowCount()) == (toVerify));
    const ui::OrderFilter filter = window.orderList()->model()->filter();
    CHECK(filter.portal == portal);
    CHECK(filter.phase == Phase::Verification);
}

TEST_CASE("The summary moves as soon as a dossier is validated", "[desk]")
{
    DeskFixture f;
    ui::MainWindow window(*f.session, true);
    ui::ActivityModel* model = window.activity()->model();
    // An order awaiting validation: the operator ticks payment and completeness, then validates.
    store::OrderQuery query;
    query.phase = Phase::Validation;
    auto awaiting = f.session->orders().find(query);
    REQUIRE(awaiting.ok());
    REQUIRE_FALSE(awaiting->isEmpty());
    bool validated = false;
    for (const auto& row : *awaiting) {
        const int toValidate = countFor(*model, row.portal, ui::ActivityModel::ToValidate);
        const int toGenerate = countFor(*model, row.portal, ui::ActivityModel::ToGenerate);
        if (!f.session->confirm(row.id, u"confirm.payment"_s) ||
            !f.session->confirm(row.id, u"confirm.dossier-complete"_s) || !f.session->validate(row.id)) {
            continue;
        }
        CHECK(countFor(*model, row.portal, ui::ActivityModel::ToValidate) == toValidate - 1);
        CHECK(countFor(*model, row.portal, ui::ActivityModel::ToGenerate) == toGenerate + 1);
        validated = true;
        break;
    }
    CHECK(validated);
}

TEST_CASE("The window's layout is found as it was left", "[desk]")
{
    DeskFixture f;
    {
        ui::MainWindow window(*f.session, false);
        window.resize(1234, 777);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        QTableView* table = window.orderList()->table();
        table->horizontalHeader()->resizeSection(int(ui::OrderListModel::Column::Organisation), 333);
        window.close();
    }
    ui::MainWindow again(*f.session, false);
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    CHECK(again.size() == QSize(1234, 777));
    CHECK(again.orderList()->table()->horizontalHeader()->sectionSize(
              int(ui::OrderListModel::Column::Organisation)) == 333);
}

TEST_CASE("Every control has a name a screen reader can say", "[desk][accessibility]")
{
    DeskFixture f;
    ui::MainWindow window(*f.session, true);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE_EVENTUALLY(window.orderList()->model()->rowCount() > 0);
    window.openOrder(window.orderList()->model()->orderFromIndex(window.orderList()->model()->index(0, 0)));
    QStringList unnamed;
    for (QWidget* widget : window.findChildren<QWidget*>()) {
        const bool control = qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget) ||
                             qobject_cast<QComboBox*>(widget) || qobject_cast<QAbstractItemView*>(widget);
        if (!control || widget->inherits("QTabBar") || widget->parent()->inherits("QTabBar") ||
            widget->inherits("QHeaderView") || widget->parentWidget()->inherits("QComboBox") ||
            widget->parentWidget()->inherits("QAbstractSpinBox") || widget->objectName().startsWith(u"qt_") ||
            // Qt's own parts of composite widgets, named by their owner.
            QStringList{u"QTableCornerButton"_s, u"QLineEditIconButton"_s, u"QComboBoxListView"_s}.contains(
                QString::fromLatin1(widget->metaObject()->className()))) {
            continue;
        }
        const auto* button = qobject_cast<QAbstractButton*>(widget);
        const bool spoken = !widget->accessibleName().isEmpty() || (button && !button->text().isEmpty());
        if (!spoken) {
            unnamed.append(QString::fromLatin1(widget->metaObject()->className()) + u' ' +
                           widget->objectName());
        }
    }
    INFO(unnamed.join(u", "_s).toStdString());
    CHECK(unnamed.isEmpty());
}

TEST_CASE("The title and status bar say who works, with which roles, and mark training", "[desk]")
{
    DeskFixture f(4);
    ui::MainWindow window(*f.session, false);
    Operator who = *f.session->currentOperator();
    CHECK(window.windowTitle().contains(who.name));
    CHECK(window.statusText().contains(who.name));
    CHECK(window.statusText().contains(label(Role::AdministrativeRa)));
    CHECK_FALSE(window.windowTitle().contains(u"TRAINING"_s));
    CHECK_FALSE(window.findChild<QWidget*>(u"trainingLabel"_s)->isVisibleTo(&window));

    auto signer = std::make_shared<testing::SoftwareSigner>("Camille Martin (FORMATION)");
    who = testing::testOperator(*signer, u"Camille Martin (FORMATION)"_s, {Role::DelegatedOperator});
    who.training = true;
    f.session->setOperator(who, signer);
    CHECK(window.windowTitle().contains(u"Camille Martin (FORMATION)"_s));
    CHECK(window.windowTitle().contains(u"TRAINING"_s));
    CHECK(window.statusText().contains(label(Role::DelegatedOperator)));
    CHECK(window.findChild<QWidget*>(u"trainingLabel"_s)->isVisibleTo(&window));

    // Nobody logged in: the desk says it is read only.
    f.session->clearOperator();
    CHECK_FALSE(window.statusText().contains(who.name));
    CHECK(window.statusText().contains(u"read only"_s));
}

TEST_CASE("The idle time before the desk locks is kept in the settings, within bounds", "[desk]")
{
    DeskFixture f(1);
    CHECK(ui::DeskSettings::idleLockMinutes() == ui::DeskSettings::defaultIdleLockMinutes);
    ui::DeskSettings::setIdleLockMinutes(25);
    CHECK(ui::DeskSettings::idleLockMinutes() == 25);
    ui::DeskSettings::setIdleLockMinutes(0);
    CHECK(ui::DeskSettings::idleLockMinutes() == 0);
    ui::DeskSettings::setIdleLockMinutes(100000);
    CHECK(ui::DeskSettings::idleLockMinutes() == ui::DeskSettings::maximumIdleLockMinutes);
    // A value edited by hand into nonsense locks at the default, never "never".
    QSettings().setValue(u"lock/idleMinutes"_s, u"soon"_s);
    CHECK(ui::DeskSettings::idleLockMinutes() == ui::DeskSettings::defaultIdleLockMinutes);
    QSettings().setValue(u"lock/idleMinutes"_s, -5);
    CHECK(ui::DeskSettings::idleLockMinutes() == ui::DeskSettings::defaultIdleLockMinutes);
}
