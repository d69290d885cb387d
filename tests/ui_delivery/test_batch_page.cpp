// The desk's batch page for a certification agent, end to end on real tokens: the training folder's
// AED logged in at the desk, one blank SoftHSM token per holder (SoftHSM offers a new spare slot once
// one is initialised), the training CA issuing EC P-256 keys' certificates, the PIN letters painted
// into PDFs by the print hook, the store the desk's own.

#include "delivery/batch_page.h"
#include "delivery/token_preparation.h"
#include "enrol/training.h"
#include "lock_fixture.h"
#include "login/desk_lock.h"
#include "sample_order.h"
#include "softhsm_fixture.h"
#include "store/order_store.h"
#include "token/pkcs11_module.h"
#include "token/token_session.h"
#include "translations/translations.h"

#include <QAction>
#include <QBuffer>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using guichet::ui::BatchDeliveryPage;
using guichet::ui::BatchHolder;

namespace guichet::ui::test {
namespace {

constexpr char aedToken[] = "GUICHET FORMATION 2";
const QString softHsm = u"/usr/lib/softhsm/libsofthsm2.so"_s;
constexpr int deliveryTimeout = 120000;

/// The desk with the AED logged in, and orders awaiting delivery in its store: `holders` orders that
/// Bérénice Le Bihan collects (a day apart, the oldest first), one order another agent collects, and
/// one the holder collects.
struct BatchDesk
{
    LockFixture fixture{false, 1};
    QList<qint64> agentOrders;
    qint64 otherAgentOrder = 0;
    qint64 holderOrder = 0;
    CertificationAgent agent;
    QList<QByteArray> letters; ///< the PIN letters painted by the print hook
    QStringList opened;

    explicit BatchDesk(int holders = 2, int brokenHolder = -1)
    {
        enrol::TrainingOptions aed;
        aed.mode = enrol::TrainingMode::AddOperator;
        aed.role = Role::DelegatedOperator;
        aed.operatorName = QString::fromUtf8(enrol::defaultSecondTrainingOperator);
        auto added = enrol::provisionTraining(fixture.trainingDir(), std::move(aed));
        INFO((added.ok() ? QString() : added.error().toString()).toStdString());
        REQUIRE(added.ok());
        REQUIRE(added->tokenLabel == QString::fromLatin1(aedToken));

        const QDate today = fixture.session().today();
        const QStringList givenNames{u"Hélène"_s, u"Marc"_s, u"Inès"_s};
        const QStringList surnames{u"Lefèvre"_s, u"Dubois"_s, u"Garnier"_s};
        const QStringList emails{u"helene.lefevre@acme-signature.fr"_s, u"marc.dubois@acme-signature.fr"_s,
                                 u"ines.garnier@acme-signature.fr"_s};
        for (int index = 0; index < holders; ++index) {
            Dossier dossier = testing::sampleDossier(today);
            dossier.order = testing::sampleOrderWithAgent(today);
            dossier.order.number = u"CMD-2026-00003%1"_s.arg(index, 2, 10, QChar(u'0'));
            dossier.order.date = today.addDays(-10 + index);
            dossier.order.holder.givenNames = givenNames[index % givenNames.size()];
            dossier.order.holder.surname = surnames[index % surnames.size()];
            dossier.order.holder.email = emails[index % emails.size()];
            if (index == brokenHolder) {
                dossier.order.holder.email.clear(); // no subject can be made: refused when opened
            }
            agent = *dossier.order.agent;
            agentOrders.append(insert(dossier));
        }
        Dossier other = testing::sampleDossier(today);
        other.order = testing::sampleOrderWithAgent(today);
        other.order.number = u"CMD-2026-0000390"_s;
        other.order.agent->surname = u"Morel"_s;
        other.order.agent->givenNames = u"Paul"_s;
        other.order.agent->email = u"p.morel@acme-signature.fr"_s;
        otherAgentOrder = insert(other);
        Dossier own = testing::sampleDossier(today);
        own.order.number = u"CMD-2026-0000391"_s;
        holderOrder = insert(own);

        fixture.openWindow();
        fixture.unlock(trainingPin, aedToken);
        REQUIRE(fixture.window().deskLock()->operatorSession());
    }

