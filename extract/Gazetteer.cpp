#include "extract/Gazetteer.h"

#include <algorithm>
#include <cctype>
#include <array>
#include <charconv>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <tuple>
#include <utility>

#include "extract/TextNorm.h"

namespace ng {
namespace {

using onto::Class;

/// One gazetteer file read whole; rows() hands out its data lines split at tabs.
class TsvFile {
 public:
  TsvFile(const std::filesystem::path& dir, std::string_view name, std::string_view header) : name_("gazetteer/") {
    name_ += name;
    const auto path = dir / "gazetteer" / name;
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + name_ + " (looked for " + path.string() + ")");
    std::ostringstream buf;
    buf << in.rdbuf();
    text_ = std::move(buf).str();
    const auto eol = text_.find('\n');
    std::string_view first = std::string_view(text_).substr(0, eol);
    if (!first.empty() && first.back() == '\r') first.remove_suffix(1);
    if (!first.starts_with('#') || first.substr(1) != header)
      throw std::runtime_error(name_ + ": malformed header, expected \"#" + std::string(header) + "\"");
    pos_ = eol == std::string::npos ? text_.size() : eol + 1;
    line_ = 1;
  }

  /// Next data line's columns (empty vector at end of file). Comment and blank lines are skipped.
  std::vector<std::string_view> next() {
    std::vector<std::string_view> cols;
    while (pos_ < text_.size()) {
      const auto eol = std::min(text_.find('\n', pos_), text_.size());
      std::string_view line = std::string_view(text_).substr(pos_, eol - pos_);
      pos_ = eol + 1;
      ++line_;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.empty() || line.front() == '#') continue;
      while (true) {
        const auto tab = line.find('\t');
        cols.push_back(line.substr(0, tab));
        if (tab == std::string_view::npos) break;
        line.remove_prefix(tab + 1);
      }
      return cols;
    }
    return cols;
  }

  [[noreturn]] void fail(const std::string& what) const {
    throw std::runtime_error(name_ + ":" + std::to_string(line_) + ": " + what);
  }

  void need(const std::vector<std::string_view>& cols, std::size_t n) const {
    if (cols.size() < n) fail("expected " + std::to_string(n) + " tab-separated columns, found " + std::to_string(cols.size()));
    for (std::size_t i = 0; i < n; ++i)
      if (cols[i].empty() && i != 2) fail("column " + std::to_string(i + 1) + " is empty");
  }

 private:
  std::string name_;
  std::string text_;
  std::size_t pos_ = 0;
  std::size_t line_ = 0;
};

std::string upperAscii(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

bool containsCity(std::string_view type) {
  const std::string key = foldKey(type);
  return key == "city" || key.starts_with("city ") || key.ends_with(" city") || key.find(" city ") != std::string::npos;
}

/// FNV-1a, then MurmurHash3's finalizer so that both halves of the result are well mixed.
std::uint64_t filterHash(std::string_view key) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (const char c : key) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  return h;
}

int rank(const Gazetteer::Place& p) {
  if (p.cls == Class::Country) return 0;
  if (p.cls == Class::City && p.capital) return 1;
  if (p.cls == Class::City && p.population >= 100000) return 2;
  if (p.cls == Class::Region) return 3;
  return 4;
}

}  // namespace

Gazetteer::KeyFilter::KeyFilter(unsigned log2Bits)
    : bits_((std::uint64_t{1} << log2Bits) / 64 + 1), mask_((std::uint64_t{1} << log2Bits) - 1) {}

void Gazetteer::KeyFilter::add(std::string_view key) {
  const std::uint64_t h = filterHash(key);
  for (const std::uint64_t bit : {h & mask_, (h >> 32) & mask_}) bits_[bit / 64] |= std::uint64_t{1} << (bit % 64);
}

bool Gazetteer::KeyFilter::mayContain(std::string_view key) const {
  if (bits_.empty()) return false;
  const std::uint64_t h = filterHash(key);
  for (const std::uint64_t bit : {h & mask_, (h >> 32) & mask_})
    if (!(bits_[bit / 64] & (std::uint64_t{1} << (bit % 64)))) return false;
  return true;
}

