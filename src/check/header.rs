//! The header and title: rule set in force, number and symbol, issuing body, subject.

use super::scan::{is_all_caps, q, upper};
use super::{Ctx, Edit, Finding, Fix, IssuerField, Place, Severity};
use crate::model::{DocDate, DocKind};
use crate::rules::{RuleSet, System};

const RULES_DATES: &str = "Hướng dẫn 05-HD/VPTW áp dụng cho văn bản ký từ ngày 27/5/2026; văn bản ký trước ngày đó theo Hướng dẫn 36-HD/VPTW";

pub fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    rule_set(ctx, out);
    number(ctx, out);
    issuer(ctx, out);
    subject(ctx, out);
}

/// "20/8/2021", "tháng 8/2021" or "năm 2021" for a date not fixed yet.
pub fn date_text(d: &DocDate) -> String {
    match (d.day, d.month) {
        (Some(day), Some(m)) => format!("{day:02}/{m:02}/{}", d.year),
        (None, Some(m)) => format!("tháng {m}/{}", d.year),
        _ => format!("năm {}", d.year),
    }
}

fn rule_set(ctx: &Ctx, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    let Some(named) = RuleSet::by_id(&doc.rules) else {
        out.push(Finding::new(
            "rules.unknown",
            Severity::Warning,
            Place::Rules,
            format!(
                "Bản thảo ghi bộ quy tắc {} không có sẵn trong chương trình; kiểm tra theo {}.",
                q(&doc.rules),
                ctx.rules.name
            ),
        ));
        return;
    };
    let party_issuer = expected_symbol(&doc.issuer.name).is_some();
    if named.system == System::State && party_issuer {
        let expected = RuleSet::in_force(System::Party, &doc.date);
        out.push(
            Finding::new(
                "rules.state-system",
                Severity::Error,
                Place::Rules,
                format!(
                    "Văn bản của {} lại trình bày theo thể thức văn bản nhà nước (Nghị định 30/2020): văn bản của Đảng phải theo bộ quy tắc “{}”.",
                    doc.issuer.name.trim(),
                    expected.name
                ),
            )
            .with_fix(Fix::unsafe_(
                format!("Dùng bộ quy tắc {}", expected.id),
                vec![Edit::SetRules(expected.id.clone())],
            )),
        );
        return;
    }
    if named.system != System::Party {
        return;
    }
    let expected = RuleSet::in_force(System::Party, &doc.date);
    if expected.id != named.id {
        out.push(
            Finding::new(
                "rules.in-force",
                Severity::Error,
                Place::Rules,
                format!(
                    "Văn bản ký {} phải trình bày theo {}, nhưng bản thảo dùng {}. {}.",
                    date_text(&doc.date),
                    expected.name,
                    named.name,
                    RULES_DATES
                ),
            )
            .with_fix(Fix::safe(
                format!("Dùng bộ quy tắc {}", expected.id),
                vec![Edit::SetRules(expected.id.clone())],
            )),
        );
    }
}

