//! The signature block: authority (T/M, K/T, T/L) coherent with who signs and for whom,
//! state forms ("TM.", "KT."), the signer's name.

use super::date::title_case;
use super::header::replace;
use super::scan::{is_all_caps, q, upper};
use super::{Ctx, Edit, Finding, Fix, Place, Severity, SignatureField};
use crate::layout::signer_lines;
use crate::model::names::COMMITTEES;
use crate::model::{Authority, Collective, DocKind};
use crate::rules::System;

/// Bodies that act as a collective: T/M, even when a deputy signs (spec §5).
const COLLECTIVES: [&str; 21] = [
    // The congress's bodies sign T/M too (05-HD p. 14): "T/M ĐOÀN CHỦ TỊCH".
    "ĐẠI HỘI",
    "ĐOÀN CHỦ TỊCH",
    "ĐOÀN THƯ KÝ",
    "BAN THẨM TRA TƯ CÁCH",
    "BAN KIỂM PHIẾU",
    "BAN CHẤP HÀNH",
    "BAN THƯỜNG VỤ",
    "THƯỜNG TRỰC",
    "THÀNH ỦY",
    "TỈNH ỦY",
    "THỊ ỦY",
    "HUYỆN ỦY",
    "QUẬN ỦY",
    "ĐẢNG ỦY",
    "CHI BỘ",
    "CHI ỦY",
    "ỦY BAN KIỂM TRA",
    "ĐẢNG ĐOÀN",
    "BAN CÁN SỰ",
    "BỘ CHÍNH TRỊ",
    "BAN BÍ THƯ",
];

const AUTHORITY_RULE: &str = "T/M cho tập thể (ban chấp hành, ban thường vụ, ủy ban kiểm tra… kể cả khi cấp phó ký), K/T khi cấp phó ký thay người đứng đầu cơ quan tham mưu, T/L khi ký thừa lệnh (36-HD/VPTW)";

fn is_collective(s: &str) -> bool {
    let u = upper(s).replace("UỶ", "ỦY");
    COLLECTIVES.iter().any(|c| u.starts_with(c))
}

