#!/usr/bin/env bash
# Windows typing proof, called by .ci/run after windows-smoke.sh (whose debug vanban.exe it
# reuses): under Xvfb and Wine, types Vietnamese into the editor the way Unikey/EVKey do
# (SendInput: Backspaces, then the rest of the word as KEYEVENTF_UNICODE packets) with
# ../shared/tools/unikey-wine/sendkeys.c, in its `unikey` mode (plain letters as keys) and
# its `unikey-uni` mode (everything as packets), with NumLock off and on. Each run starts
# vanban.exe on a fresh draft, moves the keyboard to the "Cơ quan ban hành" field with Tab,
# types, saves with Ctrl+S and compares the saved field, in NFC, with the text typed.
#
#   VANBAN_EXE=/path/to/vanban.exe .ci/windows-typing.sh   # default: windows-smoke's build
#   VANBAN_WIN_PROFILE=release ...                          # (debug unless this says release)
#   VANBAN_TYPING_KEEP=1 ...                                # keep the scratch directory
#   UNIKEY_WINE_TOOLS=/dir ...        # sendkeys.c elsewhere than ../shared/tools/unikey-wine
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

target=x86_64-pc-windows-gnu
target_dir=${CARGO_TARGET_DIR:-$repo/target}
profile=${VANBAN_WIN_PROFILE:-debug}
exe=${VANBAN_EXE:-$target_dir/$target/$profile/vanban.exe}
tools=${UNIKEY_WINE_TOOLS:-$repo/../shared/tools/unikey-wine}
wine=/usr/lib/wine/wine64
wineserver=/usr/lib/wine/wineserver
export DEBIAN_FRONTEND=noninteractive
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

# The editor opens with the keyboard in the General step's first field, "Cơ quan cấp trên";
# one Tab moves it on to "Cơ quan ban hành". If that changes, a run fails with the whole
# saved draft diffed, which shows the field that got the text instead (and a screenshot is
# kept).
tabs=1

[ -f "$tools/sendkeys.c" ] || { echo "windows-typing: $tools/sendkeys.c not found"; exit 1; }
if ! command -v x86_64-w64-mingw32-gcc >/dev/null || [ ! -x "$wine" ] || ! command -v Xvfb >/dev/null ||
  ! command -v import >/dev/null || ! command -v python3 >/dev/null || [ ! -e /usr/lib/x86_64-linux-gnu/dri/swrast_dri.so ]; then
  $sudo apt-get update -q
  $sudo apt-get install -y -q --no-install-recommends gcc-mingw-w64-x86-64 wine64 xvfb xauth \
    libgl1 libgl1-mesa-dri imagemagick python3
fi
if [ ! -f "$exe" ]; then
  rustup target list --installed | grep -qx "$target" || rustup target add "$target"
  flag=""
  [ "$profile" = release ] && flag="--release"
  cargo build --quiet $flag --target "$target"
fi

work=$(mktemp -d /tmp/vanban-typing.XXXXXX)
xvfb_pid=""
app_pid=""
failures=0
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null
  [ -d "${WINEPREFIX:-}" ] && "$wineserver" -k 2>/dev/null
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  if [ "$failures" -gt 0 ] || [ -n "${VANBAN_TYPING_KEEP:-}" ]; then
    echo "windows-typing: scratch files (drafts, logs, screenshots) kept in $work"
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT
start=$(date +%s)

# Our own X server, on a display number it picks itself (others may be in use).
exec 5>"$work/display"
Xvfb -displayfd 5 -screen 0 1600x1000x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
exec 5>&-
for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { echo "windows-typing: Xvfb did not start"; cat "$work/xvfb.log"; exit 1; }
DISPLAY=":$(cat "$work/display")"
export DISPLAY

# A fresh Wine prefix with the test-only ProcessPrng shim, as in windows-smoke.sh.
export WINEPREFIX="$work/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
export LANG=C.UTF-8 LC_ALL=C.UTF-8
"$wine" wineboot --init >/dev/null 2>&1 || true
x86_64-w64-mingw32-gcc -shared -O2 -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
  tests/windows/bcryptprimitives.c -ladvapi32
x86_64-w64-mingw32-gcc -O2 -o "$work/sendkeys.exe" "$tools/sendkeys.c" -luser32 -lshell32

# The other keys (Tab, Ctrl+S, Esc, NumLock, closing the window), also through SendInput.
cat >"$work/winkeys.c" <<'EOF'
/* winkeys.exe CMD...: keys for the window whose title contains "vanban" (waits for it).
 * CMD: tab N | ctrl-s | esc | numlock-on | numlock-off | close */
