"""Shared helpers of the end-to-end scenarios: a private Xvfb display, the release binary
started with a fresh HOME, xdotool typing (Vietnamese letters through a keymap of spare
keycodes), screenshots, CPU and memory read from /proc. Python standard library only.

Every wait has a timeout; everything started here is killed at the end, even on failure
(context manager, atexit and SIGTERM/SIGINT handlers).

Environment:
  VANBAN_BIN      the binary (default: target/release/vanban, or $CARGO_TARGET_DIR/release/vanban)
  VANBAN_SHARED   the shared folder with seeds/ (default: ../shared beside the repository)
  E2E_SHOTS       where screenshots go (default: /tmp/e2e-shots)
  E2E_SLOW        multiply every pause by this factor (a loaded machine)
"""

import atexit
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unicodedata

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SLOW = float(os.environ.get("E2E_SLOW", "1"))
SHOTS = os.environ.get("E2E_SHOTS", "/tmp/e2e-shots")
CLK_TCK = os.sysconf("SC_CLK_TCK")

_procs = []  # every Popen started here, killed by cleanup()


class Failure(Exception):
    """A scenario's check failed."""


def log(*a):
    print(*a, flush=True)


def binary():
    b = os.environ.get("VANBAN_BIN")
    if b:
        return b
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(REPO, "target"))
    return os.path.join(target, "release", "vanban")


def shared_dir():
    """The shared folder: beside the repository in CI; two levels up in a worktree."""
    if os.environ.get("VANBAN_SHARED"):
        return os.environ["VANBAN_SHARED"]
    for up in ("..", os.path.join("..", "..")):
        d = os.path.abspath(os.path.join(REPO, up, "shared"))
        if os.path.isdir(os.path.join(d, "seeds")):
            return d
    return os.path.abspath(os.path.join(REPO, "..", "shared"))


def pause(seconds):
    time.sleep(seconds * SLOW)


def run(cmd, timeout=20, check=True, env=None, input=None):
    """Runs a short command; its stdout (text)."""
    r = subprocess.run(
        cmd,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        input=input,
    )
    if check and r.returncode != 0:
        raise Failure("%s failed (%d): %s" % (" ".join(cmd), r.returncode, r.stderr.strip()))
    return r.stdout


def spawn(cmd, env=None, log_path=None, cwd=None):
    out = open(log_path, "wb") if log_path else subprocess.DEVNULL
    p = subprocess.Popen(
        cmd,
        env=env,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        stdout=out,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group: killed as a whole
    )
    _procs.append(p)
    return p


def kill(p, grace=3.0):
    if p.poll() is None:
        try:
            os.killpg(p.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            p.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            p.wait(timeout=5)
    if p in _procs:
        _procs.remove(p)


def cleanup():
    for p in reversed(list(_procs)):
        try:
            kill(p)
        except Exception as e:  # keep killing the others
            log("cleanup:", e)


atexit.register(cleanup)


def _on_signal(signum, _frame):
    cleanup()
    sys.exit(128 + signum)


signal.signal(signal.SIGTERM, _on_signal)
signal.signal(signal.SIGINT, _on_signal)


def keymap():
    """The xmodmap of ../shared/tools/xdotool-vi/make-keymap.py: every precomposed
    Vietnamese letter on its own spare keycode, upper case on Shift."""
    bases = "a ă â e ê i o ô ơ u ư y".split()
    tones = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]

    def keysym(c):
        o = ord(c)
        return "0x%04x" % o if o <= 0xFF else "U%04X" % o

    letters = []
    for b in bases:
        for t in tones:
            c = unicodedata.normalize("NFC", b + t)
            if len(c) == 1 and ord(c) > 0x7F:
                letters.append(c)
    letters.append("đ")
    codes = list(range(150, 203)) + list(range(208, 231))
    lines = [
        "keycode %d = %s %s" % (code, keysym(c), keysym(c.upper()))
        for code, c in zip(codes, letters)
    ]
    return "\n".join(lines) + "\n", set(letters) | {c.upper() for c in letters}


