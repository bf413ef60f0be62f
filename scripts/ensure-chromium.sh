#!/usr/bin/env bash
# Install Debian's chromium + chromium-driver for the browser tests, only when missing.
# Idempotent and silent when both are already present; needs root (or sudo) to install.
set -euo pipefail

have() { command -v "$1" >/dev/null 2>&1; }

if have chromium && have chromedriver; then
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if have sudo; then
        SUDO="sudo"
    else
        echo "ensure-chromium: chromium/chromedriver missing and not root (no sudo)" >&2
        exit 1
    fi
fi

echo "ensure-chromium: installing chromium and chromium-driver with apt-get" >&2
export DEBIAN_FRONTEND=noninteractive
# Two tries: a mirror hiccup during `apt-get update` should not fail a CI run.
for attempt in 1 2; do
    if $SUDO apt-get update -q >/dev/null \
        && $SUDO apt-get install -y -q --no-install-recommends chromium chromium-driver >/dev/null
    then
        break
    fi
    [ "$attempt" -eq 2 ] || { echo "ensure-chromium: apt-get failed, retrying" >&2; sleep 5; }
done

if ! have chromium || ! have chromedriver; then
    echo "ensure-chromium: apt-get finished but chromium/chromedriver are still missing" >&2
    exit 1
fi
echo "ensure-chromium: $(chromium --version 2>/dev/null || echo chromium) installed" >&2
