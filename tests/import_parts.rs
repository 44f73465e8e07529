//! The parts 05-HD/VPTW (2026) defines beyond the KẾT LUẬN core, read from files of our
//! own writing (tests/fixtures/import/parts/, plain text as clerks paste it): a QUY CHẾ
//! with a three-line subject and Chương / Điều / khoản / điểm, a công văn with its
//! subject under the number and "Kính gửi:", a tờ trình with "Kính trình:", a QUYẾT ĐỊNH
//! with căn cứ and the enacting line, a draft KẾ HOẠCH with marks, a "kiêm" signer and an
//! appendix (issue 14, item 3). Each is asserted part by part, then checked: no error on
//! the well-formed file, the right finding on a deliberately wrong copy.

use std::path::PathBuf;
use vanban::check::{self, Finding, Severity};
use vanban::import::{import_path, import_text, Imported, Options};
use vanban::model::body::visit_sections;
use vanban::model::{Authority, Block, DocDate, DocKind, NumberStyle};
use vanban::rules::RuleSet;

fn path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import/parts")
        .join(name)
}

fn fixture(name: &str) -> Imported {
    import_path(&path(name), &Options::default()).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The fixture's text with one edit: a deliberately wrong copy.
fn variant(name: &str, from: &str, to: &str) -> Imported {
    let text = std::fs::read_to_string(path(name)).expect("fixture");
    assert!(text.contains(from), "{name} has no {from:?}");
    import_text(&text.replacen(from, to, 1), &Options::default())
}

fn findings(imp: &Imported) -> Vec<Finding> {
    let rules = RuleSet::by_id(&imp.document.rules).expect("rule set");
    check::run(&imp.document, rules, DocDate::ymd(2026, 12, 4))
}

fn errors(imp: &Imported) -> Vec<String> {
    findings(imp)
        .into_iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| format!("{}: {}", f.id, f.message))
        .collect()
}

fn ids(imp: &Imported) -> Vec<&'static str> {
    findings(imp).into_iter().map(|f| f.id).collect()
}

/// (style, number label, title) of every section, depth first.
fn outline(body: &[Block]) -> Vec<(NumberStyle, String, String)> {
    let mut out = Vec::new();
    visit_sections(body, &mut |s, label, _| {
        out.push((s.style, label.to_owned(), s.title.text.clone()))
    });
    out
}

#[test]
fn quy_che_keeps_its_three_line_subject_and_its_chapters_and_articles() {
    let imp = fixture("quy-che-ba-dong.txt");
    let d = &imp.document;
    assert_eq!(d.kind, DocKind::QuyChe);
    assert_eq!(d.rules, "dang-hd05-2026");
    assert_eq!(d.issuer.name, "TỈNH UỶ NGHỆ AN");
    assert_eq!((d.number.as_str(), d.issuer.symbol.as_str()), ("03", "TU"));
    assert_eq!(
        d.subject,
        [
            "làm việc của Ban Chấp hành Đảng bộ tỉnh,",
            "Ban Thường vụ Tỉnh uỷ, Thường trực Tỉnh uỷ",
            "khoá XX, nhiệm kỳ 2025 - 2030"
        ]
    );
    let o = outline(&d.body);
    let styles: Vec<NumberStyle> = o.iter().map(|s| s.0).collect();
    use NumberStyle::*;
    assert_eq!(
        styles,
        [
            Chapter, Article, Article, ArabicDot, ArabicDot, Letter, Letter, Chapter, Article,
            ArabicDot, ArabicDot, Article
        ]
    );
    assert_eq!(o[0].2, "NHỮNG QUY ĐỊNH CHUNG");
    assert_eq!(o[1].2, "Phạm vi điều chỉnh");
    assert_eq!(o[11].2, "Chế độ hội nghị");
    assert!(d.bases.is_empty() && d.addressees.is_empty());
    assert_eq!(d.signature.on_behalf_of, "TỈNH UỶ");
    assert_eq!(d.signature.name, "Lê Văn Thành");
    assert_eq!(errors(&imp), Vec::<String>::new());
}

