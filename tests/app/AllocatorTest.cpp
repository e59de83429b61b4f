#include "app/alloc/Allocator.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

namespace ng {
namespace {

#ifdef NG_MIMALLOC
// This binary links ng_allocator as newsgraph does: malloc() must be mimalloc's, or linking
// it brought nothing (a link order or --as-needed change would show here).
TEST(AllocatorTest, MallocIsMimallocWhenLinked) {
  EXPECT_TRUE(mallocIsMimalloc());
  EXPECT_EQ(allocatorName().rfind("mimalloc ", 0), 0u) << allocatorName();
}

TEST(AllocatorTest, TuneAsksForLargePagesUnlessTheUserChose) {
  if (std::getenv("MIMALLOC_LARGE_OS_PAGES") != nullptr) GTEST_SKIP() << "MIMALLOC_LARGE_OS_PAGES set by the user";
  tuneAllocator();
  EXPECT_NE(allocatorName().find("(large OS pages)"), std::string::npos) << allocatorName();
  // Memory from the tuned allocator is usable, large blocks included.
  auto* p = static_cast<unsigned char*>(std::malloc(8u << 20));
  ASSERT_NE(p, nullptr);
  p[0] = 1;
  p[(8u << 20) - 1] = 2;
  EXPECT_EQ(p[0] + p[(8u << 20) - 1], 3);
  std::free(p);
}
#else
// Sanitizer and fuzzing builds keep the system allocator.
TEST(AllocatorTest, SystemAllocatorWithoutMimalloc) {
  tuneAllocator();
  EXPECT_FALSE(mallocIsMimalloc());
  EXPECT_EQ(allocatorName(), "system (glibc malloc)");
}
#endif

}  // namespace
}  // namespace ng