/// The folded words of a title candidate split into atoms ("Secretary-General" gives
/// "secretary", "general"), each word folded only when a match reaches it. A word that folds
/// to nothing ends the window, except a lone "." ("Gen" "."), which is skipped.
class Gazetteer::TitleAtoms {
 public:
  /// `first` is the non-empty foldKey() of words[start]; the window ends before word `end`.
  TitleAtoms(const std::vector<std::string_view>& words, std::size_t start, std::size_t end, std::string first)
      : words_(words), next_(start + 1), end_(end), text_(std::move(first)) {
    addAtoms(0, start);
  }

  /// True when the window holds atom i (folding words up to it).
  bool has(std::size_t i) {
    while (atoms_.size() <= i && next_ < end_) pull();
    return i < atoms_.size();
  }
  [[nodiscard]] std::string_view atom(std::size_t i) const { return phrase(i, 1); }
  /// Atoms i to i + n - 1 joined by single spaces, as titles_ keys are: a view of the folded
  /// words, so trying longer and longer phrases builds no strings.
  [[nodiscard]] std::string_view phrase(std::size_t i, std::size_t n) const {
    return std::string_view(text_).substr(atoms_[i].begin, atoms_[i + n - 1].end - atoms_[i].begin);
  }
  /// Index into the words of the word atom i comes from.
  [[nodiscard]] std::size_t word(std::size_t i) const { return atoms_[i].word; }
  /// True when atom i is not its word's last one; a word's atoms are added together.
  [[nodiscard]] bool midWord(std::size_t i) const { return i + 1 < atoms_.size() && atoms_[i + 1].word == atoms_[i].word; }

 private:
  void pull() {
    const std::size_t w = next_++;
    const std::string key = foldKey(words_[w]);
    if (!key.empty()) {
      text_.push_back(' ');
      const std::size_t from = text_.size();
      text_ += key;
      addAtoms(from, w);
    } else if (words_[w] != ".") {
      next_ = end_;  // punctuation ends a title
    }
  }
  /// Records the atoms of the folded word at text_[from, end): foldKey() output, so words
  /// separated by single spaces, none leading or trailing.
  void addAtoms(std::size_t from, std::size_t w) {
    while (true) {
      const std::size_t space = text_.find(' ', from);
      atoms_.push_back(Atom{from, space == std::string::npos ? text_.size() : space, w});
      if (space == std::string::npos) return;
      from = space + 1;
    }
  }

  const std::vector<std::string_view>& words_;
  std::size_t next_;
  std::size_t end_;
  std::string text_;  // the folded words of the window so far, joined by spaces
  struct Atom {
    std::size_t begin, end;  // its bytes in text_
    std::size_t word;        // index into words_
  };
  std::vector<Atom> atoms_;
};

void Gazetteer::addPlaceForm(std::string_view form, std::uint32_t place) {
  auto add = [place](std::vector<std::uint32_t>& v) {
    if (std::find(v.begin(), v.end(), place) == v.end()) v.push_back(place);
  };
  add(exact_[std::string(form)]);
  placeFilter_.add(form);
  const std::string key = foldKey(form);
  if (!key.empty()) {
    add(folded_[key]);
    placeFilter_.add(key);
  }
}

