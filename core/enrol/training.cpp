#include "enrol/training.h"

#include "enrol/certificate_authority.h"
#include "token/pkcs11_module.h"
#include "token/token_key.h"
#include "token/token_session.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <openssl/rand.h>

using namespace Qt::StringLiterals;

namespace guichet::enrol {

QByteArray trainingRolesJson()
{
    // The mapping agreed with core/identity (RoleMapping, docs/roles.md): the training CA's
    // certificates get the role their title names.
    return R"({"version":1,"rules":[{"issuer":{"O":"Guichet FORMATION"},"subject":{"title":"AEA"},"roles":["aea"]},
 {"issuer":{"O":"Guichet FORMATION"},"subject":{"title":"AET"},"roles":["aet"]},
 {"issuer":{"O":"Guichet FORMATION"},"subject":{"title":"AED"},"roles":["aed"]}]}
)";
}

namespace {

token::Pin copyOf(const token::Pin& pin)
{
    return token::Pin::fromUtf8(std::string_view(pin.bytes().data(), pin.size()));
}

Status writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error{TrainingProvisioner::tr("The training file %1 cannot be written.").arg(path),
                     file.errorString()};
    }
    return {};
}

/// Points SoftHSM2 at the folder's configuration: SOFTHSM2_CONF, read when the module is initialised.
Status useConfiguration(const TrainingLayout& layout, const QString& modulePath)
{
    const QByteArray conf = QFile::encodeName(layout.softHsmConf());
    if (token::Pkcs11Module::loaded(modulePath) && qgetenv("SOFTHSM2_CONF") != conf) {
        return Error{
            TrainingProvisioner::tr("SoftHSM2 is already in use in this program with another configuration: "
                                    "run the training provisioning on its own (guichet-cli training "
                                    "provision)."),
            u"SOFTHSM2_CONF="_s + qEnvironmentVariable("SOFTHSM2_CONF") + u", wanted "_s +
                layout.softHsmConf()};
    }
    qputenv("SOFTHSM2_CONF", conf);
    return {};
}

