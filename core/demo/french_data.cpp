#include "french_data.h"

#include <QList>
#include <array>

using namespace Qt::StringLiterals;

namespace guichet::demo {
namespace {

using TextTable = std::span<const char16_t* const>;

QString pickText(DemoRandom& random, TextTable table)
{
    return QString::fromUtf16(random.pick(table));
}

constexpr const char16_t* femaleNames[] = {
    u"Hélène",   u"Marie",     u"Anne-Sophie", u"Élodie",       u"Camille",    u"Léa",          u"Chloé",
    u"Zoé",      u"Inès",      u"Maëlle",      u"Noémie",       u"Océane",     u"Agnès",        u"Bérénice",
    u"Cécile",   u"Françoise", u"Geneviève",   u"Josiane",      u"Laëtitia",   u"Margaux",      u"Nathalie",
    u"Sandrine", u"Sylvie",    u"Valérie",     u"Émilie",       u"Aurélie",    u"Anaïs",        u"Clémence",
    u"Héloïse",  u"Joséphine", u"Louise",      u"Manon",        u"Pauline",    u"Solène",       u"Thérèse",
    u"Yasmine",  u"Aïcha",     u"Fatou",       u"Marie-Claude", u"Anne-Laure", u"Marie-Hélène", u"Gwenaëlle",
    u"Maïwenn",  u"Sophie",    u"Isabelle",    u"Christine",    u"Juliette",   u"Rose-Marie",
};
constexpr const char16_t* maleNames[] = {
    u"Jean-Étienne", u"Jean-Pierre", u"Jean-François", u"Pierre-Yves", u"François",  u"Jérôme",  u"Stéphane",
    u"Frédéric",     u"Grégoire",    u"Hervé",         u"Loïc",        u"Maël",      u"Noël",    u"Raphaël",
    u"Benoît",       u"Joël",        u"Gaëtan",        u"Cédric",      u"Sébastien", u"Thierry", u"Olivier",
    u"Nicolas",      u"Mathieu",     u"Julien",        u"Théo",        u"Hugo",      u"Lucas",   u"Bastien",
    u"Yannick",      u"Gwenaël",     u"Amadou",        u"Karim",       u"Mehdi",     u"Mamadou", u"Thomas",
    u"Antoine",      u"Louis",       u"Émile",         u"Jérémie",     u"Rémi",      u"Ronan",   u"Anthony",
    u"Marc-Antoine", u"Éric",        u"Philippe",      u"Bruno",       u"Célestin",  u"Yves",
};
constexpr const char16_t* surnames[] = {
    u"Martin",         u"Bernard",        u"Dubois",
    u"Thomas",         u"Robert",         u"Richard",
    u"Petit",          u"Durand",         u"Leroy",
    u"Moreau",         u"Simon",          u"Laurent",
    u"Lefèvre",        u"Michel",         u"Garcia",
    u"David",          u"Bertrand",       u"Roux",
    u"Vincent",        u"Fournier",       u"Morel",
    u"Girard",         u"André",          u"Lefebvre",
    u"Mercier",        u"Dupont",         u"Lambert",
    u"Bonnet",         u"François",       u"Martinez",
    u"Le Bihan",       u"Le Goff",        u"Le Gall",
    u"Le Corre",       u"N'Diaye",        u"N'Guessan",
    u"D'Almeida",      u"De La Fontaine", u"Œuvray",
    u"Lœvenbruck",     u"Béranger",       u"Château",
    u"Crépin",         u"Delaître",       u"Hénaff",
    u"Kerhervé",       u"Le Dû",          u"Ménard",
    u"Pérez",          u"Sénéchal",       u"Noël",
    u"Thébault",       u"Prévost",        u"Lemaître",
    u"Bénard",         u"Saint-Clair",    u"Dupré",
    u"Génin",          u"Évrard",         u"Écuyer",
    u"Da Silva",       u"Dos Santos",     u"Nguyen",
    u"Diallo",         u"Traoré",         u"Benali",
    u"Haddad",         u"Ben Saïd",       u"Gauthier-Lefèvre",
    u"Rousseau-Vidal", u"Müller",         u"Fontaine",
    u"Chevalier",      u"Blanchard",      u"Guérin",
    u"Boyer",          u"Gaillard",       u"Barbier",
    u"Aubert",         u"Giraud",         u"Hoarau",
    u"Payet",          u"Grondin",        u"L'Hôte",
};

// Places per RA portal. Postal codes, departments and commercial court registries are real.
const Place rhonePlaces[] = {
    {u"Lyon"_s, u"69003"_s, u"69"_s, u"Rhône"_s, u"Lyon"_s},
    {u"Villeurbanne"_s, u"69100"_s, u"69"_s, u"Rhône"_s, u"Lyon"_s},
    {u"Vénissieux"_s, u"69200"_s, u"69"_s, u"Rhône"_s, u"Lyon"_s},
    {u"Caluire-et-Cuire"_s, u"69300"_s, u"69"_s, u"Rhône"_s, u"Lyon"_s},
    {u"Villefranche-sur-Saône"_s, u"69400"_s, u"69"_s, u"Rhône"_s, u"Villefranche-Tarare"_s},
};
const Place lyonPlaces[] = {
    {u"Lyon"_s, u"69002"_s, u"69"_s, u"Rhône"_s, u"Lyon"_s},
    {u"Bron"_s, u"69500"_s, u"69"_s, u"Rhône"_s, u"Lyon"_s},
    {u"Vaulx-en-Velin"_s, u"69120"_s, u"69"_s, u"Rhône"_s, u"Lyon"_s},
    {u"Saint-Priest"_s, u"69800"_s, u"69"_s, u"Rhône"_s, u"Lyon"_s},
};
const Place parisEastPlaces[] = {
    {u"Montreuil"_s, u"93100"_s, u"93"_s, u"Seine-Saint-Denis"_s, u"Bobigny"_s},
    {u"Bobigny"_s, u"93000"_s, u"93"_s, u"Seine-Saint-Denis"_s, u"Bobigny"_s},
    {u"Vincennes"_s, u"94300"_s, u"94"_s, u"Val-de-Marne"_s, u"Créteil"_s},
    {u"Saint-Maur-des-Fossés"_s, u"94100"_s, u"94"_s, u"Val-de-Marne"_s, u"Créteil"_s},
    {u"Paris"_s, u"75011"_s, u"75"_s, u"Paris"_s, u"Paris"_s},
    {u"Paris"_s, u"75020"_s, u"75"_s, u"Paris"_s, u"Paris"_s},
};
const Place brittanyPlaces[] = {
    {u"Rennes"_s, u"35000"_s, u"35"_s, u"Ille-et-Vilaine"_s, u"Rennes"_s},
    {u"Brest"_s, u"29200"_s, u"29"_s, u"Finistère"_s, u"Brest"_s},
    {u"Quimper"_s, u"29000"_s, u"29"_s, u"Finistère"_s, u"Quimper"_s},
    {u"Saint-Brieuc"_s, u"22000"_s, u"22"_s, u"Côtes-d'Armor"_s, u"Saint-Brieuc"_s},
    {u"Lorient"_s, u"56100"_s, u"56"_s, u"Morbihan"_s, u"Lorient"_s},
    {u"Vannes"_s, u"56000"_s, u"56"_s, u"Morbihan"_s, u"Vannes"_s},
};
const Place nantesPlaces[] = {
    {u"Nantes"_s, u"44000"_s, u"44"_s, u"Loire-Atlantique"_s, u"Nantes"_s},
    {u"Saint-Nazaire"_s, u"44600"_s, u"44"_s, u"Loire-Atlantique"_s, u"Saint-Nazaire"_s},
    {u"Rezé"_s, u"44400"_s, u"44"_s, u"Loire-Atlantique"_s, u"Nantes"_s},
    {u"Saint-Herblain"_s, u"44800"_s, u"44"_s, u"Loire-Atlantique"_s, u"Nantes"_s},
};
const Place provencePlaces[] = {
    {u"Marseille"_s, u"13006"_s, u"13"_s, u"Bouches-du-Rhône"_s, u"Marseille"_s},
    {u"Aix-en-Provence"_s, u"13100"_s, u"13"_s, u"Bouches-du-Rhône"_s, u"Aix-en-Provence"_s},
    {u"Aubagne"_s, u"13400"_s, u"13"_s, u"Bouches-du-Rhône"_s, u"Marseille"_s},
};
const Place lillePlaces[] = {
    {u"Lille"_s, u"59000"_s, u"59"_s, u"Nord"_s, u"Lille Métropole"_s},
    {u"Roubaix"_s, u"59100"_s, u"59"_s, u"Nord"_s, u"Lille Métropole"_s},
    {u"Villeneuve-d'Ascq"_s, u"59650"_s, u"59"_s, u"Nord"_s, u"Lille Métropole"_s},
};
const Place reunionPlaces[] = {
    {u"Saint-Denis"_s, u"97400"_s, u"974"_s, u"La Réunion"_s, u"Saint-Denis de la Réunion"_s},
    {u"Saint-Pierre"_s, u"97410"_s, u"974"_s, u"La Réunion"_s, u"Saint-Pierre de la Réunion"_s},
};

const PortalArea areas[] = {
    {u"BPOI-Rhône"_s, rhonePlaces},
    {u"CCI Lyon Métropole"_s, lyonPlaces},
    {u"Huissiers Paris-Est"_s, parisEastPlaces},
    {u"AE Bretagne"_s, brittanyPlaces},
    {u"CCI Nantes St-Nazaire"_s, nantesPlaces},
    {u"AE Provence"_s, provencePlaces},
    {u"CCI Grand Lille"_s, lillePlaces},
    {u"AE La Réunion"_s, reunionPlaces},
};

constexpr const char16_t* streets[] = {
    u"rue de la République",
    u"avenue Jean-Jaurès",
    u"boulevard Voltaire",
    u"rue Victor-Hugo",
    u"place de l'Hôtel-de-Ville",
    u"quai Saint-Antoine",
    u"rue du Général-de-Gaulle",
    u"allée des Tilleuls",
    u"impasse des Lilas",
    u"chemin de la Côte",
    u"rue Émile-Zola",
    u"cours Lafayette",
    u"rue de l'Église",
    u"rue Pasteur",
    u"avenue de la Libération",
    u"rue des Frères-Lumière",
    u"boulevard de l'Océan",
    u"rue Sainte-Thérèse",
};

const Activity activities[] = {
    {u"Travaux de menuiserie bois et PVC"_s, u"43.32A"_s, u"Menuiserie"_s},
    {u"Conseil en systèmes et logiciels informatiques"_s, u"62.02A"_s, u"Numérique"_s},
    {u"Transports routiers de fret interurbains"_s, u"49.41A"_s, u"Transports"_s},
    {u"Activités comptables"_s, u"69.20Z"_s, u"Cabinet"_s},
    {u"Activités des huissiers de justice"_s, u"69.10Z"_s, u"Étude"_s},
    {u"Ingénierie, études techniques"_s, u"71.12B"_s, u"Ingénierie"_s},
    {u"Boulangerie et boulangerie-pâtisserie"_s, u"10.71C"_s, u"Boulangerie"_s},
    {u"Travaux d'installation électrique dans tous locaux"_s, u"43.21A"_s, u"Électricité"_s},
    {u"Activités d'architecture"_s, u"71.11Z"_s, u"Atelier d'architecture"_s},
    {u"Travaux de maçonnerie générale et gros œuvre de bâtiment"_s, u"43.99C"_s, u"Bâtiment"_s},
};

const LegalForm legalForms[] = {
    {u"SAS"_s, u"Société par actions simplifiée"_s, true},
    {u"SARL"_s, u"Société à responsabilité limitée"_s, true},
    {u"SA"_s, u"Société anonyme à conseil d'administration"_s, true},
    {u"SASU"_s, u"Société par actions simplifiée unipersonnelle"_s, true},
    {u"EURL"_s, u"Entreprise unipersonnelle à responsabilité limitée"_s, true},
    {u"SELARL"_s, u"Société d'exercice libéral à responsabilité limitée"_s, true},
};
// Weights for legalForms, in percent.
constexpr int legalFormWeights[] = {35, 30, 10, 10, 8, 7};

constexpr const char16_t* regionalWords[] = {
    u"Armor",   u"Atlantique", u"Rhône",      u"Alpes",   u"Océane",  u"Léman",  u"Garonne",    u"Provence",
    u"Flandre", u"Iroise",     u"Confluence", u"Lumière", u"Horizon", u"Étoile", u"Saint-Éloi",
};

constexpr const char16_t* nationalities[] = {u"SEN", u"MLI", u"CIV", u"MAR", u"DZA",
                                             u"TUN", u"VNM", u"CMR", u"BRA", u"HTI"};

QString upperFirst(const QString& text)
{
    return text.isEmpty() ? text : text.left(1).toUpper() + text.mid(1);
}

} // namespace

QString givenName(DemoRandom& random, QChar sex)
{
    return sex == u'F' ? pickText(random, femaleNames) : pickText(random, maleNames);
}

QString givenNames(DemoRandom& random, QChar sex)
{
    QString names = givenName(random, sex);
    const int extra = random.between(0, 9) < 5 ? 0 : (random.chance(70) ? 1 : 2);
    for (int i = 0; i < extra; ++i) {
        const QString next = givenName(random, sex);
        if (!names.contains(next)) {
            names += u' ' + next;
        }
    }
    return names;
}

QString surname(DemoRandom& random)
{
    return pickText(random, surnames);
}

QString otherSurname(DemoRandom& random, const QString& notThis)
{
    QString name = surname(random);
    while (name == notThis) {
        name = surname(random);
    }
    return name;
}

QString misspelt(DemoRandom& random, const QString& name)
{
    // Only lower-case letters are edited (never the capitals, spaces, hyphens or apostrophes), so
    // every edit changes the letters the MRZ keeps.
    QList<int> letters;
    for (int i = 0; i < name.size(); ++i) {
        if (name.at(i).isLower()) {
            letters.append(i);
        }
    }
    Q_ASSERT(!letters.isEmpty());
    QString out = name;
    const int kind = letters.size() <= 3 ? 0 : random.between(0, 2);
    const int at = letters.at(random.between(0, int(letters.size()) - 1));
    const QChar c = name.at(at);
    if (kind == 0) { // a letter doubled: "Ménard" -> "Mennard"
        out.insert(at, c);
    } else if (kind == 1) { // a letter dropped: "Lefèvre" -> "Lefvre"
        out.remove(at, 1);
    } else { // a vowel for another: "Dupont" -> "Dapont"
        const QChar base = QString(c).normalized(QString::NormalizationForm_D).at(0);
        out[at] = (base == u'a') ? QChar(u'o') : QChar(u'a');
    }
    return out;
}

std::span<const PortalArea> portalAreas()
{
    return areas;
}

QString prefectureOf(const Place& place)
{
    // The article depends on the department's name: "du Rhône", "de la Loire-Atlantique",
    // "d'Ille-et-Vilaine".
    static const std::array<std::pair<const char16_t*, const char16_t*>, 12> articles{{
        {u"69", u"du Rhône"},
        {u"93", u"de la Seine-Saint-Denis"},
        {u"94", u"du Val-de-Marne"},
        {u"75", u"de police de Paris"},
        {u"35", u"d'Ille-et-Vilaine"},
        {u"29", u"du Finistère"},
        {u"22", u"des Côtes-d'Armor"},
        {u"56", u"du Morbihan"},
        {u"44", u"de la Loire-Atlantique"},
        {u"13", u"des Bouches-du-Rhône"},
        {u"59", u"du Nord"},
        {u"974", u"de La Réunion"},
    }};
    for (const auto& [department, name] : articles) {
        if (place.department == QStringView(department)) {
            return u"Préfecture "_s + QString::fromUtf16(name);
        }
    }
    return u"Préfecture ("_s + place.departmentName + u')';
}

const Place& birthPlace(DemoRandom& random)
{
    const PortalArea& area = random.pick(portalAreas());
    return random.pick(area.places);
}

QString streetAddress(DemoRandom& random)
{
    QString number = QString::number(random.between(1, 148));
    if (random.chance(8)) {
        number += u" bis"_s;
    }
    return number + u' ' + pickText(random, streets);
}

const Activity& companyActivity(DemoRandom& random)
{
    return random.pick(std::span<const Activity>(activities));
}

const LegalForm& companyLegalForm(DemoRandom& random)
{
    int roll = random.between(0, 99);
    for (std::size_t i = 0; i < std::size(legalForms); ++i) {
        if (roll < legalFormWeights[i]) {
            return legalForms[i];
        }
        roll -= legalFormWeights[i];
    }
    return legalForms[0];
}

QString companyName(DemoRandom& random, const Activity& activity, const Place& place)
{
    switch (random.between(0, 4)) {
    case 0:
        return activity.tradeWord + u' ' + surname(random);
    case 1:
        return surname(random) + u" & Fils"_s;
    case 2:
        return pickText(random, regionalWords) + u' ' + activity.tradeWord;
    case 3:
        return activity.tradeWord + u' ' + surname(random) + u" & Associés"_s;
    default:
        return upperFirst(activity.tradeWord) + u" de " + place.city;
    }
}

PublicBodyProfile publicBody(DemoRandom& random, const Place& place)
{
    switch (random.between(0, 5)) {
    case 0:
    case 1:
        return {u"Commune de "_s + place.city, u"7210 - Commune et commune nouvelle"_s, u"84.11Z"_s,
                u"Administration publique générale"_s, u"21"_s};
    case 2:
        return {u"Centre hospitalier de "_s + place.city, u"7364 - Établissement d'hospitalisation"_s,
                u"86.10Z"_s, u"Activités hospitalières"_s, u"26"_s};
    case 3:
        return {u"Chambre de commerce et d'industrie de "_s + place.departmentName,
                u"7381 - Organisme consulaire"_s, u"94.11Z"_s,
                u"Activités des organisations patronales et consulaires"_s, u"18"_s};
    case 4:
        return {u"Chambre de métiers et de l'artisanat de "_s + place.departmentName,
                u"7381 - Organisme consulaire"_s, u"94.11Z"_s,
                u"Activités des organisations patronales et consulaires"_s, u"18"_s};
    default:
        return {u"Communauté d'agglomération de "_s + place.city, u"7348 - Communauté d'agglomération"_s,
                u"84.11Z"_s, u"Administration publique générale"_s, u"20"_s};
    }
}

QString mailPart(const QString& text)
{
    QString out;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    for (const QChar c : decomposed) {
        const QChar lower = c.toLower();
        if (lower == u'œ') {
            out += u"oe";
        } else if (lower == u'æ') {
            out += u"ae";
        } else if ((lower >= u'a' && lower <= u'z') || (lower >= u'0' && lower <= u'9') || lower == u'-') {
            out += lower;
        } else if (lower == u' ') {
            out += u'-';
        }
        // Combining accents, apostrophes and anything else are dropped.
    }
    return out;
}

QString foreignNationality(DemoRandom& random)
{
    return pickText(random, nationalities);
}

} // namespace guichet::demo
