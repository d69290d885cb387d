#pragma once

// One holder's validated order (phase Génération du certificat) delivered face to face onto the
// holder's token (docs/delivery.md). No widgets: the desk's step-by-step page drives it.
//
//   checkIdentity      the ID shown at the counter against the dossier, the face attested
//   prepareToken       a blank token (never the operator's) initialised: label, SO PIN, user PIN
//   generateKey        the key pair on the token, as the product's profile says; local, sensitive,
//                      never extractable, or refused
//   issueCertificate   the CA (enrol::Issuer) certifies it; proof of possession on the holder token
//   writeCertificate   stored with the key's ID and a label, read back and compared
//   record             the order moves to Delivered
//
// Each step, once done, is a signed audit entry (Workflow::recordDeliveryStep); a failure too. A
// session opened on an order whose delivery stopped resumes where the trail says (progress()).
// Calls block on the token and the CA: run them off the GUI thread.

#include "delivery/delivery_state.h"
#include "delivery/token_preparation.h"
#include "enrol/certificate_profile.h"
#include "enrol/issuer.h"
#include "model/order.h"
#include "model/result.h"
#include "rules/identity_check.h"
#include "token/pkcs11_module.h"
#include "token/pkcs11_uri.h"
#include "token/token_session.h"
#include "workflow/actor.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <functional>
#include <memory>
#include <optional>

namespace guichet::store {
class Database;
class OrderStore;
} // namespace guichet::store

namespace guichet::workflow {
class Workflow;
}

namespace guichet::delivery {

/// What a delivery works with: the store and its workflow, the operator (Actor: their signer signs
/// each step's audit entry), the PKCS#11 module holding both tokens and which one is the operator's,
/// the CA and how requests to it are protected.
struct DeliveryEnvironment
{
    store::Database& db;
    store::OrderStore& orders;
    workflow::Workflow& workflow;
    const workflow::Actor& actor;
    std::shared_ptr<token::Pkcs11Module> module;
    token::Pkcs11Uri operatorToken;
    enrol::Issuer& issuer;
    /// Called for each request: OperatorProtection with the operator's token key and certificate, or
    /// the CA's shared secret. An error (the secret cannot be read) stops the issuance, recorded.
    std::function<Result<enrol::RequestProtection>()> protection;
    /// The RA's choice for the holder key (the CA's configuration): RSA 2048/3072 or EC P-256, per
    /// product code, `keyAlgorithm` for a product the table does not name.
    enrol::KeyAlgorithm keyAlgorithm = enrol::KeyAlgorithm::Rsa2048;
    QHash<QString, enrol::KeyAlgorithm> keyAlgorithmByProduct;
    TokenPolicy tokenPolicy;
};

/// Who collects the certificate and showed their ID.
enum class Collector
{
    Holder,
    Agent, ///< the order's certification agent (a batch)
};

class DeliverySession
{
    Q_DECLARE_TR_FUNCTIONS(guichet::delivery::DeliverySession)

public:
    /// The delivery of `orderId`, resumed where its audit trail says it stopped. Refused for an
    /// order that is not awaiting delivery.
    static Result<std::unique_ptr<DeliverySession>> open(DeliveryEnvironment environment, qint64 orderId);

    const Order& order() const { return m_order; }
    const DeliveryProgress& progress() const { return m_progress; }
    DeliveryStep reached() const { return m_progress.reached; }
    /// "Stopped after: key generated on the token. Next: certificate issued by the CA. Last attempt
    /// failed: ..." in the operator's words.
    QString whereItStopped() const;

    /// The identity check. A mismatch stops the delivery with every reason (and is recorded).
    Status checkIdentity(const rules::PresentedIdentity& presented, Collector collector = Collector::Holder);
    /// Initialises the blank token in `slotId` for the holder and logs in as the holder. Returns the
    /// SO PIN (and the temporary PIN when generated) for the PIN letter: never stored.
    Result<TokenSecrets> prepareToken(unsigned long slotId, HolderPinChoice pin);
    /// After a resume in a new session: the holder (or the PIN letter) gives the PIN again.
    Status logInHolder(token::Pin pin);
    Status generateKey();
    Status issueCertificate();
    Status writeCertificate();
    Status record();
    /// Runs the remaining steps from the token prepared (logged in) to the delivery recorded,
    /// stopping at the first failure.
    Status complete();

    /// "Clean the token and start again": removes what this delivery made on the holder's token
    /// (key pair and certificate with its ID; log in first) and starts again from the key, under a new
    /// ID. Recorded.
    Status cleanToken();
    /// Starts again from the token (another token: the first is lost or broken). Recorded.
    Status restartWithAnotherToken();

    /// The facts of the delivery as recorded in the "deliver" entry (SDP-6.4.5-10).
    QJsonObject deliveryFacts() const;

private:
    DeliverySession(DeliveryEnvironment environment, Order order, DeliveryProgress progress);

    Status requireStep(DeliveryStep expected, DeliveryStep attempted) const;
    Status requireHolderSession();
    Status recordStep(DeliveryStep step, QJsonObject facts);
    /// Records the failure of `attempted` (best effort) and returns `error` saying where it stopped.
    /// `token`: the facts of a token touched before the failure (default: the delivery's token).
    Error fail(DeliveryStep attempted, const Error& error, const QJsonObject& token = {});
    QJsonObject tokenFacts() const;
    Result<enrol::KeyAlgorithm> algorithm() const;

    DeliveryEnvironment m_env;
    Order m_order;
    DeliveryProgress m_progress;
    std::optional<token::TokenSession> m_holder;
    QJsonObject m_identityFacts;
    QJsonObject m_keyOrigin;
};

} // namespace guichet::delivery
