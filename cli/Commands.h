// Subcommands of the newsgraph CLI: each binds its flags into an options struct and returns a
// function that runs it and gives the exit code.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <memory>

namespace ng::cli {

/// Exit codes, documented in the README and --help.
enum Exit : int { kOk = 0, kInputRejected = 1, kUsage = 2, kFailed = 3 };

using Runner = std::function<int()>;

/// Adds `build` to the app; the returned runner is valid once parsing succeeded.
Runner addBuildCommand(CLI::App& app);
Runner addLoadCommand(CLI::App& app);

}  // namespace ng::cli
