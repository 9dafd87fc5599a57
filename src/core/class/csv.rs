//! CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads umlauts and Cyrillic
//! right), CRLF line ends, the separator the teacher's locale expects (`;` where decimals are
//! written with a comma, as in most of Europe), and no cell that a spreadsheet would run as
//! a formula (OWASP's CSV-injection advice: such cells start with `'`).

/// The byte-order mark that tells Excel the file is UTF-8.
pub const BOM: &str = "\u{feff}";

/// One cell, made safe and quoted when needed.
pub fn cell(text: &str, separator: char) -> String {
    let risky = text.starts_with(['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠']);
    let text = if risky { format!("'{text}") } else { text.to_owned() };
    let needs_quotes = text.contains([separator, '"', '\n', '\r']) || text.starts_with(' ') || text.ends_with(' ');
    if needs_quotes { format!("\"{}\"", text.replace('"', "\"\"")) } else { text }
}

/// A whole file: the byte-order mark, then one line per row.
pub fn write(rows: &[Vec<String>], separator: char) -> String {
    let mut out = String::from(BOM);
    let sep = separator.to_string();
    for row in rows {
        out.push_str(&row.iter().map(|c| cell(c, separator)).collect::<Vec<_>>().join(&sep));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_never_run_as_formulas_and_separators_stay_inside_quotes() {
        assert_eq!(cell("=HYPERLINK(\"http://x\")", ';'), "\"'=HYPERLINK(\"\"http://x\"\")\"");
        assert_eq!(cell("+1", ','), "'+1");
        assert_eq!(cell("-2", ','), "'-2");
        assert_eq!(cell("@SUM(A1)", ','), "'@SUM(A1)");
        assert_eq!(cell("Müller; Anna", ';'), "\"Müller; Anna\"");
        assert_eq!(cell("Müller; Anna", ','), "Müller; Anna");
        assert_eq!(cell("line\nbreak", ','), "\"line\nbreak\"");
        assert_eq!(cell("Хоробра Лисиця", ';'), "Хоробра Лисиця");
        assert_eq!(cell("3", ';'), "3");
        let file = write(&[vec!["a".into(), "b".into()], vec!["1".into(), "=2".into()]], ';');
        assert_eq!(file, "\u{feff}a;b\r\n1;'=2\r\n");
    }
}