fn number(ctx: &Ctx, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    let raw = doc.number.as_str();
    let n = raw.trim();
    if n.is_empty() {
        out.push(Finding::new(
            "number.blank",
            Severity::Hint,
            Place::Number,
            "Chưa có số văn bản: dòng “Số …” sẽ để trống để điền tay khi ban hành.",
        ));
        return;
    }
    // "Số:" / "Số" typed in: the layout prints "Số" itself.
    let lower = n.to_lowercase();
    if let Some(rest) = lower
        .strip_prefix("số")
        .or_else(|| lower.strip_prefix("so"))
    {
        let rest_len = rest.len();
        let tail = n[n.len() - rest_len..].trim_start();
        let (id, what) = if tail.starts_with(':') {
            ("number.colon", "“Số:” (có dấu hai chấm)")
        } else {
            ("number.prefix", "chữ “Số”")
        };
        let kept = tail.trim_start_matches(':').trim().to_owned();
        out.push(
            Finding::new(
                id,
                Severity::Error,
                Place::Number,
                format!(
                    "Ô số văn bản có gõ {what}. Văn bản của Đảng in “Số 15-KL/TU”: không có dấu hai chấm sau “Số” (“Số:” là thể thức văn bản nhà nước, NĐ 30/2020), và chữ “Số” do chương trình in — chỉ nhập con số."
                ),
            )
            .with_fix(Fix::safe("Chỉ giữ con số", vec![replace(Place::Number, kept)])),
        );
        return;
    }
    if n.contains(':') {
        out.push(
            Finding::new(
                "number.colon",
                Severity::Error,
                Place::Number,
                "Ô số văn bản có dấu hai chấm. Văn bản của Đảng viết “Số 15-KL/TU”, không có dấu hai chấm (thể thức văn bản nhà nước, NĐ 30/2020).",
            )
            .with_fix(Fix::safe(
                "Bỏ dấu hai chấm",
                vec![replace(Place::Number, n.replace(':', "").trim().to_owned())],
            )),
        );
        return;
    }
    let digits: String = n.chars().take_while(char::is_ascii_digit).collect();
    let rest = n[digits.len()..].trim();
    if !digits.is_empty() && (rest.starts_with('-') || rest.starts_with('/')) {
        typed_symbol(ctx, &digits, rest, out);
        return;
    }
    if digits.is_empty() || !rest.is_empty() || digits.chars().all(|c| c == '0') {
        out.push(Finding::new(
            "number.form",
            Severity::Error,
            Place::Number,
            format!(
                "Số văn bản {} không phải là một số thứ tự (ví dụ 15). Số văn bản đánh liên tục theo từng loại văn bản trong nhiệm kỳ cấp ủy.",
                q(n)
            ),
        ));
        return;
    }
    let canonical = canonical_number(&digits, ctx.rules.header.number_pad_below);
    if digits != canonical && digits.len() > 1 {
        out.push(
            Finding::new(
                "number.leading-zero",
                Severity::Warning,
                Place::Number,
                format!(
                    "Số {} có số 0 thừa ở đầu: chỉ số nhỏ hơn {} mới viết thêm một số 0 (“05”); viết {}.",
                    q(n),
                    ctx.rules.header.number_pad_below,
                    q(&canonical)
                ),
            )
            .with_fix(Fix::safe(
                format!("Sửa thành {canonical}"),
                vec![replace(Place::Number, canonical)],
            )),
        );
    }
}

fn canonical_number(digits: &str, pad_below: u32) -> String {
    match digits.parse::<u64>() {
        Ok(v) if v < u64::from(pad_below) => format!("{v:02}"),
        Ok(v) => v.to_string(),
        Err(_) => digits.to_owned(),
    }
}

/// "15-KL/TU" or "15/QĐ-UBND" typed into the number field.
fn typed_symbol(ctx: &Ctx, digits: &str, rest: &str, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    let kind_symbol = ctx.rules.type_symbol(doc.kind);
    let body_symbol = doc.issuer.symbol.trim();
    if rest.starts_with('/') {
        out.push(
            Finding::new(
                "number.state-form",
                Severity::Error,
                Place::Number,
                format!(
                    "Số và ký hiệu {} viết theo kiểu văn bản nhà nước (số/loại-cơ quan, NĐ 30/2020). Văn bản của Đảng viết “Số {digits}-{kind_symbol}/{body_symbol}”: gạch nối trước ký hiệu loại, gạch chéo trước ký hiệu cơ quan; chương trình tự in ký hiệu — chỉ nhập con số.",
                    q(&format!("{digits}{rest}"))
                ),
            )
            .with_fix(Fix::unsafe_(
                "Chỉ giữ con số",
                vec![replace(Place::Number, digits.to_owned())],
            )),
        );
        return;
    }
    let symbols = rest.trim_start_matches('-').trim();
    let (typed_kind, typed_body) = symbols.split_once('/').unwrap_or((symbols, ""));
    let matches = typed_kind.trim() == kind_symbol.as_str() && typed_body.trim() == body_symbol;
    let fix = Fix {
        label: "Chỉ giữ con số".into(),
        safe: matches,
        edits: vec![replace(Place::Number, digits.to_owned())],
    };
    out.push(
        Finding::new(
            "number.typed-symbol",
            Severity::Error,
            Place::Number,
            format!(
                "Ký hiệu {} được gõ vào ô số: chương trình tự in ký hiệu theo loại văn bản và cơ quan ban hành (“Số {digits}-{kind_symbol}/{body_symbol}”), nên sẽ in hai lần. Chỉ nhập con số.",
                q(rest)
            ),
        )
        .with_fix(fix),
    );
    let typed_kind = typed_kind.trim();
    if !typed_kind.is_empty() && !type_symbol_fits(doc.kind, typed_kind, ctx.rules) {
        out.push(Finding::new(
            "number.type-symbol",
            Severity::Error,
            Place::Number,
            type_symbol_message(doc.kind, typed_kind, ctx.rules),
        ));
    }
}

