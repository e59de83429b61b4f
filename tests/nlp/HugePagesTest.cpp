#include "extract/nlp/HugePages.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <numeric>

namespace ng::nlp {
namespace {

TEST(HugePages, smallAndLargeVectorsHoldTheirValues) {
  HugeVector<std::int32_t> small(1000);
  std::iota(small.begin(), small.end(), 0);
  EXPECT_EQ(small[999], 999);
  // Large enough to be mapped on its own: starts at a 2 MB boundary.
  HugeVector<std::int32_t> large(3 * 1024 * 1024 / 4 + 7);
  EXPECT_EQ(reinterpret_cast<std::uintptr_t>(large.data()) % HugePageAllocator<std::int32_t>::kHugePage, 0u);
  EXPECT_EQ(large.back(), 0);  // zero-initialized like any vector
  std::iota(large.begin(), large.end(), 0);
  // Growth and shrinking move the values between blocks of both kinds.
  for (int i = 0; i < 100000; ++i) small.push_back(i);
  EXPECT_EQ(small.size(), 101000u);
  EXPECT_EQ(small.back(), 99999);
  large.resize(10);
  large.shrink_to_fit();
  EXPECT_EQ(large[9], 9);
  HugeVector<std::int32_t> copy = large;
  EXPECT_EQ(copy, large);
}

TEST(HugePages, overAlignedTypesKeepTheirAlignment) {
  struct alignas(32) Slot {
    std::uint64_t key = 0;
    std::int16_t w[12] = {};
  };
  HugeVector<Slot> few(3);
  HugeVector<Slot> many(100000);
  EXPECT_EQ(reinterpret_cast<std::uintptr_t>(few.data()) % 32, 0u);
  EXPECT_EQ(reinterpret_cast<std::uintptr_t>(many.data()) % 32, 0u);
  many.back().key = 5;
  EXPECT_EQ(many[99999].key, 5u);
}

}  // namespace
}  // namespace ng::nlp
