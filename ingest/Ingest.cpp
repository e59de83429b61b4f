#include "ingest/Ingest.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <initializer_list>
#include <memory>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

namespace ng {
namespace fs = std::filesystem;

std::string InputProblem::describe() const {
  std::string s = path;
  if (line) s += ":" + std::to_string(line);
  return s + ": " + message;
}

namespace {

bool hasInputExtension(const fs::path& p) {
  const auto ext = p.extension().string();
  return ext == ".txt" || ext == ".jsonl";
}

std::string trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

std::vector<std::string_view> splitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto nl = text.find('\n', start);
    if (nl == std::string_view::npos) {
      lines.push_back(text.substr(start));
      break;
    }
    lines.push_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  return lines;
}

std::size_t wordCount(std::string_view s) {
  std::size_t n = 0;
  bool in = false;
  for (char c : s) {
    const bool space = std::isspace(static_cast<unsigned char>(c));
    if (!space && !in) ++n;
    in = !space;
  }
  return n;
}

int monthNumber(std::string m) {
  static constexpr std::array<const char*, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                          "jul", "aug", "sep", "oct", "nov", "dec"};
  std::transform(m.begin(), m.end(), m.begin(), [](unsigned char c) { return std::tolower(c); });
  if (m.size() < 3) return 0;
  if (m == "sept") return 9;
  for (int i = 0; i < 12; ++i) {
    if (m.compare(0, 3, kMonths[static_cast<std::size_t>(i)]) == 0) {
      static constexpr std::array<const char*, 12> kFull = {
          "january", "february", "march",     "april",   "may",      "june",
          "july",    "august",   "september", "october", "november", "december"};
      const std::string full = kFull[static_cast<std::size_t>(i)];
      if (m.size() == 3 || full == m) return i + 1;
    }
  }
  return 0;
}

std::string formatDate(int y, int m, int d) {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return {};
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (d > kDays[m - 1] + (m == 2 && leap ? 1 : 0)) return {};  // "2024-02-30" is no date
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

const std::string kMonthRe =
    "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
    "Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

}  // namespace

std::string parseNewsDate(std::string_view s) {
  static const std::regex mdy(kMonthRe + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})", std::regex::icase);
  static const std::regex dmy("(\\d{1,2})(?:st|nd|rd|th)?\\s+" + kMonthRe + ",?\\s+(\\d{4})", std::regex::icase);
  static const std::regex iso("(\\d{4})-(\\d{2})-(\\d{2})");
  const std::string str(s);
  std::smatch m;
  if (std::regex_search(str, m, iso)) return formatDate(std::stoi(m[1]), std::stoi(m[2]), std::stoi(m[3]));
  if (std::regex_search(str, m, mdy)) return formatDate(std::stoi(m[3]), monthNumber(m[1]), std::stoi(m[2]));
  if (std::regex_search(str, m, dmy)) return formatDate(std::stoi(m[3]), monthNumber(m[2]), std::stoi(m[1]));
  return {};
}

std::string inferPublicationDate(std::string_view text) {
  const auto lines = splitLines(text);
  // 1. A short line near the top that is mostly a date: "Today : Nov 11, 2025", "11 November 2025".
  // 2. A dateline opening a paragraph: "ISTANBUL, May 16, 2025 —", "Site | City | November 9, 2025 —".
  static const std::regex dateline("^(?:[^.!?]|\\.(?=\\S)){0,120}?\\b" + kMonthRe +
                                       "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\s*(?:—|–|--|-)",
                                   std::regex::icase);
  std::size_t seen = 0;
  for (auto line : lines) {
    const std::string t = trim(line);
    if (t.empty()) continue;
    if (++seen > 8) break;
    if (wordCount(t) <= 6) {
      if (auto d = parseNewsDate(t); !d.empty()) return d;
    }
    if (std::regex_search(t, dateline)) {
      if (auto d = parseNewsDate(t.substr(0, 160)); !d.empty()) return d;
    }
  }
  // 3. "Published in X, November 8th, 2025" / "Published on ..." / "Updated ..." anywhere.
  static const std::regex published("^(?:Published|Posted|First published)\\b.{0,80}", std::regex::icase);
  for (auto line : lines) {
    const std::string t = trim(line);
    std::smatch m;
    if (t.size() < 200 && std::regex_search(t, m, published)) {
      if (auto d = parseNewsDate(t); !d.empty()) return d;
    }
  }
  return {};
}