/// Whether `typed` is the type symbol of `kind` under `rules`: the rule set's own where
/// it departs from the usual one — Quy định was "QĐi" under 36-HD/VPTW (2018) and is
/// "QĐ" since 05-HD/VPTW (2026) ("QĐi" is gone, p. 7).
pub fn type_symbol_fits(kind: DocKind, typed: &str, rules: &RuleSet) -> bool {
    typed == rules.type_symbol(kind)
}

/// Why `typed` is not the type symbol of `kind` under `rules`, in Vietnamese.
pub fn type_symbol_message(kind: DocKind, typed: &str, rules: &RuleSet) -> String {
    let want = rules.type_symbol(kind);
    if typed == "QĐi" && want == "QĐ" {
        return format!(
            "Ký hiệu loại “QĐi” không còn dùng: theo Hướng dẫn 05-HD/VPTW (2026), Quy định và Quyết định đều có ký hiệu “QĐ”; {} ghi {}.",
            kind.label(),
            q(&want)
        );
    }
    format!(
        "Ký hiệu loại {} không khớp loại văn bản: {} có ký hiệu {}. Kiểm tra lại loại văn bản hoặc số.",
        q(typed),
        kind.label(),
        q(&want)
    )
}

/// The body symbol an issuing body takes (spec §7), from its name.
pub fn expected_symbol(name: &str) -> Option<String> {
    let n = upper(name);
    let committee = [
        ("THÀNH ỦY", "TU"),
        ("TỈNH ỦY", "TU"),
        ("THỊ ỦY", "TU"),
        ("HUYỆN ỦY", "HU"),
        ("QUẬN ỦY", "QU"),
        ("ĐẢNG ỦY", "ĐU"),
    ];
    // Longest names first: "BAN TUYÊN GIÁO VÀ DÂN VẬN" before "BAN TUYÊN GIÁO".
    let organ = [
        ("VĂN PHÒNG", "VP"),
        ("CƠ QUAN ỦY BAN KIỂM TRA", "CQUBKT"),
        ("ỦY BAN KIỂM TRA", "UBKT"),
        ("BAN TUYÊN GIÁO VÀ DÂN VẬN", "BTGDV"),
        ("BAN XÂY DỰNG ĐẢNG", "BXDĐ"),
        ("BAN TUYÊN GIÁO", "BTG"),
        ("BAN TỔ CHỨC", "BTC"),
        ("BAN DÂN VẬN", "BDV"),
        ("BAN NỘI CHÍNH", "BNC"),
    ];
    // Old-style tone marks ("THÀNH UỶ") name the same body.
    let n = n.replace("UỶ", "ỦY");
    if n.contains("TRUNG ƯƠNG") {
        return None;
    }
    // Bodies whose symbol is their own initials, without the committee's (05-HD p. 8):
    // a congress, the army's, police's and border guard's committees, a political
    // school or centre, a steering committee, a sub-committee, a council.
    let own = [
        ("ĐẠI HỘI", "ĐH"),
        ("ĐẢNG ỦY QUÂN SỰ", "ĐUQS"),
        ("ĐẢNG ỦY CÔNG AN", "ĐUCA"),
        ("ĐẢNG ỦY BỘ ĐỘI BIÊN PHÒNG", "ĐUBP"),
        ("TRƯỜNG CHÍNH TRỊ", "TCT"),
        ("TRUNG TÂM CHÍNH TRỊ", "TTCT"),
        ("BAN CHỈ ĐẠO", "BCĐ"),
        ("TIỂU BAN", "TB"),
        ("HỘI ĐỒNG", "HĐ"),
    ];
    if let Some((_, s)) = own.iter().find(|(w, _)| n.starts_with(w)) {
        return Some((*s).to_owned());
    }
    let suffix = committee.iter().find(|(w, _)| n.contains(w)).map(|c| c.1);
    let prefix = organ.iter().find(|(w, _)| n.starts_with(w)).map(|o| o.1);
    match (prefix, suffix) {
        (Some(p), Some(s)) => Some(format!("{p}{s}")),
        (None, Some(s)) if n.starts_with(committee_word(&n)) => Some(s.to_owned()),
        (None, None) if n.starts_with("CHI BỘ") => Some("CB".into()),
        (None, _) if n.starts_with("ĐẢNG ĐOÀN") => Some("ĐĐ".into()),
        (None, _) if n.starts_with("BAN CÁN SỰ") => Some("BCS".into()),
        _ => None,
    }
}

