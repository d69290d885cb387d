#pragma once

// Process hardening for programs that handle PINs: call hardenProcess() first thing in main().

#include "model/result.h"

namespace guichet::token {

/// Makes the process non-dumpable (prctl PR_SET_DUMPABLE 0: no core file, no ptrace attach by
/// other processes of the same user, /proc/PID/mem closed to them) and sets RLIMIT_CORE to 0, so a
/// crash while a PIN or a logged-in session is in memory leaves no core dump behind. Child processes
/// started afterwards inherit the core limit. Fails only if the kernel refuses both.
Status hardenProcess();

/// A peer closing its connection while Guichet writes to it (the CA over CMP: OpenSSL's socket BIOs
/// write with write(2)) would end the process with SIGPIPE, a delivery under way with it. Ignored, the
/// write fails with EPIPE and the exchange reports it. Call first thing in main(), before threads.
void ignoreBrokenPipes();

} // namespace guichet::token
