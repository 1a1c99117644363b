#pragma once

// The allocator's settings for a process that streams gigabytes through short-lived 1 MiB
// buffers (an export's downloads): see MemoryTuning.cpp. Called first thing in main().
namespace MemoryTuning {
void forStreaming();
}