#define UNICODE
#define _UNICODE
#include <windows.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

static HWND found;

static BOOL CALLBACK enum_cb(HWND h, LPARAM lp) {
  wchar_t t[512];
  (void)lp;
  if (!IsWindowVisible(h)) return TRUE;
  int n = GetWindowTextW(h, t, 512);
  for (int i = 0; i < n; i++) t[i] = towlower(t[i]);
  if (n > 0 && wcsstr(t, L"vanban")) { found = h; return FALSE; }
  return TRUE;
}

static void key(WORD vk, int up) {
  INPUT in = {0};
  in.type = INPUT_KEYBOARD;
  in.ki.wVk = vk;
  in.ki.wScan = (WORD)MapVirtualKeyW(vk, MAPVK_VK_TO_VSC);
  in.ki.dwFlags = (up ? KEYEVENTF_KEYUP : 0) | (vk == VK_NUMLOCK ? KEYEVENTF_EXTENDEDKEY : 0);
  if (SendInput(1, &in, sizeof in) != 1) printf("SendInput failed: %lu\n", GetLastError());
  Sleep(40);
}

static void tap(WORD vk) { key(vk, 0); key(vk, 1); }

int main(int argc, char **argv) {
  for (int tries = 0; !found && tries < 600; tries++) {
    EnumWindows(enum_cb, 0);
    if (!found) Sleep(100);
  }
  if (!found) { printf("winkeys: vanban window not found\n"); return 1; }
  SetForegroundWindow(found);
  Sleep(100);
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "tab")) {
      /* egui moves the focus once per frame however many Tabs the frame saw: one frame
       * each (a frame of the debug exe on Mesa's software OpenGL can take 100 ms). */
      int n = i + 1 < argc ? atoi(argv[++i]) : 1;
      while (n-- > 0) { tap(VK_TAB); Sleep(250); }
    } else if (!strcmp(a, "ctrl-s")) {
      key(VK_CONTROL, 0); tap('S'); key(VK_CONTROL, 1);
    } else if (!strcmp(a, "esc")) {
      tap(VK_ESCAPE);
      Sleep(250);
    } else if (!strcmp(a, "numlock-on") || !strcmp(a, "numlock-off")) {
      /* The key state the editor's thread sees (ours alone is not kept up to date). */
      int want = !strcmp(a, "numlock-on");
      AttachThreadInput(GetCurrentThreadId(), GetWindowThreadProcessId(found, NULL), TRUE);
      /* A new thread may start from a stale toggle state: press until it reads right. */
      for (int t = 0; t < 4 && (GetKeyState(VK_NUMLOCK) & 1) != want; t++) { tap(VK_NUMLOCK); Sleep(500); }
      if ((GetKeyState(VK_NUMLOCK) & 1) != want) { printf("winkeys: NumLock did not toggle\n"); return 1; }
    } else if (!strcmp(a, "close")) {
      PostMessageW(found, WM_CLOSE, 0, 0);
    } else {
      printf("winkeys: unknown command %s\n", a);
      return 2;
    }
  }
  return 0;
}
EOF
x86_64-w64-mingw32-gcc -O2 -Wall -o "$work/winkeys.exe" "$work/winkeys.c" -luser32

