#include "extract/DataDir.h"

#include <cstdlib>
#include <stdexcept>
#include <string>
#include <system_error>
#include <vector>

namespace ng {
namespace {

bool holdsData(const std::filesystem::path& root) {
  std::error_code ec;
  return std::filesystem::is_regular_file(root / "data" / "gazetteer" / "countries.tsv", ec);
}

}  // namespace

std::filesystem::path findDataDir() {
  std::vector<std::filesystem::path> candidates;
  std::error_code ec;
  if (const char* env = std::getenv("NEWSGRAPH_DATA"); env && *env) {
    auto root = std::filesystem::absolute(env, ec).lexically_normal();
    if (root.filename().empty()) root = root.parent_path();  // a trailing '/'

    // NEWSGRAPH_DATA may also name the data/ folder itself.
    if (!ec && std::filesystem::is_regular_file(root / "gazetteer" / "countries.tsv", ec)) return root.parent_path();
    candidates.emplace_back(env);
  }
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    auto dir = exe.parent_path();
    for (int up = 0; up <= 3 && !dir.empty(); ++up) {
      candidates.push_back(dir);
      if (dir == dir.root_path()) break;
      dir = dir.parent_path();
    }
  }
#ifdef NEWSGRAPH_INSTALL_DATADIR
  candidates.emplace_back(NEWSGRAPH_INSTALL_DATADIR);
#endif
#ifdef NEWSGRAPH_SOURCE_DATADIR
  candidates.emplace_back(NEWSGRAPH_SOURCE_DATADIR);
#endif

  std::string looked;
  for (const auto& c : candidates) {
    if (c.empty()) continue;
    if (holdsData(c)) return c;
    looked += "\n  " + (c / "data" / "gazetteer" / "countries.tsv").string();
  }
  throw std::runtime_error("cannot find newsgraph's data folder (set NEWSGRAPH_DATA to the folder holding data/); looked for:" +
                           looked);
}

}  // namespace ng
