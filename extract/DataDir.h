// Where newsgraph's data files (gazetteers, lexicons) and trained models are found at run time.
#pragma once

#include <filesystem>

namespace ng {

/// The root folder that holds data/ (and models/, when there are any), found by looking for
/// <root>/data/gazetteer/countries.tsv in this order:
///   1. $NEWSGRAPH_DATA (the root itself, or its data/ folder);
///   2. the folder of the running binary (/proc/self/exe) and up to three of its parents;
///   3. the install folder (CMake NEWSGRAPH_INSTALL_DATADIR, e.g. /usr/local/share/newsgraph);
///   4. the source tree the binary was built from (NEWSGRAPH_SOURCE_DATADIR).
/// Throws std::runtime_error listing every place it looked when none holds the data.
[[nodiscard]] std::filesystem::path findDataDir();

}  // namespace ng