class Display:
    """A private Xvfb on the first free display number."""

    def __init__(self, workdir, size="1600x1000x24"):
        self.workdir = workdir
        self.size = size
        self.proc = None
        self.name = None
        self.typable = set()

    def start(self):
        for n in range(90, 190):
            if os.path.exists("/tmp/.X%d-lock" % n) or os.path.exists("/tmp/.X11-unix/X%d" % n):
                continue
            self.name = ":%d" % n
            self.proc = spawn(
                ["Xvfb", self.name, "-screen", "0", self.size, "-nolisten", "tcp", "-noreset"],
                log_path=os.path.join(self.workdir, "xvfb-%d.log" % n),
            )
            deadline = time.time() + 15
            while time.time() < deadline:
                if self.proc.poll() is not None:
                    break  # lost a race for this number: try the next
                if os.path.exists("/tmp/.X11-unix/X%d" % n):
                    r = subprocess.run(
                        ["xdpyinfo"] if shutil.which("xdpyinfo") else ["xprop", "-root", "-len", "1"],
                        env=self.env(),
                        capture_output=True,
                        timeout=5,
                    )
                    if r.returncode == 0:
                        self._load_keymap()
                        return self
                time.sleep(0.1)
            kill(self.proc)
        raise Failure("no free X display for Xvfb")

    def _load_keymap(self):
        text, self.typable = keymap()
        run(["xmodmap", "-"], env=self.env(), input=text)

    def env(self):
        e = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "XAUTHORITY")}
        e["DISPLAY"] = self.name
        # xprop decodes COMPOUND_TEXT by the locale; Vietnamese needs UTF-8.
        e["LANG"] = e["LC_ALL"] = "C.UTF-8"
        return e

    def stop(self):
        if self.proc:
            kill(self.proc)


class Bus:
    """A private D-Bus session with the AT-SPI accessibility bus, enabled, so that the
    app's AccessKit tree can be read with tests/e2e/a11y.py (Debian's python3-pyatspi)."""

    HELPER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "a11y.py")
    LAUNCHER = "/usr/libexec/at-spi-bus-launcher"

    def __init__(self, workdir, display):
        self.workdir = workdir
        self.display = display
        self.address = None

    @classmethod
    def available(cls):
        return (
            shutil.which("dbus-daemon")
            and os.path.exists(cls.LAUNCHER)
            and subprocess.run(["/usr/bin/python3", "-c", "import pyatspi"], capture_output=True).returncode == 0
        )

    def start(self):
        sock = os.path.join(self.workdir, "bus")
        self.address = "unix:path=" + sock
        spawn(
            ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--address=" + self.address],
            log_path=os.path.join(self.workdir, "dbus.log"),
        )
        deadline = time.time() + 10
        while not os.path.exists(sock):
            if time.time() > deadline:
                raise Failure("no D-Bus session")
            time.sleep(0.05)
        spawn(
            [self.LAUNCHER, "--launch-immediately"],
            env=self.env(),
            log_path=os.path.join(self.workdir, "at-spi.log"),
        )
        deadline = time.time() + 10
        while True:
            r = subprocess.run(
                ["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus", "/org/a11y/bus",
                 "org.freedesktop.DBus.Properties.Set", "string:org.a11y.Status", "string:IsEnabled",
                 "variant:boolean:true"],
                env=self.env(), capture_output=True, timeout=10,
            )
            if r.returncode == 0:
                return self
            if time.time() > deadline:
                raise Failure("AT-SPI bus did not start: %s" % r.stderr.decode(errors="replace"))
            time.sleep(0.1)

    def env(self):
        e = self.display.env()
        e["DBUS_SESSION_BUS_ADDRESS"] = self.address
        return e

    def query(self, *args, timeout=20):
        """The helper's JSON answer, or None when the app or node is not there."""
        import json

        r = subprocess.run(
            ["/usr/bin/python3", self.HELPER] + [str(a) for a in args],
            env=self.env(), capture_output=True, text=True, timeout=timeout,
        )
        if r.returncode != 0:
            return None
        return json.loads(r.stdout)


