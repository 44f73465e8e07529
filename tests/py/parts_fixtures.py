#!/usr/bin/env python3
"""Writes Word files made OUTSIDE vanban with the parts 05-HD/VPTW (2026) adds beyond the
KẾT LUẬN core, for tests/import_parts_docx.rs:

    python3 tests/py/parts_fixtures.py OUTDIR

As a clerk builds them in Word: the header in a two-column borderless table (issuer, "*",
number — with a công văn's subject or a draft mark under it — on the left; motto and date
on the right), the title block, "Kính gửi:" / "Kính trình:", căn cứ and the enacting line
as centred or justified paragraphs, the closing in a two-column table (Nơi nhận on the
left, the signature on the right), and appendices after a page break.

Files: quy-che.docx (three-line subject, Chương / Điều / khoản / điểm), cong-van.docx
(Kính gửi, subject under the number, "- Như trên;" first), to-trinh.docx (Kính trình),
quyet-dinh.docx (căn cứ, enacting line, Điều 1..3), ke-hoach-du-thao.docx (circulation
mark, "Dự thảo lần 2", a "kiêm" signer, the media mark, an appendix), and wrong copies:
quyet-dinh-last-basis-semicolon.docx, quy-dinh-qdi.docx, cong-van-no-nhu-tren.docx,
cong-van-addressee-comma.docx (36-HD's "," under 05-HD), cong-van-label-no-colon.docx, quyet-dinh-dieu-skip.docx ("Điều 4."
typed after "Điều 1.").

Texts are our own; places are the 2026 two-tier local governments (a province, a ward).
Output is deterministic (fixed core properties).
"""
import datetime
import os
import sys

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

FIXED_TIME = datetime.datetime(2026, 1, 1, 8, 0, 0)
CENTER = WD_ALIGN_PARAGRAPH.CENTER
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT


def new_document():
    d = docx.Document()
    s = d.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(20), Mm(20)
    s.left_margin, s.right_margin = Mm(30), Mm(15)
    style = d.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(14)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    cp = d.core_properties
    cp.author = "Văn phòng Tỉnh uỷ"
    cp.created = cp.modified = FIXED_TIME
    cp.last_modified_by = "Văn phòng Tỉnh uỷ"
    cp.revision = 1
    return d


def para(container, text, align=None, b=False, i=False, size=None):
    p = container.add_paragraph()
    if align is not None:
        p.alignment = align
    if text:
        r = p.add_run(text)
        r.bold, r.italic = b, i
        if size:
            r.font.size = Pt(size)
    return p


def no_borders(table):
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tbl_pr.append(borders)


def two_columns(d, left, right):
    """A borderless two-column table; each side a list of (text, options)."""
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    for cell, lines in zip(t.rows[0].cells, (left, right)):
        cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
        for text, opts in lines:
            para(cell, text, **opts)
    return t


C = {"align": CENTER}
CB = {"align": CENTER, "b": True}
CI = {"align": CENTER, "i": True, "size": 12}
L = {}


def header(d, issuer, number, date, under_number=(), upper=None):
    left = []
    if upper:
        left.append((upper, {"align": CENTER, "size": 14}))
    left += [(issuer, CB), ("*", C), (number, C)]
    left += [(t, CI) for t in under_number]
    right = [("ĐẢNG CỘNG SẢN VIỆT NAM", {"align": RIGHT, "b": True, "size": 15}),
             (date, {"align": RIGHT, "i": True})]
    two_columns(d, left, right)


def title(d, name, subject):
    para(d, "")
    para(d, name, CENTER, b=True, size=15)
    for s in subject:
        para(d, s, CENTER, b=True)
    para(d, "-----", CENTER)


def body(d, lines):
    for t in lines:
        para(d, t, JUSTIFY)


def closing(d, recipients, signature):
    left = [("Nơi nhận:", {})]
    left += [(r, {"size": 12}) for r in recipients]
    right = [(s, CB) for s in signature[:-1]] + [("", C), ("", C), (signature[-1], CB)]
    two_columns(d, left, right)


def save(d, out, name):
    d.save(os.path.join(out, name))


# --- the documents ----------------------------------------------------------------------

PROVINCE = "TỈNH UỶ NGHỆ AN"


