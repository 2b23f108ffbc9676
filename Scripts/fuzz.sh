#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each for a chosen time, one after another, one job.
#
#   Scripts/fuzz.sh SECONDS [TARGET ...]     e.g. Scripts/fuzz.sh 600 FuzzTracker
#
# Targets: FuzzDecode (decoding, HTML reduction, normalisation), FuzzSegment (speeches, units,
# sentences), FuzzTime (time expressions, meeting dates), FuzzRules (YAML and the rule loader),
# FuzzTracker (tracker parsing, and writing back byte for byte), FuzzDocx (the .docx reader:
# archives as they are, and XML parts wrapped in a fresh archive), FuzzPDFLayout (pdftotext's
# page layout put back into paragraphs), FuzzWriters (CSV, Markdown, tracker and todo.txt
# writers: every text parses back to the same cells, and stays inert).
#
# The targets exist only when CHECKLIST_FUZZ=1 (see Package.swift); they are built in release
# mode with -sanitize=fuzzer,address into .build-fuzz/ and linked with lld (gold crashes on
# them). Corpora are seeded from ../shared/corpus, samples/, rules/ and the tracker fixtures.
# Everything a run makes goes under fuzz-out/<Target>/ (git-ignored): corpus/, artifacts/
# (crash-*, timeout-*, leak-*, oom-* inputs) and log.txt. libFuzzer runs in fork mode with one
# job so that a crash is saved and the run goes on for the whole time; each input has a 10 s
# timeout and 2 GB of memory. Crashing inputs belong in Tests/ChecklistCoreTests/Fixtures/Fuzz/
# as regression tests.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:?usage: Scripts/fuzz.sh SECONDS [TARGET ...]}"
shift
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(FuzzDecode FuzzSegment FuzzTime FuzzRules FuzzTracker FuzzDocx FuzzPDFLayout FuzzWriters)
fi
corpus="../shared/corpus"
# Swift's own backtracer runs on a fatal error and, under ASan, trips over its own memory reads
# and can stall for minutes; libFuzzer's handler is all a crash needs.
export SWIFT_BACKTRACE=enable=no
# Leaks of the runtime and of dependencies that are not ours (see the file); ChecklistCore's are
# still reported.
export LSAN_OPTIONS="suppressions=$PWD/Scripts/lsan-suppressions.txt:print_suppressions=0"

for target in "${targets[@]}"; do
  CHECKLIST_FUZZ=1 swift build -c release --scratch-path .build-fuzz -j 1 \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld --product "$target"
done

seed() {
  local target="$1" into="$2"
  mkdir -p "$into"
  case "$target" in
    FuzzDecode | FuzzSegment)
      find "$corpus" samples -type f \( -name '*.txt' -o -name '*.html' \) -exec cp {} "$into" \; 2>/dev/null || true
      ;;
    FuzzTime)
      # One line a file: the parser reads a sentence at a time.
      grep -h -E '月|日|年|前|底|季度|周|天' "$corpus"/*/*.txt samples/*.txt 2>/dev/null \
        | head -n 400 | split -l 1 - "$into/line-" || true
      ;;
    FuzzRules)
      cp rules/*.yaml "$into"
      ;;
    FuzzTracker)
      cp Tests/ChecklistCoreTests/Fixtures/Tracking/*.md "$into"
      ;;
    FuzzDocx)
      # The small .docx fixtures as they are, and the XML parts of the numbered one joined as
      # the target cuts them (document, numbering, styles).
      find Tests/ChecklistCoreTests/Fixtures/Documents -name '*.docx' ! -name 'bad-bomb*' -exec cp {} "$into" \;
      python3 - "$into" <<'PY'
import sys, zipfile
parts = ["word/document.xml", "word/numbering.xml", "word/styles.xml"]
for name in ("numbered", "table"):
    archive = zipfile.ZipFile(f"Tests/ChecklistCoreTests/Fixtures/Documents/{name}.docx")
    joined = b"\n--part--\n".join(archive.read(p) for p in parts)
    open(f"{sys.argv[1]}/{name}-parts.xml", "wb").write(joined)
PY
      ;;
    FuzzPDFLayout)
      for pdf in Tests/ChecklistCoreTests/Fixtures/Documents/*.pdf; do
        pdftotext -bbox-layout "$pdf" "$into/$(basename "$pdf" .pdf).html" 2>/dev/null || true
      done
      ;;
    FuzzWriters)
      # Cells are separated by U+0001; seeds hold the hostile values of issue 12.
      printf '=HYPERLINK("http://evil.example/x","x")\001@SUM(1)\001+1\001\t-1' >"$into/formula"
      printf '<img src=x onerror=alert(1)>\001[x](javascript:alert(1))\001a|b\001`c` www.x.com a@b.c' >"$into/markdown"
      printf 'x 2020-01-01 (A) +proj @ctx due:1999-01-01 id:abc\001(B) t\001<!-- ```\001\\ &amp; #' >"$into/todo"
      grep -h -m 40 '要' "$corpus"/seeds/*.txt 2>/dev/null | head -n 40 | split -l 4 - "$into/speech-" || true
      ;;
  esac
}

for target in "${targets[@]}"; do
  out="fuzz-out/$target"
  mkdir -p "$out/artifacts"
  if [ ! -d "$out/corpus" ] || [ -z "$(ls -A "$out/corpus")" ]; then seed "$target" "$out/corpus"; fi
  echo "== $target: ${seconds}s, $(date -u +%H:%M:%S) UTC" | tee "$out/log.txt"
  # Speeches, rule files and trackers are files; time expressions live inside one sentence,
  # and the instrumented parser takes ~60 µs a character, so long inputs only slow it down.
  max_len=65536
  if [ "$target" = FuzzTime ]; then max_len=4096; fi
  status=0
  ".build-fuzz/release/$target" "$out/corpus" \
    -max_total_time="$seconds" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" -print_final_stats=1 \
    -artifact_prefix="$out/artifacts/" >>"$out/log.txt" 2>&1 || status=$?
  echo "== $target finished with status $status at $(date -u +%H:%M:%S) UTC;" \
    "artifacts: $(ls "$out/artifacts" | wc -l)" | tee -a "$out/log.txt"
  grep -E '^#[0-9]+: cov' "$out/log.txt" | tail -n 1 || true
done
