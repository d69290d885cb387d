#include "softhsm_fixture.h"
#include "token/token_key.h"
#include "token/token_watcher.h"

#include <QThread>
#include <catch2/catch.hpp>

using namespace guichet;
using namespace guichet::token;
using namespace guichet::token::test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// Collects the watcher's signals in the test's (GUI) thread.
struct Events : QObject
{
    QStringList inserted;
    QStringList removed;
    int scans = 0;
    Qt::HANDLE scanThread = nullptr;

    void follow(TokenWatcher* watcher)
    {
        connect(watcher, &TokenWatcher::tokenInserted, this, [this](const QString& uri) { inserted << uri; });
        connect(watcher, &TokenWatcher::tokenRemoved, this, [this](const QString& uri) { removed << uri; });
        connect(watcher, &TokenWatcher::scanned, this, [this] { ++scans; });
        // Direct: runs in the thread that scans.
        connect(
            watcher, &TokenWatcher::scanned, watcher, [this] { scanThread = QThread::currentThreadId(); },
            Qt::DirectConnection);
    }
};

} // namespace

TEST_CASE("The watcher reports tokens present, removed and inserted, from a thread of its own",
          "[token][softhsm][watcher]")
{
    SoftHsm softhsm;
    softhsm.initToken();
    const auto module = openModule();
    const QString first = theTokenUri(*module).toString();

    Events events;
    TokenWatcherThread thread(module, 50ms);
    events.follow(thread.watcher());
    thread.start();

    // The first scan reports what is already there.
    REQUIRE_EVENTUALLY(events.inserted == QStringList{first});
    CHECK(events.scanThread != nullptr);
    CHECK(events.scanThread != QThread::currentThreadId());

    softhsm.deleteToken();
    REQUIRE_EVENTUALLY(events.removed == QStringList{first});

    // SoftHSM only sees tokens created by another process at C_Initialize: "insert" one by
    // initialising the spare slot in this process.
    initSpareTokenInProcess(SoftHsm::modulePath(), "Second Token", userPin);
    REQUIRE_EVENTUALLY(events.inserted.size() == 2);
    CHECK(events.inserted.at(1).endsWith(u";token=Second%20Token"_s));
    CHECK(events.removed.size() == 1);
}

// libp11 0.4.12 logs the process out whenever a slot list is released (C_CloseAllSessions): a
// rescan that re-enumerated through libp11 would end the operator's session every second.
TEST_CASE("Rescanning does not log the operator out", "[token][softhsm][watcher]")
{
    SoftHsm softhsm;
    softhsm.initToken();
    const auto module = openModule();
    TokenSession session = openTheSession(*module);
    REQUIRE(session.login(Pin::fromUtf8(userPin)).ok());
    REQUIRE(session.generateRsaKeyPair(2048, u"k"_s, QByteArray("\x01", 1)).ok());

    Events events;
    TokenWatcherThread thread(module, 10ms);
    events.follow(thread.watcher());
    thread.start();
    REQUIRE_EVENTUALLY(events.scans >= 10);

    CHECK(session.isLoggedIn());
    const Result<TokenKey> key = session.privateKey(QByteArray("\x01", 1));
    REQUIRE(key.ok());
    CHECK(key->sign("still here").ok());
    CHECK(events.removed.isEmpty());
}
