#!/usr/bin/env bash
# Builds checklist for release with the Swift standard library linked in, and installs it:
#
#   Scripts/install.sh [PREFIX]          default /usr/local
#
# Installs PREFIX/bin/checklist and its rules and templates in PREFIX/share/checklist/. The
# binary also carries a copy of both, so it works when copied anywhere else (the first run
# unpacks that copy into ~/.cache/checklist/). It needs no Swift toolchain: the standard
# library and Foundation are linked in (--static-swift-stdlib); it links libyaml, OpenCC,
# libxml2, zlib and libxlsxwriter from apt, and reads PDFs with pdftotext (poppler-utils).
# The build goes to .build-static/ (git-ignored), apart from the debug build in .build/.
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="${1:-/usr/local}"
Scripts/setup.sh packages
# SwiftPM asks the EmbedResources plugin for its commands only when it plans the build anew, so
# a rule file added since would be missing from the built-in copy; without its output the
# command runs again and lists the folders afresh.
rm -f .build-static/plugins/outputs/*/ChecklistCore/*/EmbedResources/EmbeddedResources*.swift
build=(swift build -c release --static-swift-stdlib --scratch-path .build-static)
"${build[@]}" --product checklist >&2
binary="$("${build[@]}" --show-bin-path)/checklist"

mkdir -p "$prefix/bin" "$prefix/share"
# A new share folder, swapped in whole, so that rule files an older version had do not linger
# (every *.yaml of the folder is loaded).
staging="$prefix/share/checklist.new.$$"
rm -rf "$staging"
mkdir -p "$staging"
cp -R rules templates "$staging/"
rm -rf "$prefix/share/checklist"
mv "$staging" "$prefix/share/checklist"
install -m 755 "$binary" "$prefix/bin/checklist.new.$$"
mv -f "$prefix/bin/checklist.new.$$" "$prefix/bin/checklist"
echo "installed $("$prefix/bin/checklist" --version) to $prefix/bin/checklist" >&2