bool nfcStable(std::int32_t cp) {
  // Below U+0300 (the first combining mark) every character is its own NFC and none combines
  // with the one before it; nfcStableMatchesUtf8proc in the tests checks every pair of them.
  if (cp < 0x300) return true;
  if (cp >= 0x1100 && cp <= 0x11FF) return false;  // Hangul jamo compose algorithmically,
  if (cp >= 0xAC00 && cp <= 0xD7A3) return false;  // not through the tables read below
  const utf8proc_property_t* prop = utf8proc_get_property(cp);
  // Not reordered (combining class 0), no canonical decomposition (a compatibility one does not
  // matter to NFC), and not in any composition pair, as first or second character.
  return prop->combining_class == 0 && (prop->decomp_seqindex == UINT16_MAX || prop->decomp_type != 0) &&
         prop->comb_index == UINT16_MAX;
}

std::string cleanText(std::string_view raw, std::string& error) {
  error.clear();
  if (raw.size() >= 3 && raw.substr(0, 3) == "\xEF\xBB\xBF") raw.remove_prefix(3);
  if (raw.size() >= 2 && (raw.substr(0, 2) == "\xFF\xFE" || raw.substr(0, 2) == "\xFE\xFF")) {
    error = "UTF-16 text (byte order mark at the start); convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8";
    return {};
  }
  if (raw.find('\0') != std::string_view::npos) {
    error = "binary data (NUL byte at offset " + std::to_string(raw.find('\0')) +
            "); is this a text file?";
    return {};
  }
  // Validate: utf8proc_iterate rejects overlong forms, surrogates and truncated sequences.
  // Meanwhile note whether NFC could change anything (see nfcStable()).
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(raw.data());
  std::size_t i = 0;
  bool stable = true;
  while (i < raw.size()) {
    if (p[i] < 0x80) {  // ASCII: only the control characters need a look
      if (p[i] < 0x20 && p[i] != '\n' && p[i] != '\r' && p[i] != '\t') {
        error = "control character U+" + std::to_string(p[i]) + " at byte " + std::to_string(i) +
                "; is this a text file?";
        return {};
      }
      ++i;
      continue;
    }
    utf8proc_int32_t cp = 0;
    const auto n = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(raw.size() - i), &cp);
    if (n < 0 || cp < 0) {
      error = "invalid UTF-8 at byte " + std::to_string(i) + "; convert the file to UTF-8 (iconv -f ... -t UTF-8)";
      return {};
    }
    if (cp < 0x20 && cp != '\n' && cp != '\r' && cp != '\t') {
      error = "control character U+" + std::to_string(cp) + " at byte " + std::to_string(i) +
              "; is this a text file?";
      return {};
    }
    stable = stable && nfcStable(cp);
    i += static_cast<std::size_t>(n);
  }
  // CR LF and lone CR become LF; the runs between them are copied whole.
  std::string lf;
  lf.reserve(raw.size());
  for (std::size_t k = 0; k < raw.size();) {
    const std::size_t cr = raw.find('\r', k);
    if (cr == std::string_view::npos) {
      lf.append(raw.substr(k));
      break;
    }
    lf.append(raw.substr(k, cr - k));
    lf.push_back('\n');
    k = cr + 1;
    if (k < raw.size() && raw[k] == '\n') ++k;
  }
  if (stable) return lf;
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> nfc(
      utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(lf.c_str())), &std::free);
  if (!nfc) {
    error = "text could not be normalized to Unicode NFC";
    return {};
  }
  return std::string(reinterpret_cast<const char*>(nfc.get()));
}

