// The desk's delivery page, end to end on real tokens: the training folder's AED logged in at the
// desk, the holder's token on SoftHSM's spare blank slot, the training CA issuing, the store the
// desk's own.

#include "delivery/delivery_page.h"
#include "delivery/token_preparation.h"
#include "enrol/issuer.h"
#include "enrol/training.h"
#include "lock_fixture.h"
#include "login/desk_lock.h"
#include "login/pin_edit.h"
#include "sample_order.h"
#include "store/order_store.h"
#include "token/pkcs11_module.h"
#include "token/token_session.h"
#include "translations/translations.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <catch2/catch.hpp>
#include <stdexcept>

using namespace Qt::StringLiterals;
using guichet::ui::DeliveryPage;

namespace guichet::ui::test {
namespace {

constexpr char aedToken[] = "GUICHET FORMATION 2";
const QString softHsm = u"/usr/lib/softhsm/libsofthsm2.so"_s;

/// The desk with Camille Martin (AEA) and Dominique Bernard (AED), the AED logged in, and the sample
/// order validated (phase Génération du certificat) in the desk's store.
struct DeliveryDesk
{
    LockFixture fixture{false, 1};
    qint64 orderId = 0;
    QStringList opened;

    DeliveryDesk()
    {
        enrol::TrainingOptions aed;
        aed.mode = enrol::TrainingMode::AddOperator;
        aed.role = Role::DelegatedOperator;
        aed.operatorName = QString::fromUtf8(enrol::defaultSecondTrainingOperator);
        auto added = enrol::provisionTraining(fixture.trainingDir(), std::move(aed));
        INFO((added.ok() ? QString() : added.error().toString()).toStdString());
        REQUIRE(added.ok());
        REQUIRE(added->tokenLabel == QString::fromLatin1(aedToken));

        Dossier dossier = testing::sampleDossier(fixture.session().today());
        dossier.order.phase = Phase::Generation;
        auto id = fixture.session().orders().insertDossier(dossier);
        REQUIRE(id.ok());
        orderId = *id;

        fixture.openWindow();
        fixture.unlock(trainingPin, aedToken);
        REQUIRE(fixture.window().deskLock()->operatorSession());
        REQUIRE(fixture.window().deskLock()->operatorSession()->who().may(Permission::DeliverCertificate));
    }

    DeliverySetup setup()
    {
        DeliverySetup result = DeliverySetup::forTraining(
            fixture.trainingDir(), {softHsm}, QDir(fixture.trainingDir()).filePath(u"../deliveries"_s));
        result.openFile = [this](const QString& path) {
            opened.append(path);
        };
        return result;
    }

    std::unique_ptr<DeliveryPage> page()
    {
        auto result = std::make_unique<DeliveryPage>(
            fixture.session(), fixture.window().deskLock()->operatorSession(), setup(), orderId);
        result->resize(1000, 640);
        result->show();
        REQUIRE(QTest::qWaitForWindowExposed(result.get()));
        REQUIRE_EVENTUALLY(!result->isBusy());
        INFO(result->messageText().toStdString());
        REQUIRE(result->blockedText().isEmpty());
        return result;
    }

    Order order()
    {
        auto loaded = fixture.session().order(orderId);
        REQUIRE(loaded.ok());
        return *loaded;
    }
};

/// Types the holder's ID card's MRZ as a keyboard-wedge scanner does (line, Enter), attests the face.
void typeCard(DeliveryPage& page, const Order& order, const QString& surname)
{
    const QStringList mrz = testing::td1Mrz(u"X4RTBPFW4"_s, surname, order.holder.givenNames,
                                            order.holder.birthDate, u'F', QDate(2032, 5, 31));
    page.mrz()->setFocus();
    for (const QString& line : mrz) {
        QTest::keyClicks(page.mrz(), line);
        QTest::keyClick(page.mrz(), Qt::Key_Return);
    }
    page.faceMatches()->setFocus();
    QTest::keyClick(page.faceMatches(), Qt::Key_Space);
    REQUIRE(page.faceMatches()->isChecked());
    REQUIRE(page.checkIdentityButton()->isEnabled());
    QTest::mouseClick(page.checkIdentityButton(), Qt::LeftButton);
}

bool isPdf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(5) == "%PDF-";
}

} // namespace

