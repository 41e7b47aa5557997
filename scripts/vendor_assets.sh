#!/usr/bin/env bash
# Rebuild lagebild/serve/static/vendor/ from the npm registry at the versions pinned in
# frontend/package-lock.json.  The copied files are committed, so users and CI never need npm;
# run this only to change a library version (edit frontend/package.json, `npm install` there,
# then run this script and commit the result).
set -euo pipefail
cd "$(dirname "$0")/.."
VENDOR=lagebild/serve/static/vendor
(cd frontend && npm ci --no-audit --no-fund --ignore-scripts --silent)
rm -rf "$VENDOR"
mkdir -p "$VENDOR/d3" "$VENDOR/topojson-client" "$VENDOR/world-atlas"
NM=frontend/node_modules
cp "$NM/d3/dist/d3.min.js" "$NM/d3/LICENSE" "$VENDOR/d3/"
cp "$NM/topojson-client/dist/topojson-client.min.js" "$NM/topojson-client/LICENSE" "$VENDOR/topojson-client/"
# Natural Earth 1:110m country boundaries (public domain), as TopoJSON; ISC licence for the packaging.
cp "$NM/world-atlas/countries-110m.json" "$NM/world-atlas/LICENSE" "$VENDOR/world-atlas/"
node -e '
  const p = (n) => require("./frontend/node_modules/" + n + "/package.json").version;
  const v = {d3: p("d3"), "topojson-client": p("topojson-client"), "world-atlas": p("world-atlas")};
  require("fs").writeFileSync(process.argv[1], JSON.stringify(v, null, 2) + "\n");
' "$VENDOR/versions.json"
du -sh "$VENDOR"