#[test]
fn cong_van_takes_its_subject_from_under_the_number_and_its_addressees() {
    let imp = fixture("cong-van-kinh-gui.txt");
    let d = &imp.document;
    assert_eq!(d.kind, DocKind::CongVan);
    assert_eq!(d.number, "215");
    assert_eq!(d.issuer.name, "TỈNH UỶ NGHỆ AN");
    assert_eq!(d.date, DocDate::ymd(2026, 6, 16));
    assert_eq!(
        d.subject,
        [
            "về việc chuẩn bị hội nghị trực tuyến",
            "quán triệt Nghị quyết Đại hội XIV của Đảng"
        ]
    );
    assert_eq!(
        d.addressees,
        [
            "Các đảng uỷ trực thuộc Tỉnh uỷ",
            "Các ban, cơ quan tham mưu, giúp việc Tỉnh uỷ"
        ]
    );
    assert_eq!(d.recipients[0].name, "Như trên");
    assert_eq!(d.signature.authority, Authority::Delegated);
    // The body starts after the addressees, not with them.
    let Some(Block::Para(first)) = d.body.first() else {
        panic!("body: {:?}", d.body)
    };
    assert!(
        first.text.starts_with("Thực hiện Kế hoạch"),
        "{}",
        first.text
    );
    assert_eq!(imp.source.addressees.len(), 2);
    assert_eq!(errors(&imp), Vec::<String>::new());
    assert!(!ids(&imp).contains(&"recipients.nhu-tren"));
    assert!(!ids(&imp).contains(&"addressees.missing"));
}

#[test]
fn cong_van_without_nhu_tren_or_kinh_gui_is_told() {
    let imp = variant(
        "cong-van-kinh-gui.txt",
        "- Như trên;\t",
        "- Ban Tuyên giáo và Dân vận Tỉnh uỷ;\t",
    );
    assert_eq!(imp.document.kind, DocKind::CongVan);
    assert!(
        ids(&imp).contains(&"recipients.nhu-tren"),
        "{:?}",
        ids(&imp)
    );

    let mut imp = fixture("cong-van-kinh-gui.txt");
    imp.document.addressees.clear();
    assert!(ids(&imp).contains(&"addressees.missing"), "{:?}", ids(&imp));
}

#[test]
fn to_trinh_reads_kinh_trinh() {
    let imp = fixture("to-trinh-kinh-trinh.txt");
    let d = &imp.document;
    assert_eq!(d.kind, DocKind::ToTrinh);
    assert_eq!(d.issuer.upper, ["ĐẢNG BỘ TỈNH QUẢNG NINH"]);
    assert_eq!(d.issuer.name, "ĐẢNG UỶ PHƯỜNG HẠ LONG");
    assert_eq!(d.issuer.symbol, "ĐU");
    assert_eq!(
        d.subject,
        ["về việc kiện toàn Ban Chỉ đạo chuyển đổi số của phường"]
    );
    assert_eq!(d.addressees, ["Ban Thường vụ Tỉnh uỷ"]);
    assert!(
        d.preamble
            .first()
            .is_some_and(|p| p.text.starts_with("Thực hiện Quy định")),
        "{:?}",
        d.preamble
    );
    assert_eq!(d.recipients[0].name, "Như trên");
    assert_eq!(errors(&imp), Vec::<String>::new());

    let mut imp = fixture("to-trinh-kinh-trinh.txt");
    imp.document.addressees.clear();
    assert!(ids(&imp).contains(&"addressees.missing"), "{:?}", ids(&imp));
}

#[test]
fn quyet_dinh_reads_its_bases_enacting_line_and_articles() {
    let imp = fixture("quyet-dinh-can-cu.txt");
    let d = &imp.document;
    assert_eq!(d.kind, DocKind::QuyetDinh);
    assert_eq!(d.subject.len(), 2);
    let bases: Vec<&str> = d.bases.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        bases,
        [
            "Căn cứ Điều lệ Đảng",
            "Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khoá XX, nhiệm kỳ 2025 - 2030",
            "Xét đề nghị của Ban Xây dựng Đảng Tỉnh uỷ"
        ]
    );
    assert_eq!(d.enacting, "BAN THƯỜNG VỤ TỈNH UỶ QUYẾT ĐỊNH");
    assert!(d.preamble.is_empty(), "{:?}", d.preamble);
    let o = outline(&d.body);
    let labels: Vec<(NumberStyle, &str)> = o.iter().map(|s| (s.0, s.1.as_str())).collect();
    assert_eq!(
        labels,
        [
            (NumberStyle::Article, "Điều 1."),
            (NumberStyle::Article, "Điều 2."),
            (NumberStyle::Article, "Điều 3.")
        ]
    );
    assert_eq!(
        (d.marks.drafter.as_str(), d.marks.copies),
        ("NVH", Some(12))
    );
    assert_eq!(d.recipients.len(), 1);
    assert_eq!(d.signature.title, "PHÓ BÍ THƯ");
    assert_eq!(d.signature.name, "Nguyễn Đình Khoa");
    assert_eq!(errors(&imp), Vec::<String>::new());
}