    qint64 insert(Dossier dossier)
    {
        dossier.order.phase = Phase::Generation;
        auto id = fixture.session().orders().insertDossier(dossier);
        INFO((id.ok() ? QString() : id.error().toString()).toStdString());
        REQUIRE(id.ok());
        return *id;
    }

    DeliverySetup setup()
    {
        DeliverySetup result = DeliverySetup::forTraining(
            fixture.trainingDir(), {softHsm}, QDir(fixture.trainingDir()).filePath(u"../deliveries"_s));
        // EC keys: their public half is visible without the holder's (generated) PIN.
        result.keyAlgorithm = enrol::KeyAlgorithm::EcP256;
        result.openFile = [this](const QString& path) {
            opened.append(path);
        };
        result.printPinLetter = [this](const std::function<Status(QPagedPaintDevice&)>& paint) -> Status {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            {
                QPdfWriter writer(&buffer);
                if (Status painted = paint(writer); !painted) {
                    return painted;
                }
            }
            letters.append(buffer.data());
            return {};
        };
        return result;
    }

    std::unique_ptr<BatchDeliveryPage> page(qint64 orderId = 0)
    {
        auto result = std::make_unique<BatchDeliveryPage>(
            fixture.session(), fixture.window().deskLock()->operatorSession(), setup(), orderId);
        result->resize(1000, 700);
        result->show();
        REQUIRE(QTest::qWaitForWindowExposed(result.get()));
        REQUIRE_EVENTUALLY(!result->isBusy());
        INFO(result->messageText().toStdString());
        REQUIRE(result->blockedText().isEmpty());
        return result;
    }

