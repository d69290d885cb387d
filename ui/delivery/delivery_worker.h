#pragma once

// What a delivery's thread owns, shared by the one-holder page (delivery_page.h) and the agent's batch
// page (batch_page.h): a store connection of its own (a QtSql connection belongs to its thread), the
// operator as an Actor, the PKCS#11 module holding the operator's token (where the holder's token is
// looked for too), the CA's issuer, and the session(s) under way. Everything in it is touched only
// from the pool's single thread, but the pool itself.

#include "delivery/delivery_session.h"
#include "delivery/pin_letter.h"
#include "delivery/token_preparation.h"
#include "delivery_setup.h"
#include "enrol/issuer.h"
#include "identity/operator_session.h"
#include "model/result.h"
#include "token/pin.h"
#include "token/pkcs11_module.h"
#include "token/pkcs11_uri.h"
#include "token/secure_buffer.h"
#include "token/token_key.h"
#include "workflow/actor.h"
#include "workflow/workspace.h"

#include <QJsonObject>
#include <QString>
#include <QThreadPool>
#include <memory>
#include <optional>

class QWidget;

namespace guichet::ui {

struct DeliveryWorker
{
    QThreadPool pool; ///< one thread that never expires
    QString storePath;
    workflow::WorkflowPolicy policy;
    std::shared_ptr<identity::OperatorSession> operatorSession;
    std::shared_ptr<audit::Signer> signer;
    std::unique_ptr<workflow::Actor> actor;
    std::unique_ptr<workflow::Workspace> workspace;
    std::shared_ptr<token::Pkcs11Module> module;
    token::Pkcs11Uri operatorToken;
    std::unique_ptr<enrol::Issuer> issuer;
    std::optional<token::TokenKey> operatorKey;
    std::unique_ptr<delivery::DeliverySession> session;

    DeliveryWorker();

    /// On the worker's thread: opens the store connection, makes the operator's Actor, finds the
    /// module holding the operator's token among `setup.modulePaths`, makes the CA's issuer.
    Status start(const DeliverySetup& setup);
    /// The environment a DeliverySession or a BatchDelivery works in, after start(): the request to
    /// the CA protected as `setup` says (the operator's token key, or the CA's shared secret), the
    /// holder key's algorithm per product. It refers to this worker, which must outlive its use.
    delivery::DeliveryEnvironment environment(const DeliverySetup& setup);
    /// On the worker's thread: the session, the issuer, the operator's key and the store connection
    /// end there.
    void stop();
};

/// The operator's sentence, then what support needs, on a line of its own.
QString describe(const Error& error);

/// A copy of `buffer` as a PIN (both wipe themselves).
token::Pin pinOf(const token::SecureBuffer& buffer);

// What both delivery pages show the same way (on the GUI thread).

/// A token offered as the holder's, in the list of tokens: blank (slot, maker, serial) or not.
QString describeHolderToken(const token::TokenInfo& info);
/// Why no delivery can start at this desk now, in the operator's words: nobody logged in, an operator
/// whose roles do not deliver, no CA configured. Empty when one can.
QString deliveryBlocked(const identity::OperatorSession* operatorSession, const DeliverySetup& setup);
} // namespace guichet::ui
