#include "token/hardening.h"

#include <catch2/catch.hpp>
#include <cerrno>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace guichet::token;

// In a child process, so that the test runner itself stays debuggable and dumpable.
TEST_CASE("hardenProcess turns core dumps off and makes the process non-dumpable", "[token][hardening]")
{
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        const bool hardened = hardenProcess().ok();
        rlimit core{};
        const bool noCore = getrlimit(RLIMIT_CORE, &core) == 0 && core.rlim_cur == 0 && core.rlim_max == 0;
        const bool notDumpable = prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
        _exit((hardened ? 0 : 1) | (noCore ? 0 : 2) | (notDumpable ? 0 : 4));
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    INFO("1: hardenProcess failed, 2: core limit not 0, 4: still dumpable");
    CHECK(WEXITSTATUS(status) == 0);
}

// In a child process: by default the write below would kill it.
TEST_CASE("After ignoreBrokenPipes a write to a closed connection fails instead of ending the process",
          "[token][hardening]")
{
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ignoreBrokenPipes();
        int ends[2] = {-1, -1};
        if (socketpair(AF_UNIX, SOCK_STREAM, 0, ends) != 0) {
            _exit(3);
        }
        close(ends[1]); // the peer is gone
        const char byte = 'x';
        const ssize_t written = write(ends[0], &byte, 1);
        _exit(written == -1 && errno == EPIPE ? 0 : 1);
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    INFO("signalled: " << WIFSIGNALED(status) << " signal " << (WIFSIGNALED(status) ? WTERMSIG(status) : 0));
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
}