    Order order(qint64 id)
    {
        auto loaded = fixture.session().order(id);
        REQUIRE(loaded.ok());
        return *loaded;
    }
};

/// Chooses the agent whose line names `surname` in the list, with the keyboard.
void chooseAgent(BatchDeliveryPage& page, const QString& surname)
{
    for (int row = 0; row < page.agentList()->count(); ++row) {
        if (page.agentList()->item(row)->text().contains(surname)) {
            page.agentList()->setCurrentRow(row);
        }
    }
    REQUIRE(page.agentList()->currentItem() != nullptr);
    REQUIRE(page.agentList()->currentItem()->text().contains(surname));
    page.agentList()->setFocus();
    QTest::keyClick(page.agentList(), Qt::Key_Return);
    REQUIRE(page.currentStep() == BatchDeliveryPage::IdentityStep);
}

/// Types the agent's ID card's MRZ as a keyboard-wedge scanner does (line, Enter), attests the face,
/// checks.
void typeAgentCard(BatchDeliveryPage& page, const CertificationAgent& agent, const QString& surname)
{
    const QStringList mrz =
        testing::frenchIdCardMrz(u"131206912345"_s, surname, agent.givenNames, agent.birthDate, u'F');
    page.mrz()->clear();
    page.mrz()->setFocus();
    for (const QString& line : mrz) {
        QTest::keyClicks(page.mrz(), line);
        QTest::keyClick(page.mrz(), Qt::Key_Return);
    }
    page.faceMatches()->setChecked(false);
    page.faceMatches()->setFocus();
    QTest::keyClick(page.faceMatches(), Qt::Key_Space);
    REQUIRE(page.faceMatches()->isChecked());
    REQUIRE(page.checkIdentityButton()->isEnabled());
    QTest::mouseClick(page.checkIdentityButton(), Qt::LeftButton);
    REQUIRE_EVENTUALLY(!page.isBusy());
}

/// Records the signed sheets and waits until the first holder's token is asked for.
void signSheets(BatchDeliveryPage& page)
{
    REQUIRE(page.currentStep() == BatchDeliveryPage::SheetStep);
    REQUIRE_FALSE(page.sheetsContinueButton()->isEnabled());
    page.sheetsSigned()->setChecked(true);
    QTest::mouseClick(page.sheetsContinueButton(), Qt::LeftButton);
}

/// Waits until the page asks for `orderId`'s token with a blank one chosen, or the batch ends.
void waitForToken(BatchDeliveryPage& page, qint64 orderId)
{
    REQUIRE(QTest::qWaitFor(
        [&] {
            return !page.isBusy() &&
                   (page.currentStep() == BatchDeliveryPage::SummaryStep ||
                    (page.currentOrderId() == orderId && page.deliverButton()->isEnabled()));
        },
        deliveryTimeout));
    INFO(page.messageText().toStdString());
    REQUIRE(page.currentOrderId() == orderId);
}

void waitForSummary(BatchDeliveryPage& page)
{
    REQUIRE(QTest::qWaitFor(
        [&] { return !page.isBusy() && page.currentStep() == BatchDeliveryPage::SummaryStep; },
        deliveryTimeout));
}

BatchHolder holderOf(const BatchDeliveryPage& page, qint64 orderId)
{
    for (const BatchHolder& holder : page.holders()) {
        if (holder.orderId == orderId) {
            return holder;
        }
    }
    FAIL("order not in the batch");
    return {};
}

bool isPdf(const QByteArray& bytes)
{
    return bytes.startsWith("%PDF-") && bytes.contains("%%EOF");
}

bool isPdfFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && isPdf(file.readAll());
}

/// The certificates on the holder's token (public objects: no PIN needed).
QList<token::TokenCertificate> holderCertificates(const Order& order)
{
    auto module = token::Pkcs11Module::open(softHsm);
    REQUIRE(module.ok());
    auto slotList = (*module)->listSlots();
    REQUIRE(slotList.ok());
    const QString label = delivery::TokenPreparation::labelFor(order.holder);
    for (const auto& slot : *slotList) {
        if (slot.token && slot.token->label == label) {
            auto session = (*module)->openSession(slot.token->uri());
            REQUIRE(session.ok());
            auto certificates = session->certificates();
            REQUIRE(certificates.ok());
            return *certificates;
        }
    }
    FAIL("no token labelled " << label.toStdString());
    return {};
}

/// The public objects of the token labelled `label`, as pkcs11-tool lists them.
QString publicObjects(const QString& label)
{
    QProcess tool;
    tool.start(u"pkcs11-tool"_s, {u"--module"_s, softHsm, u"--token-label"_s, label, u"-O"_s});
    REQUIRE(tool.waitForFinished(30000));
    return QString::fromUtf8(tool.readAllStandardOutput());
}

} // namespace

