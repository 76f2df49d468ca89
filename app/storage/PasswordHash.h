#pragma once

#include <QString>

// Passwords are kept only as libsodium's crypto_pwhash_str: Argon2id with a
// random salt per password and the cost written in the string, so a stronger
// setting later still verifies the old ones. Nothing here can be reversed.
namespace PasswordHash {
// The string to store; empty when libsodium could not work (out of memory).
QString make(const QString &password);
bool matches(const QString &stored, const QString &password);
} // namespace PasswordHash
