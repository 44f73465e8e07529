//! Acceptance of issue 4: the three formal seeds import into the right structure,
//! asserted field by field.

use std::path::PathBuf;
use vanban::import::{import_path, Imported, Options};
use vanban::model::body::visit_sections;
use vanban::model::{Authority, Block, DocKind, Recipient, SectionKind, Style};

fn seed(prefix: &str) -> Imported {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let path = std::fs::read_dir(&dir)
        .expect("seeds directory")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(prefix))
        })
        .expect("seed file");
    import_path(&path, &Options::default()).expect("seed imports")
}

/// (depth, label, kind, title start) of every section, in order.
fn outline(imported: &Imported) -> Vec<(usize, String, SectionKind, String)> {
    let mut out = Vec::new();
    visit_sections(&imported.document.body, &mut |s, label, depth| {
        let title: String = s.title.text.chars().take(30).collect();
        out.push((depth, label.to_owned(), s.kind, title));
    });
    out
}

fn labels_at(imported: &Imported, depth: usize) -> Vec<String> {
    outline(imported)
        .into_iter()
        .filter(|o| o.0 == depth)
        .map(|o| o.1)
        .collect()
}

#[test]
fn seed_000_ket_luan_of_the_executive_committee() {
    let imp = seed("000_");
    let d = &imp.document;
    assert_eq!(d.kind, DocKind::KetLuan);
    assert_eq!(
        d.subject,
        [
            "CỦA BAN CHẤP HÀNH ĐẢNG BỘ THÀNH PHỐ",
            "tại Hội nghị ngày 20/8/2021"
        ]
    );
    assert_eq!(d.preamble.len(), 1);
    assert!(d.preamble[0]
        .text
        .starts_with("Ngày 20/8/2021, Ban Chấp hành"));
    assert!(d.preamble[0]
        .text
        .ends_with("thống nhất kết luận chỉ đạo như sau:"));
    assert_eq!(labels_at(&imp, 0), ["1.", "2.", "3.", "4."]);
    let o = outline(&imp);
    let under = |parent: &str| -> Vec<String> {
        let start = o
            .iter()
            .position(|x| x.0 == 0 && x.1 == parent)
            .expect("parent");
        o[start + 1..]
            .iter()
            .take_while(|x| x.0 > 0)
            .filter(|x| x.0 == 1)
            .map(|x| x.1.clone())
            .collect()
    };
    assert_eq!(under("1."), ["(1)", "(2)", "(3)"]);
    assert_eq!(under("2."), ["-", "-"]);
    assert_eq!(under("4."), ["(1)", "(2)"]);
    // The page-break split inside (2) of section 1 is joined back.
    let Block::Section(s1) = &d.body[0] else {
        panic!("section 1")
    };
    let Block::Section(item2) = &s1.content[1] else {
        panic!("(2)")
    };
    assert!(item2
        .title
        .text
        .contains("điểm sinh hoạt cộng đồng, sinh hoạt chính trị tư tưởng"));
    assert!(item2.title.text.ends_with("kiến trúc chung của Trường."));
    // Italic from the markdown marks.
    let at = item2
        .title
        .text
        .find("vận động xã hội hóa")
        .map(|b| item2.title.text[..b].chars().count());
    let at = at.expect("italic text");
    assert!(item2.title.has_style(at, at + 5, Style::Italic));
    assert!(!item2.title.text.contains('*'));
    // 7 recipients and the "Lưu VPTU" line: 8 lines.
    assert_eq!(d.recipients.len(), 7);
    assert_eq!(
        d.recipients[0],
        Recipient::noted("Thường trực Tỉnh ủy", "để b/cáo")
    );
    assert_eq!(d.archive, "VPTU");
    assert_eq!(d.signature.authority, Authority::OnBehalf);
    assert_eq!(d.signature.on_behalf_of, "BAN THƯỜNG VỤ");
    assert_eq!(d.signature.title, "PHÓ BÍ THƯ");
    assert_eq!(d.signature.name, "Vũ Thị Mai Anh");
    assert_eq!(d.closing.len(), 1);
    assert!(d.closing[0]
        .text
        .starts_with("Ban Chấp hành Đảng bộ thành phố giao"));
    assert_eq!(d.rules, "dang-hd36-2018", "dated 2021: the 2018 guideline");
    assert!(imp
        .warnings
        .iter()
        .any(|w| w.message.contains("ngắt trang")));
}

