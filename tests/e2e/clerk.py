#!/usr/bin/env python3
"""A clerk's first session in the real window, keyboard first:

first run (profile typed and saved) → Ctrl+N, the template "Kết luận Hội nghị Ban Chấp hành"
chosen with the keyboard → every step in turn with Ctrl+PageDown, Vietnamese typed into each
step's fields (Enter at the end of multi-line fields, Enter to leave a one-line field, Tab
between fields) → in the outline: Ctrl+Enter (new item) then type, Alt+↑ twice then type, Tab
(indent) then type, a word made bold with the toolbar button "B" → in "Nơi nhận" a recipient
added with "+ Thêm nơi nhận" and typed into → Ctrl+S through the in-app path field
(VANBAN_FILE_DIALOG=builtin) → the saved draft compared field by field with what was typed →
the binary started again on that file, Ctrl+S again, compared again.

Expected keyboard behaviour (the editor's design): a new draft, and each step reached with
Ctrl+PageDown/PageUp, has the keyboard in its first text field; the template dialog starts
on its first button; after an outline action the keyboard is in the moved or new item's
text; after "+ Thêm nơi nhận" it is in the new row's name; Ctrl+S without a native dialog
shows a one-line path field that has the keyboard, pre-filled, Enter saves.

Buttons without a shortcut ("B" of the toolbar, "+ Thêm nơi nhận") are pressed through the
accessibility tree (AccessKit → AT-SPI, tests/e2e/a11y.py), found by their accessible name;
where the keyboard is at each checkpoint is logged from the same tree.
"""

import os
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ in the work tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import first_run  # noqa: E402
import harness as h  # noqa: E402

UPPER = ["ĐẢNG BỘ TỈNH ĐỒNG NAI", "ĐẢNG BỘ THÀNH PHỐ BIÊN HÒA"]
ISSUER = "ĐẢNG ỦY PHƯỜNG TRẤN BIÊN"
SYMBOL = "ĐU"
NUMBER = "15"
PLACE = "Trấn Biên"
SUBJECT = ["của Ban Chấp hành Đảng bộ phường", "tại Hội nghị lần thứ 15, khóa XV"]

CONF_FOLD = "Soạn đoạn mở đầu từ thông tin hội nghị"
CONF_NAME = "Hội nghị lần thứ 15 Ban Chấp hành Đảng bộ phường khóa XV"
CONF_PLACE = "Hội trường Đảng ủy phường Trấn Biên"
CONF_CHAIR = "Lê Thị Thu Hằng, Bí thư Đảng ủy"
ATTENDEES = ["Các đồng chí Ủy viên Ban Chấp hành Đảng bộ phường", "Đại diện Ban Tổ chức Thành ủy"]
REPORTS = ["Báo cáo kết quả thực hiện nhiệm vụ năm 2026", "Tờ trình về công tác cán bộ"]
PREAMBLE_TAIL = " Hội nghị đã thảo luận dân chủ, thẳng thắn."

ITEM_A = "Về công tác chuẩn bị Đại hội Đảng bộ"
ITEM_B = "Về công tác kiểm tra, giám sát"
ITEM_B_TAIL = " năm 2027"
ITEM_C = "Tăng cường kiểm tra tổ chức đảng và đảng viên"
BOLD_WORD = "viên"

CLOSING_TAIL = " Văn phòng Đảng ủy theo dõi, đôn đốc."
NEW_RECIPIENT = ("Ban Tuyên giáo Thành ủy", "để biết")

SIGN_ON_BEHALF = "BAN CHẤP HÀNH"
SIGN_TITLE = "BÍ THƯ"
SIGN_NAME = "Lê Thị Thu Hằng"


def replace(app, text):
    app.key("ctrl+a", delay=0.15)
    app.type(text)


def lines(values):
    """What a clerk types into a multi-line field: every line ended by Enter."""
    return "".join(v + "\n" for v in values)


