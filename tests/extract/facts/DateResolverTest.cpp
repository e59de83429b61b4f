#include "extract/facts/DateResolver.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace ng {
namespace {

/// Words split on spaces, commas as words of their own (as the segmenter gives them).
struct Words {
  std::vector<std::string> store;
  std::vector<std::string_view> views;
  explicit Words(const std::string& text) {
    std::string cur;
    for (char c : text) {
      if (c == ' ' || c == ',') {
        if (!cur.empty()) store.push_back(cur);
        if (c == ',') store.emplace_back(",");
        cur.clear();
      } else {
        cur += c;
      }
    }
    if (!cur.empty()) store.push_back(cur);
    views.assign(store.begin(), store.end());
  }
};

std::string first(const DateResolver& r, const std::string& text) {
  const Words ws(text);
  const auto all = r.findAll(ws.views);
  return all.empty() ? std::string() : all.front().date.iso();
}

TEST(DateResolver, calendarArithmetic) {
  const auto d = CalendarDate::parse("2024-02-28");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->plusDays(1).iso(), "2024-02-29");
  EXPECT_EQ(d->plusDays(2).iso(), "2024-03-01");
  EXPECT_EQ(CalendarDate::parse("2025-03-14")->weekday(), 4);  // a Friday
  EXPECT_FALSE(CalendarDate::parse("2025-02-29"));
  EXPECT_FALSE(CalendarDate::parse("14 March"));
}

TEST(DateResolver, absoluteDatesWithAndWithoutYear) {
  const DateResolver r("2025-03-14");
  EXPECT_EQ(first(r, "talks ended on Wednesday , March 12 , 2025 in Doha"), "2025-03-12");
  EXPECT_EQ(first(r, "a truce agreed on Feb. 19"), "2025-02-19");
  EXPECT_EQ(first(r, "signed on 3 March 2024"), "2024-03-03");
  EXPECT_EQ(first(r, "Published November 8th , 2023"), "2023-11-08");
  // Months ahead of the article belong to last year.
  EXPECT_EQ(first(r, "the strike of December 28"), "2024-12-28");
}

TEST(DateResolver, weekdaysResolveAgainstTheArticleDate) {
  const DateResolver r("2025-03-16");  // a Sunday
  EXPECT_EQ(first(r, "fighting resumed on Friday evening"), "2025-03-14");
  EXPECT_EQ(first(r, "the envoy arrived yesterday"), "2025-03-15");
  EXPECT_EQ(first(r, "they met last Sunday"), "2025-03-09");
  EXPECT_EQ(first(r, "they meet next Tuesday"), "2025-03-18");
  const DateResolver friday("2025-03-14");
  EXPECT_EQ(first(friday, "talks collapsed on Friday"), "2025-03-14");
  const Words ws("delegates will meet on Monday");
  const auto future = friday.at(ws.views, 4, true);
  ASSERT_TRUE(future);
  EXPECT_EQ(future->date.iso(), "2025-03-17");
}

TEST(DateResolver, vagueOrUnanchoredExpressionsGiveNothing) {
  const DateResolver r("2025-03-14");
  EXPECT_EQ(first(r, "violence since October"), "");
  EXPECT_EQ(first(r, "talks held last week"), "");
  EXPECT_EQ(first(r, "earlier this month the army may march"), "");
  EXPECT_EQ(first(r, "the 2021 accord"), "");
  const DateResolver undated("");
  EXPECT_EQ(first(undated, "talks collapsed on Friday , March 7"), "");
  EXPECT_EQ(first(undated, "talks collapsed on Friday , March 7 , 2025"), "2025-03-07");
}

TEST(DateResolver, namesAreMatchedWithoutRegardToCase) {
  EXPECT_EQ(monthNumber("SEPT."), 9);
  EXPECT_EQ(monthNumber("September"), 9);
  EXPECT_EQ(monthNumber("Sep"), 9);
  EXPECT_EQ(monthNumber("Septembers"), 0);
  EXPECT_EQ(monthNumber("Septemberish."), 0);  // longer than any name
  EXPECT_EQ(monthNumber("march"), 0);         // lowercase: the verb
  EXPECT_EQ(weekdayNumber("WEDNESDAY"), 2);
  EXPECT_EQ(weekdayNumber("Wed."), 2);
  EXPECT_EQ(weekdayNumber("Wednesdays"), -1);
  const DateResolver r("2025-03-16");
  EXPECT_EQ(first(r, "the envoy arrived YESTERDAY"), "2025-03-15");
  EXPECT_EQ(first(r, "signed on 3RD March 2024"), "2024-03-03");
  EXPECT_EQ(first(r, "signed on 3x March 2024"), "");
}

}  // namespace
}  // namespace ng