#[test]
fn seed_001_ket_luan_of_the_8th_conference() {
    let imp = seed("001_");
    let d = &imp.document;
    assert_eq!(d.kind, DocKind::KetLuan);
    assert_eq!(d.subject, ["HỘI NGHỊ THÀNH ỦY LẦN THỨ 8, KHÓA XVI"]);
    assert_eq!(d.preamble.len(), 1);
    assert!(d.preamble[0].text.ends_with("Thành uỷ kết luận:"));
    assert_eq!(labels_at(&imp, 0), ["I.", "II."]);
    let o = outline(&imp);
    let part_i: Vec<_> = o.iter().take_while(|x| x.1 != "II.").collect();
    let level1: Vec<&str> = part_i
        .iter()
        .filter(|x| x.0 == 1)
        .map(|x| x.1.as_str())
        .collect();
    assert_eq!(level1, ["1.", "2."]);
    let level2: Vec<&str> = part_i
        .iter()
        .filter(|x| x.0 == 2)
        .map(|x| x.1.as_str())
        .collect();
    assert_eq!(level2, ["2.1.", "2.2."]);
    assert!(o
        .iter()
        .all(|x| x.0 < 2 || x.1 != "2.1." || x.2 == SectionKind::Heading));
    // The footnote sits where "¹" stood, its text out of the body.
    let mut notes = Vec::new();
    vanban::model::body::for_each_paragraph(&d.body, &mut |p| {
        for n in &p.notes {
            notes.push((p.text.clone(), n.at, n.text.clone()));
        }
    });
    assert_eq!(notes.len(), 1);
    let (text, at, note) = &notes[0];
    let before: String = text.chars().take(*at).collect();
    assert!(
        before.ends_with("khởi công các dự án lớn, trọng điểm"),
        "{before}"
    );
    assert!(note.starts_with("Xây dựng Trung tâm Chính trị - Hành chính thành phố"));
    assert!(!text.contains('¹'));
    assert!(text.contains("Tập trung hoàn thành các thủ tục, quy trình"));
    let mut all = String::new();
    vanban::model::body::for_each_paragraph(&d.body, &mut |p| all.push_str(&p.text));
    assert!(
        !all.contains("Xây dựng cầu Lại Xuân"),
        "footnote text left the body"
    );
    assert_eq!(d.recipients.len(), 7);
    assert_eq!(
        d.recipients[0],
        Recipient::noted("Thường trực Ban Bí thư", "để báo cáo")
    );
    assert_eq!(d.archive, "Văn phòng Thành ủy");
    assert_eq!(d.signature.authority, Authority::OnBehalf);
    assert_eq!(d.signature.on_behalf_of, "BAN CHẤP HÀNH");
    assert_eq!(d.signature.name, "Trần Lưu Quang");
    assert!(d.closing.is_empty());
}

#[test]
fn seed_003_nghi_quyet_on_the_2021_tasks() {
    let imp = seed("003_");
    let d = &imp.document;
    assert_eq!(d.kind, DocKind::NghiQuyet);
    assert_eq!(
        d.subject,
        [
            "CỦA BAN CHẤP HÀNH ĐẢNG BỘ THÀNH PHỐ",
            "về phương hướng, nhiệm vụ năm 2021"
        ]
    );
    assert_eq!(d.preamble.len(), 1);
    assert_eq!(labels_at(&imp, 0), ["I-", "II-", "III-"]);
    let o = outline(&imp);
    let start = o.iter().position(|x| x.1 == "II-").expect("II-");
    let end = o.iter().position(|x| x.1 == "III-").expect("III-");
    let part_ii = &o[start + 1..end];
    let sections: Vec<&str> = part_ii
        .iter()
        .filter(|x| x.0 == 1)
        .map(|x| x.1.as_str())
        .collect();
    assert_eq!(
        sections,
        ["1.", "2.", "3.", "4.", "5.", "6.", "7.", "8.", "9."]
    );
    let subs: Vec<&str> = part_ii
        .iter()
        .filter(|x| x.0 == 2)
        .map(|x| x.1.as_str())
        .collect();
    assert_eq!(
        subs,
        ["2.1.", "2.2.", "2.3.", "3.1.", "3.2.", "3.3.", "7.1.", "7.2.", "7.3."]
    );
    assert!(part_ii.iter().all(|x| x.2 == SectionKind::Heading));
    // "***2.2. …**" keeps no markdown residue in its title.
    assert!(part_ii
        .iter()
        .any(|x| x.1 == "2.2." && x.3.starts_with("Nâng cao hiệu lực")));
    // Section I-2 is a run-in item: bold lead phrase, the targets (1)…(20) in its text.
    let Block::Section(part_i) = &d.body[0] else {
        panic!("I-")
    };
    let Block::Section(targets) = &part_i.content[1] else {
        panic!("I-2")
    };
    assert_eq!(targets.kind, SectionKind::Item);
    assert!(targets
        .title
        .text
        .starts_with("Các chỉ tiêu chủ yếu: Về xây dựng Đảng:"));
    assert!(targets.title.has_style(0, 20, Style::Bold));
    assert!(
        targets.title.text.contains("Công nghiệp-Xây dựng 42,4%"),
        "page break joined"
    );
    assert!(targets.title.text.contains("(20) Tỷ lệ khu công nghiệp"));
    let iii = &o[end + 1..];
    let items: Vec<&str> = iii
        .iter()
        .filter(|x| x.0 == 1)
        .map(|x| x.1.as_str())
        .collect();
    assert_eq!(items, ["1.", "2.", "3.", "4.", "5."]);
    assert_eq!(d.closing.len(), 1);
    assert_eq!(
        d.closing[0].text,
        "Nghị quyết này được phổ biến đến chi bộ."
    );
    assert_eq!(d.recipients.len(), 7);
    assert_eq!(
        d.recipients[3].name,
        "Các ban xây dựng Đảng Thành ủy, cơ quan Tổ chức - Nội vụ, UBKT - Thanh tra TP"
    );
    assert_eq!(d.archive, "VPTU");
    assert_eq!(d.signature.authority, Authority::OnBehalf);
    assert_eq!(d.signature.on_behalf_of, "THÀNH ỦY");
    assert_eq!(d.signature.title, "BÍ THƯ");
    assert_eq!(d.signature.name, "Vũ Văn Điện");
}

#[test]
fn seeds_are_nfc_and_without_markdown() {
    for prefix in ["000_", "001_", "003_"] {
        let d = seed(prefix).document;
        let mut texts = d.subject.clone();
        vanban::model::body::for_each_paragraph(&d.body, &mut |p| texts.push(p.text.clone()));
        texts.extend(d.preamble.iter().map(|p| p.text.clone()));
        for t in texts {
            assert!(unicode_normalization::is_nfc(&t));
            assert!(!t.contains("**") && !t.starts_with('#'), "{prefix}: {t}");
            assert!(!t.contains("  "), "double space in {t}");
        }
    }
}
