#pragma once

class QThread;

// Which event loop each thread runs: GLib's or Qt's own (see EventLoopTuning.cpp).
namespace EventLoopTuning {
// fhir-bulk, before QCoreApplication: every thread gets Qt's own loop, the main one too, and
// one thread started at once keeps a GLib loop for the keychain (startGlibThread).
void plainLoopsEverywhere();
// After the application object, before any other thread: a thread with a GLib loop, stopped
// when the application object goes. Once only; afterwards glibThread() returns it.
void startGlibThread();
// The thread startGlibThread() made, or null.
QThread *glibThread();
// Whether the calling thread runs a GLib event loop.
bool onGlibLoop();
} // namespace EventLoopTuning
