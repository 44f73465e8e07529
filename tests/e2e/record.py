#!/usr/bin/env python3
"""A minute-taker in the real window, keeping the BIÊN BẢN while the meeting goes on:

a BIÊN BẢN draft whose first item is recorded and whose second is under way
(tests/fixtures/record/bien-ban-dang-hop.ron) is opened → the editor shows the record
workspace with the keyboard in the speaker picker of the last item → two letters of a name,
Enter: the speaker takes the floor (time noted), the summary typed in Vietnamese, Ctrl+Enter:
the keyboard is back in the picker → a second speaker the same way → 5 s later the recovery
copy holds what was typed (and is not written again while nothing changes) → idle CPU of the
window in the workspace over 10 s from /proc → a vote counted with the keyboard ("+ Biểu
quyết", then "+" of tán thành twelve times and "+" of không biểu quyết once) → Ctrl+S → the
saved RON read back: both interventions with their speaker, time and text in NFC, the vote,
and the minutes' body rewritten from the record.

Buttons are reached with Tab, found by their accessible name (AccessKit → AT-SPI).
"""

import os
import shutil
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ in the work tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness as h  # noqa: E402

FIXTURE = os.path.join(h.REPO, "tests", "fixtures", "record", "bien-ban-dang-hop.ron")
PICKER = "Người phát biểu"
FIRST = ("hù", "Phạm Quốc Hùng", "Đề nghị bổ sung giám sát việc thực hiện quy chế dân chủ ở khu phố.")
SECOND = ("kh", "Vũ Đình Khải", "Thống nhất; Ủy ban Kiểm tra chủ trì, báo cáo kết quả trước ngày 30.")
MAX_IDLE_CPU = 1.0  # percent of one core
AGREE, ABSTAIN = 12, 1


def speak(s, app, letters, text, what):
    app.type(letters)
    app.key("Return", delay=0.6)
    s.shots.take(what + "-picked")
    app.type(text)
    app.key("ctrl+Return", delay=0.6)
    s.shots.take(what + "-done")
    f = app.a11y("focused")
    s.check(f is not None and f["name"] == PICKER,
            "%s: after Ctrl+Enter the keyboard is in %r (%s)" % (what, PICKER, app.focused()))


def recovery_file(app):
    """The recovery copy under the app's HOME (in .local/share: os.walk, as glob skips
    hidden folders)."""
    for root, _dirs, files in os.walk(app.home):
        if "khoi-phuc.ron" in files:
            return os.path.join(root, "khoi-phuc.ron")
    return None


def tab_and_press(s, app, name):
    n = app.tab_to(name, max_tabs=10)
    if not s.check(n is not None, "Tab reaches %r (%s Tabs)" % (name, n)):
        return False
    app.key("space", delay=0.3)
    return True


def main():
    with h.Scenario("record", a11y=True) as s:
        draft = os.path.join(s.workdir, "Biên bản hội nghị lần thứ 15.ron")
        shutil.copy(FIXTURE, draft)
        app = s.new_app(args=[draft])
        app.start()
        h.log("  first frame after %.2f s" % app.wait_first_frame(s.shots))
        h.pause(1)
        app.key("Escape", delay=0.8)  # the first-run profile dialog of a fresh HOME
        s.shots.take("opened")
        f = app.a11y("focused")
        s.check(f is not None and f["name"] == PICKER,
                "a record being kept opens with the keyboard in %r (%s)" % (PICKER, app.focused()))
        if not (f and f["name"] == PICKER):
            app.a11y("focus", PICKER, "entry") or app.a11y("focus", PICKER)
            h.pause(0.5)

        t0 = time.time()
        speak(s, app, FIRST[0], FIRST[2], "first-speaker")
        speak(s, app, SECOND[0], SECOND[2], "second-speaker")

        # The recovery copy, 5 s after the last change, then left alone while idle.
        h.pause(6.5)
        rec = recovery_file(app)
        s.check(rec is not None and time.time() - os.path.getmtime(rec) < 8,
                "recovery copy written within 5 s of the last change (%s)" % rec)
        if rec:
            with open(rec, encoding="utf-8") as f:
                s.check(h.nfc(SECOND[2]) in f.read(), "the recovery copy holds the second intervention")
        mtime = os.path.getmtime(rec) if rec else None
        cpu = app.cpu_percent(10.0)
        h.log("  idle CPU in the record workspace (unsaved, after the recovery copy): %.2f %% of a core" % cpu)
        s.check(cpu <= MAX_IDLE_CPU, "idle CPU %.2f %% <= %.1f %%" % (cpu, MAX_IDLE_CPU))
        s.check(rec is None or os.path.getmtime(rec) == mtime, "recovery copy not rewritten while nothing changed")

        # The vote: "+ Biểu quyết" is the next control after the picker; then the counter's
        # "+" of tán thành has the keyboard; Tab twice reaches "+" of không biểu quyết ("−"
        # of the empty columns are disabled, so not in the Tab order).
        if tab_and_press(s, app, "+ Biểu quyết"):
            h.pause(0.5)
            f = app.a11y("focused")
            if not s.check(f is not None and f["name"] == "+",
                           "after + Biểu quyết the keyboard is on + of tán thành (%s)" % app.focused()):
                app.a11y("focus", "+", "push button") or app.a11y("focus", "+")
                h.pause(0.3)
            for _ in range(AGREE):
                app.key("space", delay=0.12)
            app.key("Tab", "Tab", delay=0.3)
            h.log("  keyboard in %s" % app.focused())
            app.key("space", delay=0.3)
        s.shots.take("voted")

        t = time.time()
        app.key("ctrl+s", delay=1.0)
        if not s.check(h.wait_for_file(draft, timeout=10, newer_than=t - 0.5), "Ctrl+S saved %s" % draft):
            raise h.Failure("nothing saved: the rest cannot be checked")
        s.shots.take("saved")
        check_saved(s, draft, t0)
        s.check(recovery_file(app) is None, "recovery copy cleared by the save")
        app.close()


def check_saved(s, path, t0):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    d = h.parse_ron(text)["document"]
    item = d["conference"]["agenda"][1]
    said = [(i["speaker"], i["text"]["text"]) for i in item["discussion"]]
    s.expect_equal(said, [(FIRST[1], FIRST[2]), (SECOND[1], SECOND[2])], "interventions (speaker, text)")
    for i in item["discussion"]:
        s.check(h.nfc(i["text"]["text"]) == i["text"]["text"], "%s: text in NFC" % i["speaker"])
        at = i.get("at")
        s.check(isinstance(at, dict) and 0 <= at["hour"] < 24, "%s: time noted %r" % (i["speaker"], at))
    vote = item.get("vote") or {}
    s.expect_equal((vote.get("agree"), vote.get("abstain", 0)), (AGREE, ABSTAIN), "vote counted")
    h.log("  vote: %r" % vote)
    body = " ".join(h.ron_strings(h.ron_block(text, "body") or ""))
    s.check(FIRST[2].rstrip(".") in body and SECOND[2].rstrip(".") in body,
            "the minutes' body rewritten from the record holds both interventions")


if __name__ == "__main__":
    main()
