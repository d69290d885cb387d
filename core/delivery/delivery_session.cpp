#include "delivery_session.h"

#include "store/database.h"
#include "store/order_store.h"
#include "token/openssl_handles.h"
#include "token/token_key.h"
#include "workflow/audit_facts.h"
#include "workflow/workflow.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <openssl/rand.h>
#include <openssl/x509.h>

namespace guichet::delivery {
namespace {

constexpr std::string_view digits = "0123456789";
constexpr std::string_view soPinAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I

QString eventOf(DeliveryStep step)
{
    return QStringLiteral("delivery-") + toCode(step);
}

token::Pin pinOf(const token::SecureBuffer& secret)
{
    return token::Pin::fromUtf8(std::string_view(secret.data(), secret.size()));
}

/// The certificate's public key, DER SubjectPublicKeyInfo; empty when it cannot be read.
QByteArray publicKeyOfCertificate(const QByteArray& der)
{
    const auto* in = reinterpret_cast<const unsigned char*>(der.constData());
    const token::X509Ptr certificate(d2i_X509(nullptr, &in, static_cast<long>(der.size())));
    if (!certificate) {
        return {};
    }
    EVP_PKEY* key = X509_get0_pubkey(certificate.get());
    const int length = key ? i2d_PUBKEY(key, nullptr) : 0;
    if (length <= 0) {
        return {};
    }
    QByteArray result(length, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(result.data());
    i2d_PUBKEY(key, &out);
    return result;
}

std::optional<enrol::KeyAlgorithm> algorithmFromText(const QString& text)
{
    for (auto algorithm :
         {enrol::KeyAlgorithm::Rsa2048, enrol::KeyAlgorithm::Rsa3072, enrol::KeyAlgorithm::EcP256}) {
        if (enrol::toText(algorithm) == text) {
            return algorithm;
        }
    }
    return std::nullopt;
}

QByteArray newKeyId()
{
    QByteArray id(8, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(id.data()), static_cast<int>(id.size())) != 1) {
        return {};
    }
    return id;
}

} // namespace

DeliverySession::DeliverySession(DeliveryEnvironment environment, Order order, DeliveryProgress progress)
    : m_env(std::move(environment)), m_order(std::move(order)), m_progress(std::move(progress))
{}

Result<std::unique_ptr<DeliverySession>> DeliverySession::open(DeliveryEnvironment environment,
                                                               qint64 orderId)
{
    auto order = environment.orders.order(orderId);
    if (!order) {
        return order.error();
    }
    if (order->phase == Phase::Delivered) {
        return Error{tr("Order %1's certificate is already delivered.").arg(order->number), {}};
    }
    if (order->phase != Phase::Generation) {
        return Error{
            tr("Order %1 is not validated for delivery (phase: %2).").arg(order->number, label(order->phase)),
            {}};
    }
    // What the CA will be asked for must be makeable from the order before a token is touched: a
    // subject field missing or that no certificate can carry, an unknown product.
    auto subject = enrol::holderSubject(*order);
    auto profile = enrol::profileForProduct(order->product, environment.keyAlgorithm);
    if (!subject || !profile) {
        const Error& why = !subject ? subject.error() : profile.error();
        return Error{tr("The delivery of order %1 cannot start: %2").arg(order->number, why.message),
                     why.detail};
    }
    auto progress = readProgress(environment.db, order->number);
    if (!progress) {
        return progress.error();
    }
    return std::unique_ptr<DeliverySession>(
        new DeliverySession(std::move(environment), std::move(*order), std::move(*progress)));
}

QString DeliverySession::whereItStopped() const
{
    return DeliveryText::whereItStopped(m_order.number, m_progress);
}

Status DeliverySession::requireStep(DeliveryStep expected, DeliveryStep attempted) const
{
    if (m_progress.reached == expected) {
        return {};
    }
    return Error{
        tr("\"%1\" cannot be done now: the delivery of order %2 is at \"%3\".")
            .arg(DeliveryText::label(attempted), m_order.number, DeliveryText::label(m_progress.reached)),
        toCode(m_progress.reached)};
}

Status DeliverySession::requireHolderSession()
{
    if (!m_holder) {
        return Error{tr("Log in to the holder's token \"%1\" first (the holder types the PIN).")
                         .arg(m_progress.tokenLabel),
                     {}};
    }
    if (auto present = m_holder->checkPresent(); !present) {
        return present;
    }
    return {};
}

Status DeliverySession::recordStep(DeliveryStep step, QJsonObject facts)
{
    if (auto recorded =
            m_env.workflow.recordDeliveryStep(m_order.id, eventOf(step), std::move(facts), m_env.actor);
        !recorded) {
        return recorded;
    }
    m_progress.reached = step;
    m_progress.lastFailure.reset();
    return {};
}

Error DeliverySession::fail(DeliveryStep attempted, const Error& error, const QJsonObject& token)
{
    QString detail = error.detail.isEmpty() ? error.message : error.detail;
    QJsonObject facts{{QStringLiteral("step"), toCode(attempted)},
                      {QStringLiteral("reached"), toCode(m_progress.reached)},
                      {QStringLiteral("detail"), detail}};
    if (!token.isEmpty()) {
        facts.insert(QStringLiteral("token"), token);
    } else if (!m_progress.tokenSerial.isEmpty()) {
        facts.insert(QStringLiteral("token"), tokenFacts());
    }
    auto recorded =
        m_env.workflow.recordDeliveryStep(m_order.id, QStringLiteral("delivery-failed"), facts, m_env.actor);
    if (recorded) {
        m_progress.lastFailure = DeliveryFailure{attempted, detail, QDateTime::currentDateTimeUtc()};
    } else {
        detail += QStringLiteral("; the failure could not be recorded: ") + recorded.error().toString();
    }
    return Error{tr("The delivery of order %1 stopped at \"%2\": %3 The order is not delivered.")
                     .arg(m_order.number, DeliveryText::label(attempted), error.message),
                 detail};
}

QJsonObject DeliverySession::tokenFacts() const
{
    return QJsonObject{{QStringLiteral("serial"), m_progress.tokenSerial},
                       {QStringLiteral("label"), m_progress.tokenLabel}};
}

Result<enrol::KeyAlgorithm> DeliverySession::algorithm() const
{
    if (m_progress.keyAlgorithm.isEmpty()) {
        return m_env.keyAlgorithmByProduct.value(m_order.product.code, m_env.keyAlgorithm);
    }
    if (auto known = algorithmFromText(m_progress.keyAlgorithm)) {
        return *known;
    }
    return Error{tr("The key algorithm recorded for this delivery is unknown."), m_progress.keyAlgorithm};
}

Status DeliverySession::checkIdentity(const rules::PresentedIdentity& presented, Collector collector)
{
    if (m_progress.reached != DeliveryStep::NotStarted &&
        m_progress.reached != DeliveryStep::IdentityChecked) {
        return requireStep(DeliveryStep::NotStarted, DeliveryStep::IdentityChecked);
    }
    const QDate day = m_env.workflow.today();
    const rules::IdentityCheck check = collector == Collector::Agent
                                           ? rules::checkAgentIdentity(m_order, presented, day)
                                           : rules::checkPresentedIdentity(m_order, presented, day);
    QJsonArray mismatches;
    for (const auto& mismatch : check.mismatches) {
        mismatches.append(mismatch.code);
    }
    if (!check.ok()) {
        const Error refused = check.status().error();
        return fail(DeliveryStep::IdentityChecked, Error{refused.message, refused.detail});
    }
    m_identityFacts = QJsonObject{
        {QStringLiteral("collector"),
         collector == Collector::Agent ? QStringLiteral("agent") : QStringLiteral("holder")},
        {QStringLiteral("idDocument"), QJsonObject{{QStringLiteral("type"), toCode(check.presented.kind)},
                                                   {QStringLiteral("number"), check.presented.number}}},
        {QStringLiteral("method"), check.readFromMrz ? QStringLiteral("mrz") : QStringLiteral("typed")},
        {QStringLiteral("validUntil"), check.effectiveExpiry.toString(Qt::ISODate)},
        {QStringLiteral("faceAttestedBy"), m_env.actor.who.id},
    };
    if (auto recorded = recordStep(DeliveryStep::IdentityChecked,
                                   QJsonObject{{QStringLiteral("identity"), m_identityFacts}});
        !recorded) {
        return recorded;
    }
    m_progress.collector = m_identityFacts.value(QStringLiteral("collector")).toString();
    m_progress.presented = check.presented;
    return {};
}

Result<TokenSecrets> DeliverySession::prepareToken(unsigned long slotId, HolderPinChoice pin)
{
    if (auto ready = requireStep(DeliveryStep::IdentityChecked, DeliveryStep::TokenPrepared); !ready) {
        return ready.error();
    }
    const TokenPolicy& policy = m_env.tokenPolicy;
    const bool typed = pin.typed.has_value();
    if (typed) {
        if (auto agreed = TokenPreparation::checkTypedPin(pin, policy); !agreed) {
            return agreed.error(); // the holder types again: nothing happened
        }
    }
    auto blank = TokenPreparation::blankHolderToken(*m_env.module, slotId, m_env.operatorToken);
    if (!blank) {
        return blank.error();
    }
    if (auto lengths = TokenPreparation::checkPinLengths(
            *blank, policy, typed ? std::optional<std::size_t>(pin.typed->size()) : std::nullopt);
        !lengths) {
        return lengths.error(); // nothing happened: the token is still blank
    }
    auto keyAlgorithm = algorithm();
    if (!keyAlgorithm) {
        return keyAlgorithm.error();
    }
    TokenSecrets secrets;
    auto soPin = TokenPreparation::randomSecret(policy.soPinLength, soPinAlphabet);
    if (!soPin) {
        return soPin.error();
    }
    secrets.soPin = std::move(*soPin);
    if (!typed) {
        auto temporary = TokenPreparation::randomSecret(policy.temporaryPinLength, digits);
        if (!temporary) {
            return temporary.error();
        }
        secrets.temporaryPin = std::move(*temporary);
    }
    const QByteArray keyId = newKeyId();
    if (keyId.isEmpty()) {
        return fail(DeliveryStep::TokenPrepared, Error{tr("No key ID could be generated."), {}});
    }

    const QString tokenLabel = TokenPreparation::labelFor(m_order.holder);
    if (auto initialised = m_env.module->initToken(slotId, tokenLabel, pinOf(secrets.soPin)); !initialised) {
        return fail(DeliveryStep::TokenPrepared, initialised.error());
    }
    // From here the token is no longer blank: a failure names it in the trail (serial, initialised),
    // and the operator is told it must be reset before it is used again.
    auto info = m_env.module->tokenInfo(slotId);
    const QJsonObject touched{{QStringLiteral("serial"), info ? info->serial : blank->serial},
                              {QStringLiteral("label"), tokenLabel},
                              {QStringLiteral("initialised"), true},
                              {QStringLiteral("userPin"), QStringLiteral("not-set")}};
    const auto failInitialised = [&](const Error& error) {
        return fail(
            DeliveryStep::TokenPrepared,
            Error{error.message + u' ' +
                      tr("The token \"%1\" was initialised but its PIN could not be set: it must be "
                         "reset with the token's own tool before it can be used again; prepare another "
                         "token.")
                          .arg(tokenLabel),
                  error.detail},
            touched);
    };
    if (!info) {
        return failInitialised(info.error());
    }
    auto session = m_env.module->openSession(info->uri());
    if (!session) {
        return failInitialised(session.error());
    }
    token::Pin userPin = typed ? std::move(*pin.typed) : pinOf(secrets.temporaryPin);
    token::Pin loginPin = pinOf(typed ? userPin.bytes() : secrets.temporaryPin);
    if (auto set = session->initUserPin(pinOf(secrets.soPin), std::move(userPin)); !set) {
        return failInitialised(set.error());
    }
    if (auto login = session->login(std::move(loginPin)); !login) {
        return fail(DeliveryStep::TokenPrepared, login.error(), touched);
    }
    m_holder = *session;
    m_progress.tokenSerial = info->serial;
    m_progress.tokenLabel = info->label;
    m_progress.keyId = keyId;
    m_progress.keyAlgorithm = enrol::toText(*keyAlgorithm);
    QJsonObject facts{
        {QStringLiteral("token"),
         QJsonObject{{QStringLiteral("serial"), info->serial},
                     {QStringLiteral("label"), info->label},
                     {QStringLiteral("model"), info->model},
                     {QStringLiteral("manufacturer"), info->manufacturer},
                     {QStringLiteral("initialised"), true},
                     {QStringLiteral("soPin"), QStringLiteral("generated-per-ra-policy")},
                     {QStringLiteral("userPin"),
                      typed ? QStringLiteral("typed-by-holder") : QStringLiteral("temporary-pin-letter")}}},
        {QStringLiteral("key"), QJsonObject{{QStringLiteral("id"), QString::fromLatin1(keyId.toHex())},
                                            {QStringLiteral("algorithm"), m_progress.keyAlgorithm}}},
    };
    if (auto recorded = recordStep(DeliveryStep::TokenPrepared, facts); !recorded) {
        return recorded.error();
    }
    return secrets;
}

Status DeliverySession::logInHolder(token::Pin pin)
{
    if (m_progress.tokenSerial.isEmpty()) {
        return Error{tr("No holder token is prepared for this delivery yet."), {}};
    }
    auto tokens = TokenPreparation::holderTokens(*m_env.module, m_env.operatorToken);
    if (!tokens) {
        return tokens.error();
    }
    for (const auto& info : *tokens) {
        if (info.initialized && info.serial == m_progress.tokenSerial &&
            info.label == m_progress.tokenLabel) {
            auto session = m_env.module->openSession(info.uri());
            if (!session) {
                return session.error();
            }
            if (auto login = session->login(std::move(pin)); !login) {
                return login;
            }
            m_holder = *session;
            return {};
        }
    }
    return Error{tr("The holder's token \"%1\" (serial %2) is not plugged in.")
                     .arg(m_progress.tokenLabel, m_progress.tokenSerial),
                 {}};
}

Status DeliverySession::generateKey()
{
    if (auto ready = requireStep(DeliveryStep::TokenPrepared, DeliveryStep::KeyGenerated); !ready) {
        return ready;
    }
    if (auto present = requireHolderSession(); !present) {
        return fail(DeliveryStep::KeyGenerated, present.error());
    }
    auto keyAlgorithm = algorithm();
    if (!keyAlgorithm) {
        return keyAlgorithm.error();
    }
    const QByteArray& id = m_progress.keyId;
    // A key generated before an interruption is completed, not duplicated.
    const bool existing = m_holder->privateKey(id).ok();
    if (!existing) {
        const QString keyLabel = m_order.holder.displayName();
        const Status generated =
            *keyAlgorithm == enrol::KeyAlgorithm::EcP256
                ? m_holder->generateEcKeyPair(token::EcCurve::P256, keyLabel, id)
                : m_holder->generateRsaKeyPair(*keyAlgorithm == enrol::KeyAlgorithm::Rsa3072 ? 3072 : 2048,
                                               keyLabel, id);
        if (!generated) {
            return fail(DeliveryStep::KeyGenerated, generated.error());
        }
    }
    auto origin = m_holder->keyOrigin(id);
    if (!origin) {
        return fail(DeliveryStep::KeyGenerated, origin.error());
    }
    m_keyOrigin = QJsonObject{{QStringLiteral("local"), origin->local},
                              {QStringLiteral("sensitive"), origin->sensitive},
                              {QStringLiteral("alwaysSensitive"), origin->alwaysSensitive},
                              {QStringLiteral("extractable"), origin->extractable},
                              {QStringLiteral("neverExtractable"), origin->neverExtractable}};
    if (!origin->generatedOnToken()) {
        return fail(
            DeliveryStep::KeyGenerated,
            Error{tr("The token does not report the key as generated on it, always sensitive and never "
                     "extractable: it cannot hold a qualified certificate."),
                  QString::fromUtf8(QJsonDocument(m_keyOrigin).toJson(QJsonDocument::Compact))});
    }
    QJsonObject facts{
        {QStringLiteral("token"), tokenFacts()},
        {QStringLiteral("key"), QJsonObject{{QStringLiteral("id"), QString::fromLatin1(id.toHex())},
                                            {QStringLiteral("algorithm"), m_progress.keyAlgorithm},
                                            {QStringLiteral("origin"), m_keyOrigin},
                                            {QStringLiteral("resumed"), existing}}},
    };
    return recordStep(DeliveryStep::KeyGenerated, facts);
}

Status DeliverySession::issueCertificate()
{
    if (auto ready = requireStep(DeliveryStep::KeyGenerated, DeliveryStep::CertificateIssued); !ready) {
        return ready;
    }
    if (auto present = requireHolderSession(); !present) {
        return fail(DeliveryStep::CertificateIssued, present.error());
    }
    auto keyAlgorithm = algorithm();
    if (!keyAlgorithm) {
        return keyAlgorithm.error();
    }
    auto key = m_holder->privateKey(m_progress.keyId);
    if (!key) {
        return fail(DeliveryStep::CertificateIssued, key.error());
    }
    auto publicKey = key->publicKeyDer();
    if (!publicKey) {
        return fail(DeliveryStep::CertificateIssued, publicKey.error());
    }
    auto subject = enrol::holderSubject(m_order);
    if (!subject) {
        return fail(DeliveryStep::CertificateIssued, subject.error());
    }
    auto profile = enrol::profileForProduct(m_order.product, *keyAlgorithm);
    if (!profile) {
        return fail(DeliveryStep::CertificateIssued, profile.error());
    }
    enrol::IssuanceRequest request;
    request.holderKey = &*key;
    request.holderPublicKeyDer = *publicKey;
    request.subject = *subject;
    request.profile = *profile;
    auto protection = m_env.protection();
    if (!protection) {
        return fail(DeliveryStep::CertificateIssued, protection.error());
    }
    request.protection = std::move(*protection);
    auto issued = m_env.issuer.issue(request);
    if (!issued) {
        return fail(DeliveryStep::CertificateIssued, issued.error());
    }
    // The issuers check it already; the token's key is checked here once more, at the last moment.
    if (publicKeyOfCertificate(issued->der) != *publicKey) {
        return fail(
            DeliveryStep::CertificateIssued,
            Error{tr("The CA issued a certificate for another key than the one on the holder's token."),
                  issued->summary.subject});
    }
    m_progress.certificateDer = issued->der;
    m_progress.issuedBy = issued->issuedBy;
    const QByteArray fingerprint = QCryptographicHash::hash(issued->der, QCryptographicHash::Sha256);
    QJsonObject facts{
        {QStringLiteral("token"), tokenFacts()},
        {QStringLiteral("key"),
         QJsonObject{{QStringLiteral("id"), QString::fromLatin1(m_progress.keyId.toHex())}}},
        {QStringLiteral("certificate"),
         QJsonObject{{QStringLiteral("serial"), issued->summary.serialHex},
                     {QStringLiteral("sha256"), QString::fromLatin1(fingerprint.toHex())},
                     {QStringLiteral("subject"), issued->summary.subject},
                     {QStringLiteral("issuer"), issued->summary.issuer},
                     {QStringLiteral("notBefore"), issued->summary.notBefore.toString(Qt::ISODate)},
                     {QStringLiteral("notAfter"), issued->summary.notAfter.toString(Qt::ISODate)},
                     {QStringLiteral("issuedBy"), issued->issuedBy},
                     {QStringLiteral("der"), QString::fromLatin1(issued->der.toBase64())}}},
    };
    return recordStep(DeliveryStep::CertificateIssued, facts);
}

Status DeliverySession::writeCertificate()
{
    if (auto ready = requireStep(DeliveryStep::CertificateIssued, DeliveryStep::CertificateWritten); !ready) {
        return ready;
    }
    if (auto present = requireHolderSession(); !present) {
        return fail(DeliveryStep::CertificateWritten, present.error());
    }
    const QByteArray& id = m_progress.keyId;
    const QByteArray& der = m_progress.certificateDer;
    bool alreadyThere = false;
    if (auto onToken = m_holder->readCertificate(id); onToken) {
        if (*onToken != der) {
            return fail(
                DeliveryStep::CertificateWritten,
                Error{tr("The holder's token already holds another certificate for this key: clean the "
                         "token and start again."),
                      {}});
        }
        alreadyThere = true; // written before an interruption
    } else if (auto stored = m_holder->storeCertificate(der, id, m_order.holder.displayName()); !stored) {
        return fail(DeliveryStep::CertificateWritten, stored.error());
    }
    auto readBack = m_holder->readCertificate(id);
    if (!readBack) {
        return fail(DeliveryStep::CertificateWritten, readBack.error());
    }
    if (*readBack != der) {
        return fail(DeliveryStep::CertificateWritten,
                    Error{tr("The certificate read back from the token is not the one written."), {}});
    }
    QJsonObject facts{
        {QStringLiteral("token"), tokenFacts()},
        {QStringLiteral("key"), QJsonObject{{QStringLiteral("id"), QString::fromLatin1(id.toHex())}}},
        {QStringLiteral("certificate"),
         QJsonObject{{QStringLiteral("sha256"),
                      QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex())},
                     {QStringLiteral("label"), m_order.holder.displayName()},
                     {QStringLiteral("readBack"), true},
                     {QStringLiteral("resumed"), alreadyThere}}},
    };
    return recordStep(DeliveryStep::CertificateWritten, facts);
}

