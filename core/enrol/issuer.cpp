#include "enrol/issuer.h"

#include "enrol/issuer_support.h"
#include "enrol/training.h"
#include "token/token_key.h"

#include <openssl/err.h>
#include <openssl/rand.h>
#include <openssl/x509_vfy.h>

using namespace Qt::StringLiterals;

namespace guichet::enrol {

ExpectedCertificate expectedFor(const IssuanceRequest& request, const QList<QByteArray>& caCertificates)
{
    ExpectedCertificate expected;
    expected.publicKeyDer = request.holderPublicKeyDer;
    expected.subject = request.subject;
    expected.profile = request.profile;
    expected.caCertificates = caCertificates;
    return expected;
}

namespace {

QString organisationOf(const QByteArray& certificateDer)
{
    const token::X509Ptr certificate = detail::readCertificate(certificateDer);
    if (!certificate) {
        ERR_clear_error();
        return {};
    }
    const X509_NAME* name = X509_get_subject_name(certificate.get());
    const int index = X509_NAME_get_index_by_NID(name, NID_organizationName, -1);
    if (index < 0) {
        return {};
    }
    unsigned char* out = nullptr;
    const int length = ASN1_STRING_to_UTF8(&out, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)));
    if (length < 0) {
        ERR_clear_error();
        return {};
    }
    QString text = QString::fromUtf8(reinterpret_cast<const char*>(out), length);
    OPENSSL_free(out);
    return text;
}

/// 32 random bytes for a key to sign.
QByteArray challenge()
{
    QByteArray bytes(32, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), static_cast<int>(bytes.size())) != 1) {
        ERR_clear_error();
        return {};
    }
    return bytes;
}

/// The key signs, and its signature verifies with `publicKeyDer`.
Status proveKey(const token::TokenKey& key, const QByteArray& publicKeyDer, const QString& refusal)
{
    const QByteArray data = challenge();
    if (data.isEmpty()) {
        return Error{refusal, u"RAND_bytes failed"_s};
    }
    const Result<QByteArray> signature = key.sign(data);
    if (!signature) {
        return Error{refusal, signature.error().toString()};
    }
    if (!token::verifySha256(publicKeyDer, data, *signature)) {
        return Error{refusal, u"the signature does not verify with the public key given"_s};
    }
    return {};
}

/// The operator's certificate chains to the training CA, and their token key is its key.
Status checkOperator(const OperatorProtection& protection, const CertificateAuthority& ca)
{
    const QString refusal = TrainingIssuer::tr(
        "The operator's certificate and key cannot sign a training request: they are not a training "
        "operator's.");
    if (protection.key == nullptr) {
        return Error{refusal, u"OperatorProtection::key is null"_s};
    }
    ERR_clear_error();
    const token::X509Ptr certificate = detail::readCertificate(protection.certificateDer);
    const token::X509Ptr anchor = detail::readCertificate(ca.certificateDer());
    if (!certificate || !anchor) {
        return Error{refusal, detail::openSslErrors("d2i_X509")};
    }
    const token::X509StorePtr store(X509_STORE_new());
    const token::X509StoreCtxPtr context(X509_STORE_CTX_new());
    if (!store || !context || X509_STORE_add_cert(store.get(), anchor.get()) != 1 ||
        X509_STORE_CTX_init(context.get(), store.get(), certificate.get(), nullptr) != 1) {
        return Error{refusal, detail::openSslErrors("X509_STORE_CTX_init")};
    }
    if (X509_verify_cert(context.get()) != 1) {
        const int error = X509_STORE_CTX_get_error(context.get());
        ERR_clear_error();
        return Error{refusal,
                     u"operator certificate: "_s + QString::fromLatin1(X509_verify_cert_error_string(error))};
    }
    return proveKey(*protection.key, detail::publicKeyDerOf(X509_get0_pubkey(certificate.get())), refusal);
}

} // namespace

TrainingIssuer::TrainingIssuer(CertificateAuthority ca, bool trainingMode)
    : m_ca(std::move(ca)), m_trainingMode(trainingMode)
{}

QString TrainingIssuer::description() const
{
    return u"training CA "_s + m_ca.subject();
}

Result<IssuedCertificate> TrainingIssuer::issue(const IssuanceRequest& request)
{
    if (!m_trainingMode) {
        return Error{tr("The training CA issues certificates in training mode only."),
                     u"TrainingIssuer outside training mode"_s};
    }
    if (organisationOf(m_ca.certificateDer()) != QString::fromUtf8(trainingOrganisation)) {
        return Error{tr("This CA is not the training CA: it may not issue training certificates."),
                     u"CA subject "_s + m_ca.subject()};
    }
    if (request.holderKey == nullptr || request.holderPublicKeyDer.isEmpty()) {
        return Error{tr("There is no key on the holder's token to certify."),
                     u"IssuanceRequest::holderKey or holderPublicKeyDer is empty"_s};
    }
    if (request.profile.keyUsage != (DigitalSignature | NonRepudiation)) {
        return Error{tr("The training CA only issues signature certificates (digitalSignature, "
                        "nonRepudiation); the product asks for %1.")
                         .arg(keyUsageText(request.profile.keyUsage)),
                     u"profile "_s + request.profile.productCode};
    }
    if (const auto* signedBy = std::get_if<OperatorProtection>(&request.protection)) {
        if (Status operatorOk = checkOperator(*signedBy, m_ca); !operatorOk) {
            return operatorOk.error();
        }
    } else if (std::get<SharedSecretProtection>(request.protection).secret.isEmpty()) {
        return Error{tr("The request's shared secret is empty."),
                     u"SharedSecretProtection::secret is empty"_s};
    }
    // The proof of possession a CA would ask for: the holder's token signs with the key to certify.
    if (Status possession =
            proveKey(*request.holderKey, request.holderPublicKeyDer,
                     tr("The holder's token did not prove that it holds the key to certify."));
        !possession) {
        return possession.error();
    }

    CertificateRequest certificateRequest;
    certificateRequest.publicKeyDer = request.holderPublicKeyDer;
    certificateRequest.subject = request.subject;
    certificateRequest.subject.organizationalUnit = u"FORMATION / TRAINING"_s;
    certificateRequest.profile = Profile::Holder;
    certificateRequest.notBefore = QDateTime::currentDateTimeUtc();
    certificateRequest.notAfter = certificateRequest.notBefore.addYears(request.profile.validityYears);
    Result<QByteArray> der = m_ca.issue(certificateRequest);
    if (!der) {
        return der.error();
    }
    const QByteArray caCertificate = m_ca.certificateDer();
    if (Status checked = checkIssuedCertificate(*der, expectedFor(request, {caCertificate})).status();
        !checked) {
        return checked.error();
    }
    Result<CertificateSummary> summary = describeCertificate(*der);
    if (!summary) {
        return summary.error();
    }
    return IssuedCertificate{*der, {caCertificate}, *summary, description()};
}

} // namespace guichet::enrol
