#include "extract/nlp/PosTagger.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "extract/Segmenter.h"
#include "extract/nlp/TagDocument.h"

namespace ng::nlp {
namespace {

std::filesystem::path modelPath(std::string_view name) {
  return std::filesystem::path(NEWSGRAPH_SOURCE_DATADIR) / "models" / name;
}

const PosTagger& tagger() {
  static const PosTagger t = PosTagger::load(modelPath("pos.model"));
  return t;
}

std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  std::istringstream in{std::string(text)};
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

std::vector<std::string> tag(const PosTagger& t, std::string_view text) {
  const auto ws = words(text);
  const std::vector<std::string_view> views(ws.begin(), ws.end());
  return t.tag(views);
}

std::filesystem::path tempFile(std::string_view name) {
  return std::filesystem::temp_directory_path() / (std::string("ng-nlp-test-") + std::string(name));
}

TEST(PosTagger, tagsPastTenseVerbAndCommonNoun) {
  const auto tags = tag(tagger(), "The minister said on Friday that the talks would resume .");
  ASSERT_EQ(tags.size(), 11u);
  EXPECT_EQ(tags[0], "DT");
  EXPECT_EQ(tags[1], "NN");   // minister
  EXPECT_EQ(tags[2], "VBD");  // said
  EXPECT_EQ(tags[4], "NNP");  // Friday
  EXPECT_EQ(tags[7], "NNS");  // talks
  EXPECT_EQ(tags[8], "MD");   // would
  EXPECT_EQ(tags[10], ".");
}

TEST(PosTagger, tagsProperNounsInNewsSentence) {
  const auto tags = tag(tagger(), "Chilean President Gabriel Boric arrived in Montevideo on Tuesday .");
  EXPECT_EQ(tags[2], "NNP");
  EXPECT_EQ(tags[3], "NNP");
  EXPECT_EQ(tags[4], "VBD");
  EXPECT_EQ(tags[5], "IN");
  EXPECT_EQ(tags[6], "NNP");
}

TEST(PosTagger, curlyQuotesAndPossessiveMatchTheirAsciiForms) {
  const auto curly = tag(tagger(), "“ The army ’s chief resigned , ” officials said .");
  const auto ascii = tag(tagger(), "\" The army 's chief resigned , \" officials said .");
  EXPECT_EQ(curly, ascii);
  EXPECT_EQ(curly[3], "POS");
  EXPECT_EQ(curly[5], "VBD");
}

std::vector<std::string> recased(std::string_view text) {
  const auto ws = words(text);
  const std::vector<std::string_view> views(ws.begin(), ws.end());
  const auto out = tagger().restoreCase(views);
  return out ? *out : std::vector<std::string>{};
}

TEST(PosTagger, restoreCaseLowersOrdinaryWordsOfTitleCaseHeadlines) {
  EXPECT_EQ(recased("Floods Force Thousands From Their Homes In Northern Mozambique"),
            words("Floods force thousands from their homes in northern Mozambique"));
  EXPECT_EQ(recased("KENYA AND UGANDA SIGN TRADE DEAL IN NAIROBI"),
            words("Kenya and Uganda sign trade deal in Nairobi"));
  // Running text and lists of names are left alone.
  EXPECT_TRUE(recased("The minister said on Friday that the talks would resume .").empty());
  EXPECT_TRUE(recased("Gabriel Boric , Diana Mondino , William Ruto").empty());
}

TEST(PosTagger, emptySentenceGivesNoTags) { EXPECT_TRUE(tagger().tag({}).empty()); }

TEST(PosTagger, tagDocumentFillsEveryTokenSentenceBySentence) {
  Document doc;
  doc.article.text = "Troops withdrew from the town. The ministry confirmed it on Monday.";
  segment(doc);
  ASSERT_EQ(doc.sentences.size(), 2u);
  tagDocument(doc, tagger(), nullptr);
  for (const Token& t : doc.tokens) {
    EXPECT_FALSE(t.pos.empty());
    EXPECT_TRUE(t.ner.empty());
  }
  EXPECT_EQ(doc.tokens[1].pos, "VBD");  // withdrew
  EXPECT_EQ(doc.tokens.back().pos, ".");
}

TEST(PosTagger, learnsToyPatternAndRoundTripsThroughFile) {
  std::vector<TaggedSentence> data;
  const std::vector<std::pair<std::string, std::string>> nouns = {{"dog", "NN"}, {"cat", "NN"}, {"bird", "NN"}};
  const std::vector<std::string> verbs = {"barks", "sleeps", "sings"};
  for (const auto& [n, nt] : nouns)
    for (const auto& v : verbs) data.push_back({"toy", {"the", n, v, "."}, {"DT", nt, "VBZ", "."}});
  PosTrainOptions options;
  options.epochs = 5;
  const PosTagger t = PosTagger::train(data, options);
  EXPECT_EQ(tag(t, "the cat sings ."), (std::vector<std::string>{"DT", "NN", "VBZ", "."}));

  const auto path = tempFile("toy-pos.model");
  t.save(path);
  const PosTagger loaded = PosTagger::load(path);
  EXPECT_EQ(loaded.tagset(), t.tagset());
  for (const auto* s : {"the dog barks .", "the bird sleeps .", "the cat cat barks"})
    EXPECT_EQ(tag(loaded, s), tag(t, s));
  // Saving what was loaded writes the same bytes.
  const auto again = tempFile("toy-pos-again.model");
  loaded.save(again);
  const auto slurp = [](const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
  EXPECT_EQ(slurp(path), slurp(again));
  std::filesystem::remove(path);
  std::filesystem::remove(again);
}

TEST(PosTagger, trainingIsDeterministicForASeed) {
  std::vector<TaggedSentence> data = {{"a", {"they", "run", "fast"}, {"PRP", "VBP", "RB"}},
                                      {"b", {"we", "run", "home"}, {"PRP", "VBP", "RB"}},
                                      {"c", {"the", "run", "ended"}, {"DT", "NN", "VBD"}}};
  PosTrainOptions options;
  options.epochs = 4;
  options.seed = 7;
  const auto p1 = tempFile("seed1.model");
  const auto p2 = tempFile("seed2.model");
  PosTagger::train(data, options).save(p1);
  PosTagger::train(data, options).save(p2);
  EXPECT_EQ(std::filesystem::file_size(p1), std::filesystem::file_size(p2));
  std::ifstream a(p1, std::ios::binary), b(p2, std::ios::binary);
  EXPECT_TRUE(std::equal(std::istreambuf_iterator<char>(a), {}, std::istreambuf_iterator<char>(b)));
  std::filesystem::remove(p1);
  std::filesystem::remove(p2);
}

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

std::uint16_t lexiconBits(std::string_view classes, std::string_view caseLetters) {
  const std::string_view letters = "nvarszdgct";
  std::uint16_t bits = 0;
  for (const char c : classes) bits |= static_cast<std::uint16_t>(1u << letters.find(c));
  if (caseLetters.find('l') != std::string_view::npos) bits |= kLexiconCaseLower;
  if (caseLetters.find('u') != std::string_view::npos) bits |= kLexiconCaseUpper;
  return bits;
}

TEST(PosTagger, readsTheEnglishLexiconFile) {
  const auto path = tempFile("lexicon.tsv");
  std::ofstream(path, std::ios::binary) << "# word\tclasses\tcase\nparis\tn\tu\nran\td\tl\nrun\tnv\tl\nthe\t-\tl\n";
  const auto lex = readEnglishLexicon(path);
  ASSERT_EQ(lex.size(), 4u);
  EXPECT_EQ(lex[0].first, "paris");
  EXPECT_EQ(lex[0].second, lexiconBits("n", "u"));
  EXPECT_EQ(lex[1].second, lexiconBits("d", "l"));
  EXPECT_EQ(lex[2].second, lexiconBits("nv", "l"));
  EXPECT_EQ(lex[3].second, lexiconBits("", "l"));
  std::ofstream(path, std::ios::binary) << "run\tnq\tl\n";
  try {
    (void)readEnglishLexicon(path);
    FAIL() << "no exception";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(path.string()), std::string::npos);
  }
  std::filesystem::remove(path);
  EXPECT_THROW((void)readEnglishLexicon(tempFile("no-such-lexicon.tsv")), std::runtime_error);
}

TEST(PosTagger, generatedLexiconHasInflectedFormsAndCase) {
  const auto lex = readEnglishLexicon(std::filesystem::path(NEWSGRAPH_SOURCE_DATADIR) / "data" / "lexicon" / "english.tsv");
  EXPECT_GT(lex.size(), 100000u);
  EXPECT_TRUE(std::is_sorted(lex.begin(), lex.end()));
  const auto bitsOf = [&](std::string_view w) {
    const auto it = std::lower_bound(lex.begin(), lex.end(), w, [](const auto& e, std::string_view k) { return e.first < k; });
    return it != lex.end() && it->first == w ? it->second : std::uint16_t{0xffff};
  };
  EXPECT_EQ(bitsOf("ran"), lexiconBits("d", "l"));       // verb.exc
  EXPECT_EQ(bitsOf("children"), lexiconBits("s", "l"));  // noun.exc
  EXPECT_EQ(bitsOf("run"), lexiconBits("nv", "l"));
  EXPECT_EQ(bitsOf("paris"), lexiconBits("n", "u"));     // capitalized in the dictionary
  EXPECT_EQ(bitsOf("happily"), lexiconBits("r", "l"));
}

// One-word sentences: the words seen in training say nothing about unseen ones, except through
// the lexicon's classes.
TEST(PosTagger, lexiconFeaturesTagUnseenWordsAndRoundTrip) {
  // Nouns and verbs of the same shapes and endings, so that only the lexicon tells them apart.
  const std::vector<std::string> nouns = {"bab", "cac", "dad", "fef", "gig", "hoh", "juj", "kak", "lel", "mim"};
  const std::vector<std::string> verbs = {"bob", "cuc", "ded", "faf", "gug", "hih", "jaj", "kek", "lil", "mom"};
  std::vector<TaggedSentence> data;
  PosTrainOptions options;
  options.epochs = 5;
  for (int k = 0; k < 3; ++k) {
    for (const auto& n : nouns) data.push_back({"n", {n, "."}, {"NN", "."}});
    for (const auto& v : verbs) data.push_back({"v", {v, "."}, {"VB", "."}});
  }
  for (const auto& n : nouns) options.englishLexicon.emplace_back(n, lexiconBits("n", "l"));
  for (const auto& v : verbs) options.englishLexicon.emplace_back(v, lexiconBits("v", "l"));
  options.englishLexicon.emplace_back("nun", lexiconBits("n", "l"));
  options.englishLexicon.emplace_back("pop", lexiconBits("v", "l"));
  std::sort(options.englishLexicon.begin(), options.englishLexicon.end());
  const PosTagger t = PosTagger::train(data, options);
  // The scores of the word's own features (those of its context are the same for both words).
  const auto margin = [](const PosTagger& tagger, std::string_view word) {
    const std::vector<std::string_view> words = {word, "."};
    const auto& tags = tagger.tagset();
    const auto nn = static_cast<std::size_t>(std::find(tags.begin(), tags.end(), "NN") - tags.begin());
    const auto vb = static_cast<std::size_t>(std::find(tags.begin(), tags.end(), "VB") - tags.begin());
    const auto scores = tagger.ownScores(words, 0);
    return std::pair{scores.first[nn] - scores.first[vb], scores.second[nn] - scores.second[vb]};
  };
  EXPECT_GT(margin(t, "nun").first, 0);
  EXPECT_GT(margin(t, "nun").second, 0);
  EXPECT_LT(margin(t, "pop").first, 0);
  EXPECT_LT(margin(t, "pop").second, 0);

  const auto path = tempFile("toy-lexicon-pos.model");
  t.save(path);
  const PosTagger loaded = PosTagger::load(path);
  for (const auto* s : {"nun .", "pop .", "Pop .", "bab ."}) EXPECT_EQ(tag(loaded, s), tag(t, s)) << s;
  const auto again = tempFile("toy-lexicon-pos-again.model");
  loaded.save(again);
  EXPECT_EQ(slurp(path), slurp(again));
  EXPECT_EQ(margin(loaded, "nun"), margin(t, "nun"));
  // Without the lexicon the two unseen words look alike.
  options.englishLexicon.clear();
  const PosTagger plain = PosTagger::train(data, options);
  EXPECT_EQ(margin(plain, "nun"), margin(plain, "pop"));
  std::filesystem::remove(path);
  std::filesystem::remove(again);
}

TEST(PosTagger, loadThrowsNamingTheFileWhenMissing) {
  const auto missing = tempFile("does-not-exist.model");
  try {
    (void)PosTagger::load(missing);
    FAIL() << "no exception";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(missing.string()), std::string::npos);
  }
}

TEST(PosTagger, loadThrowsOnCorruptModel) {
  const auto garbage = tempFile("garbage.model");
  {
    std::ofstream out(garbage, std::ios::binary);
    out << "this is not a model";
  }
  EXPECT_THROW((void)PosTagger::load(garbage), std::runtime_error);

  // A real model with one byte flipped, and one cut short.
  std::string bytes;
  {
    std::ifstream in(modelPath("pos.model"), std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  ASSERT_GT(bytes.size(), 1000u);
  const auto flipped = tempFile("flipped.model");
  {
    std::string copy = bytes;
    copy[copy.size() / 2] ^= 0x40;
    std::ofstream(flipped, std::ios::binary) << copy;
  }
  EXPECT_THROW((void)PosTagger::load(flipped), std::runtime_error);
  const auto truncated = tempFile("truncated.model");
  std::ofstream(truncated, std::ios::binary) << bytes.substr(0, bytes.size() / 3);
  EXPECT_THROW((void)PosTagger::load(truncated), std::runtime_error);
  // An NER model is not a POS model.
  EXPECT_THROW((void)PosTagger::load(modelPath("ner.model")), std::runtime_error);
  std::filesystem::remove(garbage);
  std::filesystem::remove(flipped);
  std::filesystem::remove(truncated);
}

}  // namespace
}  // namespace ng::nlp