QJsonObject DeliverySession::deliveryFacts() const
{
    QJsonObject certificate;
    if (auto summary = enrol::describeCertificate(m_progress.certificateDer); summary) {
        certificate = QJsonObject{
            {QStringLiteral("serial"), summary->serialHex},
            {QStringLiteral("sha256"),
             QString::fromLatin1(
                 QCryptographicHash::hash(m_progress.certificateDer, QCryptographicHash::Sha256).toHex())},
            {QStringLiteral("subject"), summary->subject},
            {QStringLiteral("issuer"), summary->issuer},
            {QStringLiteral("notAfter"), summary->notAfter.toString(Qt::ISODate)},
            {QStringLiteral("issuedBy"), m_progress.issuedBy},
        };
    }
    QJsonObject key{{QStringLiteral("id"), QString::fromLatin1(m_progress.keyId.toHex())},
                    {QStringLiteral("algorithm"), m_progress.keyAlgorithm}};
    if (!m_keyOrigin.isEmpty()) {
        key.insert(QStringLiteral("origin"), m_keyOrigin);
    }
    return QJsonObject{
        {QStringLiteral("identity"),
         QJsonObject{{QStringLiteral("collector"), m_progress.collector},
                     {QStringLiteral("idDocument"),
                      QJsonObject{{QStringLiteral("type"), toCode(m_progress.presented.kind)},
                                  {QStringLiteral("number"), m_progress.presented.number}}},
                     {QStringLiteral("faceAttestedBy"),
                      m_identityFacts.value(QStringLiteral("faceAttestedBy")).toString(m_env.actor.who.id)}}},
        {QStringLiteral("token"), tokenFacts()},
        {QStringLiteral("key"), key},
        {QStringLiteral("certificate"), certificate},
        {QStringLiteral("choices"), workflow::facts::choices(m_order)},
    };
}