/// The token folders SoftHSM2 made in tokens/ (one per initialised token).
int tokenFolders(const TrainingLayout& layout)
{
    return static_cast<int>(QDir(layout.tokens()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

/// Opens SoftHSM2 with the folder's configuration and checks that it is the one it reads: as many
/// initialised tokens as token folders (a module loaded earlier with another configuration shows
/// other tokens).
Result<std::shared_ptr<token::Pkcs11Module>>
openSoftHsm(const TrainingLayout& layout, const QString& modulePath, QList<token::SlotInfo>& slotList)
{
    if (Status used = useConfiguration(layout, modulePath); !used) {
        return used.error();
    }
    Result<std::shared_ptr<token::Pkcs11Module>> module = token::Pkcs11Module::open(modulePath);
    if (!module) {
        return module.error();
    }
    Result<QList<token::SlotInfo>> listed = (*module)->listSlots();
    if (!listed) {
        return listed.error();
    }
    slotList = *listed;
    const auto initialised = std::count_if(slotList.begin(), slotList.end(), [](const token::SlotInfo& slot) {
        return slot.token && slot.token->initialized;
    });
    if (initialised != tokenFolders(layout)) {
        return Error{TrainingProvisioner::tr("SoftHSM2 does not show the training folder's tokens. Close the "
                                             "programs using it and run the provisioning again."),
                     u"%1 initialised tokens, %2 folders in %3"_s.arg(initialised)
                         .arg(tokenFolders(layout))
                         .arg(layout.tokens())};
    }
    return module;
}

Status removeTrainingFiles(const TrainingLayout& layout)
{
    if (QFileInfo::exists(layout.tokens()) && !QDir(layout.tokens()).removeRecursively()) {
        return Error{
            TrainingProvisioner::tr("The training tokens in %1 cannot be removed.").arg(layout.tokens()), {}};
    }
    for (const QString& path :
         {layout.softHsmConf(), layout.caCertificate(), layout.caKey(), layout.roles()}) {
        if (QFileInfo::exists(path) && !QFile::remove(path)) {
            return Error{TrainingProvisioner::tr("The training file %1 cannot be removed.").arg(path), {}};
        }
    }
    return {};
}

QString titleOf(Role role)
{
    return toCode(role).toUpper(); // aea -> AEA: what roles.json maps back
}

/// The label for a new token: "GUICHET FORMATION", then "GUICHET FORMATION 2"...
QString newTokenLabel(const QList<token::SlotInfo>& slotList)
{
    QStringList labels;
    for (const token::SlotInfo& slot : slotList) {
        if (slot.token && slot.token->initialized) {
            labels << slot.token->label;
        }
    }
    QString label = QString::fromLatin1(trainingTokenLabel);
    for (int n = 2; labels.contains(label); ++n) {
        label = QString::fromLatin1(trainingTokenLabel) + u' ' + QString::number(n);
    }
    return label;
}

} // namespace

// ---- Provisioning ---------------------------------------------------------------------------------

Result<TrainingSetup> TrainingProvisioner::provision(const QString& directory, TrainingOptions options)
{
    TrainingSetup setup;
    setup.layout.directory = QDir(directory).absolutePath();
    const TrainingLayout& layout = setup.layout;
    const QStringList existing = layout.existing();
    const bool addOperator = options.mode == TrainingMode::AddOperator;

    if (options.role != Role::AdministrativeRa && options.role != Role::TechnicalRa &&
        options.role != Role::DelegatedOperator) {
        return Error{tr("A training operator is an AEA, an AET or an AED."),
                     u"role "_s + toCode(options.role)};
    }
    setup.trainingPin = !options.pin.has_value();
    token::Pin pin = options.pin ? std::move(*options.pin) : token::Pin::fromUtf8(trainingPin);
    if (pin.size() < 4 || pin.size() > 255) {
        return Error{tr("The training PIN must have 4 to 255 characters."),
                     u"PIN of "_s + QString::number(pin.size()) + u" bytes"_s};
    }

    switch (options.mode) {
    case TrainingMode::Create:
        if (!existing.isEmpty()) {
            return Error{
                tr("A training folder is already in %1 (%2). Replace it (--force), or add an operator "
                   "to it (--add-operator).")
                    .arg(layout.directory, existing.join(u", "_s)),
                u"existing: "_s + existing.join(u' ')};
        }
        break;
    case TrainingMode::Replace:
        if (token::Pkcs11Module::loaded(options.modulePath)) {
            return Error{tr("SoftHSM2 is in use in this program: the training tokens cannot be replaced now. "
                            "Run the training provisioning on its own (guichet-cli training provision)."),
                         u"module loaded: "_s + options.modulePath};
        }
        if (Status removed = removeTrainingFiles(layout); !removed) {
            return removed.error();
        }
        break;
    case TrainingMode::AddOperator:
        for (const QString& needed :
             {u"softhsm2.conf"_s, u"tokens/"_s, u"training-ca.pem"_s, u"training-ca.key"_s}) {
            if (!existing.contains(needed)) {
                return Error{
                    tr("There is no training folder in %1 to add an operator to: provision it first.")
                        .arg(layout.directory),
                    u"missing: "_s + needed};
            }
        }
        break;
    }

    // SoftHSM2 must read this folder's configuration: refuse before anything is made if it cannot.
    if (Status used = useConfiguration(layout, options.modulePath); !used) {
        return used.error();
    }

    // The CA first: adding an operator under a CA that does not load must fail before any token is made.
    std::optional<CertificateAuthority> ca;
    if (addOperator) {
        Result<CertificateAuthority> loaded =
            CertificateAuthority::load(layout.caCertificate(), layout.caKey());
        if (!loaded) {
            return loaded.error();
        }
        ca = *loaded;
    } else {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Result<CertificateAuthority> created = CertificateAuthority::create(
            {QString::fromUtf8(trainingCaName), QString::fromLatin1(trainingOrganisation), u"FR"_s,
             KeyType::EcP256, now.addSecs(-3600), now.addYears(10)});
        if (!created) {
            return created.error();
        }
        ca = *created;
        if (!QDir().mkpath(layout.tokens())) {
            return Error{tr("The training folder %1 cannot be created.").arg(layout.tokens()), {}};
        }
        const QByteArray conf = "# Guichet: FORMATION / TRAINING only. Never for real certificates.\n"
                                "directories.tokendir = " +
                                QFile::encodeName(layout.tokens()) +
                                "\n"
                                "objectstore.backend = file\n"
                                "log.level = ERROR\n";
        if (Status written = writeFile(layout.softHsmConf(), conf); !written) {
            return written.error();
        }
    }
    setup.caCreated = !addOperator;
    setup.caSubject = ca->subject();

    // The token: SoftHSM2's spare slot, initialised with the next training label.
    QList<token::SlotInfo> slotList;
    Result<std::shared_ptr<token::Pkcs11Module>> module = openSoftHsm(layout, options.modulePath, slotList);
    if (!module) {
        return module.error();
    }
    std::optional<unsigned long> spare;
    for (const token::SlotInfo& slot : slotList) {
        if (slot.token && !slot.token->initialized) {
            spare = slot.id;
            break;
        }
    }
    if (!spare) {
        return Error{tr("SoftHSM2 offers no free slot for a new training token."),
                     u"no uninitialised token"_s};
    }
    setup.tokenLabel = newTokenLabel(slotList);
    if (Status initialised =
            (*module)->initToken(*spare, setup.tokenLabel, token::Pin::fromUtf8(trainingSoPin));
        !initialised) {
        return initialised.error();
    }
    Result<token::TokenInfo> tokenInfo = (*module)->tokenInfo(*spare);
    if (!tokenInfo) {
        return tokenInfo.error();
    }
    setup.tokenUri = tokenInfo->uri();
    Result<token::TokenSession> session = (*module)->openSession(setup.tokenUri);
    if (!session) {
        return session.error();
    }
    if (Status pinSet = session->initUserPin(token::Pin::fromUtf8(trainingSoPin), copyOf(pin)); !pinSet) {
        return pinSet.error();
    }
    if (Status loggedIn = session->login(std::move(pin)); !loggedIn) {
        return loggedIn.error();
    }

    // The operator's key on the token, and the certificate the training CA issues for it.
    const QString name =
        options.operatorName.trimmed().isEmpty()
            ? QString::fromLatin1(addOperator ? defaultSecondTrainingOperator : defaultTrainingOperator)
            : options.operatorName.trimmed();
    const QString commonName = name + u" (FORMATION)"_s;
    setup.keyId.resize(8);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(setup.keyId.data()), 8) != 1) {
        return Error{tr("No random key identifier could be drawn."), u"RAND_bytes failed"_s};
    }
    if (Status generated = session->generateRsaKeyPair(2048, commonName, setup.keyId); !generated) {
        return generated.error();
    }
    Result<token::TokenKey> key = session->privateKey(setup.keyId);
    if (!key) {
        return key.error();
    }
    Result<QByteArray> publicKey = key->publicKeyDer();
    if (!publicKey) {
        return publicKey.error();
    }
    CertificateRequest request;
    request.publicKeyDer = *publicKey;
    request.profile = Profile::Operator;
    request.subject.commonName = commonName;
    if (const qsizetype space = name.indexOf(u' '); space > 0) {
        request.subject.givenName = name.left(space);
        request.subject.surname = name.mid(space + 1);
    }
    request.subject.organization = QString::fromLatin1(trainingOrganisation);
    request.subject.organizationalUnit = u"FORMATION / TRAINING"_s;
    request.subject.title = titleOf(options.role);
    request.subject.country = u"FR"_s;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    request.notBefore = now.addSecs(-300); // a little slack for clocks
    request.notAfter = now.addYears(2);
    Result<QByteArray> issued = ca->issue(request);
    if (!issued) {
        return issued.error();
    }
    setup.certificateDer = *issued;
    if (Status stored = session->storeCertificate(*issued, setup.keyId, commonName); !stored) {
        return stored.error();
    }
    Result<QByteArray> readBack = session->readCertificate(setup.keyId);
    if (!readBack) {
        return readBack.error();
    }
    if (*readBack != *issued) {
        return Error{tr("The training certificate read back from the token differs from the one written."),
                     u"readCertificate: "_s + QString::number(readBack->size()) + u" bytes, wrote "_s +
                         QString::number(issued->size())};
    }
    setup.keyUri = setup.tokenUri.withObject(setup.keyId, commonName, token::ObjectType::PrivateKey);
    setup.certificateUri = setup.tokenUri.withObject(setup.keyId, commonName, token::ObjectType::Certificate);
    if (Result<CertificateSummary> summary = describeCertificate(*issued)) {
        setup.certificateSubject = summary->subject;
        setup.notAfter = summary->notAfter;
    }
    if (Status loggedOut = session->logout(); !loggedOut) {
        return loggedOut.error();
    }

    // The trust anchor, the CA's key and the roles, once the token is ready.
    if (!addOperator) {
        if (Status saved = ca->save(layout.caCertificate(), layout.caKey()); !saved) {
            return saved.error();
        }
        if (Status written = writeFile(layout.roles(), trainingRolesJson()); !written) {
            return written.error();
        }
    }
    return setup;
}