Gazetteer Gazetteer::load(const std::filesystem::path& dataDir) {
  Gazetteer g;
  // Sized for a few percent of false positives: some 70,000 place keys, hundreds in the others.
  g.placeFilter_ = KeyFilter(20);
  g.demonymFilter_ = KeyFilter(15);
  g.nonEntityFilter_ = KeyFilter(13);
  g.titleFilter_ = KeyFilter(16);
  g.cueFilter_ = KeyFilter(13);

  {  // countries.tsv: alpha2, form, canonical
    TsvFile f(dataDir, "countries.tsv", "alpha2\tform\tcanonical");
    std::map<std::string, std::uint32_t, std::less<>> byCode;
    for (auto cols = f.next(); !cols.empty(); cols = f.next()) {
      f.need(cols, 3);
      if (cols[0].size() != 2) f.fail("alpha2 code '" + std::string(cols[0]) + "' is not two letters");
      auto it = byCode.find(cols[0]);
      if (it == byCode.end()) {
        it = byCode.emplace(std::string(cols[0]), static_cast<std::uint32_t>(g.places_.size())).first;
        g.places_.push_back(Place{Class::Country, std::string(cols[2]), std::string(cols[0]), 0, false});
        g.countryNames_[std::string(cols[0])] = std::string(cols[2]);
      }
      g.addPlaceForm(cols[1], it->second);
    }
    if (byCode.empty()) f.fail("no countries");
  }

  {  // demonyms.tsv: form, code[, name for codes that are not ISO countries]
    TsvFile f(dataDir, "demonyms.tsv", "form\tcode\tname");
    for (auto cols = f.next(); !cols.empty(); cols = f.next()) {
      f.need(cols, 2);
      const std::string code(cols[1]);
      if (!g.countryNames_.contains(code)) {
        if (cols.size() < 3 || cols[2].empty()) f.fail("code '" + code + "' is no country and the line gives no name");
        g.countryNames_[code] = std::string(cols[2]);
      }
      g.demonyms_.emplace(std::string(cols[0]), code);
      g.demonymsFolded_.emplace(foldKey(cols[0]), code);
      g.demonymFilter_.add(cols[0]);
      g.demonymFilter_.add(foldKey(cols[0]));
    }
  }

  {  // subdivisions.tsv: code, name, type, country, canonical
    TsvFile f(dataDir, "subdivisions.tsv", "code\tname\ttype\tcountry\tcanonical");
    std::map<std::string, std::uint32_t, std::less<>> byCode;
    for (auto cols = f.next(); !cols.empty(); cols = f.next()) {
      f.need(cols, 5);
      auto it = byCode.find(cols[0]);
      if (it == byCode.end()) {
        it = byCode.emplace(std::string(cols[0]), static_cast<std::uint32_t>(g.places_.size())).first;
        g.places_.push_back(Place{containsCity(cols[2]) ? Class::City : Class::Region, std::string(cols[4]),
                                  std::string(cols[3]), 0, false});
      }
      g.addPlaceForm(cols[1], it->second);
    }
  }

  {  // cities.tsv: name, country, flags, population, canonical
    TsvFile f(dataDir, "cities.tsv", "name\tcountry\tflags\tpopulation\tcanonical");
    std::map<std::pair<std::string, std::string>, std::uint32_t, std::less<>> byName;
    std::vector<std::pair<std::string, std::uint32_t>> cityForms;  // for variants_
    for (auto cols = f.next(); !cols.empty(); cols = f.next()) {
      f.need(cols, 5);
      std::uint32_t pop = 0;
      const auto [end, ec] = std::from_chars(cols[3].data(), cols[3].data() + cols[3].size(), pop);
      if (ec != std::errc() || end != cols[3].data() + cols[3].size()) f.fail("population '" + std::string(cols[3]) + "' is no number");
      auto key = std::make_pair(std::string(cols[4]), std::string(cols[1]));
      auto it = byName.find(key);
      if (it == byName.end()) {
        it = byName.emplace(std::move(key), static_cast<std::uint32_t>(g.places_.size())).first;
        g.places_.push_back(Place{Class::City, std::string(cols[4]), std::string(cols[1]), pop, false});
      }
      Place& p = g.places_[it->second];
      p.population = std::max(p.population, pop);
      if (cols[2].find("capital") != std::string_view::npos) p.capital = true;
      if (cols[2].find("word") != std::string_view::npos) {
        g.commonWordForms_.emplace(cols[0]);
        g.commonWordKeys_.emplace(foldKey(cols[0]));
      }
      g.addPlaceForm(cols[0], it->second);
      cityForms.emplace_back(std::string(cols[0]), it->second);
      cityForms.emplace_back(std::string(cols[4]), it->second);
    }
    for (const auto& [form, id] : cityForms) {
      if (g.places_[id].population < 50000) continue;
      const std::string key = variantKey(form);
      if (key.size() < 2) continue;
      auto& ids = g.variants_[key];
      if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    }
    for (auto& [key, ids] : g.variants_) {
      std::sort(ids.begin(), ids.end(), [&g](std::uint32_t a, std::uint32_t b) {
        const Place& x = g.places_[a];
        const Place& y = g.places_[b];
        return std::make_tuple(-static_cast<std::int64_t>(x.population), std::cref(x.canonical), std::cref(x.country)) <
               std::make_tuple(-static_cast<std::int64_t>(y.population), std::cref(y.canonical), std::cref(y.country));
      });
    }
  }

  {  // regions.tsv: name, canonical (continents and world regions)
    TsvFile f(dataDir, "regions.tsv", "name\tcanonical");
    std::map<std::string, std::uint32_t, std::less<>> byName;
    for (auto cols = f.next(); !cols.empty(); cols = f.next()) {
      f.need(cols, 2);
      auto it = byName.find(cols[1]);
      if (it == byName.end()) {
        it = byName.emplace(std::string(cols[1]), static_cast<std::uint32_t>(g.places_.size())).first;
        g.places_.push_back(Place{Class::Region, std::string(cols[1]), std::string(), 0, false});
      }
      g.addPlaceForm(cols[0], it->second);
    }
  }

  {  // nonentities.tsv: word, kind
    TsvFile f(dataDir, "nonentities.tsv", "word\tkind");
    for (auto cols = f.next(); !cols.empty(); cols = f.next()) {
      f.need(cols, 1);
      g.nonEntities_.emplace(cols[0]);
      g.nonEntityFilter_.add(cols[0]);
    }
  }

  {  // titles.tsv: phrase, kind
    TsvFile f(dataDir, "titles.tsv", "phrase\tkind");
    for (auto cols = f.next(); !cols.empty(); cols = f.next()) {
      f.need(cols, 2);
      TitleKind kind{};
      if (cols[1] == "honorific") kind = TitleKind::Honorific;
      else if (cols[1] == "position") kind = TitleKind::Position;
      else if (cols[1] == "military") kind = TitleKind::Military;
      else if (cols[1] == "modifier") kind = TitleKind::Modifier;
      else f.fail("unknown title kind '" + std::string(cols[1]) + "'");
      const std::string key = foldKey(cols[0]);
      if (key.empty()) continue;
      g.titles_.emplace(key, kind);
      for (auto sp = key.find(' '); sp != std::string::npos; sp = key.find(' ', sp + 1)) {
        g.titlePrefixes_.emplace(key.substr(0, sp));
        g.titleFilter_.add(key.substr(0, sp));
      }
      g.titlePrefixes_.emplace(key);
      g.titleFilter_.add(key);
      g.maxTitleAtoms_ = std::max(g.maxTitleAtoms_, splitWords(key).size());
    }
  }

  {  // orgcues.tsv: cue, class, use (head | name)
    TsvFile f(dataDir, "orgcues.tsv", "cue\tclass\tuse");
    for (auto cols = f.next(); !cols.empty(); cols = f.next()) {
      f.need(cols, 2);
      const auto cls = onto::classFromName(cols[1]);
      if (!cls) f.fail("unknown class '" + std::string(cols[1]) + "'");
      const bool name = cols.size() >= 3 && cols[2] == "name";
      if (cols.size() >= 3 && cols[2] != "name" && cols[2] != "head") f.fail("use must be 'head' or 'name'");
      const std::string key = foldKey(cols[0]);
      if (key.empty()) continue;
      g.cues_.emplace(key, Cue{*cls, name});
      g.cueFilter_.add(key);
      g.maxCueWords_ = std::max(g.maxCueWords_, splitWords(key).size());
    }
  }

  // Most likely reading first, so callers may take front().
  auto order = [&g](std::uint32_t a, std::uint32_t b) {
    const Place& x = g.places_[a];
    const Place& y = g.places_[b];
    return std::make_tuple(rank(x), -static_cast<std::int64_t>(x.population), std::cref(x.canonical), std::cref(x.country)) <
           std::make_tuple(rank(y), -static_cast<std::int64_t>(y.population), std::cref(y.canonical), std::cref(y.country));
  };
  for (auto* index : {&g.exact_, &g.folded_})
    for (auto& [form, ids] : *index) std::sort(ids.begin(), ids.end(), order);
  return g;
}