TEST_CASE("The delivery page delivers a validated order onto the blank token, with its sheet and receipt",
          "[ui_delivery]")
{
    DeliveryDesk desk;
    QSignalSpy changed(&desk.fixture.session(), &DeskSession::orderChanged);
    auto page = desk.page();
    const Order order = desk.order();
    REQUIRE(page->currentStep() == DeliveryPage::IdentityStep);

    typeCard(*page, order, order.holder.surname);
    REQUIRE_EVENTUALLY(!page->isBusy());
    INFO(page->messageText().toStdString());
    REQUIRE(page->currentStep() == DeliveryPage::SheetStep);
    REQUIRE(isPdf(page->sheetPath()));
    REQUIRE(page->sheetPath().contains(order.number));
    REQUIRE_FALSE(page->sheetContinueButton()->isEnabled());
    page->sheetSigned()->setChecked(true);
    QTest::mouseClick(page->sheetContinueButton(), Qt::LeftButton);

    REQUIRE_EVENTUALLY(page->currentStep() == DeliveryPage::TokenStep && !page->isBusy() &&
                       page->tokenList()->count() > 0);
    // The operator's token is never offered; the AEA's (initialised) is listed but cannot be chosen.
    const QString operatorUri = desk.fixture.window().deskLock()->operatorSession()->tokenUri().toString();
    REQUIRE_FALSE(page->holderTokenUris().contains(operatorUri));
    REQUIRE(page->tokenList()->currentItem() != nullptr);
    REQUIRE(page->tokenList()->currentItem()->text().contains(u"slot"_s));

    page->pinEdit()->setFocus();
    QTest::keyClicks(page->pinEdit(), u"24681357"_s);
    QTest::keyClick(page->pinEdit(), Qt::Key_Return); // on to the confirmation
    QTest::keyClicks(page->pinConfirmation(), u"24681357"_s);
    QTest::keyClick(page->pinConfirmation(), Qt::Key_Return); // prepares the token

    REQUIRE(QTest::qWaitFor(
        [&] { return page->currentStep() == DeliveryPage::DoneStep || page->resumeButton()->isEnabled(); },
        120000));
    INFO(page->messageText().toStdString());
    REQUIRE(page->currentStep() == DeliveryPage::DoneStep);
    REQUIRE(desk.order().phase == Phase::Delivered);
    REQUIRE(changed.count() >= 1);
    REQUIRE(isPdf(page->receiptPath()));
    REQUIRE(QFileInfo(page->receiptPath()).dir() == QFileInfo(page->sheetPath()).dir());

    // The certificate is on the holder's token, beside its key.
    auto module = token::Pkcs11Module::open(softHsm);
    REQUIRE(module.ok());
    auto slotList = (*module)->listSlots();
    REQUIRE(slotList.ok());
    const QString label = delivery::TokenPreparation::labelFor(order.holder);
    bool found = false;
    for (const auto& slot : *slotList) {
        if (slot.token && slot.token->label == label) {
            auto session = (*module)->openSession(slot.token->uri());
            REQUIRE(session.ok());
            auto certificates = session->certificates();
            REQUIRE(certificates.ok());
            REQUIRE(certificates->size() == 1);
            found = true;
        }
    }
    REQUIRE(found);
    page.reset();
}

/// The training CA, but the first request fails as an unreachable CA would.
class FailingOnceIssuer final : public enrol::Issuer
{
public:
    FailingOnceIssuer(std::unique_ptr<enrol::Issuer> inner, std::shared_ptr<int> calls)
        : m_inner(std::move(inner)), m_calls(std::move(calls))
    {}

    Result<enrol::IssuedCertificate> issue(const enrol::IssuanceRequest& request) override
    {
        if ((*m_calls)++ == 0) {
            return Error{u"The CA did not answer (test)."_s, {}};
        }
        return m_inner->issue(request);
    }
    QString description() const override { return m_inner->description(); }

private:
    std::unique_ptr<enrol::Issuer> m_inner;
    std::shared_ptr<int> m_calls;
};

/// The holder's token (labelled for `order`'s holder), logged in with `pin`.
token::TokenSession holderSession(const std::shared_ptr<token::Pkcs11Module>& module, const Order& order,
                                  const char* pin)
{
    auto slotList = module->listSlots();
    REQUIRE(slotList.ok());
    const QString label = delivery::TokenPreparation::labelFor(order.holder);
    for (const auto& slot : *slotList) {
        if (slot.token && slot.token->label == label) {
            auto session = module->openSession(slot.token->uri());
            REQUIRE(session.ok());
            REQUIRE(session->login(token::Pin::fromUtf8(pin)).ok());
            return *session;
        }
    }
    FAIL("the holder's token is not found");
    throw std::logic_error("unreachable");
}

