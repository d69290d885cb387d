// The lock screen against a real token (SoftHSM2 provisioned for training): the desk opens only with
// the token's PIN, a wrong PIN keeps it locked and says why, and the token's PIN state is respected
// (final try confirmed, locked PIN refused, PIN pad used), through the tests' fault module for what
// SoftHSM cannot do.

#include "lock_fixture.h"
#include "login/desk_lock.h"
#include "login/login_page.h"
#include "login/pin_edit.h"
#include "memory_scan.h"
#include "orders/order_list_view.h"
#include "softhsm_fixture.h"
#include "window/desk_settings.h"

#include <QAbstractButton>
#include <QAction>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>
#include <cstring>
#include <dlfcn.h>
#include <p11-kit/pkcs11.h>
#include <span>
#include <string_view>
#include <vector>

using namespace guichet;
using namespace guichet::ui::test;
using namespace Qt::StringLiterals;

namespace {

/// C_Login calls the fault module saw (it is loaded already: RTLD_NOLOAD finds that instance).
unsigned long faultLoginCalls()
{
    void* handle =
        dlopen(token::test::SoftHsm::faultModulePath().toLocal8Bit().constData(), RTLD_NOW | RTLD_NOLOAD);
    REQUIRE(handle != nullptr);
    const auto counter = reinterpret_cast<unsigned long (*)()>(dlsym(handle, "guichet_fault_login_calls"));
    REQUIRE(counter != nullptr);
    const unsigned long calls = counter();
    dlclose(handle);
    return calls;
}

QByteArray flags(unsigned long value)
{
    return "0x" + QByteArray::number(static_cast<qulonglong>(value), 16);
}

QAbstractButton* button(QMessageBox* box, const char* objectName)
{
    auto* found = box->findChild<QAbstractButton*>(QString::fromLatin1(objectName));
    REQUIRE(found != nullptr);
    return found;
}

} // namespace

TEST_CASE("The desk starts locked and opens only with the token's PIN", "[login][token]")
{
    LockFixture f;
    ui::MainWindow& window = f.openWindow();
    ui::LoginPage* page = window.loginPage();

    // Locked: the lock screen in place of the tabs, the acting menus off, nobody at the desk.
    CHECK(window.isLocked());
    CHECK(page->isVisible());
    CHECK_FALSE(window.tabs()->isVisible());
    CHECK_FALSE(window.lockAction()->isEnabled());
    CHECK_FALSE(window.orderList()->searchAction()->isEnabled());
    CHECK_FALSE(f.session().currentOperator().has_value());
    CHECK(window.windowTitle().contains(u"locked"_s));
    CHECK(window.windowTitle().contains(u"TRAINING"_s));
    // The token as the operator knows it: label and serial; its URI for support in the tooltip.
    REQUIRE(page->tokenList()->count() == 1);
    const QListWidgetItem* item = page->tokenList()->item(0);
    CHECK(item->text().contains(QString::fromLatin1(firstToken)));
    CHECK(item->toolTip().startsWith(u"pkcs11:"_s));
    CHECK(item->toolTip().contains(u"token=GUICHET%20FORMATION"_s));
    CHECK(page->findChild<QWidget*>(u"trainingBanner"_s)->isVisible());
    // Every control of the lock screen has a name a screen reader can say.
    for (QWidget* control : page->findChildren<QWidget*>()) {
        const auto* button = qobject_cast<QAbstractButton*>(control);
        if (button == nullptr && !qobject_cast<QListWidget*>(control) &&
            !qobject_cast<ui::PinEdit*>(control)) {
            continue;
        }
        INFO(control->metaObject()->className() << " " << control->objectName().toStdString());
        CHECK((!control->accessibleName().isEmpty() || (button != nullptr && !button->text().isEmpty())));
    }
    // The PIN field's label is its buddy: Alt+P reaches it.
    CHECK(page->pinEdit()->accessibleName() == u"PIN"_s);

    f.unlock();
    CHECK(window.tabs()->isVisible());
    CHECK_FALSE(page->isVisible());
    CHECK(window.lockAction()->isEnabled());
    CHECK(window.orderList()->searchAction()->isEnabled());
    const std::optional<Operator> who = f.session().currentOperator();
    REQUIRE(who.has_value());
    CHECK(who->name.contains(u"Camille Martin"_s));
    CHECK(who->training);
    CHECK(who->roles.contains(Role::AdministrativeRa));
    CHECK(window.windowTitle().contains(who->name));
    CHECK(window.windowTitle().contains(u"TRAINING"_s));
    CHECK(window.statusText().contains(who->name));
    CHECK(window.statusText().contains(label(Role::AdministrativeRa)));
    // The PIN left the field for the login and was wiped on the way.
    CHECK(page->pinEdit()->isEmpty());
}

