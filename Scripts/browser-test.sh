#!/usr/bin/env bash
# The real-browser test of 'checklist serve' (run by Scripts/test.sh, so by CI): installs
# Debian's Chromium, its chromedriver and a CJK font when missing, then runs
# Scripts/browser-test.py with the debug build. Screenshots go to .build/browser/.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/apt-install.sh chromium chromium-driver fonts-wqy-zenhei
binary="${CHECKLIST:-.build/debug/checklist}"
if [ ! -x "$binary" ]; then swift build --product checklist >&2; fi
python3 Scripts/browser-test.py "$binary" samples/huaian-2022-09-09.txt .build/browser
