#!/usr/bin/env bash
# Creates .venv and installs eventdesk with its pinned dependencies and front-end files.
# Idempotent and quick when nothing changed: it reinstalls only when pyproject.toml or the
# front-end lock file is newer than the last install.
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=.venv/.eventdesk-installed
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
  echo "eventdesk: installing into .venv (first run takes a few minutes)" >&2
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[test]"
  bash scripts/setup-web.sh
  touch "$stamp"
fi
# The offline gazetteer is built once into the data folder (about 40 s, 160 MB).
.venv/bin/python - <<'PY'
import sys
from eventdesk import settings
from eventdesk.geo import open_gazetteer

if not settings.gazetteer_path().exists():
    print(f"eventdesk: building the offline gazetteer in {settings.gazetteer_path()} (once)",
          file=sys.stderr)
open_gazetteer()
PY
