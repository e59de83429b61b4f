// The memory allocator of the newsgraph programs. Release builds link mimalloc (Debian's
// libmimalloc-dev), which takes over malloc and operator new for the whole process: extraction
// makes millions of small, short-lived allocations (tokens, strings, vectors per sentence), and
// the gazetteers and models are read at random. tuneAllocator() asks mimalloc for transparent
// huge pages on the memory it maps (mimalloc's "large OS pages" option), so those reads miss the
// TLB less and the kernel takes fewer page faults. Sanitizer and fuzzing builds keep the system
// allocator (NEWSGRAPH_MIMALLOC=OFF), and so does any build configured with it off.
#pragma once

#include <string>

namespace ng {

/// Sets the allocator's options; call first thing in main(). An option the user set in the
/// environment (MIMALLOC_LARGE_OS_PAGES) is left as it is.
void tuneAllocator();

/// "mimalloc 2.0.9 (large OS pages)", "mimalloc ...", or "system (glibc malloc)", for the logs.
std::string allocatorName();

/// Whether malloc() of this process is served by mimalloc (false without it).
bool mallocIsMimalloc();

}  // namespace ng
