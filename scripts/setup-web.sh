#!/usr/bin/env bash
# Install the web page's pinned front-end libraries from npm (package-lock.json, `npm ci`) and
# copy the files the page needs into eventdesk/web/static/vendor/ (git-ignored): no CDN at run
# time. Idempotent: a stamp holding the lock file's hash makes a repeat run a no-op.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENDOR="$ROOT/eventdesk/web/static/vendor"
STAMP="$VENDOR/.stamp"
NM="$ROOT/node_modules"

# Everything the page and /docs load: "package-relative source" -> "vendor-relative target".
FILES=(
    "leaflet/dist/leaflet.js:leaflet/leaflet.js"
    "leaflet/dist/leaflet.css:leaflet/leaflet.css"
    "leaflet/dist/images/layers.png:leaflet/images/layers.png"
    "leaflet/dist/images/layers-2x.png:leaflet/images/layers-2x.png"
    "leaflet/dist/images/marker-icon.png:leaflet/images/marker-icon.png"
    "leaflet/dist/images/marker-icon-2x.png:leaflet/images/marker-icon-2x.png"
    "leaflet/dist/images/marker-shadow.png:leaflet/images/marker-shadow.png"
    "leaflet/LICENSE:leaflet/LICENSE"
    "leaflet.markercluster/dist/leaflet.markercluster.js:markercluster/leaflet.markercluster.js"
    "leaflet.markercluster/dist/MarkerCluster.css:markercluster/MarkerCluster.css"
    "leaflet.markercluster/dist/MarkerCluster.Default.css:markercluster/MarkerCluster.Default.css"
    "leaflet.markercluster/MIT-LICENCE.txt:markercluster/MIT-LICENCE.txt"
    "topojson-client/dist/topojson-client.min.js:topojson-client/topojson-client.min.js"
    "topojson-client/LICENSE:topojson-client/LICENSE"
    "world-atlas/countries-50m.json:world-atlas/countries-50m.json"
    "world-atlas/LICENSE:world-atlas/LICENSE"
    "swagger-ui-dist/swagger-ui-bundle.js:swagger-ui/swagger-ui-bundle.js"
    "swagger-ui-dist/swagger-ui.css:swagger-ui/swagger-ui.css"
    "swagger-ui-dist/favicon-32x32.png:swagger-ui/favicon-32x32.png"
    "swagger-ui-dist/LICENSE:swagger-ui/LICENSE"
)

lock_hash() {
    # The stamp covers the lock file and this list, so changing either re-runs the copy.
    { cat "$ROOT/package-lock.json"; printf '%s\n' "${FILES[@]}"; } | sha256sum | cut -d' ' -f1
}

all_present() {
    local entry
    for entry in "${FILES[@]}"; do
        [ -s "$VENDOR/${entry#*:}" ] || return 1
    done
}

want="$(lock_hash)"
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ] && all_present; then
    exit 0
fi

if ! command -v npm >/dev/null 2>&1; then
    echo "setup-web: npm is required (Node.js 18 or later) to install the front-end libraries" >&2
    exit 1
fi

cd "$ROOT"
# --ignore-scripts: none of these packages needs a build step, and it keeps installs offline
# after download (swagger-ui-dist pulls in a telemetry package whose install script phones home).
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >&2

rm -rf "$VENDOR"
for entry in "${FILES[@]}"; do
    src="$NM/${entry%%:*}"
    dst="$VENDOR/${entry#*:}"
    if [ ! -s "$src" ]; then
        echo "setup-web: $src is missing after npm ci" >&2
        exit 1
    fi
    mkdir -p "$(dirname "$dst")"
    cp "$src" "$dst"
done
echo "$want" > "$STAMP"
echo "setup-web: front-end libraries copied to ${VENDOR#"$ROOT"/}" >&2
