//! JSON Lines documents, read as the page reads them: one `{"id", "text"}` object a line, a
//! byte-order mark dropped, `\uD800`-style escapes of lone surrogates (which JavaScript strings
//! allow and serde_json refuses) read as U+FFFD, and an id that is not a string written as its
//! JSON (`{"id": 7}` is `"7"`), or named after its line when it is missing or null.

use serde::Deserialize;

/// One document of a JSON Lines file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Its id as a string.
    pub id: String,
    /// Its text.
    pub text: String,
}

#[derive(Deserialize)]
struct Raw {
    #[serde(default)]
    id: serde_json::Value,
    text: String,
}

/// The document on line `number` (from 1), or a message that says why the line is not one.
///
/// # Errors
/// The line is not a JSON object with a string `text`.
pub fn parse_line(line: &str, number: usize) -> Result<Document, String> {
    let raw: Raw = serde_json::from_str(&tolerant_json(line))
        .map_err(|e| format!("not a {{\"id\", \"text\"}} JSON object: {e}"))?;
    let id = match raw.id {
        serde_json::Value::String(s) => s,
        serde_json::Value::Null => format!("line {number}"),
        other => other.to_string(),
    };
    Ok(Document { id, text: raw.text })
}

/// A JSON line made readable as the page reads it: a byte-order mark dropped, and `\uD800`-style
/// escapes of lone surrogates (which JavaScript strings allow and serde_json refuses) replaced
/// by U+FFFD.
fn tolerant_json(line: &str) -> std::borrow::Cow<'_, str> {
    let line = line.strip_prefix('\u{feff}').unwrap_or(line);
    if !line.contains("\\u") {
        return std::borrow::Cow::Borrowed(line);
    }
    let hex = |s: &str| u16::from_str_radix(s, 16).ok();
    let bytes = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    let mut copied = 0;
    while i < bytes.len() {
        if bytes[i] != b'\\' {
            i += 1;
            continue;
        }
        if bytes.get(i + 1) != Some(&b'u') {
            i += 2; // another escape: \\, \", \n…
            continue;
        }
        let unit = line.get(i + 2..i + 6).and_then(hex);
        let next = (line.get(i + 6..i + 8) == Some("\\u"))
            .then(|| line.get(i + 8..i + 12).and_then(hex))
            .flatten();
        match unit {
            Some(0xD800..=0xDBFF) if matches!(next, Some(0xDC00..=0xDFFF)) => i += 12,
            Some(0xD800..=0xDFFF) => {
                out.push_str(&line[copied..i]);
                out.push_str("\\ufffd");
                i += 6;
                copied = i;
            }
            _ => i += 2,
        }
    }
    if copied == 0 {
        return std::borrow::Cow::Borrowed(line);
    }
    out.push_str(&line[copied..]);
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_bom_and_lone_surrogates() {
        let doc = parse_line("\u{feff}{\"id\": 7, \"text\": \"a\\ud800b\"}", 1).unwrap();
        assert_eq!(
            doc,
            Document {
                id: "7".into(),
                text: "a\u{fffd}b".into()
            }
        );
        let doc = parse_line("{\"text\": \"\\ud83d\\ude00\"}", 4).unwrap();
        assert_eq!(
            doc,
            Document {
                id: "line 4".into(),
                text: "😀".into()
            }
        );
        assert!(parse_line("{\"id\": \"x\"}", 1)
            .unwrap_err()
            .contains("text"));
        assert!(parse_line("[1, 2]", 1).is_err());
    }
}
