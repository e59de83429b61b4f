// newsgraph: news articles in, an RDF knowledge graph out. See README.md.
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>

#include "app/alloc/Allocator.h"
#include "cli/Commands.h"
#include "cli/RenderCommand.h"

int main(int argc, char** argv) {
  using namespace ng::cli;
  ng::tuneAllocator();
  CLI::App app{"newsgraph: turns news articles into a knowledge graph written as RDF (Turtle, TriG, N-Quads)"};
  app.set_version_flag("--version", std::string("newsgraph 0.1.0"));
  app.require_subcommand(1);
  bool quiet = false, verbose = false;
  app.add_flag("-q,--quiet", quiet, "Print only errors");
  app.add_flag("-v,--verbose", verbose, "Print debug messages");
  app.footer("Run 'newsgraph SUBCOMMAND --help' for the options of a subcommand.");
  const Runner build = addBuildCommand(app);
  const Runner load = addLoadCommand(app);
  const Runner render = addRenderCommand(app);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    (void)app.exit(e);
    return kUsage;
  }

  auto logger = spdlog::stderr_color_mt("newsgraph");
  logger->set_pattern("%^[%l]%$ %v");
  logger->set_level(quiet ? spdlog::level::err : verbose ? spdlog::level::debug : spdlog::level::info);
  spdlog::set_default_logger(logger);
  logger->debug("allocator: {}", ng::allocatorName());

  try {
    if (app.got_subcommand("build")) return build();
    if (app.got_subcommand("load")) return load();
    if (app.got_subcommand("render")) return render();
  } catch (const std::invalid_argument& e) {
    spdlog::error("{}", e.what());
    return kUsage;
  } catch (const std::exception& e) {
    spdlog::error("{}", e.what());
    return kFailed;
  }
  return kUsage;
}
