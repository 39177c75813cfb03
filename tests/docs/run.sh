#!/usr/bin/env bash
# The documents as recipients open them: Word files through LibreOffice (to PDF, read with pdftotext) and
# checked part by part, CSVs through Python's csv reader, every document for internal codes.
# Usage: tests/docs/run.sh FAIRTERMS_BINARY REPO_DIR. The last line is "docs: N passed, N failed".
set -u
bin=$1; src=$2
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
for tool in soffice pdftotext pdfinfo python3; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (scripts/setup.sh installs it)"; echo "docs: 0 passed, 1 failed"; exit 1; }
done
python3 "$src/tests/docs/check_docs.py" "$bin" "$src" "$out"