pub fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    let s = &ctx.doc.signature;
    let on_behalf = s.on_behalf_of.trim();
    let title = upper(&s.title);
    let obo_place = Place::Signature(SignatureField::OnBehalfOf);
    // "TM. BAN THƯỜNG VỤ" or "T/M BAN THƯỜNG VỤ" typed into the collective field.
    let typed = [
        ("T/M", Authority::OnBehalf, false),
        ("K/T", Authority::Deputy, false),
        ("T/L", Authority::Delegated, false),
        ("TM.", Authority::OnBehalf, true),
        ("KT.", Authority::Deputy, true),
        ("TL.", Authority::Delegated, true),
        ("TUQ.", Authority::Delegated, true),
    ];
    let u = upper(on_behalf);
    let party = ctx.rules.system == System::Party;
    if let Some(&(mark, authority, state)) = typed.iter().find(|(m, _, _)| u.starts_with(m)) {
        let rest = on_behalf[mark.len()..].trim().to_owned();
        let agrees = s.authority == authority || s.authority == Authority::None;
        let (id, what) = if state && party {
            ("signature.state-form", format!("{} là thể thức văn bản nhà nước (NĐ 30/2020); văn bản của Đảng dùng gạch chéo: T/M, K/T, T/L.", q(mark)))
        } else {
            (
                "signature.authority-typed",
                "Thẩm quyền ký được chọn riêng và chương trình tự in, nên sẽ in hai lần."
                    .to_owned(),
            )
        };
        out.push(
            Finding::new(
                id,
                Severity::Error,
                obo_place.clone(),
                format!("Dòng ký {} có gõ {}: {what}", q(on_behalf), q(mark)),
            )
            .with_fix(Fix {
                label: "Bỏ phần gõ tay, chọn thẩm quyền ký".into(),
                safe: agrees && mark != "TUQ.",
                edits: vec![
                    replace(obo_place.clone(), rest),
                    Edit::SetAuthority(authority),
                ],
            }),
        );
        return;
    }
    // The rules below are the Party's (36-HD, 05-HD): who signs T/M, K/T, T/L. A state
    // body signs by its own law (a People's Committee: TM. the committee, KT. the chair).
    if !party {
        signer(ctx, out);
        return;
    }
    match s.authority {
        // A "kiêm" block (05-HD p. 20: a steering committee without a seal of its own) is
        // signed in the signer's own name, without T/M.
        Authority::None
            if s.concurrent.trim().is_empty()
                && is_collective(&ctx.doc.issuer.name)
                && (title.contains("BÍ THƯ") || title.is_empty()) =>
        {
            {
                out.push(Finding::new(
                    "signature.authority-missing",
                    Severity::Error,
                    Place::Signature(SignatureField::Authority),
                    format!(
                        "Văn bản của {} thiếu dòng thẩm quyền ký: cấp ủy ban hành thì ký “T/M …” (ví dụ “T/M BAN THƯỜNG VỤ”). Quy tắc: {AUTHORITY_RULE}.",
                        q(ctx.doc.issuer.name.trim())
                    ),
                ));
            }
        }
        Authority::None => {}
        // Only minutes are signed in a meeting role (05-HD p. 22).
        Authority::Role if ctx.doc.kind != DocKind::BienBan => out.push(Finding::new(
            "signature.role-outside-minutes",
            Severity::Error,
            Place::Signature(SignatureField::Authority),
            format!(
                "{} là vai trò ký biên bản hội nghị; {} ký theo thẩm quyền: T/M, K/T, T/L hoặc người đứng đầu ký. Quy tắc: {AUTHORITY_RULE}.",
                q(on_behalf),
                ctx.doc.kind.label()
            ),
        )),
        Authority::Role => {}
        _ if on_behalf.is_empty() => out.push(Finding::new(
            "signature.on-behalf-missing",
            Severity::Error,
            obo_place.clone(),
            "Dòng thẩm quyền ký chưa ghi tập thể hoặc người đứng đầu (ví dụ “T/M BAN THƯỜNG VỤ”).",
        )),
        Authority::Deputy if is_collective(on_behalf) => out.push(
            Finding::new(
                "signature.kt-for-collective",
                Severity::Error,
                Place::Signature(SignatureField::Authority),
                format!(
                    "Ký “K/T {}” cho một tập thể: tập thể lãnh đạo ký T/M, kể cả khi cấp phó ký (“T/M {}” / “{}”). Quy tắc: {AUTHORITY_RULE}.",
                    on_behalf,
                    on_behalf,
                    s.title.trim()
                ),
            )
            .with_fix(Fix::safe("Đổi thành T/M", vec![Edit::SetAuthority(Authority::OnBehalf)])),
        ),
        Authority::Deputy if !title.starts_with("PHÓ") => out.push(Finding::new(
            "signature.kt-needs-deputy",
            Severity::Error,
            Place::Signature(SignatureField::Title),
            format!(
                "Ký “K/T” nhưng chức vụ người ký là {}: K/T chỉ dùng khi cấp phó (PHÓ TRƯỞNG BAN, PHÓ CHÁNH VĂN PHÒNG…) ký thay người đứng đầu.",
                q(s.title.trim())
            ),
        )),
        Authority::OnBehalf if !is_collective(on_behalf) => {
            let deputy = title.starts_with("PHÓ");
            let f = Finding::new(
                "signature.tm-not-collective",
                Severity::Error,
                Place::Signature(SignatureField::Authority),
                format!(
                    "Ký “T/M {on_behalf}” nhưng {} không phải là tập thể lãnh đạo: T/M chỉ dùng thay mặt tập thể{}. Quy tắc: {AUTHORITY_RULE}.",
                    q(on_behalf),
                    if deputy { "; cấp phó ký thay người đứng đầu thì ghi K/T" } else { "" }
                ),
            );
            out.push(if deputy {
                f.with_fix(Fix::unsafe_("Đổi thành K/T", vec![Edit::SetAuthority(Authority::Deputy)]))
            } else {
                f
            });
        }
        Authority::Delegated if !title.contains("VĂN PHÒNG") => out.push(Finding::new(
            "signature.tl-not-office",
            Severity::Warning,
            Place::Signature(SignatureField::Title),
            format!(
                "Ký “T/L {on_behalf}” nhưng người ký là {}: ký thừa lệnh thường do chánh (phó chánh) văn phòng ký (ví dụ “T/L BAN THƯỜNG VỤ” / “CHÁNH VĂN PHÒNG”).",
                q(s.title.trim())
            ),
        )),
        _ => {}
    }
    collective_matches_subject(ctx, out);
    signer(ctx, out);
}

