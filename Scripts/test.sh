#!/usr/bin/env bash
# Sets up and runs the whole test suite (unit, rule examples, end to end on the seeds, the
# server's routes), after the install test (Scripts/install-test.sh: a release build, installed
# and packaged), then the real-browser test of 'checklist serve' (Scripts/browser-test.sh:
# Debian's headless Chromium).
#
#   Scripts/test.sh                 everything, as CI runs it
#   Scripts/test.sh --filter Docx   swift test's arguments: only those tests, no install or
#                                   browser test
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh debug
# cmark-gfm renders the Markdown outputs as a viewer would, for the injection tests in
# Tests/ChecklistCoreTests/BadInput/OutputInjectionTests.swift.
if ! command -v cmark-gfm >/dev/null; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq cmark-gfm >/dev/null
fi
Scripts/python-env.sh
if [ $# -eq 0 ]; then Scripts/install-test.sh; fi
# Without openpyxl or icalendar the .xlsx and .ics tests would be skipped; here they must run.
CHECKLIST_REQUIRE_OPENPYXL=1 CHECKLIST_REQUIRE_ICALENDAR=1 swift test "$@"
if [ $# -eq 0 ]; then Scripts/browser-test.sh; fi
