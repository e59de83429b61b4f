#include "extract/nlp/WordIndex.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace ng::nlp {
namespace {

// Words that agree in their first 8 bytes, differ only in length or in a NUL byte, are found
// apart; words not in the list are not found.
TEST(WordIndex, wordsSharingTheirFirstBytesAreToldApart) {
  using namespace std::literals;
  const std::vector<std::string> owned = {"",         "a",         "ab",         "ab\0"s,      "abcdefg", "abcdefgh",
                                          "abcdefghi", "abcdefghX", "abcdefghij", std::string(300, 'x'),
                                          std::string(299, 'x') + "y"};
  const std::vector<std::string_view> words(owned.begin(), owned.end());
  const WordIndex index(words);
  ASSERT_EQ(index.size(), words.size());
  for (std::size_t k = 0; k < words.size(); ++k) {
    EXPECT_EQ(index.find(words[k]), k) << k;
    EXPECT_EQ(index.at(static_cast<std::uint32_t>(k)), words[k]);
  }
  for (const std::string_view absent : {"b"sv, "ab\0\0"sv, "abcdefgH"sv, "abcdefghk"sv, "abcdefghijk"sv, "abcdef"sv}) {
    EXPECT_EQ(index.find(absent), WordIndex::kNone) << absent;
  }
  EXPECT_EQ(index.find(std::string(301, 'x')), WordIndex::kNone);
  EXPECT_EQ(index.find(std::string(299, 'x') + "z"), WordIndex::kNone);
  EXPECT_EQ(WordIndex().find("a"), WordIndex::kNone);
}

}  // namespace
}  // namespace ng::nlp
