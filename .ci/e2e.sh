#!/usr/bin/env bash
# End-to-end test: the RELEASE binary in a real X window (Xvfb), with a fresh HOME, driven
# with xdotool as a clerk would; results read from the files it writes (tests/e2e/*.py).
# Screenshots of every step go to ${E2E_SHOTS:-/tmp/e2e-shots} (never into the repository).
set -euo pipefail
cd "$(dirname "$0")/.."

export DEBIAN_FRONTEND=noninteractive
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

# What the scenarios need on a fresh Debian machine; each guarded so that reruns are fast.
need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
command -v xmodmap >/dev/null || need+=(x11-xserver-utils)
command -v xprop >/dev/null || need+=(x11-utils)
# `import`/`identify` from ImageMagick (screenshots, blank-frame test).
command -v identify >/dev/null && command -v import >/dev/null || need+=(imagemagick)
# Mesa's software OpenGL for the glow renderer under Xvfb.
ls /usr/lib/*/dri/swrast_dri.so >/dev/null 2>&1 || need+=(libgl1-mesa-dri libglx-mesa0)
# The accessibility tree (AccessKit → AT-SPI) through which named buttons are pressed.
command -v dbus-daemon >/dev/null || need+=(dbus)
[ -x /usr/libexec/at-spi-bus-launcher ] || need+=(at-spi2-core)
/usr/bin/python3 -c "import pyatspi" 2>/dev/null || need+=(python3-pyatspi)
if [ "${#need[@]}" -gt 0 ]; then
  $sudo apt-get update -q
  $sudo apt-get install -y -q --no-install-recommends "${need[@]}"
fi

start=$(date +%s)
cargo build --release --quiet
echo "e2e: release build $(($(date +%s) - start)) s"

passed=0
failed=0
failing=()
for scenario in idle first_run clerk record; do
  echo "== e2e: $scenario"
  # Each scenario kills what it started; `timeout` is the last resort.
  if timeout --kill-after=10 240 python3 "tests/e2e/$scenario.py"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    failing+=("$scenario")
  fi
done
echo "e2e: screenshots in ${E2E_SHOTS:-/tmp/e2e-shots}"
[ "$failed" -eq 0 ] || echo "e2e: failing: ${failing[*]}"
echo "e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
