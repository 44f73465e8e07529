#!/usr/bin/env bash
# Windows proof, called by .ci/run: cross-builds vanban.exe (mingw) and runs under Wine the CLI
# round trip of the Linux tests (templates, rules, new, export, check, import) with Vietnamese
# file names, next to the Linux binary on the same inputs. Exit codes, stdout and every file
# written must be the same; DOCX files are compared part by part, unzipped (docProps/core.xml
# holds the export time, so it is left out).
#
#   VANBAN_WIN_PROFILE=release .ci/windows-smoke.sh   # default: debug (faster to build in CI)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

profile=${VANBAN_WIN_PROFILE:-debug}
target=x86_64-pc-windows-gnu
target_dir=${CARGO_TARGET_DIR:-$repo/target}
export DEBIAN_FRONTEND=noninteractive
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

wine=/usr/lib/wine/wine64
if ! command -v x86_64-w64-mingw32-gcc >/dev/null || [ ! -x "$wine" ] || ! command -v unzip >/dev/null; then
  $sudo apt-get update -q
  $sudo apt-get install -y -q --no-install-recommends gcc-mingw-w64-x86-64 wine64 unzip
fi
rustup target list --installed | grep -qx "$target" || rustup target add "$target"

# The Windows-only code (console, ShellExecuteW) is linted for its own target.
cargo clippy --quiet --target "$target" -- -D warnings

flag=""
[ "$profile" = release ] && flag="--release"
start=$(date +%s)
cargo build --quiet $flag --target "$target"
echo "windows-smoke: $profile cross build $(($(date +%s) - start)) s"
cargo build --quiet
exe="$target_dir/$target/$profile/vanban.exe"
linux="$target_dir/debug/vanban"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A fresh Wine prefix with the test-only ProcessPrng shim (tests/windows/bcryptprimitives.c).
export WINEPREFIX="$work/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
# Arguments reach the .exe through the locale: UTF-8, or Vietnamese names are mangled.
export LANG=C.UTF-8 LC_ALL=C.UTF-8
unset DISPLAY
"$wine" wineboot --init >/dev/null 2>&1 || true
x86_64-w64-mingw32-gcc -shared -O2 -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
  tests/windows/bcryptprimitives.c -ladvapi32

mkdir -p "$work/linux" "$work/win"
for side in linux win; do
  cp assets/mau-ket-luan.ron "$work/$side/Kết luận số 15.ron"
  # Files only: the parts fixtures (Kính gửi, căn cứ, appendices…) sit in a folder of
  # their own and are imported on both sides too.
  find tests/fixtures/import tests/fixtures/import/parts -maxdepth 1 -type f \
    -exec cp {} "$work/$side/" \;
done

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# Runs one command on both sides; compares exit code, stdout and (paths aside) stderr.
both() {
  local name=$1; shift
  (cd "$work/linux" && "$linux" "$@" >"../$name.linux.out" 2>"../$name.linux.err"; echo $? >"../$name.linux.rc") || true
  (cd "$work/win" && "$wine" "$exe" "$@" >"../$name.win.out" 2>"../$name.win.err"; echo $? >"../$name.win.rc") || true
  local lrc wrc
  lrc=$(cat "$work/$name.linux.rc"); wrc=$(cat "$work/$name.win.rc")
  [ "$lrc" = "$wrc" ] || fail "$name: exit code $wrc under Wine, $lrc on Linux"
  diff <(tr -d '\r' <"$work/$name.linux.out") <(tr -d '\r' <"$work/$name.win.out") >/dev/null ||
    fail "$name: stdout differs"
  diff <(tr -d '\r' <"$work/$name.linux.err") <(tr -d '\r' <"$work/$name.win.err" | tr '\\' '/') >/dev/null ||
    fail "$name: stderr differs: $(head -c 300 "$work/$name.win.err")"
  echo "ok   $name (exit $wrc)"
}

same_file() {
  cmp -s "$work/linux/$1" "$work/win/$1" || fail "$1 differs"
}

# The DOCX parts, unzipped, must be identical (core.xml: export timestamp).
same_docx() {
  local f=$1 side
  for side in linux win; do
    [ -f "$work/$side/$f" ] || { fail "$f not written ($side)"; return; }
    rm -rf "$work/unzip-$side" && mkdir "$work/unzip-$side"
    unzip -q "$work/$side/$f" -d "$work/unzip-$side"
    rm -f "$work/unzip-$side/docProps/core.xml"
  done
  diff -r "$work/unzip-linux" "$work/unzip-win" >/dev/null || fail "$f: DOCX parts differ"
}

both version --version
both templates templates
both rules rules
for t in ket-luan-hoi-nghi ket-luan-ban-thuong-vu nghi-quyet thong-bao-ket-luan; do
  both "new-$t" new --template "$t" -o "Bản thảo $t.ron"
  same_file "Bản thảo $t.ron"
  both "export-$t" export "Bản thảo $t.ron"
  same_docx "Bản thảo $t.docx"
done
for rules in dang-hd05-2026 dang-hd36-2018 nha-nuoc-nd30-2020; do
  both "export-$rules" export "Kết luận số 15.ron" -o "Kết luận số 15 ($rules).docx" --rules "$rules"
  same_docx "Kết luận số 15 ($rules).docx"
done
both check-ron check "Kết luận số 15.ron"
both check-docx check "Kết luận số 15 (dang-hd05-2026).docx" --format json
both check-old-rules check "Kết luận số 15 (dang-hd36-2018).docx"
for f in tests/fixtures/import/*.txt tests/fixtures/import/*.md tests/fixtures/import/*.docx \
  tests/fixtures/import/parts/*.txt; do
  f=$(basename "$f")
  [ "$f" = bomb.docx ] && continue
  both "import-$f" import "$f" -o "Nhập $f.ron"
  same_file "Nhập $f.ron"
done
both import-bomb import bomb.docx -o "Nhập bomb.ron"
both missing export "Không có tệp này.ron"
both exists new --template nghi-quyet -o "Kết luận số 15.ron"
same_file "Kết luận số 15.ron"

/usr/lib/wine/wineserver -k 2>/dev/null || true
if [ "$failures" -gt 0 ]; then
  echo "windows-smoke: $failures failure(s); outputs kept in $work"
  trap - EXIT
  exit 1
fi
echo "windows-smoke: vanban.exe ($profile) under Wine matches the Linux build"