TEST_CASE("An agent's two orders are delivered in one batch, each onto its holder's own token",
          "[ui_delivery][batch]")
{
    BatchDesk desk;
    QSignalSpy changed(&desk.fixture.session(), &DeskSession::orderChanged);
    // Opened from the agent's first order: that agent is chosen first.
    auto page = desk.page(desk.agentOrders.first());
    REQUIRE(page->currentStep() == BatchDeliveryPage::AgentStep);
    REQUIRE(page->agentList()->count() == 2); // Le Bihan and Morel; the holder's own order is not a batch
    REQUIRE(page->agentList()->currentItem()->text().contains(u"Le Bihan"_s));
    REQUIRE(page->agentList()->currentItem()->text().contains(u"2"_s));
    REQUIRE(page->orderList()->topLevelItemCount() == 2);
    chooseAgent(*page, u"Le Bihan"_s);
    REQUIRE(page->holders().size() == 2);
    REQUIRE(page->holders()[0].orderId == desk.agentOrders[0]);

    typeAgentCard(*page, desk.agent, desk.agent.surname);
    INFO(page->messageText().toStdString());
    REQUIRE(page->currentStep() == BatchDeliveryPage::SheetStep);
    for (const BatchHolder& holder : page->holders()) {
        REQUIRE(holder.state == BatchHolder::State::Ready);
        REQUIRE(holder.sheetPath.contains(holder.orderNumber));
        REQUIRE(isPdfFile(holder.sheetPath));
    }
    signSheets(*page);

    for (qint64 orderId : desk.agentOrders) {
        waitForToken(*page, orderId);
        REQUIRE(page->tokenList()->currentItem()->text().contains(u"slot"_s));
        QTest::keyClick(page->tokenList(), Qt::Key_Return); // delivers onto the chosen token
    }
    waitForSummary(*page);
    INFO(page->summaryText().toStdString());
    REQUIRE(page->summaryText().contains(u"Delivered 2 of 2"_s));
    REQUIRE(page->progressBar()->value() == 2);
    REQUIRE(page->progressBar()->maximum() == 2);
    REQUIRE(changed.count() >= 2);

    // Both PIN letters went to the printer hook, as PDFs.
    REQUIRE(desk.letters.size() == 2);
    for (const QByteArray& letter : desk.letters) {
        REQUIRE(isPdf(letter));
    }
    QSet<QString> labels;
    for (qint64 orderId : desk.agentOrders) {
        const Order order = desk.order(orderId);
        REQUIRE(order.phase == Phase::Delivered);
        const BatchHolder holder = holderOf(*page, orderId);
        REQUIRE(holder.state == BatchHolder::State::Delivered);
        REQUIRE(holder.pinLetterPrinted);
        REQUIRE(isPdfFile(holder.receiptPath));
        REQUIRE(QFileInfo(holder.receiptPath).dir() == QFileInfo(holder.sheetPath).dir());

        // The holder's own token: its certificate beside its key, under the same CKA_ID.
        const QString label = delivery::TokenPreparation::labelFor(order.holder);
        labels.insert(label);
        const QList<token::TokenCertificate> certificates = holderCertificates(order);
        REQUIRE(certificates.size() == 1);
        const QString id = QString::fromLatin1(certificates.first().object.id.toHex());
        REQUIRE_FALSE(id.isEmpty());
        const QString listing = publicObjects(label);
        INFO(listing.toStdString());
        REQUIRE(listing.contains(u"Public Key Object"_s));
        REQUIRE(listing.contains(u"Certificate Object"_s));
        REQUIRE(listing.count(QRegularExpression(u"ID:\\s+"_s + id)) == 2); // public key, certificate
    }
    REQUIRE(labels.size() == 2);
    // The others are not the agent's: untouched.
    REQUIRE(desk.order(desk.otherAgentOrder).phase == Phase::Generation);
    REQUIRE(desk.order(desk.holderOrder).phase == Phase::Generation);
    page.reset();
}

TEST_CASE("An agent's ID that does not match refuses the batch with the reason", "[ui_delivery][batch]")
{
    BatchDesk desk;
    auto page = desk.page();
    chooseAgent(*page, u"Le Bihan"_s);
    typeAgentCard(*page, desk.agent, u"DURAND"_s);
    INFO(page->messageText().toStdString());
    REQUIRE(page->currentStep() == BatchDeliveryPage::IdentityStep);
    REQUIRE(page->messageText().contains(u"refused"_s));
    REQUIRE(page->messageText().contains(u"DURAND"_s));
    for (const BatchHolder& holder : page->holders()) {
        REQUIRE(holder.state == BatchHolder::State::Refused);
        REQUIRE(holder.sheetPath.isEmpty());
        REQUIRE(desk.order(holder.orderId).phase == Phase::Generation);
    }
    REQUIRE(desk.letters.isEmpty());

    // The right card, typed again: the batch goes on.
    typeAgentCard(*page, desk.agent, desk.agent.surname);
    INFO(page->messageText().toStdString());
    REQUIRE(page->currentStep() == BatchDeliveryPage::SheetStep);
}