Article parseTxtArticle(std::string id, std::string text) {
  Article a;
  a.id = std::move(id);
  // Header block: "Key: value" lines up to the first blank line, only when every line is a known key.
  static const std::regex header("^(Title|Date|Source|Publisher|URL|Url)\\s*:\\s*(.*)$");
  const auto lines = splitLines(text);
  std::size_t bodyStart = 0, offset = 0;
  bool isHeader = !lines.empty();
  Article meta;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string line(lines[i]);
    if (trim(line).empty()) {
      bodyStart = offset + line.size() + 1;
      break;
    }
    std::smatch m;
    if (!std::regex_match(line, m, header)) {
      isHeader = false;
      break;
    }
    const std::string key = m[1], value = trim(m[2].str());
    if (key == "Title") meta.title = value;
    else if (key == "Date") meta.date = parseNewsDate(value);
    else if (key == "Source" || key == "Publisher") meta.publisher = value;
    else meta.url = value;
    offset += line.size() + 1;
    if (i + 1 == lines.size()) bodyStart = text.size();
  }
  if (isHeader && bodyStart > 0) {
    a.title = meta.title;
    a.date = meta.date;
    a.publisher = meta.publisher;
    a.url = meta.url;
    a.text = text.substr(std::min(bodyStart, text.size()));
  } else {
    a.text = std::move(text);
  }
  if (a.date.empty()) a.date = inferPublicationDate(a.text);
  if (a.title.empty()) {
    // The first line that reads like a headline: one sentence, 4 to 25 words, not a date line.
    std::size_t seen = 0;
    for (auto line : splitLines(a.text)) {
      const std::string t = trim(line);
      if (t.empty()) continue;
      if (++seen > 6) break;
      const auto words = wordCount(t);
      if (words < 4 || words > 25 || !parseNewsDate(t).empty()) continue;
      const auto inner = t.find(". ");
      if (inner != std::string::npos) break;  // a paragraph: the article has no title line
      a.title = t;
      if (!a.title.empty() && a.title.back() == '.') a.title.pop_back();
      break;
    }
  }
  return a;
}

std::vector<fs::path> discoverInputs(const std::vector<std::string>& inputs, const ProblemSink& problems,
                                     const std::function<void(const fs::path&)>& skipped) {
  std::vector<fs::path> files;
  for (const auto& in : inputs) {
    std::error_code ec;
    const fs::path p(in);
    if (fs::is_directory(p, ec)) {
      std::vector<fs::path> found;
      for (auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (!it->is_regular_file(ec)) continue;
        if (hasInputExtension(it->path())) found.push_back(it->path());
        else skipped(it->path());
      }
      if (ec) problems({p.string(), 0, "cannot read folder: " + ec.message()});
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::is_regular_file(p, ec)) {
      files.push_back(p);
    } else {
      problems({p.string(), 0, "no such file or folder"});
    }
  }
  return files;
}

namespace {

std::string jsonString(const nlohmann::json& obj, const char* key, std::string& error, bool numberOk = false) {
  const auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (numberOk && it->is_number_integer()) return std::to_string(it->get<long long>());
  error = std::string("field \"") + key + "\" must be a string, not " + it->type_name();
  return {};
}

/// The first of `keys` the object has (not null): its string value, and the key in `used`.
/// Crawlers name the same field differently (news-please "maintext", "date_publish";
/// newspaper3k "publish_date"; others "published", "pubDate", "body", "content").
std::string firstString(const nlohmann::json& obj, std::initializer_list<const char*> keys, std::string& error,
                        const char** used) {
  for (const char* key : keys) {
    const auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) continue;
    *used = key;
    return jsonString(obj, key, error);
  }
  *used = *keys.begin();
  return {};
}

