//! CSV for spreadsheets: RFC 4180 (fields with a comma, quote or line break in
//! double quotes, quotes doubled, CRLF between records), with a UTF-8 byte-order
//! mark so that Excel reads Chinese text correctly.

/// The byte-order mark Excel needs to read a CSV file as UTF-8.
pub const BOM: char = '\u{feff}';

/// One field, quoted when it has to be.
fn field(out: &mut String, f: &str) {
    if f.contains([',', '"', '\r', '\n']) || f.starts_with(' ') || f.ends_with(' ') {
        out.push('"');
        out.push_str(&f.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(f);
    }
}

/// The rows as a CSV text, BOM first, every record ended by CRLF.
pub fn write(rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    out.push(BOM);
    for row in rows {
        for (i, f) in row.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            field(&mut out, f);
        }
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(fields: &[&str]) -> Vec<String> {
        fields.iter().map(|f| f.to_string()).collect()
    }

    #[test]
    fn starts_with_a_bom_and_ends_records_with_crlf() {
        let text = write(&[row(&["a", "b"]), row(&["1", "2"])]);
        assert_eq!(text, "\u{feff}a,b\r\n1,2\r\n");
        assert!(text.as_bytes().starts_with(&[0xEF, 0xBB, 0xBF]));
    }

    #[test]
    fn quotes_fields_with_commas_quotes_and_line_breaks() {
        let text = write(&[row(&[
            "柳州, 广西",
            "say \"hi\"",
            "two\nlines",
            "plain 中文",
        ])]);
        assert_eq!(
            text,
            "\u{feff}\"柳州, 广西\",\"say \"\"hi\"\"\",\"two\nlines\",plain 中文\r\n"
        );
    }

    #[test]
    fn keeps_leading_and_trailing_spaces_by_quoting() {
        assert_eq!(write(&[row(&[" x", ""])]), "\u{feff}\" x\",\r\n");
    }
}