TEST_CASE("A holder whose token is refused or missing, or whose order cannot be certified, stops alone",
          "[ui_delivery][batch]")
{
    BatchDesk desk(3, 1); // the second holder's order cannot be certified
    auto page = desk.page();
    chooseAgent(*page, u"Le Bihan"_s);
    REQUIRE(page->holders().size() == 3);
    typeAgentCard(*page, desk.agent, desk.agent.surname);
    signSheets(*page);

    // The first holder: the chosen token is initialised by another application before Deliver. The
    // page refuses it and asks for another; there is none, so the operator skips the holder.
    waitForToken(*page, desk.agentOrders[0]);
    token::test::initSpareTokenInProcess(softHsm, "SOMEONE ELSE", "11112222");
    QTest::mouseClick(page->deliverButton(), Qt::LeftButton);
    REQUIRE_EVENTUALLY(!page->isBusy());
    INFO(page->messageText().toStdString());
    REQUIRE(page->currentOrderId() == desk.agentOrders[0]);
    REQUIRE(page->messageText().contains(u"skip this holder"_s));
    REQUIRE(holderOf(*page, desk.agentOrders[0]).state == BatchHolder::State::Ready);
    REQUIRE(page->skipButton()->isEnabled());
    QTest::mouseClick(page->skipButton(), Qt::LeftButton);

    // The second: no certificate can be made from its order, so it stopped when the agent's ID was
    // checked, before any token was asked for; the batch goes on without it.

    // The third is delivered.
    waitForToken(*page, desk.agentOrders[2]);
    QTest::mouseClick(page->deliverButton(), Qt::LeftButton);
    waitForSummary(*page);
    INFO(page->summaryText().toStdString());
    REQUIRE(page->summaryText().contains(u"Delivered 1 of 3"_s));
    REQUIRE(page->summaryText().contains(desk.order(desk.agentOrders[0]).number));
    REQUIRE(page->progressBar()->value() == 3);

    const BatchHolder skipped = holderOf(*page, desk.agentOrders[0]);
    REQUIRE(skipped.state == BatchHolder::State::Stopped);
    REQUIRE(skipped.reason.contains(u"Skipped"_s));
    const BatchHolder refused = holderOf(*page, desk.agentOrders[1]);
    REQUIRE(refused.state == BatchHolder::State::Stopped);
    REQUIRE(refused.reason.contains(u"cannot start"_s));
    REQUIRE(refused.receiptPath.isEmpty());
    REQUIRE(holderOf(*page, desk.agentOrders[2]).state == BatchHolder::State::Delivered);
    REQUIRE(desk.order(desk.agentOrders[0]).phase == Phase::Generation);
    REQUIRE(desk.order(desk.agentOrders[1]).phase == Phase::Generation);
    REQUIRE(desk.order(desk.agentOrders[2]).phase == Phase::Delivered);
    // The holder whose token was prepared got their PIN letter, which can be printed again.
    REQUIRE(desk.letters.size() == 1);
    page->orderList()->setCurrentItem(page->orderList()->topLevelItem(2));
    REQUIRE(page->printPinLetterButton()->isEnabled());
    QTest::mouseClick(page->printPinLetterButton(), Qt::LeftButton);
    REQUIRE(desk.letters.size() == 2);
    REQUIRE(isPdf(desk.letters.last()));
    for (int stopped : {0, 1}) { // skipped, refused: no token, no codes
        page->orderList()->setCurrentItem(page->orderList()->topLevelItem(stopped));
        REQUIRE_FALSE(page->printPinLetterButton()->isEnabled());
    }
}

TEST_CASE("Without an operator or a CA the batch page says why before anything starts",
          "[ui_delivery][batch]")
{
    BatchDesk desk(1);
    {
        BatchDeliveryPage page(desk.fixture.session(), nullptr, desk.setup());
        REQUIRE(page.blockedText().contains(u"Nobody is logged in"_s));
        REQUIRE_FALSE(page.chooseAgentButton()->isEnabled());
    }
    DeliverySetup setup = desk.setup();
    setup.issuer = nullptr;
    BatchDeliveryPage page(desk.fixture.session(), desk.fixture.window().deskLock()->operatorSession(),
                           setup);
    REQUIRE(page.blockedText() == u"No CA is configured for issuance: see docs/issuance.md"_s);
    REQUIRE_FALSE(page.chooseAgentButton()->isEnabled());
}

