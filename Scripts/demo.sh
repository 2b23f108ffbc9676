#!/usr/bin/env bash
# Sets up, builds, and prints the department checklists of the bundled sample speech.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh debug
.build/debug/checklist generate samples/huaian-2022-09-09.txt --year 2022 "$@"