fn committee_word(n: &str) -> &str {
    [
        "THÀNH ỦY",
        "TỈNH ỦY",
        "THỊ ỦY",
        "HUYỆN ỦY",
        "QUẬN ỦY",
        "ĐẢNG ỦY",
    ]
    .into_iter()
    .find(|w| n.starts_with(w))
    .unwrap_or("\u{0}")
}

fn issuer(ctx: &Ctx, out: &mut Vec<Finding>) {
    let issuer = &ctx.doc.issuer;
    if issuer.name.trim().is_empty() {
        out.push(Finding::new(
            "issuer.name-missing",
            Severity::Error,
            Place::Issuer(IssuerField::Name),
            "Thiếu tên cơ quan ban hành (ví dụ “THÀNH ỦY HẠ LONG”) ở góc trái phần đầu văn bản.",
        ));
    }
    let symbol = issuer.symbol.trim();
    if symbol.is_empty() {
        out.push(Finding::new(
            "issuer.symbol-missing",
            Severity::Error,
            Place::Issuer(IssuerField::Symbol),
            "Thiếu ký hiệu cơ quan ban hành (ví dụ “TU”): số văn bản in thành “Số 15-KL/” còn thiếu phần sau gạch chéo.",
        ));
        return;
    }
    // A joint document carries the symbols of its bodies joined by "-" ("Số
    // 05-QC/BTCTU-BNCTU", 05-HD p. 8): the hyphen between two symbols is not a slip.
    let cleaned: String = symbol
        .split('-')
        .map(|part| {
            part.chars()
                .filter(|c| !matches!(c, '/' | ' ' | ':'))
                .collect::<String>()
        })
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if cleaned != symbol {
        out.push(
            Finding::new(
                "issuer.symbol-form",
                Severity::Error,
                Place::Issuer(IssuerField::Symbol),
                format!(
                    "Ký hiệu cơ quan {} có dấu thừa: chương trình tự thêm gạch chéo (“15-KL/TU”); chỉ nhập chữ viết tắt {}.",
                    q(symbol),
                    q(&cleaned)
                ),
            )
            .with_fix(Fix::safe(
                format!("Sửa thành {cleaned}"),
                vec![replace(Place::Issuer(IssuerField::Symbol), cleaned.clone())],
            )),
        );
    }
    if let Some(expected) = expected_symbol(&issuer.name) {
        if !cleaned.starts_with(&expected) {
            out.push(
                Finding::new(
                    "issuer.symbol-mismatch",
                    Severity::Error,
                    Place::Issuer(IssuerField::Symbol),
                    format!(
                        "Ký hiệu cơ quan {} không khớp cơ quan ban hành {}: ký hiệu đúng là {} (chữ cái đầu tên cơ quan, 36-HD/VPTW).",
                        q(symbol),
                        q(issuer.name.trim()),
                        q(&expected)
                    ),
                )
                .with_fix(Fix::unsafe_(
                    format!("Sửa thành {expected}"),
                    vec![replace(Place::Issuer(IssuerField::Symbol), expected.clone())],
                )),
            );
        }
    }
}

