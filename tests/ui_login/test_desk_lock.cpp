// The desk's lock against a real token: it locks when the token goes and after the idle time, nothing
// is lost by locking (the open order and tab are found as they were), nothing can be decided behind
// the lock, and only the operator whose session is suspended can resume it; anyone else must end it
// with "Change operator" first.

#include "lock_fixture.h"
#include "login/desk_lock.h"
#include "login/login_page.h"
#include "login/pin_edit.h"
#include "order/order_page.h"
#include "orders/order_list_model.h"
#include "orders/order_list_view.h"
#include "window/desk_settings.h"

#include <QAbstractButton>
#include <QAction>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace guichet;
using namespace guichet::ui::test;
using namespace Qt::StringLiterals;

namespace {

qint64 firstOrder(ui::MainWindow& window)
{
    ui::OrderListModel* model = window.orderList()->model();
    REQUIRE_EVENTUALLY(model->rowCount() > 0);
    const qint64 id = model->orderFromIndex(model->index(0, 0));
    REQUIRE(id != 0);
    return id;
}

} // namespace

TEST_CASE("Removing the operator's token locks the desk", "[lock][token]")
{
    LockFixture f;
    ui::MainWindow& window = f.openWindow();
    f.unlock();
    REQUIRE(f.session().currentOperator().has_value());

    f.removeToken();
    REQUIRE_EVENTUALLY(window.isLocked());
    CHECK((window.deskLock()->lastReason() == ui::DeskLock::Reason::TokenRemoved ||
           window.deskLock()->lastReason() == ui::DeskLock::Reason::TokenLost));
    CHECK_FALSE(f.session().currentOperator().has_value());
    CHECK(window.loginPage()->isVisible());
    CHECK(window.loginPage()->lockReason().contains(u"token"_s));
    // The suspended session is the operator's: the lock screen says whose.
    REQUIRE(window.deskLock()->deskOperator().has_value());
    CHECK(window.deskLock()->deskOperator()->name.contains(u"Camille Martin"_s));
    REQUIRE_EVENTUALLY(window.loginPage()->tokenUris().isEmpty());
}

TEST_CASE("The desk locks after the idle time, and activity puts it off", "[lock][token]")
{
    LockFixture f;
    ui::MainWindow& window = f.openWindow();
    f.unlock();
    window.deskLock()->setIdleTimeout(std::chrono::milliseconds(1500));

    // An operator at work: a key every 250 ms for longer than the idle time.
    QElapsedTimer idle;
    for (int step = 0; step < 10; ++step) {
        QTest::keyClick(window.orderList()->table(), Qt::Key_Down);
        idle.start();
        QTest::qWait(250);
        REQUIRE_FALSE(window.isLocked());
    }
    REQUIRE_EVENTUALLY(window.isLocked());
    CHECK(idle.elapsed() >= 1400);
    CHECK(window.deskLock()->lastReason() == ui::DeskLock::Reason::Idle);
    CHECK_FALSE(f.session().currentOperator().has_value());
}

TEST_CASE("The idle time comes from the settings: ten minutes unless set, zero for never", "[lock][token]")
{
    LockFixture f;
    CHECK(ui::DeskSettings::idleLockMinutes() == 10);
    {
        ui::MainWindow& window = f.openWindow();
        CHECK(window.deskLock()->idleTimeout() == std::chrono::minutes(10));
    }
    ui::DeskSettings::setIdleLockMinutes(0);
    ui::MainWindow& never = f.openWindow();
    CHECK(never.deskLock()->idleTimeout() == std::chrono::milliseconds(0));
    f.unlock();
    QTest::qWait(300);
    CHECK_FALSE(never.isLocked());
}

