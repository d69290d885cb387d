// Screenshots of the page on realistic demo orders, to look at as an operator would:
//   tests_ui_order "[screenshot]"   writes /tmp/order-page-*.png (hidden from the default run).

#include "demo/demo_generator.h"
#include "order/document_list.h"
#include "order/notification_dialog.h"
#include "page_fixture.h"

#include <QDir>

using namespace guichet;
using namespace guichet::testing;
using namespace Qt::StringLiterals;

namespace {

int firstIndex(const demo::DemoGenerator& generator, demo::Scenario scenario)
{
    for (int index = 0; index < demo::mixBlockSize; ++index) {
        if (generator.scenario(index) == scenario) {
            return index;
        }
    }
    FAIL("no such scenario in the first block");
    return -1;
}

void shoot(PageFixture& f, const demo::DemoGenerator& generator, demo::Scenario scenario, DocumentKind shown,
           const QString& name)
{
    const qint64 id =
        f.import(generator.dossier(firstIndex(generator, scenario), f.today(), demo::RenderMode::Full));
    f.page->setOrder(id);
    f.page->showDocument(shown);
    QTest::qWait(200); // let the viewer lay its pages out
    const QString path = QDir::temp().filePath(u"order-page-"_s + name + u".png"_s);
    REQUIRE(f.page->grab().save(path));
    WARN("screenshot: " << path.toStdString());
}

} // namespace

TEST_CASE("Screenshots of the order page", "[.screenshot]")
{
    PageFixture f;
    const demo::DemoGenerator generator(20261121);
    shoot(f, generator, demo::Scenario::ToVerify, DocumentKind::HolderId, u"verification"_s);
    shoot(f, generator, demo::Scenario::MissingDocument, DocumentKind::KbisExtract, u"missing-document"_s);
    f.page->openNotificationDialog();
    ui::NotificationDialog* dialog = nullptr;
    REQUIRE_EVENTUALLY((dialog = f.page->findChild<ui::NotificationDialog*>()) && dialog->isVisible());
    REQUIRE(dialog->grab().save(QDir::temp().filePath(u"order-page-notification.png"_s)));
    dialog->reject();
    shoot(f, generator, demo::Scenario::LandlineOtp, DocumentKind::HolderId, u"landline-otp"_s);
    shoot(f, generator, demo::Scenario::Validated, DocumentKind::SubscriptionContract, u"validated"_s);
}
