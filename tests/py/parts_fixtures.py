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
Output is deterministic (fixed core properties, fixed zip timestamps). Built on
check_corpus.py's paragraph model and renderer.
"""
import copy
import io
import os
import sys

import docx
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

# The corpus writer's paragraph model and Word renderer (fonts on every run, exact line
# spacing, page numbers from page 2, borderless tables): these files must be as clean in
# layout as the corpus's, so that only the parts under test can fail.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_corpus as cc  # noqa: E402

C14 = dict(size=14)


def centred(text, b=False, i=False, size=14):
    return cc.center(text, size, b=b, i=i)


def header(issuer, number, date, under_number=(), upper=None):
    """The corpus's Party header, with lines under the number (a công văn's subject in
    italics, or a draft mark)."""
    left, right = cc.party_header(upper, issuer, number, date)
    left += [centred(t, i=True, size=13) for t in under_number]
    return left, right


def title(name, subject):
    out = [centred(name, b=True, size=15)]
    out += [centred(t, b=True) for t in subject]
    out.append(centred("-----"))
    return out


def body(lines):
    return [cc.body(t) for t in lines]


def recipients(items, extra=()):
    """Nơi nhận as the corpus writes it; `items` end with their punctuation, the archive
    line last; `extra` lines under it (the drafter's code)."""
    out = [cc.left("Nơi nhận:", 14, u=True)]
    out += [cc.left(t, 12) for t in items]
    out += [cc.left(t, 12) for t in extra]
    return out


def document(left, right, title_block, text, rec, sign, before=(), after=()):
    doc = cc.document("party", "dang-hd05-2026", left, right, title_block, text, rec, sign)
    doc["before"] = list(before)
    doc["after"] = list(after)
    return doc


def render(doc, path):
    """cc.render_docx, with paragraphs above the header table (a circulation mark) and
    after the closing table (the media mark, appendices after a page break: a paragraph
    model {"page_break": True})."""
    lay = doc["layout"]
    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = lay["font"]
    normal.font.size = Pt(lay["body_pt"])
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), lay["font"])
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:cs"), lay["font"])
    s = d.sections[0]
    s.page_width, s.page_height = Mm(lay["page_mm"][0]), Mm(lay["page_mm"][1])
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = (Mm(v) for v in lay["margins_mm"])
    cc.page_number_header(s, lay)
    for m in doc["before"]:
        p = d.add_paragraph()
        cc.fill_paragraph(p, m, lay, False)
        p.alignment = 2  # right: a circulation mark stands top right
    cc.two_columns(d, doc["left"], doc["right"], lay["left_pct"], lay)
    for k, m in enumerate(doc["title"]):
        p = d.add_paragraph()
        cc.fill_paragraph(p, m, lay, False)
        if k == 0:
            p.paragraph_format.space_before = Pt(12)
    for m in doc["body"]:
        cc.fill_paragraph(d.add_paragraph(), m, lay, m["kind"] == "body")
    cc.fill_paragraph(d.add_paragraph(), centred(""), lay, False)
    cc.two_columns(d, doc["recipients"], doc["signature"], 50, lay)
    for m in doc["after"]:
        if m.get("page_break"):
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            continue
        cc.fill_paragraph(d.add_paragraph(), m, lay, m["kind"] == "body")
    cp = d.core_properties
    cp.author = cp.last_modified_by = "Văn phòng Tỉnh uỷ"
    cp.created = cp.modified = cc.FIXED_TIME
    cp.revision = 1
    cp.title = ""
    buf = io.BytesIO()
    d.save(buf)
    with open(path, "wb") as f:
        f.write(cc.normalize_zip(buf.getvalue()))


def save(doc, out, name):
    render(doc, os.path.join(out, name))


# --- the documents ----------------------------------------------------------------------

PROVINCE = "TỈNH UỶ NGHỆ AN"