TEST_CASE("A delivery reopened after the token was prepared asks the holder's PIN, then resumes",
          "[ui_delivery]")
{
    DeliveryDesk desk;
    DeliverySetup setup = desk.setup();
    auto calls = std::make_shared<int>(0);
    setup.issuer = [inner = setup.issuer, calls]() -> Result<std::unique_ptr<enrol::Issuer>> {
        auto issuer = inner();
        if (!issuer) {
            return issuer.error();
        }
        return std::unique_ptr<enrol::Issuer>(std::make_unique<FailingOnceIssuer>(std::move(*issuer), calls));
    };
    auto openPage = [&] {
        auto result = std::make_unique<DeliveryPage>(
            desk.fixture.session(), desk.fixture.window().deskLock()->operatorSession(), setup, desk.orderId);
        result->resize(1000, 640);
        result->show();
        REQUIRE(QTest::qWaitForWindowExposed(result.get()));
        REQUIRE_EVENTUALLY(!result->isBusy());
        INFO(result->messageText().toStdString());
        REQUIRE(result->blockedText().isEmpty());
        return result;
    };
    const Order order = desk.order();

    // The first page stops at the certificate: the CA did not answer.
    auto page = openPage();
    REQUIRE_FALSE(page->needsHolderPin());
    typeCard(*page, order, order.holder.surname);
    REQUIRE_EVENTUALLY(page->currentStep() == DeliveryPage::SheetStep && !page->isBusy());
    page->sheetSigned()->setChecked(true);
    QTest::mouseClick(page->sheetContinueButton(), Qt::LeftButton);
    REQUIRE_EVENTUALLY(page->currentStep() == DeliveryPage::TokenStep && !page->isBusy() &&
                       page->tokenList()->count() > 0);
    QTest::keyClicks(page->pinEdit(), u"24681357"_s);
    QTest::keyClicks(page->pinConfirmation(), u"24681357"_s);
    QTest::mouseClick(page->prepareTokenButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor(
        [&] { return page->currentStep() == DeliveryPage::DoneStep || page->resumeButton()->isEnabled(); },
        120000));
    INFO(page->messageText().toStdString());
    REQUIRE(page->currentStep() == DeliveryPage::CertificateStep);
    REQUIRE(page->messageText().contains(u"The CA did not answer (test)."_s));
    REQUIRE(*calls == 1);
    REQUIRE_FALSE(page->needsHolderPin()); // this page still holds the holder's login
    page.reset();
    REQUIRE(desk.order().phase == Phase::Generation);

    // A new page on the same order: where it stopped, and the holder's PIN.
    page = openPage();
    REQUIRE(page->currentStep() == DeliveryPage::CertificateStep);
    REQUIRE(page->needsHolderPin());
    REQUIRE(page->resumePinEdit()->isVisible());
    REQUIRE(page->resumePinEdit()->isEnabled());
    REQUIRE(page->messageText().contains(u"certificate"_s, Qt::CaseInsensitive));
    REQUIRE(page->messageText().contains(delivery::TokenPreparation::labelFor(order.holder)));
    REQUIRE_FALSE(page->resumeButton()->isEnabled()); // no PIN typed yet
    REQUIRE_FALSE(page->cleanButton()->isEnabled());

    // A wrong PIN is refused with core's message; the holder tries again.
    page->resumePinEdit()->setFocus();
    QTest::keyClicks(page->resumePinEdit(), u"11112222"_s);
    REQUIRE(page->resumeButton()->isEnabled());
    REQUIRE(page->cleanButton()->isEnabled()); // "Clean the token and start again" stays reachable
    QTest::mouseClick(page->resumeButton(), Qt::LeftButton);
    REQUIRE_EVENTUALLY(!page->isBusy());
    INFO(page->messageText().toStdString());
    REQUIRE(page->messageText().contains(u"PIN"_s));
    REQUIRE(page->needsHolderPin());
    REQUIRE(page->resumePinEdit()->isEmpty());
    REQUIRE(*calls == 1); // nothing was asked of the CA
    REQUIRE(desk.order().phase == Phase::Generation);

    // The right PIN resumes: issuance, writing, record.
    QTest::keyClicks(page->resumePinEdit(), u"24681357"_s);
    QTest::keyClick(page->resumePinEdit(), Qt::Key_Return);
    REQUIRE(QTest::qWaitFor(
        [&] {
            return page->currentStep() == DeliveryPage::DoneStep ||
                   (!page->isBusy() && page->resumeButton()->isEnabled());
        },
        120000));
    INFO(page->messageText().toStdString());
    REQUIRE(page->currentStep() == DeliveryPage::DoneStep);
    REQUIRE_FALSE(page->needsHolderPin());
    REQUIRE(*calls == 2);
    REQUIRE(desk.order().phase == Phase::Delivered);
    page.reset();

    // Exactly one key and one certificate on the holder's token.
    auto module = token::Pkcs11Module::open(softHsm);
    REQUIRE(module.ok());
    token::TokenSession holder = holderSession(*module, order, "24681357");
    auto keys = holder.privateKeys();
    REQUIRE(keys.ok());
    REQUIRE(keys->size() == 1);
    auto certificates = holder.certificates();
    REQUIRE(certificates.ok());
    REQUIRE(certificates->size() == 1);
}

