#!/usr/bin/env python3
"""Idle CPU, first-frame time and memory of the editor in a real window (Xvfb).

Three cases, each measured 2 s after the window settles (5 s after the last key: the caret
blinks for 3 s after a key), over 5 s, from /proc/PID/stat
(utime + stime of every thread):
  1. the sample draft with a fresh HOME: the first-run dialog "Thông tin cơ quan" is open;
  2. the same after closing that dialog (Escape);
  3. a long draft (the text of seed 003 ten times, imported with `vanban import` at run time),
     on the first step and on the outline step ("Nội dung").
Fails above 1 % of one core or above 150 MB resident.
"""

import glob
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the work tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness as h  # noqa: E402

MAX_CPU = 1.0  # percent of one core
MAX_RSS = 150.0  # MB
COPIES = int(os.environ.get("E2E_LONG_COPIES", "10"))


def measure(s, app, what):
    # The caret blinks for 3 s after the last key (by design), then 2 s to settle.
    h.pause(5)
    cpu = app.cpu_percent(5.0)
    rss = app.rss_mb()
    s.shots.take(what.replace(" ", "-"))
    h.log("  %-34s idle CPU %5.2f %% of a core, RSS %6.1f MB" % (what, cpu, rss))
    s.check(cpu <= MAX_CPU, "%s: idle CPU %.2f %% <= %.1f %%" % (what, cpu, MAX_CPU))
    s.check(rss <= MAX_RSS, "%s: RSS %.1f MB <= %.0f MB" % (what, rss, MAX_RSS))
    return cpu, rss


def long_draft(s):
    seeds = glob.glob(os.path.join(h.shared_dir(), "seeds", "*003*.txt"))
    if not seeds:
        raise h.Failure("seed 003 not found under %s" % h.shared_dir())
    with open(seeds[0], encoding="utf-8") as f:
        text = f.read().strip()
    txt = os.path.join(s.workdir, "dai.txt")
    with open(txt, "w", encoding="utf-8") as f:
        f.write("\n\n".join([text] * COPIES) + "\n")
    ron = os.path.join(s.workdir, "dai.ron")
    h.run([h.binary(), "import", txt, "-o", ron], timeout=120)
    with open(ron, encoding="utf-8") as f:
        saved = f.read()
    chars = sum(len(t) for t in h.ron_strings(saved))
    h.log("  long draft: %d copies of %s, %d characters of text (≈ %d pages at 2,500 a page)"
          % (COPIES, os.path.basename(seeds[0]), chars, chars // 2500))
    return ron


def main():
    with h.Scenario("idle") as s:
        figures = {}
        app = s.new_app(name="sample")
        app.start()
        first = app.wait_first_frame(s.shots)
        h.log("  first frame after %.2f s (sample draft, first-run dialog)" % first)
        figures["first frame (s)"] = first
        s.shots.take("first-run-dialog")
        s.check_x11_names(app, "Bản thảo chưa lưu — vanban")
        figures["first-run dialog"] = measure(s, app, "first-run dialog open")

        app.key("Escape", delay=0.2)
        figures["dialog closed"] = measure(s, app, "first-run dialog closed")
        app.close()

        ron = long_draft(s)
        big = s.new_app(args=[ron], home=os.path.join(s.workdir, "home-long"), name="long")
        big.start()
        first = big.wait_first_frame(s.shots, timeout=90)
        h.log("  first frame after %.2f s (long draft)" % first)
        figures["first frame long (s)"] = first
        big.key("Escape", delay=0.2)
        figures["long, step 1"] = measure(s, big, "long draft, step 1")
        big.key("ctrl+Next", delay=0.5)
        big.key("ctrl+Next", delay=0.2)
        figures["long, outline"] = measure(s, big, "long draft, Noi dung step")
        big.close()
        h.log("  figures: %r" % figures)


if __name__ == "__main__":
    main()