#[test]
fn quyet_dinh_without_its_enacting_line_is_told() {
    let mut imp = fixture("quyet-dinh-can-cu.txt");
    imp.document.enacting.clear();
    assert!(
        ids(&imp).contains(&"bases.enacting-missing"),
        "{:?}",
        ids(&imp)
    );
}

#[test]
fn draft_plan_reads_its_marks_its_kiem_signer_and_its_appendix() {
    let imp = fixture("ke-hoach-du-thao-phu-luc.txt");
    let d = &imp.document;
    assert_eq!(d.kind, DocKind::KeHoach);
    assert_eq!(d.issuer.name, "TỈNH UỶ NGHỆ AN");
    assert_eq!(d.number, "");
    assert_eq!(d.marks.draft, Some(2));
    assert_eq!(d.marks.circulation, ["LƯU HÀNH NỘI BỘ"]);
    assert!(d.marks.not_for_media);
    assert_eq!(d.signature.authority, Authority::None);
    assert_eq!(d.signature.title, "PHÓ BÍ THƯ");
    assert_eq!(d.signature.concurrent, "TRƯỞNG BAN CHỈ ĐẠO");
    assert_eq!(d.signature.name, "Trần Minh Đức");
    assert_eq!(d.recipients.len(), 2);
    assert_eq!(d.appendices.len(), 1);
    let a = &d.appendices[0];
    assert_eq!(a.title, ["DANH MỤC HẠ TẦNG SỐ CẦN HOÀN THIỆN NĂM 2026"]);
    let items = outline(&a.body);
    assert_eq!(items.len(), 3, "{:?}", a.body);
    assert_eq!(items[2].2, "Trung tâm dữ liệu của Tỉnh uỷ.");
    // The appendix is not the body's: the body ends with the plan's last section.
    let o = outline(&d.body);
    assert_eq!(o.first().map(|s| s.1.as_str()), Some("I-"));
    assert!(o.iter().all(|s| !s.2.contains("Mạng diện rộng")));
    assert_eq!(errors(&imp), Vec::<String>::new());
}

/// A document laid out by `rules` with `number` typed into the number field.
fn typed_number(kind: DocKind, number: &str, rules: &str) -> Vec<Finding> {
    let mut imp = fixture("quy-che-ba-dong.txt");
    imp.document.kind = kind;
    imp.document.number = number.to_owned();
    imp.document.rules = rules.to_owned();
    findings(&imp)
}

#[test]
fn qdi_is_flagged_under_05_hd_and_accepted_under_36_hd() {
    let under_05 = typed_number(DocKind::QuyDinh, "07-QĐi/TU", "dang-hd05-2026");
    let symbol = under_05
        .iter()
        .find(|f| f.id == "number.type-symbol")
        .expect("QĐi flagged under 05-HD");
    assert!(
        symbol.message.contains("QĐi") && symbol.message.contains("05-HD"),
        "{}",
        symbol.message
    );
    let under_36 = typed_number(DocKind::QuyDinh, "07-QĐi/TU", "dang-hd36-2018");
    assert!(
        under_36.iter().all(|f| f.id != "number.type-symbol"),
        "{under_36:?}"
    );
    // "QĐ" is Quy định's symbol under 05-HD.
    let qd = typed_number(DocKind::QuyDinh, "07-QĐ/TU", "dang-hd05-2026");
    assert!(qd.iter().all(|f| f.id != "number.type-symbol"), "{qd:?}");
}

/// The issuer findings for a body named `name` with symbol `symbol`.
fn issuer_ids(name: &str, symbol: &str) -> Vec<&'static str> {
    let mut imp = fixture("quy-che-ba-dong.txt");
    imp.document.issuer.name = name.to_owned();
    imp.document.issuer.symbol = symbol.to_owned();
    findings(&imp)
        .into_iter()
        .map(|f| f.id)
        .filter(|id| id.starts_with("issuer."))
        .collect()
}

