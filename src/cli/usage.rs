//! Mistakes on the command line, told in Vietnamese: clap's own errors (an unknown option,
//! a missing value…) are English, and the clerk reads what they see, not clap's words.
//! `--help` and `--version` stay as clap prints them (their text comes from our doc comments).

use clap::error::{ContextKind, ContextValue, ErrorKind};
use std::ffi::OsString;
use std::path::Path;

/// The Vietnamese message for a usage error in `args` (the words after `vanban`), with
/// the usage line and where to read more.
pub fn explain(e: &clap::Error, command: &mut clap::Command, args: &[OsString]) -> String {
    if let Some(word) = unknown_first_word(args, command) {
        return unknown_word(&word, command);
    }
    command.build();
    let sub = args.iter().find_map(|a| {
        command
            .find_subcommand_mut(a)
            .map(|s| s.get_name().to_owned())
    });
    let text = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) if !v.is_empty() => Some(v.join(", ")),
        Some(ContextValue::StyledStr(s)) => Some(s.to_string()),
        _ => None,
    };
    let arg = text(ContextKind::InvalidArg).unwrap_or_default();
    let value = text(ContextKind::InvalidValue).unwrap_or_default();
    let mut message = match e.kind() {
        ErrorKind::UnknownArgument => format!("Không hiểu tham số “{arg}”."),
        ErrorKind::InvalidSubcommand => format!(
            "Không có lệnh “{}”.",
            text(ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::InvalidValue if value.is_empty() => format!("Thiếu giá trị cho {arg}."),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let mut m = format!("Giá trị “{value}” không dùng được cho {arg}");
            if let Some(source) = std::error::Error::source(e) {
                m.push_str(&format!(": {source}"));
            }
            m.push('.');
            m
        }
        ErrorKind::MissingRequiredArgument => format!("Thiếu tham số bắt buộc: {arg}."),
        ErrorKind::MissingSubcommand => "Thiếu tên lệnh.".to_owned(),
        ErrorKind::ArgumentConflict => match text(ContextKind::PriorArg) {
            // `vanban kl.ron export`: the command comes first.
            _ if arg.is_empty() => format!(
                "Tên lệnh “{}” phải đứng ngay sau vanban.",
                text(ContextKind::InvalidSubcommand).unwrap_or_default()
            ),
            Some(prior) if prior != arg => format!("Không dùng {arg} cùng với {prior}."),
            _ => format!("Tham số {arg} chỉ được dùng một lần."),
        },
        ErrorKind::NoEquals => format!("{arg} cần dấu bằng: {arg}=GIÁ_TRỊ."),
        ErrorKind::TooManyValues | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            format!("Số giá trị cho {arg} không đúng.")
        }
        ErrorKind::InvalidUtf8 => "Tham số có ký tự không đọc được (không phải UTF-8).".to_owned(),
        _ => "Tham số dòng lệnh không hợp lệ.".to_owned(),
    };
    if let Some(valid) = text(ContextKind::ValidValue) {
        message.push_str(&format!(" Các giá trị được nhận: {valid}."));
    }
    if let Some(suggested) =
        text(ContextKind::SuggestedArg).or_else(|| text(ContextKind::SuggestedSubcommand))
    {
        message.push_str(&format!(" Có phải ý bạn là “{suggested}”?"));
    }
    let usage = match (text(ContextKind::Usage), &sub) {
        (Some(usage), _) => usage,
        (None, Some(name)) => command
            .find_subcommand_mut(name)
            .map(|s| s.render_usage().to_string())
            .unwrap_or_default(),
        (None, None) => command.render_usage().to_string(),
    };
    let usage = usage.trim().replacen("Usage:", "Cách dùng:", 1);
    let help = match sub {
        Some(name) => format!("vanban {name} --help"),
        None => "vanban --help".to_owned(),
    };
    format!("Lỗi: {message}\n\n{usage}\n\nXem thêm: {help}")
}

/// The first word after `vanban` when it can only be a mistyped command: not an option,
/// not a command, not an existing file (which the editor would open).
pub fn unknown_first_word(args: &[OsString], command: &clap::Command) -> Option<String> {
    let first = args.first()?;
    // The file test on the word as given: a lossy copy of a non-UTF-8 name would not exist.
    if Path::new(first).exists() {
        return None;
    }
    let word = first.to_string_lossy();
    let known = command.get_subcommands().any(|s| s.get_name() == word);
    (!word.starts_with('-') && !known).then(|| word.into_owned())
}

/// Whether clap's "error" is the help or version text the clerk asked for (printed as is).
pub fn is_requested_text(e: &clap::Error) -> bool {
    matches!(
        e.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    )
}

/// Said when the one word after `vanban` is neither a command nor an existing file:
/// most likely a mistyped command, which must not start the editor on nothing.
pub fn unknown_word(word: &str, command: &clap::Command) -> String {
    let mut message = format!("Lỗi: “{word}” không phải một lệnh, cũng không phải một tệp có sẵn.");
    if let Some(near) = command
        .get_subcommands()
        .map(|s| s.get_name())
        .find(|name| edit_distance(word, name) <= 2)
    {
        message.push_str(&format!(" Có phải ý bạn là “vanban {near}”?"));
    }
    message.push_str("\n\nCác lệnh:\n");
    for sub in command.get_subcommands() {
        let about = sub.get_about().map(|a| a.to_string()).unwrap_or_default();
        message.push_str(&format!("  {:<11}{about}\n", sub.get_name()));
    }
    message.push_str(
        "\nMở một bản thảo có sẵn trong cửa sổ soạn thảo: vanban TỆP.ron\nXem thêm: vanban --help",
    );
    message
}

/// Levenshtein distance over characters, for "did you mean": `exprot` → `export`.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitute = diagonal + usize::from(ca != cb);
            diagonal = row[j + 1];
            row[j + 1] = substitute.min(row[j] + 1).min(diagonal + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::edit_distance;

    #[test]
    fn edit_distance_counts_changes() {
        assert_eq!(edit_distance("exprot", "export"), 2);
        assert_eq!(edit_distance("chek", "check"), 1);
        assert_eq!(edit_distance("", "new"), 3);
        assert_eq!(edit_distance("kết", "kêt"), 1);
    }
}