void readJsonl(const fs::path& path, const IngestOptions& options, const ArticleSink& articles,
               const ProblemSink& problems) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    problems({path.string(), 0, "cannot open file"});
    return;
  }
  std::string raw;
  std::size_t lineNo = 0, good = 0;
  bool sawRecord = false;
  while (std::getline(in, raw)) {
    ++lineNo;
    if (trim(raw).empty()) continue;
    sawRecord = true;
    const auto fail = [&](std::string msg) { problems({path.string(), lineNo, std::move(msg)}); };
    if (raw.size() > options.maxArticleBytes) {
      fail("line of " + std::to_string(raw.size()) + " bytes is over the limit of " +
           std::to_string(options.maxArticleBytes) + " bytes per article (--max-article-bytes)");
      continue;
    }
    std::string err;
    std::string clean = cleanText(raw, err);
    if (!err.empty()) {
      fail(err);
      continue;
    }
    nlohmann::json obj;
    try {
      obj = nlohmann::json::parse(clean);
    } catch (const nlohmann::json::parse_error& e) {
      fail(std::string("broken JSON: ") + e.what());
      continue;
    }
    if (!obj.is_object()) {
      fail("expected a JSON object, got " + std::string(obj.type_name()) +
           " (each line must be an object with \"id\" and \"text\")");
      continue;
    }
    Article a;
    a.id = jsonString(obj, "id", err, /*numberOk=*/true);
    a.title = jsonString(obj, "title", err);
    const char* dateKey = "date";
    const std::string date =
        err.empty() ? firstString(obj, {"date", "published", "published_at", "publishedAt", "publish_date", "date_publish",
                                        "datePublished", "date_published", "pubDate"},
                                  err, &dateKey)
                    : std::string();
    const char* unused = nullptr;
    if (err.empty()) a.publisher = firstString(obj, {"source", "publisher", "source_domain", "sitename"}, err, &unused);
    a.url = jsonString(obj, "url", err);
    const char* textKey = "text";
    std::string text = err.empty() ? firstString(obj, {"text", "maintext", "body", "content"}, err, &textKey) : std::string();
    if (!err.empty()) {
      fail(err);
      continue;
    }
    // JSON escapes (\u0000, \u0007) decode to characters the raw line did not show: check
    // every metadata field like the text.
    for (auto [name, field] : {std::pair{"id", &a.id}, {"title", &a.title}, {"source", &a.publisher}, {"url", &a.url}}) {
      if (field->empty()) continue;
      std::string clean = cleanText(*field, err);
      if (!err.empty()) {
        err = std::string("field \"") + name + "\": " + err;
        break;
      }
      *field = std::move(clean);
    }
    if (!err.empty()) {
      fail(err);
      continue;
    }
    if (trim(a.id).empty()) {
      fail(a.id.empty() ? "missing \"id\"" : "blank \"id\": an id must name the article");
      continue;
    }
    if (trim(text).empty()) {
      fail("article \"" + a.id + "\" has no text");
      continue;
    }
    // Text inside JSON may hold escaped CR or control characters: clean it as well.
    a.text = cleanText(text, err);
    if (!err.empty()) {
      fail(std::string("field \"") + textKey + "\": " + err);
      continue;
    }
    a.date = date.empty() ? inferPublicationDate(a.text) : parseNewsDate(date);
    if (!date.empty() && a.date.empty()) {
      fail(std::string("field \"") + dateKey + "\" is not a date (\"" + date + "\"); expected YYYY-MM-DD");
      continue;
    }
    a.sourcePath = path.string();
    a.line = lineNo;
    articles(std::move(a));
    ++good;
  }
  if (in.bad()) problems({path.string(), lineNo, "read error"});
  if (lineNo == 0) problems({path.string(), 0, "empty file"});
  else if (!sawRecord) problems({path.string(), 0, "empty file: only blank lines, no JSON record"});
  (void)good;
}

}  // namespace

void readInputFile(const fs::path& path, const IngestOptions& options, const ArticleSink& articles,
                   const ProblemSink& problems) {
  if (path.extension() == ".jsonl") {
    readJsonl(path, options, articles, problems);
    return;
  }
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (ec) {
    problems({path.string(), 0, "cannot read file: " + ec.message()});
    return;
  }
  if (size > options.maxArticleBytes) {
    problems({path.string(), 0, "file of " + std::to_string(size) + " bytes is over the limit of " +
                                    std::to_string(options.maxArticleBytes) +
                                    " bytes per article (raise it with --max-article-bytes)"});
    return;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    problems({path.string(), 0, "cannot open file"});
    return;
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  std::string err;
  std::string text = cleanText(buf.str(), err);
  if (!err.empty()) {
    problems({path.string(), 0, err});
    return;
  }
  if (trim(text).empty()) {
    problems({path.string(), 0, "empty file: no article text"});
    return;
  }
  Article a = parseTxtArticle(path.filename().string(), std::move(text));
  a.sourcePath = path.string();
  articles(std::move(a));
}

}  // namespace ng
