#include <spdlog/spdlog.h>

#include "app/Build.h"
#include "cli/Commands.h"

namespace ng::cli {

Runner addBuildCommand(CLI::App& app) {
  auto opts = std::make_shared<BuildOptions>();
  auto* cmd = app.add_subcommand("build", "Extract a knowledge graph from articles and write it as RDF");
  cmd->footer(
      "Inputs: .txt files (optional header lines Title:, Date:, Source:, URL: then a blank line) and\n"
      ".jsonl files (one JSON object per line with id, title, date, source, url, text; also the\n"
      "crawler names maintext/body/content, published/pubDate/date_publish/..., publisher). Folders\n"
      "are searched recursively; other files in them are skipped with a log line.\n\n"
      "Writes OUT/graph.ttl (merged graph), OUT/graph.trig and OUT/graph.nq (one named graph per\n"
      "article), OUT/graph.nt, OUT/ontology.ttl, OUT/void.ttl (dataset statistics), OUT/graph.graphml,\n"
      "OUT/graph.gexf and OUT/graph.dot (for Gephi, Cytoscape, Graphviz) and OUT/manifest.json (the run).\n"
      "With --state, also OUT/delta/.\n"
      "Each file is written to a temporary file and renamed into place.\n\n"
      "Exit codes: 0 all inputs read; 1 some input was rejected (the rest was processed and written);\n"
      "2 usage error; 3 the run failed (nothing was replaced).");
  cmd->add_option("inputs", opts->inputs, "Article files (.txt, .jsonl) and folders")->required();
  cmd->add_option("-o,--output", opts->outDir, "Output folder (created if missing)")->required();
  cmd->add_option("--base", opts->baseIri, "Base IRI of the data (must end with / or #)")
      ->capture_default_str();
  cmd->add_option("-j,--threads", opts->threads, "Extraction threads (0 = one per core)")->capture_default_str();
  cmd->add_option("--max-article-bytes", opts->maxArticleBytes,
                  "Reject articles (files or JSON lines) larger than this")
      ->capture_default_str();
  cmd->add_option("--state", opts->stateDir,
                  "State folder for daily runs: only new or changed articles are extracted, earlier ones are kept, "
                  "IRIs stay stable, and OUT/delta/ gets added.nq, removed.nq and update.ru");
  cmd->add_option("--retract", opts->retract, "Remove the article with this id from the state's graph (repeatable; needs --state)");
  cmd->add_option("--data", opts->dataRoot,
                  "Folder holding data/ and models/ (default: $NEWSGRAPH_DATA, next to the binary, installed share/newsgraph)");
  return [opts] {
    auto& log = *spdlog::default_logger();
    const BuildReport r = runBuild(*opts, log);
    log.info("wrote {}", opts->outDir.string());
    spdlog::info("{} articles ({} extracted), {} rejected, {} entities, {} facts, {} triples ({} quads) in {:.2f} s",
                 r.articles, r.extracted, r.rejected.size(), r.entities, r.facts, r.triples, r.quads, r.seconds);
    std::string classes, central;
    for (const auto& [cls, n] : r.stats.entitiesPerClass) classes += (classes.empty() ? "" : ", ") + cls + " " + std::to_string(n);
    for (const auto& [iri, degree] : r.stats.topActorsByDegree) {
      if (central.size() > 200) break;
      central += (central.empty() ? "" : ", ") + iri.substr(iri.rfind('/') + 1) + " (" + std::to_string(degree) + ")";
    }
    log.info("entities by class: {}", classes);
    log.info("{} connected components; most central actors: {}", r.stats.components, central);
    if (!r.rejected.empty()) {
      spdlog::warn("{} input(s) rejected; see the messages above. The other articles were processed.",
                   r.rejected.size());
      return static_cast<int>(kInputRejected);
    }
    return static_cast<int>(kOk);
  };
}

}  // namespace ng::cli
