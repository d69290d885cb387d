<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>guichet::Role</name>
    <message>
        <source>Administrative RA (AEA)</source>
        <translation>AE administrative (AEA)</translation>
    </message>
    <message>
        <source>Technical RA (AET)</source>
        <translation>AE technique (AET)</translation>
    </message>
    <message>
        <source>Delegated RA operator (AED)</source>
        <translation>AE déléguée (AED)</translation>
    </message>
    <message>
        <source>Certification agent</source>
        <translation>Mandataire de certification</translation>
    </message>
</context>
<context>
    <name>guichet::Vocabulary</name>
    <message>
        <source>Missing document</source>
        <translation>Document manquant</translation>
    </message>
    <message>
        <source>Invalid phone number or e-mail</source>
        <translation>Numéro de téléphone ou adresse e-mail invalide</translation>
    </message>
    <message>
        <source>Document awaiting signature</source>
        <translation>Document en attente de signature</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Data entry</source>
        <translation>Saisie des informations</translation>
    </message>
    <message>
        <source>Document verification</source>
        <translation>Vérification des pièces</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>En attente de signature</translation>
    </message>
    <message>
        <source>Order validation</source>
        <translation>Validation de la commande</translation>
    </message>
    <message>
        <source>Certificate generation</source>
        <translation>Génération du certificat</translation>
    </message>
    <message>
        <source>Certificate delivered</source>
        <translation>Certificat remis</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Dematerialised</source>
        <translation>Dématérialisé</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>Entité publique</translation>
    </message>
    <message>
        <source>Terms of use</source>
        <translation>CGU</translation>
    </message>
    <message>
        <source>Subscription contract</source>
        <translation>Contrat d&apos;abonnement</translation>
    </message>
    <message>
        <source>Certificate request authorisation letter</source>
        <translation>Lettre d&apos;autorisation de demande de certificat</translation>
    </message>
    <message>
        <source>Legal representative&apos;s power of attorney</source>
        <translation>Procuration du représentant légal</translation>
    </message>
    <message>
        <source>Company register extract (Kbis)</source>
        <translation>Extrait de KBIS</translation>
    </message>
    <message>
        <source>SIRENE registration notice</source>
        <translation>Avis de situation SIRENE</translation>
    </message>
    <message>
        <source>Holder&apos;s ID</source>
        <translation>Pièce d&apos;identité du porteur</translation>
    </message>
    <message>
        <source>Legal representative&apos;s ID</source>
        <translation>Pièce d&apos;identité du représentant légal</translation>
    </message>
    <message>
        <source>Certification agent&apos;s ID</source>
        <translation>Pièce d&apos;identité du mandataire</translation>
    </message>
    <message>
        <source>Proof of payment</source>
        <translation>Preuve de paiement</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>non importé</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>non signé</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signé</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>National ID card</source>
        <translation>CNI</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Titre de séjour</translation>
    </message>
</context>
<context>
    <name>guichet::audit</name>
    <message>
        <source>The audit entry&apos;s details are not a JSON object.</source>
        <translation>Les détails de l&apos;entrée du journal d&apos;audit ne sont pas un objet JSON.</translation>
    </message>
    <message>
        <source>The audit entry could not be signed with the operator&apos;s key.</source>
        <translation>L&apos;entrée du journal d&apos;audit n&apos;a pas pu être signée avec la clé de l&apos;opérateur.</translation>
    </message>
    <message>
        <source>Entry %1 of the audit log is missing: it was removed.</source>
        <translation>L&apos;entrée %1 du journal d&apos;audit est manquante : elle a été supprimée.</translation>
    </message>
    <message>
        <source>Entries %1 to %2 of the audit log are missing: they were removed.</source>
        <translation>Les entrées %1 à %2 du journal d&apos;audit sont manquantes : elles ont été supprimées.</translation>
    </message>
    <message>
        <source>Entry %1 of the audit log appears out of order or twice: an entry was inserted or moved.</source>
        <translation>L&apos;entrée %1 du journal d&apos;audit apparaît hors d&apos;ordre ou en double : une entrée a été insérée ou déplacée.</translation>
    </message>
    <message>
        <source>Entry %1 of the audit log was modified: its hash does not match.</source>
        <translation>L&apos;entrée %1 du journal d&apos;audit a été modifiée : son empreinte ne correspond pas.</translation>
    </message>
    <message>
        <source>Entry %1 of the audit log does not follow the entry before it in the chain: entries were inserted or reordered.</source>
        <translation>L&apos;entrée %1 du journal d&apos;audit ne suit pas l&apos;entrée précédente dans la chaîne : des entrées ont été insérées ou réordonnées.</translation>
    </message>
    <message>
        <source>The signature of entry %1 of the audit log is not valid: %2</source>
        <translation>La signature de l&apos;entrée %1 du journal d&apos;audit n&apos;est pas valide : %2</translation>
    </message>
    <message>
        <source>The audit log ends before entry %1: its last entries were removed.</source>
        <translation>Le journal d&apos;audit s&apos;arrête avant l&apos;entrée %1 : ses dernières entrées ont été supprimées.</translation>
    </message>
    <message>
        <source>Entry %1 of the audit log does not match the hash recorded outside the store.</source>
        <translation>L&apos;entrée %1 du journal d&apos;audit ne correspond pas à l&apos;empreinte conservée hors de la base locale.</translation>
    </message>
    <message>
        <source>The operator&apos;s certificate could not be read.</source>
        <translation>Le certificat de l&apos;opérateur n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>The entry was signed by an unknown certificate.</source>
        <translation>L&apos;entrée a été signée par un certificat inconnu.</translation>
    </message>
    <message>
        <source>The entry&apos;s signature is not valid.</source>
        <translation>La signature de l&apos;entrée n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The audit log&apos;s head anchor is not a sequence and a hash.</source>
        <translation>Le repère de fin du journal d&apos;audit ne contient pas un numéro d&apos;entrée et une empreinte.</translation>
    </message>
    <message>
        <source>The audit log&apos;s head anchor %1 cannot be written.</source>
        <translation>Le repère de fin du journal d&apos;audit %1 ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>The audit log&apos;s head anchor %1 cannot be read.</source>
        <translation>Le repère de fin du journal d&apos;audit %1 est illisible.</translation>
    </message>
    <message>
        <source>The file is not an export of Guichet&apos;s audit log.</source>
        <translation>Le fichier n&apos;est pas un export du journal d&apos;audit de Guichet.</translation>
    </message>
</context>
<context>
    <name>guichet::cli::Audit</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 est illisible.</translation>
    </message>
    <message>
        <source>its signer&apos;s certificate is not trusted: %1</source>
        <translation>le certificat de son signataire n&apos;est pas de confiance : %1</translation>
    </message>
    <message>
        <source>audit verify: unexpected argument %1</source>
        <translation>audit verify : argument inattendu %1</translation>
    </message>
    <message>
        <source>There is no head anchor at %1.</source>
        <translation>Il n&apos;y a pas de repère de fin à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>Note: without --trust the signatures are checked against the certificates kept with the log, which shows the log is consistent, not who signed it.</source>
        <translation>Remarque : sans --trust, les signatures sont vérifiées avec les certificats conservés avec le journal, ce qui montre que le journal est cohérent, mais pas qui l&apos;a signé.</translation>
    </message>
    <message>
        <source>Note: no head anchor (%1): removed last entries cannot be detected.</source>
        <translation>Remarque : pas de repère de fin (%1) : la suppression des dernières entrées ne peut pas être détectée.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is NOT intact: %n problem(s) in %1 entries.</source>
        <translation>
            <numerusform>Le journal d&apos;audit n&apos;est PAS intact : %n problème sur %1 entrées.</numerusform>
            <numerusform>Le journal d&apos;audit n&apos;est PAS intact : %n problèmes sur %1 entrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries, every signature valid.</source>
        <translation>
            <numerusform>Le journal d&apos;audit est intact : %n entrée, aucune signature invalide.</numerusform>
            <numerusform>Le journal d&apos;audit est intact : %n entrées, toutes les signatures sont valides.</numerusform>
        </translation>
    </message>
    <message>
        <source>It reaches the head anchor (entry %1).</source>
        <translation>Il atteint le repère de fin (entrée %1).</translation>
    </message>
    <message>
        <source>audit show: unexpected argument %1</source>
        <translation>audit show : argument inattendu %1</translation>
    </message>
    <message>
        <source>audit export: give the file to write (audit export OUT.json)</source>
        <translation>audit export : indiquez le fichier à écrire (audit export SORTIE.json)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit entries with the certificates of their signers to %1.</source>
        <translation>
            <numerusform>%n entrée du journal d&apos;audit exportée avec le certificat de son signataire dans %1.</numerusform>
            <numerusform>%n entrées du journal d&apos;audit exportées avec les certificats de leurs signataires dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: no head anchor next to the store; the export carries the log&apos;s own head.</source>
        <translation>Remarque : pas de repère de fin à côté de la base locale ; l&apos;export contient le repère de fin tiré du journal lui-même.</translation>
    </message>
    <message>
        <source>audit: give verify, export or show; see guichet-cli help</source>
        <translation>audit : indiquez verify, export ou show ; voir guichet-cli help</translation>
    </message>
</context>
<context>
    <name>guichet::cli::Context</name>
    <message>
        <source>import: give one or more package files</source>
        <translation>import : indiquez un ou plusieurs fichiers d&apos;archive de dossier</translation>
    </message>
    <message>
        <source>Imported order %1 from %2</source>
        <translation>Commande %1 importée depuis %2</translation>
    </message>
    <message>
        <source>export: give an order number and --output FILE</source>
        <translation>export : indiquez un numéro de commande et --output FICHIER</translation>
    </message>
    <message>
        <source>Exported order %1 to %2</source>
        <translation>Commande %1 exportée dans %2</translation>
    </message>
    <message>
        <source>demo: give the number of orders to add, e.g. guichet-cli demo 200</source>
        <translation>demo : indiquez le nombre de commandes à ajouter, par exemple guichet-cli demo 200</translation>
    </message>
    <message>
        <source>demo: --first takes a whole number</source>
        <translation>demo : --first attend un nombre entier</translation>
    </message>
    <message>
        <source>%1 of %2 demo orders</source>
        <translation>%1 sur %2 commandes de démonstration</translation>
    </message>
    <message>
        <source>Added %1 demo orders in %3 s to %4 (documents: %2)</source>
        <translation>%1 commandes de démonstration ajoutées à %4 en %3 s (documents : %2)</translation>
    </message>
    <message>
        <source>drawn for each order</source>
        <translation>générés pour chaque commande</translation>
    </message>
    <message>
        <source>shared specimens</source>
        <translation>spécimens partagés</translation>
    </message>
    <message>
        <source>%1: wrong number of arguments; see guichet-cli help</source>
        <translation>%1 : nombre d&apos;arguments incorrect ; voir guichet-cli help</translation>
    </message>
    <message>
        <source>unknown phase &quot;%1&quot;</source>
        <translation>phase inconnue « %1 »</translation>
    </message>
    <message>
        <source>the type is D or P, not &quot;%1&quot;</source>
        <translation>le type est D ou P, pas « %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>« %1 » n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>cannot sort by &quot;%1&quot;</source>
        <translation>impossible de trier par « %1 »</translation>
    </message>
    <message>
        <source>--offset and --limit take whole numbers</source>
        <translation>--offset et --limit attendent des nombres entiers</translation>
    </message>
    <message>
        <source>%1 of %2 matching orders</source>
        <translation>%1 sur %2 commandes correspondantes</translation>
    </message>
    <message>
        <source>unknown ID document kind &quot;%1&quot; (national-id-card, passport, residence-permit)</source>
        <translation>type de pièce d&apos;identité inconnu « %1 » (national-id-card, passport, residence-permit)</translation>
    </message>
    <message>
        <source>unknown document kind &quot;%1&quot;</source>
        <translation>type de document inconnu « %1 »</translation>
    </message>
    <message>
        <source>unknown notification kind &quot;%1&quot;</source>
        <translation>type de notification inconnu « %1 »</translation>
    </message>
    <message>
        <source>Notification queued in the outbox.</source>
        <translation>Notification placée dans la file d&apos;envoi.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 attend une valeur.</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see guichet-cli help</source>
        <translation>action inconnue « %1 » ; voir guichet-cli help</translation>
    </message>
    <message>
        <source>training: provision or show; see guichet-cli help</source>
        <translation>training : indiquez provision ou show ; voir guichet-cli help</translation>
    </message>
    <message>
        <source>FORMATION / TRAINING: recorded for the training operator %1; nothing real may be done with this certificate.</source>
        <translation>FORMATION / TRAINING : enregistré pour l&apos;opérateur de formation %1 ; rien de réel ne peut être fait avec ce certificat.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>No PIN was given (one line of at most 256 characters).</source>
        <translation>Aucun code PIN n&apos;a été fourni (une ligne de 256 caractères au plus).</translation>
    </message>
    <message>
        <source>There is no terminal to type the PIN on: give it with --pin-stdin.</source>
        <translation>Il n&apos;y a pas de terminal où saisir le code PIN : fournissez-le avec --pin-stdin.</translation>
    </message>
    <message>
        <source>Token PIN: </source>
        <translation>Code PIN du token : </translation>
    </message>
    <message>
        <source>Logging in with --module or --token also needs --trust (the RA&apos;s CA certificates) and --roles (the role mapping).</source>
        <translation>La connexion avec --module ou --token requiert aussi --trust (les certificats d&apos;AC de l&apos;AE) et --roles (la correspondance des rôles).</translation>
    </message>
    <message>
        <source>Decisions are signed on the operator&apos;s token: log in with --training, or with --module, --token, --trust and --roles (see guichet-cli help).</source>
        <translation>Les décisions sont signées sur le token de l&apos;opérateur : connectez-vous avec --training, ou avec --module, --token, --trust et --roles (voir guichet-cli help).</translation>
    </message>
    <message>
        <source>Enter the PIN on the reader&apos;s keypad.</source>
        <translation>Saisissez le code PIN sur le clavier du lecteur.</translation>
    </message>
    <message>
        <source>There is no store at %1.</source>
        <translation>Il n&apos;y a pas de base locale à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>Usage: guichet-cli [--store FILE] [--lang fr|en] COMMAND [OPTIONS]

Commands:
  import PACKAGE...          import dossier packages (all or nothing per package)
  list [--search TEXT] [--phase P] [--type D|P] [--portal NAME] [--from DATE] [--to DATE]
       [--sort COLUMN] [--asc] [--offset N] [--limit N] [--json]
  show NUMBER [--json]       an order and its documents
  check NUMBER [--as-of DATE] [--json]
                             the checklist; exit 0 if the dossier can be validated, 1 if not
  export NUMBER --output FILE
                             the dossier archive: documents, checklist, decisions
  summary [--json]           per portal: orders to verify, to validate, to generate
  demo COUNT [--seed N] [--bulk]
                             add COUNT synthetic orders with rendered documents
  confirm NUMBER ITEM        confirm an operator checklist item
  record-identity NUMBER KIND DOCUMENT-NUMBER
  send-for-signature NUMBER
  sign NUMBER DOCUMENT-KIND  a contractual document came back signed
  validate NUMBER            irreversible
  notify NUMBER --kind KIND --subject TEXT --body TEXT
  audit verify [--anchor FILE] [--trust FILE]... [--from-export FILE]
                             exit 0 intact, 1 problems (one per line: sequence kind message)
  audit export OUT.json      the log, its signers&apos; certificates and its head anchor
  audit show [--order NUMBER] [--json]
  delivery list [--all] [--json]
                             deliveries started and not recorded (--all: every one)
  delivery show NUMBER [--json]
                             where an order&apos;s face-to-face delivery stands (audit trail)
  training provision [--dir DIR] [--name NAME] [--role aea|aet|aed] [--pin-stdin] [--force]
       [--add-operator]      a SoftHSM2 training token (FORMATION / TRAINING only)
  training show [--dir DIR]  the training folder and its tokens

import and the decisions (confirm ... notify) are signed on the operator&apos;s token:
  --training[=DIR]           the training token (FORMATION / TRAINING)
  --module PATH --token URI --trust FILE --roles FILE
                             else the desk&apos;s [login] settings
  --pin-stdin                read the PIN from the standard input, not the terminal
  --confirm-final-try        send the PIN even if a wrong one would lock the token

The store defaults to %1 (or $GUICHET_STORE).
Exit status: 0 done, 1 the dossier cannot be validated (check), 2 error.
</source>
        <translation>Utilisation : guichet-cli [--store FICHIER] [--lang fr|en] ACTION [OPTIONS]

Actions :
  import ARCHIVE...          importe des archives de dossier (tout ou rien par archive)
  list [--search TEXTE] [--phase P] [--type D|P] [--portal NOM] [--from DATE] [--to DATE]
       [--sort COLONNE] [--asc] [--offset N] [--limit N] [--json]
  show NUMÉRO [--json]       une commande et ses documents
  check NUMÉRO [--as-of DATE] [--json]
                             la liste de contrôle ; code 0 si le dossier peut être validé, sinon 1
  export NUMÉRO --output FICHIER
                             l&apos;archive du dossier : documents, liste de contrôle, décisions
  summary [--json]           résumé d&apos;activité par portail (à vérifier, à valider, à générer)
  demo NOMBRE [--seed N] [--bulk]
                             ajoute NOMBRE commandes de démonstration, avec leurs documents
  confirm NUMÉRO POINT       confirme un point de contrôle réservé à l&apos;opérateur
  record-identity NUMÉRO TYPE NUMÉRO-PIÈCE
  send-for-signature NUMÉRO
  sign NUMÉRO TYPE-DOCUMENT  un document contractuel est revenu signé
  validate NUMÉRO            valide la commande (irréversible)
  notify NUMÉRO --kind TYPE --subject TEXTE --body TEXTE
  audit verify [--anchor FICHIER] [--trust FICHIER]... [--from-export FICHIER]
                             code 0 si intact, 1 si problèmes (un par ligne : séquence type message)
  audit export SORTIE.json   le journal, les certificats de ses signataires et son repère de fin
  audit show [--order NUMÉRO] [--json]
  delivery list [--all] [--json]
                             remises commencées et non enregistrées (--all : toutes)
  delivery show NUMÉRO [--json]
                             où en est la remise en face à face d&apos;une commande (piste d&apos;audit)
  training provision [--dir RÉPERTOIRE] [--name NOM] [--role aea|aet|aed] [--pin-stdin] [--force]
       [--add-operator]      un token de formation SoftHSM2 (FORMATION / TRAINING uniquement)
  training show [--dir RÉPERTOIRE]
                             le répertoire de formation et ses tokens

import et les décisions (confirm ... notify) sont signés sur le token de l&apos;opérateur :
  --training[=RÉPERTOIRE]    le token de formation (FORMATION / TRAINING)
  --module CHEMIN --token URI --trust FICHIER --roles FICHIER
                             sinon les paramètres [login] du poste
  --pin-stdin                lit le code PIN sur l&apos;entrée standard, pas dans le terminal
  --confirm-final-try        envoie le code PIN même si un code erroné bloquerait le token

Base locale par défaut : %1 (ou $GUICHET_STORE).
Code de sortie : 0 terminé, 1 le dossier ne peut pas être validé (check), 2 erreur.
</translation>
    </message>
</context>
<context>
    <name>guichet::cli::DeliveryCommand</name>
    <message>
        <source>delivery list: unexpected argument %1</source>
        <translation>delivery list : argument inattendu %1</translation>
    </message>
    <message>
        <source>failed at %1</source>
        <translation>échec à l&apos;étape %1</translation>
    </message>
    <message>
        <source>No delivery has started.</source>
        <translation>Aucune remise n&apos;a commencé.</translation>
    </message>
    <message>
        <source>No delivery is under way: every one started is recorded.</source>
        <translation>Aucune remise en cours : toutes celles qui ont commencé sont enregistrées.</translation>
    </message>
    <message>
        <source>delivery show: give the order&apos;s number (delivery show NUMBER)</source>
        <translation>delivery show : indiquez le numéro de la commande (delivery show NUMÉRO)</translation>
    </message>
    <message>
        <source>Key on the holder&apos;s token: ID %1, %2</source>
        <translation>Clé sur le token du porteur : identifiant %1, %2</translation>
    </message>
    <message>
        <source>Certificate: serial %1, %2, issued by %3</source>
        <translation>Certificat : numéro de série %1, %2, émis par %3</translation>
    </message>
    <message>
        <source>delivery: say list or show (see guichet-cli help)</source>
        <translation>delivery : indiquez list ou show (voir guichet-cli help)</translation>
    </message>
    <message>
        <source>Started again once.</source>
        <translation>Remise recommencée une fois.</translation>
    </message>
    <message>
        <source>Started again %1 times.</source>
        <translation>Remise recommencée %1 fois.</translation>
    </message>
</context>
<context>
    <name>guichet::cli::Format</name>
    <message>
        <source>born %1</source>
        <translation>né(e) le %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portail</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>OTP contact</source>
        <translation>Contact OTP</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Représentant légal</translation>
    </message>
    <message>
        <source>Certification agent</source>
        <translation>Mandataire</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Règlement</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>non reçu</translation>
    </message>
    <message>
        <source>Recorded ID</source>
        <translation>Pièce d&apos;identité saisie</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Liste des documents</translation>
    </message>
    <message>
        <source>Checklist as of %1</source>
        <translation>Liste de contrôle au %1</translation>
    </message>
    <message>
        <source>The dossier can be validated.</source>
        <translation>Le dossier peut être validé.</translation>
    </message>
    <message>
        <source>The dossier cannot be validated yet.</source>
        <translation>Le dossier ne peut pas encore être validé.</translation>
    </message>
    <message>
        <source>To verify</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>Attente signature</translation>
    </message>
    <message>
        <source>To validate</source>
        <translation>À valider</translation>
    </message>
    <message>
        <source>To generate</source>
        <translation>À générer</translation>
    </message>
    <message>
        <source>Order %1, placed on %2</source>
        <translation>Commande %1 du %2</translation>
    </message>
