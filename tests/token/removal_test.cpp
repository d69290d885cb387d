#include "softhsm_fixture.h"
#include "token/token_key.h"

#include <QDir>
#include <catch2/catch.hpp>

using namespace guichet;
using namespace guichet::token;
using namespace guichet::token::test;
using namespace Qt::StringLiterals;

// SoftHSM's "removal": the token's folder disappears under the loaded module (softhsm2-util
// --delete-token from another process, or the folder deleted). The module keeps listing the slot
// as holding a token, and C_GetTokenInfo answers CKR_GENERAL_ERROR.
TEST_CASE("A token removed during a session: operations fail with a clear error, nothing crashes",
          "[token][softhsm][removal]")
{
    SoftHsm softhsm;
    softhsm.initToken();
    const auto module = openModule();
    TokenSession session = openTheSession(*module);
    REQUIRE(session.login(Pin::fromUtf8(userPin)).ok());
    REQUIRE(session.generateRsaKeyPair(2048, u"k"_s, QByteArray("\x01", 1)).ok());
    const Result<TokenKey> key = session.privateKey(QByteArray("\x01", 1));
    REQUIRE(key.ok());
    REQUIRE(key->sign("before").ok());

    SECTION("deleted with softhsm2-util")
    {
        softhsm.deleteToken();
    }
    SECTION("its folder deleted")
    {
        const QStringList folders = QDir(softhsm.tokenFolder()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        REQUIRE(folders.size() == 1);
        REQUIRE(QDir(softhsm.tokenFolder() + u'/' + folders.first()).removeRecursively());
    }

    const Result<QByteArray> signature = key->sign("after");
    REQUIRE_FALSE(signature.ok());
    CHECK(signature.error().message.startsWith(u"The token is no longer available"_s));
    CHECK(signature.error().detail == u"C_GetTokenInfo: CKR_GENERAL_ERROR (0x5)"_s);

    CHECK_FALSE(session.checkPresent().ok());
    CHECK_FALSE(session.privateKeys().ok());
    CHECK_FALSE(session.certificates().ok());
    CHECK_FALSE(session.refresh().ok());
    const Status login = session.login(Pin::fromUtf8(userPin));
    REQUIRE_FALSE(login.ok());
    CHECK(login.error().message.startsWith(u"The token is no longer available"_s));

    // The listing goes on: the slot shows no token, and says why.
    const Result<QList<SlotInfo>> slotList = module->listSlots();
    REQUIRE(slotList.ok());
    int problems = 0;
    for (const SlotInfo& slot : *slotList) {
        CHECK((!slot.token || !slot.token->initialized));
        problems += slot.tokenProblem ? 1 : 0;
    }
    CHECK(problems == 1);
    CHECK_FALSE(module->findToken(session.token().uri()).ok());
    CHECK_FALSE(module->openSession(session.token().uri()).ok());
    (void)session.logout(); // whatever it says, it must not crash
}