Status DeliverySession::record()
{
    if (auto ready = requireStep(DeliveryStep::CertificateWritten, DeliveryStep::Recorded); !ready) {
        return ready;
    }
    if (auto recorded = m_env.workflow.recordDelivery(m_order.id, deliveryFacts(), m_env.actor); !recorded) {
        return fail(DeliveryStep::Recorded, recorded.error());
    }
    m_progress.reached = DeliveryStep::Recorded;
    m_progress.lastFailure.reset();
    m_order.phase = Phase::Delivered;
    return {};
}

Status DeliverySession::complete()
{
    if (m_progress.reached < DeliveryStep::TokenPrepared) {
        return requireStep(DeliveryStep::TokenPrepared, DeliveryStep::KeyGenerated);
    }
    while (m_progress.reached != DeliveryStep::Recorded) {
        Status done;
        switch (m_progress.reached) {
        case DeliveryStep::TokenPrepared:
            done = generateKey();
            break;
        case DeliveryStep::KeyGenerated:
            done = issueCertificate();
            break;
        case DeliveryStep::CertificateIssued:
            done = writeCertificate();
            break;
        case DeliveryStep::CertificateWritten:
            done = record();
            break;
        default:
            return {};
        }
        if (!done) {
            return done;
        }
    }
    return {};
}