def quy_che(out):
    left, right = header(PROVINCE, "Số 03-QC/TU", "Nghệ An, ngày 12 tháng 6 năm 2026")
    t = title("QUY CHẾ", [
        "làm việc của Ban Chấp hành Đảng bộ tỉnh,",
        "Ban Thường vụ Tỉnh uỷ, Thường trực Tỉnh uỷ",
        "khoá XX, nhiệm kỳ 2025 - 2030",
    ])
    text = [centred("Chương I", b=True), centred("NHỮNG QUY ĐỊNH CHUNG", b=True)]
    text += body([
        "Điều 1. Phạm vi điều chỉnh",
        "Quy chế này quy định trách nhiệm, quyền hạn, chế độ làm việc và mối quan hệ công tác "
        "của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh uỷ và Thường trực Tỉnh uỷ.",
        "Điều 2. Nguyên tắc làm việc",
        "1. Bảo đảm nguyên tắc tập trung dân chủ, tập thể lãnh đạo, cá nhân phụ trách.",
        "2. Mọi hoạt động của Ban Chấp hành tuân thủ các nguyên tắc sau:",
        "a) Chấp hành Điều lệ Đảng và các quy định của Trung ương;",
        "b) Công khai, minh bạch, đề cao trách nhiệm người đứng đầu.",
    ])
    text += [centred("Chương II", b=True), centred("TRÁCH NHIỆM VÀ QUYỀN HẠN", b=True)]
    text += body([
        "Điều 3. Trách nhiệm của Ban Chấp hành Đảng bộ tỉnh",
        "1. Lãnh đạo thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX.",
        "2. Quyết định chủ trương lớn về phát triển kinh tế - xã hội của tỉnh.",
    ])
    rec = recipients(["- Ban Bí thư (để báo cáo);", "- Các đồng chí Tỉnh uỷ viên;", "- Lưu VPTU."])
    sign = cc.signature(["T/M TỈNH UỶ"], ["BÍ THƯ"], "Lê Văn Thành")
    save(document(left, right, t, text, rec, sign), out, "quy-che.docx")


def quy_dinh_qdi(out):
    left, right = header(PROVINCE, "Số 07-QĐi/TU", "Nghệ An, ngày 15 tháng 7 năm 2026")
    t = title("QUY ĐỊNH", ["về chế độ báo cáo định kỳ của các đảng uỷ trực thuộc Tỉnh uỷ"])
    text = body([
        "Điều 1. Phạm vi điều chỉnh",
        "Quy định này quy định nội dung, thời hạn gửi báo cáo định kỳ về Ban Thường vụ Tỉnh uỷ.",
        "Điều 2. Thời hạn báo cáo",
        "Báo cáo tháng gửi trước ngày 20 hằng tháng.",
    ])
    rec = recipients(["- Các đảng uỷ trực thuộc Tỉnh uỷ;", "- Lưu VPTU."])
    sign = cc.signature(["T/M BAN THƯỜNG VỤ"], ["PHÓ BÍ THƯ"], "Nguyễn Đình Khoa")
    save(document(left, right, t, text, rec, sign), out, "quy-dinh-qdi.docx")


def cong_van(out, first_recipient, name, first_addressee="- Các đảng uỷ trực thuộc Tỉnh uỷ;",
             label="Kính gửi:"):
    left, right = header(PROVINCE, "Số 215-CV/TU", "Nghệ An, ngày 16 tháng 6 năm 2026",
                         under_number=["về việc chuẩn bị hội nghị trực tuyến",
                                       "quán triệt Nghị quyết Đại hội XIV của Đảng"])
    # No type name: the space above "Kính gửi:" and the addressees, centred.
    t = [centred(label), centred(first_addressee),
         centred("- Các ban, cơ quan tham mưu, giúp việc Tỉnh uỷ.")]
    text = body([
        "Thực hiện Kế hoạch của Ban Thường vụ Tỉnh uỷ về học tập, quán triệt Nghị quyết Đại "
        "hội đại biểu toàn quốc lần thứ XIV của Đảng, Thường trực Tỉnh uỷ đề nghị các đảng uỷ, "
        "các ban, cơ quan chuẩn bị điểm cầu trực tuyến theo hướng dẫn của Văn phòng Tỉnh uỷ.",
        "Các cơ quan báo cáo danh sách đại biểu về Văn phòng Tỉnh uỷ trước ngày 25/6/2026.",
    ])
    rec = recipients([first_recipient, "- Thường trực Tỉnh uỷ (để báo cáo);", "- Lưu VPTU."])
    sign = cc.signature(["T/L BAN THƯỜNG VỤ"], ["CHÁNH VĂN PHÒNG"], "Hoàng Thị Mai")
    save(document(left, right, t, text, rec, sign), out, name)


