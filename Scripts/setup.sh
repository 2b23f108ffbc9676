#!/usr/bin/env bash
# Installs what the build needs (Debian/Ubuntu packages) when it is missing, then builds.
# Usage: Scripts/setup.sh [debug|release|packages]   (packages: install them, build nothing)
set -euo pipefail
cd "$(dirname "$0")/.."

# libyaml (rules), OpenCC (traditional script), libxml2 and zlib (.docx), libxlsxwriter (.xlsx),
# poppler's pdftotext (PDF input, at run time).
packages=(libyaml-dev libopencc-dev libxml2-dev zlib1g-dev libxlsxwriter-dev poppler-utils pkg-config)
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
if ! command -v swift >/dev/null; then
  echo "error: no Swift toolchain on PATH (Swift 6.0 or later is needed: https://swift.org/install)" >&2
  exit 1
fi
if [ "${1:-debug}" = packages ]; then exit 0; fi
# SwiftPM asks the EmbedResources plugin for its commands only when it plans the build anew, so
# a rule file added since would be missing from the built-in copy; without its output the
# command runs again and lists the folders afresh.
rm -f .build/plugins/outputs/*/ChecklistCore/*/EmbedResources/EmbeddedResources*.swift
swift build -c "${1:-debug}" >&2
