#!/usr/bin/env python3
"""Writes a corpus of Word files made OUTSIDE vanban, for `vanban check`, plus a manifest.

    python3 tests/py/check_corpus.py OUTDIR

Why: `vanban check` must judge files as clerks receive them — typed in Word (here: built
with python-docx) or saved by LibreOffice — not only vanban's own exports. Every clean file
is a realistic document of one family (Party under 05-HD/VPTW or 36-HD/VPTW, state under
Nghị định 30/2020) that must give no error; every other file is a copy of a clean one with
exactly ONE real-world mistake, and the manifest says which finding (id, and the source
paragraph where the mistake sits) the checker must report.

Paragraph numbers in the manifest are 1-based indexes of the `w:p` elements of
word/document.xml's body in document order, counting the paragraphs inside table cells (that
is how vanban numbers source paragraphs). They are computed from the file actually written,
by finding the paragraph that holds the planted text, never typed by hand.

Output is deterministic: fixed core properties, fixed zip timestamps, no randomness. The
LibreOffice files are made in ONE `soffice` call (it is slow to start).

All names of people are invented; places are the 2026 two-tier local governments
(provinces and xã/phường/đặc khu, no districts), except the 2021 resolution, which predates
the reform.
"""
import copy
import datetime
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

import docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
FIXED_TIME = datetime.datetime(2026, 1, 1, 8, 0, 0)
ZIP_TIME = (2026, 1, 1, 8, 0, 0)

# ---------------------------------------------------------------------------------------
# The document model: plain data, so a mistake is a small edit of a deep copy.
#
# A paragraph is {"runs": [(text, fmt)], "kind": ...}; fmt is a dict with any of
# size (pt), b, i, u. Kinds: "body" (justified, first-line indent, the body's spacing),
# "center", "left". Header and closing cells hold lists of paragraphs.
# ---------------------------------------------------------------------------------------


def run(text, size=None, b=False, i=False, u=False):
    return (text, {"size": size, "b": b, "i": i, "u": u})


def para(kind, *runs, size=None):
    """A paragraph; plain strings become runs of the paragraph's size."""
    rs = [run(r, size) if isinstance(r, str) else r for r in runs]
    return {"runs": rs, "kind": kind}


def body(*runs):
    return para("body", *runs)


def lead(label, rest):
    """A body paragraph opening with a bold run-in label ("1. …", "Điều 1. …")."""
    return body(run(label, b=True), run(rest))


def center(text, size, b=False, i=False, u=False):
    return para("center", run(text, size, b, i, u))


def left(text, size, b=False, i=False, u=False):
    return para("left", run(text, size, b, i, u))


PARTY_LAYOUT = {
    "page_mm": (210, 297),
    "margins_mm": (20, 20, 30, 15),  # top, bottom, left, right
    "font": "Times New Roman",
    "body_pt": 14,
    "line": ("exact", 18),  # Exactly 18 pt (05-HD: 18–22; 36-HD: at least 18)
    "indent_mm": 10,
    "left_pct": 45,
    "page_number_pt": 14,
    "page_number_first": False,
    "header_tabs": False,
}
STATE_LAYOUT = dict(
    PARTY_LAYOUT,
    line=("multiple", 1.15),  # ND30: single to 1.5 lines
    indent_mm=12.7,
    left_pct=40,
    page_number_pt=13,
)


def party_recipients(items, archive, sep):
    """Party Nơi nhận: label 14 pt underlined, items 12 pt ending `sep`, archive with '.'."""
    out = [left("Nơi nhận:", 14, u=True)]
    out += [left(f"- {it}{sep}", 12) for it in items]
    out.append(left(f"- {archive}", 12))
    return out


def state_recipients(items, archive):
    """State Nơi nhận: label 12 pt bold italic, items 11 pt ending ';', "- Lưu: VT, …."."""
    out = [left("Nơi nhận:", 12, b=True, i=True)]
    out += [left(f"- {it};", 11) for it in items]
    out.append(left(f"- {archive}", 11))
    return out


def signature(authority, titles, name):
    """Authority lines bold caps, then (Party) regular title, space for the seal, the name."""
    out = [center(a, 14, b=True) for a in authority]
    out += [center(t, 14, b=False) for t in titles]
    out += [center("", 14) for _ in range(4)]
    out.append(center(name, 14, b=True))
    return out


def state_signature(authority, titles, name):
    """State: every line of the block bold (ND30)."""
    out = [center(a, 14, b=True) for a in authority + titles]
    out += [center("", 14) for _ in range(4)]
    out.append(center(name, 14, b=True))
    return out


def party_header(upper, issuer, number, date):
    left_cell = []
    if upper:
        left_cell.append(center(upper, 14))
    left_cell += [center(issuer, 14, b=True), center("*", 14), center(number, 14)]
    right_cell = [center("ĐẢNG CỘNG SẢN VIỆT NAM", 15, b=True, u=True), center("", 14), center(date, 14, i=True)]
    return left_cell, right_cell