class Clerk:
    def __init__(self, s, app):
        self.s, self.app = s, app

    def where(self, what):
        """Logs where the keyboard is (from the accessibility tree) and takes a screenshot."""
        f = self.app.focused()
        h.log("  [%s] keyboard in: %s" % (what, f))
        self.s.shots.take(what)
        return f

    def expect_focus(self, name, what, recover=True):
        """Checks that the keyboard is in the field named `name`. When it is not, the failure
        is recorded and the field is given the keyboard through AT-SPI, so that the rest of
        the session still tests its own steps instead of typing into the wrong places."""
        if self.app.bus is None:
            return True
        f = self.app.a11y("focused")
        got = f["name"] if f else None
        ok = self.s.check(got == name, "%s: keyboard in %r (want %r)" % (what, got, name))
        if not ok and recover:
            r = self.app.a11y("focus", name, "entry") or self.app.a11y("focus", name)
            h.pause(0.5)
            f = self.app.a11y("focused")
            h.log("       (recovered through AT-SPI: keyboard now in %r)" % (f["name"] if f else None))
        return ok

    def tab_to(self, name, what, max_tabs=12):
        """Tab until the keyboard is in `name`; a failure (never reached) is recorded and the
        field is given the keyboard through AT-SPI."""
        if self.app.bus is None:
            self.app.key("Tab")
            return
        n = self.app.tab_to(name, max_tabs)
        if self.s.check(n is not None, "%s: Tab reaches %r (%s Tabs)" % (what, name, n)):
            return
        self.app.a11y("focus", name, "entry") or self.app.a11y("focus", name)
        h.pause(0.5)

    def next_step(self, label):
        self.app.key("ctrl+Next", delay=0.6)
        self.where("step-" + label.split(".")[0])

    def press(self, name, what):
        """Presses a button found by its accessible name."""
        r = (self.app.a11y("click", name, "push button") or self.app.a11y("click", name, "toggle button")
             or self.app.a11y("click", name))
        ok = self.s.check(r is not None and r.get("ok", False), "%s: button %r pressed through AT-SPI" % (what, name))
        h.pause(0.6)
        return ok

    # ---- the steps ---------------------------------------------------------------------

    def new_draft(self):
        self.app.key("ctrl+n", delay=0.8)
        self.where("template-dialog")
        self.expect_focus("Kết luận Hội nghị Ban Chấp hành Đảng bộ (T/M BAN CHẤP HÀNH)", "template dialog")
        self.app.key("Return", delay=1.0)
        self.where("new-draft")

    def general(self):
        self.expect_focus("Cơ quan cấp trên", "new draft")
        replace(self.app, lines(UPPER))
        self.app.key("Tab")
        self.expect_focus("Cơ quan ban hành", "Tab after Cơ quan cấp trên")
        replace(self.app, ISSUER)
        self.app.key("Return")  # a one-line field: Enter moves on
        self.expect_focus("Ký hiệu cơ quan", "Enter in Cơ quan ban hành")
        replace(self.app, SYMBOL)
        self.app.key("Return")
        replace(self.app, NUMBER)
        self.app.key("Return")  # → urgency, secrecy (lists), then the place
        self.where("number-typed-enter")
        self.tab_to("Địa danh", "Tab past the urgency and secrecy lists")
        self.where("tabbed-to-place")
        replace(self.app, PLACE)
        self.tab_to("Trích yếu", "Tab past the date")
        replace(self.app, lines(SUBJECT))
        self.where("general-typed")

    def preamble(self):
        self.next_step("2. Mở đầu")
        if self.app.a11y("find", "Tên hội nghị") is None:
            # The conference form is folded (the template has a preamble): the keyboard is in
            # the first preamble paragraph; Shift+Tab reaches the fold, Enter opens it.
            self.expect_focus("Đoạn mở đầu 1", "Ctrl+PageDown to Mở đầu (form folded)")
            self.app.key("shift+Tab")
            self.expect_focus(CONF_FOLD, "Shift+Tab to the folded conference form")
            self.app.key("Return", delay=0.6)
            self.tab_to("Tên hội nghị", "Tab into the unfolded conference form")
        else:
            self.expect_focus("Tên hội nghị", "Ctrl+PageDown to Mở đầu")
        replace(self.app, CONF_NAME)
        self.tab_to("Địa điểm", "Tab past the conference date")
        replace(self.app, CONF_PLACE)
        self.tab_to("Chủ trì", "Tab from Địa điểm")
        replace(self.app, CONF_CHAIR)
        self.tab_to("Thành phần dự (mỗi dòng một)", "Tab from Chủ trì")
        replace(self.app, lines(ATTENDEES))
        self.tab_to("Báo cáo đã nghe (mỗi dòng một)", "Tab from Thành phần dự")
        replace(self.app, lines(REPORTS))
        self.tab_to("Đoạn mở đầu 1", "Tab to the preamble")
        self.app.key("ctrl+End")
        self.app.type(PREAMBLE_TAIL)
        self.where("preamble-typed")

    def body(self):
        self.next_step("3. Nội dung")
        self.expect_focus("Mục I.", "Ctrl+PageDown to Nội dung")
        self.app.key("ctrl+Return", delay=0.6)  # a new item after I.
        self.where("body-new-item-A")
        self.expect_focus("Mục II.", "Ctrl+Enter: the new item", recover=False)
        self.app.type(ITEM_A)
        self.app.key("ctrl+Return", delay=0.6)
        self.expect_focus("Mục III.", "Ctrl+Enter again", recover=False)
        self.app.type(ITEM_B)
        self.app.key("alt+Up", delay=0.6)
        self.app.key("alt+Up", delay=0.6)
        self.where("body-moved-B")
        self.expect_focus("Mục I.", "Alt+Up twice: the moved item", recover=False)
        self.app.type(ITEM_B_TAIL)
        self.app.key("ctrl+Return", delay=0.6)
        self.app.key("Tab", delay=0.6)  # indent into the item above
        self.where("body-indented-C")
        self.expect_focus("Mục I. › 1.", "Tab: the indented item", recover=False)
        self.app.type(ITEM_C)
        self.app.key("ctrl+shift+Left")  # select the last word
        self.where("body-word-selected")
        self.press("B", "toolbar bold")
        self.where("body-bold")

    def closing(self):
        self.next_step("4. Kết thúc")
        self.expect_focus("Đoạn kết 1", "Kết thúc step")
        self.app.key("ctrl+End")
        self.app.type(CLOSING_TAIL)

    def recipients(self):
        self.next_step("5. Nơi nhận")
        self.expect_focus("1.", "Ctrl+PageDown to Nơi nhận", recover=False)
        self.press("+ Thêm nơi nhận", "add a recipient")
        self.where("recipient-added")
        rows = [int(x["name"][:-1]) for x in self.app.a11y("dump") or []
                if x["role"] == "entry" and x["name"][:-1].isdigit() and x["name"].endswith(".")]
        self.expect_focus("%d." % max(rows or [0]), "+ Thêm nơi nhận: the new row's name")
        self.app.type(NEW_RECIPIENT[0])
        self.app.key("Tab")
        self.app.type(NEW_RECIPIENT[1])
        self.where("recipient-typed")

    def signature(self):
        self.next_step("6. Chữ ký")
        self.expect_focus("Tập thể / người đứng đầu", "Chữ ký step")
        replace(self.app, SIGN_ON_BEHALF)
        self.app.key("Return")
        replace(self.app, SIGN_TITLE)
        self.app.key("Return")
        replace(self.app, SIGN_NAME)
        self.next_step("7. Kiểm tra & Xuất")

    def save_as(self, path):
        self.app.key("ctrl+s", delay=1.0)
        self.where("save-dialog")
        self.expect_focus("Đường dẫn tệp", "Ctrl+S: the in-app path field")
        replace(self.app, path)
        t = time.time()
        self.app.key("Return", delay=1.0)
        self.where("saved")
        ok = h.wait_for_file(path, timeout=5, newer_than=t - 1)
        if not self.s.check(ok, "Enter in the path field saves %s" % path):
            # Go on with the button, to check the rest of the session.
            self.press("Lưu", "save button of the path dialog")
            ok = h.wait_for_file(path, timeout=5, newer_than=t - 1)
        return ok


