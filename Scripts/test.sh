#!/usr/bin/env bash
# Sets up and runs the whole test suite (unit, rule examples, end to end on the seeds).
# The calendar export is checked by python's icalendar (from PyPI) in a virtualenv of its own,
# made once under .build/; the tests find it through CHECKLIST_PYTHON.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh debug
venv=.build/test-venv
if ! "$venv/bin/python" -c 'import icalendar' 2>/dev/null; then
  echo "setting up $venv (icalendar)" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check 'icalendar==7.3.0'
fi
export CHECKLIST_PYTHON="$PWD/$venv/bin/python"
swift test "$@"
