// Linked into the libFuzzer programs only (preset "fuzz"): UBSan stops at every report, except
// those tests/fuzz/ubsan.supp names (a suppressed check has to be recoverable; see
// tests/CMakeLists.txt).
extern "C" const char *__ubsan_default_options()
{
    return "halt_on_error=1:print_stacktrace=1:suppressions=" FBX_UBSAN_SUPPRESSIONS;
}