def to_trinh(out):
    left, right = header("ĐẢNG UỶ PHƯỜNG HẠ LONG", "Số 18-TTr/ĐU", "Hạ Long, ngày 05 tháng 6 năm 2026",
                         upper="ĐẢNG BỘ TỈNH QUẢNG NINH")
    t = title("TỜ TRÌNH", ["về việc kiện toàn Ban Chỉ đạo chuyển đổi số của phường"])
    t.append(centred("Kính trình: Ban Thường vụ Tỉnh uỷ"))
    text = body([
        "Thực hiện Quy định của Ban Thường vụ Tỉnh uỷ về phân cấp quản lý cán bộ, Ban Thường vụ "
        "Đảng uỷ phường kính trình Ban Thường vụ Tỉnh uỷ xem xét việc kiện toàn Ban Chỉ đạo.",
        "Kính trình Ban Thường vụ Tỉnh uỷ xem xét, quyết định.",
    ])
    rec = recipients(["- Như trên;", "- Lưu VPĐU."])
    sign = cc.signature(["T/M BAN THƯỜNG VỤ"], ["BÍ THƯ"], "Phạm Quốc Hưng")
    save(document(left, right, t, text, rec, sign), out, "to-trinh.docx")


def quyet_dinh(out, last_basis, name, second_article="Điều 2."):
    left, right = header(PROVINCE, "Số 142-QĐ/TU", "Nghệ An, ngày 20 tháng 7 năm 2026")
    t = title("QUYẾT ĐỊNH", [
        "về việc thành lập Tổ công tác kiểm tra việc thực hiện",
        "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX",
    ])
    text = body([
        "- Căn cứ Điều lệ Đảng;",
        "- Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khoá XX, nhiệm kỳ 2025 - 2030;",
        last_basis,
    ])
    text.append(centred("BAN THƯỜNG VỤ TỈNH UỶ QUYẾT ĐỊNH", b=True))
    text += body([
        "Điều 1. Thành lập Tổ công tác kiểm tra việc thực hiện Nghị quyết Đại hội Đảng bộ tỉnh "
        "lần thứ XX, gồm các đồng chí có tên trong danh sách kèm theo.",
        second_article + " Tổ công tác có nhiệm vụ xây dựng kế hoạch, tổ chức kiểm tra và báo "
        "cáo kết quả với Ban Thường vụ Tỉnh uỷ trước ngày 30/9/2026.",
        "Điều 3. Văn phòng Tỉnh uỷ, Ban Xây dựng Đảng Tỉnh uỷ và các đồng chí có tên tại Điều 1 "
        "thi hành Quyết định này.",
    ])
    rec = recipients(["- Như Điều 3;", "- Lưu VPTU."], extra=["NVH-12"])
    sign = cc.signature(["T/M BAN THƯỜNG VỤ"], ["PHÓ BÍ THƯ"], "Nguyễn Đình Khoa")
    save(document(left, right, t, text, rec, sign), out, name)


def ke_hoach_du_thao(out):
    left, right = header(PROVINCE, "Số      -KH/TU", "Nghệ An, ngày      tháng 8 năm 2026",
                         under_number=["Dự thảo lần 2"])
    t = title("KẾ HOẠCH", ["triển khai chuyển đổi số trong các cơ quan đảng của tỉnh năm 2026"])
    text = body([
        "I- MỤC ĐÍCH, YÊU CẦU",
        "1. Nâng cao hiệu quả lãnh đạo, chỉ đạo và điều hành của các cơ quan đảng.",
        "2. Bảo đảm an toàn thông tin trong quá trình chuyển đổi số.",
        "II- TỔ CHỨC THỰC HIỆN",
        "Ban Chỉ đạo chuyển đổi số của Tỉnh uỷ theo dõi, đôn đốc việc thực hiện Kế hoạch này.",
    ])
    rec = recipients(["- Thường trực Tỉnh uỷ (để báo cáo);", "- Các đảng uỷ trực thuộc Tỉnh uỷ;",
                      "- Lưu VPTU."])
    sign = cc.signature([], ["PHÓ BÍ THƯ", "kiêm", "TRƯỞNG BAN CHỈ ĐẠO"], "Trần Minh Đức")
    after = [
        centred("Không phổ biến trên phương tiện thông tin đại chúng", i=True, size=13),
        {"page_break": True},
        centred("PHỤ LỤC", b=True),
        centred("DANH MỤC HẠ TẦNG SỐ CẦN HOÀN THIỆN NĂM 2026", b=True),
        centred("(Kèm theo Kế hoạch số      -KH/TU, ngày      tháng 8 năm 2026", i=True),
        centred("của Ban Thường vụ Tỉnh uỷ)", i=True),
        centred("-----"),
    ] + body([
        "1. Mạng diện rộng của các cơ quan đảng.",
        "2. Hệ thống quản lý văn bản và điều hành.",
        "3. Trung tâm dữ liệu của Tỉnh uỷ.",
    ])
    doc = document(left, right, t, text, rec, sign,
                   before=[cc.center("LƯU HÀNH NỘI BỘ", 13, b=True)], after=after)
    save(doc, out, "ke-hoach-du-thao.docx")


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