std::vector<Gazetteer::Place> Gazetteer::resolve(const std::vector<std::uint32_t>& ids, bool commonWord) const {
  std::vector<Place> out;
  out.reserve(ids.size());
  for (const auto id : ids) {
    out.push_back(places_[id]);
    out.back().commonWord = commonWord && out.back().cls == Class::City;
  }
  return out;
}

std::vector<Gazetteer::Place> Gazetteer::lookup(std::string_view form) const {
  if (placeFilter_.mayContain(form)) {
    const std::string text(form);
    if (const auto it = exact_.find(text); it != exact_.end()) return resolve(it->second, commonWordForms_.contains(text));
  }
  if (const auto key = foldKey(form); !key.empty() && placeFilter_.mayContain(key)) {
    if (const auto it = folded_.find(key); it != folded_.end()) {
      return resolve(it->second, commonWordKeys_.contains(key));
    }
  }
  return {};
}

std::string Gazetteer::variantKey(std::string_view form) {
  static constexpr std::array<std::string_view, 10> kArticles = {"al", "el", "ar", "as", "ad", "an", "at", "az", "ash", "ul"};
  // Apostrophes and ayn/hamza marks join their word: "Mek'ele", "‘Amran".
  std::string joined;
  for (std::size_t i = 0; i < form.size(); ++i) {
    if (form[i] == '\'') continue;
    if (form.compare(i, 3, "\xE2\x80\x99") == 0 || form.compare(i, 3, "\xE2\x80\x98") == 0) {
      i += 2;
      continue;
    }
    if (form.compare(i, 2, "\xCA\xBB") == 0 || form.compare(i, 2, "\xCA\xBC") == 0) {
      i += 1;
      continue;
    }
    joined.push_back(form[i]);
  }
  const auto words = splitWords(foldKey(joined));
  const auto isVowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; };
  std::string key;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i + 1 < words.size() && std::find(kArticles.begin(), kArticles.end(), words[i]) != kArticles.end()) continue;
    std::string letters;
    for (const char c : words[i])
      if (c >= 'a' && c <= 'z') letters.push_back(c);
    if (letters.size() >= 3 && letters.back() == 'h' && isVowel(letters[letters.size() - 2])) letters.pop_back();
    for (std::size_t k = 0; k < letters.size(); ++k) {
      const char c = letters[k];
      if (k > 0 && isVowel(c)) continue;
      if (!key.empty() && key.back() == c) continue;
      key.push_back(c);
    }
  }
  return key;
}

