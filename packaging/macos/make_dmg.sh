#!/usr/bin/env bash
# Put Cutie.app on a compressed disk image beside a link to /Applications (drag to install).
#   bash packaging/macos/make_dmg.sh dist/Cutie.app dist/Cutie-<version>-<arch>.dmg
# Called by `python packaging/build.py macos`. Signs ad hoc unless CODESIGN_IDENTITY names a
# Developer ID certificate in the keychain; notarising needs Apple credentials and is not done here.
set -euo pipefail
app=${1:?usage: make_dmg.sh APP OUT.dmg}
out=${2:?usage: make_dmg.sh APP OUT.dmg}
[ -d "$app/Contents/MacOS" ] || { echo "make_dmg: $app is not an app bundle" >&2; exit 1; }

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
ditto "$app" "$stage/$(basename "$app")"
codesign --force --deep --sign "${CODESIGN_IDENTITY:--}" "$stage/$(basename "$app")"
codesign --verify --deep --strict "$stage/$(basename "$app")"
ln -s /Applications "$stage/Applications"

rm -f "$out"
hdiutil create -volname "Cutie" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$out"
hdiutil verify "$out"
