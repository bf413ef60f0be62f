#!/usr/bin/env bash
# Set-up plus the whole test suite (slow and browser tests included), then ruff.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
bash scripts/ensure-chromium.sh
.venv/bin/ruff check eventdesk tests bench
.venv/bin/python -m pytest "$@"