</context>
<context>
    <name>guichet::cli::Training</name>
    <message>
        <source>training: unexpected argument %1; see guichet-cli help</source>
        <translation>training : argument inattendu %1 ; voir guichet-cli help</translation>
    </message>
    <message>
        <source>Training folder.</source>
        <translation>Répertoire de formation.</translation>
    </message>
    <message>
        <source>Operator&apos;s name.</source>
        <translation>Nom de l&apos;opérateur.</translation>
    </message>
    <message>
        <source>aea, aet or aed.</source>
        <translation>aea, aet ou aed.</translation>
    </message>
    <message>
        <source>Read the token&apos;s PIN from stdin.</source>
        <translation>Lire le code PIN du token sur l&apos;entrée standard (stdin).</translation>
    </message>
    <message>
        <source>Replace an existing training folder.</source>
        <translation>Remplacer un répertoire de formation existant.</translation>
    </message>
    <message>
        <source>Add an operator on a new token under the existing training CA.</source>
        <translation>Ajouter un opérateur sur un nouveau token, sous l&apos;AC de formation existante.</translation>
    </message>
    <message>
        <source>training provision: --force and --add-operator exclude each other.</source>
        <translation>training provision : --force et --add-operator s&apos;excluent mutuellement.</translation>
    </message>
    <message>
        <source>training provision: --role is aea, aet or aed, not &quot;%1&quot;.</source>
        <translation>training provision : --role vaut aea, aet ou aed, pas « %1 ».</translation>
    </message>
    <message>
        <source>Training token ready: FORMATION / TRAINING only, never for real certificates.</source>
        <translation>Token de formation prêt : FORMATION / TRAINING uniquement, jamais pour de vrais certificats.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Répertoire :</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token :</translation>
    </message>
    <message>
        <source>Token URI:</source>
        <translation>URI du token :</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clé :</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificat :</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valide jusqu&apos;au :</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Émis par :</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation> (nouvelle)</translation>
    </message>
    <message>
        <source> (existing)</source>
        <translation> (existante)</translation>
    </message>
    <message>
        <source>Trust anchor:</source>
        <translation>Ancre de confiance :</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rôles :</translation>
    </message>
    <message>
        <source>SoftHSM2:</source>
        <translation>SoftHSM2 :</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>Code PIN :</translation>
    </message>
    <message>
        <source>the training PIN (see docs/training.md)</source>
        <translation>le code PIN de formation (voir docs/training.md)</translation>
    </message>
    <message>
        <source>the PIN given on the standard input</source>
        <translation>le code PIN fourni sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>There is no training folder in %1; guichet-cli training provision makes one.</source>
        <translation>Il n&apos;y a pas de répertoire de formation dans %1 ; guichet-cli training provision en crée un.</translation>
    </message>
    <message>
        <source>Training folder %1 (FORMATION / TRAINING only)</source>
        <translation>Répertoire de formation %1 (FORMATION / TRAINING uniquement)</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Fichiers : %1</translation>
    </message>
    <message>
        <source>Training CA: %1, valid until %2</source>
        <translation>AC de formation : %1, valide jusqu&apos;au %2</translation>
    </message>
    <message>
        <source>Token %1: %2</source>
        <translation>Token %1 : %2</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Certificat : %1</translation>
    </message>
</context>
<context>
    <name>guichet::delivery::DeliveryReceipt</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>The certificate written on the token cannot be read.</source>
        <translation>Le certificat écrit sur le token est illisible.</translation>
    </message>
    <message>
        <source>Delivery receipt %1</source>
        <translation>Récépissé de remise %1</translation>
    </message>
    <message>
        <source>Registration authority — face-to-face delivery of a certificate</source>
        <translation>Autorité d&apos;enregistrement — remise d&apos;un certificat en face à face</translation>
    </message>
    <message>
        <source>Delivery receipt</source>
        <translation>Récépissé de remise</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>Order and holder</source>
        <translation>Commande et porteur</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Numéro de commande</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>%1 (SIREN %2)</source>
        <translation>%1 (SIREN %2)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valide à partir du</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>Token and key</source>
        <translation>Token et clé</translation>
    </message>
    <message>
        <source>Token label</source>
        <translation>Libellé du token</translation>
    </message>
    <message>
        <source>Token serial number</source>
        <translation>Numéro de série du token</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>Algorithme de la clé</translation>
    </message>
    <message>
        <source>Key identifier (CKA_ID)</source>
        <translation>Identifiant de la clé (CKA_ID)</translation>
    </message>
    <message>
        <source>Generated on the token (CKA_LOCAL)</source>
        <translation>Générée sur le token (CKA_LOCAL)</translation>
    </message>
    <message>
        <source>Always sensitive (CKA_ALWAYS_SENSITIVE)</source>
        <translation>Toujours sensible (CKA_ALWAYS_SENSITIVE)</translation>
    </message>
    <message>
        <source>Never extractable (CKA_NEVER_EXTRACTABLE)</source>
        <translation>Jamais extractible (CKA_NEVER_EXTRACTABLE)</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Operator&apos;s organisation</source>
        <translation>Organisation de l&apos;opérateur</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>The holder received the token above, holding the certificate and its private key. The key was generated on the token and cannot leave it.</source>
        <translation>Le porteur a reçu le token ci-dessus, qui contient le certificat et sa clé privée. La clé a été générée sur le token et ne peut pas en sortir.</translation>
    </message>
    <message>
        <source>Received by the holder</source>
        <translation>Reçu par le porteur</translation>
    </message>
    <message>
        <source>Delivered by the operator</source>
        <translation>Remis par l&apos;opérateur</translation>
    </message>
    <message>
        <source>Receipt kept with order %1.</source>
        <translation>Récépissé conservé avec la commande %1.</translation>
    </message>