def section(block):
    return block.args[0] if isinstance(block, h.Variant) and block.name == "Section" else None


def check_draft(s, path, profile_recipients):
    d = h.read_ron(path)["document"]
    eq = s.expect_equal
    eq(d["issuer"]["upper"], UPPER, "Cơ quan cấp trên")
    eq(d["issuer"]["name"], ISSUER, "Cơ quan ban hành")
    eq(d["issuer"]["symbol"], SYMBOL, "Ký hiệu cơ quan")
    eq(d["number"], NUMBER, "Số văn bản")
    eq(d["place"], PLACE, "Địa danh")
    # Never chosen by the clerk: Enter and Tab only passed over these lists.
    eq((d.get("urgency"), d.get("secrecy")), (None, None), "Độ khẩn, độ mật untouched")
    eq(d["subject"], SUBJECT, "Trích yếu")
    c = d.get("conference") or {}
    eq(c.get("name"), CONF_NAME, "Tên hội nghị")
    eq(c.get("place"), CONF_PLACE, "Địa điểm")
    eq(c.get("chair"), CONF_CHAIR, "Chủ trì")
    eq(c.get("attendees"), ATTENDEES, "Thành phần dự")
    eq(c.get("reports"), REPORTS, "Báo cáo đã nghe")
    pre = d["preamble"][0]["text"] if d["preamble"] else ""
    s.check(pre.endswith(PREAMBLE_TAIL), "Đoạn mở đầu 1 ends with %r (ends %r)" % (PREAMBLE_TAIL, pre[-60:]))
    body = d["body"]
    titles = [section(b)["title"]["text"] if section(b) else "¶" for b in body]
    h.log("  body, top level: %r" % [t[:40] for t in titles])
    want_b = ITEM_B + ITEM_B_TAIL
    eq(titles[:1], [want_b], "item moved up twice (Alt+↑ ×2), then typed")
    s.check(len(titles) >= 4 and titles[2] == ITEM_A, "new item (Ctrl+Enter) typed: %r" % (titles[2:3],))
    s.check(len(titles) >= 2 and titles[1].startswith("VỀ KẾT QUẢ"), "template's item I. now second")
    b = section(body[0]) if body else None
    kids = b["content"] if b else []
    c_item = section(kids[-1]) if kids else None
    eq(c_item["title"]["text"] if c_item else None, ITEM_C, "item indented (Tab) then typed")
    spans = (c_item or {}).get("title", {}).get("spans", [])
    n = len(ITEM_C)
    want_span = [[n - len(BOLD_WORD), n, h.Variant("Bold", [])]]
    eq(spans, want_span, "word %r bold through the toolbar B" % BOLD_WORD)
    clo = d["closing"][0]["text"] if d["closing"] else ""
    s.check(clo.endswith(CLOSING_TAIL), "Đoạn kết ends with %r (ends %r)" % (CLOSING_TAIL, clo[-60:]))
    rec = [(r["name"], r["note"]) for r in d["recipients"]]
    eq(rec[-1:], [NEW_RECIPIENT], "recipient added and typed")
    sig = d["signature"]
    eq((sig["on_behalf_of"], sig["title"], sig["name"]), (SIGN_ON_BEHALF, SIGN_TITLE, SIGN_NAME), "signature")
    with open(path, encoding="utf-8") as f:
        return f.read()


