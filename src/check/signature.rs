//! The signature block: authority (T/M, K/T, T/L) coherent with who signs and for whom,
//! state forms ("TM.", "KT."), the signer's name.

use super::date::title_case;
use super::header::replace;
use super::scan::{is_all_caps, q, upper};
use super::{Ctx, Edit, Finding, Fix, Place, Severity, SignatureField};
use crate::model::Authority;

/// Bodies that act as a collective: T/M, even when a deputy signs (spec §5).
const COLLECTIVES: [&str; 16] = [
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
    if let Some(&(mark, authority, state)) = typed.iter().find(|(m, _, _)| u.starts_with(m)) {
        let rest = on_behalf[mark.len()..].trim().to_owned();
        let agrees = s.authority == authority || s.authority == Authority::None;
        let (id, what) = if state {
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
    match s.authority {
        Authority::None
            if is_collective(&ctx.doc.issuer.name)
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
fn collective_matches_subject(ctx: &Ctx, out: &mut Vec<Finding>) {
    let s = &ctx.doc.signature;
    if s.authority != Authority::OnBehalf {
        return;
    }
    let subject = upper(&ctx.doc.subject.join(" ")).replace("UỶ", "ỦY");
    let obo = upper(&s.on_behalf_of).replace("UỶ", "ỦY");
    let committee = |t: &str| {
        t.contains("BAN CHẤP HÀNH")
            || ["THÀNH ỦY", "TỈNH ỦY", "HUYỆN ỦY", "QUẬN ỦY", "ĐẢNG ỦY"]
                .iter()
                .any(|c| t.starts_with(c))
    };
    let of_committee = subject.starts_with("CỦA BAN CHẤP HÀNH");
    let of_standing = subject.starts_with("CỦA BAN THƯỜNG VỤ");
    let signed_committee = committee(&obo);
    let signed_standing = obo.starts_with("BAN THƯỜNG VỤ");
    if (of_committee && signed_standing) || (of_standing && signed_committee) {
        out.push(Finding::new(
            "signature.collective-subject",
            Severity::Warning,
            Place::Signature(SignatureField::OnBehalfOf),
            format!(
                "Trích yếu ghi văn bản {} nhưng ký “T/M {}”: tập thể ký thay mặt phải là tập thể ban hành văn bản; kiểm tra lại trích yếu hoặc dòng ký.",
                q(&ctx.doc.subject.first().map(|l| l.trim().to_owned()).unwrap_or_default()),
                s.on_behalf_of.trim()
            ),
        ));
    }
}

fn signer(ctx: &Ctx, out: &mut Vec<Finding>) {
    let s = &ctx.doc.signature;
    if s.title.trim().is_empty() {
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