def state_header(upper, issuer, number, date, vv=None):
    """`upper`: the governing body (regular), if any; `issuer`: the issuing body's name, one
    or two lines, bold, the last one underlined (the rule set's short rule under it)."""
    left_cell = []
    if upper:
        left_cell.append(center(upper, 13))
    issuer = issuer if isinstance(issuer, list) else [issuer]
    for k, line in enumerate(issuer):
        left_cell.append(center(line, 13, b=True, u=k == len(issuer) - 1))
    left_cell.append(center(number, 13))
    if vv:
        left_cell.append(center(vv, 12))
    right_cell = [
        center("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, b=True),
        center("Độc lập - Tự do - Hạnh phúc", 13, b=True, u=True),
        center("", 13),
        center(date, 14, i=True),
    ]
    return left_cell, right_cell


def document(family, rules, left_cell, right_cell, title, text, recipients, sign):
    return {
        "family": family,
        "rules": rules,
        "left": left_cell,
        "right": right_cell,
        "title": title,
        "body": text,
        "recipients": recipients,
        "signature": sign,
        "layout": copy.deepcopy(PARTY_LAYOUT if family == "party" else STATE_LAYOUT),
    }


# ---------------------------------------------------------------------------------------
# The clean documents. Text written for this corpus; all names invented.
# ---------------------------------------------------------------------------------------


def party_kl_2026():
    """KẾT LUẬN of a provincial standing committee, dated after 27/5/2026: 05-HD/VPTW."""
    l, r = party_header(None, "TỈNH ỦY NINH BÌNH", "Số 15-KL/TU", "Ninh Bình, ngày 05 tháng 6 năm 2026")
    title = [
        center("KẾT LUẬN", 16, b=True),
        center("CỦA BAN THƯỜNG VỤ TỈNH ỦY", 14, b=True),
        center("về phát triển kinh tế tư nhân trên địa bàn tỉnh đến năm 2030", 14, b=True),
        center("-----", 14),
    ]
    text = [
        body("Ngày 02 tháng 6 năm 2026, Ban Thường vụ Tỉnh ủy họp, nghe Ban cán sự đảng Ủy ban nhân dân tỉnh báo cáo kết quả "
             "sơ kết một năm thực hiện Nghị quyết số 68-NQ/TW, ngày 04/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân "
             "và ý kiến tham gia của các đồng chí dự họp. Ban Thường vụ Tỉnh ủy kết luận như sau:"),
        lead("1. ", "Ban Thường vụ Tỉnh ủy đánh giá cao sự vào cuộc của các cấp ủy, chính quyền và cộng đồng doanh nghiệp. "
             "Số doanh nghiệp thành lập mới tăng khá, môi trường đầu tư kinh doanh được cải thiện, nhiều thủ tục hành chính "
             "được cắt giảm, thời gian giải quyết hồ sơ đất đai, xây dựng được rút ngắn."),
        lead("2. ", "Tuy nhiên, quy mô doanh nghiệp còn nhỏ, khả năng tiếp cận vốn, mặt bằng sản xuất còn hạn chế; việc "
             "tháo gỡ khó khăn cho hộ kinh doanh chuyển lên doanh nghiệp còn chậm; một số xã, phường chưa quan tâm đúng "
             "mức đến công tác hỗ trợ doanh nghiệp khởi nghiệp."),
        lead("3. ", "Trong thời gian tới, đề nghị Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo rà soát quỹ đất cho các cụm "
             "công nghiệp, công khai danh mục dự án kêu gọi đầu tư; tiếp tục thực hiện Nghị quyết số 11-NQ/TU, ngày 09/3/2023 "
             "của Ban Chấp hành Đảng bộ tỉnh về cải thiện môi trường đầu tư; các đảng ủy trực thuộc Tỉnh ủy đưa chỉ tiêu "
             "phát triển doanh nghiệp vào chương trình công tác năm 2027 và báo cáo kết quả về Ban Thường vụ Tỉnh ủy."),
        body("Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Kết luận này, định kỳ sáu tháng tổng hợp, báo cáo "
             "Ban Thường vụ Tỉnh ủy."),
    ]
    rec = party_recipients(
        ["Ban Bí thư Trung ương Đảng (để báo cáo)", "Các đồng chí Tỉnh ủy viên",
         "Các ban, cơ quan tham mưu, giúp việc Tỉnh ủy", "Các đảng ủy trực thuộc Tỉnh ủy"],
        "Lưu VPTU.", ";")
    sign = signature(["T/M BAN THƯỜNG VỤ"], ["BÍ THƯ"], "Đinh Quang Khải")
    return document("party", "dang-hd05-2026", l, r, title, text, rec, sign)


def party_nq_2021():
    """NGHỊ QUYẾT of a city committee, 2021: 36-HD/VPTW (recipients end with ',')."""
    l, r = party_header("ĐẢNG BỘ TỈNH QUẢNG NINH", "THÀNH ỦY HẠ LONG", "Số 08-NQ/TU", "Hạ Long, ngày 16 tháng 3 năm 2021")
    title = [
        center("NGHỊ QUYẾT", 16, b=True),
        center("về đẩy mạnh chuyển đổi số thành phố Hạ Long", 14, b=True),
        center("giai đoạn 2021 - 2025, định hướng đến năm 2030", 14, b=True),
        center("-----", 14),
    ]
    text = [
        body("Thực hiện Nghị quyết Đại hội Đảng bộ thành phố lần thứ XXV, nhiệm kỳ 2020 - 2025, Ban Chấp hành Đảng bộ "
             "thành phố đã tổ chức hội nghị lần thứ năm, thảo luận và thống nhất ban hành Nghị quyết về đẩy mạnh chuyển đổi "
             "số như sau:"),
        para("body", run("I- MỤC TIÊU", b=True)),
        body("Phấn đấu đến năm 2025, chính quyền số của thành phố vận hành thông suốt; tỷ lệ hồ sơ thủ tục hành chính "
             "được xử lý trực tuyến toàn trình đạt trên 80%; kinh tế số chiếm tỷ trọng khoảng 15% giá trị tăng thêm "
             "của thành phố; mọi hộ gia đình có đường truyền cáp quang băng rộng."),
        para("body", run("II- NHIỆM VỤ VÀ GIẢI PHÁP", b=True)),
        lead("1. ", "Nâng cao nhận thức của cán bộ, đảng viên và nhân dân về chuyển đổi số; người đứng đầu cấp ủy, chính "
             "quyền trực tiếp chỉ đạo, chịu trách nhiệm về kết quả chuyển đổi số của cơ quan, đơn vị mình."),
        lead("2. ", "Hoàn thiện hạ tầng số, xây dựng trung tâm điều hành thông minh, kết nối cơ sở dữ liệu dùng chung của "
             "thành phố với cơ sở dữ liệu quốc gia về dân cư và đất đai."),
        lead("3. ", "Phát triển nguồn nhân lực số, có chính sách thu hút kỹ sư công nghệ thông tin về làm việc tại các cơ "
             "quan của thành phố; hỗ trợ doanh nghiệp nhỏ và vừa ứng dụng nền tảng số trong sản xuất, kinh doanh."),
        para("body", run("III- TỔ CHỨC THỰC HIỆN", b=True)),
        body("Các chi bộ, đảng bộ trực thuộc tổ chức quán triệt Nghị quyết, xây dựng chương trình hành động cụ thể; "
             "Ban Tuyên giáo Thành ủy hướng dẫn việc học tập, tuyên truyền; Văn phòng Thành ủy theo dõi, tổng hợp "
             "tình hình thực hiện, báo cáo Ban Thường vụ Thành ủy."),
    ]
    rec = party_recipients(
        ["Ban Thường vụ Tỉnh ủy (để báo cáo)", "Các đồng chí Thành ủy viên", "Các chi, đảng bộ trực thuộc"],
        "Lưu VPTU.", ",")
    sign = signature(["T/M THÀNH ỦY"], ["BÍ THƯ"], "Phạm Đức Thành")
    return document("party", "dang-hd36-2018", l, r, title, text, rec, sign)


def party_tb_2026():
    """THÔNG BÁO KẾT LUẬN sent by the office by delegation (T/L BAN THƯỜNG VỤ)."""
    l, r = party_header(None, "TỈNH ỦY HƯNG YÊN", "Số 120-TB/TU", "Hưng Yên, ngày 14 tháng 7 năm 2026")
    title = [
        center("THÔNG BÁO KẾT LUẬN", 16, b=True),
        center("của Thường trực Tỉnh ủy tại buổi làm việc với", 14, b=True),
        center("Ban Thường vụ Đảng ủy phường Phố Hiến", 14, b=True),
        center("-----", 14),
    ]
    text = [
        body("Ngày 10 tháng 7 năm 2026, đồng chí Bí thư Tỉnh ủy chủ trì buổi làm việc của Thường trực Tỉnh ủy với Ban "
             "Thường vụ Đảng ủy phường Phố Hiến. Sau khi nghe báo cáo và ý kiến của các đại biểu, đồng chí Bí thư Tỉnh "
             "ủy kết luận như sau:"),
        lead("1. ", "Sau sắp xếp đơn vị hành chính, Đảng ủy phường đã nhanh chóng ổn định tổ chức bộ máy, bố trí cán bộ "
             "phù hợp; trung tâm phục vụ hành chính công đi vào hoạt động nền nếp, không để gián đoạn việc giải quyết "
             "thủ tục cho người dân và doanh nghiệp."),
        lead("2. ", "Đảng ủy phường cần tập trung chỉ đạo hoàn thành công tác giải phóng mặt bằng dự án đường vành đai, "
             "chỉnh trang đô thị khu vực phố cổ, giữ gìn trật tự an toàn giao thông và vệ sinh môi trường."),
        lead("3. ", "Giao Ban cán sự đảng Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành hướng dẫn phường tháo gỡ vướng mắc "
             "về thủ tục đầu tư công, bảo đảm giải ngân hết kế hoạch vốn năm 2026."),
        body("Văn phòng Tỉnh ủy thông báo để Đảng ủy phường Phố Hiến và các cơ quan liên quan biết, thực hiện."),
    ]
    rec = party_recipients(
        ["Thường trực Tỉnh ủy (để báo cáo)", "Đảng ủy phường Phố Hiến", "Ban cán sự đảng Ủy ban nhân dân tỉnh"],
        "Lưu VPTU.", ";")
    sign = signature(["T/L BAN THƯỜNG VỤ"], ["CHÁNH VĂN PHÒNG"], "Lê Thị Thu Hà")
    return document("party", "dang-hd05-2026", l, r, title, text, rec, sign)


def party_bb_2026():
    """BIÊN BẢN of a commune committee's conference (05-HD p. 22): no Nơi nhận, the
    minute-taker signs on the left, the chair on the right."""
    l, r = party_header("ĐẢNG BỘ TỈNH NINH BÌNH", "ĐẢNG ỦY XÃ GIA VIỄN", "Số 12-BB/ĐU", "Gia Viễn, ngày 18 tháng 9 năm 2026")
    title = [
        center("BIÊN BẢN", 16, b=True),
        center("Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 4, khóa I", 14, b=True),
        center("-----", 14),
    ]
    text = [
        para("body", run("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN", b=True)),
        lead("1. ", "Thời gian: bắt đầu lúc 7 giờ 30 phút, ngày 18 tháng 9 năm 2026."),
        lead("2. ", "Địa điểm: Hội trường Đảng ủy xã Gia Viễn."),
        lead("3. ", "Thành phần: Ủy viên Ban Chấp hành Đảng bộ xã có mặt 17/19 đồng chí; vắng 2 đồng chí có lý do. "
             "Chủ trì: đồng chí Phạm Thị Hạnh, Bí thư Đảng ủy. Thư ký: đồng chí Trần Văn Nam, Chánh Văn phòng Đảng ủy."),
        para("body", run("II. NỘI DUNG HỘI NGHỊ", b=True)),
        body("Đồng chí Lê Quang Vinh, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân xã trình bày báo cáo tình hình "
             "thực hiện nhiệm vụ chín tháng đầu năm, phương hướng, nhiệm vụ ba tháng cuối năm 2026."),
        body("Ý kiến thảo luận: các đồng chí dự hội nghị thống nhất với báo cáo, đề nghị tập trung chỉ đạo thu hoạch "
             "lúa mùa, phòng chống lụt bão và hoàn thành chỉ tiêu thu ngân sách."),
        body("Kết luận của đồng chí chủ trì: Ban Chấp hành Đảng bộ xã thống nhất thông qua báo cáo; giao Ủy ban nhân dân "
             "xã xây dựng phương án phòng chống lụt bão, hoàn thành trước ngày 30/9/2026."),
        para("body", run("III. KẾT THÚC HỘI NGHỊ", b=True)),
        body("Hội nghị kết thúc lúc 11 giờ 00 phút cùng ngày. Biên bản đã được đọc lại trước Hội nghị và được thông qua "
             "với 17/17 đồng chí có mặt tán thành."),
    ]
    secretary = signature(["NGƯỜI GHI BIÊN BẢN"], [], "Trần Văn Nam")
    chair = signature(["CHỦ TRÌ HỘI NGHỊ"], [], "Phạm Thị Hạnh")
    return document("party", "dang-hd05-2026", l, r, title, text, secretary, chair)


def state_qd():
    """QUYẾT ĐỊNH of the chairman of a provincial People's Committee (ND30)."""
    l, r = state_header(None, ["ỦY BAN NHÂN DÂN", "TỈNH THANH HÓA"], "Số: 1528/QĐ-UBND", "Thanh Hóa, ngày 08 tháng 10 năm 2026")
    title = [
        center("QUYẾT ĐỊNH", 14, b=True),
        center("Về việc thành lập Ban Chỉ đạo chuyển đổi số tỉnh Thanh Hóa", 14, b=True),
        center("", 14),
        center("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THANH HÓA", 14, b=True),
    ]
    cancu = [
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
        "Căn cứ Nghị định số 47/2024/NĐ-CP ngày 09 tháng 5 năm 2024 của Chính phủ quy định danh mục cơ sở dữ liệu quốc gia;",
        "Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 356/TTr-SKHCN ngày 25 tháng 9 năm 2026.",
    ]
    text = [body(run(c, i=True)) for c in cancu]
    text += [
        center("QUYẾT ĐỊNH:", 14, b=True),
        lead("Điều 1. ", "Thành lập Ban Chỉ đạo chuyển đổi số tỉnh Thanh Hóa (sau đây gọi là Ban Chỉ đạo) gồm Chủ tịch Ủy "
             "ban nhân dân tỉnh làm Trưởng ban, Giám đốc Sở Khoa học và Công nghệ làm Phó Trưởng ban thường trực và các "
             "thành viên là lãnh đạo các sở, ban, ngành có liên quan."),
        lead("Điều 2. ", "Nhiệm vụ và quyền hạn của Ban Chỉ đạo"),
        body("1. Giúp Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo, điều phối việc thực hiện chương trình chuyển đổi số của tỉnh, "
             "cụ thể:"),
        body("a) Xây dựng kế hoạch chuyển đổi số hằng năm, xác định nhiệm vụ trọng tâm cho từng sở, ngành và Ủy ban nhân "
             "dân các xã, phường;"),
        body("b) Kiểm tra, đôn đốc việc kết nối, chia sẻ dữ liệu giữa các hệ thống thông tin của tỉnh."),
        body("2. Ban Chỉ đạo làm việc theo chế độ kiêm nhiệm; Sở Khoa học và Công nghệ là cơ quan thường trực, bảo đảm "
             "điều kiện hoạt động của Ban Chỉ đạo."),
        lead("Điều 3. ", "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở "
             "Khoa học và Công nghệ, Thủ trưởng các sở, ban, ngành có liên quan và các thành viên Ban Chỉ đạo chịu "
             "trách nhiệm thi hành Quyết định này./."),
    ]
    rec = state_recipients(
        ["Như Điều 3", "Bộ Khoa học và Công nghệ (để báo cáo)", "Thường trực Tỉnh ủy (để báo cáo)",
         "Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân tỉnh"],
        "Lưu: VT, NC.")
    sign = state_signature(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], ["PHÓ CHỦ TỊCH"], "Hoàng Văn Tuấn")
    return document("state", "nha-nuoc-nd30-2020", l, r, title, text, rec, sign)