</context>
<context>
    <name>guichet::delivery::DeliverySession</name>
    <message>
        <source>Order %1&apos;s certificate is already delivered.</source>
        <translation>Le certificat de la commande %1 a déjà été remis.</translation>
    </message>
    <message>
        <source>Order %1 is not validated for delivery (phase: %2).</source>
        <translation>La commande %1 n&apos;est pas validée pour la remise (phase : %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be done now: the delivery of order %2 is at &quot;%3&quot;.</source>
        <translation>Impossible de passer maintenant à « %1 » : la remise de la commande %2 en est à « %3 ».</translation>
    </message>
    <message>
        <source>Log in to the holder&apos;s token &quot;%1&quot; first (the holder types the PIN).</source>
        <translation>Connectez-vous d&apos;abord au token du porteur « %1 » (le porteur saisit le code PIN).</translation>
    </message>
    <message>
        <source>The delivery of order %1 stopped at &quot;%2&quot;: %3 The order is not delivered.</source>
        <translation>La remise de la commande %1 s&apos;est arrêtée à « %2 » : %3 La commande n&apos;est pas remise.</translation>
    </message>
    <message>
        <source>The key algorithm recorded for this delivery is unknown.</source>
        <translation>L&apos;algorithme de clé enregistré pour cette remise est inconnu.</translation>
    </message>
    <message>
        <source>No key ID could be generated.</source>
        <translation>Aucun identifiant de clé n&apos;a pu être généré.</translation>
    </message>
    <message>
        <source>No holder token is prepared for this delivery yet.</source>
        <translation>Aucun token de porteur n&apos;est encore préparé pour cette remise.</translation>
    </message>
    <message>
        <source>The holder&apos;s token &quot;%1&quot; (serial %2) is not plugged in.</source>
        <translation>Le token du porteur « %1 » (numéro de série %2) n&apos;est pas branché.</translation>
    </message>
    <message>
        <source>The token does not report the key as generated on it, always sensitive and never extractable: it cannot hold a qualified certificate.</source>
        <translation>Le token n&apos;indique pas que la clé a été générée sur lui, toujours sensible et jamais extractible : il ne peut pas porter de certificat qualifié.</translation>
    </message>
    <message>
        <source>The CA issued a certificate for another key than the one on the holder&apos;s token.</source>
        <translation>L&apos;AC a émis un certificat pour une autre clé que celle du token du porteur.</translation>
    </message>
    <message>
        <source>The holder&apos;s token already holds another certificate for this key: clean the token and start again.</source>
        <translation>Le token du porteur contient déjà un autre certificat pour cette clé : nettoyez le token et recommencez.</translation>
    </message>
    <message>
        <source>The certificate read back from the token is not the one written.</source>
        <translation>Le certificat relu sur le token n&apos;est pas celui qui a été écrit.</translation>
    </message>
    <message>
        <source>There is nothing of this delivery to clean on a token.</source>
        <translation>Cette remise n&apos;a rien laissé à nettoyer sur un token.</translation>
    </message>
    <message>
        <source>There is no holder token to replace in this delivery.</source>
        <translation>Cette remise n&apos;a aucun token de porteur à remplacer.</translation>
    </message>
    <message>
        <source>The delivery of order %1 cannot start: %2</source>
        <translation>La remise de la commande %1 ne peut pas commencer : %2</translation>
    </message>
    <message>
        <source>The token &quot;%1&quot; was initialised but its PIN could not be set: it must be reset with the token&apos;s own tool before it can be used again; prepare another token.</source>
        <translation>Le token « %1 » a été initialisé mais son code PIN n&apos;a pas pu être défini : il doit être réinitialisé avec l&apos;outil du token avant de pouvoir resservir ; préparez un autre token.</translation>
    </message>
</context>
<context>
    <name>guichet::delivery::DeliveryText</name>
    <message>
        <source>not started</source>
        <translation>non commencée</translation>
    </message>
    <message>
        <source>identity checked</source>
        <translation>identité vérifiée</translation>
    </message>
    <message>
        <source>holder&apos;s token prepared</source>
        <translation>token du porteur préparé</translation>
    </message>
    <message>
        <source>key generated on the token</source>
        <translation>clé générée sur le token</translation>
    </message>
    <message>
        <source>certificate issued by the CA</source>
        <translation>certificat émis par l&apos;AC</translation>
    </message>
    <message>
        <source>certificate written to the token</source>
        <translation>certificat écrit sur le token</translation>
    </message>
    <message>
        <source>delivery recorded</source>
        <translation>remise enregistrée</translation>
    </message>
    <message>
        <source>Order %1 is delivered.</source>
        <translation>Commande %1 : la remise est terminée.</translation>
    </message>
    <message>
        <source>Order %1: the delivery has not started. Next: %2.</source>
        <translation>Commande %1 : la remise n&apos;a pas commencé. Étape suivante : %2.</translation>
    </message>
    <message>
        <source>Order %1: stopped after &quot;%2&quot;. Next: %3.</source>
        <translation>Commande %1 : remise arrêtée après « %2 ». Étape suivante : %3.</translation>
    </message>
    <message>
        <source>Holder&apos;s token: &quot;%1&quot; (serial %2).</source>
        <translation>Token du porteur : « %1 » (numéro de série %2).</translation>
    </message>
    <message>
        <source>The last attempt at &quot;%1&quot; failed (%2).</source>
        <translation>La dernière tentative pour « %1 » a échoué (%2).</translation>
    </message>
</context>
<context>
    <name>guichet::delivery::InterventionSheet</name>
    <message>
        <source>Face-to-face intervention sheet %1</source>
        <translation>Fiche d&apos;intervention de face à face %1</translation>
    </message>
    <message>
        <source>Registration authority — face-to-face delivery of a certificate</source>
        <translation>Autorité d&apos;enregistrement — remise d&apos;un certificat en face à face</translation>
    </message>
    <message>
        <source>Face-to-face intervention sheet</source>
        <translation>Fiche d&apos;intervention de face à face</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Numéro de commande</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Date de commande</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>Certification agent</source>
        <translation>Mandataire de certification</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Identity document presented</source>
        <translation>Pièce d&apos;identité présentée</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>The operator checked the identity document presented against the dossier and attests that the certification agent&apos;s face matches it. The certification agent received the token and the certificate on the holder&apos;s behalf.</source>
        <translation>L&apos;opérateur a contrôlé la pièce d&apos;identité présentée au regard du dossier et atteste que le visage du mandataire de certification lui correspond. Le mandataire de certification a reçu le token et le certificat pour le compte du porteur.</translation>
    </message>
    <message>
        <source>The operator checked the identity document presented against the dossier and attests that the holder&apos;s face matches it. The holder received the token and the certificate in person.</source>
        <translation>L&apos;opérateur a contrôlé la pièce d&apos;identité présentée au regard du dossier et atteste que le visage du porteur lui correspond. Le porteur a reçu le token et le certificat en main propre.</translation>
    </message>
    <message>
        <source>Date and signature</source>
        <translation>Date et signature</translation>
    </message>
    <message>
        <source>Sheet kept with order %1. The identity document&apos;s copy is not printed here.</source>
        <translation>Fiche conservée avec la commande %1. La copie de la pièce d&apos;identité n&apos;est pas imprimée ici.</translation>
    </message>
</context>
<context>
    <name>guichet::delivery::PaperPage</name>
    <message>
        <source>not a real delivery: nothing on this page is valid</source>
        <translation>pas une vraie remise : rien sur cette page n&apos;est valable</translation>
    </message>
    <message>
        <source>The document could not be drawn.</source>
        <translation>Le document n&apos;a pas pu être dessiné.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>A date and a time on the delivery&apos;s paper: %1 is dd/MM/yyyy, %2 is HH:mm (local time).</extracomment>
        <translation>%1 à %2</translation>
    </message>
</context>
<context>
    <name>guichet::delivery::PinLetter</name>
    <message>
        <source>The PIN letter cannot print these codes.</source>
        <translation>Le courrier PIN ne peut pas imprimer ces codes.</translation>
    </message>
    <message>
        <source>PIN letter %1</source>
        <translation>Courrier PIN %1</translation>
    </message>
    <message>
        <source>Registration authority — personal and confidential</source>
        <translation>Autorité d&apos;enregistrement — personnel et confidentiel</translation>
    </message>
    <message>
        <source>Your token&apos;s PIN codes</source>
        <translation>Les codes PIN de votre token</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Token label</source>
        <translation>Libellé du token</translation>
    </message>
    <message>
        <source>Token serial number</source>
        <translation>Numéro de série du token</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Imprimé le</translation>
    </message>
    <message>
        <source>Here are the temporary codes of your token. The PIN protects your certificate&apos;s private key: change it the first time you use the token. The PUK unblocks the token if the PIN is entered wrongly too many times: keep it apart from the token.</source>
        <translation>Voici les codes provisoires de votre token. Le code PIN protège la clé privée de votre certificat : changez-le à la première utilisation du token. Le code PUK débloque le token si un code PIN erroné est saisi trop de fois : conservez-le à l&apos;écart du token.</translation>
    </message>
    <message>
        <source>Temporary PIN</source>
        <translation>Code PIN provisoire</translation>
    </message>
    <message>
        <source>PUK (unblocking code)</source>
        <translation>Code PUK (déblocage)</translation>
    </message>
    <message>
        <source>Nobody from the registration authority will ever ask you for these codes. Guichet did not keep them: if you lose this letter, the token must be reset. Destroy this letter once you have changed your PIN.</source>
        <translation>Personne de l&apos;autorité d&apos;enregistrement ne vous demandera jamais ces codes. Guichet ne les a pas conservés : si vous perdez ce courrier, le token devra être réinitialisé. Détruisez ce courrier une fois votre code PIN changé.</translation>
    </message>
    <message>
        <source>Personal and confidential — order %1.</source>
        <translation>Personnel et confidentiel — commande %1.</translation>
    </message>
</context>
<context>
    <name>guichet::delivery::TokenPolicy</name>
    <message>
        <source>delivery/%1 must be a whole number from %2 to 32.</source>
        <translation>delivery/%1 doit être un nombre entier de %2 à 32.</translation>
    </message>
    <message>
        <source>The RA&apos;s token policy in the settings is wrong: %1</source>
        <translation>La politique de token de l&apos;AE indiquée dans les paramètres est incorrecte : %1</translation>
    </message>
    <message>
        <source>delivery/temporaryPinLength (%1) is shorter than delivery/minimumPinLength (%2): the letter&apos;s temporary PIN would be shorter than a PIN the holder may choose.</source>
        <translation>delivery/temporaryPinLength (%1) est inférieur à delivery/minimumPinLength (%2) : le code PIN provisoire du courrier serait plus court qu&apos;un code PIN que le porteur peut choisir.</translation>
    </message>
</context>
<context>
    <name>guichet::delivery::TokenPreparation</name>
    <message>
        <source>No random PIN could be generated.</source>
        <translation>Aucun code PIN aléatoire n&apos;a pu être généré.</translation>
    </message>
    <message>
        <source>No token is in this reader: plug in the holder&apos;s token.</source>
        <translation>Aucun token n&apos;est dans ce lecteur : insérez le token du porteur.</translation>
    </message>
    <message>
        <source>This is the operator&apos;s own token: plug in the holder&apos;s token.</source>
        <translation>Ce token est celui de l&apos;opérateur : insérez le token du porteur.</translation>
    </message>
    <message>
        <source>The token &quot;%1&quot; is not blank: use a new token for the holder.</source>
        <translation>Le token « %1 » n&apos;est pas vierge : utilisez un token neuf pour le porteur.</translation>
    </message>
    <message>
        <source>The holder must type their PIN twice.</source>
        <translation>Le porteur doit saisir son code PIN deux fois.</translation>
    </message>
    <message>
        <source>The two PINs typed differ: the holder must type the same PIN twice.</source>
        <translation>Les deux codes PIN saisis diffèrent : le porteur doit saisir deux fois le même code PIN.</translation>
    </message>
    <message>
        <source>The PIN is too short: at least %1 characters.</source>
        <translation>Le code PIN est trop court : au moins %1 caractères.</translation>
    </message>
    <message>
        <source>This token accepts PINs of %1 to %2 characters.</source>
        <translation>Ce token accepte des codes PIN de %1 à %2 caractères.</translation>
    </message>
    <message>
        <source>The PIN typed has %1 characters. %2 The holder types another PIN.</source>
        <translation>Le code PIN saisi compte %1 caractères. %2 Le porteur saisit un autre code PIN.</translation>
    </message>
    <message>
        <source>The RA&apos;s temporary PIN has %1 digits. %2 Change delivery/temporaryPinLength, or use another token.</source>
        <translation>Le code PIN provisoire de l&apos;AE compte %1 chiffres. %2 Modifiez delivery/temporaryPinLength, ou utilisez un autre token.</translation>
    </message>
    <message>
        <source>The RA&apos;s SO PIN has %1 characters. %2 Change delivery/soPinLength, or use another token.</source>
        <translation>Le code PIN SO de l&apos;AE compte %1 caractères. %2 Modifiez delivery/soPinLength, ou utilisez un autre token.</translation>
    </message>
</context>
<context>
    <name>guichet::desk</name>
    <message>
        <source>Preparing the demo orders…</source>
        <translation>Préparation des commandes de démonstration…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Guichet</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened: %2</source>
        <translation>Impossible d&apos;ouvrir la base locale %1 : %2</translation>
    </message>
</context>
<context>
    <name>guichet::enrol::CertificateAuthority</name>
    <message>
        <source>The certificate&apos;s validity ends before it begins.</source>
        <translation>La période de validité du certificat se termine avant de commencer.</translation>
    </message>
    <message>
        <source>The certificate&apos;s validity dates cannot be encoded.</source>
        <translation>Les dates de validité du certificat ne peuvent pas être encodées.</translation>
    </message>
    <message>
        <source>The name field %1 cannot hold &quot;%2&quot;.</source>
        <translation>Le champ de nom %1 ne peut pas contenir « %2 ».</translation>
    </message>
    <message>
        <source>The certificate&apos;s extensions cannot be encoded.</source>
        <translation>Les extensions du certificat ne peuvent pas être encodées.</translation>
    </message>
    <message>
        <source>No random serial number could be drawn.</source>
        <translation>Aucun numéro de série aléatoire n&apos;a pu être tiré.</translation>
    </message>
    <message>
        <source>The serial number must be positive and at most 20 bytes long.</source>
        <translation>Le numéro de série doit être positif et faire au plus 20 octets.</translation>
    </message>
    <message>
        <source>The serial number cannot be encoded.</source>
        <translation>Le numéro de série ne peut pas être encodé.</translation>
    </message>
    <message>
        <source>The e-mail address &quot;%1&quot; cannot go in a certificate.</source>
        <translation>L&apos;adresse e-mail « %1 » ne peut pas figurer dans un certificat.</translation>
    </message>
    <message>
        <source>The certificate could not be signed.</source>
        <translation>Le certificat n&apos;a pas pu être signé.</translation>
    </message>
    <message>
        <source>The %1 %2 cannot be read.</source>
        <translation>Impossible de lire le fichier %2 (%1).</translation>
    </message>
    <message>
        <source>This is not a certificate.</source>
        <translation>Ce n&apos;est pas un certificat.</translation>
    </message>
    <message>
        <source>The certification authority&apos;s key could not be generated.</source>
        <translation>La clé de l&apos;AC n&apos;a pas pu être générée.</translation>
    </message>
    <message>
        <source>The certification authority&apos;s certificate could not be made.</source>
        <translation>Le certificat de l&apos;AC n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>The certification authority needs a name.</source>
        <translation>L&apos;AC doit avoir un nom.</translation>
    </message>
    <message>
        <source>certification authority&apos;s certificate</source>
        <translation>certificat de l&apos;AC</translation>
    </message>
    <message>
        <source>certification authority&apos;s key</source>
        <translation>clé de l&apos;AC</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate.</source>
        <translation>Le fichier %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>The file %1 holds no unencrypted PEM private key.</source>
        <translation>Le fichier %1 ne contient aucune clé privée PEM non chiffrée.</translation>
    </message>
    <message>
        <source>The key in %1 does not belong to the certificate in %2.</source>
        <translation>La clé contenue dans %1 ne correspond pas au certificat contenu dans %2.</translation>
    </message>
    <message>
        <source>The certificate in %1 is not a certification authority&apos;s.</source>
        <translation>Le certificat contenu dans %1 n&apos;est pas un certificat d&apos;AC.</translation>
    </message>
    <message>
        <source>The certification authority&apos;s key cannot be written.</source>
        <translation>La clé de l&apos;AC ne peut pas être écrite.</translation>
    </message>
    <message>
        <source>The certification authority&apos;s key cannot be written to %1.</source>
        <translation>La clé de l&apos;AC ne peut pas être écrite dans %1.</translation>
    </message>
    <message>
        <source>The certification authority&apos;s certificate cannot be written to %1.</source>
        <translation>Le certificat de l&apos;AC ne peut pas être écrit dans %1.</translation>
    </message>
    <message>
        <source>The request&apos;s public key cannot be read.</source>
        <translation>La clé publique de la demande est illisible.</translation>
    </message>
    <message>
        <source>The certificate could not be made.</source>
        <translation>Le certificat n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>The certificate needs a subject name.</source>
        <translation>Le certificat doit avoir un nom de sujet.</translation>
    </message>
</context>
<context>
    <name>guichet::enrol::CertificateProfile</name>
    <message>
        <source>The product &quot;%1&quot; has no certificate profile: it cannot be delivered here.</source>
        <translation>Le produit « %1 » n&apos;a pas de profil de certificat : il ne peut pas être délivré ici.</translation>
    </message>
    <message>
        <source>The order&apos;s certificate lasts %1 years; the product is sold for 1, 2 or 3 years.</source>
        <translation>Le certificat de la commande a une durée de %1 ans ; le produit est vendu pour 1, 2 ou 3 ans.</translation>
    </message>
    <message>
        <source>the holder&apos;s given name</source>
        <translation>le prénom du porteur</translation>
    </message>
    <message>
        <source>the holder&apos;s surname</source>
        <translation>le nom du porteur</translation>
    </message>
    <message>
        <source>the holder&apos;s e-mail address</source>
        <translation>l&apos;adresse e-mail du porteur</translation>
    </message>
    <message>
        <source>the organisation&apos;s name</source>
        <translation>la raison sociale de l&apos;organisation</translation>
    </message>
    <message>
        <source>the organisation&apos;s SIREN</source>
        <translation>le SIREN de l&apos;organisation</translation>
    </message>
    <message>
        <source>The certificate&apos;s subject cannot be made: the order lacks %1.</source>
        <translation>Le sujet du certificat ne peut pas être constitué : il manque %1 dans la commande.</translation>
    </message>
    <message>
        <source>The organisation&apos;s SIREN &quot;%1&quot; is not 9 digits.</source>
        <translation>Le SIREN de l&apos;organisation « %1 » ne comporte pas 9 chiffres.</translation>
    </message>
    <message>
        <source>The holder&apos;s e-mail address &quot;%1&quot; cannot go into a certificate: only plain ASCII characters are allowed. Correct it in the order.</source>
        <translation>L&apos;adresse e-mail du porteur « %1 » ne peut pas figurer dans un certificat : seuls les caractères ASCII simples sont acceptés. Corrigez-la dans la commande.</translation>
    </message>
</context>
<context>
    <name>guichet::enrol::CmpIssuer</name>
    <message>
        <source>The CA cannot be reached at %1: it refused the connection or cannot be found. Check that it is up and that the address is right, then try again.</source>
        <translation>L&apos;AC est injoignable à l&apos;adresse %1 : elle a refusé la connexion ou est introuvable. Vérifiez qu&apos;elle est en service et que l&apos;adresse est correcte, puis réessayez.</translation>
    </message>
    <message>
        <source>There is no key on the holder&apos;s token to certify.</source>
        <translation>Le token du porteur ne contient aucune clé à certifier.</translation>
    </message>
    <message>
        <source>No CA certificate is configured: the CA&apos;s answer could not be verified.</source>
        <translation>Aucun certificat d&apos;AC n&apos;est configuré : la réponse de l&apos;AC n&apos;a pas pu être vérifiée.</translation>
    </message>
    <message>
        <source>The request to the CA could not be prepared.</source>
        <translation>La demande à l&apos;AC n&apos;a pas pu être préparée.</translation>
    </message>
    <message>
        <source>A configured CA certificate cannot be read.</source>
        <translation>Un certificat d&apos;AC configuré est illisible.</translation>
    </message>
    <message>
        <source>The operator&apos;s certificate or key cannot sign the request.</source>
        <translation>Le certificat ou la clé de l&apos;opérateur ne peut pas signer la demande.</translation>
    </message>
    <message>
        <source>The CA&apos;s shared secret or its reference is missing from the configuration.</source>
        <translation>Le secret partagé de l&apos;AC ou sa référence est absent de la configuration.</translation>
    </message>
    <message>
        <source>The certificate&apos;s subject or extensions cannot be encoded.</source>
        <translation>Le sujet ou les extensions du certificat ne peuvent pas être encodés.</translation>
    </message>
    <message>
        <source>The holder&apos;s token could not sign the certificate request.</source>
        <translation>Le token du porteur n&apos;a pas pu signer la demande de certificat.</translation>
    </message>
    <message>
        <source>It was refused, and the CA was told so: nothing is written on the token.</source>
        <translation>Il a été refusé, et l&apos;AC en a été informée : rien n&apos;a été écrit sur le token.</translation>
    </message>
    <message>
        <source>The CA refused the request without saying why.</source>
        <translation>L&apos;AC a refusé la demande sans en donner la raison.</translation>
    </message>
    <message>
        <source>The CA refused the request: &quot;%1&quot;.</source>
        <translation>L&apos;AC a refusé la demande : « %1 ».</translation>
    </message>
    <message>
        <source>The CA at %1 did not answer in time. Try again later; nothing was issued that Guichet knows of.</source>
        <translation>L&apos;AC à l&apos;adresse %1 n&apos;a pas répondu à temps. Réessayez plus tard ; à la connaissance de Guichet, aucun certificat n&apos;a été émis.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer as a CMP certification authority: check the CA&apos;s address and path.</source>
        <translation>Le serveur à l&apos;adresse %1 n&apos;a pas répondu comme une autorité de certification CMP : vérifiez l&apos;adresse et le chemin de l&apos;AC.</translation>
    </message>
    <message>
        <source>The CA&apos;s answer does not verify with the shared secret configured for it: the secret or its reference is probably wrong. Nothing was issued.</source>
        <translation>La réponse de l&apos;AC ne se vérifie pas avec le secret partagé configuré pour elle : le secret ou sa référence est probablement erroné. Aucun certificat n&apos;a été émis.</translation>
    </message>
    <message>
        <source>The CA&apos;s answer could not be verified (its signature does not chain to the configured CA certificates): it was not accepted.</source>
        <translation>La réponse de l&apos;AC n&apos;a pas pu être vérifiée (sa signature ne remonte pas aux certificats d&apos;AC configurés) : elle a été rejetée.</translation>
    </message>
    <message>
        <source>The certificate could not be obtained from the CA.</source>
        <translation>Le certificat n&apos;a pas pu être obtenu auprès de l&apos;AC.</translation>
    </message>
    <message>
        <source>The CA&apos;s address &quot;%1&quot; is not one Guichet can use (http://host:port/path or https://host:port/path).</source>
        <translation>L&apos;adresse de l&apos;AC « %1 » n&apos;est pas utilisable par Guichet (http://hôte:port/chemin ou https://hôte:port/chemin).</translation>
    </message>
    <message>
        <source>A CA certificate configured for TLS cannot be read.</source>
        <translation>Un certificat d&apos;AC configuré pour TLS ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The CA&apos;s TLS certificate cannot be verified (%1): the connection to %2 was closed before anything was sent, and nothing was issued.</source>
        <translation>Le certificat TLS de l&apos;AC ne peut pas être vérifié (%1) : la connexion à %2 a été fermée avant tout envoi, et rien n&apos;a été émis.</translation>
    </message>
    <message>
        <source>The CA&apos;s name does not match its TLS certificate (%1 is not a name it bears): the connection was closed before anything was sent, and nothing was issued.</source>
        <translation>Le nom de l&apos;AC ne correspond pas à son certificat TLS (%1 n&apos;est pas un nom qu&apos;il porte) : la connexion a été fermée avant tout envoi, et rien n&apos;a été émis.</translation>
    </message>
    <message>
        <source>The secure connection (TLS) to the CA at %1 could not be set up: check that the CA speaks HTTPS at that address. Nothing was sent.</source>
        <translation>La connexion sécurisée (TLS) à l&apos;AC à l&apos;adresse %1 n&apos;a pas pu être établie : vérifiez que l&apos;AC parle HTTPS à cette adresse. Rien n&apos;a été envoyé.</translation>
    </message>
</context>
<context>
    <name>guichet::enrol::IssuanceSettings</name>
    <message>
        <source>The CA&apos;s shared secret file %1 is not a file (ca/secretFile).</source>
        <translation>Le fichier %1 du secret partagé de l&apos;AC n&apos;est pas un fichier (ca/secretFile).</translation>
    </message>
    <message>
        <source>The CA&apos;s shared secret file %1 is open to others than its owner (mode %2): it is refused. Make it readable by its owner only (chmod 600).</source>
        <translation>Le fichier %1 du secret partagé de l&apos;AC est accessible à d&apos;autres que son propriétaire (mode %2) : il est refusé. Rendez-le lisible par son seul propriétaire (chmod 600).</translation>
    </message>
    <message>
        <source>The CA&apos;s shared secret file %1 is too large to be a shared secret (more than 4 KiB).</source>
        <translation>Le fichier %1 du secret partagé de l&apos;AC est trop volumineux pour être un secret partagé (plus de 4 Kio).</translation>
    </message>
    <message>
        <source>The CA&apos;s shared secret file %1 does not exist (ca/secretFile).</source>
        <translation>Le fichier %1 du secret partagé de l&apos;AC n&apos;existe pas (ca/secretFile).</translation>
    </message>
    <message>
        <source>The CA&apos;s shared secret file %1 cannot be read (ca/secretFile): %2.</source>
        <translation>Le fichier %1 du secret partagé de l&apos;AC ne peut pas être lu (ca/secretFile) : %2.</translation>
    </message>
    <message>
        <source>The setting ca/%1 holds a list (a comma): put its value in double quotes.</source>
        <translation>Le paramètre ca/%1 contient une liste (une virgule) : mettez sa valeur entre guillemets droits (&quot;).</translation>
    </message>
    <message>
        <source>The timeout ca/%1 is &quot;%2&quot;: give a whole number of seconds (0: no limit).</source>
        <translation>Le délai ca/%1 vaut « %2 » : indiquez un nombre entier de secondes (0 : pas de limite).</translation>
    </message>
    <message>
        <source>The setting ca/%1 is not one of the CA&apos;s settings (a typo?).</source>
        <translation>Le paramètre ca/%1 ne fait pas partie des paramètres de l&apos;AC (faute de frappe ?).</translation>
    </message>
    <message>
        <source>The CA&apos;s address (ca/server) is missing.</source>
        <translation>L&apos;adresse de l&apos;AC (ca/server) n&apos;est pas indiquée.</translation>
    </message>
    <message>
        <source>The CA&apos;s certificate (ca/certificates) is missing: it is needed to verify the CA&apos;s answers and the certificates it issues.</source>
        <translation>Le certificat de l&apos;AC (ca/certificates) n&apos;est pas indiqué : il est nécessaire pour vérifier les réponses de l&apos;AC et les certificats qu&apos;elle émet.</translation>
    </message>
    <message>
        <source>The CMP command ca/command is &quot;%1&quot;: use ir, cr or p10cr.</source>
        <translation>La commande CMP ca/command vaut « %1 » : utilisez ir, cr ou p10cr.</translation>
    </message>
    <message>
        <source>The protection ca/protection is &quot;%1&quot;: use operator (the operator&apos;s token key signs each request) or shared-secret.</source>
        <translation>La protection ca/protection vaut « %1 » : utilisez operator (la clé du token de l&apos;opérateur signe chaque demande) ou shared-secret.</translation>
    </message>
    <message>
        <source>The reference of the CA&apos;s shared secret (ca/secretReference) is missing.</source>
        <translation>La référence du secret partagé de l&apos;AC (ca/secretReference) n&apos;est pas indiquée.</translation>
    </message>
    <message>
        <source>The file holding the CA&apos;s shared secret (ca/secretFile) is missing: the secret is never written in the settings themselves.</source>
        <translation>Le fichier contenant le secret partagé de l&apos;AC (ca/secretFile) n&apos;est pas indiqué : le secret n&apos;est jamais écrit dans les paramètres eux-mêmes.</translation>
    </message>
    <message>
        <source>The key algorithm ca/keyAlgorithm is &quot;%1&quot;: use rsa2048, rsa3072 or ec-p256.</source>
        <translation>L&apos;algorithme de clé ca/keyAlgorithm vaut « %1 » : utilisez rsa2048, rsa3072 ou ec-p256.</translation>
    </message>
    <message>
        <source>The key algorithm ca/%1 is &quot;%2&quot;: use rsa2048, rsa3072 or ec-p256.</source>
        <translation>L&apos;algorithme de clé ca/%1 vaut « %2 » : utilisez rsa2048, rsa3072 ou ec-p256.</translation>
    </message>
    <message>
        <source>The setting ca/%1 names the product &quot;%2&quot;, which has no certificate profile here.</source>
        <translation>Le paramètre ca/%1 désigne le produit « %2 », qui n&apos;a pas de profil de certificat ici.</translation>
    </message>
    <message>
        <source>The RA&apos;s CA is not configured correctly (settings group [ca]): %1</source>
        <translation>L&apos;AC de l&apos;AE n&apos;est pas correctement configurée (groupe de paramètres [ca]) : %1</translation>
    </message>
    <message>
        <source>The CA&apos;s requests are signed with the operator&apos;s token key: no shared secret is configured (ca/protection).</source>
        <translation>Les demandes à l&apos;AC sont signées avec la clé du token de l&apos;opérateur : aucun secret partagé n&apos;est configuré (ca/protection).</translation>
    </message>
    <message>
        <source>The CA&apos;s shared secret file %1 is empty.</source>
        <translation>Le fichier %1 du secret partagé de l&apos;AC est vide.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 does not exist (%2).</source>
        <translation>Le fichier de certificat d&apos;AC %1 n&apos;existe pas (%2).</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read (%2): %3.</source>
        <translation>Le fichier de certificat d&apos;AC %1 ne peut pas être lu (%2) : %3.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 holds a certificate that cannot be read (%2).</source>
        <translation>Le fichier de certificat d&apos;AC %1 contient un certificat illisible (%2).</translation>
    </message>
    <message>
        <source>The file %1 holds no certificate (PEM or DER) (%2).</source>
        <translation>Le fichier %1 ne contient aucun certificat (PEM ou DER) (%2).</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; in %2 is not a CA certificate (%3): give the CA&apos;s own certificate(s).</source>
        <translation>Le certificat « %1 » contenu dans %2 n&apos;est pas un certificat d&apos;AC (%3) : indiquez le ou les certificats de l&apos;AC elle-même.</translation>
    </message>
    <message>
        <source>The CA&apos;s address &quot;%1&quot; (ca/server) is not one Guichet can use: http://host:port/path or https://host:port/path.</source>
        <translation>L&apos;adresse de l&apos;AC « %1 » (ca/server) n&apos;est pas utilisable par Guichet : http://hôte:port/chemin ou https://hôte:port/chemin.</translation>
    </message>
</context>
<context>
    <name>guichet::enrol::IssuedCheck</name>
    <message>
        <source>common name</source>
        <translation>nom commun</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>organisational unit</source>
        <translation>unité organisationnelle</translation>
    </message>
    <message>
        <source>organisation identifier</source>
        <translation>identifiant de l&apos;organisation</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>adresse e-mail</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>The holder token key&apos;s public key cannot be read, so the certificate&apos;s key cannot be compared with it.</source>
        <translation>La clé publique générée sur le token du porteur est illisible : impossible de la comparer à la clé du certificat.</translation>
    </message>
    <message>
        <source>The certificate is for another key than the one generated on the holder&apos;s token.</source>
        <translation>Le certificat porte sur une autre clé que celle générée sur le token du porteur.</translation>
    </message>
    <message>
        <source>The certificate&apos;s subject has no %1 (%2); the order says &quot;%3&quot;.</source>
        <translation>Le sujet du certificat ne contient pas de champ %1 (%2) ; la commande indique « %3 ».</translation>
    </message>
    <message>
        <source>The certificate&apos;s %1 (%2) is &quot;%3&quot;; the order says &quot;%4&quot;.</source>
        <translation>Le champ %1 (%2) du certificat vaut « %3 » ; la commande indique « %4 ».</translation>
    </message>
    <message>
        <source>The certificate carries no e-mail address (subjectAltName rfc822Name); the order says &quot;%1&quot;.</source>
        <translation>Le certificat ne contient aucune adresse e-mail (subjectAltName rfc822Name) ; la commande indique « %1 ».</translation>
    </message>
    <message>
        <source>The certificate&apos;s e-mail address is &quot;%1&quot;; the order says &quot;%2&quot;.</source>
        <translation>L&apos;adresse e-mail du certificat est « %1 » ; la commande indique « %2 ».</translation>
    </message>
    <message>
        <source>The certificate&apos;s validity dates cannot be read.</source>
        <translation>Les dates de validité du certificat sont illisibles.</translation>
    </message>
    <message>
        <source>The certificate is not valid yet: it starts on %1.</source>
        <translation>Le certificat n&apos;est pas encore valide : sa validité commence le %1.</translation>
    </message>
    <message>
        <source>The certificate has already expired: it ended on %1.</source>
        <translation>Le certificat a déjà expiré : sa validité a pris fin le %1.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate is valid from %1 to %2 (%3 days); the product says %n year(s).</source>
        <translation>
            <numerusform>Le certificat est valide du %1 au %2 (%3 jours) ; le produit prévoit %n an.</numerusform>
            <numerusform>Le certificat est valide du %1 au %2 (%3 jours) ; le produit prévoit %n ans.</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate has no key usage; the product says %1.</source>
        <translation>Le certificat n&apos;a pas d&apos;usage de clé (key usage) ; le produit prévoit %1.</translation>
    </message>
    <message>
        <source>The certificate&apos;s key usage is %1; the product says %2.</source>
        <translation>L&apos;usage de clé du certificat est %1 ; le produit prévoit %2.</translation>
    </message>
    <message>
        <source>The certificate&apos;s key usage is not marked critical.</source>
        <translation>L&apos;usage de clé du certificat n&apos;est pas marqué critique.</translation>
    </message>
    <message>
        <source>The certificate does not chain to the configured CA: %1.</source>
        <translation>Le certificat ne remonte pas à l&apos;AC configurée : %1.</translation>
    </message>
    <message>
        <source>No CA certificate is configured to check the certificate against.</source>
        <translation>Aucun certificat d&apos;AC n&apos;est configuré pour vérifier le certificat.</translation>
    </message>
    <message>
        <source>A configured CA certificate cannot be read.</source>
        <translation>Un certificat d&apos;AC configuré est illisible.</translation>
    </message>
    <message>
        <source>The certificate the CA issued does not match the order: %1</source>
        <translation>Le certificat émis par l&apos;AC ne correspond pas à la commande : %1</translation>
    </message>
    <message>
        <source>What the CA sent is not a certificate.</source>
        <translation>Ce que l&apos;AC a envoyé n&apos;est pas un certificat.</translation>
    </message>
</context>
<context>
    <name>guichet::enrol::TrainingIssuer</name>
    <message>
        <source>The operator&apos;s certificate and key cannot sign a training request: they are not a training operator&apos;s.</source>
        <translation>Le certificat et la clé de l&apos;opérateur ne peuvent pas signer une demande de formation : ce ne sont pas ceux d&apos;un opérateur de formation.</translation>
    </message>
    <message>
        <source>The training CA issues certificates in training mode only.</source>
        <translation>L&apos;AC de formation n&apos;émet des certificats qu&apos;en mode formation.</translation>
    </message>
    <message>
        <source>This CA is not the training CA: it may not issue training certificates.</source>
        <translation>Cette AC n&apos;est pas l&apos;AC de formation : elle ne peut pas émettre de certificats de formation.</translation>
    </message>
    <message>
        <source>There is no key on the holder&apos;s token to certify.</source>
        <translation>Le token du porteur ne contient aucune clé à certifier.</translation>
    </message>
    <message>
        <source>The training CA only issues signature certificates (digitalSignature, nonRepudiation); the product asks for %1.</source>
        <translation>L&apos;AC de formation n&apos;émet que des certificats de signature (digitalSignature, nonRepudiation) ; le produit demande %1.</translation>
    </message>
    <message>
        <source>The request&apos;s shared secret is empty.</source>
        <translation>Le secret partagé de la demande est vide.</translation>
    </message>
    <message>
        <source>The holder&apos;s token did not prove that it holds the key to certify.</source>
        <translation>Le token du porteur n&apos;a pas prouvé qu&apos;il détient la clé à certifier.</translation>
    </message>
</context>
<context>
    <name>guichet::enrol::TrainingProvisioner</name>
    <message>
        <source>The training file %1 cannot be written.</source>
        <translation>Le fichier de formation %1 ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>SoftHSM2 is already in use in this program with another configuration: run the training provisioning on its own (guichet-cli training provision).</source>
        <translation>SoftHSM2 est déjà utilisé dans ce programme avec une autre configuration : lancez la préparation de la formation séparément (guichet-cli training provision).</translation>
    </message>
    <message>
        <source>SoftHSM2 does not show the training folder&apos;s tokens. Close the programs using it and run the provisioning again.</source>
        <translation>SoftHSM2 ne voit pas les tokens du répertoire de formation. Fermez les programmes qui l&apos;utilisent et relancez la préparation.</translation>
    </message>
    <message>
        <source>The training tokens in %1 cannot be removed.</source>
        <translation>Les tokens de formation de %1 ne peuvent pas être supprimés.</translation>
    </message>
    <message>
        <source>The training file %1 cannot be removed.</source>
        <translation>Le fichier de formation %1 ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>A training operator is an AEA, an AET or an AED.</source>
        <translation>Un opérateur de formation a le rôle AEA, AET ou AED.</translation>
    </message>
    <message>
        <source>The training PIN must have 4 to 255 characters.</source>
        <translation>Le code PIN de formation doit comporter de 4 à 255 caractères.</translation>
    </message>
    <message>
        <source>A training folder is already in %1 (%2). Replace it (--force), or add an operator to it (--add-operator).</source>
        <translation>Un répertoire de formation existe déjà dans %1 (%2). Remplacez-le (--force) ou ajoutez-y un opérateur (--add-operator).</translation>
    </message>
    <message>
        <source>SoftHSM2 is in use in this program: the training tokens cannot be replaced now. Run the training provisioning on its own (guichet-cli training provision).</source>
        <translation>SoftHSM2 est utilisé dans ce programme : les tokens de formation ne peuvent pas être remplacés maintenant. Lancez la préparation de la formation séparément (guichet-cli training provision).</translation>
    </message>
    <message>
        <source>There is no training folder in %1 to add an operator to: provision it first.</source>
        <translation>Il n&apos;y a pas de répertoire de formation dans %1 auquel ajouter un opérateur : préparez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>The training folder %1 cannot be created.</source>
        <translation>Le répertoire de formation %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>SoftHSM2 offers no free slot for a new training token.</source>
        <translation>SoftHSM2 n&apos;offre aucun emplacement (slot) libre pour un nouveau token de formation.</translation>
    </message>
    <message>
        <source>No random key identifier could be drawn.</source>
        <translation>Aucun identifiant de clé aléatoire n&apos;a pu être tiré.</translation>
    </message>
    <message>
        <source>The training certificate read back from the token differs from the one written.</source>
        <translation>Le certificat de formation relu sur le token diffère de celui qui a été écrit.</translation>
    </message>
    <message>
        <source>The training file %1 cannot be read.</source>
        <translation>Le fichier de formation %1 est illisible.</translation>
    </message>
</context>
<context>
    <name>guichet::identity</name>
    <message>
        <source>Guichet could not draw a random challenge for the token. Contact support with the details below.</source>
        <translation>Guichet n&apos;a pas pu tirer de défi aléatoire pour le token. Contactez le support avec les détails ci-dessous.</translation>
    </message>
    <message>
        <source>The certificate on the token cannot be read: it is not an X.509 certificate.</source>
        <translation>Le certificat du token est illisible : ce n&apos;est pas un certificat X.509.</translation>
    </message>
    <message>
        <source>The key on the token is not the key of the certificate of %1: the token cannot prove it holds this certificate. Ask the RA to check the token.</source>
        <translation>La clé du token n&apos;est pas celle du certificat de %1 : le token ne peut pas prouver qu&apos;il détient ce certificat. Demandez à l&apos;AE de vérifier le token.</translation>
    </message>
</context>
<context>
    <name>guichet::identity::RoleMapping</name>
    <message>
        <source>No role mapping is configured: Guichet cannot tell what operators may do. Set the RA&apos;s role mapping file in the settings.</source>
        <translation>Aucune correspondance des rôles n&apos;est configurée : Guichet ne peut pas savoir ce que les opérateurs ont le droit de faire. Indiquez le fichier de correspondance des rôles de l&apos;AE dans les paramètres.</translation>
    </message>
    <message>
        <source>The role mapping file %1 does not exist.</source>
        <translation>Le fichier de correspondance des rôles %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The role mapping file %1 cannot be read.</source>
        <translation>Le fichier de correspondance des rôles %1 est illisible.</translation>
    </message>
    <message>
        <source>The role mapping %1 is not valid JSON at line %2, column %3: %4.</source>
        <translation>La correspondance des rôles %1 n&apos;est pas un JSON valide à la ligne %2, colonne %3 : %4.</translation>
    </message>
    <message>
        <source>The role mapping %1 is malformed: %2: %3.</source>
        <translation>La correspondance des rôles %1 est mal formée : %2 : %3.</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>la racine</translation>
    </message>
    <message>
        <source>it must be an object with &quot;version&quot; and &quot;rules&quot;</source>
        <translation>ce doit être un objet avec &quot;version&quot; et &quot;rules&quot;</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clé inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>this version of Guichet reads version 1 only</source>
        <translation>cette version de Guichet ne lit que la version 1</translation>
    </message>
    <message>
        <source>it must be a list of rules</source>
        <translation>ce doit être une liste de règles</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>règle %1</translation>
    </message>
    <message>
        <source>a rule must be an object</source>
        <translation>une règle doit être un objet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object of attributes, e.g. {&quot;O&quot;: &quot;...&quot;}</source>
        <translation>&quot;%1&quot; doit être un objet d&apos;attributs, par exemple {&quot;O&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>unknown attribute &quot;%1&quot; in &quot;%2&quot;</source>
        <translation>attribut inconnu &quot;%1&quot; dans &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; in &quot;%2&quot; must be a non-empty text</source>
        <translation>la valeur de &quot;%1&quot; dans &quot;%2&quot; doit être un texte non vide</translation>
    </message>
    <message>
        <source>&quot;fingerprint&quot; must be &quot;sha256:&quot; followed by the SHA-256 of the certificate in hex</source>
        <translation>&quot;fingerprint&quot; doit être &quot;sha256:&quot; suivi du SHA-256 du certificat en hexadécimal</translation>
    </message>
    <message>
        <source>&quot;fingerprint&quot; must be &quot;sha256:&quot; followed by the SHA-256 of the certificate in hex (64 digits)</source>
        <translation>&quot;fingerprint&quot; doit être &quot;sha256:&quot; suivi du SHA-256 du certificat en hexadécimal (64 chiffres)</translation>
    </message>
    <message>
        <source>&quot;roles&quot; must be a non-empty list of role codes (%1)</source>
        <translation>&quot;roles&quot; doit être une liste non vide de codes de rôle (%1)</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (the roles are: %2)</source>
        <translation>rôle inconnu &quot;%1&quot; (les rôles sont : %2)</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (a rule has &quot;issuer&quot;, &quot;subject&quot;, &quot;fingerprint&quot;, &quot;roles&quot; and &quot;comment&quot;)</source>
        <translation>clé inconnue &quot;%1&quot; (une règle comporte &quot;issuer&quot;, &quot;subject&quot;, &quot;fingerprint&quot;, &quot;roles&quot; et &quot;comment&quot;)</translation>
    </message>
    <message>
        <source>&quot;roles&quot; is missing</source>
        <translation>&quot;roles&quot; est absent</translation>
    </message>
    <message>
        <source>the rule would match every certificate: give an &quot;issuer&quot;, a &quot;subject&quot; or a &quot;fingerprint&quot;</source>
        <translation>la règle correspondrait à tous les certificats : indiquez un &quot;issuer&quot;, un &quot;subject&quot; ou un &quot;fingerprint&quot;</translation>
    </message>
    <message>
        <source>The certificate of %1 has no role at this RA: no rule of the role mapping matches it. Ask the RA&apos;s administrator to give it a role.</source>
        <translation>Le certificat de %1 n&apos;a aucun rôle dans cette AE : aucune règle de la correspondance des rôles ne s&apos;y applique. Demandez à l&apos;administrateur de l&apos;AE de lui attribuer un rôle.</translation>
    </message>
</context>
<context>
    <name>guichet::identity::TokenSigner</name>
    <message>
        <source>You are logged out: log in again with your token to continue.</source>
        <translation>Vous êtes déconnecté : reconnectez-vous avec votre token pour continuer.</translation>
    </message>
</context>
<context>
    <name>guichet::identity::TrustAnchors</name>
    <message>
        <source>No trust anchors are configured: Guichet cannot check operators&apos; certificates. Set the RA&apos;s CA certificates in the settings.</source>
        <translation>Aucune ancre de confiance n&apos;est configurée : Guichet ne peut pas vérifier les certificats des opérateurs. Indiquez les certificats d&apos;AC de l&apos;AE dans les paramètres.</translation>
    </message>
    <message>
        <source>The trust anchor file %1 does not exist.</source>
        <translation>Le fichier d&apos;ancres de confiance %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The trust anchor file %1 cannot be read.</source>
        <translation>Le fichier d&apos;ancres de confiance %1 est illisible.</translation>
    </message>
    <message>
        <source>%1 holds no CA certificate: Guichet cannot check operators&apos; certificates.</source>
        <translation>%1 ne contient aucun certificat d&apos;AC : Guichet ne peut pas vérifier les certificats des opérateurs.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 est illisible.</translation>
    </message>
    <message>
        <source>%1 holds no certificate.</source>
        <translation>%1 ne contient aucun certificat.</translation>
    </message>
    <message>
        <source>%1 is damaged: certificate %2 in it cannot be read.</source>
        <translation>%1 est endommagé : le certificat %2 qu&apos;il contient est illisible.</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no CA certificate.</source>
        <translation>%1 est vide : il ne contient aucun certificat d&apos;AC.</translation>
    </message>
    <message>
        <source>%1 is not a certificate file (PEM or DER).</source>
        <translation>%1 n&apos;est pas un fichier de certificats (PEM ou DER).</translation>
    </message>
    <message>
        <source>The certificate of %1 in %2 is not a CA certificate: it cannot be a trust anchor.</source>
        <translation>Le certificat de %1 dans %2 n&apos;est pas un certificat d&apos;AC : il ne peut pas servir d&apos;ancre de confiance.</translation>
    </message>
</context>
<context>
    <name>guichet::package</name>
    <message>
        <source>empty path</source>
        <translation>chemin vide</translation>
    </message>
    <message>
        <source>path is longer than %1 characters</source>
        <translation>chemin de plus de %1 caractères</translation>
    </message>
    <message>
        <source>path contains a control character</source>
        <translation>le chemin contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>path contains a backslash</source>
        <translation>le chemin contient une barre oblique inverse (\)</translation>
    </message>
    <message>
        <source>absolute path</source>
        <translation>chemin absolu</translation>
    </message>
    <message>
        <source>path escapes the archive</source>
        <translation>le chemin sort de l&apos;archive</translation>
    </message>
    <message>
        <source>path has an empty or &quot;.&quot; component</source>
        <translation>le chemin contient un élément vide ou « . »</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne de caractères</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>attendu : %1, trouvé : %2</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>champ obligatoire absent</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>%1 is not between %2 and %3</source>
        <translation>%1 n&apos;est pas compris entre %2 et %3</translation>
    </message>
    <message>
        <source>a date or null</source>
        <translation>une date ou null</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>une date</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>« %1 » n&apos;est pas une date</translation>
    </message>
    <message>
        <source>a date and time or null</source>
        <translation>une date et une heure, ou null</translation>
    </message>
    <message>
        <source>a date and time</source>
        <translation>une date et une heure</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time with a time zone offset</source>
        <translation>« %1 » n&apos;est pas une date et une heure avec décalage horaire</translation>
    </message>
    <message>
        <source>an object or null</source>
        <translation>un objet ou null</translation>
    </message>
    <message>
        <source>%1 is not a Guichet dossier package (expected &quot;%2&quot;)</source>
        <translation>%1 n&apos;est pas une archive de dossier Guichet (« %2 » attendu)</translation>
    </message>
    <message>
        <source>format version %1 is not supported (this Guichet reads version %2)</source>
        <translation>la version de format %1 n&apos;est pas prise en charge (cette version de Guichet lit la version %2)</translation>
    </message>
    <message>
        <source>unknown phase &quot;%1&quot;</source>
        <translation>phase inconnue « %1 »</translation>
    </message>
    <message>
        <source>unknown dossier type &quot;%1&quot;</source>
        <translation>type de dossier inconnu « %1 »</translation>
    </message>
    <message>
        <source>unknown organisation kind &quot;%1&quot;</source>
        <translation>type d&apos;organisation inconnu « %1 »</translation>
    </message>
    <message>
        <source>unknown identity document kind &quot;%1&quot;</source>
        <translation>type de pièce d&apos;identité inconnu « %1 »</translation>
    </message>
    <message>
        <source>%1 is already used at %2</source>
        <translation>%1 est déjà utilisé dans %2</translation>
    </message>
    <message>
        <source>%1 is already listed at %2</source>
        <translation>%1 figure déjà dans %2</translation>
    </message>
    <message>
        <source>unknown document kind &quot;%1&quot;</source>
        <translation>type de document inconnu « %1 »</translation>
    </message>
    <message>
        <source>unknown document status &quot;%1&quot;</source>
        <translation>statut de document inconnu « %1 »</translation>
    </message>
    <message>
        <source>%1 is not a plain file name</source>
        <translation>%1 n&apos;est pas un simple nom de fichier</translation>
    </message>
    <message>
        <source>%1 is not a status of a contractual document</source>
        <translation>%1 n&apos;est pas un statut de document contractuel</translation>
    </message>
    <message>
        <source>%1 is not a status of a supporting document</source>
        <translation>%1 n&apos;est pas un statut de pièce justificative</translation>
    </message>
    <message>
        <source>an imported document needs its content (path is null)</source>
        <translation>un document importé doit avoir un contenu (path est null)</translation>
    </message>
    <message>
        <source>a document without content (path null) has an empty sha256 and a size of 0</source>
        <translation>un document sans contenu (path null) a un sha256 vide et une taille de 0</translation>
    </message>
    <message>
        <source>a document that is not imported has no content</source>
        <translation>un document non importé n&apos;a pas de contenu</translation>
    </message>
    <message>
        <source>%1 is not a file in the %2 folder</source>
        <translation>%1 n&apos;est pas un fichier du répertoire %2</translation>
    </message>
    <message>
        <source>unsupported media type %1 (expected one of: %2)</source>
        <translation>type de média %1 non pris en charge (types acceptés : %2)</translation>
    </message>
    <message>
        <source>%1 is not a lower-case hexadecimal SHA-256 digest</source>
        <translation>%1 n&apos;est pas une empreinte SHA-256 en hexadécimal minuscule</translation>
    </message>
    <message>
        <source>unknown notification kind &quot;%1&quot;</source>
        <translation>type de notification inconnu « %1 »</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 octet</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>not a zip archive</source>
        <translation>ce n&apos;est pas une archive zip</translation>
    </message>
    <message>
        <source>the archive holds two entries with the same name</source>
        <translation>l&apos;archive contient deux entrées de même nom</translation>
    </message>
    <message>
        <source>the zip archive is inconsistent (its local headers and central directory disagree, or it is truncated)</source>
        <translation>l&apos;archive zip est incohérente (ses en-têtes locaux et son répertoire central ne concordent pas, ou elle est tronquée)</translation>
    </message>
    <message>
        <source>the zip archive cannot be read: %1</source>
        <translation>l&apos;archive zip est illisible : %1</translation>
    </message>
    <message>
        <source>the archive holds %1 entries, more than the %2 allowed</source>
        <translation>l&apos;archive contient %1 entrées, plus que les %2 autorisées</translation>
    </message>
    <message>
        <source>entry %1 of the archive has no readable name</source>
        <translation>l&apos;entrée %1 de l&apos;archive n&apos;a pas de nom lisible</translation>
    </message>
    <message>
        <source>appears more than once in the archive</source>
        <translation>figure plusieurs fois dans l&apos;archive</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <source>encrypted entry (packages are not encrypted)</source>
        <translation>entrée chiffrée (les archives de dossier ne sont pas chiffrées)</translation>
    </message>
    <message>
        <source>symbolic link (only plain files are accepted)</source>
        <translation>lien symbolique (seuls les fichiers ordinaires sont acceptés)</translation>
    </message>
    <message>
        <source>not a plain file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>holds more data than the %1 its zip entry declares</source>
        <translation>contient plus de données que les %1 déclarés par son entrée zip</translation>
    </message>
    <message>
        <source>holds less data than the %1 its zip entry declares</source>
        <translation>contient moins de données que les %1 déclarés par son entrée zip</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>JSON invalide à la position %1 : %2</translation>
    </message>
    <message>
        <source>the manifest is not a JSON object</source>
        <translation>le manifeste n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>listed in the manifest but missing from the archive</source>
        <translation>mentionné dans le manifeste mais absent de l&apos;archive</translation>
    </message>
    <message>
        <source>the documents together are over the %1 limit for a package</source>
        <translation>l&apos;ensemble des documents dépasse la limite de %1 par archive</translation>
    </message>
    <message>
        <source>%1 is over the %2 limit per document</source>
        <translation>%1 dépasse la limite de %2 par document</translation>
    </message>
    <message>
        <source>holds %1 bytes but the manifest says %2</source>
        <translation>contient %1 octets alors que le manifeste en indique %2</translation>
    </message>
    <message>
        <source>its SHA-256 digest does not match the manifest</source>
        <translation>son empreinte SHA-256 ne correspond pas au manifeste</translation>
    </message>
    <message>
        <source>its content is not %1 as the manifest says</source>
        <translation>son contenu n&apos;est pas de type %1, contrairement à ce qu&apos;indique le manifeste</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>impossible d&apos;ouvrir le fichier : %1</translation>
    </message>
    <message>
        <source>the package is over the %1 limit</source>
        <translation>l&apos;archive dépasse la limite de %1</translation>
    </message>
    <message>
        <source>missing from the archive</source>
        <translation>absent de l&apos;archive</translation>
    </message>
    <message>
        <source>%1 is over the %2 limit for the manifest</source>
        <translation>%1 dépasse la limite de %2 pour le manifeste</translation>
    </message>
    <message>
        <source>in the archive but not listed in the manifest</source>
        <translation>présent dans l&apos;archive mais absent du manifeste</translation>
    </message>
    <message>
        <source>the dossier has no content for this document</source>
        <translation>le dossier ne contient pas de fichier pour ce document</translation>
    </message>
    <message>
        <source>the content is %1 bytes but the document says %2</source>
        <translation>le contenu fait %1 octets alors que le document en indique %2</translation>
    </message>
    <message>
        <source>the content does not match the document&apos;s SHA-256 digest</source>
        <translation>le contenu ne correspond pas à l&apos;empreinte SHA-256 du document</translation>
    </message>
    <message>
        <source>content for a document the order does not list as having content</source>
        <translation>contenu fourni pour un document que la commande déclare sans contenu</translation>
    </message>
    <message>
        <source>the decision&apos;s checklist is not a JSON object</source>
        <translation>la liste de contrôle de la décision n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>The dossier package cannot be built.</source>
        <translation>Impossible de constituer l&apos;archive de dossier.</translation>
    </message>
    <message>
        <source>The dossier package cannot be saved to %1.</source>
        <translation>Impossible d&apos;enregistrer l&apos;archive de dossier dans %1.</translation>
    </message>
    <message>
        <source>The dossier package was refused (problems found: %1).</source>
        <translation>L&apos;archive de dossier a été refusée (problèmes relevés : %1).</translation>
    </message>
    <message>
        <source>The dossier package %1 was refused (problems found: %2).</source>
        <translation>L&apos;archive de dossier %1 a été refusée (problèmes relevés : %2).</translation>
    </message>
    <message>
        <source>The dossier package cannot be written (problems found: %1).</source>
        <translation>Impossible d&apos;écrire l&apos;archive de dossier (problèmes relevés : %1).</translation>
    </message>
</context>
<context>
    <name>guichet::rules</name>
    <message>
        <source>The SIREN is missing.</source>
        <translation>Le SIREN n&apos;est pas renseigné.</translation>
    </message>
    <message>
        <source>The SIREN may only contain digits.</source>
        <translation>Le SIREN ne doit contenir que des chiffres.</translation>
    </message>
    <message>
        <source>The SIREN must have 9 digits; it has %1.</source>
        <translation>Le SIREN doit comporter 9 chiffres ; il en comporte %1.</translation>
    </message>
    <message>
        <source>The SIREN&apos;s check digit is wrong.</source>
        <translation>La clé de contrôle du SIREN est erronée.</translation>
    </message>
    <message>
        <source>The SIRET is missing.</source>
        <translation>Le SIRET n&apos;est pas renseigné.</translation>
    </message>
    <message>
        <source>The SIRET may only contain digits.</source>
        <translation>Le SIRET ne doit contenir que des chiffres.</translation>
    </message>
    <message>
        <source>The SIRET must have 14 digits; it has %1.</source>
        <translation>Le SIRET doit comporter 14 chiffres ; il en comporte %1.</translation>
    </message>
    <message>
        <source>The SIRET&apos;s check digit is wrong.</source>
        <translation>La clé de contrôle du SIRET est erronée.</translation>
    </message>
    <message>
        <source>The SIRET %1 does not belong to SIREN %2: its first nine digits differ.</source>
        <translation>Le SIRET %1 n&apos;est pas rattaché au SIREN %2 : ses neuf premiers chiffres diffèrent.</translation>
    </message>
    <message>
        <source>The e-mail address is missing.</source>
        <translation>L&apos;adresse e-mail n&apos;est pas renseignée.</translation>
    </message>
    <message>
        <source>The e-mail address contains a space.</source>
        <translation>L&apos;adresse e-mail contient un espace.</translation>
    </message>
    <message>
        <source>The e-mail address has no @.</source>
        <translation>L&apos;adresse e-mail ne contient pas de @.</translation>
    </message>
    <message>
        <source>The e-mail address has more than one @.</source>
        <translation>L&apos;adresse e-mail contient plus d&apos;un @.</translation>
    </message>
    <message>
        <source>The e-mail address has nothing before the @.</source>
        <translation>L&apos;adresse e-mail n&apos;a rien avant le @.</translation>
    </message>
    <message>
        <source>The e-mail address has nothing after the @.</source>
        <translation>L&apos;adresse e-mail n&apos;a rien après le @.</translation>
    </message>
    <message>
        <source>The e-mail address is too long.</source>
        <translation>L&apos;adresse e-mail est trop longue.</translation>
    </message>
    <message>
        <source>The e-mail address contains &apos;%1&apos; before the @.</source>
        <translation>L&apos;adresse e-mail contient « %1 » avant le @.</translation>
    </message>
    <message>
        <source>The e-mail address has a misplaced dot before the @.</source>
        <translation>L&apos;adresse e-mail contient un point mal placé avant le @.</translation>
    </message>
    <message>
        <source>The e-mail address&apos;s domain (%1) has no dot.</source>
        <translation>Le domaine de l&apos;adresse e-mail (%1) ne contient pas de point.</translation>
    </message>
    <message>
        <source>The e-mail address&apos;s domain (%1) is malformed.</source>
        <translation>Le domaine de l&apos;adresse e-mail (%1) est mal formé.</translation>
    </message>
    <message>
        <source>Numbers starting with 08 are free or special-rate services; they cannot receive the activation code by SMS.</source>
        <translation>Les numéros commençant par 08 sont des services gratuits ou surtaxés : ils ne peuvent pas recevoir le code d&apos;activation par SMS.</translation>
    </message>
    <message>
        <source>0%1... is a French landline number; it cannot receive the activation code by SMS. A mobile number (06 or 07) is needed.</source>
        <translation>Un numéro commençant par 0%1 est un numéro fixe : il ne peut pas recevoir le code d&apos;activation par SMS. Un numéro de mobile (06 ou 07) est nécessaire.</translation>
    </message>
    <message>
        <source>The phone number is missing.</source>
        <translation>Le numéro de téléphone n&apos;est pas renseigné.</translation>
    </message>
    <message>
        <source>The phone number may only contain digits, spaces, dots, dashes and a leading +.</source>
        <translation>Le numéro de téléphone ne peut contenir que des chiffres, des espaces, des points, des tirets et un + au début.</translation>
    </message>
    <message>
        <source>Write the phone number in the French form (06 12 34 56 78) or the international form (+44 7700 900123).</source>
        <translation>Saisissez le numéro de téléphone au format français (06 12 34 56 78) ou international (+44 7700 900123).</translation>
    </message>
    <message>
        <source>A French phone number has 10 digits; this one has %1.</source>
        <translation>Un numéro de téléphone français comporte 10 chiffres ; celui-ci en comporte %1.</translation>
    </message>
    <message>
        <source>An international phone number starts with its country code after the + (+33 for France).</source>
        <translation>Un numéro de téléphone international commence par l&apos;indicatif du pays après le + (+33 pour la France).</translation>
    </message>
    <message>
        <source>A French phone number has 9 digits after +33; this one has %1.</source>
        <translation>Un numéro de téléphone français comporte 9 chiffres après +33 ; celui-ci en comporte %1.</translation>
    </message>
    <message>
        <source>An international phone number has 8 to 15 digits after the +; this one has %1.</source>
        <translation>Un numéro de téléphone international comporte 8 à 15 chiffres après le + ; celui-ci en comporte %1.</translation>
    </message>
    <message>
        <source>The OTP contact is missing: a mobile phone number or an e-mail address is needed to activate the certificate.</source>
        <translation>Le contact OTP n&apos;est pas renseigné : un numéro de mobile ou une adresse e-mail est nécessaire pour activer le certificat.</translation>
    </message>
    <message>
        <source>The kind of identity document is not recorded.</source>
        <translation>Le type de pièce d&apos;identité n&apos;est pas saisi.</translation>
    </message>
    <message>
        <source>The identity document&apos;s number is missing.</source>
        <translation>Le numéro de la pièce d&apos;identité n&apos;est pas renseigné.</translation>
    </message>
    <message>
        <source>An ID card number of 12 characters (card issued before 2021) is the issue year and month, a 3-character office code and 5 digits.</source>
        <translation>Un numéro de CNI à 12 caractères (carte délivrée avant 2021) se compose de l&apos;année et du mois de délivrance, d&apos;un code de service de 3 caractères et de 5 chiffres.</translation>
    </message>
    <message>
        <source>An ID card number of 9 characters (card issued since 2021) has only digits and capital letters other than O.</source>
        <translation>Un numéro de CNI à 9 caractères (carte délivrée depuis 2021) ne comporte que des chiffres et des lettres majuscules autres que O.</translation>
    </message>
    <message>
        <source>An ID card number has 12 characters (card issued before 2021) or 9 (since 2021); this one has %1.</source>
        <translation>Un numéro de CNI comporte 12 caractères (carte délivrée avant 2021) ou 9 (depuis 2021) ; celui-ci en comporte %1.</translation>
    </message>
    <message>
        <source>A passport number has 6 to 9 digits and capital letters (a French one: 2 digits, 2 letters, 5 digits).</source>
        <translation>Un numéro de passeport comporte 6 à 9 chiffres et lettres majuscules (passeport français : 2 chiffres, 2 lettres, 5 chiffres).</translation>
    </message>
    <message>
        <source>A residence permit number has 9 digits and capital letters (the card number) or 10 digits (the foreigner number).</source>
        <translation>Un numéro de titre de séjour comporte 9 chiffres et lettres majuscules (numéro de la carte) ou 10 chiffres (numéro d&apos;étranger).</translation>
    </message>
    <message>
        <source>A French passport number is 2 digits, 2 letters and 5 digits (&quot;18AA12345&quot;).</source>
        <translation>Un numéro de passeport français se compose de 2 chiffres, 2 lettres et 5 chiffres (« 18AA12345 »).</translation>
    </message>
    <message>
        <source>The machine-readable zone cannot be read: the sex is neither M, F nor &apos;&lt;&apos;.</source>
        <translation>La bande MRZ est illisible : le sexe n&apos;est ni M, ni F, ni « &lt; ».</translation>
    </message>
    <message>
        <source>The machine-readable zone cannot be read: the birth date is not a valid date.</source>
        <translation>La bande MRZ est illisible : la date de naissance n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <source>The machine-readable zone cannot be read: the expiry date is not a valid date.</source>
        <translation>La bande MRZ est illisible : la date d&apos;expiration n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <source>The machine-readable zone cannot be read: the issue month is not a valid date.</source>
        <translation>La bande MRZ est illisible : le mois de délivrance n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <source>The machine-readable zone cannot be read without a reference date.</source>
        <translation>La bande MRZ ne peut pas être lue sans date de référence.</translation>
    </message>
    <message>
        <source>The machine-readable zone may only contain capital letters, digits and &apos;&lt;&apos;; it contains &apos;%1&apos;.</source>
        <translation>La bande MRZ ne peut contenir que des lettres majuscules, des chiffres et « &lt; » ; elle contient « %1 ».</translation>
    </message>
    <message>
        <source>The machine-readable zone is not a passport (2 lines of 44 characters), an ID card (3 lines of 30) or an old French ID card (2 lines of 36).</source>
        <translation>La bande MRZ n&apos;est ni celle d&apos;un passeport (2 lignes de 44 caractères), ni celle d&apos;une carte d&apos;identité (3 lignes de 30), ni celle d&apos;une ancienne CNI française (2 lignes de 36).</translation>
    </message>
    <message>
        <source>The identity document&apos;s expiry date is unknown.</source>
        <translation>La date d&apos;expiration de la pièce d&apos;identité est inconnue.</translation>
    </message>
    <message>
        <source>The identity document&apos;s issue date (%1) is in the future.</source>
        <translation>La date de délivrance de la pièce d&apos;identité (%1) est dans le futur.</translation>
    </message>
    <message>
        <source>The identity card expired on %1, even counting the five extra years granted to cards issued to adults from 2004 to 2013.</source>
        <translation>La carte d&apos;identité a expiré le %1, même en comptant les cinq ans de validité supplémentaires accordés aux cartes délivrées à des majeurs de 2004 à 2013.</translation>
    </message>
    <message>
        <source>The identity document expired on %1.</source>
        <translation>La pièce d&apos;identité a expiré le %1.</translation>
    </message>
    <message>
        <source>The Kbis extract&apos;s date is unknown.</source>
        <translation>La date de l&apos;extrait de KBIS est inconnue.</translation>
    </message>
    <message>
        <source>The Kbis extract is dated %1, after the day of the check (%2).</source>
        <translation>L&apos;extrait de KBIS est daté du %1, postérieur au jour du contrôle (%2).</translation>
    </message>
    <message>
        <source>The Kbis extract is dated %1: more than 3 months old.</source>
        <translation>L&apos;extrait de KBIS est daté du %1 : il a plus de 3 mois.</translation>
    </message>
</context>
<context>
    <name>guichet::rules::Checklist</name>
    <message>
        <source>passed</source>
        <translation>conforme</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>non conforme</translation>
    </message>
    <message>
        <source>awaiting confirmation</source>
        <translation>à confirmer</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>numéro du document</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>date d&apos;expiration</translation>
    </message>
    <message>
        <source>optional data</source>
        <translation>données facultatives</translation>
    </message>
    <message>
        <source>whole zone</source>
        <translation>ensemble de la zone</translation>
    </message>
    <message>
        <source>the check digit of the %1 is wrong (%2 instead of %3)</source>
        <translation>clé de contrôle erronée (%1) : %2 au lieu de %3</translation>
    </message>
    <message>
        <source>the surname differs from the order&apos;s</source>
        <translation>le nom diffère de celui de la commande</translation>
    </message>
    <message>
        <source>the given names differ from the order&apos;s</source>
        <translation>les prénoms diffèrent de ceux de la commande</translation>
    </message>
    <message>
        <source>the birth date differs from the order&apos;s</source>
        <translation>la date de naissance diffère de celle de la commande</translation>
    </message>
    <message>
        <source>the expiry date differs from the one printed on the document</source>
        <translation>la date d&apos;expiration diffère de celle imprimée sur le document</translation>
    </message>
    <message>
        <source>the document number differs from the one printed on the document</source>
        <translation>le numéro diffère de celui imprimé sur le document</translation>
    </message>
    <message>
        <source>Machine-readable zone: %1.</source>
        <translation>Bande MRZ : %1.</translation>
    </message>
    <message>
        <source>%1: number well-formed</source>
        <translation>%1 : numéro bien formé</translation>
    </message>
    <message>
        <source>%1: valid on the review date</source>
        <translation>%1 : valide à la date du contrôle</translation>
    </message>
    <message>
        <source>%1: machine-readable zone</source>
        <translation>%1 : bande MRZ conforme</translation>
    </message>
    <message>
        <source>The document is not imported.</source>
        <translation>Le document n&apos;est pas importé.</translation>
    </message>
    <message>
        <source>No machine-readable zone was read from this document.</source>
        <translation>Aucune bande MRZ n&apos;a été lue sur ce document.</translation>
    </message>
    <message>
        <source>SIREN well-formed</source>
        <translation>SIREN bien formé</translation>
    </message>
    <message>
        <source>SIRET well-formed and belonging to the SIREN</source>
        <translation>SIRET bien formé et rattaché au SIREN</translation>
    </message>
    <message>
        <source>Kbis extract under 3 months old</source>
        <translation>Extrait de KBIS de moins de 3 mois</translation>
    </message>
    <message>
        <source>A public body proves itself with its SIRENE notice.</source>
        <translation>Une entité publique justifie de son existence par son avis de situation SIRENE.</translation>
    </message>
    <message>
        <source>%1 names the order&apos;s SIREN</source>
        <translation>%1 : SIREN identique à celui de la commande</translation>
    </message>
    <message>
        <source>No SIREN was read from the document: compare it when confirming the piece.</source>
        <translation>Aucun SIREN n&apos;a été lu sur le document : comparez-le en confirmant la pièce.</translation>
    </message>
    <message>
        <source>The document shows SIREN %1, the order %2.</source>
        <translation>Le document indique le SIREN %1, la commande le SIREN %2.</translation>
    </message>
    <message>
        <source>Record the holder&apos;s ID document type and number in the order.</source>
        <translation>Saisissez dans la commande le type et le numéro de la pièce d&apos;identité du porteur.</translation>
    </message>
    <message>
        <source>The recorded document (%1 %2) is not the one in the dossier (%3 %4).</source>
        <translation>La pièce saisie (%1 %2) n&apos;est pas celle du dossier (%3 %4).</translation>
    </message>
    <message>
        <source>Every required supporting document imported</source>
        <translation>Toutes les pièces justificatives requises importées</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Pièces manquantes : %1.</translation>
    </message>
    <message>
        <source>%1 matches the order and looks genuine</source>
        <translation>%1 : conforme à la commande et d&apos;apparence authentique</translation>
    </message>
    <message>
        <source>Import the document before confirming it.</source>
        <translation>Importez le document avant de le confirmer.</translation>
    </message>
    <message>
        <source>Compare the document with the order and confirm it.</source>
        <translation>Comparez le document avec la commande, puis confirmez-le.</translation>
    </message>
    <message>
        <source>Holder&apos;s OTP contact is a valid mobile number or e-mail</source>
        <translation>Contact OTP du porteur : numéro de mobile ou adresse e-mail valide</translation>
    </message>
    <message>
        <source>Holder&apos;s ID document type and number recorded</source>
        <translation>Type et numéro de la pièce d&apos;identité du porteur saisis</translation>
    </message>
    <message>
        <source>Contractual documents sent for signature</source>
        <translation>Documents contractuels envoyés pour signature</translation>
    </message>
    <message>
        <source>Send the contractual documents for signature once the supporting pieces are verified.</source>
        <translation>Envoyez les documents contractuels pour signature une fois les pièces justificatives vérifiées.</translation>
    </message>
    <message>
        <source>Every contractual document signed</source>
        <translation>Tous les documents contractuels signés</translation>
    </message>
    <message>
        <source>Not signed: %1.</source>
        <translation>Documents non signés : %1.</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Règlement reçu</translation>
    </message>
    <message>
        <source>The payment has not been received.</source>
        <translation>Le règlement n&apos;a pas été reçu.</translation>
    </message>
    <message>
        <source>Payment (OK)</source>
        <translation>Règlement (OK)</translation>
    </message>
    <message>
        <source>Confirm that the payment is in order.</source>
        <translation>Confirmez que le règlement est en ordre.</translation>
    </message>
    <message>
        <source>Dossier complete (OK)</source>
        <translation>Dossier complet (OK)</translation>
    </message>
    <message>
        <source>Confirm that the dossier is complete once every other check has passed.</source>
        <translation>Confirmez que le dossier est complet une fois tous les autres contrôles conformes.</translation>
    </message>
</context>
<context>
    <name>guichet::rules::IdentityChecker</name>
    <message>
        <source>The identity check failed: %1</source>
        <translation>Le contrôle d&apos;identité a échoué : %1</translation>
    </message>
    <message>
        <source>The operator has not attested that the face matches the document&apos;s photo.</source>
        <translation>L&apos;opérateur n&apos;a pas attesté que le visage correspond à la photo de la pièce.</translation>
    </message>
    <message>
        <source>The machine-readable zone cannot be read: %1</source>
        <translation>La bande MRZ est illisible : %1</translation>
    </message>
    <message>
        <source>A check digit of the machine-readable zone is wrong (%1: %2 instead of %3): the zone was mistyped or the document is not genuine.</source>
        <translation>Une clé de contrôle de la bande MRZ est erronée (%1 : %2 au lieu de %3) : la bande a été mal saisie ou la pièce n&apos;est pas authentique.</translation>
    </message>
    <message>
        <source>The surname on the document (%1) is not the dossier&apos;s (%2).</source>
        <translation>Le nom figurant sur la pièce (%1) n&apos;est pas celui du dossier (%2).</translation>
    </message>
    <message>
        <source>The given names on the document (%1) are not the dossier&apos;s (%2).</source>
        <translation>Les prénoms figurant sur la pièce (%1) ne sont pas ceux du dossier (%2).</translation>
    </message>
    <message>
        <source>The birth date on the document (%1) is not the dossier&apos;s (%2).</source>
        <translation>La date de naissance figurant sur la pièce (%1) n&apos;est pas celle du dossier (%2).</translation>
    </message>
    <message>
        <source>The machine-readable zone is a %1&apos;s, not a %2&apos;s.</source>
        <translation>La bande MRZ est celle d&apos;une pièce de type « %1 », et non « %2 ».</translation>
    </message>
    <message>
        <source>The number typed (%1) is not the one in the machine-readable zone (%2).</source>
        <translation>Le numéro saisi (%1) n&apos;est pas celui de la bande MRZ (%2).</translation>
    </message>
    <message>
        <source>The expiry date typed (%1) is not the one in the machine-readable zone (%2).</source>
        <translation>La date d&apos;expiration saisie (%1) n&apos;est pas celle de la bande MRZ (%2).</translation>
    </message>
    <message>
        <source>Give the document&apos;s kind and number, or its machine-readable zone.</source>
        <translation>Indiquez le type et le numéro de la pièce, ou sa bande MRZ.</translation>
    </message>
    <message>
        <source>No identity document is recorded in the dossier to compare with.</source>
        <translation>Aucune pièce d&apos;identité n&apos;est saisie dans le dossier pour la comparaison.</translation>
    </message>
    <message>
        <source>The document presented (%1 %2) is not the one recorded in the dossier (%3 %4).</source>
        <translation>La pièce présentée (%1 %2) n&apos;est pas celle saisie dans le dossier (%3 %4).</translation>
    </message>
    <message>
        <source>Order %1 names no certification agent.</source>
        <translation>La commande %1 ne désigne aucun mandataire de certification.</translation>
    </message>
</context>
<context>
    <name>guichet::store::BlobStore</name>
    <message>
        <source>The document was altered after it was stored: it can no longer be trusted.</source>
        <translation>Le document a été modifié après son enregistrement : on ne peut plus s&apos;y fier.</translation>
    </message>
    <message>
        <source>A document&apos;s content is missing from the local store.</source>
        <translation>Le contenu d&apos;un document est absent de la base locale.</translation>
    </message>
    <message>
        <source>A document is stored in a form this store cannot read.</source>
        <translation>Un document est enregistré sous une forme que cette base ne sait pas lire.</translation>
    </message>
</context>
<context>
    <name>guichet::store::Database</name>
    <message>
        <source>The local store %1 could not be opened.</source>
        <translation>Impossible d&apos;ouvrir la base locale %1.</translation>
    </message>
    <message>
        <source>The local store was written by a newer version of Guichet.</source>
        <translation>La base locale a été écrite par une version plus récente de Guichet.</translation>
    </message>
    <message>
        <source>The local store could not complete the operation.</source>
        <translation>La base locale n&apos;a pas pu mener l&apos;opération à bien.</translation>
    </message>
    <message>
        <source>The local store could not be upgraded.</source>
        <translation>Impossible de mettre à jour la base locale.</translation>
    </message>
</context>
<context>
    <name>guichet::store::OrderStore</name>
    <message>
        <source>The local store holds a value this version of Guichet does not know.</source>
        <translation>La base locale contient une valeur inconnue de cette version de Guichet.</translation>
    </message>
    <message>
        <source>This order is not in the local store.</source>
        <translation>Cette commande n&apos;est pas dans la base locale.</translation>
    </message>
    <message>
        <source>An order numbered %1 already exists.</source>
        <translation>Une commande portant le numéro %1 existe déjà.</translation>
    </message>
    <message>
        <source>A document of the dossier has no content in the local store.</source>
        <translation>Un document du dossier n&apos;a pas de contenu dans la base locale.</translation>
    </message>
    <message>
        <source>An order needs a number and a date.</source>
        <translation>Une commande doit avoir un numéro et une date.</translation>
    </message>
    <message>
        <source>The dossier holds a file for a document its order does not list.</source>
        <translation>Le dossier contient un fichier pour un document que sa commande ne mentionne pas.</translation>
    </message>
    <message>
        <source>A document&apos;s file does not match the fingerprint recorded for it.</source>
        <translation>Le fichier d&apos;un document ne correspond pas à l&apos;empreinte enregistrée pour lui.</translation>
    </message>
    <message>
        <source>This order has been validated: its dossier can no longer change.</source>
        <translation>Cette commande a été validée : son dossier ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>This order has been validated: validation cannot be undone.</source>
        <translation>Cette commande a été validée : la validation est irréversible.</translation>
    </message>
    <message>
        <source>This document is not part of the order&apos;s dossier.</source>
        <translation>Ce document ne fait pas partie du dossier de la commande.</translation>
    </message>
</context>
<context>
    <name>guichet::token</name>
    <message>
        <source>Guichet could not disable crash dumps: a crash could leave a PIN on disk. Report this to your administrator.</source>
        <translation>Guichet n&apos;a pas pu désactiver les vidages mémoire (core dumps) : un plantage pourrait laisser un code PIN sur le disque. Signalez-le à votre administrateur.</translation>
    </message>
    <message>
        <source>The list of installed token middleware (p11-kit) cannot be read. Set the module&apos;s path in the settings.</source>
        <translation>La liste des middlewares de token installés (p11-kit) ne peut pas être lue. Indiquez le chemin du module dans les paramètres.</translation>
    </message>
    <message>
        <source>The token module set in the settings does not exist: %1. Correct the path or clear it to use the installed middleware.</source>
        <translation>Le module de token indiqué dans les paramètres n&apos;existe pas : %1. Corrigez le chemin ou effacez-le pour utiliser le middleware installé.</translation>
    </message>
    <message>
        <source>The token asks for its PIN to be changed. Change it with the token&apos;s own tool before signing.</source>
        <translation>Le token demande que son code PIN soit changé. Changez-le avec l&apos;outil du token avant de signer.</translation>
    </message>
    <message>
        <source>A wrong PIN was entered on this token since its last successful login: take care, it locks itself after a few wrong PINs.</source>
        <translation>Un code PIN erroné a été saisi sur ce token depuis sa dernière connexion réussie : attention, il se bloque après quelques codes erronés.</translation>
    </message>
    <message>
        <source>One try is left: one more wrong PIN locks the token. If you are not sure of your PIN, stop and contact your security officer.</source>
        <translation>Il reste un essai : un code PIN erroné de plus bloque le token. Si vous n&apos;êtes pas sûr de votre code, arrêtez et contactez votre responsable sécurité.</translation>
    </message>
    <message>
        <source>The token&apos;s PIN is locked after too many wrong tries. Ask your security officer to unlock it with the unlock code (PUK); Guichet cannot.</source>
        <translation>Le code PIN du token est bloqué après trop d&apos;essais erronés. Demandez à votre responsable sécurité de le débloquer avec le code de déblocage (PUK) ; Guichet ne le peut pas.</translation>
    </message>
    <message>
        <source>This token is blank (not initialised). Use the RA token you were issued, or ask your security officer to prepare this one.</source>
        <translation>Ce token est vierge (non initialisé). Utilisez le token AE qui vous a été remis, ou demandez à votre responsable sécurité de préparer celui-ci.</translation>
    </message>
    <message>
        <source>This token has no user PIN yet. Ask your security officer to initialise it.</source>
        <translation>Ce token n&apos;a pas encore de code PIN utilisateur. Demandez à votre responsable sécurité de l&apos;initialiser.</translation>
    </message>
    <message>
        <source>The token reported success.</source>
        <translation>Le token a signalé un succès.</translation>
    </message>
    <message>
        <source>The PIN is incorrect. Check it and try again: the token locks itself after too many wrong PINs.</source>
        <translation>Le code PIN est incorrect. Vérifiez-le et réessayez : le token se bloque après trop de codes erronés.</translation>
    </message>
    <message>
        <source>The token&apos;s PIN is locked after too many wrong tries. Ask your security officer to unlock it; Guichet cannot.</source>
        <translation>Le code PIN du token est bloqué après trop d&apos;essais erronés. Demandez à votre responsable sécurité de le débloquer ; Guichet ne le peut pas.</translation>
    </message>
    <message>
        <source>The token&apos;s PIN has expired. Change it with the token&apos;s own tool, then log in again.</source>
        <translation>Le code PIN du token a expiré. Changez-le avec l&apos;outil du token, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>The PIN contains characters this token does not accept. Check the PIN.</source>
        <translation>Le code PIN contient des caractères que ce token n&apos;accepte pas. Vérifiez le code PIN.</translation>
    </message>
    <message>
        <source>The PIN is too short or too long for this token. Check the PIN.</source>
        <translation>Le code PIN est trop court ou trop long pour ce token. Vérifiez le code PIN.</translation>
    </message>
    <message>
        <source>The token was removed. Insert it again, then log in.</source>
        <translation>Le token a été retiré. Insérez-le de nouveau, puis connectez-vous.</translation>
    </message>
    <message>
        <source>The card in the reader is not recognised. Check that it is your RA token and that it is inserted the right way.</source>
        <translation>La carte du lecteur n&apos;est pas reconnue. Vérifiez qu&apos;il s&apos;agit de votre token AE et qu&apos;elle est insérée dans le bon sens.</translation>
    </message>
    <message>
        <source>The reader is no longer connected. Plug it in again, then log in.</source>
        <translation>Le lecteur n&apos;est plus connecté. Rebranchez-le, puis connectez-vous.</translation>
    </message>
    <message>
        <source>The connection to the token was lost: it was probably removed or reset. Insert it again, then log in.</source>
        <translation>La connexion au token a été perdue : il a probablement été retiré ou réinitialisé. Insérez-le de nouveau, puis connectez-vous.</translation>
    </message>
    <message>
        <source>Log in to the token first.</source>
        <translation>Connectez-vous d&apos;abord au token.</translation>
    </message>
    <message>
        <source>Another user is logged in to this token. Log out in the other program, then try again.</source>
        <translation>Un autre utilisateur est connecté à ce token. Déconnectez-vous dans l&apos;autre programme, puis réessayez.</translation>
    </message>
    <message>
        <source>The operation was cancelled on the reader.</source>
        <translation>L&apos;opération a été annulée sur le lecteur.</translation>
    </message>
    <message>
        <source>The token is write-protected: nothing can be stored on it.</source>
        <translation>Le token est protégé en écriture : rien ne peut y être enregistré.</translation>
    </message>
    <message>
        <source>The token is full. Remove unused keys or certificates with its own tool.</source>
        <translation>Le token est plein. Supprimez les clés ou certificats inutilisés avec son outil.</translation>
    </message>
    <message>
        <source>The token cannot do this with this key. Contact support with the details below.</source>
        <translation>Le token ne peut pas effectuer cette opération avec cette clé. Contactez le support avec les détails ci-dessous.</translation>
    </message>
    <message>
        <source>The token&apos;s middleware is not ready. Restart Guichet; if this persists, reinstall the middleware.</source>
        <translation>Le middleware du token n&apos;est pas prêt. Redémarrez Guichet ; si le problème persiste, réinstallez le middleware.</translation>
    </message>
    <message>
        <source>The token has too many open sessions. Close other programs using it and try again.</source>
        <translation>Le token a trop de sessions ouvertes. Fermez les autres programmes qui l&apos;utilisent et réessayez.</translation>
    </message>
    <message>
        <source>The token or its reader failed. Remove the token, insert it again and retry; if this persists, contact support with the details below.</source>
        <translation>Le token ou son lecteur est en panne. Retirez le token, insérez-le de nouveau et réessayez ; si le problème persiste, contactez le support avec les détails ci-dessous.</translation>
    </message>
    <message>
        <source>The token reported an unexpected error. Contact support with the details below.</source>
        <translation>Le token a signalé une erreur inattendue. Contactez le support avec les détails ci-dessous.</translation>
    </message>
    <message>
        <source>The token is no longer available: it was removed or its reader was disconnected. Insert it again, then log in.</source>
        <translation>Le token n&apos;est plus disponible : il a été retiré ou son lecteur a été déconnecté. Insérez-le de nouveau, puis connectez-vous.</translation>
    </message>
    <message>
        <source>This is not a valid PKCS#11 URI: %1.</source>
        <translation>Ce n&apos;est pas une URI PKCS#11 valide : %1.</translation>
    </message>
    <message>
        <source>it does not start with pkcs11:</source>
        <translation>elle ne commence pas par pkcs11:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not name=value</source>
        <translation>« %1 » n&apos;est pas de la forme nom=valeur</translation>
    </message>
    <message>
        <source>a %-escape in &quot;%1&quot; is malformed</source>
        <translation>une séquence d&apos;échappement % dans « %1 » est mal formée</translation>
    </message>
    <message>
        <source>unknown object type &quot;%1&quot;</source>
        <translation>type d&apos;objet inconnu « %1 »</translation>
    </message>
    <message>
        <source>a PIN must never be written in a URI</source>
        <translation>un code PIN ne doit jamais figurer dans une URI</translation>
    </message>
    <message>
        <source>The token module %1 cannot be loaded. Check the module path in the settings, or reinstall the token&apos;s middleware.</source>
        <translation>Le module du token %1 ne peut pas être chargé. Vérifiez le chemin du module dans les paramètres, ou réinstallez le middleware du token.</translation>
    </message>
    <message>
        <source>The token %1 is not in any reader. Insert it, or choose another token in the settings.</source>
        <translation>Le token %1 n&apos;est dans aucun lecteur. Insérez-le, ou choisissez un autre token dans les paramètres.</translation>
    </message>
    <message>
        <source>The key Guichet was set up with is not on this token. Check that this is your RA token, or choose its key again in the settings.</source>
        <translation>La clé configurée dans Guichet n&apos;est pas sur ce token. Vérifiez qu&apos;il s&apos;agit bien de votre token AE, ou choisissez de nouveau sa clé dans les paramètres.</translation>
    </message>
    <message>
        <source>The token could not generate the key. Contact support with the details below.</source>
        <translation>Le token n&apos;a pas pu générer la clé. Contactez le support avec les détails ci-dessous.</translation>
    </message>
    <message>
        <source>The token could not sign. Check that it is still inserted and that you are logged in, then try again.</source>
        <translation>Le token n&apos;a pas pu signer. Vérifiez qu&apos;il est toujours inséré et que vous êtes connecté, puis réessayez.</translation>
    </message>
    <message>
        <source>The token&apos;s public key cannot be read. Contact support with the details below.</source>
        <translation>La clé publique du token ne peut pas être lue. Contactez le support avec les détails ci-dessous.</translation>
    </message>
    <message>
        <source>Another token is now in the reader. Insert the token you logged in with, or log in again with this one.</source>
        <translation>Un autre token est maintenant dans le lecteur. Insérez le token avec lequel vous vous êtes connecté, ou connectez-vous de nouveau avec celui-ci.</translation>
    </message>
    <message>
        <source>This reader has no PIN pad: type the PIN in Guichet.</source>
        <translation>Ce lecteur n&apos;a pas de clavier : saisissez le code PIN dans Guichet.</translation>
    </message>
    <message>
        <source>A token label has 1 to 32 bytes; &quot;%1&quot; does not fit.</source>
        <translation>Le libellé d&apos;un token comporte de 1 à 32 octets ; « %1 » ne convient pas.</translation>
    </message>
    <message>
        <source>The certificate could not be written to the token. Contact support with the details below.</source>
        <translation>Le certificat n&apos;a pas pu être écrit sur le token. Contactez le support avec les détails ci-dessous.</translation>
    </message>
    <message>
        <source>The token already holds a certificate for this key. Remove it first, or use another token.</source>
        <translation>Le token contient déjà un certificat pour cette clé. Supprimez-le d&apos;abord, ou utilisez un autre token.</translation>
    </message>
    <message>
        <source>The token holds no certificate for this key.</source>
        <translation>Le token ne contient aucun certificat pour cette clé.</translation>
    </message>
    <message>
        <source>The token holds several certificates for this key. Contact support with the details below.</source>
        <translation>Le token contient plusieurs certificats pour cette clé. Contactez le support avec les détails ci-dessous.</translation>
    </message>
    <message>
        <source>The token holds no such key.</source>
        <translation>Le token ne contient pas cette clé.</translation>
    </message>
    <message>
        <source>The token holds several keys with the same identifier. Contact support with the details below.</source>
        <translation>Le token contient plusieurs clés de même identifiant. Contactez le support avec les détails ci-dessous.</translation>
    </message>
    <message>
        <source>No key is named: nothing was removed.</source>
        <translation>Aucune clé n&apos;est désignée : rien n&apos;a été supprimé.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::ActivityModel</name>
    <message>
        <source>All portals</source>
        <translation>Tous les portails</translation>
    </message>
    <message>
        <source>Open the matching orders (Enter)</source>
        <translation>Ouvrir les commandes correspondantes (Entrée)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <source>RA portal</source>
        <translation>Portail AE</translation>
    </message>
    <message>
        <source>To verify</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>En attente de signature</translation>
    </message>
    <message>
        <source>To validate</source>
        <translation>À valider</translation>
    </message>
    <message>
        <source>To generate</source>
        <translation>À générer</translation>
    </message>
</context>
<context>
    <name>guichet::ui::ActivityView</name>
    <message>
        <source>&lt;h2&gt;Activity summary&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Résumé d&apos;activité&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Orders waiting for the administrative RA (to verify, to validate) and for the technical RA (to generate), per RA portal. Double-click or press Enter on a count to open the matching orders.</source>
        <translation>Commandes en attente de l&apos;AE administrative (à vérifier, à valider) et de l&apos;AE technique (à générer), par portail AE. Double-cliquez sur un nombre ou appuyez sur Entrée pour ouvrir les commandes correspondantes.</translation>
    </message>
    <message>
        <source>Activity summary per RA portal</source>
        <translation>Résumé d&apos;activité par portail AE</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
</context>
<context>
    <name>guichet::ui::BatchDeliveryPage</name>
    <message>
        <source>Steps of the agent&apos;s batch delivery</source>
        <translation>Étapes de la remise par lot au mandataire</translation>
    </message>
    <message>
        <source>1. Certification agent</source>
        <translation>1. Mandataire de certification</translation>
    </message>
    <message>
        <source>2. Agent&apos;s identity</source>
        <translation>2. Identité du mandataire</translation>
    </message>
    <message>
        <source>3. Intervention sheets</source>
        <translation>3. Fiches d&apos;intervention</translation>
    </message>
    <message>
        <source>4. Holders&apos; tokens</source>
        <translation>4. Tokens des porteurs</translation>
    </message>
    <message>
        <source>5. Summary</source>
        <translation>5. Récapitulatif</translation>
    </message>
    <message>
        <source>Orders of the batch</source>
        <translation>Commandes du lot</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Orders of the &amp;batch:</source>
        <translation>Commandes du &amp;lot :</translation>
    </message>
    <message>
        <source>Print the PIN &amp;letter again</source>
        <translation>Réimprimer le co&amp;urrier PIN</translation>
    </message>
    <message>
        <source>For the holder selected in the list: the codes are kept until this page is closed, never saved.</source>
        <translation>Pour le porteur sélectionné dans la liste : les codes sont conservés jusqu&apos;à la fermeture de cette page, jamais enregistrés.</translation>
    </message>
    <message>
        <source>&amp;Close the batch</source>
        <translation>&amp;Fermer le lot</translation>
    </message>
    <message>
        <source>Certification agents</source>
        <translation>Mandataires de certification</translation>
    </message>
    <message>
        <source>&amp;Deliver this agent&apos;s orders</source>
        <translation>Remettre les comman&amp;des de ce mandataire</translation>
    </message>
    <message>
        <source>Certification &amp;agents with orders awaiting delivery:</source>
        <translation>M&amp;andataires de certification ayant des commandes en attente de remise :</translation>
    </message>
    <message>
        <source>A certification agent (mandataire de certification) collects the certificates of the holders named on their orders. Choose the agent at the counter: every order awaiting delivery that they collect is delivered in this session, one blank token per holder.</source>
        <translation>Un mandataire de certification retire les certificats des porteurs désignés dans ses commandes. Choisissez le mandataire présent au guichet : toutes les commandes en attente de remise qu&apos;il retire sont remises au cours de cette session, un token vierge par porteur.</translation>
    </message>
    <message>
        <source>I attest that the &amp;face of the agent at the counter matches the photo of their ID</source>
        <translation>J&apos;atteste que le &amp;visage du mandataire au guichet correspond à la photo de sa pièce d&apos;identité</translation>
    </message>
    <message>
        <source>C&amp;hoose another agent</source>
        <translation>C&amp;hoisir un autre mandataire</translation>
    </message>
    <message>
        <source>&amp;Open the sheets to print them</source>
        <translation>&amp;Ouvrir les fiches pour les imprimer</translation>
    </message>
    <message>
        <source>The agent and I &amp;signed every intervention sheet</source>
        <translation>Le mandataire et moi avons &amp;signé chaque fiche d&apos;intervention</translation>
    </message>
    <message>
        <source>%v of %m holders</source>
        <translation>%v sur %m porteurs</translation>
    </message>
    <message>
        <source>&amp;Skip this holder</source>
        <translation>&amp;Passer ce porteur</translation>
    </message>
    <message>
        <source>&amp;Deliver onto this token</source>
        <translation>Remettre sur ce &amp;token</translation>
    </message>
    <message>
        <source>Each holder gets a token of their own, with a temporary PIN and PUK printed on their PIN letter (never saved). The operator&apos;s own token is never offered; a token already initialised cannot be chosen.</source>
        <translation>Chaque porteur reçoit son propre token, avec des codes PIN et PUK provisoires imprimés sur son courrier PIN (jamais enregistrés). Le token de l&apos;opérateur n&apos;est jamais proposé ; un token déjà initialisé ne peut pas être choisi.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 — 1 order awaiting delivery</source>
        <translation>%1 — 1 commande en attente de remise</translation>
    </message>
    <message>
        <source>%1 — %2 orders awaiting delivery</source>
        <translation>%1 — %2 commandes en attente de remise</translation>
    </message>
    <message>
        <source>No order awaiting delivery names a certification agent: there is no batch to deliver.</source>
        <translation>Aucune commande en attente de remise ne désigne de mandataire de certification : il n&apos;y a aucun lot à remettre.</translation>
    </message>
    <message>
        <source>Agent&apos;s batch delivery</source>
        <translation>Remise par lot au mandataire</translation>
    </message>
    <message>
        <source>Agent&apos;s batch delivery — %1, 1 order</source>
        <translation>Remise par lot au mandataire — %1, 1 commande</translation>
    </message>
    <message>
        <source>Agent&apos;s batch delivery — %1, %2 orders</source>
        <translation>Remise par lot au mandataire — %1, %2 commandes</translation>
    </message>
    <message>
        <source>Awaiting delivery</source>
        <translation>En attente de remise</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>→ Plug in this holder&apos;s token</source>
        <translation>→ Insérez le token de ce porteur</translation>
    </message>
    <message>
        <source>Identity checked: waits for its token</source>
        <translation>Identité contrôlée : en attente de son token</translation>
    </message>
    <message>
        <source>✓ Delivered</source>
        <translation>✓ Certificat remis</translation>
    </message>
    <message>
        <source>✓ Delivered — PIN letter not printed: print it again</source>
        <translation>✓ Certificat remis — courrier PIN non imprimé : réimprimez-le</translation>
    </message>
    <message>
        <source>Type the kind and number of the agent&apos;s own ID document, or its machine-readable zone (MRZ): it is checked against the agent named on each order.</source>
        <translation>Saisissez le type et le numéro de la pièce d&apos;identité du mandataire lui-même, ou sa bande MRZ : elle est contrôlée au regard du mandataire désigné dans chaque commande.</translation>
    </message>
    <message>
        <source>%1 collects the certificate of 1 holder.</source>
        <translation>%1 retire le certificat d&apos;un porteur.</translation>
    </message>
    <message>
        <source>%1 collects the certificates of %2 holders.</source>
        <translation>%1 retire les certificats de %2 porteurs.</translation>
    </message>
    <message>
        <source>Already under way: resume it in the one-holder delivery</source>
        <translation>Déjà en cours : à reprendre dans la remise individuelle</translation>
    </message>
    <message>
        <source>Already under way: %1
Resume it in the one-holder delivery (Order ▸ Face-to-face delivery).</source>
        <translation>Déjà en cours : %1
Reprenez-la dans la remise individuelle (Commande ▸ Remise en face à face).</translation>
    </message>
    <message>
        <source>Agent&apos;s identity refused</source>
        <translation>Identité du mandataire refusée</translation>
    </message>
    <message>
        <source>Cannot be opened for delivery</source>
        <translation>Impossible d&apos;ouvrir la remise</translation>
    </message>
    <message>
        <source>No order of this batch can be delivered here: each one is listed below with the reason.</source>
        <translation>Aucune commande de ce lot ne peut être remise ici : chacune figure ci-dessous avec le motif.</translation>
    </message>
    <message>
        <source>The agent&apos;s identity is refused: nothing is delivered.

%1</source>
        <translation>L&apos;identité du mandataire est refusée : rien n&apos;est remis.

%1</translation>
    </message>
    <message>
        <source>The agent&apos;s identity matches. One intervention sheet per order, naming the agent, is saved with the order&apos;s papers:
%1

Print them; the agent and you sign each one, then record it below.</source>
        <translation>L&apos;identité du mandataire correspond. Une fiche d&apos;intervention par commande, au nom du mandataire, est enregistrée avec les documents de la commande :
%1

Imprimez-les ; le mandataire et vous signez chacune d&apos;elles, puis indiquez-le ci-dessous.</translation>
    </message>
    <message>
        <source>Plug in a blank token for %1 (order %2, %3), choose it, then Deliver.</source>
        <translation>Insérez un token vierge pour %1 (commande %2, %3), choisissez-le, puis Remettre.</translation>
    </message>
    <message>
        <source>No blank token is plugged in: plug in the token for %1, then refresh the list (F5); or skip this holder.</source>
        <translation>Aucun token vierge n&apos;est branché : insérez le token de %1, puis actualisez la liste (F5) ; ou passez ce porteur.</translation>
    </message>
    <message>
        <source>Preparing the token…</source>
        <translation>Préparation du token…</translation>
    </message>
    <message>
        <source>The delivery of this order is not open.</source>
        <translation>La remise de cette commande n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>%1

Plug in another blank token for %2, or skip this holder.</source>
        <translation>%1

Insérez un autre token vierge pour %2, ou passez ce porteur.</translation>
    </message>
    <message>
        <source>%1
Print it again (select the holder in the list) before the agent leaves: Guichet keeps the codes only until this page is closed.</source>
        <translation>%1
Réimprimez-le (sélectionnez le porteur dans la liste) avant le départ du mandataire : Guichet ne conserve les codes que jusqu&apos;à la fermeture de cette page.</translation>
    </message>
    <message>
        <source>Key, certificate and record…</source>
        <translation>Clé, certificat et enregistrement…</translation>
    </message>
    <message>
        <source>Stopped at &quot;%1&quot;</source>
        <translation>Arrêtée à « %1 »</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>%1
The batch goes on with the next holder.</source>
        <translation>%1
Le lot continue avec le porteur suivant.</translation>
    </message>
    <message>
        <source>Skipped: no token at the counter</source>
        <translation>Passé : aucun token au guichet</translation>
    </message>
    <message>
        <source>Skipped: no token for this holder at the counter.</source>
        <translation>Passé : aucun token pour ce porteur au guichet.</translation>
    </message>
    <message>
        <source>Skipped: no token for this holder at the counter. Its identity check is recorded; the one-holder delivery goes on from there.</source>
        <translation>Passé : aucun token pour ce porteur au guichet. Son contrôle d&apos;identité est enregistré ; la remise individuelle reprendra à partir de là.</translation>
    </message>
    <message>
        <source>• %1, %2: %3</source>
        <translation>• %1, %2 : %3</translation>
    </message>
    <message>
        <source>Delivered %1 of %2 certificates collected by %3.</source>
        <translation>%1 sur %2 certificats retirés par %3 ont été remis.</translation>
    </message>
    <message>
        <source>Stopped:</source>
        <translation>Arrêtées :</translation>
    </message>
    <message>
        <source>A stopped delivery resumes where it stopped: open its order, then Order ▸ Face-to-face delivery (Ctrl+Shift+D). A holder&apos;s token already prepared asks for the PIN printed on its PIN letter.</source>
        <translation>Une remise arrêtée reprend là où elle s&apos;est arrêtée : ouvrez sa commande, puis Commande ▸ Remise en face à face (Ctrl+Shift+D). Un token de porteur déjà préparé demande le code PIN imprimé sur son courrier PIN.</translation>
    </message>
    <message>
        <source>The PIN letter of %1 is printed.</source>
        <translation>Le courrier PIN de %1 est imprimé.</translation>
    </message>
    <message>
        <source>Open the recei&amp;pt</source>
        <translation>Ouvrir le &amp;récépissé</translation>
    </message>
    <message>
        <source>Check the agent&apos;s &amp;identity</source>
        <translation>&amp;Contrôler l&apos;identité du mandataire</translation>
    </message>
    <message>
        <source>Con&amp;tinue with the tokens</source>
        <translation>&amp;Continuer avec les tokens</translation>
    </message>
</context>
<context>
    <name>guichet::ui::ChecklistDigest</name>
    <message>
        <source>Unavailable</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>%1/%2 passed</source>
        <translation>%1/%2 conformes</translation>
    </message>
    <message>
        <source>The checklist could not be computed: %1</source>
        <translation>Impossible d&apos;établir la liste de contrôle : %1</translation>
    </message>
    <message>
        <source>Every check passed: the order can be validated.</source>
        <translation>Tous les contrôles sont conformes : la commande peut être validée.</translation>
    </message>
    <message>
        <source>(and %1 more)</source>
        <translation>(et %1 autres)</translation>
    </message>
    <message>
        <source>Ready to validate (%1)</source>
        <translation>Prêt pour validation (%1)</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 en échec</translation>
    </message>
    <message>
        <source>%1 to confirm</source>
        <translation>%1 à confirmer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>En échec :</translation>
    </message>
    <message>
        <source>To confirm:</source>
        <translation>À confirmer :</translation>
    </message>
    <message>
        <source>Still to do:</source>
        <translation>Reste à faire :</translation>
    </message>
</context>
<context>
    <name>guichet::ui::ChecklistPanel</name>
    <message>
        <source>Confirmed by %1 on %2 at %3.</source>
        <translation>Confirmé par %1 le %2 à %3.</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <source>Send for &amp;signature</source>
        <translation>Envoyer pour &amp;signature</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation>&amp;Liste de contrôle</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Confirm the selected check</source>
        <translation>Confirmer le contrôle sélectionné</translation>
    </message>
    <message>
        <source>Confirm the selected check (Ctrl+Enter)</source>
        <translation>Confirmer le contrôle sélectionné (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Send for signature</source>
        <translation>Envoyer pour signature</translation>
    </message>
    <message>
        <source>Send the contractual documents for signature (Ctrl+Shift+S)</source>
        <translation>Envoyer les documents contractuels pour signature (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>Validate the order</source>
        <translation>Valider la commande</translation>
    </message>
    <message>
        <source>Validate the order: irreversible (Ctrl+Shift+V)</source>
        <translation>Valider la commande : irréversible (Ctrl+Maj+V)</translation>
    </message>
    <message>
        <source>Supporting documents imported</source>
        <translation>Pièces justificatives importées</translation>
    </message>
    <message>
        <source>Pieces valid and matching the order</source>
        <translation>Pièces valides et conformes à la commande</translation>
    </message>
    <message>
        <source>Holder&apos;s OTP contact</source>
        <translation>Contact OTP du porteur</translation>
    </message>
    <message>
        <source>Holder&apos;s ID document recorded</source>
        <translation>Pièce d&apos;identité du porteur saisie</translation>
    </message>
    <message>
        <source>Sent for signature</source>
        <translation>Envoi pour signature</translation>
    </message>
    <message>
        <source>Contractual documents signed</source>
        <translation>Documents contractuels signés</translation>
    </message>
    <message>
        <source>Payment and validation</source>
        <translation>Règlement et validation</translation>
    </message>
    <message>
        <source>Step %1 — %2</source>
        <translation>Étape %1 — %2</translation>
    </message>
    <message>
        <source>%1 passed · %2 failed · %3 awaiting confirmation</source>
        <translation>Conformes : %1 · en échec : %2 · à confirmer : %3</translation>
    </message>
    <message>
        <source>Select a check to see its details; a check about a document shows it.</source>
        <translation>Sélectionnez un contrôle pour en voir le détail ; un contrôle portant sur un document affiche ce document.</translation>
    </message>
    <message>
        <source>%1 — %2.</source>
        <translation>%1 — %2.</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2 : %3</translation>
    </message>
</context>
<context>
    <name>guichet::ui::DeliveryPage</name>
    <message>
        <source>The operator&apos;s token is in none of the desk&apos;s PKCS#11 modules.</source>
        <translation>Le token de l&apos;opérateur ne se trouve dans aucun des modules PKCS#11 du poste.</translation>
    </message>
    <message>
        <source>Steps of the delivery</source>
        <translation>Étapes de la remise</translation>
    </message>
    <message>
        <source>1. Identity</source>
        <translation>1. Identité</translation>
    </message>
    <message>
        <source>2. Intervention sheet</source>
        <translation>2. Fiche d&apos;intervention</translation>
    </message>
    <message>
        <source>3. Holder token</source>
        <translation>3. Token du porteur</translation>
    </message>
    <message>
        <source>4. Key and certificate</source>
        <translation>4. Clé et certificat</translation>
    </message>
    <message>
        <source>5. Done</source>
        <translation>5. Terminé</translation>
    </message>
    <message>
        <source>&amp;Close the delivery</source>
        <translation>&amp;Fermer la remise</translation>
    </message>
    <message>
        <source>I attest that the &amp;face of the person at the counter matches the photo</source>
        <translation>J&apos;atteste que le &amp;visage de la personne au guichet correspond à la photo</translation>
    </message>
    <message>
        <source>&amp;Check the identity</source>
        <translation>&amp;Contrôler l&apos;identité</translation>
    </message>
    <message>
        <source>The person collecting the certificate shows their ID document. Type its kind and number, or its machine-readable zone (MRZ): with an MRZ, the kind and number may stay empty.</source>
        <translation>La personne qui retire le certificat présente sa pièce d&apos;identité. Saisissez son type et son numéro, ou sa bande MRZ : avec la bande MRZ, le type et le numéro peuvent rester vides.</translation>
    </message>
    <message>
        <source>&amp;Open the sheet to print it</source>
        <translation>&amp;Ouvrir la fiche pour l&apos;imprimer</translation>
    </message>
    <message>
        <source>The holder and I have both &amp;signed the printed sheet</source>
        <translation>Le porteur et moi avons tous deux &amp;signé la fiche imprimée</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Holder tokens</source>
        <translation>Tokens de porteur</translation>
    </message>
    <message>
        <source>&amp;Refresh the list</source>
        <translation>&amp;Actualiser la liste</translation>
    </message>
    <message>
        <source>The holder &amp;types their PIN twice</source>
        <translation>Le porteur &amp;saisit son code PIN deux fois</translation>
    </message>
    <message>
        <source>&amp;Generate a temporary PIN and PUK, printed on a PIN letter</source>
        <translation>&amp;Générer des codes PIN et PUK provisoires, imprimés sur un courrier PIN</translation>
    </message>
    <message>
        <source>Holder&apos;s PIN</source>
        <translation>Code PIN du porteur</translation>
    </message>
    <message>
        <source>Holder&apos;s PIN again</source>
        <translation>Code PIN du porteur (confirmation)</translation>
    </message>
    <message>
        <source>&amp;Prepare the token</source>
        <translation>&amp;Préparer le token</translation>
    </message>
    <message>
        <source>PI&amp;N:</source>
        <translation>Code PI&amp;N :</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>Code PIN (confi&amp;rmation) :</translation>
    </message>
    <message>
        <source>Plug in the holder&apos;s blank token and choose it. The operator&apos;s own token is never offered; a token already initialised cannot be chosen.</source>
        <translation>Insérez le token vierge du porteur et choisissez-le. Le token de l&apos;opérateur n&apos;est jamais proposé ; un token déjà initialisé ne peut pas être choisi.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>C&amp;lean the token and start again</source>
        <translation>&amp;Nettoyer le token et recommencer</translation>
    </message>
    <message>
        <source>The key pair is generated on the holder&apos;s token, the CA certifies it, the certificate is written beside it and read back, and the delivery is recorded. Leave the token plugged in.</source>
        <translation>La bi-clé est générée sur le token du porteur, l&apos;AC la certifie, le certificat est écrit à côté puis relu, et la remise est enregistrée. Laissez le token branché.</translation>
    </message>
    <message>
        <source>&amp;Open the receipt</source>
        <translation>&amp;Ouvrir le récépissé</translation>
    </message>
    <message>
        <source>Nobody is logged in at the desk: log in with an operator&apos;s token to deliver.</source>
        <translation>Personne n&apos;est connecté au poste : connectez-vous avec un token d&apos;opérateur pour effectuer une remise.</translation>
    </message>
    <message>
        <source>%1 may not deliver certificates: a technical RA operator (AET) or a delegated operator (AED) delivers them.</source>
        <translation>%1 n&apos;a pas le droit de remettre des certificats : la remise revient à un opérateur d&apos;AE technique (AET) ou à un opérateur délégué (AED).</translation>
    </message>
    <message>
        <source>No CA is configured for issuance: see docs/issuance.md</source>
        <translation>Aucune AC n&apos;est configurée pour l&apos;émission : voir docs/issuance.md</translation>
    </message>
    <message>
        <source>Face-to-face delivery</source>
        <translation>Remise en face à face</translation>
    </message>
    <message>
        <source>Face-to-face delivery of order %1 — %2 %3</source>
        <translation>Remise en face à face de la commande %1 — %2 %3</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Le répertoire %1 n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>The identity matches. The intervention sheet is saved with the order&apos;s papers:
%1

Print it; the holder and you sign it, then record it below.</source>
        <translation>L&apos;identité correspond. La fiche d&apos;intervention est enregistrée avec les documents de la commande :
%1

Imprimez-la ; le porteur et vous la signez, puis indiquez-le ci-dessous.</translation>
    </message>
    <message>
        <source>%1 (serial %2) — already initialised: not blank</source>
        <translation>%1 (numéro de série %2) — déjà initialisé : pas vierge</translation>
    </message>
    <message>
        <source>Blank token in slot %1 (%2 %3, serial %4)</source>
        <translation>Token vierge dans l&apos;emplacement %1 (%2 %3, numéro de série %4)</translation>
    </message>
    <message>
        <source>No blank token is plugged in: plug in the holder&apos;s token, then refresh the list.</source>
        <translation>Aucun token vierge n&apos;est branché : insérez le token du porteur, puis actualisez la liste.</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>The delivery is not at a step of the certificate.</source>
        <translation>La remise n&apos;en est pas à une étape du certificat.</translation>
    </message>
    <message>
        <source>The certificate of %1 %2 is on their token &quot;%3&quot; and the order is delivered.

Certificate: %4
Serial: %5

The delivery receipt is saved with the order&apos;s papers:
%6</source>
        <translation>Le certificat de %1 %2 est sur son token « %3 » et la commande est remise.

Certificat : %4
Numéro de série : %5

Le récépissé de remise est enregistré avec les documents de la commande :
%6</translation>
    </message>
    <message>
        <source>No application opens %1: open it from the file manager to print it.</source>
        <translation>Aucune application n&apos;ouvre %1 : ouvrez-le depuis le gestionnaire de fichiers pour l&apos;imprimer.</translation>
    </message>
    <message>
        <source>Blank token in slot %1 (%2 %3)</source>
        <translation>Token vierge dans l&apos;emplacement %1 (%2 %3)</translation>
    </message>
    <message>
        <source>Holder&apos;s PIN to resume</source>
        <translation>Code PIN du porteur pour reprendre</translation>
    </message>
    <message>
        <source>Holder&apos;s &amp;PIN:</source>
        <translation>Code &amp;PIN du porteur :</translation>
    </message>
    <message>
        <source>%1

The holder types the PIN of their token &quot;%2&quot;, then Resume.</source>
        <translation>%1

Le porteur saisit le code PIN de son token « %2 », puis Reprendre.</translation>
    </message>
    <message>
        <source>Print the PIN &amp;letter again</source>
        <translation>Réimprimer le co&amp;urrier PIN</translation>
    </message>
    <message>
        <source>PIN letter %1</source>
        <translation>Courrier PIN %1</translation>
    </message>
    <message>
        <source>Print the PIN letter</source>
        <translation>Imprimer le courrier PIN</translation>
    </message>
    <message>
        <source>The PIN letter was not printed.</source>
        <translation>Le courrier PIN n&apos;a pas été imprimé.</translation>
    </message>
    <message>
        <source>%1
Print it again before the holder leaves: Guichet keeps the codes only until this delivery is closed.</source>
        <translation>%1
Réimprimez-le avant le départ du porteur : Guichet ne conserve les codes que jusqu&apos;à la fermeture de cette remise.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::DeskLock</name>
    <message>
        <source>Insert your token, then type its PIN to open the desk.</source>
        <translation>Insérez votre token, puis saisissez son code PIN pour ouvrir le poste.</translation>
    </message>
    <message>
        <source>The desk was locked at the operator&apos;s request.</source>
        <translation>Le poste a été verrouillé à la demande de l&apos;opérateur.</translation>
    </message>
    <message>
        <source>The desk locked itself: no activity for %1 min.</source>
        <translation>Le poste s&apos;est verrouillé : aucune activité depuis %1 min.</translation>
    </message>
    <message>
        <source>The desk locked itself after a while without activity.</source>
        <translation>Le poste s&apos;est verrouillé après une période d&apos;inactivité.</translation>
    </message>
    <message>
        <source>The desk locked itself: the operator&apos;s token was removed.</source>
        <translation>Le poste s&apos;est verrouillé : le token de l&apos;opérateur a été retiré.</translation>
    </message>
    <message>
        <source>The desk locked itself: the operator&apos;s token stopped answering.</source>
        <translation>Le poste s&apos;est verrouillé : le token de l&apos;opérateur ne répond plus.</translation>
    </message>
    <message>
        <source>The desk locked itself: %1</source>
        <translation>Le poste s&apos;est verrouillé : %1</translation>
    </message>
    <message>
        <source>No operator logged in.</source>
        <translation>Aucun opérateur connecté.</translation>
    </message>
    <message>
        <source>The desk is open already.</source>
        <translation>Le poste est déjà ouvert.</translation>
    </message>
    <message>
        <source>The desk is locked during the session of %1: only %1 can resume it. To work as %2, choose &quot;Change operator&quot; first, then log in again.</source>
        <translation>Le poste est verrouillé pendant la session de %1 : elle ne peut être reprise que par %1. Pour travailler en tant que %2, choisissez d&apos;abord « Changer d&apos;opérateur », puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Certificate %1 is not the suspended session&apos;s %2.</source>
        <translation>Le certificat %1 n&apos;est pas celui de la session suspendue (%2).</translation>
    </message>
</context>
<context>
    <name>guichet::ui::DeskSession</name>
    <message>
        <source>Nobody is logged in: log in with your token first.</source>
        <translation>Aucun opérateur n&apos;est connecté : connectez-vous d&apos;abord avec votre token.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::DocumentList</name>
    <message>
        <source>Mark as si&amp;gned</source>
        <translation>Marquer comme si&amp;gné</translation>
    </message>
    <message>
        <source>D&amp;ocuments</source>
        <translation>D&amp;ocuments</translation>
    </message>
    <message>
        <source>Documents of the order</source>
        <translation>Documents de la commande</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Mark the selected document as signed</source>
        <translation>Marquer le document sélectionné comme signé</translation>
    </message>
    <message>
        <source>Record that the selected contractual document came back signed</source>
        <translation>Enregistrer le retour signé du document contractuel sélectionné</translation>
    </message>
</context>
<context>
    <name>guichet::ui::DocumentViewer</name>
    <message>
        <source>Document message</source>
        <translation>Message sur le document</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>%1, page %2 of %3</source>
        <translation>%1, page %2 sur %3</translation>
    </message>
    <message>
        <source>Document — Guichet</source>
        <translation>Document — Guichet</translation>
    </message>
    <message>
        <source>%1 — Guichet</source>
        <translation>%1 — Guichet</translation>
    </message>
    <message>
        <source>Document viewer</source>
        <translation>Visionneuse de documents</translation>
    </message>
    <message>
        <source>Why no document is shown</source>
        <translation>Pourquoi aucun document n&apos;est affiché</translation>
    </message>
</context>
<context>
    <name>guichet::ui::IdentityForm</name>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Holder&apos;s ID document type</source>
        <translation>Type de pièce d&apos;identité du porteur</translation>
    </message>
    <message>
        <source>Holder&apos;s ID document number</source>
        <translation>Numéro de pièce d&apos;identité du porteur</translation>
    </message>
    <message>
        <source>Number as printed on the document</source>
        <translation>Numéro tel qu&apos;imprimé sur la pièce</translation>
    </message>
    <message>
        <source>Record the holder&apos;s ID document</source>
        <translation>Enregistrer la pièce d&apos;identité du porteur</translation>
    </message>
    <message>
        <source>Record the holder&apos;s ID document type and number in the order</source>
        <translation>Saisir dans la commande le type et le numéro de la pièce d&apos;identité du porteur</translation>
    </message>
    <message>
        <source>ID document &amp;type:</source>
        <translation>Type de &amp;pièce d&apos;identité :</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>N&amp;uméro :</translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation>Pas encore saisie.</translation>
    </message>
    <message>
        <source>Recorded: %1 %2.</source>
        <translation>Saisie : %1 %2.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::LoginPage</name>
    <message>
        <source>%1
%2 · serial number %3</source>
        <translation>%1
%2 · numéro de série %3</translation>
    </message>
    <message>
        <source>(token without a label)</source>
        <translation>(token sans libellé)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>TRAINING / FORMATION</source>
        <translation>FORMATION / TRAINING</translation>
    </message>
    <message>
        <source>Training tokens and certificates: nothing done at this desk is real.</source>
        <translation>Tokens et certificats de formation : rien de ce qui est fait sur ce poste n&apos;est réel.</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Mode formation</translation>
    </message>
    <message>
        <source>The desk is locked</source>
        <translation>Le poste est verrouillé</translation>
    </message>
    <message>
        <source>Insert your token, then type its PIN to open the desk.</source>
        <translation>Insérez votre token, puis saisissez son code PIN pour ouvrir le poste.</translation>
    </message>
    <message>
        <source>C&amp;hange operator…</source>
        <translation>Changer d&apos;&amp;opérateur…</translation>
    </message>
    <message>
        <source>End the suspended session so that another operator can log in. Decisions are all recorded already; the open order closes.</source>
        <translation>Mettre fin à la session suspendue pour qu&apos;un autre opérateur puisse se connecter. Toutes les décisions sont déjà enregistrées ; la commande ouverte est fermée.</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token :</translation>
    </message>
    <message>
        <source>Tokens present</source>
        <translation>Tokens présents</translation>
    </message>
    <message>
        <source>Looking for tokens…</source>
        <translation>Recherche des tokens…</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>Code &amp;PIN :</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>This reader has its own keypad: the PIN is typed on the reader, never in Guichet.</source>
        <translation>Ce lecteur a son propre clavier : le code PIN se saisit sur le lecteur, jamais dans Guichet.</translation>
    </message>
    <message>
        <source>Unlock with the reader&apos;s &amp;keypad</source>
        <translation>Déverrouiller avec le &amp;clavier du lecteur</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>A PIN cannot be pasted: type it.</source>
        <translation>Un code PIN ne peut pas être collé : saisissez-le.</translation>
    </message>
    <message>
        <source>No token software (PKCS#11 module) is installed or configured. Ask your administrator to install your token&apos;s software (OpenSC for most smart cards).</source>
        <translation>Aucun logiciel de token (module PKCS#11) n&apos;est installé ou configuré. Demandez à votre administrateur d&apos;installer le logiciel de votre token (OpenSC pour la plupart des cartes à puce).</translation>
    </message>
    <message>
        <source>Loading the token software…</source>
        <translation>Chargement du logiciel du token…</translation>
    </message>
    <message>
        <source>The token software %1 could not be loaded: %2</source>
        <translation>Le logiciel du token %1 n&apos;a pas pu être chargé : %2</translation>
    </message>
    <message>
        <source>For support: %1</source>
        <translation>Pour le support : %1</translation>
    </message>
    <message>
        <source>No token can be read.</source>
        <translation>Aucun token n&apos;est lisible.</translation>
    </message>
    <message>
        <source>No token found. Insert your token (or your card in its reader).</source>
        <translation>Aucun token trouvé. Insérez votre token (ou votre carte dans son lecteur).</translation>
    </message>
    <message>
        <source>The PIN is locked</source>
        <translation>Le code PIN est bloqué</translation>
    </message>
    <message>
        <source>PIN warning</source>
        <translation>Avertissement sur le code PIN</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>aucun rôle</translation>
    </message>
    <message>
        <source>Session suspended: nothing was lost. Only this operator&apos;s token and PIN resume it.</source>
        <translation>Session suspendue : rien n&apos;a été perdu. Seuls le token et le code PIN de cet opérateur permettent de la reprendre.</translation>
    </message>
    <message>
        <source>Suspended session</source>
        <translation>Session suspendue</translation>
    </message>
    <message>
        <source>Choose your token in the list first.</source>
        <translation>Choisissez d&apos;abord votre token dans la liste.</translation>
    </message>
    <message>
        <source>Nobody can log in until the login configuration is repaired (see above). Contact your administrator.</source>
        <translation>Personne ne peut se connecter tant que la configuration de connexion n&apos;est pas réparée (voir ci-dessus). Contactez votre administrateur.</translation>
    </message>
    <message>
        <source>Type your PIN first.</source>
        <translation>Saisissez d&apos;abord votre code PIN.</translation>
    </message>
    <message>
        <source>Reading the token&apos;s PIN state…</source>
        <translation>Lecture de l&apos;état du code PIN du token…</translation>
    </message>
    <message>
        <source>Waiting for your answer…</source>
        <translation>En attente de votre réponse…</translation>
    </message>
    <message>
        <source>Last try</source>
        <translation>Dernier essai</translation>
    </message>
    <message>
        <source>Use this last try with the PIN you typed?</source>
        <translation>Utiliser ce dernier essai avec le code PIN saisi ?</translation>
    </message>
    <message>
        <source>&amp;Try this PIN</source>
        <translation>&amp;Essayer ce code PIN</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Change operator</source>
        <translation>Changer d&apos;opérateur</translation>
    </message>
    <message>
        <source>End the session of %1?</source>
        <translation>Mettre fin à la session de %1 ?</translation>
    </message>
    <message>
        <source>Every decision taken is recorded already. The open order closes and the next operator starts a session of their own.</source>
        <translation>Toutes les décisions prises sont déjà enregistrées. La commande ouverte est fermée et l&apos;opérateur suivant ouvre sa propre session.</translation>
    </message>
    <message>
        <source>&amp;End the session</source>
        <translation>&amp;Mettre fin à la session</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Conserver la session</translation>
    </message>
    <message>
        <source>The token is gone. Insert it again.</source>
        <translation>Le token a été retiré. Insérez-le de nouveau.</translation>
    </message>
    <message>
        <source>Type your PIN on the reader&apos;s keypad now…</source>
        <translation>Saisissez maintenant votre code PIN sur le clavier du lecteur…</translation>
    </message>
    <message>
        <source>Checking your PIN, your certificate and your roles…</source>
        <translation>Vérification de votre code PIN, de votre certificat et de vos rôles…</translation>
    </message>
</context>
<context>
    <name>guichet::ui::MainWindow</name>
    <message>
        <source>Guichet</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Poste de travail</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>Co&amp;mmandes</translation>
    </message>
    <message>
        <source>&amp;Activity summary</source>
        <translation>&amp;Résumé d&apos;activité</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Current o&amp;rder</source>
        <translation>Commande &amp;en cours</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About Guichet</source>
        <translation>À &amp;propos de Guichet</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language will be used the next time Guichet starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de Guichet.</translation>
    </message>
    <message>
        <source>DEMO DATA — </source>
        <translation>DONNÉES DE DÉMONSTRATION — </translation>
    </message>
    <message>
        <source>About Guichet</source>
        <translation>À propos de Guichet</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Guichet&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;The registration authority&apos;s workstation: check the dossiers behind orders for qualified signature certificates, in the RA&apos;s order of checks, and validate them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Guichet&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Le poste de travail de l&apos;autorité d&apos;enregistrement : vérifier les dossiers des commandes de certificats de signature qualifiés, dans l&apos;ordre des contrôles de l&apos;AE, puis les valider.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>TRAINING / FORMATION</source>
        <translation>FORMATION / TRAINING</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Mode formation</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <source>Lock after &amp;inactivity…</source>
        <translation>Verrouillage après &amp;inactivité…</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>Verrouillage après inactivité</translation>
    </message>
    <message>
        <source>Minutes without activity before the desk locks itself (0: never):</source>
        <translation>Minutes sans activité avant le verrouillage automatique du poste (0 : jamais) :</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>données de démonstration</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>verrouillé</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation>FORMATION</translation>
    </message>
    <message>
        <source>Locked — store: %1</source>
        <translation>Verrouillé — base locale : %1</translation>
    </message>
    <message>
        <source>Operator: %1, %2 — store: %3</source>
        <translation>Opérateur : %1, %2 — base locale : %3</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>aucun rôle</translation>
    </message>
    <message>
        <source>TRAINING — </source>
        <translation>FORMATION — </translation>
    </message>
    <message>
        <source>Nobody logged in: read only — store: %1</source>
        <translation>Aucun opérateur connecté : lecture seule — base locale : %1</translation>
    </message>
    <message>
        <source>O&amp;rder</source>
        <translation>&amp;Commande</translation>
    </message>
    <message>
        <source>Face-to-face &amp;delivery…</source>
        <translation>&amp;Remise en face à face…</translation>
    </message>
    <message>
        <source>Delivery %1</source>
        <translation>Remise %1</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Agent&apos;s &amp;batch delivery…</source>
        <translation>Remise par &amp;lot au mandataire…</translation>
    </message>
    <message>
        <source>Agent&apos;s batch delivery</source>
        <translation>Remise par lot au mandataire</translation>
    </message>
</context>
<context>
    <name>guichet::ui::MessageBar</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>guichet::ui::NotificationDialog</name>
    <message>
        <source>Use the &amp;template again</source>
        <translation>Reprendre le mo&amp;dèle</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Send a notification — order %1</source>
        <translation>Envoyer une notification — commande %1</translation>
    </message>
    <message>
        <source>Kind of notification</source>
        <translation>Type de notification</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>The requester has no e-mail address</source>
        <translation>Le demandeur n&apos;a pas d&apos;adresse e-mail</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>The notification is kept with the order, in the outbox: connected mode is not available yet, so nothing is sent by e-mail for now.</source>
        <translation>La notification est conservée avec la commande, dans la file d&apos;envoi : le mode connecté n&apos;est pas encore disponible, aucun e-mail n&apos;est donc envoyé pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Use the template again</source>
        <translation>Reprendre le modèle</translation>
    </message>
    <message>
        <source>Send the notification</source>
        <translation>Envoyer la notification</translation>
    </message>
    <message>
        <source>Send the notification (Ctrl+Enter)</source>
        <translation>Envoyer la notification (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message :</translation>
    </message>
    <message>
        <source>Your text was edited, so it was kept. &quot;Use the template again&quot; replaces it with the template for &quot;%1&quot;.</source>
        <translation>Votre texte a été modifié, il est donc conservé. « Reprendre le modèle » le remplace par le modèle « %1 ».</translation>
    </message>
</context>
<context>
    <name>guichet::ui::NotificationHistory</name>
    <message>
        <source>Notification &amp;history</source>
        <translation>&amp;Historique des notifications</translation>
    </message>
    <message>
        <source>Notifications sent to the requester</source>
        <translation>Notifications envoyées au demandeur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>No notification has been written for this order.</source>
        <translation>Aucune notification n&apos;a été rédigée pour cette commande.</translation>
    </message>
    <message>
        <source>Sent on %1 at %2</source>
        <translation>Envoyée le %1 à %2</translation>
    </message>
    <message>
        <source>In the outbox — not sent: connected mode is not available yet</source>
        <translation>Dans la file d&apos;envoi — non envoyée : le mode connecté n&apos;est pas encore disponible</translation>
    </message>
    <message>
        <source>To: %1
Subject: %2

%3</source>
        <translation>À : %1
Objet : %2

%3</translation>
    </message>
</context>
<context>
    <name>guichet::ui::NotificationTemplates</name>
    <message>
        <source>Hello,</source>
        <translation>Bonjour,</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Bonjour %1,</translation>
    </message>
    <message>
        <source>Kind regards,
The registration authority</source>
        <translation>Cordialement,
L&apos;autorité d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Order %1: documents missing from your dossier</source>
        <translation>Commande %1 : pièces manquantes dans votre dossier</translation>
    </message>
    <message>
        <source>While checking order %1 (certificate for %2, %3), we found that the following documents are missing from the dossier:
%4

Please add them to the order so that we can go on checking it.</source>
        <translation>Lors de la vérification de la commande %1 (certificat au nom de %2, %3), nous avons constaté qu&apos;il manque au dossier les documents suivants :
%4

Merci de les ajouter à la commande afin que nous puissions poursuivre la vérification.</translation>
    </message>
    <message>
        <source>(name the document)</source>
        <translation>(indiquez le document)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The following documents cannot be accepted as they are and must be sent again:
%1</source>
        <translation>Les documents suivants ne peuvent pas être acceptés en l&apos;état et doivent nous être envoyés à nouveau :
%1</translation>
    </message>
    <message>
        <source>Order %1: the holder&apos;s activation contact is not valid</source>
        <translation>Commande %1 : le contact d&apos;activation du porteur n&apos;est pas valide</translation>
    </message>
    <message>
        <source>While checking order %1, we found that the contact given to receive the certificate&apos;s activation code (OTP contact) for %2, &quot;%3&quot;, is not a valid mobile phone number or e-mail address.</source>
        <translation>Lors de la vérification de la commande %1, nous avons constaté que le contact indiqué pour recevoir le code d&apos;activation du certificat (Contact OTP) de %2, « %3 », n&apos;est pas un numéro de mobile ou une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>Please send us a mobile phone number or an e-mail address at which %1 can receive the activation code: without it the certificate cannot be activated.</source>
        <translation>Merci de nous communiquer un numéro de mobile ou une adresse e-mail permettant à %1 de recevoir le code d&apos;activation : sans cela, le certificat ne pourra pas être activé.</translation>
    </message>
    <message>
        <source>Order %1: documents awaiting your signature</source>
        <translation>Commande %1 : documents en attente de votre signature</translation>
    </message>
    <message>
        <source>Order %1 (certificate for %2) is waiting for the following documents to be signed:
%3

Please sign them so that we can validate the order.</source>
        <translation>La commande %1 (certificat au nom de %2) est en attente de la signature des documents suivants :
%3

Merci de les signer afin que nous puissions valider la commande.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>Regarding order %1 (certificate for %2):

</source>
        <translation>Concernant la commande %1 (certificat au nom de %2) :

</translation>
    </message>
</context>
<context>
    <name>guichet::ui::OrderActions</name>
    <message>
        <source>%1
Details for support: %2</source>
        <translation>%1
Détails pour le support : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Confirmed: %1.</source>
        <translation>Confirmé : %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not confirmed</source>
        <translation>« %1 » n&apos;a pas été confirmé</translation>
    </message>
    <message>
        <source>The holder&apos;s ID document is recorded: %1 %2.</source>
        <translation>La pièce d&apos;identité du porteur est saisie : %1 %2.</translation>
    </message>
    <message>
        <source>The holder&apos;s ID document was not recorded</source>
        <translation>La pièce d&apos;identité du porteur n&apos;a pas été saisie</translation>
    </message>
    <message>
        <source>Order %1 now awaits the signature of its contractual documents.</source>
        <translation>La commande %1 est maintenant en attente de la signature de ses documents contractuels.</translation>
    </message>
    <message>
        <source>The contractual documents were not sent for signature</source>
        <translation>Les documents contractuels n&apos;ont pas été envoyés pour signature</translation>
    </message>
    <message>
        <source>%1 is recorded as signed.</source>
        <translation>Le document « %1 » est enregistré comme signé.</translation>
    </message>
    <message>
        <source>%1 was not recorded as signed</source>
        <translation>Le document « %1 » n&apos;a pas été enregistré comme signé</translation>
    </message>
    <message>
        <source>Validate order %1</source>
        <translation>Valider la commande %1</translation>
    </message>
    <message>
        <source>Validate order %1 for %2?</source>
        <translation>Valider la commande %1 au nom de %2 ?</translation>
    </message>
    <message>
        <source>Validation is irreversible: the order moves on to certificate generation and can no longer be changed.

By validating, you attest that you have carried out the checks the certification policy demands: each supporting piece is valid and matches the order, the holder&apos;s ID document is recorded, every contractual document is signed and the payment is in order.</source>
        <translation>La validation est irréversible : la commande passe en génération du certificat et ne peut plus être modifiée.

En validant, vous attestez avoir effectué les contrôles exigés par la politique de certification : chaque pièce justificative est valide et conforme à la commande, la pièce d&apos;identité du porteur est saisie, tous les documents contractuels sont signés et le règlement est en ordre.</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>Order %1 was not validated: you cancelled.</source>
        <translation>La commande %1 n&apos;a pas été validée : vous avez annulé.</translation>
    </message>
    <message>
        <source>Order %1 is validated: it moves on to certificate generation.</source>
        <translation>La commande %1 est validée : elle passe en génération du certificat.</translation>
    </message>
    <message>
        <source>Order %1 was not validated</source>
        <translation>La commande %1 n&apos;a pas été validée</translation>
    </message>
    <message>
        <source>The notification &quot;%1&quot; is kept in the outbox: connected mode is not available yet, so it has not been sent.</source>
        <translation>La notification « %1 » est conservée dans la file d&apos;envoi : le mode connecté n&apos;est pas encore disponible, elle n&apos;a donc pas été envoyée.</translation>
    </message>
    <message>
        <source>Download the dossier of order %1</source>
        <translation>Télécharger le dossier de la commande %1</translation>
    </message>
    <message>
        <source>Dossier archives (*.zip)</source>
        <translation>Archives de dossier (*.zip)</translation>
    </message>
    <message>
        <source>The dossier of order %1 was saved to %2.</source>
        <translation>Le dossier de la commande %1 a été enregistré dans %2.</translation>
    </message>
    <message>
        <source>The dossier could not be saved to %1</source>
        <translation>Impossible d&apos;enregistrer le dossier dans %1</translation>
    </message>
</context>
<context>
    <name>guichet::ui::OrderDetails</name>
    <message>
        <source>not given</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte bancaire</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <source>Administrative mandate</source>
        <translation>Mandat administratif</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>OTP contact</source>
        <translation>Contact OTP</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Représentant légal</translation>
    </message>
    <message>
        <source>Certification agent</source>
        <translation>Mandataire de certification</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Règlement</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No: not received yet</source>
        <translation>Non : pas encore reçu</translation>
    </message>
</context>
<context>
    <name>guichet::ui::OrderFilterBar</name>
    <message>
        <source>Search orders</source>
        <translation>Rechercher des commandes</translation>
    </message>
    <message>
        <source>Name, organisation, SIREN or order number (Ctrl+F)</source>
        <translation>Nom, raison sociale, SIREN ou numéro de commande (Ctrl+F)</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Toutes les phases</translation>
    </message>
    <message>
        <source>Dossier type</source>
        <translation>Type de dossier</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>RA portal</source>
        <translation>Portail AE</translation>
    </message>
    <message>
        <source>All portals</source>
        <translation>Tous les portails</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Filter on orders placed from a date</source>
        <translation>Filtrer les commandes passées à partir d&apos;une date</translation>
    </message>
    <message>
        <source>Orders placed from</source>
        <translation>Commandes passées à partir du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Filter on orders placed up to a date</source>
        <translation>Filtrer les commandes passées jusqu&apos;à une date</translation>
    </message>
    <message>
        <source>Orders placed up to</source>
        <translation>Commandes passées jusqu&apos;au</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the search and filters</source>
        <translation>Effacer la recherche et les filtres</translation>
    </message>
    <message>
        <source>Show every order</source>
        <translation>Afficher toutes les commandes</translation>
    </message>
    <message>
        <source>Matching orders</source>
        <translation>Commandes correspondantes</translation>
    </message>
    <message>
        <source>No orders</source>
        <translation>Aucune commande</translation>
    </message>
    <message>
        <source>1 order</source>
        <translation>1 commande</translation>
    </message>
    <message>
        <source>%1 orders</source>
        <translation>%1 commandes</translation>
    </message>
</context>
<context>
    <name>guichet::ui::OrderHeader</name>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date : %1</translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation>Phase : %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type : %1</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>Portail : %1</translation>
    </message>
    <message>
        <source>Portal: %1 · %2</source>
        <translation>Portail : %1 · %2</translation>
    </message>
</context>
<context>
    <name>guichet::ui::OrderListModel</name>
    <message>
        <source>Placed %1 days ago</source>
        <translation>Passée il y a %1 jours</translation>
    </message>
    <message>
        <source>Validated: the checklist was recorded with the validation.</source>
        <translation>Validée : la liste de contrôle a été enregistrée avec la validation.</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validée</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification en cours…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portail</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Numéro de commande</translation>
    </message>
    <message>
        <source>D: dematerialised dossier, P: paper</source>
        <translation>D : dossier dématérialisé, P : papier</translation>
    </message>
    <message>
        <source>Days since the order was placed</source>
        <translation>Jours écoulés depuis la commande</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Cette colonne ne peut pas être triée</translation>
    </message>
    <message>
        <source>The RA&apos;s checks on the dossier as of today. Failed: a problem with the documents, the pieces or the OTP contact (steps 1 to 3). To confirm: waiting for you.</source>
        <translation>Contrôles de l&apos;AE sur le dossier à ce jour. En échec : un problème sur les documents, les pièces ou le contact OTP (étapes 1 à 3). À confirmer : en attente de votre confirmation.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::OrderListView</name>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Order list error</source>
        <translation>Erreur de la liste des commandes</translation>
    </message>
    <message>
        <source>Process order</source>
        <translation>Traiter la commande</translation>
    </message>
    <message>
        <source>Open the order to check its dossier (Enter)</source>
        <translation>Ouvrir la commande pour vérifier son dossier (Entrée)</translation>
    </message>
    <message>
        <source>Copy order number</source>
        <translation>Copier le numéro de commande</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Rechercher des commandes</translation>
    </message>
</context>
<context>
    <name>guichet::ui::OrderPage</name>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Send a &amp;notification…</source>
        <translation>Envoyer une &amp;notification…</translation>
    </message>
    <message>
        <source>Send a notification to the requester</source>
        <translation>Envoyer une notification au demandeur</translation>
    </message>
    <message>
        <source>Send a notification (Ctrl+N)</source>
        <translation>Envoyer une notification (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Download the dossier…</source>
        <translation>&amp;Télécharger le dossier…</translation>
    </message>
    <message>
        <source>Download the dossier</source>
        <translation>Télécharger le dossier</translation>
    </message>
    <message>
        <source>Save the dossier as one archive (Ctrl+E)</source>
        <translation>Enregistrer le dossier en une seule archive (Ctrl+E)</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close the order</source>
        <translation>Fermer la commande</translation>
    </message>
    <message>
        <source>Document viewer</source>
        <translation>Visionneuse de documents</translation>
    </message>
    <message>
        <source>The order could not be opened: %1</source>
        <translation>Impossible d&apos;ouvrir la commande : %1</translation>
    </message>
    <message>
        <source>The notification history could not be read: %1</source>
        <translation>Impossible de lire l&apos;historique des notifications : %1</translation>
    </message>
    <message>
        <source>Order %1 is validated (%2). Validation is irreversible: the order is read-only.</source>
        <translation>La commande %1 est validée (%2). La validation est irréversible : la commande est en lecture seule.</translation>
    </message>
    <message>
        <source>Order %1 is cancelled: it is read-only.</source>
        <translation>La commande %1 est annulée : elle est en lecture seule.</translation>
    </message>
    <message>
        <source>%1 is not imported: the requester has not sent it yet.</source>
        <translation>%1 : document non importé, le demandeur ne l&apos;a pas encore envoyé.</translation>
    </message>
    <message>
        <source>%1 (%2): the dossier has no file for it yet.</source>
        <translation>%1 (%2) : le dossier ne contient pas encore de fichier pour ce document.</translation>
    </message>
    <message>
        <source>%1 could not be read from the store: %2</source>
        <translation>Impossible de lire « %1 » dans la base locale : %2</translation>
    </message>
    <message>
        <source>The documents of this order could not be read: %1</source>
        <translation>Les documents de cette commande n&apos;ont pas pu être lus : %1</translation>
    </message>
</context>
<context>
    <name>guichet::ui::PinEdit</name>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>PIN length: %1</source>
        <translation>Longueur du code PIN : %1</translation>
    </message>
</context>
<context>
    <name>guichet::ui::PresentedIdentityForm</name>
    <message>
        <source>(read from the MRZ)</source>
        <translation>(lu dans la bande MRZ)</translation>
    </message>
    <message>
        <source>Type the lines of the machine-readable zone, or scan them</source>
        <translation>Saisissez les lignes de la bande MRZ, ou scannez-les</translation>
    </message>
    <message>
        <source>ID &amp;kind:</source>
        <translation>&amp;Type de pièce :</translation>
    </message>
    <message>
        <source>ID &amp;number:</source>
        <translation>&amp;Numéro de pièce :</translation>
    </message>
    <message>
        <source>&amp;MRZ:</source>
        <translation>Bande &amp;MRZ :</translation>
    </message>
</context>
<context>
    <name>guichet::ui::viewer</name>
    <message>
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>une image PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>une image JPEG</translation>
    </message>
    <message>
        <source>data of no known format</source>
        <translation>des données de format inconnu</translation>
    </message>
    <message>
        <source>This PDF is protected by a password, so it cannot be shown. Ask the requester for a copy without a password.</source>
        <translation>Ce PDF est protégé par un mot de passe : il ne peut pas être affiché. Réclamez au demandeur une copie sans mot de passe.</translation>
    </message>
    <message>
        <source>This PDF is encrypted in a way Guichet cannot open. Ask the requester for a copy without protection.</source>
        <translation>Ce PDF est chiffré d&apos;une manière que Guichet ne sait pas ouvrir. Réclamez au demandeur une copie sans protection.</translation>
    </message>
    <message>
        <source>This PDF cannot be read: the file is damaged or is not a real PDF.</source>
        <translation>Ce PDF est illisible : le fichier est endommagé ou n&apos;est pas un véritable PDF.</translation>
    </message>
    <message>
        <source>This PDF has no pages: there is nothing to show.</source>
        <translation>Ce PDF ne contient aucune page : il n&apos;y a rien à afficher.</translation>
    </message>
    <message>
        <source>This image is incomplete: the file was cut short, probably while it was sent or stored. Ask the requester to send it again.</source>
        <translation>Cette image est incomplète : le fichier a été tronqué, probablement lors de son envoi ou de son enregistrement. Réclamez-en un nouvel envoi au demandeur.</translation>
    </message>
    <message>
        <source>This image is too large to show (%1 × %2 pixels).</source>
        <translation>Cette image est trop grande pour être affichée (%1 × %2 pixels).</translation>
    </message>
    <message>
        <source>This image cannot be read: the file is damaged.</source>
        <translation>Cette image est illisible : le fichier est endommagé.</translation>
    </message>
    <message>
        <source>Documents of type “%1” cannot be shown: only PDF, PNG and JPEG files can.</source>
        <translation>Les documents de type « %1 » ne peuvent pas être affichés : seuls les fichiers PDF, PNG et JPEG peuvent l&apos;être.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>This document is empty: the file holds no data.</source>
        <translation>Ce document est vide : le fichier ne contient aucune donnée.</translation>
    </message>
    <message>
        <source>This file is declared as %1 but holds %2: it was sent with the wrong type, or it is damaged.</source>
        <translation>Ce fichier est déclaré comme %1 mais contient %2 : il a été envoyé avec un mauvais type, ou il est endommagé.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::viewer::DetachPlaceholder</name>
    <message>
        <source>The document is shown in its own window.</source>
        <translation>Le document est affiché dans une fenêtre séparée.</translation>
    </message>
    <message>
        <source>Bring the document back here</source>
        <translation>Ramener le document ici</translation>
    </message>
    <message>
        <source>Bring the document back here (%1)</source>
        <translation>Ramener le document ici (%1)</translation>
    </message>
</context>
<context>
    <name>guichet::ui::viewer::DetachedWindow</name>
    <message>
        <source>Document window</source>
        <translation>Fenêtre du document</translation>
    </message>
</context>
<context>
    <name>guichet::ui::viewer::PageView</name>
    <message>
        <source>Document page</source>
        <translation>Page du document</translation>
    </message>
    <message>
        <source>This page cannot be drawn: the document is damaged.</source>
        <translation>Cette page ne peut pas être affichée : le document est endommagé.</translation>
    </message>
</context>
<context>
    <name>guichet::ui::viewer::ThumbnailModel</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>guichet::ui::viewer::ThumbnailStrip</name>
    <message>
        <source>Page thumbnails</source>
        <translation>Miniatures des pages</translation>
    </message>
</context>
<context>
    <name>guichet::ui::viewer::ViewerToolBar</name>
    <message>
        <source>Document viewer tools</source>
        <translation>Outils de la visionneuse</translation>
    </message>
    <message>
        <source>Previous document</source>
        <translation>Document précédent</translation>
    </message>
    <message>
        <source>Next document</source>
        <translation>Document suivant</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Scroll up, then previous page</source>
        <translation>Défiler vers le haut, puis page précédente</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Numéro de page</translation>
    </message>
    <message>
        <source>Page shown: type a number and press Enter</source>
        <translation>Page affichée : saisissez un numéro et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Page count</source>
        <translation>Nombre de pages</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Scroll down, then next page</source>
        <translation>Défiler vers le bas, puis page suivante</translation>
    </message>
    <message>
        <source>Previous page (%1, or %2 at the top of the page)</source>
        <translation>Page précédente (%1, ou %2 en haut de la page)</translation>
    </message>
    <message>
        <source>Next page (%1, or %2 at the bottom of the page)</source>
        <translation>Page suivante (%1, ou %2 en bas de la page)</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Première page</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Dernière page</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>Niveau de zoom</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Fit to width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Width</source>
        <comment>fit to width, short button label</comment>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Rotate clockwise</source>
        <translation>Rotation horaire</translation>
    </message>
    <message>
        <source>Page thumbnails</source>
        <translation>Miniatures des pages</translation>
    </message>
    <message>
        <source>Open in its own window</source>
        <translation>Ouvrir dans une fenêtre séparée</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>zoom percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Bring back beside the order</source>
        <translation>Ramener à côté de la commande</translation>
    </message>
</context>
<context>
    <name>guichet::workflow::Workflow</name>
    <message>
        <source>Order %1 is validated: it can no longer be changed.</source>
        <translation>La commande %1 est validée : elle ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>Order %1 is cancelled.</source>
        <translation>La commande %1 est annulée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something an operator confirms on this order.</source>
        <translation>« %1 » ne fait pas partie des points que l&apos;opérateur confirme sur cette commande.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already confirmed.</source>
        <translation>« %1 » est déjà confirmé.</translation>
    </message>
    <message>
        <source>It cannot be confirmed yet: %1</source>
        <translation>Ce point ne peut pas encore être confirmé : %1</translation>
    </message>
    <message>
        <source>The dossier is not complete yet: &quot;%1&quot; has not passed.</source>
        <translation>Le dossier n&apos;est pas encore complet : le contrôle « %1 » n&apos;est pas conforme.</translation>
    </message>
    <message>
        <source>Give the ID document&apos;s type and number.</source>
        <translation>Indiquez le type et le numéro de la pièce d&apos;identité.</translation>
    </message>
    <message>
        <source>A paper dossier&apos;s documents are signed in original: there is nothing to send.</source>
        <translation>Les documents d&apos;un dossier papier sont signés en original : il n&apos;y a rien à envoyer.</translation>
    </message>
    <message>
        <source>Order %1 is not awaiting verification (phase: %2).</source>
        <translation>La commande %1 n&apos;est pas en attente de vérification (phase : %2).</translation>
    </message>
    <message>
        <source>The supporting pieces are not all verified: %1.</source>
        <translation>Les pièces justificatives ne sont pas toutes vérifiées : %1.</translation>
    </message>
    <message>
        <source>%1 is not a contractual document.</source>
        <translation>« %1 » n&apos;est pas un document contractuel.</translation>
    </message>
    <message>
        <source>%1 is not part of this order.</source>
        <translation>Le document « %1 » ne fait pas partie de cette commande.</translation>
    </message>
    <message>
        <source>%1 is already signed.</source>
        <translation>Le document « %1 » est déjà signé.</translation>
    </message>
    <message>
        <source>The contractual documents have not been sent for signature.</source>
        <translation>Les documents contractuels n&apos;ont pas été envoyés pour signature.</translation>
    </message>
    <message>
        <source>Order %1 is still being filled in by the requester.</source>
        <translation>La commande %1 est encore en cours de saisie par le demandeur.</translation>
    </message>
    <message>
        <source>Order %1 cannot be validated: %2.</source>
        <translation>La commande %1 ne peut pas être validée : %2.</translation>
    </message>
    <message>
        <source>The notification has no text.</source>
        <translation>La notification est vide.</translation>
    </message>
    <message>
        <source>No operator is logged in: log in with your token first.</source>
        <translation>Aucun opérateur n&apos;est connecté : connectez-vous d&apos;abord avec votre token.</translation>
    </message>
    <message>
        <source>The signing key is not the one of %1&apos;s certificate: log in again.</source>
        <translation>La clé de signature n&apos;est pas celle du certificat de %1 : reconnectez-vous.</translation>
    </message>
    <message>
        <source>%1 holds a TRAINING certificate: it may act only on demo data, never on real dossiers. Log in with your own token.</source>
        <translation>%1 détient un certificat de FORMATION : il ne peut servir que sur des données de démonstration, jamais sur de vrais dossiers. Connectez-vous avec votre propre token.</translation>
    </message>
    <message>
        <source>%1 may not import dossiers: that needs the role %2.</source>
        <translation>%1 n&apos;a pas le droit d&apos;importer des dossiers : cela requiert le rôle %2.</translation>
    </message>
    <message>
        <source>%1 may not verify dossiers: that needs the role %2.</source>
        <translation>%1 n&apos;a pas le droit de vérifier des dossiers : cela requiert le rôle %2.</translation>
    </message>
    <message>
        <source>%1 may not send contracts for signature: that needs the role %2.</source>
        <translation>%1 n&apos;a pas le droit d&apos;envoyer des documents contractuels pour signature : cela requiert le rôle %2.</translation>
    </message>
    <message>
        <source>%1 may not validate orders: that needs the role %2.</source>
        <translation>%1 n&apos;a pas le droit de valider des commandes : cela requiert le rôle %2.</translation>
    </message>
    <message>
        <source>%1 may not send notifications: that needs the role %2.</source>
        <translation>%1 n&apos;a pas le droit d&apos;envoyer des notifications : cela requiert le rôle %2.</translation>
    </message>
    <message>
        <source>%1 may not deliver certificates: that needs the role %2.</source>
        <translation>%1 n&apos;a pas le droit de remettre des certificats : cela requiert le rôle %2.</translation>
    </message>
    <message>
        <source>%1 may not do this.</source>
        <translation>%1 n&apos;a pas le droit d&apos;effectuer cette action.</translation>
    </message>
    <message>
        <source>Four-eyes rule: %1 verified order %2 and cannot also validate it. Another operator must validate it.</source>
        <translation>Principe des quatre yeux : %1 a vérifié la commande %2 et ne peut donc pas la valider. Un autre opérateur doit la valider.</translation>
    </message>
    <message>
        <source>Order %1&apos;s certificate is already delivered.</source>
        <translation>Le certificat de la commande %1 a déjà été remis.</translation>
    </message>
    <message>
        <source>Order %1 is not validated for delivery (phase: %2).</source>
        <translation>La commande %1 n&apos;est pas validée pour la remise (phase : %2).</translation>
    </message>
    <message>
        <source>This is not a step of a delivery.</source>
        <translation>Ce n&apos;est pas une étape de remise.</translation>
    </message>
</context>
</TS>
