#include "ingest/Ingest.h"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>

namespace ng {
namespace {

TEST(Ingest, parsesNewsDates) {
  EXPECT_EQ(parseNewsDate("Nov 11, 2025"), "2025-11-11");
  EXPECT_EQ(parseNewsDate("11 November 2025"), "2025-11-11");
  EXPECT_EQ(parseNewsDate("November 8th, 2025"), "2025-11-08");
  EXPECT_EQ(parseNewsDate("Sept. 3, 2024"), "2024-09-03");
  EXPECT_EQ(parseNewsDate("2023-02-28"), "2023-02-28");
  EXPECT_EQ(parseNewsDate("October 2025"), "");
  EXPECT_EQ(parseNewsDate("no date here"), "");
}

TEST(Ingest, infersDateFromDatelineAndHeaderLines) {
  EXPECT_EQ(inferPublicationDate("Today : Mar 4, 2024\nWorld\n\nHeadline here today\n"), "2024-03-04");
  EXPECT_EQ(inferPublicationDate("NAIROBI, May 16, 2025 — Kenyan officials said on Friday..."), "2025-05-16");
  EXPECT_EQ(inferPublicationDate("Site.com | Lagos, Nigeria | June 9, 2023 —The talks began."), "2023-06-09");
  EXPECT_EQ(inferPublicationDate("Body text.\nMore text about June 9, 2023 events.\n\nPublished in The Post, July 2nd, 2023\n"),
            "2023-07-02");
  // A date inside the story is not a publication date.
  EXPECT_EQ(inferPublicationDate("The clashes that began on Tuesday, October 28, 2025, went on for days."), "");
}

TEST(Ingest, readsHeaderLines) {
  const Article a = parseTxtArticle("x.txt", "Title: Talks resume\nDate: 2024-05-01\nSource: Wire\nURL: https://e.org/1\n\nBody text.\n");
  EXPECT_EQ(a.title, "Talks resume");
  EXPECT_EQ(a.date, "2024-05-01");
  EXPECT_EQ(a.publisher, "Wire");
  EXPECT_EQ(a.url, "https://e.org/1");
  EXPECT_EQ(a.text, "Body text.\n");
}

TEST(Ingest, infersTitleWithoutHeader) {
  const Article a = parseTxtArticle("x.txt", "Today : Nov 1, 2024\nWorld News\n\nRebels And Army Agree To Truce In The North\n\nThe army said. Rebels agreed.\n");
  EXPECT_EQ(a.title, "Rebels And Army Agree To Truce In The North");
  EXPECT_EQ(a.date, "2024-11-01");
  const Article b = parseTxtArticle("y.txt", "Talks stalled on Friday in Geneva. Both sides blamed each other for the failure.\n");
  EXPECT_EQ(b.title, "") << "a paragraph is not a title";
}

TEST(Ingest, cleansText) {
  std::string err;
  EXPECT_EQ(cleanText("\xEF\xBB\xBFline one\r\nline two\rthree", err), "line one\nline two\nthree");
  EXPECT_EQ(cleanText("\r\r\nx\r", err), "\n\nx\n");
  EXPECT_EQ(cleanText("no carriage return", err), "no carriage return");
  EXPECT_TRUE(err.empty());
  // NFC: e + combining acute -> é
  EXPECT_EQ(cleanText("Cafe\xCC\x81", err), "Caf\xC3\xA9");
  EXPECT_TRUE(cleanText("bad \xFF byte", err).empty());
  EXPECT_EQ(err.rfind("invalid UTF-8 at byte 4", 0), 0u) << err;
  EXPECT_TRUE(cleanText(std::string("nul\0byte", 8), err).empty());
  EXPECT_NE(err.find("binary"), std::string::npos);
  EXPECT_TRUE(cleanText("overlong \xC0\xAF", err).empty());
}

namespace {
std::string utf8(std::initializer_list<std::int32_t> cps) {
  std::string out;
  for (const std::int32_t cp : cps) {
    utf8proc_uint8_t buf[4];
    out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(utf8proc_encode_char(cp, buf)));
  }
  return out;
}
std::string nfc(const std::string& s) {
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> r(utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(s.c_str())),
                                                            &std::free);
  return r ? std::string(reinterpret_cast<const char*>(r.get())) : std::string("<null>");
}
}  // namespace

// cleanText() returns a text made only of nfcStable() characters without normalizing it, so
// that must be what utf8proc's NFC would return: checked for every code point alone and after
// a letter and a composable letter, and for every pair below U+0300 (taken as stable without a
// property lookup).
TEST(Ingest, nfcStableMatchesUtf8proc) {
  std::size_t stable = 0;
  for (std::int32_t cp = 0x20; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    if (!nfcStable(cp)) {
      continue;
    }
    ++stable;
    if (cp >= 0x300 && utf8proc_category(cp) == UTF8PROC_CATEGORY_CN) continue;  // unassigned
    for (const std::int32_t before : {0x41, 0x65, 0xE9, 0x3B1, 0x627, 0x915}) {
      const std::string s = utf8({before, cp});
      ASSERT_EQ(nfc(s), s) << "U+" << std::hex << before << " U+" << cp;
    }
  }
  EXPECT_GT(stable, 100000u);
  for (std::int32_t a = 0x20; a < 0x300; ++a) {
    for (std::int32_t b = 0x20; b < 0x300; ++b) {
      const std::string s = utf8({a, b});
      ASSERT_EQ(nfc(s), s) << "U+" << std::hex << a << " U+" << b;
    }
  }
  // Characters that NFC changes or that combine are not stable.
  for (const std::int32_t cp : {0x301, 0x327, 0x2000, 0x212B, 0xAC00, 0x1161, 0x0B3E, 0x0CD5, 0x0344})
    EXPECT_FALSE(nfcStable(cp)) << "U+" << std::hex << cp;
  std::string err;
  // Typical news punctuation keeps the fast path and comes back unchanged.
  const std::string news = "\u201CWe will not yield,\u201D he said \u2014 in Erdo\u011Fan\u2019s words.";
  EXPECT_EQ(cleanText(news, err), news);
  // A decomposed letter after stable ones still gets composed.
  EXPECT_EQ(cleanText("\u201CCafe\u0301\u201D", err), "\u201CCaf\u00E9\u201D");
}

class IngestFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("ng-ingest-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
                                                     ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / name, std::ios::binary) << content;
    return dir_ / name;
  }
  std::filesystem::path dir_;
};

TEST_F(IngestFiles, jsonlKeepsGoodLinesAndNamesBadOnes) {
  const auto p = write("feed.jsonl",
                       "{\"id\":\"a\",\"title\":\"T\",\"date\":\"2024-01-02\",\"text\":\"Hello.\"}\n"
                       "{\"id\": broken\n"
                       "\n"
                       "{\"id\":\"c\",\"text\":7}\n"
                       "{\"id\":\"d\",\"date\":\"yesterday\",\"text\":\"x\"}\n"
                       "{\"id\":5,\"text\":\"numeric id\"}\n");
  std::vector<Article> got;
  std::vector<InputProblem> problems;
  readInputFile(p, {}, [&](Article&& a) { got.push_back(std::move(a)); },
                [&](InputProblem&& pr) { problems.push_back(std::move(pr)); });
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].id, "a");
  EXPECT_EQ(got[0].date, "2024-01-02");
  EXPECT_EQ(got[0].line, 1u);
  EXPECT_EQ(got[1].id, "5");
  ASSERT_EQ(problems.size(), 3u);
  EXPECT_EQ(problems[0].line, 2u);
  EXPECT_NE(problems[0].message.find("broken JSON"), std::string::npos);
  EXPECT_EQ(problems[1].line, 4u);
  EXPECT_NE(problems[1].message.find("\"text\" must be a string"), std::string::npos);
  EXPECT_EQ(problems[2].line, 5u);
  EXPECT_NE(problems[2].describe().find("feed.jsonl:5: field \"date\""), std::string::npos);
}

TEST_F(IngestFiles, rejectsOversizedEmptyAndBinaryFiles) {
  std::vector<InputProblem> problems;
  const auto sink = [&](InputProblem&& pr) { problems.push_back(std::move(pr)); };
  IngestOptions small;
  small.maxArticleBytes = 10;
  readInputFile(write("big.txt", std::string(100, 'a')), small, [](Article&&) { FAIL(); }, sink);
  readInputFile(write("empty.txt", "  \n\n"), {}, [](Article&&) { FAIL(); }, sink);
  readInputFile(write("bin.txt", std::string("\x7f" "ELF\0\0", 6)), {}, [](Article&&) { FAIL(); }, sink);
  ASSERT_EQ(problems.size(), 3u);
  EXPECT_NE(problems[0].message.find("over the limit"), std::string::npos);
  EXPECT_NE(problems[1].message.find("empty"), std::string::npos);
  EXPECT_NE(problems[2].message.find("binary"), std::string::npos);
}

TEST_F(IngestFiles, discoversFoldersSortedAndSkipsOtherFiles) {
  write("b.txt", "x");
  write("a.jsonl", "{}");
  write("c.pdf", "x");
  std::vector<std::string> skipped;
  std::vector<InputProblem> problems;
  const auto files = discoverInputs({dir_.string(), (dir_ / "missing.txt").string()},
                                    [&](InputProblem&& p) { problems.push_back(std::move(p)); },
                                    [&](const std::filesystem::path& p) { skipped.push_back(p.filename().string()); });
  ASSERT_EQ(files.size(), 2u);
  EXPECT_EQ(files[0].filename(), "a.jsonl");
  EXPECT_EQ(files[1].filename(), "b.txt");
  EXPECT_EQ(skipped, std::vector<std::string>{"c.pdf"});
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].message.find("no such file"), std::string::npos);
}

TEST(Ingest, readsTheFieldNamesCrawlersUse) {
  const auto path = std::filesystem::temp_directory_path() / ("ng-crawler-fields-" + std::to_string(::getpid()) + ".jsonl");
  {
    std::ofstream out(path);
    out << R"({"id":"a","published":"2025-03-14","maintext":"Talks resumed.","source_domain":"example.org"})" << "\n"
        << R"({"id":"b","pubDate":"Fri, 14 Mar 2025 10:22:00 GMT","body":"Talks resumed."})" << "\n"
        << R"({"id":"c","date_publish":"yesterday","content":"Talks resumed."})" << "\n"
        << R"({"id":"d","text":"The text field wins.","content":"not this","date":"2025-03-01","published":"2025-01-01"})" << "\n";
  }
  std::vector<Article> got;
  std::vector<InputProblem> problems;
  readInputFile(path, IngestOptions{}, [&](Article&& a) { got.push_back(std::move(a)); },
                [&](InputProblem&& p) { problems.push_back(std::move(p)); });
  std::filesystem::remove(path);
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0].date, "2025-03-14");
  EXPECT_EQ(got[0].text, "Talks resumed.");
  EXPECT_EQ(got[0].publisher, "example.org");
  EXPECT_EQ(got[1].date, "2025-03-14");
  EXPECT_EQ(got[2].id, "d");
  EXPECT_EQ(got[2].text, "The text field wins.");
  EXPECT_EQ(got[2].date, "2025-03-01");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].line, 3u);
  EXPECT_NE(problems[0].message.find("\"date_publish\" is not a date"), std::string::npos) << problems[0].message;
}

}  // namespace
}  // namespace ng
