#include "lock_fixture.h"

#include "demo/demo_generator.h"
#include "enrol/training.h"
#include "identity/login_config.h"
#include "login/login_page.h"
#include "login/pin_edit.h"
#include "softhsm_fixture.h"
#include "store/database.h"
#include "store/order_store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QThreadPool>
#include <string_view>

using namespace Qt::StringLiterals;

namespace guichet::ui::test {

LockFixture::LockFixture(bool secondOperator, int orders, const char* pin)
{
    REQUIRE(m_dir.isValid());
    // Settings of the test's own, never the operator's.
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"config"_s));
    QCoreApplication::setOrganizationName(u"guichet-tests"_s);
    QCoreApplication::setApplicationName(u"guichet-tests"_s);
    QSettings().clear();

    if (qEnvironmentVariableIsSet("SOFTHSM2_CONF")) {
        m_previousConf = qgetenv("SOFTHSM2_CONF");
    }
    // The training provisioning, as `guichet --training` does it on first use (it sets SOFTHSM2_CONF).
    enrol::TrainingOptions first;
    if (std::string_view(pin) != trainingPin) {
        first.pin = token::Pin::fromUtf8(pin);
    }
    auto provisioned = enrol::provisionTraining(trainingDir(), std::move(first));
    INFO((provisioned.ok() ? QString() : provisioned.error().toString()).toStdString());
    REQUIRE(provisioned.ok());
    if (secondOperator) {
        enrol::TrainingOptions second;
        second.mode = enrol::TrainingMode::AddOperator;
        second.operatorName = QString::fromUtf8(enrol::defaultSecondTrainingOperator);
        auto added = enrol::provisionTraining(trainingDir(), std::move(second));
        INFO((added.ok() ? QString() : added.error().toString()).toStdString());
        REQUIRE(added.ok());
        REQUIRE(added->tokenLabel == QString::fromLatin1(ui::test::secondToken));
    }

    auto opened = DeskSession::open(m_dir.filePath(u"desk.sqlite"_s));
    REQUIRE(opened.ok());
    m_session = std::move(*opened);
    const demo::DemoGenerator generator(11);
    QList<Dossier> dossiers;
    for (int index = 0; index < orders; ++index) {
        dossiers.append(generator.dossier(index, m_session->today(), demo::RenderMode::Bulk));
    }
    // Demo orders, as the desk's demo store: a training store, where the training operator may act.
    REQUIRE(m_session->database().markTraining().ok());
    REQUIRE(m_session->orders().insertDossiers(dossiers).ok());
    emit m_session->ordersReset();
}

LockFixture::~LockFixture()
{
    closeWindow();
    m_session.reset();
    if (m_previousConf) {
        qputenv("SOFTHSM2_CONF", *m_previousConf);
    } else {
        qunsetenv("SOFTHSM2_CONF");
    }
}

LoginSetup LockFixture::loginSetup(const QString& modulePath) const
{
    const identity::LoginConfig config = identity::LoginConfig::training(trainingDir());
    auto anchors = config.loadAnchors();
    auto roles = config.loadRoles();
    REQUIRE(anchors.ok());
    REQUIRE(roles.ok());
    auto sharedAnchors = std::make_shared<const identity::TrustAnchors>(std::move(*anchors));
    auto sharedRoles = std::make_shared<const identity::RoleMapping>(std::move(*roles));
    LoginSetup setup;
    setup.modulePaths = {modulePath};
    setup.training = true;
    setup.scanInterval = std::chrono::milliseconds(200);
    setup.policy = [sharedAnchors, sharedRoles] {
        return identity::LoginPolicy{*sharedAnchors, *sharedRoles, QDateTime::currentDateTimeUtc()};
    };
    return setup;
}

MainWindow& LockFixture::openWindow(const QString& modulePath)
{
    closeWindow();
    m_modulePath = modulePath;
    m_window = std::make_unique<MainWindow>(*m_session, true, loginSetup(modulePath));
    m_window->resize(1200, 800);
    m_window->show();
    REQUIRE(QTest::qWaitForWindowExposed(m_window.get()));
    REQUIRE_EVENTUALLY(!m_window->loginPage()->tokenUris().isEmpty() && !m_window->loginPage()->isBusy());
    return *m_window;
}

void LockFixture::closeWindow()
{
    if (m_window) {
        m_window->close();
        m_window.reset();
        // The last login's log-out and listings end before the next test provisions SoftHSM again.
        tokenThread()->waitForDone();
    }
}

QString LockFixture::tokenUri(const char* label) const
{
    const QString wanted = QString::fromLatin1(label);
    for (const QString& uri : m_window->loginPage()->tokenUris()) {
        auto parsed = token::Pkcs11Uri::parse(uri);
        if (parsed && parsed->token == wanted) {
            return uri;
        }
    }
    FAIL("token " << label << " is not listed on the lock screen");
    return {};
}

void LockFixture::typePin(const char* pin, const char* label)
{
    LoginPage* page = m_window->loginPage();
    REQUIRE(page->selectToken(tokenUri(label)));
    page->pinEdit()->setFocus();
    QTest::keyClicks(page->pinEdit(), QString::fromLatin1(pin));
    QTest::keyClick(page->pinEdit(), Qt::Key_Return);
}

void LockFixture::waitForAnswer()
{
    LoginPage* page = m_window->loginPage();
    REQUIRE_EVENTUALLY(!page->isBusy() || page->openQuestion() != nullptr);
}

void LockFixture::unlock(const char* pin, const char* label)
{
    typePin(pin, label);
    const bool opened = QTest::qWaitFor([this] { return !m_window->isLocked(); }, 15000);
    INFO(m_window->loginPage()->errorText().toStdString());
    REQUIRE(opened);
}

void LockFixture::removeToken(const char* label)
{
    // SOFTHSM2_CONF points at the training folder's configuration (the provisioning set it).
    token::test::run(u"softhsm2-util"_s, {u"--delete-token"_s, u"--token"_s, QString::fromLatin1(label)});
}

} // namespace guichet::ui::test