std::optional<Gazetteer::Place> Gazetteer::lookupVariant(std::string_view form) const {
  const auto it = variants_.find(variantKey(form));
  if (it == variants_.end() || it->second.empty()) return std::nullopt;
  const Place& best = places_[it->second.front()];
  if (it->second.size() > 1 && best.population < 5 * static_cast<std::uint64_t>(places_[it->second[1]].population))
    return std::nullopt;
  // A spelling, not a shorter name: "Nasir" shares the consonants of "Nasiriyah" but is
  // another town. The letters of the two may differ by a doubled consonant or a vowel or two.
  const auto letters = [](std::string_view s) {
    std::size_t n = 0;
    for (const char c : foldKey(s)) n += c >= 'a' && c <= 'z';
    return n;
  };
  const std::size_t mine = letters(form), theirs = letters(best.canonical);
  if (mine + 3 < theirs || theirs + 3 < mine) return std::nullopt;
  return best;
}

std::optional<std::string> Gazetteer::demonymCode(std::string_view word) const {
  if (demonymFilter_.mayContain(word)) {
    if (const auto it = demonyms_.find(std::string(word)); it != demonyms_.end()) return it->second;
  }
  const std::string key = foldKey(word);
  if (!demonymFilter_.mayContain(key)) return std::nullopt;
  if (const auto it = demonymsFolded_.find(key); it != demonymsFolded_.end()) return it->second;
  return std::nullopt;
}

std::optional<std::string> Gazetteer::demonymCountry(std::string_view word) const {
  const auto code = demonymCode(word);
  if (!code) return std::nullopt;
  return countryName(*code);
}

std::optional<std::string> Gazetteer::countryName(std::string_view alpha2) const {
  if (const auto it = countryNames_.find(upperAscii(alpha2)); it != countryNames_.end()) return it->second;
  return std::nullopt;
}

