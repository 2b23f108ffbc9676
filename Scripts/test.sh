#!/usr/bin/env bash
# Sets up and runs the whole test suite (unit, rule examples, end to end on the seeds).
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh debug
# cmark-gfm renders the Markdown outputs as a viewer would, for the injection tests in
# Tests/ChecklistCoreTests/BadInput/OutputInjectionTests.swift.
if ! command -v cmark-gfm >/dev/null; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq cmark-gfm >/dev/null
fi
swift test "$@"