TEST_CASE("Locking loses nothing: the open order and tab are found as they were", "[lock][token]")
{
    LockFixture f;
    ui::MainWindow& window = f.openWindow();
    f.unlock();
    const qint64 orderId = firstOrder(window);
    window.openOrder(orderId);
    REQUIRE(window.orderPage()->order() != nullptr);
    const QString tabText = window.tabs()->tabText(window.tabs()->currentIndex());
    const int tab = window.tabs()->currentIndex();

    // Ctrl+L locks at once.
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    REQUIRE(window.isLocked());
    CHECK(window.deskLock()->lastReason() == ui::DeskLock::Reason::Requested);
    CHECK_FALSE(window.tabs()->isVisible());
    CHECK_FALSE(window.orderPage()->isVisible());
    // Nothing is decided behind the lock: the desk has no operator, the workflow refuses.
    CHECK_FALSE(f.session().confirm(orderId, u"confirm.payment"_s).ok());

    f.unlock();
    CHECK(window.tabs()->currentIndex() == tab);
    CHECK(window.tabs()->tabText(tab) == tabText);
    CHECK(window.orderPage()->orderId() == orderId);
    CHECK(window.orderPage()->order() != nullptr);
    CHECK(window.orderPage()->isVisible());
}

TEST_CASE("Another operator cannot resume a locked session, and must change operator", "[lock][token]")
{
    LockFixture f(true);
    ui::MainWindow& window = f.openWindow();
    REQUIRE_EVENTUALLY(window.loginPage()->tokenUris().size() == 2);
    f.unlock(trainingPin, firstToken);
    const Operator first = *f.session().currentOperator();
    const qint64 orderId = firstOrder(window);
    window.openOrder(orderId);
    window.deskLock()->lock();

    // Dominique Bernard's token and PIN are right, but the session is Camille Martin's.
    f.typePin(trainingPin, secondToken);
    f.waitForAnswer();
    REQUIRE_EVENTUALLY(!window.loginPage()->errorText().isEmpty());
    CHECK(window.isLocked());
    CHECK_FALSE(f.session().currentOperator().has_value());
    CHECK(window.loginPage()->errorText().contains(first.name));
    REQUIRE(window.deskLock()->deskOperator().has_value());
    CHECK(window.deskLock()->deskOperator()->certificateReference == first.certificateReference);
    CHECK(window.orderPage()->orderId() == orderId);

    // "Change operator": asked first (keeping the session is the default), then the session ends
    // and its open order closes.
    ui::LoginPage* page = window.loginPage();
    REQUIRE(page->changeOperatorButton()->isVisible());
    QTest::mouseClick(page->changeOperatorButton(), Qt::LeftButton);
    REQUIRE_EVENTUALLY(page->openQuestion() != nullptr);
    QMessageBox* question = page->openQuestion();
    auto* end = question->findChild<QAbstractButton*>(u"endSession"_s);
    REQUIRE(end != nullptr);
    CHECK(static_cast<QAbstractButton*>(question->defaultButton()) != end);
    QTest::mouseClick(end, Qt::LeftButton);
    REQUIRE_EVENTUALLY(!window.deskLock()->deskOperator().has_value());
    CHECK(window.isLocked());
    CHECK(window.orderPage()->orderId() == 0);
    CHECK_FALSE(window.tabs()->isTabEnabled(2));
    CHECK_FALSE(page->changeOperatorButton()->isVisible());

    f.unlock(trainingPin, secondToken);
    const std::optional<Operator> second = f.session().currentOperator();
    REQUIRE(second.has_value());
    CHECK(second->certificateReference != first.certificateReference);
    CHECK(second->name.contains(u"Dominique Bernard"_s));
    CHECK(window.tabs()->currentIndex() == 0);
}

TEST_CASE("The suspended operator resumes with their own token", "[lock][token]")
{
    LockFixture f(true);
    ui::MainWindow& window = f.openWindow();
    REQUIRE_EVENTUALLY(window.loginPage()->tokenUris().size() == 2);
    f.unlock(trainingPin, secondToken);
    const Operator who = *f.session().currentOperator();
    REQUIRE(window.loginPage()->selectToken(f.tokenUri(firstToken)));
    window.deskLock()->lock(ui::DeskLock::Reason::Idle);
    // The lock screen offers the suspended operator's token first.
    CHECK(window.loginPage()->selectedTokenUri() == f.tokenUri(secondToken));
    f.unlock(trainingPin, secondToken);
    CHECK(f.session().currentOperator()->certificateReference == who.certificateReference);
}