def quy_che(out):
    d = new_document()
    header(d, PROVINCE, "Số 03-QC/TU", "Nghệ An, ngày 12 tháng 6 năm 2026")
    title(d, "QUY CHẾ", [
        "làm việc của Ban Chấp hành Đảng bộ tỉnh,",
        "Ban Thường vụ Tỉnh uỷ, Thường trực Tỉnh uỷ",
        "khoá XX, nhiệm kỳ 2025 - 2030",
    ])
    para(d, "Chương I", CENTER, b=True)
    para(d, "NHỮNG QUY ĐỊNH CHUNG", CENTER, b=True)
    body(d, [
        "Điều 1. Phạm vi điều chỉnh",
        "Quy chế này quy định trách nhiệm, quyền hạn, chế độ làm việc và mối quan hệ công tác "
        "của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh uỷ và Thường trực Tỉnh uỷ.",
        "Điều 2. Nguyên tắc làm việc",
        "1. Bảo đảm nguyên tắc tập trung dân chủ, tập thể lãnh đạo, cá nhân phụ trách.",
        "2. Mọi hoạt động của Ban Chấp hành tuân thủ các nguyên tắc sau:",
        "a) Chấp hành Điều lệ Đảng và các quy định của Trung ương;",
        "b) Công khai, minh bạch, đề cao trách nhiệm người đứng đầu.",
    ])
    para(d, "Chương II", CENTER, b=True)
    para(d, "TRÁCH NHIỆM VÀ QUYỀN HẠN", CENTER, b=True)
    body(d, [
        "Điều 3. Trách nhiệm của Ban Chấp hành Đảng bộ tỉnh",
        "1. Lãnh đạo thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX.",
        "2. Quyết định chủ trương lớn về phát triển kinh tế - xã hội của tỉnh.",
    ])
    closing(d, ["- Ban Bí thư (để báo cáo);", "- Các đồng chí Tỉnh uỷ viên;", "- Lưu VPTU."],
            ["T/M TỈNH UỶ", "BÍ THƯ", "Lê Văn Thành"])
    save(d, out, "quy-che.docx")


