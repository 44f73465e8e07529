#!/usr/bin/env bash
# GUI smoke test of vanban.exe under Wine + Xvfb (run by hand, see README "Windows"): starts the
# editor on the bundled sample draft, waits for the window to be drawn, prints the start-up time,
# saves a screenshot and fails if it is blank. Look at the screenshot: Vietnamese letters, not boxes.
#
#   scripts/windows-gui-smoke.sh [vanban.exe] [screenshot.png]
# Needs: wine64, gcc-mingw-w64-x86-64, xvfb, xdotool, imagemagick, Mesa (Wine's OpenGL → GLX).
set -euo pipefail
cd "$(dirname "$0")/.."
target_dir=${CARGO_TARGET_DIR:-target}
exe=${1:-$target_dir/x86_64-pc-windows-gnu/release/vanban.exe}
shot=${2:-dist/windows-gui-smoke.png}
wine=/usr/lib/wine/wine64
mkdir -p "$(dirname "$shot")"

work=$(mktemp -d)
xvfb_pid=""
cleanup() {
  # Ends this prefix's Wine processes (vanban.exe among them), then our Xvfb.
  WINEPREFIX="$work/prefix" /usr/lib/wine/wineserver -k 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# Xvfb picks a free display and writes its number to fd 3.
Xvfb -displayfd 3 -screen 0 1440x900x24 +extension GLX 3>"$work/display" 2>/dev/null &
xvfb_pid=$!
for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
export DISPLAY=":$(cat "$work/display")"

export WINEPREFIX="$work/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" LANG=C.UTF-8
"$wine" wineboot --init >/dev/null 2>&1 || true
# Test-only: Wine 8 lacks ProcessPrng, which Rust's std needs (tests/windows/bcryptprimitives.c).
x86_64-w64-mingw32-gcc -shared -O2 -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
  tests/windows/bcryptprimitives.c -ladvapi32

start=$(date +%s.%N)
"$wine" "$exe" >"$work/out.log" 2>&1 &
# Drawn = the window exists and the screen has many colours (anti-aliased text), not one fill.
drawn=""
for _ in $(seq 240); do
  if xdotool search --name vanban >/dev/null 2>&1; then
    import -window root "$work/probe.png" 2>/dev/null || true
    colours=$(convert "$work/probe.png" -format %k info: 2>/dev/null || echo 0)
    if [ "$colours" -gt 200 ]; then
      drawn=$(date +%s.%N)
      break
    fi
  fi
  sleep 0.5
done
if [ -z "$drawn" ]; then
  echo "windows-gui-smoke: FAIL: no window drawn within 120 s"
  cat "$work/out.log"
  exit 1
fi
echo "windows-gui-smoke: window drawn after $(awk "BEGIN { printf \"%.1f\", $drawn - $start }") s"
# Let the first frames (fonts, preview) settle before the picture.
sleep 3
import -window root "$shot"
colours=$(convert "$shot" -format %k info:)
echo "windows-gui-smoke: $shot, $colours distinct colours"
[ "$colours" -gt 200 ] || { echo "windows-gui-smoke: FAIL: blank screenshot"; exit 1; }
