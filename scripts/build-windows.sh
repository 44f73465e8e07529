#!/usr/bin/env bash
# Builds the Windows release on Debian: dist/vanban-<version>-windows-x64.zip with vanban.exe
# (icon and version information embedded by build.rs; fonts, templates and rule sets compiled
# in), the Vietnamese user guide and the fonts' licence. Installs what it needs.
set -euo pipefail
cd "$(dirname "$0")/.."

target=x86_64-pc-windows-gnu
export DEBIAN_FRONTEND=noninteractive
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
if ! command -v x86_64-w64-mingw32-gcc >/dev/null || ! command -v zip >/dev/null; then
  $sudo apt-get update -q
  # mingw: linker, windres (resources) and strip.
  $sudo apt-get install -y -q --no-install-recommends gcc-mingw-w64-x86-64 zip
fi
rustup target list --installed | grep -qx "$target" || rustup target add "$target"

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
name="vanban-$version-windows-x64"
target_dir=${CARGO_TARGET_DIR:-target}

start=$(date +%s)
cargo build --release --target "$target"
echo "build-windows: release cross build $(($(date +%s) - start)) s"

# The exe must need nothing but Windows' own DLLs (no libgcc/libwinpthread beside it).
exe="$target_dir/$target/release/vanban.exe"
foreign=$(x86_64-w64-mingw32-objdump -p "$exe" | sed -n 's/^\s*DLL Name: //p' |
  grep -viE '^(kernel32|user32|gdi32|advapi32|shell32|ole32|oleaut32|combase|comdlg32|comctl32|uxtheme|dwmapi|imm32|opengl32|ws2_32|userenv|ntdll|bcrypt|bcryptprimitives|api-ms-win-.*|shlwapi|winmm|propsys|uiautomationcore|version|dbghelp|msvcrt|ucrtbase|crypt32|secur32|setupapi|hid|winspool\.drv|oleacc|d3d11|dxgi|dcomp|msimg32|powrprof)\.dll$' || true)
if [ -n "$foreign" ]; then
  echo "build-windows: vanban.exe imports DLLs that Windows does not have: $foreign" >&2
  exit 1
fi

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir "$stage/$name"
# Debug symbols are most of a mingw build's size; the resources (icon, version) survive strip.
x86_64-w64-mingw32-strip -o "$stage/$name/vanban.exe" "$exe"
# Notepad on older Windows needs CRLF; the BOM makes it read UTF-8 rather than the ANSI code page.
to_windows_text() { printf '\xEF\xBB\xBF'; sed 's/\r$//; s/$/\r/' "$1"; }
to_windows_text packaging/windows/HUONG-DAN-SU-DUNG.txt >"$stage/$name/HUONG-DAN-SU-DUNG.txt"
to_windows_text assets/fonts/LICENSE-OFL.txt >"$stage/$name/LICENSE-OFL.txt"

mkdir -p dist
rm -f "dist/$name.zip"
(cd "$stage" && zip -q -r -X "$OLDPWD/dist/$name.zip" "$name")
ls -l "dist/$name.zip"
unzip -l "dist/$name.zip"
