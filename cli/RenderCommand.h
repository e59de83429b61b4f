// `newsgraph render`: declared apart from cli/Commands.h, registered by main like the others.
#pragma once

#include "cli/Commands.h"

namespace ng::cli {

/// Adds `render` to the app; the returned runner is valid once parsing succeeded.
Runner addRenderCommand(CLI::App& app);

}  // namespace ng::cli
