#include "export/Manifest.h"

#include <cmath>
#include <ctime>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "export/RdfWriter.h"
#include "export/Sha256.h"

namespace ng {
namespace fs = std::filesystem;

ManifestInput describeInput(const fs::path& file) {
  ManifestInput in;
  in.path = file.string();
  try {
    const FileDigest d = sha256File(file);
    in.sha256 = d.sha256;
    in.bytes = d.bytes;
  } catch (const std::runtime_error&) {
    // Left without a hash; the reader reports the same file as rejected, with the reason.
  }
  return in;
}

std::string isoUtc(std::chrono::system_clock::time_point t) {
  const std::time_t secs = std::chrono::system_clock::to_time_t(t);
  std::tm tm{};
  if (!::gmtime_r(&secs, &tm)) throw std::runtime_error("cannot convert the start time to UTC");
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string manifestJson(const ManifestInfo& info) {
  using Json = nlohmann::ordered_json;
  Json inputs = Json::array();
  for (const auto& in : info.inputs) {
    inputs.push_back({{"path", in.path},
                      {"sha256", in.sha256.empty() ? Json() : Json(in.sha256)},
                      {"bytes", in.bytes},
                      {"articles", in.ids.size()},
                      {"ids", in.ids}});
  }
  Json rejected = Json::array();
  for (const auto& p : info.rejected) {
    Json r = {{"path", p.path}};
    if (p.line) r["line"] = p.line;
    r["message"] = p.message;
    rejected.push_back(std::move(r));
  }
  Json outputs = Json::array();
  for (const auto& o : info.outputs) {
    const FileDigest d = sha256File(o);
    outputs.push_back({{"path", o.filename().string()}, {"sha256", d.sha256}, {"bytes", d.bytes}});
  }
  Json perClass = Json::object();
  for (const auto& [cls, n] : info.entitiesPerClass) perClass[cls] = n;

  const Json j = {
      {"generator", "newsgraph"},
      {"version", info.version},
      {"started", isoUtc(info.started)},
      {"seconds", std::round(info.seconds * 1000) / 1000},
      {"threads", info.threads},
      {"baseIri", info.baseIri},
      {"counts",
       {{"inputs", info.inputs.size()},
        {"articles", info.articles},
        {"extracted", info.extracted},
        {"reused", info.reused},
        {"rejected", info.rejected.size()},
        {"entities", info.entities},
        {"entitiesPerClass", perClass},
        {"facts", info.facts},
        {"triples", info.triples},
        {"quads", info.quads},
        {"components", info.components}}},
      {"inputs", inputs},
      {"rejected", rejected},
      {"outputs", outputs},
  };
  return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

void writeManifest(const fs::path& path, const ManifestInfo& info) {
  const std::string text = manifestJson(info);
  writeFileAtomic(path, [&](std::FILE* f) {
    if (std::fwrite(text.data(), 1, text.size(), f) != text.size())
      throw std::runtime_error("cannot write " + path.string());
  });
}

}  // namespace ng
