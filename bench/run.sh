#!/usr/bin/env bash
# The speed benchmark (issue 5): builds the release binary and the ~50 MB corpus, then times
# `checklist extract` against `opencc -c t2s.json` and prints every figure and ratio, then
# `track init` and `track sync` on 3,000, 12,000 and 19,000 tasks against `extract`.
# Not a test: CI does not run it. Takes a few minutes on two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh release
if ! command -v opencc >/dev/null; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq opencc >/dev/null
fi
python3 bench/corpus.py --out bench/corpus "$@"
python3 bench/measure.py --checklist .build/release/checklist --corpus bench/corpus \
  --small ../shared/corpus/external/ext-02.txt
python3 bench/tracker.py --checklist .build/release/checklist
