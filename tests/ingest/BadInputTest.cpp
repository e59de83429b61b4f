// Bad inputs through the real build (runBuild): every case ends in a clear problem naming the file
// (and line), or in the article being in the output; never a crash, never an RDF file that a strict
// parser rejects, never a lost article. Small cases are files in tests/data/bad/; big ones are
// generated here. tests/data/regress/ holds inputs that once broke the pipeline (found by the fuzz
// target in fuzz/); each is built once more here.

#include <serd/serd.h>
#include <spdlog/logger.h>
#include <spdlog/sinks/ostream_sink.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "app/Build.h"
#include "ingest/Ingest.h"
#include "ontology/Vocabulary.h"

namespace ng {
namespace {
namespace fs = std::filesystem;

const fs::path kBadDir = fs::path(NEWSGRAPH_TEST_DATA) / "bad";
const fs::path kRegressDir = fs::path(NEWSGRAPH_TEST_DATA) / "regress";

/// What a strict serd read of one output file found.
struct RdfRead {
  std::string error;  ///< empty when serd accepted the file
  std::size_t statements = 0;
  std::set<std::string> articles;                ///< subjects typed ng:Article
  std::map<std::string, std::string> identifier;  ///< subject -> dcterms:identifier
  std::map<std::string, std::string> title;       ///< subject -> dcterms:title
  std::vector<std::string> illTyped;              ///< typed literals whose form the datatype forbids
};

bool allDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// True when `v` is a YYYY-MM-DD date that exists in the calendar (stores reject "2024-02-30").
bool isCalendarDate(std::string_view v) {
  if (v.size() != 10 || v[4] != '-' || v[7] != '-' || !allDigits(v.substr(0, 4)) || !allDigits(v.substr(5, 2)) ||
      !allDigits(v.substr(8, 2))) {
    return false;
  }
  const int y = std::stoi(std::string(v.substr(0, 4))), m = std::stoi(std::string(v.substr(5, 2))),
            d = std::stoi(std::string(v.substr(8, 2)));
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m >= 1 && m <= 12 && d >= 1 && d <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

std::string nodeText(const SerdNode* n) {
  return n && n->buf ? std::string(reinterpret_cast<const char*>(n->buf), n->n_bytes) : std::string();
}

SerdStatus onStatement(void* handle, SerdStatementFlags, const SerdNode*, const SerdNode* subject,
                       const SerdNode* predicate, const SerdNode* object, const SerdNode* datatype, const SerdNode*) {
  auto& r = *static_cast<RdfRead*>(handle);
  ++r.statements;
  // Only N-Quads is inspected for articles: its IRIs are never abbreviated.
  const std::string p = nodeText(predicate);
  if (p == onto::iri_::rdfType && nodeText(object) == onto::iri(onto::Class::Article)) r.articles.insert(nodeText(subject));
  if (p == onto::iri_::dctIdentifier) r.identifier[nodeText(subject)] = nodeText(object);
  if (p == onto::iri_::dctTitle) r.title[nodeText(subject)] = nodeText(object);
  const std::string type = nodeText(datatype), value = nodeText(object);
  const std::string_view number = std::string_view(value).substr(!value.empty() && value[0] == '-' ? 1 : 0);
  const bool ok = type == onto::iri_::xsdDate      ? isCalendarDate(value)
                  : type == onto::iri_::xsdInteger ? allDigits(number)
                                                   : true;
  if (!ok) r.illTyped.push_back("\"" + value + "\"^^<" + type + ">");
  return SERD_SUCCESS;
}

SerdStatus onError(void* handle, const SerdError* e) {
  char msg[512];
  std::vsnprintf(msg, sizeof msg, e->fmt, *e->args);
  static_cast<RdfRead*>(handle)->error += "line " + std::to_string(e->line) + ": " + msg;
  return SERD_SUCCESS;
}

RdfRead readRdf(const fs::path& file, SerdSyntax syntax) {
  RdfRead r;
  SerdReader* reader = serd_reader_new(syntax, &r, nullptr, nullptr, nullptr, onStatement, nullptr);
  serd_reader_set_strict(reader, true);
  serd_reader_set_error_sink(reader, onError, &r);
  const SerdStatus st = serd_reader_read_file(reader, reinterpret_cast<const uint8_t*>(file.c_str()));
  serd_reader_free(reader);
  // SERD_FAILURE without an error message is serd's "nothing to read": an empty graph.
  if (st != SERD_SUCCESS && st != SERD_FAILURE && r.error.empty()) {
    r.error = reinterpret_cast<const char*>(serd_strerror(st));
  }
  return r;
}

/// Records in an input file that must each end up as an article or a problem: one per .txt file,
/// one per non-blank line of a .jsonl file.
std::size_t recordsIn(const fs::path& file) {
  if (file.extension() != ".jsonl") return 1;
  std::ifstream in(file, std::ios::binary);
  std::size_t n = 0;
  for (std::string line; std::getline(in, line);) {
    if (std::any_of(line.begin(), line.end(), [](unsigned char c) { return !std::isspace(c); })) ++n;
  }
  return n;
}

struct Outcome {
  BuildReport report;
  std::string log;
  std::set<std::string> articleIds;  ///< dcterms:identifier of every article node in graph.nq
  std::map<std::string, std::string> titles;  ///< article id -> dcterms:title
  bool ran = false;

  [[nodiscard]] std::string problems() const {
    std::string s;
    for (const auto& p : report.rejected) s += "\n  " + p.describe();
    return s.empty() ? "\n  (no problems)" : s;
  }
  /// True when a problem names `file` (its last path part), `line`, and contains `text`.
  [[nodiscard]] bool hasProblem(const std::string& file, std::size_t line, const std::string& text) const {
    return std::any_of(report.rejected.begin(), report.rejected.end(), [&](const InputProblem& p) {
      return fs::path(p.path).filename() == file && p.line == line && p.message.find(text) != std::string::npos;
    });
  }
};

class BadInput : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("ng-bad-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "in");
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  /// Copies the case tests/data/bad/<name> into the input folder.
  fs::path useCase(const std::string& name) {
    const fs::path to = dir_ / "in" / name;
    fs::copy_file(kBadDir / name, to, fs::copy_options::overwrite_existing);
    return to;
  }
  fs::path write(const std::string& name, const std::string& content) {
    const fs::path to = dir_ / "in" / name;
    std::ofstream(to, std::ios::binary) << content;
    return to;
  }

  /// Runs the real build on the input folder, then checks what holds for every input, good or bad:
  /// the run completes, graph.ttl/.trig/.nq are valid RDF for a strict parser, there is one article
  /// node per extracted article, and every record became an article or a problem.
  Outcome build(std::size_t maxArticleBytes = IngestOptions{}.maxArticleBytes) {
    Outcome o;
    std::ostringstream logText;
    auto sink = std::make_shared<spdlog::sinks::ostream_sink_st>(logText);
    spdlog::logger log("bad-input", sink);
    log.set_level(spdlog::level::debug);
    BuildOptions opt;
    opt.inputs = {(dir_ / "in").string()};
    opt.outDir = dir_ / "out";
    opt.threads = 2;
    opt.maxArticleBytes = maxArticleBytes;
    opt.dataRoot = NEWSGRAPH_SOURCE_DATADIR;
    try {
      o.report = runBuild(opt, log);
      o.ran = true;
    } catch (const std::exception& e) {
      ADD_FAILURE() << "runBuild threw: " << e.what() << "\nlog:\n" << logText.str();
      return o;
    }
    o.log = logText.str();

    for (const auto& [name, syntax] : {std::pair{"graph.ttl", SERD_TURTLE}, std::pair{"graph.trig", SERD_TRIG},
                                       std::pair{"graph.nq", SERD_NQUADS}}) {
      const RdfRead r = readRdf(opt.outDir / name, syntax);
      EXPECT_EQ(r.error, "") << name << " is not valid RDF";
      if (std::string(name) != "graph.nq") continue;
      EXPECT_EQ(r.statements, o.report.quads) << "graph.nq holds another number of quads than the build wrote";
      for (const auto& a : r.articles) {
        const auto id = r.identifier.find(a);
        EXPECT_NE(id, r.identifier.end()) << "article without dcterms:identifier: " << a;
        if (id != r.identifier.end()) o.articleIds.insert(id->second);
        if (id != r.identifier.end() && r.title.count(a)) o.titles[id->second] = r.title.at(a);
      }
      EXPECT_EQ(r.articles.size(), o.report.articles) << "article nodes in graph.nq vs articles extracted";
      EXPECT_TRUE(r.illTyped.empty()) << "ill-typed literal in graph.nq: " << r.illTyped.front();
    }
    std::size_t records = 0;
    for (const auto& f : fs::directory_iterator(dir_ / "in")) records += recordsIn(f.path());
    EXPECT_GE(o.report.articles + o.report.rejected.size(), records)
        << "a record was neither extracted nor reported (a lost article)" << o.problems();
    return o;
  }

  fs::path dir_;
};

// --- Encodings ----------------------------------------------------------------------------------

TEST_F(BadInput, invalidUtf8IsRejectedWithItsByteOffset) {
  useCase("utf8-overlong.txt");
  useCase("utf8-surrogate.txt");
  useCase("utf8-truncated.txt");
  const auto o = build();
  EXPECT_TRUE(o.hasProblem("utf8-overlong.txt", 0, "invalid UTF-8 at byte 3")) << o.problems();
  EXPECT_TRUE(o.hasProblem("utf8-surrogate.txt", 0, "invalid UTF-8 at byte 12")) << o.problems();
  EXPECT_TRUE(o.hasProblem("utf8-truncated.txt", 0, "invalid UTF-8 at byte 42")) << o.problems();
  EXPECT_EQ(o.report.articles, 0u);
}

TEST_F(BadInput, nulBytesAreRejectedAsBinary) {
  useCase("nul-bytes.txt");
  const auto o = build();
  EXPECT_TRUE(o.hasProblem("nul-bytes.txt", 0, "binary data (NUL byte at offset 13)")) << o.problems();
  EXPECT_EQ(o.report.articles, 0u);
}

TEST_F(BadInput, escapedNulAndControlCharactersInJsonNeverReachTheGraph) {
  useCase("json-escaped-controls.jsonl");
  const auto o = build();
  EXPECT_TRUE(o.hasProblem("json-escaped-controls.jsonl", 1, "\"text\"")) << o.problems();
  EXPECT_EQ(o.articleIds.count("nul1"), 0u);
  // A NUL or a control character in a metadata field is rejected like one in the text, or
  // dropped; either way the article keeps its id and the RDF stays valid (checked by build()).
  for (const std::string id : {"nul2", "ctl3"}) {
    const std::size_t line = id == "nul2" ? 2 : 3;
    EXPECT_TRUE(o.articleIds.count(id) || o.hasProblem("json-escaped-controls.jsonl", line, ""))
        << id << o.problems();
  }
  // An identifier cannot hold a NUL: the record is rejected, never cut short to "nul".
  EXPECT_EQ(o.articleIds.count("nul"), 0u) << "the id \"nul\\u0000id\" was silently truncated";
  EXPECT_TRUE(o.hasProblem("json-escaped-controls.jsonl", 4, "")) << o.problems();
  if (o.titles.count("nul2")) {
    EXPECT_NE(o.titles.at("nul2"), "Nul ") << "a title was silently cut at a NUL";
  }
}

TEST_F(BadInput, impossibleCalendarDatesNeverBecomeXsdDates) {
  useCase("json-impossible-dates.jsonl");
  useCase("impossible-date.txt");
  const auto o = build();
  // build() checks every xsd:date in the output is a real day; here, where each record went.
  const std::string f = "json-impossible-dates.jsonl";
  EXPECT_TRUE(o.hasProblem(f, 1, "\"date\"")) << o.problems();
  EXPECT_TRUE(o.hasProblem(f, 2, "\"date\"")) << o.problems();
  EXPECT_TRUE(o.hasProblem(f, 3, "\"date\"")) << o.problems();
  EXPECT_TRUE(o.articleIds.count("leap")) << "29 February of a leap year is a date" << o.problems();
  EXPECT_TRUE(o.articleIds.count("impossible-date.txt")) << "a bad header date is no reason to drop the article"
                                                         << o.problems();
}

TEST_F(BadInput, utf8BomIsDropped) {
  useCase("utf8-bom.txt");
  useCase("utf8-bom.jsonl");
  const auto o = build();
  EXPECT_EQ(o.articleIds, (std::set<std::string>{"utf8-bom.txt", "bom1"})) << o.problems();
  EXPECT_TRUE(o.report.rejected.empty()) << o.problems();
}

TEST_F(BadInput, utf16FileIsRejectedWithAHintToConvert) {
  useCase("utf16-bom.txt");
  const auto o = build();
  EXPECT_EQ(o.report.articles, 0u);
  ASSERT_EQ(o.report.rejected.size(), 1u) << o.problems();
  const auto& msg = o.report.rejected[0].message;
  EXPECT_NE(msg.find("UTF-16"), std::string::npos) << msg;
  EXPECT_NE(msg.find("UTF-8"), std::string::npos) << msg;
}

TEST_F(BadInput, crlfLineEndsReadLikeLf) {
  useCase("crlf.txt");
  const auto o = build();
  EXPECT_EQ(o.articleIds, std::set<std::string>{"crlf.txt"}) << o.problems();
  std::ifstream ttl(dir_ / "out" / "graph.ttl", std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(ttl)), std::istreambuf_iterator<char>());
  EXPECT_NE(text.find("\"Truce holds in Tigray\""), std::string::npos) << "title lost or kept its CR";
  EXPECT_NE(text.find("\"2022-11-10\"^^xsd:date"), std::string::npos) << "date lost";
  EXPECT_EQ(text.find("\\r"), std::string::npos) << "a CR reached the graph";
}

// --- Unusual text -------------------------------------------------------------------------------

TEST_F(BadInput, namesWithCharactersIllegalInIrisStayValid) {
  useCase("iri-hostile-names.txt");
  const auto o = build();
  EXPECT_EQ(o.articleIds, std::set<std::string>{"iri-hostile-names.txt"}) << o.problems();
}

TEST_F(BadInput, rightToLeftTextAndDirectionMarks) {
  useCase("rtl-text.txt");
  const auto o = build();
  EXPECT_EQ(o.articleIds, std::set<std::string>{"rtl-text.txt"}) << o.problems();
}

TEST_F(BadInput, emojiAndZwjSequences) {
  useCase("emoji-zwj.txt");
  const auto o = build();
  EXPECT_EQ(o.articleIds, std::set<std::string>{"emoji-zwj.txt"}) << o.problems();
}

TEST_F(BadInput, zeroWidthCharactersInsideNames) {
  useCase("zero-width-in-names.txt");
  const auto o = build();
  EXPECT_EQ(o.articleIds, std::set<std::string>{"zero-width-in-names.txt"}) << o.problems();
}

TEST_F(BadInput, quotesNeverClosed) {
  useCase("unclosed-quotes.txt");
  const auto o = build();
  EXPECT_EQ(o.articleIds, std::set<std::string>{"unclosed-quotes.txt"}) << o.problems();
}

TEST_F(BadInput, articleIdWithCharactersIllegalInIris) {
  useCase("iri-illegal-id.jsonl");
  const auto o = build();
  // The id is kept exactly as given in dcterms:identifier; the IRI is made safe.
  EXPECT_TRUE(o.articleIds.count("a b<c>{d}|e^f`g\"h\\i#j?k%l/m\u200Dn\U0001F600")) << o.problems();
  EXPECT_TRUE(o.articleIds.count("../../etc/passwd")) << o.problems();
  EXPECT_TRUE(o.hasProblem("iri-illegal-id.jsonl", 2, "missing \"id\"")) << o.problems();
  // A blank id names nothing, like a missing one.
  EXPECT_FALSE(o.articleIds.count("   ")) << "a blank id is rejected";
  EXPECT_TRUE(o.hasProblem("iri-illegal-id.jsonl", 3, "id")) << o.problems();
}

// --- Broken JSON Lines --------------------------------------------------------------------------

TEST_F(BadInput, jsonFieldsOfTheWrongType) {
  useCase("json-wrong-types.jsonl");
  const auto o = build();
  const std::string f = "json-wrong-types.jsonl";
  EXPECT_TRUE(o.hasProblem(f, 1, "field \"id\" must be a string, not object")) << o.problems();
  EXPECT_TRUE(o.hasProblem(f, 2, "field \"text\" must be a string, not array")) << o.problems();
  EXPECT_TRUE(o.hasProblem(f, 3, "field \"date\" must be a string, not number")) << o.problems();
  EXPECT_TRUE(o.hasProblem(f, 4, "field \"title\" must be a string, not boolean")) << o.problems();
  EXPECT_TRUE(o.hasProblem(f, 6, "field \"id\" must be a string, not number")) << o.problems();
  EXPECT_EQ(o.articleIds, std::set<std::string>{"wt5"}) << o.problems();
}

TEST_F(BadInput, jsonWithATrailingComma) {
  useCase("json-trailing-comma.jsonl");
  const auto o = build();
  EXPECT_TRUE(o.hasProblem("json-trailing-comma.jsonl", 1, "broken JSON")) << o.problems();
  EXPECT_EQ(o.articleIds, std::set<std::string>{"tc2"}) << o.problems();
}

TEST_F(BadInput, jsonLinesThatAreNotObjects) {
  useCase("json-not-object.jsonl");
  const auto o = build();
  const std::string f = "json-not-object.jsonl";
  EXPECT_TRUE(o.hasProblem(f, 1, "expected a JSON object")) << o.problems();
  EXPECT_TRUE(o.hasProblem(f, 2, "expected a JSON object")) << o.problems();
  EXPECT_TRUE(o.hasProblem(f, 3, "expected a JSON object")) << o.problems();
  EXPECT_TRUE(o.hasProblem(f, 4, "expected a JSON object, got array")) << o.problems();
  EXPECT_EQ(o.articleIds, std::set<std::string>{"no1"}) << o.problems();
}

// --- Empty and nearly empty ---------------------------------------------------------------------

TEST_F(BadInput, emptyJsonl) {
  useCase("empty.jsonl");
  const auto o = build();
  EXPECT_TRUE(o.hasProblem("empty.jsonl", 0, "empty file")) << o.problems();
  EXPECT_EQ(o.report.articles, 0u);
}

TEST_F(BadInput, jsonlWithOnlyBlankLines) {
  useCase("blank-lines.jsonl");
  const auto o = build();
  EXPECT_EQ(o.report.articles, 0u);
  EXPECT_TRUE(o.hasProblem("blank-lines.jsonl", 0, "empty")) << o.problems();
}

TEST_F(BadInput, txtWithOnlyWhitespace) {
  useCase("whitespace-only.txt");
  const auto o = build();
  EXPECT_TRUE(o.hasProblem("whitespace-only.txt", 0, "empty file")) << o.problems();
  EXPECT_EQ(o.report.articles, 0u);
}

TEST_F(BadInput, headerOnlyTxtKeepsItsMetadata) {
  useCase("header-only.txt");
  const auto o = build();
  // No body, but a title and a date: the article is kept, with nothing extracted from it.
  EXPECT_EQ(o.articleIds, std::set<std::string>{"header-only.txt"}) << o.problems();
  std::ifstream ttl(dir_ / "out" / "graph.ttl", std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(ttl)), std::istreambuf_iterator<char>());
  EXPECT_NE(text.find("\"Talks in Nairobi end without a deal\""), std::string::npos) << text;
}

// --- Big inputs, generated ----------------------------------------------------------------------

/// `bytes` of varied news prose: sentences with names, numbers and quotes, no line break.
std::string prose(std::size_t bytes) {
  static const char* kSentences[] = {
      "The Sudanese army said on Monday that 12 fighters were killed near El Obeid. ",
      "\"We will not negotiate under fire,\" said General Yasir Amin, the army spokesman. ",
      "Talks mediated by the African Union resumed in Addis Ababa on Tuesday. ",
      "The United Nations accused both sides of blocking aid to Darfur. ",
      "Ukrainian President Olena Marchenko met Polish officials in Warsaw. ",
      "Rebels denied the accusation and called for a ceasefire. ",
  };
  std::string s;
  s.reserve(bytes + 128);
  for (std::size_t i = 0; s.size() < bytes; ++i) s += kSentences[i % std::size(kSentences)];
  return s;
}

TEST_F(BadInput, oneMegabyteSingleLine) {
  write("long-line.txt", "Title: A long line\nDate: 2024-01-01\n\n" + prose(1 << 20));
  std::string json = prose(1 << 20);
  for (auto pos = json.find('"'); pos != std::string::npos; pos = json.find('"', pos + 2)) json.insert(pos, "\\");
  write("long-line.jsonl", "{\"id\":\"long1\",\"text\":\"" + json + "\"}\n");
  const auto o = build();
  EXPECT_EQ(o.articleIds, (std::set<std::string>{"long-line.txt", "long1"})) << o.problems();
}

TEST_F(BadInput, hugeNumberOfTinySentences) {
  std::string text = "Title: Tiny sentences\n\n";
  for (int i = 0; i < 50000; ++i) text += i % 3 ? "No. " : "Yes! ";
  text += "A. B. C. D. Mr. Dr. U.S. U.N. ... ?! \"A.\" (B.)\n";
  write("tiny-sentences.txt", text);
  const auto o = build();
  EXPECT_EQ(o.articleIds, std::set<std::string>{"tiny-sentences.txt"}) << o.problems();
}

TEST_F(BadInput, fiftyMegabyteArticleIsProcessedOrRejectedWithTheLimit) {
  write("big.txt", "Title: A big article\n\n" + prose(50u << 20));
  const auto o = build();
  // Over the documented default limit (2 MiB): rejected at once with a message naming the option.
  EXPECT_TRUE(o.articleIds.empty()) << o.problems();
  EXPECT_TRUE(o.hasProblem("big.txt", 0, "--max-article-bytes")) << o.problems();
}

TEST_F(BadInput, articlesOverTheLimitAreRejectedWithTheOption) {
  {
    std::ofstream big(dir_ / "in" / "huge.txt", std::ios::binary);
    const std::string block = prose(1 << 20);
    for (int i = 0; i < 70; ++i) big << block;
  }
  write("huge.jsonl", "{\"id\":\"h1\",\"text\":\"" + prose(2 << 20) + "\"}\n"
                      "{\"id\":\"h2\",\"text\":\"Nigerian troops met Cameroonian officers in Maroua.\"}\n");
  const auto o = build(1 << 20);
  EXPECT_TRUE(o.hasProblem("huge.txt", 0, "--max-article-bytes")) << o.problems();
  EXPECT_TRUE(o.hasProblem("huge.jsonl", 1, "--max-article-bytes")) << o.problems();
  EXPECT_EQ(o.articleIds, std::set<std::string>{"h2"}) << o.problems();
}

// --- Good and bad together ----------------------------------------------------------------------

TEST_F(BadInput, everyGoodArticleSurvivesItsBadNeighbours) {
  std::size_t good = 0;
  for (const auto& f : fs::directory_iterator(kBadDir)) {
    useCase(f.path().filename().string());
  }
  write("good.txt", "Title: Talks resume in Juba\nDate: 2024-05-02\n\n"
                    "South Sudanese officials met rebel leaders in Juba on Tuesday, the government said.\n");
  ++good;
  const auto o = build();
  EXPECT_TRUE(o.articleIds.count("good.txt")) << o.problems();
  EXPECT_GE(o.report.articles, good);
  EXPECT_EQ(o.articleIds.size(), o.report.articles);
}

// --- Regression inputs --------------------------------------------------------------------------

std::vector<std::string> regressionCases() {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& f : fs::directory_iterator(kRegressDir, ec)) names.push_back(f.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

class Regression : public BadInput, public ::testing::WithParamInterface<std::string> {
 protected:
  fs::path useRegression(const std::string& name) {
    const fs::path to = dir_ / "in" / name;
    fs::copy_file(kRegressDir / name, to, fs::copy_options::overwrite_existing);
    return to;
  }
};

TEST_P(Regression, buildsToValidRdf) {
  useRegression(GetParam());
  const auto o = build();
  EXPECT_TRUE(o.ran);
  EXPECT_EQ(o.articleIds.size(), o.report.articles);
}

INSTANTIATE_TEST_SUITE_P(BadInputRegress, Regression, ::testing::ValuesIn(regressionCases()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name;
                           for (char c : info.param) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
                           return name;
                         });

}  // namespace
}  // namespace ng