def state_cv():
    """CÔNG VĂN: no type name; "V/v …" under the number in the left column; Kính gửi centred."""
    l, r = state_header(None, ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ"], "Số: 215/UBND-VX", "Quảng Trị, ngày 21 tháng 9 năm 2026",
                        vv="V/v triển khai công tác phòng, chống dịch bệnh mùa mưa bão năm 2026")
    title = [
        center("", 14),
        center("Kính gửi: Ủy ban nhân dân các xã, phường, đặc khu trên địa bàn tỉnh.", 14),
    ]
    text = [
        body("Trước diễn biến phức tạp của thời tiết trong mùa mưa bão, nguy cơ phát sinh dịch sốt xuất huyết, tiêu chảy "
             "và các bệnh truyền nhiễm sau ngập lụt là rất lớn. Để chủ động phòng, chống dịch bệnh, bảo vệ sức khỏe "
             "nhân dân, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:"),
        body("1. Ủy ban nhân dân các xã, phường, đặc khu chỉ đạo trạm y tế chuẩn bị đủ thuốc, hóa chất khử khuẩn, "
             "phân công cán bộ bám sát địa bàn, kịp thời phát hiện và xử lý ổ dịch ngay từ khi mới phát sinh."),
        body("2. Tổ chức vệ sinh môi trường, xử lý nguồn nước sinh hoạt sau khi nước rút; tuyên truyền để người dân "
             "không sử dụng nguồn nước chưa được xử lý, giữ gìn vệ sinh an toàn thực phẩm."),
        body("3. Sở Y tế chủ trì, phối hợp với các cơ quan liên quan kiểm tra, hướng dẫn các địa phương thực hiện; tổng "
             "hợp tình hình, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 11 năm 2026./."),
    ]
    rec = state_recipients(
        ["Như trên", "Chủ tịch Ủy ban nhân dân tỉnh (để báo cáo)", "Sở Y tế", "Trung tâm Kiểm soát bệnh tật tỉnh"],
        "Lưu: VT, VX.")
    sign = state_signature(["KT. CHỦ TỊCH"], ["PHÓ CHỦ TỊCH"], "Trương Thị Minh Hằng")
    return document("state", "nha-nuoc-nd30-2020", l, r, title, text, rec, sign)


