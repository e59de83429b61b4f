#include "app/alloc/Allocator.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#ifdef NG_MIMALLOC
#include <mimalloc.h>
#if defined(__linux__)
#include <sys/mman.h>
#endif
#endif

namespace ng {

#ifdef NG_MIMALLOC
namespace {

/// Marks the mapping that holds `p` for transparent huge pages (Linux; a no-op elsewhere or
/// when /proc is not there). Advice only: the contents stay as they are.
void adviseHugePagesAround(const void* p) {
#if defined(__linux__)
  std::FILE* maps = std::fopen("/proc/self/maps", "r");
  if (maps == nullptr) return;
  const auto at = reinterpret_cast<std::uintptr_t>(p);
  char line[512];
  while (std::fgets(line, sizeof line, maps) != nullptr) {
    unsigned long long start = 0, end = 0;
    if (std::sscanf(line, "%llx-%llx", &start, &end) != 2) continue;
    if (at < start || at >= end) continue;
    ::madvise(reinterpret_cast<void*>(start), static_cast<std::size_t>(end - start), MADV_HUGEPAGE);
    break;
  }
  std::fclose(maps);
#else
  (void)p;
#endif
}

}  // namespace
#endif

void tuneAllocator() {
#ifdef NG_MIMALLOC
  // THP "madvise" mode (Debian's default) gives huge pages only to memory marked for them.
  // mimalloc reads MIMALLOC_LARGE_OS_PAGES when the process starts; set here, the option marks
  // the memory it maps from now on, and the segment it already gave this thread (before main:
  // the models and gazetteers are loaded into it) is marked by hand.
  if (std::getenv("MIMALLOC_LARGE_OS_PAGES") != nullptr) return;
  mi_option_set_enabled(mi_option_large_os_pages, true);
  void* p = std::malloc(64);
  adviseHugePagesAround(p);
  std::free(p);
#endif
}

std::string allocatorName() {
#ifdef NG_MIMALLOC
  const int v = mi_version();
  std::string name = "mimalloc " + std::to_string(v / 100) + "." + std::to_string(v / 10 % 10) + "." +
                     std::to_string(v % 10);
  if (!mallocIsMimalloc()) name += " (linked, but malloc is not its own)";
  if (mi_option_is_enabled(mi_option_large_os_pages)) name += " (large OS pages)";
  return name;
#else
  return "system (glibc malloc)";
#endif
}

bool mallocIsMimalloc() {
#ifdef NG_MIMALLOC
  // A block from the C library's malloc() that mimalloc knows as its own.
  void* p = std::malloc(64);
  if (p == nullptr) return false;
  std::memset(p, 0, 64);  // written, so the compiler does not warn of a read of unset memory
  const bool ours = mi_is_in_heap_region(p);
  std::free(p);
  return ours;
#else
  return false;
#endif
}

}  // namespace ng
