// Calendar dates in news text: "Friday, November 7, 2025", "Oct. 19", "8 November", "on Friday",
// "yesterday", resolved to a full day against the article's publication date. Only expressions
// that name one day give a date; months, years and vague spans ("last week", "since October",
// "earlier this month") give nothing, since a wrong day is worse than none.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ng {

/// A day of the proleptic Gregorian calendar.
struct CalendarDate {
  int year = 0;
  int month = 0;  ///< 1..12
  int day = 0;    ///< 1..31

  /// Parses "YYYY-MM-DD"; nullopt for anything else or an impossible day.
  [[nodiscard]] static std::optional<CalendarDate> parse(std::string_view iso);
  /// Days since 1970-01-01 (negative before).
  [[nodiscard]] long dayNumber() const;
  [[nodiscard]] static CalendarDate fromDayNumber(long days);
  [[nodiscard]] CalendarDate plusDays(long n) const { return fromDayNumber(dayNumber() + n); }
  /// 0 = Monday ... 6 = Sunday.
  [[nodiscard]] int weekday() const;
  /// "YYYY-MM-DD", the lexical form of xsd:date.
  [[nodiscard]] std::string iso() const;
  friend bool operator==(const CalendarDate&, const CalendarDate&) = default;
  friend auto operator<=>(const CalendarDate&, const CalendarDate&) = default;
};

/// A date expression found in a run of words.
struct DateExpression {
  std::size_t begin = 0;  ///< first word of the expression
  std::size_t end = 0;    ///< one past its last word
  CalendarDate date;
};

/// Resolves date expressions against an article date. Stateless apart from that date; cheap
/// to construct; const members are thread-safe.
class DateResolver {
 public:
  /// `articleDate` is YYYY-MM-DD or empty; without it only expressions with a year resolve.
  explicit DateResolver(std::string_view articleDate);

  /// The date expression starting at word `i` of `words` (tokens as the segmenter gives them:
  /// punctuation as words of its own, "Oct." keeping its period), or nullopt. Weekdays and
  /// "yesterday" need the article date: a weekday is the latest such day on or before it,
  /// or the next one when `future` (the clause speaks of what will happen) or "next" precedes.
  [[nodiscard]] std::optional<DateExpression> at(const std::vector<std::string_view>& words, std::size_t i,
                                                 bool future = false) const;

  /// Every date expression in `words`, left to right, not overlapping.
  [[nodiscard]] std::vector<DateExpression> findAll(const std::vector<std::string_view>& words) const;

  [[nodiscard]] const std::optional<CalendarDate>& articleDate() const { return article_; }

 private:
  [[nodiscard]] std::optional<CalendarDate> withInferredYear(int month, int day) const;

  std::optional<CalendarDate> article_;
};

/// Month number of a month name or abbreviation ("November", "Nov", "Nov.", "Sept."), 0 if none.
[[nodiscard]] int monthNumber(std::string_view word);
/// 0 = Monday ... 6 = Sunday for a weekday name ("Friday", "Fri."), -1 if none.
[[nodiscard]] int weekdayNumber(std::string_view word);

}  // namespace ng
