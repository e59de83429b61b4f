#include <spdlog/spdlog.h>

#include "app/Load.h"
#include "cli/Commands.h"

namespace ng::cli {

Runner addLoadCommand(CLI::App& app) {
  auto opts = std::make_shared<LoadOptions>();
  auto* cmd = app.add_subcommand("load", "Push a build (or its delta) into a SPARQL 1.1 endpoint with SPARQL Update");
  cmd->footer(
      "Sends OUT/graph.nq, one named graph per article (each graph is cleared first unless --keep), or with\n"
      "--delta the removed and added quads of OUT/delta/ from a --state build. Requests hold at most --chunk\n"
      "quads, are retried on connection errors, HTTP 5xx and 429, and a rejection stops the load with the\n"
      "server's message.\n\n"
      "Virtuoso: --endpoint http://HOST:8890/sparql-auth --user dba --password ... (digest auth).\n"
      "Fuseki: --endpoint http://HOST:3030/DATASET/update. Oxigraph: --endpoint http://HOST:7878/update.\n\n"
      "Exit codes: 0 loaded; 2 usage error; 3 the endpoint rejected a request or was unreachable.");
  cmd->add_option("out", opts->outDir, "A build's output folder")->required()->check(CLI::ExistingDirectory);
  cmd->add_option("--endpoint", opts->endpoint, "SPARQL Update endpoint URL")->required();
  cmd->add_option("--graph", opts->graph, "Load everything into this one named graph instead of a graph per article");
  cmd->add_option("--user", opts->user, "HTTP user (basic or digest authentication)");
  cmd->add_option("--password", opts->password, "HTTP password (or set NEWSGRAPH_PASSWORD)")->envname("NEWSGRAPH_PASSWORD");
  cmd->add_flag("--delta", opts->delta, "Send OUT/delta/ (removed, then added) instead of the whole graph");
  cmd->add_flag("--keep", opts->keep, "Do not clear the target graphs before a full load");
  cmd->add_option("--chunk", opts->chunk, "Quads per request")->capture_default_str()->check(CLI::PositiveNumber);
  cmd->add_option("--retries", opts->retries, "Attempts per request on transient errors")->capture_default_str()->check(CLI::PositiveNumber);
  return [opts] {
    const LoadReport r = runLoad(*opts, *spdlog::default_logger());
    spdlog::info("loaded {} quads into {} graph(s) of {} in {} requests, {:.2f} s", r.quads, r.graphs, opts->endpoint,
                 r.requests, r.seconds);
    return static_cast<int>(kOk);
  };
}

}  // namespace ng::cli