TEST_CASE("A wrong PIN keeps the desk locked and says why, with the code for support", "[login][token]")
{
    LockFixture f;
    ui::MainWindow& window = f.openWindow();
    ui::LoginPage* page = window.loginPage();
    CHECK(page->pinStateText().isEmpty());

    f.typePin("000000");
    f.waitForAnswer();
    CHECK(window.isLocked());
    CHECK_FALSE(f.session().currentOperator().has_value());
    const QString error = page->errorText();
    CHECK(error.contains(u"C_Login: CKR_PIN_INCORRECT (0xa0)"_s));
    CHECK(error.section(u'\n', 0, 0).size() > 10); // a sentence before the code
    CHECK(page->pinEdit()->isEmpty());
    // SoftHSM counts the wrong PIN: the lock screen now warns before the next try.
    REQUIRE_EVENTUALLY(!page->pinStateText().isEmpty());
    CHECK(page->pinStateText() == token::pinStateText(token::PinState::CountLow));

    f.unlock();
    CHECK(page->errorText().isEmpty());
}

TEST_CASE("An empty PIN is not sent", "[login][token]")
{
    LockFixture f;
    ui::MainWindow& window = f.openWindow();
    QTest::keyClick(window.loginPage()->pinEdit(), Qt::Key_Return);
    CHECK(window.loginPage()->errorText().contains(u"PIN"_s));
    CHECK_FALSE(window.loginPage()->isBusy());
    CHECK(window.isLocked());
}

TEST_CASE("The final try needs the operator's confirmation before the PIN is sent", "[login][token][fault]")
{
    LockFixture f;
    const token::test::ScopedEnv finalTry("GUICHET_FAULT_TOKEN_FLAGS",
                                          flags(CKF_USER_PIN_COUNT_LOW | CKF_USER_PIN_FINAL_TRY));
    ui::MainWindow& window = f.openWindow(token::test::SoftHsm::faultModulePath());
    ui::LoginPage* page = window.loginPage();
    CHECK(page->pinStateText() == token::pinStateText(token::PinState::FinalTry));

    const unsigned long before = faultLoginCalls();
    f.typePin(trainingPin);
    REQUIRE_EVENTUALLY(page->openQuestion() != nullptr);
    QMessageBox* question = page->openQuestion();
    CHECK(question->text() == token::pinStateText(token::PinState::FinalTry));
    // The safe answer is the default one.
    CHECK(static_cast<QAbstractButton*>(question->defaultButton()) == button(question, "keepFinalTry"));
    QTest::mouseClick(button(question, "keepFinalTry"), Qt::LeftButton);
    REQUIRE_EVENTUALLY(page->openQuestion() == nullptr && !page->isBusy());
    CHECK(window.isLocked());
    CHECK(faultLoginCalls() == before);
    CHECK(page->pinEdit()->isEmpty());

    f.typePin(trainingPin);
    REQUIRE_EVENTUALLY(page->openQuestion() != nullptr);
    QTest::mouseClick(button(page->openQuestion(), "useFinalTry"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&window] { return !window.isLocked(); }, 15000));
    CHECK(faultLoginCalls() > before);
}

TEST_CASE("A locked PIN is refused without a try, with what to do", "[login][token][fault]")
{
    LockFixture f;
    const token::test::ScopedEnv locked("GUICHET_FAULT_TOKEN_FLAGS", flags(CKF_USER_PIN_LOCKED));
    ui::MainWindow& window = f.openWindow(token::test::SoftHsm::faultModulePath());
    ui::LoginPage* page = window.loginPage();
    CHECK(page->pinStateText() == token::pinStateText(token::PinState::Locked));
    CHECK_FALSE(page->unlockButton()->isEnabled());
    CHECK_FALSE(page->pinEdit()->isEnabled());

    const unsigned long before = faultLoginCalls();
    page->submit();
    f.waitForAnswer();
    CHECK(window.isLocked());
    CHECK(page->errorText() == token::pinStateText(token::PinState::Locked));
    CHECK(faultLoginCalls() == before);
}