def state_ttr():
    """TỜ TRÌNH of a provincial People's Committee to the provincial People's Council."""
    l, r = state_header(None, ["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG NAI"], "Số: 96/TTr-UBND", "Đồng Nai, ngày 18 tháng 11 năm 2026")
    title = [
        center("TỜ TRÌNH", 14, b=True),
        center("Dự thảo Nghị quyết quy định mức hỗ trợ trồng rừng sản xuất", 14, b=True),
        center("trên địa bàn tỉnh Đồng Nai", 14, b=True),
        center("", 14),
        center("Kính gửi: Hội đồng nhân dân tỉnh Đồng Nai.", 14),
    ]
    text = [
        body("Thực hiện Luật Lâm nghiệp và các văn bản hướng dẫn thi hành, Ủy ban nhân dân tỉnh kính trình Hội đồng nhân "
             "dân tỉnh dự thảo Nghị quyết quy định mức hỗ trợ trồng rừng sản xuất trên địa bàn tỉnh như sau:"),
        para("body", run("I. SỰ CẦN THIẾT BAN HÀNH NGHỊ QUYẾT", b=True)),
        body("Diện tích rừng trồng sản xuất của tỉnh phần lớn do hộ gia đình quản lý, quy mô nhỏ, chu kỳ ngắn, giá trị gia "
             "tăng thấp. Mức hỗ trợ hiện hành được ban hành từ năm 2019, không còn phù hợp với giá cây giống và chi phí "
             "nhân công hiện nay, chưa khuyến khích người dân trồng rừng gỗ lớn."),
        para("body", run("II. NỘI DUNG CHÍNH CỦA DỰ THẢO NGHỊ QUYẾT", b=True)),
        body("Dự thảo Nghị quyết gồm 05 điều, quy định đối tượng, điều kiện, mức hỗ trợ trồng rừng sản xuất bằng cây gỗ "
             "lớn và cây bản địa; trình tự, thủ tục thanh toán và trách nhiệm của các cơ quan, địa phương."),
        body("Ủy ban nhân dân tỉnh kính trình Hội đồng nhân dân tỉnh xem xét, quyết định./."),
    ]
    rec = state_recipients(
        ["Như trên", "Thường trực Tỉnh ủy", "Các Ban của Hội đồng nhân dân tỉnh", "Sở Nông nghiệp và Môi trường"],
        "Lưu: VT, KT.")
    sign = state_signature(["TM. ỦY BAN NHÂN DÂN"], ["CHỦ TỊCH"], "Võ Tấn Đức")
    return document("state", "nha-nuoc-nd30-2020", l, r, title, text, rec, sign)


def state_bc():
    """BÁO CÁO of a ward People's Committee (two-tier: the ward reports to the province)."""
    l, r = state_header(None, ["ỦY BAN NHÂN DÂN", "PHƯỜNG HẢI CHÂU"], "Số: 87/BC-UBND", "Hải Châu, ngày 30 tháng 6 năm 2026")
    title = [
        center("BÁO CÁO", 14, b=True),
        center("Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội", 14, b=True),
        center("6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng cuối năm 2026", 14, b=True),
    ]
    text = [
        para("body", run("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM", b=True)),
        body("Trong 6 tháng đầu năm, Ủy ban nhân dân phường đã tập trung chỉ đạo thực hiện các nhiệm vụ được giao; thu ngân "
             "sách trên địa bàn đạt 58% dự toán; hoàn thành chỉnh trang vỉa hè các tuyến phố chính; trung tâm phục vụ hành "
             "chính công tiếp nhận hơn 12.000 hồ sơ, 98% được giải quyết đúng hạn."),
        body("Công tác an sinh xã hội được quan tâm; đã hỗ trợ sửa chữa 15 nhà ở cho hộ nghèo, trao học bổng cho học sinh có "
             "hoàn cảnh khó khăn. Tình hình an ninh chính trị, trật tự an toàn xã hội được giữ vững."),
        para("body", run("II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM", b=True)),
        body("Tiếp tục đẩy mạnh thu ngân sách, phấn đấu hoàn thành dự toán năm; đẩy nhanh giải phóng mặt bằng các dự án "
             "trọng điểm; nâng cao chất lượng phục vụ tại trung tâm phục vụ hành chính công, mở rộng thanh toán không "
             "dùng tiền mặt trong giải quyết thủ tục hành chính./."),
    ]
    rec = state_recipients(
        ["Ủy ban nhân dân thành phố (để báo cáo)", "Thường trực Đảng ủy phường", "Thường trực Hội đồng nhân dân phường"],
        "Lưu: VT, VP.")
    sign = state_signature(["TM. ỦY BAN NHÂN DÂN"], ["CHỦ TỊCH"], "Ngô Văn Phúc")
    return document("state", "nha-nuoc-nd30-2020", l, r, title, text, rec, sign)


