#include "app/Render.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <vector>

#include "export/GraphFormats.h"
#include "export/RdfWriter.h"

extern char** environ;

namespace ng {
namespace fs = std::filesystem;

namespace {

constexpr std::array kLayouts = {"dot", "sfdp", "neato", "fdp", "circo", "twopi"};
constexpr std::size_t kLargeGraph = 100;  // above this many nodes, "auto" picks sfdp over neato

using File = std::unique_ptr<std::FILE, int (*)(std::FILE*)>;

std::string pictureFormat(const fs::path& output) {
  std::string ext = output.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == ".svg" || ext == ".png" || ext == ".pdf") return ext.substr(1);
  throw std::invalid_argument("cannot tell the picture format of \"" + output.string() +
                              "\": give a file name ending in .svg, .png or .pdf");
}

/// The layout program in PATH, like execvp would find it; empty when it is not there.
fs::path findProgram(const std::string& name) {
  const char* path = std::getenv("PATH");
  std::string dirs = path && *path ? path : "/usr/local/bin:/usr/bin:/bin";
  std::size_t start = 0;
  while (start <= dirs.size()) {
    const std::size_t end = std::min(dirs.find(':', start), dirs.size());
    const fs::path dir = end > start ? fs::path(dirs.substr(start, end - start)) : fs::path(".");
    const fs::path candidate = dir / name;
    if (::access(candidate.c_str(), X_OK) == 0 && !fs::is_directory(candidate)) return candidate;
    start = end + 1;
  }
  return {};
}

std::string readAll(std::FILE* f) {
  std::string out;
  std::rewind(f);
  char buf[4096];
  std::size_t n = 0;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  return out;
}

/// Runs `program -Tformat` with stdin, stdout and stderr bound to the given files; returns the
/// wait status. No shell is involved, so no path or label is ever interpreted.
int runGraphviz(const fs::path& program, const std::string& format, std::FILE* in, std::FILE* out, std::FILE* err) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, ::fileno(in), 0);
  posix_spawn_file_actions_adddup2(&actions, ::fileno(out), 1);
  posix_spawn_file_actions_adddup2(&actions, ::fileno(err), 2);
  std::string prog = program.string(), type = "-T" + format;
  std::vector<char*> argv = {prog.data(), type.data(), nullptr};
  pid_t pid = 0;
  const int rc = ::posix_spawn(&pid, prog.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) throw std::runtime_error("cannot run " + prog + ": " + std::strerror(rc));
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) throw std::runtime_error("cannot wait for " + prog + ": " + std::strerror(errno));
  }
  return status;
}

}  // namespace

RenderReport renderGraph(const RenderOptions& options, spdlog::logger& log) {
  const std::string format = pictureFormat(options.output);
  if (options.top == 0) throw std::invalid_argument("--top must be at least 1");
  if (options.layout != "auto" && std::find(kLayouts.begin(), kLayouts.end(), options.layout) == kLayouts.end())
    throw std::invalid_argument("unknown layout \"" + options.layout + "\": use auto, dot, sfdp, neato, fdp, circo or twopi");
  const fs::path nquads = options.outDir / "graph.nq";
  if (!fs::is_regular_file(nquads)) {
    throw std::invalid_argument(options.outDir.string() + " holds no graph (no graph.nq): run 'newsgraph build INPUT... -o " +
                                options.outDir.string() + "' first");
  }

  const KnowledgeGraph kg = readKnowledgeGraph(nquads);
  const EntityGraph all = entityGraph(kg);
  const EntityGraph picture = topEntities(all, options.top);
  if (picture.nodes.empty()) throw std::runtime_error(nquads.string() + " has no relations between entities to draw");
  RenderReport report;
  report.nodes = picture.nodes.size();
  report.edges = picture.edges.size();
  report.entities = all.nodes.size();
  // Force-directed layouts suit a network of actors; dot's ranks make it a wide strip.
  report.layout = options.layout == "auto" ? (picture.nodes.size() > kLargeGraph ? "sfdp" : "neato") : options.layout;
  log.debug("drawing {} of {} entities and {} relations with {}", report.nodes, report.entities, report.edges,
            report.layout);

  const fs::path program = findProgram(report.layout);
  if (program.empty()) {
    throw std::runtime_error("Graphviz is not installed: '" + report.layout +
                             "' was not found in PATH (on Debian/Ubuntu: apt-get install graphviz)");
  }

  DotOptions dotOptions;
  dotOptions.edgeLabels = options.edgeLabels;
  dotOptions.mergeParallel = true;
  dotOptions.title = std::to_string(report.nodes) + " of " + std::to_string(report.entities) +
                     " entities with the most relations, from " + std::to_string(kg.stats.articles) + " article(s)";
  const std::string text = dotText(picture, dotOptions);
  const File in(std::tmpfile(), &std::fclose);
  const File err(std::tmpfile(), &std::fclose);
  if (!in || !err) throw std::runtime_error(std::string("cannot create a temporary file: ") + std::strerror(errno));
  if (std::fwrite(text.data(), 1, text.size(), in.get()) != text.size() || std::fflush(in.get()) != 0)
    throw std::runtime_error(std::string("cannot write a temporary file: ") + std::strerror(errno));
  std::rewind(in.get());

  if (const fs::path parent = options.output.parent_path(); !parent.empty()) fs::create_directories(parent);
  writeFileAtomic(options.output, [&](std::FILE* out) {
    std::fflush(out);
    const int status = runGraphviz(program, format, in.get(), out, err.get());
    std::string message = readAll(err.get());
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
      const std::string how = WIFEXITED(status) ? "exited with status " + std::to_string(WEXITSTATUS(status))
                                                : "was killed by signal " + std::to_string(WTERMSIG(status));
      throw std::runtime_error("Graphviz " + report.layout + " " + how + (message.empty() ? "" : ": " + message));
    }
    if (!message.empty()) log.debug("{}: {}", report.layout, message);
    // The child wrote through its own descriptor; move our FILE* to the end so the caller's
    // flush and sync see a consistent stream.
    std::fseek(out, 0, SEEK_END);
    if (std::ftell(out) <= 0) throw std::runtime_error("Graphviz " + report.layout + " wrote nothing");
  });
  return report;
}

}  // namespace ng
