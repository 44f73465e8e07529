#!/usr/bin/env python3
"""The first-run dialog "Thông tin cơ quan", typed into as a clerk would, then saved; the
profile written under the fresh HOME ($XDG_CONFIG_HOME/vanban/profile.ron, the
`directories` crate's config dir for "vn", "vanban", "vanban": see src/store/dirs.rs) must hold
exactly what was typed.

Keyboard only: the dialog opens with the keyboard in its first field ("Cơ quan cấp trên");
Tab moves to the next field; Ctrl+A selects the example text so that typing replaces it;
Enter inside a multi-line field starts a new line; the button "Lưu thông tin" is reached with
Tab and pressed with Enter. The usual signers' rows start empty (the example is a hint).
"""

import os
import re
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the work tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness as h  # noqa: E402

UPPER = ["ĐẢNG BỘ TỈNH ĐỒNG NAI", "ĐẢNG BỘ KHỐI CƠ QUAN VÀ DOANH NGHIỆP"]
ISSUER = "ĐẢNG ỦY PHƯỜNG TRẤN BIÊN"
SYMBOL = "ĐU"
PLACE = "Trấn Biên"
ARCHIVE = "Văn phòng Đảng ủy"
TERM = "XV"
FIELDS = [
    ("Cơ quan ban hành", ISSUER),
    ("Ký hiệu cơ quan", SYMBOL),
    ("Địa danh", PLACE),
    ("Nơi lưu", ARCHIVE),
    ("Khóa (nhiệm kỳ)", TERM),
]
RECIPIENTS_LABEL = "Nơi nhận thường dùng (mỗi dòng một)"
SIGNER = ("BÍ THƯ", "Lê Thị Thu Hằng")
RECIPIENTS = [
    ("Ban Thường vụ Tỉnh ủy", "để báo cáo"),
    ("Các đồng chí Đảng ủy viên", None),
    ("Các chi bộ trực thuộc Đảng ủy", None),
]


def replace_field(app, text):
    """Selects what the focused field holds and types `text` over it."""
    app.key("ctrl+a", delay=0.2)
    app.type(text)


def fill_profile(app, shots):
    """From the first field of the dialog to "Lưu thông tin" pressed. With the accessibility
    tree, Tab is pressed until the next field named here has the keyboard (a field added to the
    dialog does not break the scenario); without it, the fields are assumed to follow each other."""

    def to(label, what):
        if app.bus:
            n = app.tab_to(label)
            if n is None:
                raise h.Failure("%s: Tab never reached %r" % (what, label))
        else:
            app.key("Tab")

    replace_field(app, "\n".join(UPPER) + "\n")  # Enter at the end, as clerks do
    shots.take("upper-typed")
    for label, value in FIELDS:
        to(label, "profile")
        replace_field(app, value)
    to(RECIPIENTS_LABEL, "profile")
    lines = ["%s (%s)" % (n, note) if note else n for n, note in RECIPIENTS]
    replace_field(app, "\n".join(lines))
    shots.take("recipients-typed")
    # Usual signers: rows (title, name), empty with example hints; the first typed.
    app.key("Tab")
    app.type(SIGNER[0])
    app.key("Tab")
    app.type(SIGNER[1])
    if app.bus:
        to("Lưu thông tin", "profile")
    else:
        for _ in range(2 + 1):
            app.key("Tab", delay=0.15)
    h.pause(0.3)
    shots.take("save-button-focused")
    app.key("Return", delay=1.0)


def check_profile(s, path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    s.expect_equal(h.ron_list(text, "upper"), UPPER, "profile upper")
    s.expect_equal(h.ron_string(text, "issuer"), ISSUER, "profile issuer")
    s.expect_equal(h.ron_string(text, "symbol"), SYMBOL, "profile symbol")
    s.expect_equal(h.ron_string(text, "place"), PLACE, "profile place")
    s.expect_equal(h.ron_string(text, "archive"), ARCHIVE, "profile archive")
    s.expect_equal(h.ron_string(text, "term"), TERM, "profile term")
    block = h.ron_block(text, "recipients") or ""
    got = []
    for m in re.finditer(r'name:\s*"((?:[^"\\]|\\.)*)"\s*,\s*note:\s*(None|Some\("((?:[^"\\]|\\.)*)"\))', block):
        got.append((h.unescape(m.group(1)), h.unescape(m.group(3)) if m.group(3) is not None else None))
    s.expect_equal(got, RECIPIENTS, "profile recipients")
    signers = [(x["title"], x["name"]) for x in h.parse_ron(text).get("signers", [])]
    s.expect_equal(signers, [SIGNER], "profile signers")


def main():
    with h.Scenario("first_run", a11y=True) as s:
        app = s.new_app()
        app.start()
        h.log("  first frame after %.2f s" % app.wait_first_frame(s.shots))
        s.shots.take("dialog")
        profile = os.path.join(app.home, ".config", "vanban", "profile.ron")
        fill_profile(app, s.shots)
        s.shots.take("after-save")
        if s.check(h.wait_for_file(profile, timeout=10), "profile written to %s" % profile):
            check_profile(s, profile)
        # A second start with the same HOME: no first-run dialog, the profile is kept.
        app.close()
        again = s.new_app(name="again")
        again.start()
        again.wait_first_frame(s.shots)
        h.pause(1)
        s.shots.take("second-start")
        if os.path.exists(profile):
            check_profile(s, profile)
        again.close()


if __name__ == "__main__":
    main()