// ---- Inspection -----------------------------------------------------------------------------------

Result<TrainingInventory> inspectTraining(const QString& directory, const QString& modulePath)
{
    TrainingInventory inventory;
    inventory.layout.directory = QDir(directory).absolutePath();
    const TrainingLayout& layout = inventory.layout;
    inventory.existing = layout.existing();
    if (inventory.existing.contains(u"training-ca.pem"_s)) {
        QFile file(layout.caCertificate());
        if (!file.open(QIODevice::ReadOnly)) {
            return Error{
                TrainingProvisioner::tr("The training file %1 cannot be read.").arg(layout.caCertificate()),
                file.errorString()};
        }
        Result<CertificateSummary> summary = describeCertificate(file.readAll());
        if (!summary) {
            return Error{summary.error().message + u' ' + layout.caCertificate(), summary.error().detail};
        }
        inventory.caSubject = summary->subject;
        inventory.caNotAfter = summary->notAfter;
    }
    if (!inventory.existing.contains(u"softhsm2.conf"_s) || !inventory.existing.contains(u"tokens/"_s)) {
        return inventory;
    }
    QList<token::SlotInfo> slotList;
    Result<std::shared_ptr<token::Pkcs11Module>> module = openSoftHsm(layout, modulePath, slotList);
    if (!module) {
        return module.error();
    }
    for (const token::SlotInfo& slot : slotList) {
        if (!slot.token || !slot.token->initialized) {
            continue;
        }
        TrainingToken found{slot.token->label, slot.token->uri(), {}};
        Result<token::TokenSession> session = (*module)->openSession(found.uri);
        if (!session) {
            return session.error();
        }
        Result<QList<token::TokenCertificate>> certificates = session->certificates();
        if (!certificates) {
            return certificates.error();
        }
        for (const token::TokenCertificate& certificate : *certificates) {
            Result<CertificateSummary> summary = describeCertificate(certificate.der);
            found.certificateSubjects << (summary ? summary->subject : summary.error().toString());
        }
        inventory.tokens << found;
    }
    return inventory;
}

} // namespace guichet::enrol
