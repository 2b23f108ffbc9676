#!/usr/bin/env bash
# The golden check for refactorings that must not change behaviour: runs the built `checklist`
# over every seed, external and dev2 file (extract as JSON Lines and text, generate as Markdown
# and CSV, audit), a few `explain` calls, the rule checks and a tracker cycle on the sample
# speech with fixed dates, keeping stdout, stderr and exit code of each, and every file written.
#
#   Scripts/golden.sh record DIR [BINARY]   # save the outputs in DIR (outside the repo)
#   Scripts/golden.sh check DIR [BINARY]    # run again and diff against DIR; exits 1 on a change
#
# BINARY defaults to .build/debug/checklist (outputs do not depend on the build mode). Run from
# anywhere; paths in the outputs are relative to the package folder.
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-}"
golden="${2:-}"
binary="${3:-.build/debug/checklist}"
if [[ "$mode" != record && "$mode" != check ]] || [[ -z "$golden" ]]; then
  echo "usage: Scripts/golden.sh record|check DIR [BINARY]" >&2
  exit 64
fi
if [[ ! -x "$binary" ]]; then
  echo "error: no executable at $binary (swift build first)" >&2
  exit 1
fi

# The outputs are written to a scratch folder whose name is the same on every run, so that the
# paths printed ("wrote 3 file(s) to …") do not differ.
out=/tmp/checklist-golden-run
rm -rf "$out"
mkdir -p "$out"

# run NAME ARGS…: runs the binary, keeping stdout, stderr and the exit code under NAME.
run() {
  local name="$1"
  shift
  local code=0
  "$binary" "$@" >"$out/$name.out" 2>"$out/$name.err" || code=$?
  echo "$code" >"$out/$name.code"
}

corpus=(../shared/corpus/seeds/*.txt ../shared/corpus/external/*.txt ../shared/corpus/dev2/*.txt)
for file in "${corpus[@]}"; do
  base="$(basename "$(dirname "$file")")-$(basename "$file" .txt)"
  run "$base.jsonl" extract "$file" --format jsonl
  run "$base.text" extract "$file" --format text
  run "$base.generate" generate "$file" --out "$out/$base.md"
  run "$base.csv" generate "$file" --format csv --out "$out/$base.csv"
  run "$base.generate-stdout" generate "$file" --format csv
  run "$base.audit" audit "$file"
done
# Several files in one run: ids are numbered across them.
run all.jsonl extract "${corpus[@]}" --format jsonl
run all.audit audit "${corpus[@]}" --strict
run seeds.generate generate ../shared/corpus/seeds/*.txt --out "$out/seeds.md"

sample=samples/huaian-2022-09-09.txt
for line in 1 3 5 8 12 15 20 30; do
  run "explain-sample-$line" explain "$sample" --line "$line"
done
for line in 2 10 25 40; do
  run "explain-seed0-$line" explain ../shared/corpus/seeds/000_2dd02caf031a116d.txt --line "$line"
done
run explain-id-missing explain "$sample" --id ffffffffff
run explain-date explain "$sample" --line 12 --date 2022-09-09 --year 2022

run rules-test rules test
run rules-lint rules lint

tracker="$out/tasks.md"
run track-init track init "$tracker" "$sample" --date 2022-09-09
first="$(grep -o ' id:[0-9a-f]\+' "$tracker" | head -1 | cut -c5-8)"
second="$(grep -o ' id:[0-9a-f]\+' "$tracker" | sed -n 2p | cut -c5-12)"
run done done "$first" --tracker "$tracker" --on 2022-09-12
run postpone postpone "$second" --to 2022-10-30 --reason 试剂未到位 --tracker "$tracker"
run status status "$tracker" --as-of 2022-10-01
run status-overdue status "$tracker" --as-of 2023-06-01 --fail-on-overdue
run report report "$tracker" --html "$out/report.html" --as-of 2022-10-01
run export export "$tracker" --todotxt "$out/todo.txt" --as-of 2022-10-01
run export-stdout export "$tracker" --todotxt --as-of 2022-10-01
run sync track sync "$tracker" "$sample" ../shared/corpus/seeds/000_2dd02caf031a116d.txt \
  --date 2022-09-09

if [[ "$mode" == record ]]; then
  rm -rf "$golden"
  mkdir -p "$(dirname "$golden")"
  cp -r "$out" "$golden"
  echo "recorded $(find "$golden" -type f | wc -l) files in $golden"
else
  if diff -r "$golden" "$out" >"$out.diff"; then
    echo "golden: identical ($(find "$golden" -type f | wc -l) files)"
  else
    echo "golden: CHANGED ($(grep -c '^diff\|^Only' "$out.diff") files); see $out.diff" >&2
    head -40 "$out.diff" >&2
    exit 1
  fi
fi
