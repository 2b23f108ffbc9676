#!/usr/bin/env bash
# Makes dist/checklist-VERSION-linux-ARCH.tar.gz: bin/checklist (release, Swift standard
# library linked in), share/checklist/{rules,templates} and INSTALL.txt, which names the apt
# packages the binary needs on a Debian machine without a Swift toolchain.
#
#   Scripts/package.sh
set -euo pipefail
cd "$(dirname "$0")/.."
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
Scripts/install.sh "$stage/root"
version="$("$stage/root/bin/checklist" --version)"
name="checklist-$version-linux-$(uname -m)"
mv "$stage/root" "$stage/$name"
cat >"$stage/$name/INSTALL.txt" <<TEXT
checklist $version for Linux ($(uname -m)), built on $(. /etc/os-release && echo "$PRETTY_NAME").

The Swift standard library and Foundation are linked in: no Swift toolchain is needed. The
binary needs these Debian packages (Debian 12 names):

    apt-get install libyaml-0-2 libopencc1.1 libxml2 zlib1g libxlsxwriter4 poppler-utils

(poppler-utils only for PDF input). Run bin/checklist from here, or copy the folder's bin/ and
share/ under a prefix such as /usr/local. The rules and templates are also built into the
binary, so bin/checklist alone works too; 'checklist rules init DIR' gives a copy to edit.
TEXT
mkdir -p dist
tar -C "$stage" -czf "dist/$name.tar.gz.tmp" "$name"
mv "dist/$name.tar.gz.tmp" "dist/$name.tar.gz"
echo "dist/$name.tar.gz"