#[test]
fn body_symbols_of_05_hd_joint_and_congress_symbols_are_known() {
    let fine = [
        ("BAN TỔ CHỨC TỈNH UỶ", "BTCTU-BNCTU"),
        ("ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ TỈNH NGHỆ AN LẦN THỨ XXI", "ĐH"),
        ("BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH UỶ", "BTGDVTU"),
        ("BAN XÂY DỰNG ĐẢNG TỈNH UỶ", "BXDĐTU"),
        ("CƠ QUAN UỶ BAN KIỂM TRA TỈNH UỶ", "CQUBKTTU"),
        ("ĐẢNG UỶ QUÂN SỰ TỈNH", "ĐUQS"),
        ("ĐẢNG UỶ CÔNG AN TỈNH", "ĐUCA"),
        ("ĐẢNG UỶ BỘ ĐỘI BIÊN PHÒNG TỈNH", "ĐUBP"),
        ("TRƯỜNG CHÍNH TRỊ TỈNH NGHỆ AN", "TCT"),
        ("TRUNG TÂM CHÍNH TRỊ PHƯỜNG HẠ LONG", "TTCT"),
        ("BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ", "BCĐ"),
        ("TIỂU BAN VĂN KIỆN", "TB"),
        ("HỘI ĐỒNG THI ĐUA, KHEN THƯỞNG", "HĐ"),
        ("ĐẢNG UỶ PHƯỜNG HẠ LONG", "ĐU"),
        ("VĂN PHÒNG TỈNH UỶ", "VPTU"),
        ("UỶ BAN KIỂM TRA TỈNH UỶ", "UBKTTU"),
        ("CHI BỘ THÔN 3", "CB"),
    ];
    for (name, symbol) in fine {
        assert_eq!(
            issuer_ids(name, symbol),
            Vec::<&str>::new(),
            "{name} {symbol}"
        );
    }
    assert_eq!(
        issuer_ids("BAN XÂY DỰNG ĐẢNG TỈNH UỶ", "BTCTU"),
        ["issuer.symbol-mismatch"]
    );
    assert_eq!(issuer_ids("TỈNH UỶ NGHỆ AN", "TU/"), ["issuer.symbol-form"]);
}

#[test]
fn articles_numbered_by_hand_out_of_order_are_told() {
    // "Điều 3." typed where "Điều 2." stands: the importer renumbers and says so.
    let imp = variant(
        "quyet-dinh-can-cu.txt",
        "Điều 2. Tổ công tác",
        "Điều 5. Tổ công tác",
    );
    let labels: Vec<String> = outline(&imp.document.body)
        .into_iter()
        .map(|s| s.1)
        .collect();
    assert_eq!(labels, ["Điều 1.", "Điều 2.", "Điều 3."]);
    assert!(
        imp.warnings
            .iter()
            .any(|w| w.repair.is_some() && w.message.contains("Điều 5")),
        "{:?}",
        imp.warnings
    );
}

#[test]
fn many_bases_addressees_and_appendix_labels_stay_linear() {
    // Hostile input: tens of thousands of lines of each new part. Each reader takes a
    // line once; a quadratic one would take minutes here.
    let mut text = String::from("QUYẾT ĐỊNH\nvề việc thử\n-----\nKính gửi:\n");
    text.push_str(&"- Các đảng uỷ trực thuộc;\n".repeat(20_000));
    text.push_str(&"- Căn cứ Điều lệ Đảng;\n".repeat(20_000));
    text.push_str("BAN THƯỜNG VỤ TỈNH UỶ QUYẾT ĐỊNH\nĐiều 1. Thi hành.\nNơi nhận:\n- Lưu VPTU.\n");
    text.push_str(&"PHỤ LỤC\n(Kèm theo\n".repeat(10_000));
    let started = std::time::Instant::now();
    let imp = import_text(&text, &Options::default());
    assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
    assert_eq!(imp.document.addressees.len(), 20_000);
    assert_eq!(imp.document.bases.len(), 20_000);
    assert_eq!(imp.document.appendices.len(), 10_000);
}

#[test]
fn congress_report_reads_its_theme_in_place_of_the_type_name() {
    let imp = fixture("bao-cao-chinh-tri.txt");
    let d = &imp.document;
    assert_eq!(d.kind, DocKind::BaoCao);
    assert_eq!(
        d.theme,
        [
            "PHÁT HUY TRUYỀN THỐNG QUÊ HƯƠNG XÔ VIẾT,",
            "ĐOÀN KẾT, ĐỔI MỚI, SÁNG TẠO, ĐƯA NGHỆ AN",
            "PHÁT TRIỂN NHANH VÀ BỀN VỮNG"
        ]
    );
    assert_eq!(
        d.subject,
        [
            "Báo cáo của Ban Chấp hành Đảng bộ tỉnh khoá XX",
            "trình Đại hội đại biểu Đảng bộ tỉnh lần thứ XXI"
        ]
    );
    assert_eq!(d.issuer.name, "ĐẠI HỘI ĐẠI BIỂU LẦN THỨ XXI");
    assert_eq!((d.number.as_str(), d.issuer.symbol.as_str()), ("05", "ĐH"));
    let o = outline(&d.body);
    assert_eq!(o.len(), 6, "{o:?}");
    assert_eq!(d.signature.on_behalf_of, "ĐOÀN CHỦ TỊCH");
    assert_eq!(d.signature.title, "TRƯỞNG ĐOÀN");
    assert_eq!(errors(&imp), Vec::<String>::new());
}
