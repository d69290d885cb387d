#include "token/hardening.h"

#include <QCoreApplication>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/prctl.h>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace guichet::token {

Status hardenProcess()
{
    QStringList failures;
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) {
        failures << u"prctl(PR_SET_DUMPABLE, 0): "_s + QString::fromLocal8Bit(std::strerror(errno));
    }
    const rlimit noCore{0, 0};
    if (setrlimit(RLIMIT_CORE, &noCore) != 0) {
        failures << u"setrlimit(RLIMIT_CORE, 0): "_s + QString::fromLocal8Bit(std::strerror(errno));
    }
    // Either measure alone already keeps core files away; only both failing leaves the door open.
    if (failures.size() == 2) {
        return Error{QCoreApplication::translate("guichet::token",
                                                 "Guichet could not disable crash dumps: a crash could "
                                                 "leave a PIN on disk. Report this to your administrator."),
                     failures.join(u"; ")};
    }
    return {};
}

void ignoreBrokenPipes()
{
    std::signal(SIGPIPE, SIG_IGN);
}

} // namespace guichet::token