TEST_CASE("On a reader with a PIN pad the PIN is typed on the reader", "[login][token][fault]")
{
    LockFixture f;
    const token::test::ScopedEnv pad("GUICHET_FAULT_TOKEN_FLAGS", flags(CKF_PROTECTED_AUTHENTICATION_PATH));
    const token::test::ScopedEnv typed("GUICHET_FAULT_PINPAD_PIN", trainingPin);
    ui::MainWindow& window = f.openWindow(token::test::SoftHsm::faultModulePath());
    ui::LoginPage* page = window.loginPage();
    REQUIRE_EVENTUALLY(page->pinPadButton()->isVisible());
    CHECK_FALSE(page->pinEdit()->isVisible());

    QTest::mouseClick(page->pinPadButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&window] { return !window.isLocked(); }, 15000));
    REQUIRE(f.session().currentOperator().has_value());
    CHECK(f.session().currentOperator()->name.contains(u"Camille Martin"_s));
}

TEST_CASE("A login through the lock screen leaves no copy of the PIN in memory", "[login][token][memory]")
{
#ifdef __SANITIZE_ADDRESS__
    WARN("Skipped under AddressSanitizer: its allocator keeps freed memory in quarantine, and its "
         "shadow memory cannot be scanned");
    return;
#endif
    // A PIN nothing else in the process could hold by chance (read-only data: the scan looks at
    // writable memory only).
    static constexpr char pin[] = "Xq7Wm2Kp9Z";
    LockFixture f(false, 4, pin);
    ui::MainWindow& window = f.openWindow();
    ui::LoginPage* page = window.loginPage();

    token::Pin needle; // the PIN to look for, in a buffer the scan leaves out
    for (const char c : std::string_view(pin)) {
        needle.appendCodePoint(static_cast<unsigned char>(c));
    }
    const auto needleStorage = needle.bytes().storageForTesting();
    const auto utf8 = std::span(reinterpret_cast<const unsigned char*>(needle.bytes().data()), needle.size());
    // As a QString would hold it: UTF-16.
    std::vector<unsigned char> utf16;
    for (const char c : std::string_view(pin)) {
        utf16.push_back(static_cast<unsigned char>(c));
        utf16.push_back(0);
    }
    const std::span<const unsigned char> utf16Storage(utf16); // the needle itself, left out

    CHECK(token::test::occurrencesInMemory(utf8, needleStorage) == 0);
    CHECK(token::test::occurrencesInMemory(utf16, utf16Storage) == 0);
    // Key by key, as a keyboard sends it: each key event carries one character.
    page->pinEdit()->setFocus();
    for (const char c : std::string_view(pin)) {
        QTest::keyClick(page->pinEdit(), c);
    }
    REQUIRE(page->pinEdit()->length() == int(std::strlen(pin)));
    // The field's own buffer holds it now, and only there: never as UTF-16 text.
    CHECK(token::test::occurrencesInMemory(utf8, needleStorage) == 1);
    CHECK(token::test::occurrencesInMemory(utf16, utf16Storage) == 0);

    QTest::keyClick(page->pinEdit(), Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&window] { return !window.isLocked(); }, 15000));
    CHECK(token::test::occurrencesInMemory(utf8, needleStorage) == 0);
    CHECK(token::test::occurrencesInMemory(utf16, utf16Storage) == 0);
}

TEST_CASE("A token module that cannot start is reported on the lock screen, and the desk stays locked",
          "[login][token]")
{
    // SoftHSM refuses to start without its configuration (C_Initialize fails): a module broken on
    // this workstation must not take the desk down. No training token here: run alone (as ctest
    // does), this is the process's first load of SoftHSM, the one libp11 unloads on failure.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const token::test::ScopedEnv broken("SOFTHSM2_CONF", dir.filePath(u"none.conf"_s).toLocal8Bit());
    auto session = ui::DeskSession::open(dir.filePath(u"desk.sqlite"_s));
    REQUIRE(session.ok());
    ui::LoginSetup setup;
    setup.modulePaths = {token::test::SoftHsm::modulePath()};
    setup.training = true;
    {
        ui::MainWindow window(**session, true, std::move(setup));
        window.show();
        ui::LoginPage* page = window.loginPage();
        REQUIRE_EVENTUALLY(page->problemsText().contains(u"For support: PKCS11_CTX_load"_s));
        CHECK(page->problemsText().contains(u"libsofthsm2.so"_s));
        CHECK(page->tokenUris().isEmpty());
        CHECK_FALSE(page->unlockButton()->isEnabled());
        CHECK(window.isLocked());
    }
    ui::tokenThread()->waitForDone();
}