class App:
    """The release binary on a display, with a fresh HOME and XDG folders."""

    def __init__(self, display, home, args=(), name="app", extra_env=None, bus=None):
        self.display = display
        self.bus = bus
        self.home = home
        self.args = list(args)
        self.name = name
        self.extra_env = extra_env or {}
        self.proc = None
        self.window = None
        self.started = None

    def env(self):
        e = self.display.env()
        h = self.home
        e.update(
            HOME=h,
            XDG_CONFIG_HOME=os.path.join(h, ".config"),
            XDG_DATA_HOME=os.path.join(h, ".local", "share"),
            XDG_CACHE_HOME=os.path.join(h, ".cache"),
            XDG_STATE_HOME=os.path.join(h, ".local", "state"),
            XMODIFIERS="@im=none",
            LANG="C.UTF-8",
            LC_ALL="C.UTF-8",
            VANBAN_FILE_DIALOG="builtin",
            LIBGL_ALWAYS_SOFTWARE="1",
        )
        if self.bus:
            e["DBUS_SESSION_BUS_ADDRESS"] = self.bus.address
        else:
            e.pop("DBUS_SESSION_BUS_ADDRESS", None)
        e.update(self.extra_env)
        return e

    def a11y(self, *args):
        """The accessibility helper's answer about this app (None without a bus)."""
        return self.bus.query(args[0], self.pid, *args[1:]) if self.bus else None

    def tab_to(self, name, max_tabs=20):
        """Presses Tab until the keyboard is in the control named `name` (read from the
        accessibility tree): keyboard navigation that survives a field added to a form.
        The number of Tabs, or None when `name` was not reached (or no tree)."""
        if not self.bus:
            return None
        for n in range(max_tabs + 1):
            f = self.a11y("focused")
            if f and f["name"] == name:
                return n
            if n < max_tabs:
                self.key("Tab", delay=0.12)
        return None

    def focused(self):
        """Name and role of the node with the keyboard, as AT-SPI sees it ("?" without a bus)."""
        f = self.a11y("focused")
        return "%s [%s]" % (f["name"], f["role"]) if f else "?"

    def start(self):
        os.makedirs(self.home, exist_ok=True)
        self.started = time.time()
        self.proc = spawn(
            [binary()] + self.args,
            env=self.env(),
            log_path=os.path.join(self.home, "..", "%s.log" % self.name),
            cwd=self.home,
        )
        return self

    @property
    def pid(self):
        return self.proc.pid

    def alive(self):
        return self.proc.poll() is None

    def find_window(self, timeout=30):
        """The window, by WM_CLASS when it is set, else by title; visible (mapped)."""
        deadline = time.time() + timeout * SLOW
        while time.time() < deadline:
            if not self.alive():
                raise Failure("%s exited with %s before its window appeared" % (self.name, self.proc.returncode))
            for how in (["--class", "^vanban$"], ["--name", "vanban"]):
                r = subprocess.run(
                    ["xdotool", "search", "--onlyvisible", "--pid", str(self.pid)] + how,
                    env=self.display.env(),
                    capture_output=True,
                    text=True,
                    timeout=10,
                )
                ids = r.stdout.split()
                if ids:
                    self.window = ids[-1]
                    return self.window
            time.sleep(0.1)
        raise Failure("%s: no window after %.0f s" % (self.name, timeout * SLOW))

    def wait_first_frame(self, shots, timeout=40):
        """Seconds from start to the first screenshot that is not blank."""
        self.find_window(timeout)
        deadline = time.time() + timeout * SLOW
        while time.time() < deadline:
            path = shots.take("first-frame", quiet=True)
            if not is_blank(path, self.display):
                return time.time() - self.started
            time.sleep(0.1)
        raise Failure("%s: window stays blank" % self.name)

    def focus(self):
        run(["xdotool", "windowfocus", "--sync", self.window], env=self.display.env(), timeout=10)

    def key(self, *keys, delay=0.25):
        """Key combinations, xdotool names: "ctrl+n", "Return", "Tab"."""
        self.focus()
        run(["xdotool", "key", "--clearmodifiers", "--delay", "80"] + list(keys), env=self.display.env())
        pause(delay)

    def type(self, text, delay=0.3):
        """Types text as a keyboard would; a newline is the Enter key."""
        for c in text:
            if ord(c) > 0x7E and c not in self.display.typable and c != "\n":
                raise Failure("cannot type %r: not in the keymap" % c)
        self.focus()
        for i, line in enumerate(text.split("\n")):
            if i:
                run(["xdotool", "key", "Return"], env=self.display.env())
            if line:
                run(
                    ["xdotool", "type", "--delay", "60", line],
                    env=self.display.env(),
                    timeout=30 + len(line) * 0.2,
                )
        pause(delay)

    def cpu_ticks(self):
        """utime + stime of the whole process (all threads), clock ticks."""
        with open("/proc/%d/stat" % self.pid) as f:
            fields = f.read().rsplit(")", 1)[1].split()
        # fields[0] is the state (field 3); utime and stime are fields 14 and 15.
        return int(fields[11]) + int(fields[12])

    def cpu_percent(self, seconds):
        """CPU used over `seconds` of wall time, in percent of one core."""
        t0, c0 = time.time(), self.cpu_ticks()
        time.sleep(seconds)
        t1, c1 = time.time(), self.cpu_ticks()
        return 100.0 * (c1 - c0) / CLK_TCK / (t1 - t0)

    def rss_mb(self):
        with open("/proc/%d/status" % self.pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024.0
        raise Failure("no VmRSS")

    def xprop(self, *props):
        return run(["xprop", "-id", self.window] + list(props), env=self.display.env())

    def close(self, timeout=10):
        """Asks the window to close as a window manager would (WM_DELETE_WINDOW); kills it
        if it is still there after `timeout`."""
        if self.alive() and self.window:
            subprocess.run(
                ["xdotool", "windowclose", self.window],
                env=self.display.env(),
                capture_output=True,
                timeout=10,
            )
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                pass
        kill(self.proc)

    def stop(self):
        if self.proc:
            kill(self.proc)


def is_blank(path, display=None):
    """True when the image has a single colour (or could not be read)."""
    r = subprocess.run(
        ["identify", "-format", "%k", path], capture_output=True, text=True, timeout=20
    )
    try:
        return int(r.stdout.strip() or "0") <= 1
    except ValueError:
        return True


class Shots:
    """Numbered screenshots of the whole screen, under E2E_SHOTS/<scenario>/."""

    def __init__(self, scenario, display):
        self.dir = os.path.join(SHOTS, scenario)
        shutil.rmtree(self.dir, ignore_errors=True)
        os.makedirs(self.dir, exist_ok=True)
        self.display = display
        self.n = 0

    def take(self, name, quiet=False):
        self.n += 1
        path = os.path.join(self.dir, "%02d-%s.png" % (self.n, name))
        run(["import", "-window", "root", path], env=self.display.env(), timeout=30)
        if not quiet:
            log("  screenshot", path)
        return path


class Scenario:
    """with Scenario("name") as s: s.display, s.shots, s.workdir, s.new_app(...)."""

    def __init__(self, name, a11y=False):
        self.name = name
        self.failures = []
        self.apps = []
        self.want_a11y = a11y
        self.bus = None

    def __enter__(self):
        missing = [t for t in ("Xvfb", "xdotool", "xmodmap", "import", "identify", "xprop") if not shutil.which(t)]
        if missing:
            raise Failure("missing tools: " + ", ".join(missing))
        if not os.access(binary(), os.X_OK):
            raise Failure("no binary at %s (cargo build --release)" % binary())
        self.workdir = tempfile.mkdtemp(prefix="vanban-e2e-%s-" % self.name)
        self.display = Display(self.workdir).start()
        self.shots = Shots(self.name, self.display)
        log("[%s] display %s, work dir %s" % (self.name, self.display.name, self.workdir))
        if self.want_a11y:
            if Bus.available():
                self.bus = Bus(self.workdir, self.display).start()
            else:
                log("  (no AT-SPI: dbus-daemon, at-spi2-core or python3-pyatspi missing)")
        return self

    def new_app(self, args=(), home=None, name="app", extra_env=None):
        home = home or os.path.join(self.workdir, "home")
        app = App(self.display, home, args, name=name, extra_env=extra_env, bus=self.bus)
        self.apps.append(app)
        return app

    def check_x11_names(self, app, title):
        """WM_CLASS "vanban", "vanban" and WM_NAME readable (not UTF-8 bytes typed STRING)."""
        out = app.xprop("WM_CLASS", "WM_NAME", "_NET_WM_NAME")
        log("  xprop: " + out.strip().replace("\n", " | "))
        self.check('WM_CLASS(STRING) = "vanban", "vanban"' in out, "WM_CLASS is vanban, vanban")
        want_type = "STRING" if all(ord(c) < 256 for c in title) else "COMPOUND_TEXT"
        self.check('WM_NAME(%s) = "%s"' % (want_type, title) in out, "WM_NAME(%s) = %r" % (want_type, title))
        self.check('_NET_WM_NAME(UTF8_STRING) = "%s"' % title in out, "_NET_WM_NAME = %r" % title)

    def check(self, ok, what):
        """Records a failed check and goes on (so that one run reports every failure)."""
        if ok:
            log("  ok   " + what)
        else:
            log("  FAIL " + what)
            self.failures.append(what)
        return ok

    def expect_equal(self, got, want, what):
        return self.check(got == want, "%s: %r%s" % (what, got, "" if got == want else " (want %r)" % (want,)))

    def __exit__(self, etype, e, tb):
        for a in self.apps:
            a.stop()
        self.display.stop()
        cleanup()
        if etype is not None and etype is not SystemExit:
            log("[%s] ABORTED: %s: %s" % (self.name, etype.__name__, e))
            self.failures.append("aborted: %s" % e)
        log("[%s] %s (%d failed checks); screenshots in %s; logs in %s"
            % (self.name, "FAIL" if self.failures else "PASS", len(self.failures), self.shots.dir, self.workdir))
        for f in self.failures:
            log("    - " + f)
        if etype is not None and etype is not SystemExit:
            import traceback
            traceback.print_exception(etype, e, tb)
        sys.exit(1 if self.failures else 0)


# ---- reading saved files (RON) loosely -------------------------------------------------

_STR = r'"((?:[^"\\]|\\.)*)"'


def unescape(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            n = s[i + 1]
            if n == "n":
                out.append("\n")
            elif n == "t":
                out.append("\t")
            elif n == "u" and s[i + 2:i + 3] == "{":
                j = s.index("}", i)
                out.append(chr(int(s[i + 3:j], 16)))
                i = j + 1
                continue
            else:
                out.append(n)
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def ron_string(text, field):
    """The first `field: "…"` of a RON text, unescaped; None when absent."""
    m = re.search(r"\b%s:\s*%s" % (re.escape(field), _STR), text)
    return unescape(m.group(1)) if m else None


def ron_strings(text):
    """Every string literal of a RON text, in order."""
    return [unescape(m.group(1)) for m in re.finditer(_STR, text)]


def _balanced_end(text, i):
    """Index just past the bracket that closes the one opened before `i` (strings skipped)."""
    depth, in_str = 1, False
    while i < len(text) and depth:
        c = text[i]
        if in_str:
            if c == "\\":
                i += 1
            elif c == '"':
                in_str = False
        elif c == '"':
            in_str = True
        elif c in "[(":
            depth += 1
        elif c in ")]":
            depth -= 1
        i += 1
    return i


def ron_list(text, field):
    """The strings of `field: [ "…", … ]` (a list of plain strings)."""
    m = re.search(r"\b%s:\s*\[" % re.escape(field), text)
    if not m:
        return None
    return ron_strings(text[m.end():_balanced_end(text, m.end()) - 1])


def ron_block(text, field):
    """The balanced `( … )` or `[ … ]` value after `field:`."""
    m = re.search(r"\b%s:\s*(Some\()?([\[(])" % re.escape(field), text)
    if not m:
        return None
    return text[m.start(2):_balanced_end(text, m.end())]


def wait_for_file(path, timeout=15, newer_than=0.0):
    deadline = time.time() + timeout * SLOW
    while time.time() < deadline:
        try:
            if os.path.getmtime(path) >= newer_than and os.path.getsize(path) > 0:
                time.sleep(0.2)  # written atomically, but be sure the rename is done
                return True
        except OSError:
            pass
        time.sleep(0.1)
    return False


def nfc(s):
    return unicodedata.normalize("NFC", s)


# ---- a small RON reader: enough for drafts and profiles --------------------------------

class Variant:
    """`Name(args…)` or a bare `Name`: an enum variant (Section((…)), Some("x"), KetLuan)."""

    def __init__(self, name, args):
        self.name, self.args = name, args

    def __repr__(self):
        return "%s%r" % (self.name, tuple(self.args)) if self.args else self.name

    def __eq__(self, other):
        return isinstance(other, Variant) and (self.name, self.args) == (other.name, other.args)


def parse_ron(text):
    """RON text → Python: structs `(a: 1)` → dict, tuples → list, lists → list, strings,
    numbers, `None` → None, `Some(x)` → x, true/false, other variants → Variant."""
    pos = [0]
    n = len(text)

    def skip():
        i = pos[0]
        while i < n:
            if text[i].isspace() or text[i] == ",":
                i += 1
            elif text.startswith("//", i):
                i = text.find("\n", i)
                i = n if i < 0 else i
            elif text.startswith("/*", i):
                i = text.index("*/", i) + 2
            else:
                break
        pos[0] = i

    def ident():
        m = re.compile(r"[A-Za-z_][A-Za-z0-9_]*").match(text, pos[0])
        if not m:
            raise ValueError("RON: unexpected %r at %d" % (text[pos[0]:pos[0] + 20], pos[0]))
        pos[0] = m.end()
        return m.group(0)

    def seq(close):
        items, named = [], {}
        while True:
            skip()
            if text[pos[0]] == close:
                pos[0] += 1
                return items, named
            m = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)\s*:(?!:)").match(text, pos[0])
            if m and close == ")":
                pos[0] = m.end()
                named[m.group(1)] = value()
            else:
                items.append(value())

    def value():
        skip()
        c = text[pos[0]]
        if c == '"':
            m = re.compile(_STR).match(text, pos[0])
            pos[0] = m.end()
            return unescape(m.group(1))
        if c == "[":
            pos[0] += 1
            return seq("]")[0]
        if c == "(":
            pos[0] += 1
            items, named = seq(")")
            return named if named else items
        m = re.compile(r"-?\d+(\.\d+)?([eE][-+]?\d+)?").match(text, pos[0])
        if m:
            pos[0] = m.end()
            return float(m.group(0)) if m.group(1) or m.group(2) else int(m.group(0))
        name = ident()
        if name in ("true", "false"):
            return name == "true"
        if name == "None":
            return None
        m = re.compile(r"\s*\(").match(text, pos[0])
        if m:
            pos[0] = m.end()
            items, named = seq(")")
            args = [named] if named else items
            if name == "Some" and len(args) == 1:
                return args[0]
            return Variant(name, args)
        return Variant(name, [])

    v = value()
    return v


def read_ron(path):
    with open(path, encoding="utf-8") as f:
        return parse_ron(f.read())
