#!/usr/bin/env bash
# Runs the whole test suite once under AddressSanitizer (with LeakSanitizer), in .build-asan/.
#
#   Scripts/sanitize.sh [swift test arguments]      e.g. Scripts/sanitize.sh --filter BadInput
#
# Not run in CI (an instrumented build of everything takes several minutes); run it by hand
# before a release and after touching code that owns C memory (YAMLParser, IconvConverter,
# ScriptConverter, TrackerFile). The tests also run the `checklist` executable, which is built
# with the same sanitizer, so the command-line paths are checked too.
#
# UndefinedBehaviorSanitizer: swiftc rejects -sanitize=undefined on Linux ("unsupported option
# for target x86_64-unknown-linux-gnu"), and the package compiles no C code of its own (libyaml
# and OpenCC are system libraries), so there is nothing for it to instrument here. Swift itself
# traps on overflow, out-of-bounds access and bad unwraps in every build.
#
# Leaks reported inside the Swift runtime, Foundation and XCTest (one-time caches that live until
# exit) are suppressed by Scripts/lsan-suppressions.txt; a leak in ChecklistCore is not.
set -euo pipefail
cd "$(dirname "$0")/.."

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1:strict_string_checks=1"
export LSAN_OPTIONS="suppressions=$PWD/Scripts/lsan-suppressions.txt:print_suppressions=0"

swift build --build-tests --scratch-path .build-asan --sanitize=address
swift test --skip-build --scratch-path .build-asan --sanitize=address "$@"
