#!/usr/bin/env bash
# CI stage for the Linux installer: build the .deb, install it with apt, run the installed app, check
# that the desktop entry and the MIME types are registered, then purge it and check nothing is left.
#
#   bash packaging/ci_deb.sh
#
# Needs root on Debian 12 / Ubuntu 22.04 or newer (it installs packages); a few minutes on two cores.
# The app is installed with --no-install-recommends, so the run proves its Depends are enough.
set -euo pipefail
cd "$(dirname "$0")/.."

started=$(date +%s)
export DEBIAN_FRONTEND=noninteractive PIP_DISABLE_PIP_VERSION_CHECK=1
step() { printf '\n== %s (%d s)\n' "$1" "$(( $(date +%s) - started ))"; }
fail() { echo "ci_deb: FAILED: $*" >&2; exit 1; }

# --- tools: building (binutils, venv), checking (validators, xdg-mime), and the X libraries Qt's
# xcb plugin needs, which PyInstaller copies from this machine into the bundle.
step "tools"
need=""
for p in binutils desktop-file-utils appstream shared-mime-info xdg-utils libfile-mimeinfo-perl \
         libxcb-icccm4 libxcb-keysyms1; do
  dpkg -s "$p" >/dev/null 2>&1 || need="$need $p"
done
python3 -m ensurepip --version >/dev/null 2>&1 || need="$need python3-venv"
if [ -n "$need" ]; then
  echo "installing:$need"
  apt-get -o DPkg::Lock::Timeout=300 update -qq
  apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends $need >/dev/null
fi
if dpkg -s cutie >/dev/null 2>&1; then
  fail "a cutie package is already installed here; remove it first (apt-get purge -y cutie)"
fi

step "build"
python3 packaging/build.py deb
version=$(python3 -c 'import sys; sys.path.insert(0, "packaging")
from pathlib import Path; from app_identity import version_of; print(version_of(Path(".")))')
app_id=$(python3 -c 'import sys; sys.path.insert(0, "packaging"); from app_identity import APP_ID; print(APP_ID)')
deb="dist/cutie_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || fail "$deb was not built"

installed=0
cleanup() { if [ "$installed" = 1 ]; then apt-get -o DPkg::Lock::Timeout=300 purge -y -qq cutie >/dev/null 2>&1 || true; fi; }
trap cleanup EXIT

step "install"
apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "./$deb" >/dev/null
installed=1
[ "$(command -v cutie)" = /usr/bin/cutie ] || fail "cutie is not on PATH as /usr/bin/cutie"
[ "$(readlink /usr/bin/cutie)" = /opt/cutie/cutie ] || fail "/usr/bin/cutie does not point into /opt/cutie"

step "run"
shown=$(cutie --version)
[ "$shown" = "Cutie $version" ] || fail "cutie --version said '$shown'"
home=$(mktemp -d)
run_env=(env HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config"
         XDG_CACHE_HOME="$home/cache" XDG_STATE_HOME="$home/state" QT_QPA_PLATFORM=offscreen)
t0=$(date +%s%N)
set +e
timeout -s INT 90 "${run_env[@]}" cutie --demo --quit-after 5 >"$home/out.txt" 2>&1
rc=$?
set -e
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
cat "$home/out.txt"
[ "$rc" -eq 0 ] || fail "cutie --demo exited with $rc"
[ "$ms" -ge 5000 ] || fail "cutie --demo stopped after $ms ms, before its 5 s were up"
echo "cutie --demo ran offscreen for $ms ms and quit cleanly"
project_dir="$home/data/cutie/projects/Little Orange (demo)"
project="$project_dir/project.cutie"
[ -f "$project" ] || fail "the demo run did not create its sample project"
"${run_env[@]}" cutie pack "$project_dir" --out "$home/little-orange.cutiepack" >/dev/null
[ -f "$home/little-orange.cutiepack" ] || fail "cutie pack wrote nothing"
# As a file manager starts it ("Exec=cutie %F" on a project.cutie), in Simplified Chinese.
for shipped in cutie_app/resources/help/guide.html cutie_app/resources/help/guide.zh_CN.html \
               cutie_app/resources/help/guide.id.html cutie_app/resources/i18n/cutie_zh_CN.qm \
               cutie_app/resources/i18n/cutie_id.qm PySide6/Qt/translations/qtbase_zh_CN.qm; do
  [ -f "/opt/cutie/_internal/$shipped" ] || fail "the bundle lacks $shipped"
done
"${run_env[@]}" LANGUAGE=zh_CN LANG=zh_CN.UTF-8 timeout -s INT 60 cutie --quit-after 2 "$project" >/dev/null 2>&1 \
  || fail "cutie $project did not start and quit cleanly"
recent=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["recent_projects"][0])' \
         "$home/config/cutie/settings.json")