/// "KẾT LUẬN của Ban Chấp hành" signed "T/M BAN THƯỜNG VỤ": one of the two is wrong.
/// The document names the collective that concludes in three places — the subject, the
/// opening's concluding formula ("…, Ban Chấp hành Đảng bộ thành phố thống nhất kết
/// luận"), the conference facts — and the first that contradicts the signature is
/// reported (one finding: they are one mistake).
fn collective_matches_subject(ctx: &Ctx, out: &mut Vec<Finding>) {
    let s = &ctx.doc.signature;
    let mark = match s.authority {
        Authority::OnBehalf => "T/M",
        Authority::Delegated => "T/L",
        _ => return,
    };
    let Some(signed) = Collective::from_printed(&s.on_behalf_of) else {
        return;
    };
    let contradicts = |c: Collective| {
        matches!(
            (c, signed),
            (Collective::BanChapHanh, Collective::BanThuongVu)
                | (Collective::BanThuongVu, Collective::BanChapHanh)
        )
    };
    let signed_as = format!("{mark} {}", s.on_behalf_of.trim());
    let place = Place::Signature(SignatureField::OnBehalfOf);
    if let Some((c, line)) = subject_collective(&ctx.doc.subject) {
        if contradicts(c) {
            out.push(Finding::new(
                "signature.collective-subject",
                Severity::Warning,
                place,
                format!(
                    "Trích yếu ghi văn bản {} nhưng ký “{signed_as}”: tập thể ký thay mặt phải là tập thể ban hành văn bản; kiểm tra lại trích yếu hoặc dòng ký.",
                    q(line.trim())
                ),
            ));
            return;
        }
    }
    if let Some((c, clause)) = opening_collective(ctx) {
        if contradicts(c) {
            out.push(Finding::new(
                "signature.collective-opening",
                Severity::Warning,
                place,
                format!(
                    "Phần mở đầu ghi {} kết luận (“{clause}”) nhưng ký “{signed_as}”: tập thể ký thay mặt phải là tập thể đã họp và kết luận ({COLLECTIVE_RULE}); kiểm tra lại phần mở đầu hoặc dòng ký.",
                    c.label()
                ),
            ));
            return;
        }
    }
    if let Some(c) = ctx.doc.conference.as_ref().and_then(|c| c.held_by) {
        if contradicts(c) {
            out.push(Finding::new(
                "signature.collective-conference",
                Severity::Warning,
                place,
                format!(
                    "Thông tin hội nghị ghi hội nghị của {} nhưng văn bản ký “{signed_as}”: tập thể ký thay mặt phải là tập thể đã họp và kết luận ({COLLECTIVE_RULE}); kiểm tra lại thông tin hội nghị hoặc dòng ký.",
                    c.label()
                ),
            ));
        }
    }
}

const COLLECTIVE_RULE: &str =
    "Hội nghị Ban Chấp hành ký “T/M BAN CHẤP HÀNH”, hội nghị Ban Thường vụ ký “T/M BAN THƯỜNG VỤ”; 05-HD/VPTW, thể thức chữ ký";

/// The collective a subject line names: "của Ban Chấp hành …", "tại Hội nghị Ban Thường
/// vụ …", "Hội nghị Thành ủy lần thứ 8, khóa XVI" (a numbered session of a term is a
/// plenum of the committee). With the line that says so.
fn subject_collective(subject: &[String]) -> Option<(Collective, &str)> {
    let canon = |l: &str| upper(l).replace("UỶ", "ỦY").replace("KHOÁ", "KHÓA");
    let joined = canon(&subject.join(" "));
    if joined.starts_with("CỦA BAN CHẤP HÀNH") {
        return Some((Collective::BanChapHanh, subject.first()?));
    }
    if joined.starts_with("CỦA BAN THƯỜNG VỤ") {
        return Some((Collective::BanThuongVu, subject.first()?));
    }
    subject.iter().find_map(|line| {
        let l = canon(line);
        let c = if l.contains("HỘI NGHỊ BAN CHẤP HÀNH")
            || (l.contains("LẦN THỨ") && l.contains("KHÓA"))
        {
            Collective::BanChapHanh
        } else if ["HỘI NGHỊ BAN THƯỜNG VỤ", "CUỘC HỌP BAN THƯỜNG VỤ"]
            .iter()
            .any(|p| l.contains(p))
        {
            Collective::BanThuongVu
        } else {
            return None;
        };
        Some((c, line.as_str()))
    })
}