# The editor opens the draft directly (no first-run profile dialog: a saved profile exists).
appdata=$(echo "$WINEPREFIX"/drive_c/users/*/AppData/Roaming)
mkdir -p "$appdata/vanban/vanban/config"
echo "()" >"$appdata/vanban/vanban/config/profile.ron"
(cd "$work" && "$wine" "$exe" new --template ket-luan-hoi-nghi -o template.ron >/dev/null)

# Every tone on plain and modified vowels (ă â ê ô ơ ư, capitals too), đ/Đ, the words that
# lost their final p, an all-caps line (G–S as packets were Home, arrows, End, Delete…) and
# ";" (0x3B, F1's scan code: the help dialog).
cat >"$work/expected.txt" <<'EOF'
Tiếng Việt: bắt bằng bẳn bẵng bặt, cấp cần cẩn cẫn cận, mế mề mể mễ mệ, tốt tồn tổ tỗ tộ, mới mời mở mỡ mợ, sứ sừ sử sữ sự, á à ả ã ạ; ẮẰẲẴẶ ẤẦẨẪẬ ẾỀỂỄỆ ỐỒỔỖỘ ỚỜỞỠỢ ỨỪỬỮỰ Đ đ. Cấp ủy, hợp, pháp, tiếp. ĐẢNG CỘNG SẢN VIỆT NAM
EOF

# The "Cơ quan ban hành" field (issuer.name) of a saved draft, in NFC.
issuer_name() {
  python3 - "$1" <<'EOF'
import re, sys, unicodedata
text = open(sys.argv[1], encoding="utf-8").read()
m = re.search(r'issuer: \(.*?\bname: "((?:[^"\\]|\\.)*)"', text, re.S)
if not m:
    sys.exit("no issuer name in " + sys.argv[1])
value = re.sub(r'\\u\{([0-9a-fA-F]+)\}', lambda u: chr(int(u.group(1), 16)), m.group(1))
value = re.sub(r'\\(.)', r'\1', value)
print(unicodedata.normalize("NFC", value))
EOF
}

# Starts the editor on $1.ron and waits for its window. Under Wine on a loaded machine the
# window has been seen not to appear within winkeys' 60 s (the script then stopped without
# a word, under set -e): say so with the app's log, stop every Wine process of the prefix,
# and try once more.
start_app() {
  local name=$1 attempt
  for attempt in 1 2; do
    (cd "$work" && exec "$wine" "$exe" "$name.ron" >"$work/$name.app.log" 2>&1) &
    app_pid=$!
    if "$wine" "$work/winkeys.exe" >"$work/$name.wait.log" 2>&1; then
      return 0
    fi
    echo "windows-typing: $name: no window after 60 s (attempt $attempt); $(cat "$work/$name.wait.log")"
    tail -20 "$work/$name.app.log" | sed 's/^/  app: /'
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    app_pid=""
    "$wineserver" -k 2>/dev/null || true
  done
  return 1
}

# One run: fresh draft, start the editor, focus the field, type, save, close, compare.
type_run() {
  local mode=$1 numlock=$2 name="$1-numlock-$2"
  local draft="$work/$name.ron"
  cp "$work/template.ron" "$draft"
  if ! start_app "$name"; then
    echo "FAIL $name: the editor's window did not appear"
    failures=$((failures + 1))
    return
  fi
  sleep 3 # first frames
  "$wine" "$work/winkeys.exe" "numlock-$numlock" tab "$tabs"
  SENDKEYS_DELAY=5 "$wine" "$work/sendkeys.exe" clear - >"$work/$name.sendkeys.log"
  SENDKEYS_DELAY=5 "$wine" "$work/sendkeys.exe" "$mode" "$work/expected.txt" >>"$work/$name.sendkeys.log"
  sleep 1
  import -window root "$work/$name.png" 2>/dev/null || true
  # Esc closes a dialog a stray key may have opened (before the fix: ";" as F1, help).
  "$wine" "$work/winkeys.exe" esc esc ctrl-s
  for _ in $(seq 50); do cmp -s "$draft" "$work/template.ron" || break; sleep 0.2; done
  "$wine" "$work/winkeys.exe" close >/dev/null
  for _ in $(seq 50); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.2; done
  kill "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  app_pid=""

  if cmp -s "$draft" "$work/template.ron"; then
    echo "FAIL $name: the draft was not saved (screenshot: $work/$name.png)"
    failures=$((failures + 1))
    return
  fi
  local got
  got=$(issuer_name "$draft")
  if [ "$got" = "$(cat "$work/expected.txt")" ]; then
    echo "ok   $name"
  else
    echo "FAIL $name: the saved \"Cơ quan ban hành\" differs from the text typed"
    echo "  expected: $(cat "$work/expected.txt")"
    echo "  got:      $got"
    diff <(tr ' ' '\n' <"$work/expected.txt") <(echo "$got" | tr ' ' '\n') | sed 's/^/  /' || true
    echo "  whole draft against the template (which field got the text):"
    diff "$work/template.ron" "$draft" | head -20 | sed 's/^/  /' || true
    failures=$((failures + 1))
  fi
}

for numlock in off on; do
  for mode in unikey unikey-uni; do
    type_run "$mode" "$numlock"
  done
done

echo "windows-typing: $(($(date +%s) - start)) s"
if [ "$failures" -gt 0 ]; then
  echo "windows-typing: $failures failure(s)"
  exit 1
fi
echo "windows-typing: Unikey-style typing (keys and VK_PACKET, NumLock off and on) saved exactly"