def state_kh():
    """KẾ HOẠCH of a provincial People's Committee."""
    l, r = state_header(None, ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG"], "Số: 245/KH-UBND", "Lâm Đồng, ngày 12 tháng 11 năm 2026")
    title = [
        center("KẾ HOẠCH", 14, b=True),
        center("Triển khai thực hiện chương trình chuyển đổi số năm 2027", 14, b=True),
    ]
    text = [
        para("body", run("I. MỤC ĐÍCH, YÊU CẦU", b=True)),
        body("1. Cụ thể hóa các nhiệm vụ chuyển đổi số của tỉnh năm 2027, phân công rõ cơ quan chủ trì, thời hạn hoàn thành "
             "và sản phẩm của từng nhiệm vụ."),
        body("2. Các sở, ban, ngành và Ủy ban nhân dân các xã, phường tổ chức thực hiện nghiêm túc, đồng bộ, gắn với cải "
             "cách hành chính và xây dựng chính quyền số."),
        para("body", run("II. NHIỆM VỤ CHỦ YẾU", b=True)),
        body("1. Hoàn thành số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực; bảo đảm 100% hồ sơ được tiếp "
             "nhận và trả kết quả trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh."),
        body("2. Triển khai nền tảng dữ liệu dùng chung, kết nối với cơ sở dữ liệu quốc gia về dân cư, đất đai và doanh "
             "nghiệp; tổ chức tập huấn kỹ năng số cho cán bộ, công chức cấp xã."),
        para("body", run("III. TỔ CHỨC THỰC HIỆN", b=True)),
        body("Sở Khoa học và Công nghệ chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch; định kỳ hằng quý tổng hợp, báo cáo "
             "Ủy ban nhân dân tỉnh. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, địa phương kịp "
             "thời phản ánh về Sở Khoa học và Công nghệ để tổng hợp, báo cáo./."),
    ]
    rec = state_recipients(
        ["Thường trực Tỉnh ủy (để báo cáo)", "Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân tỉnh", "Các sở, ban, ngành",
         "Ủy ban nhân dân các xã, phường"],
        "Lưu: VT, KGVX.")
    sign = state_signature(["KT. CHỦ TỊCH"], ["PHÓ CHỦ TỊCH"], "Lâm Thị Ngọc Bích")
    return document("state", "nha-nuoc-nd30-2020", l, r, title, text, rec, sign)


def state_tb():
    """THÔNG BÁO kết luận of a state body, signed by the office by delegation (TL.)."""
    l, r = state_header(None, ["ỦY BAN NHÂN DÂN", "TỈNH AN GIANG"], "Số: 318/TB-UBND", "An Giang, ngày 20 tháng 8 năm 2026")
    title = [
        center("THÔNG BÁO", 14, b=True),
        center("Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp", 14, b=True),
        center("về tiến độ giải ngân vốn đầu tư công năm 2026", 14, b=True),
    ]
    text = [
        body("Ngày 15 tháng 8 năm 2026, Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp về tiến độ giải ngân vốn đầu tư "
             "công năm 2026. Sau khi nghe Sở Tài chính báo cáo và ý kiến của các đại biểu, Chủ tịch Ủy ban nhân dân tỉnh "
             "kết luận như sau:"),
        body("1. Đến ngày 31 tháng 7 năm 2026, toàn tỉnh giải ngân đạt 41% kế hoạch vốn, thấp hơn bình quân chung cả "
             "nước; một số chủ đầu tư chưa quyết liệt, công tác bồi thường, giải phóng mặt bằng còn chậm."),
        body("2. Yêu cầu các chủ đầu tư lập kế hoạch giải ngân chi tiết theo từng tháng, từng dự án; người đứng đầu chịu "
             "trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh nếu để chậm giải ngân do nguyên nhân chủ quan."),
        body("3. Sở Tài chính rà soát, tham mưu điều chuyển vốn từ các dự án chậm tiến độ sang các dự án có khả năng giải "
             "ngân tốt, báo cáo Ủy ban nhân dân tỉnh trước ngày 30 tháng 9 năm 2026."),
        body("Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./."),
    ]
    rec = state_recipients(
        ["Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân tỉnh", "Sở Tài chính", "Các chủ đầu tư"],
        "Lưu: VT, KT.")
    sign = state_signature(["TL. CHỦ TỊCH"], ["CHÁNH VĂN PHÒNG"], "Nguyễn Thanh Sơn")
    return document("state", "nha-nuoc-nd30-2020", l, r, title, text, rec, sign)


# ---------------------------------------------------------------------------------------
# Mistakes: each takes a deep copy of a clean document and returns the text that now sits
# in the paragraph holding the mistake (used to find its number), or None for whole-file
# mistakes.
# ---------------------------------------------------------------------------------------


def all_paras(doc):
    """Every paragraph of the model, in document order."""
    return doc["left"] + doc["right"] + doc["title"] + doc["body"] + doc["recipients"] + doc["signature"]


def ptext(p):
    return "".join(t for t, _ in p["runs"])


def find_para(doc, needle):
    for p in all_paras(doc):
        if needle in ptext(p):
            return p
    raise KeyError(needle)


def replace_in(doc, old, new):
    """Replaces `old` by `new` in the first paragraph holding it; returns that paragraph's new text."""
    p = find_para(doc, old)
    for k, (t, f) in enumerate(p["runs"]):
        if old in t:
            p["runs"][k] = (t.replace(old, new, 1), f)
            return ptext(p)
    raise KeyError(old)


def set_runs(doc, needle, **fmt):
    p = find_para(doc, needle)
    p["runs"] = [(t, dict(f, **fmt)) for t, f in p["runs"]]
    return ptext(p)


def recipient_items(doc):
    """The recipient lines between "Nơi nhận:" and the archive line."""
    return [p for p in doc["recipients"][1:] if not ptext(p).startswith("- Lưu")]


def set_separator(doc, sep):
    items = recipient_items(doc)
    for p in items:
        t, f = p["runs"][0]
        p["runs"][0] = (t[:-1] + sep, f)
    return ptext(items[0])


def drop_archive(doc):
    doc["recipients"] = [p for p in doc["recipients"] if not ptext(p).startswith("- Lưu")]
    return None


def nfd(doc, needle):
    p = find_para(doc, needle)
    p["runs"] = [(unicodedata.normalize("NFD", t), f) for t, f in p["runs"]]
    return ptext(p)


# TCVN3 (ABC): the 8-bit code of .VnTime; a Unicode letter becomes the Windows-1252 character
# of its byte, which is what a Word file typed in .VnTime holds ("Uû ban nh©n d©n").
TCVN3 = dict(zip(
    "ăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵĂÂÊÔƠƯĐ",
    [0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE,
     0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB,
     0xCC, 0xCE, 0xCF, 0xD0, 0xD1, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE,
     0xDF, 0xE1, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEA, 0xEB, 0xEC, 0xED, 0xEE,
     0xEF, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE,
     0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7]))


def to_tcvn3(text):
    out = []
    for ch in text:
        if ch in TCVN3:
            out.append(bytes([TCVN3[ch]]).decode("cp1252"))
        elif ch.lower() in TCVN3 and not ch.isascii():
            # .VnTime has no capitals with tones (they are in .VnTimeH): clerks got the
            # lower-case code, shown as the wrong letter — still TCVN3 residue.
            out.append(bytes([TCVN3[ch.lower()]]).decode("cp1252"))
        else:
            out.append(ch)
    return "".join(out)


def legacy(doc, needle):
    p = find_para(doc, needle)
    p["runs"] = [(to_tcvn3(t), dict(f, font=".VnTime")) for t, f in p["runs"]]
    return ptext(p)


def recipients_14pt(doc):
    for p in doc["recipients"][1:]:
        p["runs"] = [(t, dict(f, size=14)) for t, f in p["runs"]]
    return None


def layout(**kw):
    def apply(doc):
        doc["layout"].update(kw)
        return None
    return apply


def mixed_header(doc):
    """A Party document laid out on a state letterhead (the motto of the State)."""
    date = doc["right"][-1]
    doc["right"] = [
        center("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, b=True),
        center("Độc lập - Tự do - Hạnh phúc", 13, b=True, u=True),
        center("", 13),
        date,
    ]
    return None


def renumber(doc, labels):
    """Types the run-in section labels "1. ", "2. ", … as `labels`; returns the first wrong one's text."""
    sections = [p for p in doc["body"] if re.match(r"\d+\. ", p["runs"][0][0]) and p["runs"][0][1]["b"]]
    wrong = None
    for k, (p, lab) in enumerate(zip(sections, labels)):
        if lab != f"{k + 1}. " and wrong is None:
            wrong = p
        p["runs"][0] = (lab, p["runs"][0][1])
    return ptext(wrong)


def remove_state_end(doc):
    last = doc["body"][-1]
    t, f = last["runs"][-1]
    assert t.endswith("./.")
    last["runs"][-1] = (t[:-3] + ".", f)
    return ptext(last)


def party_end_mark(doc):
    last = doc["body"][-1]
    t, f = last["runs"][-1]
    last["runs"][-1] = (t[:-1] + "./.", f)
    return ptext(last)


# (file stem, clean builder, mistake description, mutation, expected [(id, use paragraph?)], maker)
# "maker" is "docx" (python-docx) or "lo" (LibreOffice from HTML).
CLEAN = [
    ("party-kl-2026", party_kl_2026, "docx"),
    ("party-nq-2021", party_nq_2021, "lo"),
    ("party-tb-2026", party_tb_2026, "docx"),
    ("party-bb-2026", party_bb_2026, "docx"),
    ("state-qd", state_qd, "docx"),
    ("state-cv", state_cv, "lo"),
    ("state-ttr", state_ttr, "docx"),
    ("state-bc", state_bc, "docx"),
    ("state-kh", state_kh, "docx"),
    ("state-tb", state_tb, "docx"),
]

P = True  # the finding points at the planted paragraph
N = False  # a whole-file finding: paragraph null

MISTAKES = [
    # --- Party (05-HD KẾT LUẬN unless noted) ---
    ("party-number-colon", "party-kl-2026", "Party number written with a colon (Số: 15-KL/TU)",
     lambda d: replace_in(d, "Số 15-KL/TU", "Số: 15-KL/TU"), [("number.colon", P)]),
    ("party-number-no-zero", "party-kl-2026", "number below 10 without its leading zero (Số 5-KL/TU)",
     lambda d: replace_in(d, "Số 15-KL/TU", "Số 5-KL/TU"), [("number.leading-zero", P)]),
    ("party-type-symbol", "party-kl-2026", "type symbol NQ on a KẾT LUẬN (Số 15-NQ/TU)",
     lambda d: replace_in(d, "Số 15-KL/TU", "Số 15-NQ/TU"), [("number.type-symbol", P)]),
    ("party-date-no-zero", "party-kl-2026", "day below 10 without leading zero (ngày 5 tháng 6)",
     lambda d: replace_in(d, "ngày 05 tháng 6", "ngày 5 tháng 6"), [("date.leading-zero", P)]),
    ("party-date-extra-zero", "party-kl-2026", "month 6 written with a leading zero (tháng 06)",
     lambda d: replace_in(d, "ngày 05 tháng 6", "ngày 05 tháng 06"), [("date.leading-zero", P)]),
    ("party-kt-collective", "party-kl-2026", "K/T where the standing committee (a collective) signs",
     lambda d: replace_in(d, "T/M BAN THƯỜNG VỤ", "K/T BAN THƯỜNG VỤ"), [("signature.kt-for-collective", P)]),
    ("party-tm-dotted", "party-kl-2026", "state dotted form TM. in a Party signature",
     lambda d: replace_in(d, "T/M BAN THƯỜNG VỤ", "TM. BAN THƯỜNG VỤ"), [("signature.state-form", P)]),
    ("party-end-state-mark", "party-kl-2026", "body ends with the state mark './.'",
     party_end_mark, [("body.end-state-mark", P)]),
    ("party-archive-missing", "party-kl-2026", "no '- Lưu VPTU.' line in Nơi nhận",
     drop_archive, [("recipients.archive-missing", N)]),
    ("party-archive-state", "party-kl-2026", "state archive form '- Lưu: VT, VPTU.'",
     lambda d: replace_in(d, "- Lưu VPTU.", "- Lưu: VT, VPTU."), [("recipients.state-archive", P)]),
    ("party-recipients-comma-05", "party-kl-2026", "05-HD recipients end with ',' (the 36-HD habit)",
     lambda d: set_separator(d, ","), [("recipients.punctuation", P)]),
    ("party-recipients-semicolon-36", "party-nq-2021", "36-HD recipients end with ';' (the 05-HD form)",
     lambda d: set_separator(d, ";"), [("recipients.punctuation", P)]),
    ("party-numbering-skip", "party-kl-2026", "sections typed 1., 2., 4. (3 skipped)",
     lambda d: renumber(d, ["1. ", "2. ", "4. "]), [("numbering.skip", P)]),
    ("party-numbering-repeat", "party-kl-2026", "sections typed 1., 1., 2. (1 repeated)",
     lambda d: renumber(d, ["1. ", "1. ", "2. "]), [("numbering.skip", P)]),
    ("party-nfd", "party-kl-2026", "one body paragraph in decomposed Unicode (NFD)",
     lambda d: nfd(d, "Tuy nhiên, quy mô"), [("text.nfc", P)]),
    ("party-tcvn3", "party-kl-2026", "one paragraph pasted from an old file: TCVN3 bytes in .VnTime",
     lambda d: legacy(d, "Văn phòng Tỉnh ủy theo dõi"), [("text.legacy-encoding", P), ("layout.font", N)]),
    ("party-tone-mixed", "party-kl-2026", "old tone placement 'uỷ' once among 'ủy'",
     lambda d: replace_in(d, "các đảng ủy trực thuộc Tỉnh ủy đưa", "các đảng uỷ trực thuộc Tỉnh ủy đưa"),
     [("text.tone-mixed", P)]),
    ("party-recipients-label-state", "party-kl-2026", "'Nơi nhận:' 12 pt bold italic (state form) in a Party document",
     lambda d: set_runs(d, "Nơi nhận:", size=12, b=True, i=True, u=False), [("layout.recipients-label", N)]),
    ("party-state-motto", "party-kl-2026", "state motto header on a Party document (Party number and signature)",
     mixed_header, [("family.mixed", N)]),
    ("party-margins-2004", "party-kl-2026", "margins 25/25/35/15 mm (the 2004 rule)",
     layout(margins_mm=(25, 25, 35, 15)), [("layout.margins", N)]),
    ("party-letter", "party-kl-2026", "page size Letter",
     layout(page_mm=(215.9, 279.4)), [("layout.page-size", N)]),
    ("party-arial", "party-kl-2026", "whole document in Arial",
     layout(font="Arial"), [("layout.font", N)]),
    ("party-body-13", "party-kl-2026", "body text 13 pt",
     layout(body_pt=13), [("layout.body-size", N)]),
    ("party-line-single", "party-kl-2026", "line spacing single (auto) instead of Exactly",
     layout(line=("multiple", 1.0)), [("layout.line-spacing", N)]),
    ("party-header-tabs", "party-kl-2026", "header laid out with tabs instead of a table",
     layout(header_tabs=True), [("layout.header-table", N)]),
    ("party-page-number-first", "party-kl-2026", "page number shown on page 1 (no titlePg)",
     layout(page_number_first=True), [("layout.page-number-first", N)]),
    ("party-academic-title", "party-kl-2026", "academic title in the signer's name (PGS.TS.)",
     lambda d: replace_in(d, "Đinh Quang Khải", "PGS.TS. Đinh Quang Khải"), [("signature.academic-title", P)]),
    ("party-subject-period", "party-kl-2026", "subject ends with a full stop",
     lambda d: replace_in(d, "đến năm 2030", "đến năm 2030."), [("subject.end-period", P)]),
    ("party-citation-comma", "party-kl-2026", "citation without the comma before the date",
     lambda d: replace_in(d, "Nghị quyết số 11-NQ/TU, ngày 09/3/2023", "Nghị quyết số 11-NQ/TU ngày 09/3/2023"),
     [("citation.comma", P)]),
    # --- State ---
    ("state-number-no-colon", "state-qd", "state number without the colon (Số 1528/QĐ-UBND)",
     lambda d: replace_in(d, "Số: 1528/QĐ-UBND", "Số 1528/QĐ-UBND"), [("number.state-colon", P)]),
    ("state-party-signature", "state-qd", "Party slash form T/M in a state signature",
     lambda d: replace_in(d, "TM. ỦY BAN NHÂN DÂN", "T/M ỦY BAN NHÂN DÂN"), [("signature.party-form", P)]),
    ("state-recipients-label-plain", "state-qd", "'Nơi nhận:' not bold italic",
     lambda d: set_runs(d, "Nơi nhận:", b=False, i=False), [("layout.recipients-label", N)]),
    ("state-recipients-14pt", "state-qd", "recipient items 14 pt instead of 11",
     recipients_14pt, [("layout.recipients-size", N)]),
    ("state-archive-no-colon", "state-qd", "archive line without the colon (- Lưu VT, NC.)",
     lambda d: replace_in(d, "- Lưu: VT, NC.", "- Lưu VT, NC."), [("recipients.archive-form", P)]),
    ("state-end-mark-missing", "state-qd", "body ends with '.' instead of './.'",
     remove_state_end, [("body.end-mark-missing", P)]),
    ("state-cv-no-vv", "state-cv", "công văn subject without 'V/v'",
     lambda d: replace_in(d, "V/v triển khai công tác", "Triển khai công tác"), [("subject.vv-missing", P)]),
    ("state-date-no-zero", "state-qd", "day below 10 without leading zero (ngày 8 tháng 10)",
     lambda d: replace_in(d, "ngày 08 tháng 10", "ngày 8 tháng 10"), [("date.leading-zero", P)]),
]

# ---------------------------------------------------------------------------------------
# Rendering with python-docx (the "typed in Word" files).
# ---------------------------------------------------------------------------------------


def set_fonts(rpr_parent_run, font):
    """rFonts ascii/hAnsi/cs/eastAsia: Word picks the font by script; set them all."""
    rpr = rpr_parent_run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)


def no_borders(table):
    """A borderless layout table, as the header and the closing block are typed in Word."""
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    # Schema order: tblBorders comes before tblLayout, tblCellMar and tblLook.
    later = [c for c in tblpr if c.tag in (qn("w:shd"), qn("w:tblLayout"), qn("w:tblCellMar"), qn("w:tblLook"))]
    if later:
        later[0].addprevious(borders)
    else:
        tblpr.append(borders)


def line_spacing(pf, lay):
    rule, value = lay["line"]
    if rule == "exact":
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(value)
    else:
        pf.line_spacing = value  # a multiple: lineRule="auto"


def fill_paragraph(p, model, lay, in_body):
    pf = p.paragraph_format
    pf.space_after = Pt(0)
    if model["kind"] == "body":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        pf.first_line_indent = Mm(lay["indent_mm"])
        pf.space_before = Pt(6)
        line_spacing(pf, lay)
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if model["kind"] == "center" else WD_ALIGN_PARAGRAPH.LEFT
        pf.space_before = Pt(0)
        pf.line_spacing = 1.0
    for text, f in model["runs"]:
        r = p.add_run(text)
        size = f["size"] or lay["body_pt"]
        if model["kind"] == "body" and f["size"] is None:
            size = lay["body_pt"]
        r.font.size = Pt(size)
        r.font.bold = f["b"] or None
        r.font.italic = f["i"] or None
        r.font.underline = f["u"] or None
        set_fonts(r, f.get("font") or lay["font"])


def page_number_header(section, lay):
    """A centred PAGE field in the default header; page 1 gets an empty first-page header."""
    section.header_distance = Mm(10)
    section.different_first_page_header_footer = not lay["page_number_first"]
    hp = section.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), " PAGE ")
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    fonts = OxmlElement("w:rFonts")
    for a in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(a), lay["font"])
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), str(lay["page_number_pt"] * 2))
    rpr.append(fonts)
    rpr.append(sz)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    hp._p.append(fld)
    if not lay["page_number_first"]:
        # An explicit empty first-page header, as Word writes it.
        section.first_page_header.paragraphs[0].text = ""


