// Folding names the way the MRZ writes them, and comparing an order's names with the MRZ's.

#include "rules/mrz.h"

#include <catch2/catch.hpp>

using namespace guichet::rules;

TEST_CASE("foldName: accents, hyphens, apostrophes, ligatures", "[rules][names]")
{
    CHECK(foldName(QStringLiteral("Jean-Étienne d'Arc")) == u"JEAN ETIENNE D ARC");
    CHECK(foldName(QStringLiteral("Hélène Lefèvre")) == u"HELENE LEFEVRE");
    CHECK(foldName(QStringLiteral("François Nuñez")) == u"FRANCOIS NUNEZ");
    CHECK(foldName(QStringLiteral("Strauß")) == u"STRAUSS");
    CHECK(foldName(QStringLiteral("Œuvray")) == u"OEUVRAY");
    CHECK(foldName(QStringLiteral("cœur")) == u"COEUR");
    CHECK(foldName(QStringLiteral("Lætitia")) == u"LAETITIA");
    CHECK(foldName(QStringLiteral("Müller")) == u"MULLER");
    CHECK(foldName(QStringLiteral("Ødegård")) == u"ODEGARD");
    CHECK(foldName(QStringLiteral("Łukasz Wałęsa")) == u"LUKASZ WALESA");
    CHECK(foldName(QStringLiteral("O’Connor")) == u"O CONNOR"); // typographic apostrophe
    CHECK(foldName(QStringLiteral("  Marie -- Claire  ")) == u"MARIE CLAIRE");
    CHECK(foldName(QStringLiteral("ERIKSSON<<ANNA<MARIA<<<<")) == u"ERIKSSON ANNA MARIA");
    // The same É, composed and decomposed (E + combining acute accent).
    CHECK(foldName(QStringLiteral("\u00C9lodie")) == u"ELODIE");
    CHECK(foldName(QStringLiteral("E\u0301lodie")) == u"ELODIE");
    CHECK(foldName(QString()).isEmpty());
}

TEST_CASE("namesMatch on folded names", "[rules][names]")
{
    CHECK(namesMatch(QStringLiteral("Anna Maria"), QStringLiteral("ANNA MARIA")));
    CHECK(namesMatch(QStringLiteral("Anna-Maria"), QStringLiteral("ANNA<MARIA")));
    CHECK(namesMatch(QStringLiteral("Hélène"), QStringLiteral("HELENE")));
    CHECK(namesMatch(QStringLiteral("d'Ornano"), QStringLiteral("D<ORNANO")));
    CHECK(namesMatch(QStringLiteral("Strauß"), QStringLiteral("STRAUSS")));
    CHECK(namesMatch(QStringLiteral("Lœuillet"), QStringLiteral("LOEUILLET")));
    CHECK_FALSE(namesMatch(QStringLiteral("Martin"), QStringLiteral("MARTINEZ")));
    CHECK_FALSE(namesMatch(QStringLiteral("Martinez"), QStringLiteral("MARTIN")));
    CHECK_FALSE(namesMatch(QStringLiteral("Anna"), QStringLiteral("ANNA MARIA")));
    CHECK_FALSE(namesMatch(QStringLiteral("Berthier"), QString()));
}

TEST_CASE("namesMatch accepts both umlaut transliterations", "[rules][names]")
{
    CHECK(namesMatch(QStringLiteral("Müller"), QStringLiteral("MUELLER")));
    CHECK(namesMatch(QStringLiteral("Müller"), QStringLiteral("MULLER")));
    CHECK(namesMatch(QStringLiteral("Jörg"), QStringLiteral("JOERG")));
    CHECK(namesMatch(QStringLiteral("Ødegård"), QStringLiteral("OEDEGAARD")));
    CHECK(namesMatch(QStringLiteral("Ødegård"), QStringLiteral("ODEGARD")));
    CHECK_FALSE(namesMatch(QStringLiteral("Muller"), QStringLiteral("MUELLER"))); // no umlaut, no E
}

TEST_CASE("namesMatch when apostrophes or spaces were dropped", "[rules][names]")
{
    CHECK(namesMatch(QStringLiteral("d'Ornano"), QStringLiteral("DORNANO")));
    CHECK(namesMatch(QStringLiteral("Le Gall"), QStringLiteral("LEGALL")));
    CHECK_FALSE(namesMatch(QStringLiteral("Le Gall"), QStringLiteral("LEGAL")));
}

TEST_CASE("namesMatch on names the MRZ truncated", "[rules][names]")
{
    const QString order = QStringLiteral("de La Tour d'Auvergne-Lauraguais");
    // 25 characters: the field is full, the MRZ part is a prefix of the order's name.
    CHECK(namesMatch(order, QStringLiteral("DE LA TOUR D AUVERGNE LAU"), 25));
    CHECK(namesMatch(order, QStringLiteral("DE<LA<TOUR<D<AUVERGNE<LAU"), 25));
    // Without the width, or when the field is not full, a prefix is not enough.
    CHECK_FALSE(namesMatch(order, QStringLiteral("DE LA TOUR D AUVERGNE LAU")));
    CHECK_FALSE(namesMatch(order, QStringLiteral("DE LA TOUR D AUVERGNE"), 25));
    CHECK_FALSE(namesMatch(order, QStringLiteral("DE<LA<TOUR<D<AUVERGNE<<<<"), 25));
    // A full field that is not a prefix.
    CHECK_FALSE(namesMatch(order, QStringLiteral("DE LA TOUR D AUVERGNE LAX"), 25));
}
