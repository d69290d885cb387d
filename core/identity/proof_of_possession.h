#pragma once

// Proof of possession: the token signs a fresh random challenge with the operator's key, and
// Guichet checks the signature in software with the public key of the operator's CERTIFICATE (not
// with the token's public key object, which proves nothing about the certificate).

#include "model/result.h"
#include "token/token_key.h"

#include <QByteArray>

namespace guichet::identity {

/// Size of a challenge, in bytes.
inline constexpr int challengeSize = 32;

/// `challengeSize` bytes from OpenSSL's CSPRNG (RAND_bytes).
Result<QByteArray> freshChallenge();

/// Signs `challenge` on the token with `key` (SHA-256) and verifies the signature with the public
/// key of `certificateDer`. A key that is not the certificate's is refused with a sentence that
/// says so; a token that cannot sign reports the token's error.
Status provePossession(const token::TokenKey& key, const QByteArray& certificateDer,
                       const QByteArray& challenge);

/// The same with a fresh challenge.
Status provePossession(const token::TokenKey& key, const QByteArray& certificateDer);

} // namespace guichet::identity
