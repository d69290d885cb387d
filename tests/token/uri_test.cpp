#include "qt_wait.h"
#include "token/pkcs11_uri.h"
#include "token/token_info.h"

#include <catch2/catch.hpp>
#include <cstring>
#include <p11-kit/p11-kit.h>
#include <p11-kit/uri.h>

using namespace guichet;
using namespace guichet::token;
using namespace Qt::StringLiterals;

namespace {

TokenInfo sampleToken()
{
    TokenInfo token;
    token.label = u"RA Lyon; n°2"_s;
    token.manufacturer = u"SoftHSM project"_s;
    token.model = u"SoftHSM v2"_s;
    token.serial = u"7ad0341e862f829b"_s;
    token.initialized = true;
    return token;
}

} // namespace

TEST_CASE("A token's URI names model, manufacturer, serial and label, percent-encoded", "[token][uri]")
{
    CHECK(sampleToken().uri().toString() ==
          u"pkcs11:model=SoftHSM%20v2;manufacturer=SoftHSM%20project;serial=7ad0341e862f829b;"
          "token=RA%20Lyon%3B%20n%C2%B02"_s);
}

TEST_CASE("An object's URI adds id (every byte encoded), label and type", "[token][uri]")
{
    const Pkcs11Uri key =
        sampleToken().uri().withObject(QByteArray("\x01\xAB", 2), u"Clé"_s, ObjectType::PrivateKey);
    CHECK(key.toString().endsWith(u";id=%01%AB;object=Cl%C3%A9;type=private"_s));
    const Pkcs11Uri cert = sampleToken().uri().withObject(QByteArray("\x01", 1), {}, ObjectType::Certificate);
    CHECK(cert.toString().endsWith(u";token=RA%20Lyon%3B%20n%C2%B02;id=%01;type=cert"_s));
}

TEST_CASE("A URI parses back to the same attributes and matches its token", "[token][uri]")
{
    const TokenInfo token = sampleToken();
    Pkcs11Uri original =
        token.uri().withObject(QByteArray("\x00\x7F\xFF", 3), u"key;1"_s, ObjectType::PrivateKey);
    original.modulePath = u"/opt/Middleware/lib pkcs11.so"_s;
    const Result<Pkcs11Uri> parsed = Pkcs11Uri::parse(original.toString());
    REQUIRE(parsed.ok());
    CHECK(*parsed == original);
    CHECK(parsed->matchesToken(token));

    TokenInfo other = token;
    other.serial = u"0000000000000000"_s;
    CHECK_FALSE(parsed->matchesToken(other));
}

TEST_CASE("A URI with fewer attributes matches any token that agrees on those", "[token][uri]")
{
    const Result<Pkcs11Uri> byLabel = Pkcs11Uri::parse(u"pkcs11:token=RA%20Lyon%3B%20n%C2%B02"_s);
    REQUIRE(byLabel.ok());
    CHECK(byLabel->matchesToken(sampleToken()));
    // Unescaped characters outside the unreserved set are accepted as they are.
    const Result<Pkcs11Uri> loose =
        Pkcs11Uri::parse(u"pkcs11:model=SoftHSM v2;manufacturer=SoftHSM project"_s);
    REQUIRE(loose.ok());
    CHECK(loose->matchesToken(sampleToken()));
    // An empty value is a value: it matches only an empty serial.
    const Result<Pkcs11Uri> emptySerial = Pkcs11Uri::parse(u"pkcs11:serial="_s);
    REQUIRE(emptySerial.ok());
    CHECK_FALSE(emptySerial->matchesToken(sampleToken()));
}

TEST_CASE("A URI with an attribute Guichet cannot evaluate matches nothing", "[token][uri]")
{
    const Result<Pkcs11Uri> uri = Pkcs11Uri::parse(u"pkcs11:token=RA%20Lyon%3B%20n%C2%B02;slot-id=3"_s);
    REQUIRE(uri.ok());
    CHECK(uri->unknownAttributes == QStringList{u"slot-id"_s});
    CHECK_FALSE(uri->matchesToken(sampleToken()));
}

TEST_CASE("Malformed URIs and URIs carrying a PIN are refused", "[token][uri]")
{
    for (const QString& text :
         {u"token=x"_s, u"pkcs11:token=%4"_s, u"pkcs11:token=%zz"_s, u"pkcs11:=x"_s, u"pkcs11:type=secret"_s,
          u"pkcs11:token=x?pin-value=1234"_s, u"pkcs11:token=x?pin-source=file:/tmp/pin"_s}) {
        INFO(text.toStdString());
        const Result<Pkcs11Uri> parsed = Pkcs11Uri::parse(text);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().detail == text);
    }
    const Result<Pkcs11Uri> withPin = Pkcs11Uri::parse(u"pkcs11:token=x?pin-value=1234"_s);
    CHECK(withPin.error().message.contains(u"PIN"_s));
}

// p11-kit's own parser reads Guichet's URIs the same way.
TEST_CASE("p11-kit parses Guichet's token URIs to the same token", "[token][uri]")
{
    const QByteArray text = sampleToken().uri().toString().toUtf8();
    P11KitUri* uri = p11_kit_uri_new();
    REQUIRE(p11_kit_uri_parse(text.constData(), P11_KIT_URI_FOR_TOKEN, uri) == P11_KIT_URI_OK);
    CK_TOKEN_INFO* info = p11_kit_uri_get_token_info(uri);
    const auto field = [](const unsigned char* value, std::size_t width) {
        return QString::fromUtf8(reinterpret_cast<const char*>(value),
                                 static_cast<qsizetype>(p11_kit_space_strlen(value, width)));
    };
    CHECK(field(info->label, sizeof info->label) == sampleToken().label);
    CHECK(field(info->manufacturerID, sizeof info->manufacturerID) == sampleToken().manufacturer);
    CHECK(field(info->model, sizeof info->model) == sampleToken().model);
    CHECK(field(info->serialNumber, sizeof info->serialNumber) == sampleToken().serial);
    p11_kit_uri_free(uri);
}