def quy_dinh_qdi(out):
    d = new_document()
    header(d, PROVINCE, "Số 07-QĐi/TU", "Nghệ An, ngày 15 tháng 7 năm 2026")
    title(d, "QUY ĐỊNH", ["về chế độ báo cáo định kỳ của các đảng uỷ trực thuộc Tỉnh uỷ"])
    body(d, [
        "Điều 1. Phạm vi điều chỉnh",
        "Quy định này quy định nội dung, thời hạn gửi báo cáo định kỳ về Ban Thường vụ Tỉnh uỷ.",
        "Điều 2. Thời hạn báo cáo",
        "Báo cáo tháng gửi trước ngày 20 hằng tháng.",
    ])
    closing(d, ["- Các đảng uỷ trực thuộc Tỉnh uỷ;", "- Lưu VPTU."],
            ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Đình Khoa"])
    save(d, out, "quy-dinh-qdi.docx")


def cong_van(out, first_recipient, name, first_addressee="- Các đảng uỷ trực thuộc Tỉnh uỷ;",
             label="Kính gửi:"):
    d = new_document()
    header(d, PROVINCE, "Số 215-CV/TU", "Nghệ An, ngày 16 tháng 6 năm 2026",
           under_number=["về việc chuẩn bị hội nghị trực tuyến",
                         "quán triệt Nghị quyết Đại hội XIV của Đảng"])
    para(d, "")
    para(d, label, CENTER)
    para(d, first_addressee, CENTER)
    para(d, "- Các ban, cơ quan tham mưu, giúp việc Tỉnh uỷ.", CENTER)
    body(d, [
        "Thực hiện Kế hoạch của Ban Thường vụ Tỉnh uỷ về học tập, quán triệt Nghị quyết Đại "
        "hội đại biểu toàn quốc lần thứ XIV của Đảng, Thường trực Tỉnh uỷ đề nghị các đảng uỷ, "
        "các ban, cơ quan chuẩn bị điểm cầu trực tuyến theo hướng dẫn của Văn phòng Tỉnh uỷ.",
        "Các cơ quan báo cáo danh sách đại biểu về Văn phòng Tỉnh uỷ trước ngày 25/6/2026.",
    ])
    closing(d, [first_recipient, "- Thường trực Tỉnh uỷ (để báo cáo);", "- Lưu VPTU."],
            ["T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Hoàng Thị Mai"])
    save(d, out, name)


def to_trinh(out):
    d = new_document()
    header(d, "ĐẢNG UỶ PHƯỜNG HẠ LONG", "Số 18-TTr/ĐU", "Hạ Long, ngày 05 tháng 6 năm 2026",
           upper="ĐẢNG BỘ TỈNH QUẢNG NINH")
    title(d, "TỜ TRÌNH", ["về việc kiện toàn Ban Chỉ đạo chuyển đổi số của phường"])
    para(d, "Kính trình: Ban Thường vụ Tỉnh uỷ", CENTER)
    body(d, [
        "Thực hiện Quy định của Ban Thường vụ Tỉnh uỷ về phân cấp quản lý cán bộ, Ban Thường vụ "
        "Đảng uỷ phường kính trình Ban Thường vụ Tỉnh uỷ xem xét việc kiện toàn Ban Chỉ đạo.",
        "Kính trình Ban Thường vụ Tỉnh uỷ xem xét, quyết định.",
    ])
    closing(d, ["- Như trên;", "- Lưu VPĐU."],
            ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Phạm Quốc Hưng"])
    save(d, out, "to-trinh.docx")


def quyet_dinh(out, last_basis, name, second_article="Điều 2."):
    d = new_document()
    header(d, PROVINCE, "Số 142-QĐ/TU", "Nghệ An, ngày 20 tháng 7 năm 2026")
    title(d, "QUYẾT ĐỊNH", [
        "về việc thành lập Tổ công tác kiểm tra việc thực hiện",
        "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX",
    ])
    body(d, [
        "- Căn cứ Điều lệ Đảng;",
        "- Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khoá XX, nhiệm kỳ 2025 - 2030;",
        last_basis,
    ])
    para(d, "BAN THƯỜNG VỤ TỈNH UỶ QUYẾT ĐỊNH", CENTER, b=True)
    body(d, [
        "Điều 1. Thành lập Tổ công tác kiểm tra việc thực hiện Nghị quyết Đại hội Đảng bộ tỉnh "
        "lần thứ XX, gồm các đồng chí có tên trong danh sách kèm theo.",
        second_article + " Tổ công tác có nhiệm vụ xây dựng kế hoạch, tổ chức kiểm tra và báo cáo kết quả "
        "với Ban Thường vụ Tỉnh uỷ trước ngày 30/9/2026.",
        "Điều 3. Văn phòng Tỉnh uỷ, Ban Xây dựng Đảng Tỉnh uỷ và các đồng chí có tên tại Điều 1 "
        "thi hành Quyết định này.",
    ])
    closing(d, ["- Như Điều 3;", "- Lưu VPTU.", "NVH-12"],
            ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Đình Khoa"])
    save(d, out, name)


def ke_hoach_du_thao(out):
    d = new_document()
    para(d, "LƯU HÀNH NỘI BỘ", RIGHT, b=True, size=13)
    header(d, PROVINCE, "Số      -KH/TU", "Nghệ An, ngày      tháng 8 năm 2026",
           under_number=["Dự thảo lần 2"])
    title(d, "KẾ HOẠCH", ["triển khai chuyển đổi số trong các cơ quan đảng của tỉnh năm 2026"])
    body(d, [
        "I- MỤC ĐÍCH, YÊU CẦU",
        "1. Nâng cao hiệu quả lãnh đạo, chỉ đạo và điều hành của các cơ quan đảng.",
        "2. Bảo đảm an toàn thông tin trong quá trình chuyển đổi số.",
        "II- TỔ CHỨC THỰC HIỆN",
        "Ban Chỉ đạo chuyển đổi số của Tỉnh uỷ theo dõi, đôn đốc việc thực hiện Kế hoạch này.",
    ])
    closing(d, ["- Thường trực Tỉnh uỷ (để báo cáo);", "- Các đảng uỷ trực thuộc Tỉnh uỷ;",
                "- Lưu VPTU."],
            ["PHÓ BÍ THƯ", "kiêm", "TRƯỞNG BAN CHỈ ĐẠO", "Trần Minh Đức"])
    para(d, "Không phổ biến trên phương tiện thông tin đại chúng", CENTER, i=True, size=13)
    br = d.add_paragraph().add_run()
    br.add_break(WD_BREAK.PAGE)
    para(d, "PHỤ LỤC", CENTER, b=True)
    para(d, "DANH MỤC HẠ TẦNG SỐ CẦN HOÀN THIỆN NĂM 2026", CENTER, b=True)
    para(d, "(Kèm theo Kế hoạch số      -KH/TU, ngày      tháng 8 năm 2026", CENTER, i=True)
    para(d, "của Ban Thường vụ Tỉnh uỷ)", CENTER, i=True)
    para(d, "-----", CENTER)
    body(d, [
        "1. Mạng diện rộng của các cơ quan đảng.",
        "2. Hệ thống quản lý văn bản và điều hành.",
        "3. Trung tâm dữ liệu của Tỉnh uỷ.",
    ])
    save(d, out, "ke-hoach-du-thao.docx")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: parts_fixtures.py OUTDIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    quy_che(out)
    quy_dinh_qdi(out)
    cong_van(out, "- Như trên;", "cong-van.docx")
    cong_van(out, "- Ban Tuyên giáo và Dân vận Tỉnh uỷ;", "cong-van-no-nhu-tren.docx")
    cong_van(out, "- Như trên;", "cong-van-addressee-comma.docx",
             first_addressee="- Các đảng uỷ trực thuộc Tỉnh uỷ,")
    cong_van(out, "- Như trên;", "cong-van-label-no-colon.docx", label="Kính gửi")
    to_trinh(out)
    quyet_dinh(out, "- Xét đề nghị của Ban Xây dựng Đảng Tỉnh uỷ.", "quyet-dinh.docx")
    quyet_dinh(out, "- Xét đề nghị của Ban Xây dựng Đảng Tỉnh uỷ;",
               "quyet-dinh-last-basis-semicolon.docx")
    quyet_dinh(out, "- Xét đề nghị của Ban Xây dựng Đảng Tỉnh uỷ.", "quyet-dinh-dieu-skip.docx",
               second_article="Điều 4.")
    ke_hoach_du_thao(out)


if __name__ == "__main__":
    main()
