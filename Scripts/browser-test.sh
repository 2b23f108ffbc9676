#!/usr/bin/env bash
# The real-browser test of 'checklist serve' (run by Scripts/test.sh, so by CI): installs
# Debian's Chromium, its chromedriver and a CJK font when missing, then runs
# Scripts/browser-test.py with the debug build. Screenshots go to .build/browser/.
set -euo pipefail
cd "$(dirname "$0")/.."
packages=(chromium chromium-driver fonts-wqy-zenhei)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "installing: ${missing[*]}" >&2
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
binary="${CHECKLIST:-.build/debug/checklist}"
if [ ! -x "$binary" ]; then swift build --product checklist >&2; fi
python3 Scripts/browser-test.py "$binary" samples/huaian-2022-09-09.txt .build/browser
