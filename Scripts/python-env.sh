#!/usr/bin/env bash
# Makes .build/venv with what the tests' Python needs, when it is missing: openpyxl (reads the
# .xlsx the tool writes, Scripts/xlsx-facts.py), icalendar (reads the .ics export back,
# ICalendarRendererTests) and python-docx (Scripts/make-document-fixtures.py;
# that script also wants msoffcrypto-tool and LibreOffice, for the encrypted and PDF fixtures,
# which are committed, so the tests do not need them).
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.build/venv
if "$venv/bin/python" -c "import openpyxl, docx, icalendar" 2>/dev/null; then exit 0; fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
if ! command -v python3 >/dev/null || ! python3 -m venv --help >/dev/null 2>&1; then
  echo "installing: python3 python3-venv" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3 python3-venv >/dev/null
fi
rm -rf "$venv"
python3 -m venv "$venv" || {
  # Debian's python3 makes a venv only with python3-venv (ensurepip) installed.
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3-venv >/dev/null
  rm -rf "$venv"
  python3 -m venv "$venv"
}
"$venv/bin/pip" install -q --disable-pip-version-check openpyxl==3.1.5 python-docx==1.2.0 \
  icalendar==7.3.0 >&2