std::size_t Gazetteer::matchTitleFrom(TitleAtoms& atoms, std::size_t pos) const {
  if (!atoms.has(pos)) return 0;
  // The longest title from pos. Every prefix of a title is in titlePrefixes_, so the search
  // grows the phrase one atom at a time and stops at the first one that no title begins with.
  std::size_t best = 0;
  for (std::size_t n = 1; n <= maxTitleAtoms_ && atoms.has(pos + n - 1); ++n) {
    const std::string_view key = atoms.phrase(pos, n);
    if (!titleFilter_.mayContain(key) || !titlePrefixes_.contains(key)) break;
    if (atoms.midWord(pos + n - 1)) continue;  // would end inside a word
    if (const auto it = titles_.find(key); it != titles_.end() && it->second != TitleKind::Modifier) best = pos + n;
  }
  if (const auto it = titles_.find(atoms.atom(pos)); it != titles_.end() && it->second == TitleKind::Modifier)
    best = std::max(best, matchTitleFrom(atoms, pos + 1));
  return best;
}

std::size_t Gazetteer::matchTitle(const std::vector<std::string_view>& words, std::size_t start) const {
  if (start >= words.size() || titles_.empty()) return 0;
  // Callers try every token; most words begin no title and are turned away here, before
  // anything is folded when the word is plain ASCII.
  std::array<char, 32> buf{};
  if (const auto atom = firstFoldedWordAscii(words[start], buf); atom && (atom->empty() || !titleFilter_.mayContain(*atom)))
    return 0;
  std::string first = foldKey(words[start]);
  if (first.empty()) return 0;
  const std::string_view firstAtom = std::string_view(first).substr(0, first.find(' '));
  if (!titleFilter_.mayContain(firstAtom) || !titlePrefixes_.contains(firstAtom)) return 0;
  // Modifiers may stack in front of the longest title ("former deputy foreign minister").
  const std::size_t window = std::min(words.size(), start + maxTitleAtoms_ + 4);
  TitleAtoms atoms(words, start, window, std::move(first));
  const std::size_t end = matchTitleFrom(atoms, 0);
  if (end == 0) return 0;
  std::size_t next = atoms.word(end - 1) + 1;
  while (next < words.size() && words[next] == ".") ++next;  // "Gen" "." split by a tokenizer
  return next - start;
}

bool Gazetteer::isNonEntity(std::string_view word) const {
  return nonEntityFilter_.mayContain(word) && nonEntities_.contains(std::string(word));
}

bool Gazetteer::isTitleWord(std::string_view word) const {
  const auto kind = titleKind(word);
  return kind && *kind != TitleKind::Modifier;
}

std::optional<Gazetteer::TitleKind> Gazetteer::titleKind(std::string_view phrase) const {
  const std::string key = foldKey(phrase);
  if (!titleFilter_.mayContain(key)) return std::nullopt;
  if (const auto it = titles_.find(key); it != titles_.end()) return it->second;
  return std::nullopt;
}

namespace {

/// A word of two or three letters written in Title Case ("Un" in "Kim Jong Un", "Who") is no
/// acronym of the cue list ("UN", "WHO"), which are written in capitals (or "U.N."); longer
/// ones may be ("Nato" in British style).
bool titleCaseShortWord(std::string_view w) {
  if (w.size() < 2 || w.size() > 3 || !std::isupper(static_cast<unsigned char>(w.front()))) return false;
  return std::all_of(w.begin() + 1, w.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
}

}  // namespace

std::optional<onto::Class> Gazetteer::orgCue(std::string_view phrase) const {
  if (titleCaseShortWord(phrase)) return std::nullopt;
  const std::string key = foldKey(phrase);
  if (!cueFilter_.mayContain(key)) return std::nullopt;
  if (const auto it = cues_.find(key); it != cues_.end()) {
    // "SEA", "GULF" in capitals are no natural features (acronyms, shouting).
    if (it->second.cls == onto::Class::Place &&
        std::none_of(phrase.begin(), phrase.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); }))
      return std::nullopt;
    return it->second.cls;
  }
  return std::nullopt;
}

bool Gazetteer::cueIsName(std::string_view phrase) const { return listedName(phrase).has_value(); }

std::optional<onto::Class> Gazetteer::listedName(std::string_view phrase) const {
  if (titleCaseShortWord(phrase)) return std::nullopt;
  const std::string key = foldKey(phrase);
  if (!cueFilter_.mayContain(key)) return std::nullopt;
  const auto it = cues_.find(key);
  if (it == cues_.end() || !it->second.name) return std::nullopt;
  return it->second.cls;
}

}  // namespace ng
