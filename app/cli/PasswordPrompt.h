#pragma once

#include <QString>

#include <optional>

// A password for thads-cli: THADS_PASSWORD (for scripts), else asked on the
// terminal without echo. nullopt when neither is there (no terminal).
namespace PasswordPrompt {
std::optional<QString> read(const QString &prompt, const char *variable = "THADS_PASSWORD");
} // namespace PasswordPrompt