def two_columns(d, left_cells, right_cells, left_pct, lay):
    table = d.add_table(rows=1, cols=2)
    no_borders(table)
    table.autofit = False
    text_mm = lay["page_mm"][0] - lay["margins_mm"][2] - lay["margins_mm"][3]
    widths = (Mm(text_mm * left_pct / 100), Mm(text_mm * (100 - left_pct) / 100))
    # Word and LibreOffice lay a fixed table out by its grid, not by the cells' widths.
    for col, wd in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        col.set(qn("w:w"), str(round(wd.twips)))
    tblw = table._tbl.tblPr.find(qn("w:tblW"))
    tblw.set(qn("w:type"), "dxa")
    tblw.set(qn("w:w"), str(round(widths[0].twips + widths[1].twips)))
    for cell, models, w in zip(table.rows[0].cells, (left_cells, right_cells), widths):
        cell.width = w
        for k, m in enumerate(models):
            p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
            fill_paragraph(p, m, lay, False)
    return table


def tabbed_header(d, left_cells, right_cells, lay):
    """The header typed line by line with tabs: left text, tab, right text."""
    text_mm = lay["page_mm"][0] - lay["margins_mm"][2] - lay["margins_mm"][3]
    n = max(len(left_cells), len(right_cells))
    blank = center("", 14)
    for k in range(n):
        lm = left_cells[k] if k < len(left_cells) else blank
        rm = right_cells[k] if k < len(right_cells) else blank
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Mm(text_mm * 0.225), WD_TAB_ALIGNMENT.CENTER)
        p.paragraph_format.tab_stops.add_tab_stop(Mm(text_mm * 0.72), WD_TAB_ALIGNMENT.CENTER)
        p.paragraph_format.space_after = Pt(0)
        runs = [("\t", {"size": 14, "b": False, "i": False, "u": False})] + lm["runs"]
        runs += [("\t", {"size": 14, "b": False, "i": False, "u": False})] + rm["runs"]
        for text, f in runs:
            r = p.add_run(text)
            r.font.size = Pt(f["size"] or 14)
            r.font.bold = f["b"] or None
            r.font.italic = f["i"] or None
            r.font.underline = f["u"] or None
            set_fonts(r, lay["font"])


