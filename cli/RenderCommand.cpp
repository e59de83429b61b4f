#include "cli/RenderCommand.h"

#include <spdlog/spdlog.h>

#include "app/Render.h"

namespace ng::cli {

Runner addRenderCommand(CLI::App& app) {
  auto opts = std::make_shared<RenderOptions>();
  auto* cmd = app.add_subcommand("render", "Draw the main actors of a built graph with Graphviz (SVG, PNG, PDF)");
  cmd->footer(
      "Reads OUT/graph.nq (written by 'newsgraph build ... -o OUT'), keeps the entities with the most\n"
      "relations (accusations, demands, roles, membership, talks they took part in or mediated, ...)\n"
      "and the relations between them, and draws them with Graphviz, which must be installed\n"
      "(apt-get install graphviz). The picture format comes from the file name: .svg, .png or .pdf.\n"
      "The whole graph is in OUT/graph.graphml, OUT/graph.gexf and OUT/graph.dot for Gephi,\n"
      "Cytoscape, yEd and Graphviz.\n\n"
      "Exit codes: 0 written; 2 usage error (bad format or layout, OUT holds no graph); 3 Graphviz\n"
      "missing or failed (nothing was replaced).");
  cmd->add_option("out", opts->outDir, "Output folder of a build")->required();
  cmd->add_option("-o,--output", opts->output, "Picture to write: FILE.svg, FILE.png or FILE.pdf")->required();
  cmd->add_option("-n,--top", opts->top, "Draw at most this many entities, those with the most relations")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  cmd->add_option("--layout", opts->layout, "Graphviz layout: auto (neato up to 100 entities, sfdp above), dot, sfdp, neato, fdp, circo, twopi")
      ->capture_default_str()
      ->check(CLI::IsMember({"auto", "dot", "sfdp", "neato", "fdp", "circo", "twopi"}));
  cmd->add_flag("!--no-edge-labels", opts->edgeLabels, "Do not write the relation kind on the edges");
  return [opts] {
    auto& log = *spdlog::default_logger();
    const RenderReport r = renderGraph(*opts, log);
    log.info("wrote {}: {} of {} entities, {} relations, laid out by {}", opts->output.string(), r.nodes, r.entities,
             r.edges, r.layout);
    return static_cast<int>(kOk);
  };
}

}  // namespace ng::cli
