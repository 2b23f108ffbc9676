#!/usr/bin/env bash
# Checks that checklist installs like a tool (run by Scripts/test.sh, so by CI):
#
# 1. Scripts/install.sh into a fresh temporary PREFIX; from another folder, with nothing in the
#    environment but PATH=PREFIX/bin:/usr/bin:/bin, 'checklist generate' writes the Markdown
#    checklists and the .xlsx, and --version answers.
# 2. ldd lists no Swift runtime library (libswiftCore, libFoundation, libdispatch …).
# 3. The binary copied alone into an empty folder still finds its rules and templates (the
#    copy built into it), and 'rules init' gives an editable copy that --rules takes.
# 4. Scripts/package.sh makes dist/checklist-VERSION-linux-ARCH.tar.gz; unpacked elsewhere,
#    its bin/checklist does the same, and ldd lists no Swift library either.
#
# Prints one line per check and 'install: N passed, M failed'; exits 1 when any failed.
set -uo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
check() {
  local name="$1"
  shift
  if "$@" >"$work/last.log" 2>&1; then
    passed=$((passed + 1))
    echo "install: ok   $name"
  else
    failed=$((failed + 1))
    echo "install: FAIL $name"
    sed 's/^/    /' "$work/last.log" | tail -n 20
  fi
}
speech="$work/speeches/讲话.txt"
mkdir -p "$work/speeches" "$work/elsewhere" "$work/home"
cp samples/huaian-2022-09-09.txt "$speech"

# Runs checklist ($1) from $work/elsewhere with an empty environment but PATH (and HOME, to
# keep the unpacked copy inside the test folder).
bare() {
  local bin="$1"
  shift
  (cd "$work/elsewhere" && env -i PATH="$(dirname "$bin"):/usr/bin:/bin" HOME="$work/home" "$bin" "$@")
}
generates() {
  local bin="$1" out="$work/elsewhere/out-$2"
  bare "$bin" generate "$speech" --year 2022 --out "$out" &&
    test -s "$out/index.md" &&
    bare "$bin" generate "$speech" --year 2022 --format xlsx --out "$out" &&
    test -s "$out/任务分解表.xlsx"
}
no_swift_libraries() {
  ldd "$1" && ! ldd "$1" | grep -E -i 'swift|libFoundation|libdispatch|libBlocksRuntime|/opt/'
}

check "Scripts/install.sh PREFIX" Scripts/install.sh "$work/prefix"
bin="$work/prefix/bin/checklist"
check "--version" bare "$bin" --version
check "generate from another folder with env -i" generates "$bin" installed
check "the installed binary uses share/checklist" bash -c \
  "cd '$work/elsewhere' && env -i PATH=/usr/bin:/bin '$bin' rules test | grep -F '$work/prefix/share/checklist/rules'"
check "ldd: no Swift runtime library" no_swift_libraries "$bin"

mkdir -p "$work/alone"
cp "$bin" "$work/alone/checklist"
check "a copy alone uses its built-in rules" generates "$work/alone/checklist" alone
check "rules init DIR, then --rules DIR" bash -c \
  "cd '$work/elsewhere' && env -i PATH=/usr/bin:/bin HOME='$work/home' '$work/alone/checklist' rules init my-rules &&
   env -i PATH=/usr/bin:/bin HOME='$work/home' '$work/alone/checklist' rules test --rules my-rules"
refuses_wrong_rules() {
  local said
  if said="$(cd "$work/elsewhere" && "$bin" rules test --rules nowhere 2>&1)"; then return 1; fi
  echo "$said"
  [ "$said" = "nowhere: error: no such folder (given with --rules)" ]
}
check "a wrong --rules names the option" refuses_wrong_rules

tarball=""
package() {
  tarball="$(Scripts/package.sh | tail -n 1)" && test -s "$tarball"
}
check "Scripts/package.sh" package
if [ -n "$tarball" ] && [ -s "$tarball" ]; then
  mkdir -p "$work/unpacked"
  tar -C "$work/unpacked" -xzf "$tarball"
  unpacked="$(echo "$work"/unpacked/checklist-*/bin/checklist)"
  check "the unpacked tarball generates" generates "$unpacked" unpacked
  check "the unpacked tarball: no Swift runtime library" no_swift_libraries "$unpacked"
  case "$tarball" in
  "$root"/dist/checklist-*-linux-*.tar.gz | dist/checklist-*-linux-*.tar.gz) check "tarball name" true ;;
  *) check "tarball name ($tarball)" false ;;
  esac
fi
echo "install: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
