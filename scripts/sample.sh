#!/usr/bin/env bash
# Set-up plus the main job: code the bundled sample report and print its events.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
.venv/bin/eventdesk extract samples/homs-2013-07-06.txt --published 2013-07-06 "$@"
