#include "extract/facts/DateResolver.h"

#include <array>
#include <cctype>
#include <charconv>
#include <cstdio>

namespace ng {

namespace {

bool isLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int daysInMonth(int y, int m) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && isLeap(y) ? 29 : kDays[static_cast<std::size_t>(m - 1)];
}

bool valid(int y, int m, int d) { return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m); }

/// True when `w` lowercased is `lowerWord` (ASCII case folding; no allocation, since dates are
/// looked for at every word of every article).
bool equalsLower(std::string_view w, std::string_view lowerWord) {
  if (w.size() != lowerWord.size()) return false;
  for (std::size_t i = 0; i < w.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(w[i])) != static_cast<unsigned char>(lowerWord[i])) return false;
  return true;
}

/// A month or weekday name as the lists hold it: lowercased, one final period dropped ("Sept."
/// -> "sept"). Empty for words longer than any name, which then match none.
std::string_view nameKey(std::string_view word, std::array<char, 10>& buf) {
  if (word.size() > buf.size()) return {};
  for (std::size_t i = 0; i < word.size(); ++i)
    buf[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(word[i])));
  std::string_view w(buf.data(), word.size());
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  return w;
}

/// A day of the month as written: "7", "07", "8th", "21st"; 0 when the word is none.
int dayOfMonth(std::string_view w) {
  std::size_t n = 0;
  while (n < w.size() && std::isdigit(static_cast<unsigned char>(w[n]))) ++n;
  if (n == 0 || n > 2) return 0;
  const std::string_view rest = w.substr(n);
  if (!rest.empty() && !equalsLower(rest, "st") && !equalsLower(rest, "nd") && !equalsLower(rest, "rd") &&
      !equalsLower(rest, "th"))
    return 0;
  int d = 0;
  std::from_chars(w.data(), w.data() + n, d);
  return d >= 1 && d <= 31 ? d : 0;
}

/// A four-digit year between 1900 and 2100, 0 otherwise.
int yearOf(std::string_view w) {
  if (w.size() != 4) return 0;
  int y = 0;
  const auto [p, ec] = std::from_chars(w.data(), w.data() + 4, y);
  if (ec != std::errc() || p != w.data() + 4) return 0;
  return y >= 1900 && y <= 2100 ? y : 0;
}

bool isWord(const std::vector<std::string_view>& ws, std::size_t i, std::string_view w) {
  return i < ws.size() && equalsLower(ws[i], w);
}

}  // namespace

int monthNumber(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kNames = {"january", "february", "march",     "april",
                                                              "may",     "june",     "july",      "august",
                                                              "september", "october", "november", "december"};
  if (word.empty() || !std::isupper(static_cast<unsigned char>(word[0]))) return 0;  // "may", "march" as verbs
  std::array<char, 10> buf{};
  const std::string_view w = nameKey(word, buf);
  for (std::size_t m = 0; m < kNames.size(); ++m) {
    if (w == kNames[m]) return static_cast<int>(m) + 1;
    // Abbreviations: three letters, and "Sept".
    if (w.size() >= 3 && w.size() < kNames[m].size() && kNames[m].starts_with(w) && (w.size() == 3 || w == "sept"))
      return static_cast<int>(m) + 1;
  }
  return 0;
}

int weekdayNumber(std::string_view word) {
  static constexpr std::array<std::string_view, 7> kNames = {"monday", "tuesday",  "wednesday", "thursday",
                                                             "friday", "saturday", "sunday"};
  if (word.empty() || !std::isupper(static_cast<unsigned char>(word[0]))) return -1;
  std::array<char, 10> buf{};
  const std::string_view w = nameKey(word, buf);
  for (std::size_t d = 0; d < kNames.size(); ++d) {
    if (w == kNames[d] || (w.size() == 3 && kNames[d].starts_with(w))) return static_cast<int>(d);
  }
  return -1;
}

std::optional<CalendarDate> CalendarDate::parse(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  int y = 0, m = 0, d = 0;
  if (std::from_chars(iso.data(), iso.data() + 4, y).ec != std::errc() ||
      std::from_chars(iso.data() + 5, iso.data() + 7, m).ec != std::errc() ||
      std::from_chars(iso.data() + 8, iso.data() + 10, d).ec != std::errc())
    return std::nullopt;
  if (!valid(y, m, d)) return std::nullopt;
  return CalendarDate{y, m, d};
}

