#pragma once

// What the delivery tests share: the issuance tests' SoftHSM2 world (enrol::test::Fixture: an
// operator token with its key and certificate from a test CA, SoftHSM's spare blank token for the
// holder), a store holding the sample order validated (phase Génération du certificat), an AET whose
// software signer signs the audit trail, and the environment a DeliverySession needs.

#include "audit/audit_log.h"
#include "cmp_fixture.h"
#include "delivery/delivery_session.h"
#include "test_signer.h"
#include "workflow/workspace.h"

#include <QTemporaryDir>
#include <memory>

namespace guichet::delivery::test {

class DeliveryFixture
{
public:
    explicit DeliveryFixture(const QString& caOrganisation = QStringLiteral("Guichet Test RA"));

    /// Stores `dossier` validated (phase Generation); returns its id.
    qint64 addValidated(Dossier dossier);
    /// The environment, delivering with `issuer`, protected by the operator's token key.
    DeliveryEnvironment environment(enrol::Issuer& issuer, enrol::KeyAlgorithm algorithm);
    /// SoftHSM's spare (blank) token's slot.
    unsigned long blankSlot();
    /// The holder's ID card as scanned at the counter (TD1), face attested.
    static rules::PresentedIdentity holderCard(const Order& order);

    /// The public key (DER) of the delivery's key on the holder's token, as the session left it.
    QByteArray holderPublicKey(const DeliverySession& session);

    Order load(qint64 id);
    QList<audit::AuditEntry> events(const QString& orderNumber);
    audit::AuditReport verifyAudit();

    enrol::test::Fixture cmp;
    std::shared_ptr<token::Pkcs11Module> module;
    QTemporaryDir dir;
    std::unique_ptr<workflow::Workspace> workspace;
    testing::SoftwareSigner signer{"aet.delivery"};
    workflow::Actor actor{testing::testOperator(signer, QStringLiteral("aet.1"), {Role::TechnicalRa}),
                          signer};
};

/// The event codes of `entries`.
QStringList eventsOf(const QList<audit::AuditEntry>& entries);

/// What pkcs11-tool (another PKCS#11 application) lists on the holder's token, logged in with `pin`.
QString holderObjects(const QString& tokenLabel, const char* pin);
/// How many private keys holderObjects() lists.
int privateKeyCount(const QString& tokenLabel, const char* pin);

/// Runs `program` with `arguments` (SOFTHSM2_CONF as set), returns its merged output; REQUIREs exit 0.
QString output(const QString& program, const QStringList& arguments);

} // namespace guichet::delivery::test
