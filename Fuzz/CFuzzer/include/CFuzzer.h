#ifndef CFUZZER_H
#define CFUZZER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (LLVM 12 and later): parses libFuzzer's flags from argv and runs
/// `callback` on each input. The fuzz executables call it from their `main`, because SwiftPM
/// renames an executable's entry point and libFuzzer's own `main` is then never linked.
int LLVMFuzzerRunDriver(int *argc, char ***argv,
                        int (*callback)(const uint8_t *data, size_t size));

#endif
