// An allocator for the large tables that tagging reads at random (model weights, word indexes,
// precomputed score rows): blocks of kMinBytes and more are mapped on their own, aligned to 2 MB
// and marked for transparent huge pages before anything is written to them. With 4 KB pages
// nearly every lookup in a table of several MB also misses the TLB (a page walk, costlier still
// in a virtual machine); with 2 MB pages the tables of both models fit in a few TLB entries.
// Only where the kernel allows it on request (transparent_hugepage "madvise" or "always");
// otherwise, or on other systems, the blocks are ordinary pages. Contents and results are the
// same either way.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <vector>

#if defined(__linux__)
#include <sys/mman.h>
#define NG_HUGE_PAGES_MMAP 1
#endif

namespace ng::nlp {

template <class T>
struct HugePageAllocator {
  using value_type = T;
  static constexpr std::size_t kHugePage = std::size_t{2} << 20;
  /// Smaller blocks come from operator new (std::allocator).
  static constexpr std::size_t kMinBytes = std::size_t{1} << 20;

  HugePageAllocator() noexcept = default;
  template <class U>
  HugePageAllocator(const HugePageAllocator<U>&) noexcept {}  // NOLINT(google-explicit-constructor)

  [[nodiscard]] T* allocate(std::size_t n) {
#ifdef NG_HUGE_PAGES_MMAP
    if (n <= max_size() && n * sizeof(T) >= kMinBytes) {
      const std::size_t bytes = mappedBytes(n);
      // Mapped with a huge page of slack, then trimmed to a 2 MB-aligned start.
      void* raw = ::mmap(nullptr, bytes + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
      if (raw == MAP_FAILED) throw std::bad_alloc();
      const auto start = reinterpret_cast<std::uintptr_t>(raw);
      const std::uintptr_t aligned = (start + kHugePage - 1) & ~(kHugePage - 1);
      if (aligned > start) ::munmap(raw, aligned - start);
      const std::uintptr_t end = start + bytes + kHugePage;
      if (end > aligned + bytes) ::munmap(reinterpret_cast<void*>(aligned + bytes), end - (aligned + bytes));
      ::madvise(reinterpret_cast<void*>(aligned), bytes, MADV_HUGEPAGE);  // advice only: failure is harmless
      return reinterpret_cast<T*>(aligned);
    }
#endif
    return std::allocator<T>().allocate(n);
  }
  void deallocate(T* p, std::size_t n) noexcept {
#ifdef NG_HUGE_PAGES_MMAP
    if (n <= max_size() && n * sizeof(T) >= kMinBytes) {
      ::munmap(p, mappedBytes(n));
      return;
    }
#endif
    std::allocator<T>().deallocate(p, n);
  }
  [[nodiscard]] static constexpr std::size_t max_size() noexcept { return std::size_t(-1) / 2 / sizeof(T); }

  template <class U>
  bool operator==(const HugePageAllocator<U>&) const noexcept {
    return true;
  }

 private:
  /// The block's size rounded up to whole huge pages.
  static std::size_t mappedBytes(std::size_t n) { return (n * sizeof(T) + kHugePage - 1) & ~(kHugePage - 1); }
};

/// A vector whose storage uses HugePageAllocator.
template <class T>
using HugeVector = std::vector<T, HugePageAllocator<T>>;

}  // namespace ng::nlp