// Howard Hinnant's days_from_civil / civil_from_days.
long CalendarDate::dayNumber() const {
  const long y = year - (month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long mp = (month + 9) % 12;
  const long doy = (153 * mp + 2) / 5 + day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CalendarDate CalendarDate::fromDayNumber(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
  return CalendarDate{y, m, d};
}

int CalendarDate::weekday() const {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  const long w = (dayNumber() + 3) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w);
}

std::string CalendarDate::iso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

DateResolver::DateResolver(std::string_view articleDate) : article_(CalendarDate::parse(articleDate)) {}

std::optional<CalendarDate> DateResolver::withInferredYear(int month, int day) const {
  if (!article_) return std::nullopt;
  // News reports recent days: the same year as the article, unless that lands months ahead
  // of it ("December 28" in an article of January 5 is last December).
  constexpr long kMaxAhead = 120;
  for (int y : {article_->year, article_->year - 1}) {
    if (!valid(y, month, day)) continue;
    const CalendarDate d{y, month, day};
    if (d.dayNumber() - article_->dayNumber() <= kMaxAhead) return d;
  }
  return std::nullopt;
}

std::optional<DateExpression> DateResolver::at(const std::vector<std::string_view>& ws, std::size_t i,
                                               bool future) const {
  if (i >= ws.size()) return std::nullopt;
  const std::size_t start = i;

  // "yesterday", "today".
  if (article_ && (isWord(ws, i, "yesterday") || isWord(ws, i, "today"))) {
    return DateExpression{i, i + 1, isWord(ws, i, "yesterday") ? article_->plusDays(-1) : *article_};
  }

  // "last Friday", "next Friday".
  int relative = 0;
  if ((isWord(ws, i, "last") || isWord(ws, i, "next")) && i + 1 < ws.size() && weekdayNumber(ws[i + 1]) >= 0) {
    relative = isWord(ws, i, "last") ? -1 : 1;
    ++i;
  }
  // A weekday, then maybe a full date after it: "Friday, November 7, 2025".
  const int weekday = weekdayNumber(ws[i]);
  std::size_t j = weekday >= 0 ? i + 1 : i;
  if (weekday >= 0 && relative == 0 && j < ws.size() && ws[j] == ",") ++j;

  // Month Day [,] [Year]
  if (relative == 0 && j + 1 < ws.size()) {
    if (const int m = monthNumber(ws[j]); m > 0) {
      if (const int d = dayOfMonth(ws[j + 1]); d > 0) {
        std::size_t k = j + 2;
        int y = 0;
        if (k < ws.size() && yearOf(ws[k])) y = yearOf(ws[k++]);
        else if (k + 1 < ws.size() && ws[k] == "," && yearOf(ws[k + 1])) {
          y = yearOf(ws[k + 1]);
          k += 2;
        }
        if (y && valid(y, m, d)) return DateExpression{start, k, CalendarDate{y, m, d}};
        if (!y) {
          if (auto date = withInferredYear(m, d)) return DateExpression{start, k, *date};
        }
        return std::nullopt;
      }
    }
    // Day [of] Month [Year]: "7 November 2025", "8th of November".
    if (const int d = dayOfMonth(ws[j]); d > 0) {
      std::size_t k = j + 1;
      if (isWord(ws, k, "of")) ++k;
      if (const int m = k < ws.size() ? monthNumber(ws[k]) : 0; m > 0) {
        ++k;
        int y = 0;
        if (k < ws.size() && yearOf(ws[k])) y = yearOf(ws[k++]);
        if (y && valid(y, m, d)) return DateExpression{start, k, CalendarDate{y, m, d}};
        if (!y) {
          if (auto date = withInferredYear(m, d)) return DateExpression{start, k, *date};
        }
        return std::nullopt;
      }
    }
  }

  // A weekday alone, resolved against the article date.
  if (weekday >= 0 && article_) {
    std::size_t k = i + 1;
    static constexpr std::array<std::string_view, 5> kParts = {"morning", "afternoon", "evening", "night", "night's"};
    for (const auto p : kParts) {
      if (isWord(ws, k, p)) {
        ++k;
        break;
      }
    }
    const int today = article_->weekday();
    long delta = 0;
    if (relative > 0 || (relative == 0 && future)) {
      delta = (weekday - today + 7) % 7;
      if (delta == 0 && relative > 0) delta = 7;
    } else {
      delta = -((today - weekday + 7) % 7);
      if (delta == 0 && relative < 0) delta = -7;
    }
    return DateExpression{start, k, article_->plusDays(delta)};
  }
  return std::nullopt;
}

std::vector<DateExpression> DateResolver::findAll(const std::vector<std::string_view>& ws) const {
  std::vector<DateExpression> out;
  for (std::size_t i = 0; i < ws.size();) {
    if (auto d = at(ws, i)) {
      out.push_back(*d);
      i = d->end;
    } else {
      ++i;
    }
  }
  return out;
}

}  // namespace ng