/// Formulas that end an opening; the clause before the last of them names who concludes.
const CONCLUDING: [&str; 4] = [
    "kết luận như sau",
    "kết luận:",
    "kết luận chỉ đạo",
    "quyết nghị",
];

/// The collective that concludes in the opening: "…, Ban Chấp hành Đảng bộ thành phố
/// thống nhất kết luận như sau:", "…, Thành ủy kết luận:". With that clause.
fn opening_collective(ctx: &Ctx) -> Option<(Collective, String)> {
    let text = ctx
        .doc
        .preamble
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let lower = text.to_lowercase().replace("uỷ", "ủy");
    let at = CONCLUDING.iter().filter_map(|f| lower.rfind(f)).max()?;
    let head = &lower[..at];
    let from = head.rfind([',', '.', ';', ':']).map_or(0, |i| i + 1);
    let clause = head[from..].trim();
    let clause = clause.strip_suffix("thống nhất").unwrap_or(clause).trim();
    let c = if clause.contains("ban chấp hành") {
        Collective::BanChapHanh
    } else if clause.contains("ban thường vụ") {
        Collective::BanThuongVu
    } else if clause.contains("thường trực") {
        Collective::ThuongTruc
    } else if COMMITTEES.iter().any(|c| {
        clause == c.to_lowercase() || clause.starts_with(&format!("{} ", c.to_lowercase()))
    }) {
        Collective::BanChapHanh
    } else {
        return None;
    };
    // The clause as written, for the message.
    let written = text
        .get(from..at)
        .map(|t| t.trim().to_owned())
        .unwrap_or_else(|| clause.to_owned());
    Some((c, written))
}

fn signer(ctx: &Ctx, out: &mut Vec<Finding>) {
    let s = &ctx.doc.signature;
    for c in &ctx.doc.cosigners {
        if c.signature.name.trim().is_empty() {
            let who = signer_lines(&c.signature, ctx.rules)
                .authority
                .unwrap_or_else(|| c.signature.title.trim().to_owned());
            out.push(Finding::new(
                "signature.cosigner-name-missing",
                Severity::Error,
                Place::Signature(SignatureField::Name),
                format!("Thiếu họ tên người ký ở khối chữ ký {}.", q(&who)),
            ));
        }
    }
    // A role at the meeting ("CHỦ TRÌ HỘI NGHỊ") stands in place of a title.
    if s.title.trim().is_empty() && s.authority != Authority::Role {
        out.push(Finding::new(
            "signature.title-missing",
            Severity::Error,
            Place::Signature(SignatureField::Title),
            "Thiếu chức vụ người ký (ví dụ “PHÓ BÍ THƯ”) dưới dòng thẩm quyền ký.",
        ));
    }
    let name = s.name.trim();
    let place = Place::Signature(SignatureField::Name);
    if name.is_empty() {
        out.push(Finding::new(
            "signature.name-missing",
            Severity::Error,
            place,
            "Thiếu họ tên người ký.",
        ));
        return;
    }
    let prefixes = [
        "PGS.TS.",
        "PGS. TS.",
        "GS.TS.",
        "PGS.",
        "GS.",
        "TS.",
        "ThS.",
        "Đ/c",
        "Đồng chí",
    ];
    if let Some(p) = prefixes.iter().find(|p| name.starts_with(*p)) {
        let rest = name[p.len()..].trim().to_owned();
        out.push(
            Finding::new(
                "signature.academic-title",
                Severity::Error,
                place,
                format!(
                    "Họ tên người ký có {} ở trước: văn bản của Đảng ghi họ tên, không ghi học hàm, học vị hay “đồng chí” (36-HD/VPTW).",
                    q(p)
                ),
            )
            .with_fix(Fix::safe(format!("Bỏ {p}"), vec![replace(Place::Signature(SignatureField::Name), rest)])),
        );
    } else if is_all_caps(name) && name.chars().filter(|c| c.is_alphabetic()).count() > 3 {
        let fixed = title_case(name);
        out.push(
            Finding::new(
                "signature.name-caps",
                Severity::Warning,
                place.clone(),
                format!(
                    "Họ tên người ký {} viết in hoa: họ tên viết hoa chữ đầu mỗi tiếng, in đậm ({}).",
                    q(name),
                    q(&fixed)
                ),
            )
            .with_fix(Fix::safe(format!("Sửa thành {fixed}"), vec![replace(place, fixed.clone())])),
        );
    }
}
