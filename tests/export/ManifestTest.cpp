#include "export/Manifest.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "export/Sha256.h"

namespace ng {
namespace {

namespace fs = std::filesystem;

TEST(Sha256, matchesTheFips180Vectors) {
  EXPECT_EQ(sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(sha256Hex(std::string(1000000, 'a')), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Sha256, hardwareAndPortableCodeGiveTheSameDigests) {
  // Lengths around the block size and the padding boundary, and a long text fed in odd pieces.
  std::string text;
  for (int i = 0; i < 5000; ++i) text += static_cast<char>('a' + (i * 7919) % 251);
  for (const std::size_t len : {0, 1, 55, 56, 63, 64, 65, 119, 120, 127, 128, 129, 1000, 4999}) {
    Sha256 fast;
    Sha256 portable(false);
    fast.update(std::string_view(text).substr(0, len));
    portable.update(std::string_view(text).substr(0, len));
    EXPECT_EQ(fast.hexDigest(), portable.hexDigest()) << len;
  }
  Sha256 pieces;
  for (std::size_t at = 0; at < text.size(); at += 37) pieces.update(std::string_view(text).substr(at, 37));
  Sha256 portable(false);
  portable.update(text);
  EXPECT_EQ(pieces.hexDigest(), portable.hexDigest());
  if (!Sha256::hardwareAvailable()) GTEST_LOG_(INFO) << "no SHA instructions here: both runs were portable";
}

TEST(Sha256, incrementalUpdatesMatchOneShot) {
  // Split across every block-boundary case: 55, 56, 63, 64 and 65 bytes of padding position.
  const std::string text(300, 'x');
  for (std::size_t len : {0u, 1u, 55u, 56u, 63u, 64u, 65u, 127u, 128u, 300u}) {
    Sha256 h;
    for (std::size_t i = 0; i < len; i += 7) h.update(std::string_view(text).substr(i, std::min<std::size_t>(7, len - i)));
    EXPECT_EQ(h.hexDigest(), sha256Hex(text.substr(0, len))) << len;
  }
}

struct TempDir {
  fs::path path = fs::temp_directory_path() / ("ng-manifest-" + std::to_string(::getpid()));
  TempDir() { fs::create_directories(path); }
  ~TempDir() { fs::remove_all(path); }
};

TEST(Manifest, describesAnInputByItsBytes) {
  TempDir dir;
  const fs::path txt = dir.path / "juba.txt";
  std::ofstream(txt, std::ios::binary) << "abc";
  const auto in = describeInput(txt);
  EXPECT_EQ(in.path, txt.string());
  EXPECT_EQ(in.sha256, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(in.bytes, 3u);
  EXPECT_TRUE(in.ids.empty());
  const auto missing = describeInput(dir.path / "missing.txt");
  EXPECT_TRUE(missing.sha256.empty()) << "an unreadable input is reported by ingest, not thrown here";
  EXPECT_THROW((void)sha256File(dir.path / "missing.txt"), std::runtime_error);
}

TEST(Manifest, writesValidJsonWithCountsAndOutputs) {
  TempDir dir;
  std::ofstream(dir.path / "graph.nt", std::ios::binary) << "abc";
  ManifestInfo info;
  info.started = std::chrono::system_clock::from_time_t(1741944413);  // 2025-03-14T09:26:53Z
  info.seconds = 1.23456;
  info.threads = 4;
  info.baseIri = "https://example.org/id/";
  info.inputs = {{"in/a \"quoted\" \xFF.txt", std::string(64, '0'), 10, {"a"}}, {"in/unreadable.txt", "", 0, {}}};
  info.rejected = {{"in/bad.jsonl", 3, "broken JSON"}};
  info.articles = 1;
  info.extracted = 1;
  info.entities = 5;
  info.entitiesPerClass = {{"Country", 2}, {"Person", 3}};
  info.facts = 7;
  info.triples = 40;
  info.quads = 41;
  info.outputs = {dir.path / "graph.nt"};
  writeManifest(dir.path / "manifest.json", info);
  std::ifstream in(dir.path / "manifest.json");
  const auto j = nlohmann::json::parse(in);  // throws if the file is not valid JSON
  EXPECT_EQ(j["version"], "0.1.0");
  EXPECT_EQ(j["started"], "2025-03-14T09:26:53Z");
  EXPECT_DOUBLE_EQ(j["seconds"].get<double>(), 1.235);
  EXPECT_EQ(j["threads"], 4);
  EXPECT_EQ(j["baseIri"], "https://example.org/id/");
  EXPECT_EQ(j["counts"]["articles"], 1);
  EXPECT_EQ(j["counts"]["rejected"], 1);
  EXPECT_EQ(j["counts"]["entitiesPerClass"]["Person"], 3);
  EXPECT_EQ(j["counts"]["facts"], 7);
  EXPECT_EQ(j["counts"]["triples"], 40);
  EXPECT_EQ(j["counts"]["quads"], 41);
  EXPECT_EQ(j["inputs"][0]["path"], "in/a \"quoted\" \xEF\xBF\xBD.txt") << "bytes that are not UTF-8 are replaced";
  EXPECT_EQ(j["inputs"][0]["articles"], 1);
  EXPECT_EQ(j["inputs"][0]["ids"][0], "a");
  EXPECT_TRUE(j["inputs"][1]["sha256"].is_null());
  EXPECT_EQ(j["counts"]["extracted"], 1);
  EXPECT_EQ(j["rejected"][0]["line"], 3);
  EXPECT_EQ(j["outputs"][0]["path"], "graph.nt");
  EXPECT_EQ(j["outputs"][0]["sha256"], "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(j["outputs"][0]["bytes"], 3);
}

}  // namespace
}  // namespace ng
