#!/usr/bin/env bash
# Builds reseaupro-finder-wordpress.zip (or the path given): the plugin of wordpress/reseaupro-finder/
# with the bundle dist/reseaupro-finder.js inside, ready for Extensions > Ajouter > Téléverser.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$(realpath -m "${1:-$here/reseaupro-finder-wordpress.zip}")"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
cp -r "$here/reseaupro-finder" "$stage/"
mkdir -p "$stage/reseaupro-finder/assets"
cp "$here/../dist/reseaupro-finder.js" "$stage/reseaupro-finder/assets/"
cp "$here/../LICENSE" "$stage/reseaupro-finder/LICENSE.txt"
rm -f "$out"
(cd "$stage" && zip -qrX "$out" reseaupro-finder)
echo "$out"
