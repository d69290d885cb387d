#include "delivery_fixture.h"

#include "audit/verifier.h"
#include "sample_order.h"
#include "store/order_store.h"

#include <QProcess>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace guichet::delivery::test {

DeliveryFixture::DeliveryFixture(const QString& caOrganisation)
    : cmp(caOrganisation), module(token::Pkcs11Module::loaded(token::test::SoftHsm::modulePath()))
{
    REQUIRE(module);
    REQUIRE(dir.isValid());
    auto opened = workflow::Workspace::open(dir.filePath(u"store.sqlite"_s));
    INFO(enrol::test::describe(opened));
    REQUIRE(opened.ok());
    workspace = std::move(*opened);
}

qint64 DeliveryFixture::addValidated(Dossier dossier)
{
    dossier.order.phase = Phase::Generation;
    auto id = workspace->orders().insertDossier(dossier);
    INFO(enrol::test::describe(id));
    REQUIRE(id.ok());
    return *id;
}

DeliveryEnvironment DeliveryFixture::environment(enrol::Issuer& issuer, enrol::KeyAlgorithm algorithm)
{
    const token::TokenKey* operatorKey = &cmp.operatorKey();
    const QByteArray certificate = cmp.operatorCertificate();
    return DeliveryEnvironment{
        workspace->database(),
        workspace->orders(),
        workspace->workflow(),
        actor,
        module,
        operatorKey->object().uri,
        issuer,
        [operatorKey, certificate]() -> Result<enrol::RequestProtection> {
            return enrol::RequestProtection{enrol::OperatorProtection{operatorKey, certificate, {}}};
        },
        algorithm,
        {},
        {},
    };
}

unsigned long DeliveryFixture::blankSlot()
{
    auto slotList = module->listSlots();
    REQUIRE(slotList.ok());
    for (const auto& slot : *slotList) {
        if (slot.token && !slot.token->initialized) {
            return slot.id;
        }
    }
    FAIL("no blank token");
    return 0;
}

rules::PresentedIdentity DeliveryFixture::holderCard(const Order& order)
{
    rules::PresentedIdentity presented;
    presented.mrz = guichet::testing::td1Mrz(u"X4RTBPFW4"_s, order.holder.surname, order.holder.givenNames,
                                             order.holder.birthDate, u'F', QDate(2032, 5, 31));
    presented.faceMatches = true;
    return presented;
}

QByteArray DeliveryFixture::holderPublicKey(const DeliverySession& session)
{
    auto tokens = TokenPreparation::holderTokens(*module, cmp.operatorKey().object().uri);
    REQUIRE(tokens.ok());
    for (const auto& info : *tokens) {
        if (info.serial == session.progress().tokenSerial) {
            auto opened = module->openSession(info.uri());
            REQUIRE(opened.ok());
            auto key = opened->privateKey(session.progress().keyId);
            REQUIRE(key.ok());
            return enrol::test::Fixture::publicKeyOf(*key);
        }
    }
    FAIL("the holder's token is not there");
    return {};
}

Order DeliveryFixture::load(qint64 id)
{
    auto order = workspace->orders().order(id);
    REQUIRE(order.ok());
    return *order;
}

QList<audit::AuditEntry> DeliveryFixture::events(const QString& orderNumber)
{
    auto entries = workspace->auditLog().entries();
    REQUIRE(entries.ok());
    QList<audit::AuditEntry> mine;
    for (const auto& entry : *entries) {
        if (entry.orderNumber == orderNumber) {
            mine.append(entry);
        }
    }
    return mine;
}

audit::AuditReport DeliveryFixture::verifyAudit()
{
    audit::CertificateVerifier verifier;
    REQUIRE(verifier.addCertificate(signer.certificateDer()).ok());
    auto report = workspace->auditLog().verify(verifier);
    REQUIRE(report.ok());
    return *report;
}

QStringList eventsOf(const QList<audit::AuditEntry>& entries)
{
    QStringList events;
    for (const auto& entry : entries) {
        events.append(entry.event);
    }
    return events;
}

QString holderObjects(const QString& tokenLabel, const char* pin)
{
    return output(u"pkcs11-tool"_s,
                  {u"--module"_s, token::test::SoftHsm::modulePath(), u"--token-label"_s, tokenLabel,
                   u"--login"_s, u"--pin"_s, QString::fromLatin1(pin), u"-O"_s});
}

int privateKeyCount(const QString& tokenLabel, const char* pin)
{
    return static_cast<int>(holderObjects(tokenLabel, pin).count(u"Private Key Object"_s));
}

QString output(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    const QString text = QString::fromUtf8(process.readAll());
    INFO(program.toStdString() << ": " << text.toStdString());
    REQUIRE(process.exitCode() == 0);
    return text;
}

} // namespace guichet::delivery::test