def render_docx(doc, path):
    lay = doc["layout"]
    d = docx.Document()
    # The Normal style too, so that nothing falls back to the template's Calibri.
    normal = d.styles["Normal"]
    normal.font.name = lay["font"]
    normal.font.size = Pt(lay["body_pt"])
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), lay["font"])
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:cs"), lay["font"])
    s = d.sections[0]
    s.page_width, s.page_height = Mm(lay["page_mm"][0]), Mm(lay["page_mm"][1])
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = (Mm(v) for v in lay["margins_mm"])
    page_number_header(s, lay)

    if lay["header_tabs"]:
        tabbed_header(d, doc["left"], doc["right"], lay)
    else:
        two_columns(d, doc["left"], doc["right"], lay["left_pct"], lay)
    for k, m in enumerate(doc["title"]):
        p = d.add_paragraph()
        fill_paragraph(p, m, lay, False)
        if k == 0:
            p.paragraph_format.space_before = Pt(12)  # air between the header and the type name
    for m in doc["body"]:
        fill_paragraph(d.add_paragraph(), m, lay, True)
    fill_paragraph(d.add_paragraph(), center("", 14), lay, False)
    two_columns(d, doc["recipients"], doc["signature"], 50, lay)
    cp = d.core_properties
    cp.author = cp.last_modified_by = "Văn phòng"
    cp.created = cp.modified = FIXED_TIME
    cp.revision = 1
    cp.title = ""
    buf = io.BytesIO()
    d.save(buf)
    with open(path, "wb") as f:
        f.write(normalize_zip(buf.getvalue()))


# ---------------------------------------------------------------------------------------
# Rendering through LibreOffice: HTML in, DOCX out, then the XML edited where the HTML
# import cannot say it (fonts of the default style, exact line spacing, page numbers).
# ---------------------------------------------------------------------------------------


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_para(m, lay):
    align = {"body": "justify", "center": "center", "left": "left"}[m["kind"]]
    style = f"text-align:{align}; margin-top:0; margin-bottom:0"
    if m["kind"] == "body":
        rule, value = lay["line"]
        line = f"line-height:{value}pt" if rule == "exact" else f"line-height:{int(value * 100)}%"
        style += f"; text-indent:{lay['indent_mm']}mm; margin-top:6pt; {line}"
    html = []
    for text, f in m["runs"]:
        t = html_escape(text) or "&nbsp;"
        size = f["size"] or lay["body_pt"]
        t = f'<span style="font-family:\'{lay["font"]}\'; font-size:{size}pt">{t}</span>'
        for tag in ("b", "i", "u"):
            if f[tag]:
                t = f"<{tag}>{t}</{tag}>"
        html.append(t)
    return f'<p style="{style}">{"".join(html) or "&nbsp;"}</p>'


def html_table(left_cells, right_cells, left_pct, lay):
    cells = []
    for models, pct in ((left_cells, left_pct), (right_cells, 100 - left_pct)):
        inner = "".join(html_para(m, lay) for m in models)
        cells.append(f'<td width="{pct}%" valign="top" style="border:none; padding:0">{inner}</td>')
    return ('<table width="100%" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">'
            f"<tr>{''.join(cells)}</tr></table>")


def render_html(doc):
    lay = doc["layout"]
    top, bottom, lm, rm = lay["margins_mm"]
    parts = [
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title></title><style>",
        f"@page {{ size: {lay['page_mm'][0]}mm {lay['page_mm'][1]}mm; margin-top:{top}mm; margin-bottom:{bottom}mm; "
        f"margin-left:{lm}mm; margin-right:{rm}mm }}",
        f"body, p, td {{ font-family:'{lay['font']}'; font-size:{lay['body_pt']}pt }}",
        "</style></head><body>",
        html_table(doc["left"], doc["right"], lay["left_pct"], lay),
    ]
    parts += [html_para(m, lay) for m in doc["title"] + doc["body"]]
    parts.append(html_para(center("", 14), lay))
    parts.append(html_table(doc["recipients"], doc["signature"], 50, lay))
    parts.append("</body></html>")
    return "\n".join(parts)


def w(tag):
    return f"{{{W_NS}}}{tag}"