fn subject(ctx: &Ctx, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    let kind_name = doc.kind.printed_name();
    if doc.kind.needs_subject() && doc.subject.iter().all(|s| s.trim().is_empty()) {
        out.push(Finding::new(
            "subject.missing",
            Severity::Error,
            Place::Subject {
                index: 0,
                range: None,
            },
            format!(
                "Thiếu trích yếu dưới tên loại “{kind_name}”: nêu của cơ quan nào, về việc gì (ví dụ “của Ban Chấp hành Đảng bộ thành phố” / “tại Hội nghị lần thứ 6”)."
            ),
        ));
    }
    for (index, line) in doc.subject.iter().enumerate() {
        let t = line.trim();
        let place = Place::Subject { index, range: None };
        // Under a congress's theme no type name is printed: "(Báo cáo của Ban Chấp hành
        // … trình Đại hội …)" names the type on purpose.
        let themed = doc.theme.iter().any(|l| !l.trim().is_empty());
        if !themed && !kind_name.is_empty() && upper(t).starts_with(kind_name) {
            let skip = kind_name.chars().count();
            let rest = t.chars().skip(skip).collect::<String>().trim().to_owned();
            out.push(
                Finding::new(
                    "subject.kind-typed",
                    Severity::Error,
                    place.clone(),
                    format!(
                        "Tên loại “{kind_name}” được gõ vào trích yếu: chương trình đã in tên loại văn bản ở dòng trên, nên sẽ in hai lần."
                    ),
                )
                .with_fix(Fix::safe("Bỏ tên loại khỏi trích yếu", vec![replace(place.clone(), rest)])),
            );
            continue;
        }
        if t.ends_with('.') && !t.ends_with("...") {
            out.push(
                Finding::new(
                    "subject.end-period",
                    Severity::Warning,
                    place.clone(),
                    "Trích yếu kết thúc bằng dấu chấm: tên loại và trích yếu là tiêu đề, không có dấu chấm cuối.",
                )
                .with_fix(Fix::safe(
                    "Bỏ dấu chấm cuối",
                    vec![replace(place.clone(), t.trim_end_matches('.').trim_end().to_owned())],
                )),
            );
        }
        if is_all_caps(t) && upper(t).starts_with("VỀ ") {
            out.push(Finding::new(
                "subject.caps",
                Severity::Hint,
                place,
                "Trích yếu “về …” viết chữ in hoa: theo §3, trích yếu viết chữ thường (chỉ viết hoa chữ đầu và danh từ riêng), in đậm.",
            ));
        }
    }
    let needs_preamble = matches!(
        doc.kind,
        DocKind::KetLuan | DocKind::ThongBaoKetLuan | DocKind::NghiQuyet
    );
    if needs_preamble && doc.preamble.iter().all(|p| p.is_empty()) {
        out.push(Finding::new(
            "preamble.missing",
            Severity::Warning,
            Place::Preamble {
                index: 0,
                range: None,
            },
            format!(
                "{} chưa có phần mở đầu: nêu thời gian, cơ quan, hội nghị, người chủ trì, thành phần dự và nội dung đã nghe, kết thúc bằng “… kết luận như sau:” (§8).",
                doc.kind.label()
            ),
        ));
    }
}

pub fn replace(place: Place, with: String) -> Edit {
    Edit::Replace { place, with }
}