Status DeliverySession::cleanToken()
{
    if (m_progress.reached < DeliveryStep::TokenPrepared || m_progress.reached == DeliveryStep::Recorded) {
        return Error{tr("There is nothing of this delivery to clean on a token."),
                     toCode(m_progress.reached)};
    }
    if (auto present = requireHolderSession(); !present) {
        return present;
    }
    auto destroyed = m_holder->destroyObjects(m_progress.keyId);
    if (!destroyed) {
        return destroyed.error();
    }
    const QByteArray keyId = newKeyId();
    if (keyId.isEmpty()) {
        return Error{tr("No key ID could be generated."), {}};
    }
    QJsonObject facts{
        {QStringLiteral("from"), toCode(m_progress.reached)},
        {QStringLiteral("to"), toCode(DeliveryStep::TokenPrepared)},
        {QStringLiteral("token"), tokenFacts()},
        {QStringLiteral("removed"),
         QJsonObject{{QStringLiteral("keyId"), QString::fromLatin1(m_progress.keyId.toHex())},
                     {QStringLiteral("objects"), *destroyed}}},
        {QStringLiteral("key"), QJsonObject{{QStringLiteral("id"), QString::fromLatin1(keyId.toHex())},
                                            {QStringLiteral("algorithm"), m_progress.keyAlgorithm}}},
    };
    if (auto recorded = m_env.workflow.recordDeliveryStep(m_order.id, QStringLiteral("delivery-restarted"),
                                                          facts, m_env.actor);
        !recorded) {
        return recorded;
    }
    m_progress.reached = DeliveryStep::TokenPrepared;
    m_progress.keyId = keyId;
    m_progress.certificateDer.clear();
    m_progress.issuedBy.clear();
    m_progress.lastFailure.reset();
    ++m_progress.restarts;
    return {};
}

Status DeliverySession::restartWithAnotherToken()
{
    if (m_progress.reached < DeliveryStep::TokenPrepared || m_progress.reached == DeliveryStep::Recorded) {
        return Error{tr("There is no holder token to replace in this delivery."), toCode(m_progress.reached)};
    }
    QJsonObject facts{
        {QStringLiteral("from"), toCode(m_progress.reached)},
        {QStringLiteral("to"), toCode(DeliveryStep::IdentityChecked)},
        {QStringLiteral("token"), tokenFacts()},
        {QStringLiteral("reason"), QStringLiteral("another-token")},
    };
    if (auto recorded = m_env.workflow.recordDeliveryStep(m_order.id, QStringLiteral("delivery-restarted"),
                                                          facts, m_env.actor);
        !recorded) {
        return recorded;
    }
    m_holder.reset();
    m_progress.reached = DeliveryStep::IdentityChecked;
    m_progress.tokenSerial.clear();
    m_progress.tokenLabel.clear();
    m_progress.keyId.clear();
    m_progress.certificateDer.clear();
    m_progress.issuedBy.clear();
    m_progress.lastFailure.reset();
    ++m_progress.restarts;
    return {};
}

} // namespace guichet::delivery