def fix_lo_docx(data, doc):
    """Edits the DOCX LibreOffice wrote: Times New Roman in the default style, the body's
    line spacing (HTML knows no "Exactly"), no spacing after, and A4 page numbers from page 2."""
    lay = doc["layout"]
    zin = zipfile.ZipFile(io.BytesIO(data))
    parts = {n: zin.read(n) for n in zin.namelist()}
    order = zin.namelist()

    styles = etree.fromstring(parts["word/styles.xml"])
    for rf in styles.iter(w("rFonts")):
        for a in ("ascii", "hAnsi", "cs", "eastAsia"):
            rf.set(w(a), lay["font"])
    for sz in list(styles.iter(w("sz"))) + list(styles.iter(w("szCs"))):
        if sz.get(w("val")) == "24":  # LibreOffice's 12 pt default
            sz.set(w("val"), str(lay["body_pt"] * 2))
    parts["word/styles.xml"] = etree.tostring(styles, xml_declaration=True, encoding="UTF-8", standalone=True)

    root = etree.fromstring(parts["word/document.xml"])
    bodyel = root.find(w("body"))
    for p in bodyel.iter(w("p")):
        ppr = p.find(w("pPr"))
        if ppr is None:
            continue
        sp = ppr.find(w("spacing"))
        if sp is None:
            continue
        sp.set(w("after"), "0")
        is_body = ppr.find(w("ind")) is not None and ppr.find(w("ind")).get(w("firstLine"))
        rule, value = lay["line"]
        if is_body:
            if rule == "exact":
                sp.set(w("lineRule"), "exact")
                sp.set(w("line"), str(int(value * 20)))
            else:
                sp.set(w("lineRule"), "auto")
                sp.set(w("line"), str(int(value * 240)))
    sect = bodyel.find(w("sectPr"))
    pgsz = sect.find(w("pgSz"))
    pgsz.set(w("w"), str(round(lay["page_mm"][0] * 1440 / 25.4)))
    pgsz.set(w("h"), str(round(lay["page_mm"][1] * 1440 / 25.4)))
    pgmar = sect.find(w("pgMar"))
    for name, v in zip(("top", "bottom", "left", "right"), lay["margins_mm"]):
        pgmar.set(w(name), str(round(v * 1440 / 25.4)))
    pgmar.set(w("header"), str(round(10 * 1440 / 25.4)))
    # Page numbers: a default header with a centred PAGE field; titlePg keeps page 1 clean.
    rels = etree.fromstring(parts["word/_rels/document.xml.rels"])
    rel = etree.SubElement(rels, "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship")
    rel.set("Id", "rIdCorpusHeader1")
    rel.set("Type", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header")
    rel.set("Target", "header1.xml")
    parts["word/_rels/document.xml.rels"] = etree.tostring(rels, xml_declaration=True, encoding="UTF-8", standalone=True)
    parts["word/header1.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
        '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:fldSimple w:instr=" PAGE "><w:r><w:rPr>'
        f'<w:rFonts w:ascii="{lay["font"]}" w:hAnsi="{lay["font"]}" w:cs="{lay["font"]}"/>'
        f'<w:sz w:val="{lay["page_number_pt"] * 2}"/></w:rPr><w:t>2</w:t></w:r></w:fldSimple></w:p></w:hdr>'
    ).encode()
    ct = etree.fromstring(parts["[Content_Types].xml"])
    ov = etree.SubElement(ct, "{http://schemas.openxmlformats.org/package/2006/content-types}Override")
    ov.set("PartName", "/word/header1.xml")
    ov.set("ContentType", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml")
    parts["[Content_Types].xml"] = etree.tostring(ct, xml_declaration=True, encoding="UTF-8", standalone=True)
    href = etree.Element(w("headerReference"))
    href.set(w("type"), "default")
    href.set(f"{{{R_NS}}}id", "rIdCorpusHeader1")
    sect.insert(0, href)
    # titlePg sits after pgNumType/formProt… in the schema order; before textDirection is valid.
    title_pg = etree.Element(w("titlePg"))
    td = sect.find(w("textDirection"))
    if td is not None:
        td.addprevious(title_pg)
    else:
        sect.append(title_pg)
    parts["word/document.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    order.append("word/header1.xml")
    return build_zip([(n, parts[n]) for n in order])


# ---------------------------------------------------------------------------------------
# Zip and paragraph numbering helpers.
# ---------------------------------------------------------------------------------------


def build_zip(entries):
    """A zip with fixed timestamps, so that the same input gives the same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                # LibreOffice and python-docx stamp the time of writing.
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*", r"\g<1>2026-01-01T08:00:00Z", text)
                data = text.encode("utf-8")
            if name == "docProps/app.xml":
                data = re.sub(rb"<TotalTime>\d+</TotalTime>", b"<TotalTime>0</TotalTime>", data)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return out.getvalue()


def normalize_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    return build_zip([(n, zin.read(n)) for n in zin.namelist()])


def source_paragraphs(path):
    """Texts of the body's w:p in document order, table cells included (vanban's numbering)."""
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.find(w("body")).iter(w("p")):
        out.append("".join(t.text or "" for t in p.iter(w("t"))))
    return out


def paragraph_of(path, needle):
    hits = [k + 1 for k, t in enumerate(source_paragraphs(path)) if needle in t]
    if not hits:
        raise SystemExit(f"{path}: no paragraph holds {needle!r}")
    return hits[0]


# ---------------------------------------------------------------------------------------
# Main.
# ---------------------------------------------------------------------------------------


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: check_corpus.py OUTDIR")
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    builders = {stem: (build, maker) for stem, build, maker in CLEAN}

    jobs = []  # (stem, doc model, maker, mistake description, needle, expect)
    for stem, build, maker in CLEAN:
        jobs.append((stem, build(), maker, None, None, []))
    for stem, base, desc, mutate, expect in MISTAKES:
        build, maker = builders[base]
        d = copy.deepcopy(build())
        needle = mutate(d)
        jobs.append((stem, d, maker, desc, needle, expect))

    # LibreOffice files: all HTML first, then one soffice call.
    lo_jobs = [j for j in jobs if j[2] == "lo"]
    if lo_jobs:
        work = tempfile.mkdtemp(prefix="corpus-lo-")
        try:
            htmls = []
            for stem, d, *_ in lo_jobs:
                h = os.path.join(work, stem + ".html")
                with open(h, "w", encoding="utf-8") as f:
                    f.write(render_html(d))
                htmls.append(h)
            profile = "file://" + os.path.join(work, "profile")
            res = subprocess.run(
                ["soffice", f"-env:UserInstallation={profile}", "--headless", "--infilter=HTML (StarWriter)",
                 "--convert-to", "docx:MS Word 2007 XML", "--outdir", work] + htmls,
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=180)
            for stem, d, *_ in lo_jobs:
                produced = os.path.join(work, stem + ".docx")
                if not os.path.exists(produced):
                    raise SystemExit(f"LibreOffice wrote no {produced}: {res.stderr.decode(errors='replace')}")
                with open(produced, "rb") as f:
                    data = fix_lo_docx(f.read(), d)
                with open(os.path.join(outdir, stem + ".docx"), "wb") as f:
                    f.write(data)
        finally:
            shutil.rmtree(work, ignore_errors=True)

    manifest = []
    for stem, d, maker, desc, needle, expect in jobs:
        path = os.path.join(outdir, stem + ".docx")
        if maker == "docx":
            render_docx(d, path)
        entry = {
            "file": stem + ".docx",
            "family": d["family"],
            "rules": d["rules"],
            "maker": "libreoffice" if maker == "lo" else "python-docx",
            "mistake": desc or "none (clean)",
            "expect": [],
            "clean": desc is None,
        }
        for rule_id, at_paragraph in expect:
            n = paragraph_of(path, needle) if at_paragraph else None
            entry["expect"].append({"id": rule_id, "paragraph": n})
        manifest.append(entry)
    with open(os.path.join(outdir, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