TEST_CASE("The desk opens the agent's batch delivery from the Order menu, for the open order's agent",
          "[ui_delivery][batch]")
{
    BatchDesk desk(1);
    MainWindow& window = desk.fixture.window();
    window.setDeliverySetup(desk.setup());
    QAction* batch = window.batchDeliveryAction();
    REQUIRE(batch != nullptr);
    REQUIRE(batch->objectName() == u"agentBatchDelivery"_s);
    REQUIRE(batch->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    REQUIRE(batch->isEnabled());
    window.openOrder(desk.otherAgentOrder);
    REQUIRE_EVENTUALLY(window.deliverAction()->isEnabled());
    batch->trigger();
    BatchDeliveryPage* page = window.batchDeliveryPage();
    if (page == nullptr) {
        FAIL("no batch page opened");
        return;
    }
    REQUIRE(window.tabs()->currentWidget() == page);
    REQUIRE_EVENTUALLY(!page->isBusy());
    INFO(page->messageText().toStdString());
    REQUIRE(page->blockedText().isEmpty());
    REQUIRE(page->agentList()->currentItem()->text().contains(u"Morel"_s));

    // The one-holder delivery takes the counter: one delivery page at a time.
    window.deliverAction()->trigger();
    REQUIRE(window.batchDeliveryPage() == nullptr);
    const DeliveryPage* single = window.deliveryPage();
    if (single == nullptr) {
        FAIL("no delivery page opened");
        return;
    }
    REQUIRE_EVENTUALLY(!single->isBusy());
    batch->trigger();
    REQUIRE(window.deliveryPage() == nullptr);
    page = window.batchDeliveryPage();
    if (page == nullptr) {
        FAIL("no batch page opened again");
        return;
    }
    REQUIRE_EVENTUALLY(!page->isBusy());

    // Locking takes the operator away: no batch behind the lock.
    window.lockAction()->trigger();
    REQUIRE_EVENTUALLY(window.isLocked());
    REQUIRE_FALSE(batch->isEnabled());
}

// Not a check: with GUICHET_DELIVERY_SCREENSHOTS=<dir> set, draws the batch page mid-batch and at the
// end, in <dir>/<language>/batch-*.png.
TEST_CASE("Batch delivery page screenshots", "[.screenshots]")
{
    const QString root = qEnvironmentVariable("GUICHET_DELIVERY_SCREENSHOTS");
    REQUIRE_FALSE(root.isEmpty());
    const QString language = qEnvironmentVariable("GUICHET_DELIVERY_LANGUAGE", u"en"_s);
    installTranslations(*QCoreApplication::instance(), language);
    const QDir directory(QDir(root).filePath(language));
    REQUIRE(QDir().mkpath(directory.path()));
    BatchDesk desk(3, 1);
    auto page = desk.page();
    page->resize(1000, 700);
    auto save = [&](const char* name) {
        QTest::qWait(50);
        REQUIRE(page->grab().save(directory.filePath(QString::fromLatin1(name))));
    };
    save("batch-agent.png");
    chooseAgent(*page, u"Le Bihan"_s);
    typeAgentCard(*page, desk.agent, desk.agent.surname);
    save("batch-sheets.png");
    signSheets(*page);
    waitForToken(*page, desk.agentOrders[0]);
    QTest::mouseClick(page->deliverButton(), Qt::LeftButton);
    // The second holder's order could not be certified: stopped at the agent's ID, no token asked.
    waitForToken(*page, desk.agentOrders[2]);
    save("batch-tokens.png");
    QTest::mouseClick(page->skipButton(), Qt::LeftButton);
    waitForSummary(*page);
    save("batch-summary.png");
}

} // namespace guichet::ui::test
