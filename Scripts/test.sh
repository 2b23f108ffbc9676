#!/usr/bin/env bash
# Sets up and runs the whole test suite (unit, rule examples, end to end on the seeds).
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh debug
swift test "$@"