[ "$recent" = "$project_dir" ] || fail "cutie project.cutie opened '$recent', not the demo project"
echo "cutie PATH opened the project (zh_CN); the guide and the translations are in the bundle"

step "desktop integration"
desktop=/usr/share/applications/cutie.desktop
metainfo="/usr/share/metainfo/$app_id.metainfo.xml"
desktop-file-validate "$desktop"
appstreamcli validate --no-net "$metainfo"
for size in 16x16 24x24 32x32 48x48 64x64 128x128 256x256 512x512 scalable; do
  ext=png; [ "$size" = scalable ] && ext=svg
  for icon in apps/cutie mimetypes/application-x-cutie-project mimetypes/application-x-cutiepack; do
    [ -f "/usr/share/icons/hicolor/$size/$icon.$ext" ] || fail "icon $size/$icon.$ext is missing"
  done
done
grep -qx 'application/x-cutie-project:application-x-cutie-project' /usr/share/mime/icons \
  || fail "the MIME database has no icon for application/x-cutie-project"
grep -q '^application/x-cutie-project=.*cutie.desktop' /usr/share/applications/mimeinfo.cache \
  || fail "cutie.desktop is not registered for application/x-cutie-project"
grep -q '^application/x-cutiepack=.*cutie.desktop' /usr/share/applications/mimeinfo.cache \
  || fail "cutie.desktop is not registered for application/x-cutiepack"
query() { "${run_env[@]}" xdg-mime query filetype "$1"; }
[ "$(query "$project")" = application/x-cutie-project ] || fail "project.cutie is $(query "$project")"
cp "$project" "$home/renamed.db"  # recognised by its content (SQLite + Cutie's application_id)
[ "$(query "$home/renamed.db")" = application/x-cutie-project ] || fail "a renamed project is $(query "$home/renamed.db")"
[ "$(query "$home/little-orange.cutiepack")" = application/x-cutiepack ] || fail "the pack is $(query "$home/little-orange.cutiepack")"
default=$("${run_env[@]}" xdg-mime query default application/x-cutie-project)
[ "$default" = cutie.desktop ] || fail "the default app for projects is '$default'"
echo "desktop entry, metainfo, icons and MIME types registered"

step "remove"
apt-get -o DPkg::Lock::Timeout=300 purge -y -qq cutie >/dev/null
installed=0
for path in /opt/cutie /usr/bin/cutie "$desktop" "$metainfo" /usr/share/mime/packages/cutie.xml \
            /usr/share/icons/hicolor/scalable/apps/cutie.svg; do
  [ ! -e "$path" ] && [ ! -L "$path" ] || fail "$path is still there after purge"
done
! grep -q 'x-cutie' /usr/share/mime/globs2 || fail "the MIME database still knows Cutie's types"
! grep -q 'cutie.desktop' /usr/share/applications/mimeinfo.cache || fail "mimeinfo.cache still names cutie.desktop"
rm -rf "$home"

echo; echo "ci_deb: passed in $(( $(date +%s) - started )) s"
