#!/usr/bin/env bash
# Install everything the test suite needs (Debian packages and Python packages)
# and run the whole suite. Usage: bash scripts/test.sh [pytest options]
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(
  tesseract-ocr tesseract-ocr-eng   # OCR of scans and phone photos
  tesseract-ocr-osd                 # which way up a scanned page is (a Depends of tesseract-ocr)
  tesseract-ocr-spa                 # accented names read again (optional: skipped without it)
  libreoffice-writer-nogui          # --pdf: .docx -> PDF
  fonts-crosextra-carlito fonts-dejavu-core  # metric-compatible fonts for the PDFs
  poppler-utils                     # pdftoppm, used by tests that look at rendered pages
  chromium                          # the web page's browser test (driven by PyPI playwright)
  postgresql                        # the case log's tests on a real PostgreSQL (a throwaway cluster)
)
# Debian's own Python needs python3-venv for `python3 -m venv`
PY="${PYTHON:-python3}"
"$PY" -c "import ensurepip" 2>/dev/null || DEBIAN_PACKAGES+=(python3-venv)

missing=()
for pkg in "${DEBIAN_PACKAGES[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "Installing Debian packages: ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "warning: not a Debian system; install tesseract and LibreOffice yourself" >&2
  fi
fi

if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test,web,postgres]"
.venv/bin/python -m ruff check appealgen tests samples benchmarks scripts templates
.venv/bin/python -m ruff format --check -q appealgen tests samples benchmarks scripts templates
# shellcheck source=scripts/postgres-for-tests.sh
source scripts/postgres-for-tests.sh
start_test_postgres
# not exec: the EXIT trap stops the PostgreSQL cluster after pytest
rc=0
.venv/bin/python -m pytest "$@" || rc=$?
exit $rc