TEST_CASE("An identity that does not match the dossier stops the delivery at the first step", "[ui_delivery]")
{
    DeliveryDesk desk;
    auto page = desk.page();
    const Order order = desk.order();
    typeCard(*page, order, u"DURAND"_s);
    REQUIRE_EVENTUALLY(!page->isBusy());
    REQUIRE(page->currentStep() == DeliveryPage::IdentityStep);
    REQUIRE(page->messageText().contains(u"DURAND"_s));
    REQUIRE(page->sheetPath().isEmpty());
    REQUIRE(desk.order().phase == Phase::Generation);
}

TEST_CASE("Without a CA the page says so before anything starts", "[ui_delivery]")
{
    DeliveryDesk desk;
    DeliverySetup setup = desk.setup();
    setup.issuer = nullptr;
    DeliveryPage page(desk.fixture.session(), desk.fixture.window().deskLock()->operatorSession(), setup,
                      desk.orderId);
    REQUIRE(page.blockedText() == u"No CA is configured for issuance: see docs/issuance.md"_s);
    REQUIRE_FALSE(page.checkIdentityButton()->isEnabled());
}

} // namespace guichet::ui::test

namespace guichet::ui::test {

TEST_CASE("The desk offers the face-to-face delivery of a validated order to an operator who may deliver",
          "[ui_delivery]")
{
    DeliveryDesk desk;
    MainWindow& window = desk.fixture.window();
    window.setDeliverySetup(desk.setup());
    QAction* deliver = window.deliverAction();
    REQUIRE(deliver != nullptr);
    REQUIRE_FALSE(deliver->isEnabled()); // no order open
    window.openOrder(desk.orderId);
    REQUIRE_EVENTUALLY(deliver->isEnabled());
    deliver->trigger();
    DeliveryPage* page = window.deliveryPage();
    if (page == nullptr) {
        FAIL("no delivery page opened");
        return;
    }
    REQUIRE(window.tabs()->currentWidget() == page);
    REQUIRE_EVENTUALLY(!page->isBusy());
    const QString blocked = page->blockedText();
    REQUIRE(blocked.isEmpty());
    REQUIRE(page->currentStep() == DeliveryPage::IdentityStep);

    // Locking takes the operator away: nothing may be delivered behind the lock.
    window.lockAction()->trigger();
    REQUIRE_EVENTUALLY(window.isLocked());
    REQUIRE_FALSE(deliver->isEnabled());
}

} // namespace guichet::ui::test

namespace guichet::ui::test {

// Not a check: with GUICHET_DELIVERY_SCREENSHOTS=<docs/screenshots> set, draws each step of a
// delivery in English and French into <dir>/{en,fr}/delivery-*.png.
TEST_CASE("Delivery page screenshots", "[.screenshots]")
{
    const QString root = qEnvironmentVariable("GUICHET_DELIVERY_SCREENSHOTS");
    REQUIRE_FALSE(root.isEmpty());
    const QString language = qEnvironmentVariable("GUICHET_DELIVERY_LANGUAGE", u"en"_s);
    installTranslations(*QCoreApplication::instance(), language);
    const QDir directory(QDir(root).filePath(language));
    REQUIRE(QDir().mkpath(directory.path()));
    DeliveryDesk desk;
    auto page = desk.page();
    page->resize(1000, 600);
    const Order order = desk.order();
    auto save = [&](const char* name) {
        QTest::qWait(50);
        REQUIRE(page->grab().save(directory.filePath(QString::fromLatin1(name))));
    };
    save("delivery-identity.png");
    typeCard(*page, order, u"DURAND"_s);
    REQUIRE_EVENTUALLY(!page->isBusy());
    save("delivery-identity-mismatch.png");
    page->mrz()->clear();
    page->faceMatches()->setChecked(false);
    typeCard(*page, order, order.holder.surname);
    REQUIRE_EVENTUALLY(page->currentStep() == DeliveryPage::SheetStep && !page->isBusy());
    save("delivery-sheet.png");
    page->sheetSigned()->setChecked(true);
    QTest::mouseClick(page->sheetContinueButton(), Qt::LeftButton);
    REQUIRE_EVENTUALLY(page->currentStep() == DeliveryPage::TokenStep && !page->isBusy() &&
                       page->tokenList()->count() > 0);
    QTest::keyClicks(page->pinEdit(), u"24681357"_s);
    QTest::keyClicks(page->pinConfirmation(), u"24681357"_s);
    save("delivery-token.png");
    QTest::mouseClick(page->prepareTokenButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return page->currentStep() == DeliveryPage::CertificateStep; }, 30000));
    save("delivery-certificate.png");
    REQUIRE(QTest::qWaitFor([&] { return page->currentStep() == DeliveryPage::DoneStep; }, 120000));
    save("delivery-done.png");
}

} // namespace guichet::ui::test