def main():
    with h.Scenario("clerk", a11y=True) as s:
        app = s.new_app()
        app.start()
        h.log("  first frame after %.2f s" % app.wait_first_frame(s.shots))
        first_run.fill_profile(app, s.shots)
        clerk = Clerk(s, app)
        steps = [clerk.new_draft, clerk.general, clerk.preamble, clerk.body, clerk.closing,
                 clerk.recipients, clerk.signature]
        for step in steps:
            if not app.alive():
                raise h.Failure("the editor exited during %s" % step.__name__)
            step()
        path = os.path.join(s.workdir, "Kết luận hội nghị lần thứ 15.ron")
        if not s.check(clerk.save_as(path), "Ctrl+S, path typed: %s written" % path):
            raise h.Failure("nothing saved: the rest cannot be checked")
        first = check_draft(s, path, None)
        # The title follows the file: WM_NAME and _NET_WM_NAME updated, readable.
        h.pause(0.5)
        s.check_x11_names(app, "%s — vanban" % os.path.basename(path))
        app.close()
        s.check(not app.alive(), "window closed without a question once saved")

        again = s.new_app(args=[path], name="reopen")
        again.start()
        again.wait_first_frame(s.shots)
        h.pause(1)
        Clerk(s, again).where("reopened")
        t = time.time()
        again.key("ctrl+s", delay=1.0)
        s.check(h.wait_for_file(path, timeout=10, newer_than=t), "reopened draft saved again with Ctrl+S")
        second = check_draft(s, path, None)
        s.check(first == second, "second save identical to the first")
        again.close()


if __name__ == "__main__":
    main()
