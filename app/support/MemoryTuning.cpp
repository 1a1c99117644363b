#include "MemoryTuning.h"

#include <cstdlib> // defines __GLIBC__ where glibc is the C library
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace MemoryTuning {

void forStreaming()
{
#ifdef __GLIBC__
    // A download hands each read (up to 1 MiB) over as a fresh buffer, freed once written and
    // checked. glibc's thresholds adapt to that badly: its mmap threshold rises to 1 MiB and its
    // trim threshold to twice that, so the heap's top is given back to the kernel after almost
    // every free and faulted in again, page by page, for the next read. On this project's 2-core
    // VM that took 3/4 of an HTTP export's CPU time (perf: page faults under memmove; 5.6 s/GB
    // against 1.9 s/GB with these settings, scripts/bench-export.sh). Fixed thresholds stop it:
    // buffers up to 4 MiB come from the heap, and up to 16 MiB of free heap is kept for reuse
    // (peak memory of a 4-file export: 45-53 MiB either way).
    mallopt(M_MMAP_THRESHOLD, 4 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 16 * 1024 * 1024);
#endif
}

} // namespace MemoryTuning
